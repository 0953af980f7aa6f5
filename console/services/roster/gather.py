"""The week to staff, read from the database: :func:`week_problem` turns the demand patterns,
the draft and kept shifts, absences, availability and the last weeks' history into a
:class:`~console.services.roster.problem.WeekProblem`. A fixed number of queries.

The "follow pressure" rule lives here (:func:`zone_pressure`): for each active zone, the
weighted signals per week over the 4 weeks before the proposed week (the map's pressure, with
the map's weights) divided by the hours of presence per week in the same 4 weeks (at least
1 hour, so a zone nobody visited counts its pressure in full). The zone with the highest index
is the one under most pressure; each zone's share is its index over that highest one. Outings
are staffed first where the share is high, and an outing marked "follows pressure" may move to
one of the zones whose share is higher than its own.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, selectinload

from console.models import (
    Absence,
    AvailabilityKind,
    AvailabilityRule,
    DemandPattern,
    Intervention,
    Person,
    Role,
    Shift,
    ShiftAssignment,
    ShiftKind,
    ShiftStatus,
    Signal,
    SignalKind,
    Zone,
)
from console.services.places import aggregates
from console.services.planning.holidays import HolidayCalendar
from console.services.planning.rules import local_minute, recurring_times
from console.services.planning.week import CONTEXT_AFTER, CONTEXT_BEFORE, week_bounds
from console.services.roster.model import RosterWeights, ZonePressure
from console.services.roster.problem import (
    PLANNED_ROLES,
    Interval,
    KeptShift,
    Slot,
    WeekProblem,
    Worker,
    ZoneOption,
    is_evening,
    is_weekend,
)

HISTORY_WEEKS = 4  # fairness and pressure look this far back
PAIR_WEEKS = 12  # an educator and an officer who worked a zone together this recently
PRESSURE_OPTIONS = 3  # a follow-pressure outing chooses among its zone and the top others
BASE_TEAM = {ShiftKind.JOINT: (1, 1), ShiftKind.OUTREACH: (1, 0), ShiftKind.PATROL: (0, 1)}


def local_at(day: date, minute: int, tz: ZoneInfo) -> datetime:
    """``minute`` minutes after local midnight of ``day`` (past 1440: a later day), in UTC."""
    return local_minute(day, minute, tz)


def zone_pressure(
    session: Session,
    monday: date,
    tz: ZoneInfo,
    signal_weights: Mapping[SignalKind, float] | None = None,
) -> tuple[ZonePressure, ...]:
    """The follow-pressure figures of every active zone (see the module's docstring), by index,
    highest first, then by name."""
    weights = {kind: float((signal_weights or {}).get(kind, 1.0)) for kind in SignalKind}
    start = datetime.combine(monday - timedelta(weeks=HISTORY_WEEKS), time(0), tz)
    end = datetime.combine(monday, time(0), tz)
    zones = list(session.scalars(select(Zone).where(Zone.active.is_(True)).order_by(Zone.name)))
    ids = [z.id for z in zones]
    counts = aggregates.signal_counts(session, Signal.zone_id, start, end, ids)
    shifts = aggregates.shift_hours(session, Shift.zone_id, start, end, ids)
    debriefs = aggregates.debrief_totals(session, Intervention.zone_id, start, end, ids)
    figures = []
    for zone in zones:
        pressure = sum(weights[k] * n for k, n in counts.get(zone.id, {}).items()) / HISTORY_WEEKS
        own = debriefs.get(zone.id, (0, 0.0, 0.0))[2]
        presence = (shifts.get(zone.id, 0.0) + own) / HISTORY_WEEKS
        figures.append((zone, pressure, presence, pressure / max(presence, 1.0)))
    top = max((index for *_, index in figures), default=0.0)
    result = [
        ZonePressure(
            zone_id=zone.id,
            zone_name=zone.name,
            pressure=round(pressure, 3),
            presence_hours=round(presence, 3),
            index=round(index, 4),
            share=round(index / top, 4) if top > 0 else 0.0,
        )
        for zone, pressure, presence, index in figures
    ]
    return tuple(sorted(result, key=lambda z: (-z.index, z.zone_name, z.zone_id)))


Cover = tuple[int, ShiftKind, datetime, datetime]  # zone, kind, start, end of a shift


class _Week:
    """The slots and kept shifts of a week, built from its shifts, then from its demand."""

    def __init__(self, monday: date, tz: ZoneInfo, pressure: tuple[ZonePressure, ...]) -> None:
        self.monday = monday
        self.tz = tz
        self.week_start, self.week_end = week_bounds(monday, tz)
        self.pressure = pressure
        self.share = {z.zone_id: z.share for z in pressure}
        self.zone_names: dict[int, str] = {}
        self.slots: list[Slot] = []
        self.kept: list[KeptShift] = []
        self.covered: dict[Cover, int] = {}  # shifts of the week: slot index, -1 when kept
        self.fixed_counts: dict[int, tuple[int, int]] = {}  # slot -> locked educators, officers

    def add_shift(self, shift: Shift) -> None:
        people = sorted(shift.assignments, key=lambda a: a.person_id)
        in_week = self.week_start <= shift.starts_at < self.week_end
        cover = (shift.zone_id, shift.kind, shift.starts_at, shift.ends_at)
        if not in_week or shift.status is not ShiftStatus.DRAFT:
            ids = tuple(a.person_id for a in people)
            self.kept.append(
                KeptShift(shift.id, shift.starts_at, shift.ends_at, shift.kind, ids, shift.status)
            )
            if in_week:
                self.covered[cover] = -1
            return
        self.covered[cover] = len(self.slots)
        planned = [a for a in people if a.person.role in PLANNED_ROLES]
        counts = Counter(a.person.role for a in planned)
        fixed = tuple(a.person_id for a in planned if shift.locked or a.locked)
        fixed_roles = Counter(a.person.role for a in planned if a.person_id in fixed)
        self.fixed_counts[len(self.slots)] = (fixed_roles[Role.EDUCATOR], fixed_roles[Role.OFFICER])
        base_e, base_o = (0, 0) if shift.locked else BASE_TEAM[shift.kind]
        self.slots.append(
            Slot(
                key=f"shift:{shift.id}",
                zone_id=shift.zone_id,
                zone_name=self.zone_names.get(shift.zone_id, ""),
                starts_at=shift.starts_at,
                ends_at=shift.ends_at,
                kind=shift.kind,
                educators=max(base_e, counts[Role.EDUCATOR]),
                officers=max(base_o, counts[Role.OFFICER]),
                shift_id=shift.id,
                version_id=shift.version_id,
                status=shift.status,
                locked=shift.locked,
                fixed_ids=fixed,
                previous_ids=tuple(a.person_id for a in planned),
                other_ids=tuple(a.person_id for a in people if a.person.role not in PLANNED_ROLES),
                evening=is_evening(shift.starts_at, shift.ends_at, self.tz),
                weekend=is_weekend(shift.starts_at, self.tz),
                pressure_share=self.share.get(shift.zone_id, 0.0),
            )
        )

    def _cover(self, pattern: DemandPattern, starts_at: datetime, ends_at: datetime) -> int | None:
        """The shift of the week already making this outing (slot index, -1 kept), if any;
        a follow-pressure outing may have moved to another zone before."""
        where = self.covered.pop((pattern.zone_id, pattern.kind, starts_at, ends_at), None)
        if where is None and pattern.follows_pressure:
            moved = [key for key in self.covered if key[1:] == (pattern.kind, starts_at, ends_at)]
            if moved:
                where = self.covered.pop(min(moved, key=lambda key: (key[0], self.covered[key])))
        return where

    def _options(self, pattern: DemandPattern, weights: RosterWeights) -> tuple[ZoneOption, ...]:
        """Where a follow-pressure outing may go: its zone and the zones under more pressure."""
        if not (pattern.follows_pressure and weights.follow_pressure and self.pressure):
            return ()
        own = self.share.get(pattern.zone_id, 0.0)
        better = [z for z in self.pressure if z.zone_id != pattern.zone_id and z.share > own]
        chosen = [pattern.zone_id, *(z.zone_id for z in better[: PRESSURE_OPTIONS - 1])]
        if len(chosen) < 2:
            return ()
        return tuple(
            ZoneOption(z, self.zone_names.get(z, ""), round(10 * (1.0 - self.share.get(z, 0.0))))
            for z in chosen
        )

    def add_demand(self, pattern: DemandPattern, day: date, weights: RosterWeights) -> None:
        starts_at = local_at(day, pattern.start_minute, self.tz)
        ends_at = local_at(day, pattern.end_minute, self.tz)
        where = self._cover(pattern, starts_at, ends_at)
        if where is not None:
            slot = self.slots[where] if where >= 0 else None
            if slot is not None and not slot.locked and slot.demand_id is None:
                self.slots[where] = dataclasses.replace(
                    slot,
                    educators=max(pattern.educators, self.fixed_counts[where][0]),
                    officers=max(pattern.officers, self.fixed_counts[where][1]),
                    demand_id=pattern.id,
                )
            return
        self.slots.append(
            Slot(
                key=f"demand:{pattern.id}:{day.isoformat()}",
                zone_id=pattern.zone_id,
                zone_name=self.zone_names.get(pattern.zone_id, ""),
                starts_at=starts_at,
                ends_at=ends_at,
                kind=pattern.kind,
                educators=pattern.educators,
                officers=pattern.officers,
                demand_id=pattern.id,
                evening=is_evening(starts_at, ends_at, self.tz),
                weekend=is_weekend(starts_at, self.tz),
                pressure_share=self.share.get(pattern.zone_id, 0.0),
                zone_options=self._options(pattern, weights),
            )
        )


def week_problem(
    session: Session,
    monday: date,
    tz: ZoneInfo,
    *,
    weights: RosterWeights,
    holidays: HolidayCalendar | None = None,
    signal_weights: Mapping[SignalKind, float] | None = None,
) -> WeekProblem:
    """The week of ``monday`` to staff, as the proposal sees it: its drafts (locked ones kept
    as they are), the outings of the demand patterns no shift makes yet (none on the
    ``holidays``), the shifts kept around it, the people and their history. Raises
    ValueError for a day that is not a Monday (``week_bounds``)."""
    week = _Week(monday, tz, zone_pressure(session, monday, tz, signal_weights))
    week_start, week_end = week.week_start, week.week_end
    week.zone_names = dict(session.execute(select(Zone.id, Zone.name)).all())
    for shift in session.scalars(
        select(Shift)
        .options(selectinload(Shift.assignments).joinedload(ShiftAssignment.person))
        .where(
            Shift.starts_at >= week_start - CONTEXT_BEFORE,
            Shift.starts_at < week_end + CONTEXT_AFTER,
            Shift.status != ShiftStatus.CANCELLED,
        )
        .order_by(Shift.starts_at, Shift.id)
    ):
        week.add_shift(shift)
    patterns = session.scalars(
        select(DemandPattern)
        .join(Zone, Zone.id == DemandPattern.zone_id)
        .where(DemandPattern.active.is_(True), Zone.active.is_(True))
        .order_by(DemandPattern.zone_id, DemandPattern.start_minute, DemandPattern.id)
    ).all()
    for pattern in patterns:
        for offset in range(7):
            day = monday + timedelta(days=offset)
            if pattern.days & (1 << offset) and (holidays is None or holidays.name(day) is None):
                week.add_demand(pattern, day, weights)
    slots, kept, pressure = week.slots, week.kept, week.pressure
    workers = _workers(session, monday, tz, week_start, week_end)
    pairs = _pairs(session, week_start)
    slots.sort(key=lambda s: (s.starts_at, s.zone_name, s.key))
    return WeekProblem(
        monday=monday,
        tz=tz,
        week_start=week_start,
        week_end=week_end,
        workers=workers,
        slots=tuple(slots),
        kept=tuple(kept),
        pairs=pairs,
        pressure=pressure,
        weights=weights,
    )


def _workers(
    session: Session, monday: date, tz: ZoneInfo, week_start: datetime, week_end: datetime
) -> tuple[Worker, ...]:
    people = session.scalars(
        select(Person)
        .where(
            Person.role.in_(list(PLANNED_ROLES)),
            Person.active.is_(True),
            or_(Person.left_on.is_(None), Person.left_on >= monday),
        )
        .order_by(Person.id)
    ).all()
    ids = [p.id for p in people]
    reach_start, reach_end = week_start - timedelta(days=2), week_end + timedelta(days=2)
    absences: dict[int, list[Interval]] = defaultdict(list)
    for person_id, starts_at, ends_at in session.execute(
        select(Absence.person_id, Absence.starts_at, Absence.ends_at)
        .where(
            Absence.person_id.in_(ids), Absence.starts_at < reach_end, Absence.ends_at > reach_start
        )
        .order_by(Absence.person_id, Absence.starts_at, Absence.id)
    ):
        absences[person_id].append(Interval(starts_at, ends_at))
    unavailable: dict[int, list[Interval]] = defaultdict(list)
    preferred: dict[int, list[Interval]] = defaultdict(list)
    for rule in session.scalars(
        select(AvailabilityRule)
        .where(AvailabilityRule.person_id.in_(ids))
        .order_by(AvailabilityRule.person_id, AvailabilityRule.weekday, AvailabilityRule.id)
    ):
        target = unavailable if rule.kind is AvailabilityKind.UNAVAILABLE else preferred
        for starts_at, ends_at in recurring_times(  # the calendar's rules read them alike
            rule.weekday,
            rule.start_minute,
            rule.end_minute,
            first_day=monday - timedelta(days=1),
            last_day=monday + timedelta(days=7),
            tz=tz,
        ):
            target[rule.person_id].append(Interval(starts_at, ends_at))
    evenings, weekends = _history(session, ids, week_start, tz)
    return tuple(
        Worker(
            id=p.id,
            name=p.short_name,
            role=p.role,
            contract_hours=float(p.weekly_hours),
            last_day=p.left_on,
            active=p.active,
            absences=tuple(absences.get(p.id, ())),
            unavailable=tuple(unavailable.get(p.id, ())),
            preferred=tuple(preferred.get(p.id, ())),
            past_evenings=evenings.get(p.id, 0),
            past_weekends=weekends.get(p.id, 0),
        )
        for p in people
    )


def _history(
    session: Session, ids: list[int], week_start: datetime, tz: ZoneInfo
) -> tuple[dict[int, int], dict[int, int]]:
    """Evenings and weekend outings of each person in the 4 weeks before the week."""
    evenings: dict[int, int] = defaultdict(int)
    weekends: dict[int, int] = defaultdict(int)
    rows = session.execute(
        select(ShiftAssignment.person_id, Shift.starts_at, Shift.ends_at)
        .join(Shift, Shift.id == ShiftAssignment.shift_id)
        .where(
            ShiftAssignment.person_id.in_(ids),
            Shift.starts_at >= week_start - timedelta(weeks=HISTORY_WEEKS),
            Shift.starts_at < week_start,
            Shift.status != ShiftStatus.CANCELLED,
        )
    )
    for person_id, starts_at, ends_at in rows:
        if is_evening(starts_at, ends_at, tz):
            evenings[person_id] += 1
        if is_weekend(starts_at, tz):
            weekends[person_id] += 1
    return evenings, weekends


def _pairs(session: Session, week_start: datetime) -> dict[tuple[int, int, int], int]:
    """(zone, educator, officer) -> joint outings published or done together lately."""
    rows = session.execute(
        select(Shift.id, Shift.zone_id, Person.id, Person.role)
        .join(ShiftAssignment, ShiftAssignment.shift_id == Shift.id)
        .join(Person, Person.id == ShiftAssignment.person_id)
        .where(
            and_(
                Shift.kind == ShiftKind.JOINT,
                Shift.status.in_([ShiftStatus.PUBLISHED, ShiftStatus.DONE]),
                Shift.starts_at >= week_start - timedelta(weeks=PAIR_WEEKS),
                Shift.starts_at < week_start,
            )
        )
    )
    teams: dict[int, tuple[int, list[int], list[int]]] = {}
    for shift_id, zone_id, person_id, role in rows:
        team = teams.setdefault(shift_id, (zone_id, [], []))
        if role is Role.EDUCATOR:
            team[1].append(person_id)
        elif role is Role.OFFICER:
            team[2].append(person_id)
    pairs: dict[tuple[int, int, int], int] = defaultdict(int)
    for zone_id, educators, officers in teams.values():
        for educator in educators:
            for officer in officers:
                pairs[zone_id, educator, officer] += 1
    return dict(pairs)
