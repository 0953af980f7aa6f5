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
from collections import defaultdict
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
    day = day + timedelta(days=minute // 1440)
    minute %= 1440
    return datetime.combine(day, time(minute // 60, minute % 60), tz).astimezone(ZoneInfo("UTC"))


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


def week_problem(
    session: Session,
    monday: date,
    tz: ZoneInfo,
    *,
    weights: RosterWeights,
    holidays: HolidayCalendar | None = None,
    signal_weights: Mapping[SignalKind, float] | None = None,
) -> WeekProblem:
    """The week of ``monday`` to staff, as the proposal sees it. Raises ValueError for a day
    that is not a Monday (``week_bounds``)."""
    week_start, week_end = week_bounds(monday, tz)
    reach_start, reach_end = week_start - CONTEXT_BEFORE, week_end + CONTEXT_AFTER
    pressure = zone_pressure(session, monday, tz, signal_weights)
    share = {z.zone_id: z.share for z in pressure}

    # -- shifts in and around the week --------------------------------------------------
    shifts = list(
        session.scalars(
            select(Shift)
            .options(selectinload(Shift.assignments).joinedload(ShiftAssignment.person))
            .where(
                Shift.starts_at >= reach_start,
                Shift.starts_at < reach_end,
                Shift.status != ShiftStatus.CANCELLED,
            )
            .order_by(Shift.starts_at, Shift.id)
        )
    )
    zone_names = dict(session.execute(select(Zone.id, Zone.name)).all())
    slots: list[Slot] = []
    kept: list[KeptShift] = []
    covered: dict[tuple[int, ShiftKind, datetime, datetime], int] = {}
    fixed_counts: dict[int, tuple[int, int]] = {}  # slot index -> locked educators, officers
    for shift in shifts:
        people = sorted(shift.assignments, key=lambda a: a.person_id)
        in_week = week_start <= shift.starts_at < week_end
        if in_week:
            covered[shift.zone_id, shift.kind, shift.starts_at, shift.ends_at] = len(slots)
        if not in_week or shift.status is not ShiftStatus.DRAFT:
            kept.append(
                KeptShift(
                    shift.id,
                    shift.starts_at,
                    shift.ends_at,
                    shift.kind,
                    tuple(a.person_id for a in people),
                    shift.status,
                )
            )
            if in_week:
                covered[shift.zone_id, shift.kind, shift.starts_at, shift.ends_at] = -1
            continue
        planned = [a for a in people if a.person.role in PLANNED_ROLES]
        counts = {role: sum(1 for a in planned if a.person.role is role) for role in PLANNED_ROLES}
        base_e, base_o = BASE_TEAM[shift.kind]
        fixed = (
            tuple(a.person_id for a in planned)
            if shift.locked
            else tuple(a.person_id for a in planned if a.locked)
        )
        fixed_roles = [a.person.role for a in planned if a.person_id in fixed]
        fixed_counts[len(slots)] = (
            fixed_roles.count(Role.EDUCATOR),
            fixed_roles.count(Role.OFFICER),
        )
        slots.append(
            Slot(
                key=f"shift:{shift.id}",
                zone_id=shift.zone_id,
                zone_name=zone_names.get(shift.zone_id, ""),
                starts_at=shift.starts_at,
                ends_at=shift.ends_at,
                kind=shift.kind,
                educators=counts[Role.EDUCATOR]
                if shift.locked
                else max(base_e, counts[Role.EDUCATOR]),
                officers=counts[Role.OFFICER]
                if shift.locked
                else max(base_o, counts[Role.OFFICER]),
                shift_id=shift.id,
                version_id=shift.version_id,
                status=shift.status,
                locked=shift.locked,
                fixed_ids=fixed,
                previous_ids=tuple(a.person_id for a in planned),
                other_ids=tuple(a.person_id for a in people if a.person.role not in PLANNED_ROLES),
                evening=is_evening(shift.starts_at, shift.ends_at, tz),
                weekend=is_weekend(shift.starts_at, tz),
                pressure_share=share.get(shift.zone_id, 0.0),
            )
        )

    # -- the demand of the week ---------------------------------------------------------
    patterns = session.scalars(
        select(DemandPattern)
        .join(Zone, Zone.id == DemandPattern.zone_id)
        .where(DemandPattern.active.is_(True), Zone.active.is_(True))
        .order_by(DemandPattern.zone_id, DemandPattern.start_minute, DemandPattern.id)
    ).all()
    ranked = list(pressure)
    for pattern in patterns:
        for offset in range(7):
            if not pattern.days & (1 << offset):
                continue
            day = monday + timedelta(days=offset)
            if holidays is not None and holidays.name(day) is not None:
                continue
            starts_at = local_at(day, pattern.start_minute, tz)
            ends_at = local_at(day, pattern.end_minute, tz)
            where = covered.pop((pattern.zone_id, pattern.kind, starts_at, ends_at), None)
            if where is None and pattern.follows_pressure:  # it may have moved before
                moved = [key for key in covered if key[1:] == (pattern.kind, starts_at, ends_at)]
                if moved:
                    where = covered.pop(min(moved, key=lambda key: (key[0], covered[key])))
            if where is not None:
                if where >= 0 and not slots[where].locked and slots[where].demand_id is None:
                    old = slots[where]
                    slots[where] = _replace(
                        old,
                        educators=max(pattern.educators, fixed_counts[where][0]),
                        officers=max(pattern.officers, fixed_counts[where][1]),
                        demand_id=pattern.id,
                    )
                continue
            options: tuple[ZoneOption, ...] = ()
            if pattern.follows_pressure and weights.follow_pressure and ranked:
                own = share.get(pattern.zone_id, 0.0)
                better = [z for z in ranked if z.zone_id != pattern.zone_id and z.share > own]
                chosen = [pattern.zone_id, *(z.zone_id for z in better[: PRESSURE_OPTIONS - 1])]
                if len(chosen) > 1:
                    options = tuple(
                        ZoneOption(z, zone_names.get(z, ""), round(10 * (1.0 - share.get(z, 0.0))))
                        for z in chosen
                    )
            slots.append(
                Slot(
                    key=f"demand:{pattern.id}:{day.isoformat()}",
                    zone_id=pattern.zone_id,
                    zone_name=zone_names.get(pattern.zone_id, ""),
                    starts_at=starts_at,
                    ends_at=ends_at,
                    kind=pattern.kind,
                    educators=pattern.educators,
                    officers=pattern.officers,
                    demand_id=pattern.id,
                    evening=is_evening(starts_at, ends_at, tz),
                    weekend=is_weekend(starts_at, tz),
                    pressure_share=share.get(pattern.zone_id, 0.0),
                    zone_options=options,
                )
            )

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


def _replace(slot: Slot, **changes: object) -> Slot:
    return dataclasses.replace(slot, **changes)  # type: ignore[arg-type]


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
        for offset in range(-1, 8):
            day = monday + timedelta(days=offset)
            if day.weekday() != rule.weekday:
                continue
            start = 0 if rule.start_minute is None else rule.start_minute
            end = 1440 if rule.end_minute is None else rule.end_minute
            interval = Interval(local_at(day, start, tz), local_at(day, end, tz))
            target = unavailable if rule.kind is AvailabilityKind.UNAVAILABLE else preferred
            target[rule.person_id].append(interval)
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
