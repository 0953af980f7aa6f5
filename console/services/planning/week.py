"""Planning a week of shifts: the week view's data, the people to plan, the rules over the week.

Every service takes ``(session, actor, ...)``, checks :mod:`access` first, flushes but never
commits (the caller's ``session_scope`` does), and returns frozen dataclasses, never ORM objects.
Stored times are aware UTC; weeks are local weeks (Monday 00:00 to Monday 00:00) in a given
zone, so a week holding a DST change is 167 or 169 hours long. Editing shifts lives in
:mod:`console.services.planning.shift_edits`, publishing and copying weeks in
:mod:`console.services.planning.week_copy`, absences in
:mod:`console.services.planning.absences`; they build on the rows and helpers here, never the
reverse.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, bindparam, func, or_, select, union_all
from sqlalchemy.orm import Session, joinedload, selectinload

from console.clock import HOME_TIME_ZONE, utc_now
from console.models import (
    Absence,
    AbsenceKind,
    AvailabilityKind,
    AvailabilityRule,
    Organization,
    Person,
    Role,
    Shift,
    ShiftAssignment,
    ShiftKind,
    ShiftStatus,
    Zone,
)
from console.services import access, bounds
from console.services.access import Action
from console.services.errors import Refusal
from console.services.planning import rules
from console.services.planning.holidays import HolidayCalendar
from console.services.planning.rules import (
    MAX_SHIFT,
    REST_PERIOD,
    AbsenceInfo,
    PersonInfo,
    ShiftInfo,
    UnavailableInfo,
)

DEFAULT_TZ = HOME_TIME_ZONE
# Italy's holidays and Cremona's patron saint, named in Italian; callers pass the Settings' own.
DEFAULT_HOLIDAYS = HolidayCalendar()
WEEK = timedelta(days=7)
# The roles that go out on shifts; admins and managers are never assigned.
ASSIGNABLE_ROLES = frozenset({Role.EDUCATOR, Role.OFFICER, Role.SOCIAL_WORKER, Role.COORDINATOR})
# The id a draft that is not saved yet carries in the violations of shift_edits.check_draft.
NEW_SHIFT_ID = 0
# The rules see the shifts starting in [week start - CONTEXT_BEFORE, week end + CONTEXT_AFTER):
# a shift touching the week starts at most MAX_SHIFT before it; the 24 h rest window of an
# earlier shift reaches it from REST_PERIOD before that, and a shift busy inside that window
# started at most MAX_SHIFT earlier still. After the week, the rest window of its last shift.
CONTEXT_BEFORE = REST_PERIOD + 2 * MAX_SHIFT
CONTEXT_AFTER = REST_PERIOD


class PlanningError(Refusal):
    """The planning change cannot be made (see :mod:`console.services.errors`)."""


# -- what the services return ----------------------------------------------------------------


@dataclass(frozen=True)
class AssignedPerson:
    id: int
    short_name: str  # "M. Rossi"
    full_name: str
    role: Role
    organization_id: int
    locked: bool = False  # a proposal of the week keeps them on the shift


@dataclass(frozen=True)
class ShiftRow:
    id: int
    zone_id: int
    zone_name: str
    zone_colour: str  # "#rrggbb"
    starts_at: datetime  # aware UTC
    ends_at: datetime  # aware UTC
    kind: ShiftKind
    status: ShiftStatus
    objectives: str
    version_id: int  # give it back to update/cancel; also the iCalendar SEQUENCE
    people: tuple[AssignedPerson, ...]  # sorted by last name
    # Published and over when read (rules.awaits_debrief): shown as "to debrief", not stored.
    to_debrief: bool = False
    locked: bool = False  # a proposal of the week keeps it as it is


@dataclass(frozen=True)
class AbsenceRow:
    id: int
    person_id: int
    person_name: str
    kind: AbsenceKind | None  # None: absent, the kind not the reader's to see (see absence_row)
    starts_at: datetime  # aware UTC
    ends_at: datetime  # aware UTC
    note: str | None  # None also when the reader may not see it (see absence_row)
    version_id: int


@dataclass(frozen=True)
class PersonLoad:
    """A person the planning dialog offers, with the hours already planned in the week."""

    id: int
    full_name: str
    short_name: str
    role: Role
    organization_id: int
    organization_name: str
    weekly_hours: float  # contract hours
    planned_hours: float  # real elapsed hours of non-cancelled shifts inside the week
    active: bool  # False: already planned this week but no longer assignable (left, inactive)


@dataclass(frozen=True)
class WeekPlan:
    monday: date
    tz_name: str
    starts_at: datetime  # aware UTC, local Monday 00:00
    ends_at: datetime  # aware UTC, next local Monday 00:00
    shifts: tuple[ShiftRow, ...]  # overlapping the week, cancelled ones too, by start
    absences: tuple[AbsenceRow, ...]  # overlapping the week
    violations: tuple[rules.Violation, ...]  # on the shown shifts, by shift start


# -- weeks -----------------------------------------------------------------------------------


def monday_of(day: date) -> date:
    """The Monday that starts ``day``'s week."""
    return day - timedelta(days=day.weekday())


def week_bounds(monday: date, tz: ZoneInfo = DEFAULT_TZ) -> tuple[datetime, datetime]:
    """Local Monday 00:00 to the next local Monday 00:00 in ``tz``, as aware UTC datetimes.

    Raises ValueError when ``monday`` is not a Monday, and ``date_out_of_range`` outside the
    dates :mod:`console.services.bounds` accepts.
    """
    bounds.check_day(monday)
    if monday.weekday() != 0:
        raise ValueError(f"{monday} is not a Monday")
    start = datetime.combine(monday, datetime.min.time(), tz)
    end = datetime.combine(monday + WEEK, datetime.min.time(), tz)
    return start.astimezone(UTC), end.astimezone(UTC)


def overlapping(start: datetime, end: datetime) -> ColumnElement[bool]:
    """Shifts overlapping [start, end), bounded on the indexed ``starts_at`` column."""
    return and_(Shift.starts_at >= start - MAX_SHIFT, Shift.starts_at < end, Shift.ends_at > start)


# Loader options for shift rows: the zone joined, the people in one extra query (no N+1).
PEOPLE_AND_ZONE = (
    joinedload(Shift.zone),
    selectinload(Shift.assignments).joinedload(ShiftAssignment.person),
)


# -- reading ---------------------------------------------------------------------------------


def shifts_in_week(
    session: Session,
    actor: access.Actor,
    monday: date,
    tz: ZoneInfo = DEFAULT_TZ,
    *,
    zone_id: int | None = None,
    organization_id: int | None = None,
    person_id: int | None = None,
    holidays: HolidayCalendar = DEFAULT_HOLIDAYS,
    now: datetime | None = None,
) -> WeekPlan:
    """The shifts overlapping the local week of ``monday``, its absences and its problems.

    Filters narrow the shifts (zone; at least one person of the organization; the person
    assigned) and the absences (organization, person). Violations are computed on the whole
    week, with the shifts around it, then kept for the shown shifts only; shifts on the
    ``holidays`` are among them (warnings, with the holiday's name). A handful of queries
    whatever the number of shifts. A row's ``to_debrief`` is read against ``now`` (the clock's).
    """
    access.require(actor, Action.VIEW_CALENDAR)
    now = utc_now() if now is None else now
    week_start, week_end = week_bounds(monday, tz)
    # One query for the shown shifts and the rules' context around them (a range of the
    # indexed starts_at holding both), one for their people (so that each shift's times are
    # converted once, not once per person), one for the absences: plain rows, no ORM objects.
    window = {"first": week_start - CONTEXT_BEFORE, "last": week_end + CONTEXT_AFTER}
    shifts = {row[0]: _WeekShift(*row) for row in session.execute(_WEEK_QUERY, window)}
    assigned: dict[int, list[tuple[tuple[str, str, int], AssignedPerson]]] = defaultdict(list)
    people: dict[int, PersonInfo] = {}
    for shift_id, someone, first, last, role, organization, hours, kept in session.execute(
        _WEEK_PEOPLE_QUERY, window
    ):
        if shift_id in shifts:  # always, unless a shift was written between the two reads
            short = f"{first[:1]}. {last}"
            person = AssignedPerson(
                someone, short, f"{first} {last}", role, organization, locked=bool(kept)
            )
            assigned[shift_id].append(((last, first, someone), person))
            if someone not in people:
                people[someone] = PersonInfo(someone, short, role, hours)
    context = [
        ShiftInfo(
            sid,
            row.starts_at,
            row.ends_at,
            row.kind,
            tuple(sorted(p.id for _key, p in assigned[sid])),
            row.status,
        )
        for sid, row in shifts.items()
        if row.status is not ShiftStatus.CANCELLED
    ]
    shown = [
        _week_row(row, assigned[sid], now)
        for sid, row in shifts.items()
        if row.starts_at < week_end
        and row.ends_at > week_start
        and (zone_id is None or row.zone_id == zone_id)
        and (
            organization_id is None
            or any(p.organization_id == organization_id for _key, p in assigned[sid])
        )
        and (person_id is None or any(p.id == person_id for _key, p in assigned[sid]))
    ]
    absences = _absence_facts(session, week_start - MAX_SHIFT, week_end + MAX_SHIFT)
    found = rules.check_week(
        context,
        people,
        [AbsenceInfo(a.person_id, a.starts_at, a.ends_at, a.kind) for a in absences],
        week_start,
        week_end,
        holidays=rules.HolidayRule(tz, holidays),
        unavailable=unavailable_around(session, people, week_start, week_end, tz),
    )
    shown_ids = {row.id for row in shown}
    starts = {info.id: info.starts_at for info in context}
    organizations = {a.person_id: a.organization_id for a in absences}

    def shown_to_actor(violation: rules.Violation) -> rules.Violation:
        kind, person_id = violation.absence_kind, violation.person_id
        if kind is None or person_id is None:
            return violation
        if access.may_see_absence_kind(actor, kind, person_id, organizations.get(person_id)):
            return violation
        return dataclasses.replace(violation, absence_kind=None)

    violations = sorted(
        (shown_to_actor(v) for v in found if v.shift_id is None or v.shift_id in shown_ids),
        key=lambda v: (starts.get(v.shift_id or 0, week_start), v.shift_id or 0, v.kind),
    )

    def absence_shown(absence: _AbsenceFact) -> bool:
        return (
            absence.starts_at < week_end
            and absence.ends_at > week_start
            and (person_id is None or absence.person_id == person_id)
            and (organization_id is None or absence.organization_id == organization_id)
        )

    return WeekPlan(
        monday=monday,
        tz_name=tz.key,
        starts_at=week_start,
        ends_at=week_end,
        shifts=tuple(shown),
        absences=tuple(_fact_row(a, actor) for a in absences if absence_shown(a)),
        violations=tuple(violations),
    )


# The week's shifts with the rules' context around them, by start; ``first``/``last`` bound the
# indexed starts_at.
_WEEK_QUERY = (
    select(
        Shift.id,
        Shift.starts_at,
        Shift.ends_at,
        Shift.kind,
        Shift.status,
        Shift.objectives,
        Shift.version_id,
        Shift.zone_id,
        Zone.name.label("zone_name"),
        Zone.colour.label("zone_colour"),
        Shift.locked,
    )
    .join(Zone, Zone.id == Shift.zone_id)
    .where(Shift.starts_at >= bindparam("first"), Shift.starts_at < bindparam("last"))
    .order_by(Shift.starts_at, Shift.id)
)
# The people of the same shifts: a row per shift and person, in no order (sorted by name later).
_WEEK_PEOPLE_QUERY = (
    select(
        ShiftAssignment.shift_id,
        Person.id,
        Person.first_name,
        Person.last_name,
        Person.role,
        Person.organization_id,
        Person.weekly_hours,
        ShiftAssignment.locked,
    )
    .join(Shift, Shift.id == ShiftAssignment.shift_id)
    .join(Person, Person.id == ShiftAssignment.person_id)
    .where(Shift.starts_at >= bindparam("first"), Shift.starts_at < bindparam("last"))
)


class _WeekShift(NamedTuple):
    """A row of ``_WEEK_QUERY``."""

    id: int
    starts_at: datetime
    ends_at: datetime
    kind: ShiftKind
    status: ShiftStatus
    objectives: str
    version_id: int
    zone_id: int
    zone_name: str
    zone_colour: str
    locked: bool


def _week_row(
    row: _WeekShift, people: list[tuple[tuple[str, str, int], AssignedPerson]], now: datetime
) -> ShiftRow:
    """A ShiftRow from a row of ``_WEEK_QUERY`` and its people (as :func:`shift_row`)."""
    return ShiftRow(
        id=row.id,
        zone_id=row.zone_id,
        zone_name=row.zone_name,
        zone_colour=row.zone_colour,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        kind=row.kind,
        status=row.status,
        objectives=row.objectives,
        version_id=row.version_id,
        people=tuple(person for _key, person in sorted(people, key=lambda p: p[0])),
        to_debrief=rules.awaits_debrief(row.status, row.ends_at, now),
        locked=bool(row.locked),
    )


@dataclass(frozen=True)
class ZoneChoice:
    id: int
    name: str
    colour: str
    active: bool


@dataclass(frozen=True)
class OrganizationChoice:
    id: int
    name: str
    short_name: str


@dataclass(frozen=True)
class CalendarChoices:
    """What the calendar's filters and dialogs offer: zones and organizations, by name."""

    zones: tuple[ZoneChoice, ...]
    organizations: tuple[OrganizationChoice, ...]


def calendar_choices(session: Session, actor: access.Actor) -> CalendarChoices:
    access.require(actor, Action.VIEW_CALENDAR)
    zones = session.scalars(select(Zone).order_by(Zone.name)).all()
    organizations = session.scalars(select(Organization).order_by(Organization.name)).all()
    return CalendarChoices(
        zones=tuple(ZoneChoice(z.id, z.name, z.colour, z.active) for z in zones),
        organizations=tuple(OrganizationChoice(o.id, o.name, o.short_name) for o in organizations),
    )


def people_for_planning(
    session: Session, actor: access.Actor, monday: date, tz: ZoneInfo = DEFAULT_TZ
) -> list[PersonLoad]:
    """The people the shift dialog offers for the week, by organization name then name.

    Active people of the assignable roles who have not left before the week, plus anyone
    already planned in the week (``active`` False when they can no longer be assigned), each
    with the real hours of their non-cancelled shifts inside the week.
    """
    access.require(actor, Action.VIEW_CALENDAR)
    week_start, week_end = week_bounds(monday, tz)
    planned: dict[int, float] = defaultdict(float)
    rows = session.execute(
        select(ShiftAssignment.person_id, Shift.starts_at, Shift.ends_at)
        .join(Shift, Shift.id == ShiftAssignment.shift_id)
        .where(overlapping(week_start, week_end), Shift.status != ShiftStatus.CANCELLED)
    )
    for person_id, starts_at, ends_at in rows:
        inside = min(ends_at, week_end) - max(starts_at, week_start)
        planned[person_id] += inside.total_seconds() / 3600
    assignable = and_(
        Person.active.is_(True),
        Person.role.in_(ASSIGNABLE_ROLES),
        or_(Person.left_on.is_(None), Person.left_on >= monday),
    )
    people = session.execute(
        select(Person, Organization.name)
        .join(Organization, Organization.id == Person.organization_id)
        .where(or_(assignable, Person.id.in_(list(planned))))
        .order_by(Organization.name, Person.last_name, Person.first_name, Person.id)
    )
    return [
        PersonLoad(
            id=person.id,
            full_name=person.full_name,
            short_name=person.short_name,
            role=person.role,
            organization_id=person.organization_id,
            organization_name=organization_name,
            weekly_hours=person.weekly_hours,
            planned_hours=planned.get(person.id, 0.0),
            active=unavailability(person, monday) is None,
        )
        for person, organization_name in people
    ]


# -- absences (shared with console.services.planning.absences) ---------------------------


def absence_row(absence: Absence, actor: access.Actor) -> AbsenceRow:
    """The row of a loaded absence. The note (free text, possibly about health) is shown only
    to those who manage absences and to the absent person; the kind as
    :func:`~console.services.access.may_see_absence_kind` says."""
    note_visible = access.can(actor, Action.MANAGE_ABSENCES) or actor.person_id == absence.person_id
    kind_visible = access.may_see_absence_kind(
        actor, absence.kind, absence.person_id, absence.person.organization_id
    )
    return AbsenceRow(
        id=absence.id,
        person_id=absence.person_id,
        person_name=absence.person.full_name,
        kind=absence.kind if kind_visible else None,
        starts_at=absence.starts_at,
        ends_at=absence.ends_at,
        note=absence.note if note_visible else None,
        version_id=absence.version_id,
    )


def _absences_around(session: Session, start: datetime, end: datetime) -> list[Absence]:
    """Absences overlapping [start, end), with their person, by start then person."""
    return list(
        session.scalars(
            select(Absence)
            .options(joinedload(Absence.person))
            .where(Absence.starts_at < end, Absence.ends_at > start)
            .order_by(Absence.starts_at, Absence.person_id, Absence.id)
        )
    )


# An absence longer than this is found by its end (see _absence_facts).
LONG_ABSENCE = timedelta(days=62)


@dataclass(frozen=True)
class _AbsenceFact:
    """An absence as a plain row, with its person's name and organization."""

    id: int
    person_id: int
    kind: AbsenceKind
    starts_at: datetime
    ends_at: datetime
    note: str | None
    version_id: int
    first_name: str
    last_name: str
    organization_id: int


def _absence_facts(session: Session, start: datetime, end: datetime) -> list[_AbsenceFact]:
    """Absences overlapping [start, end), by start then person, read within the week: those
    that start at most LONG_ABSENCE before it by their indexed start, the longer ones by their
    indexed end (an absence ending after ``start`` and starting before ``start -
    LONG_ABSENCE``), so neither query reads every earlier absence."""
    columns = (
        Absence.id,
        Absence.person_id,
        Absence.kind,
        Absence.starts_at,
        Absence.ends_at,
        Absence.note,
        Absence.version_id,
    )
    recent = select(*columns).where(
        Absence.starts_at >= start - LONG_ABSENCE,
        Absence.starts_at < end,
        Absence.ends_at > start,
    )
    # coalesce() keeps the planner on the index of ends_at: on the start's it would read
    # every earlier absence.
    long = select(*columns).where(
        Absence.ends_at > start,
        func.coalesce(Absence.starts_at, Absence.starts_at) < start - LONG_ABSENCE,
    )
    rows = session.execute(union_all(recent, long)).all()
    people = {
        row.id: row
        for row in session.execute(
            select(Person.id, Person.first_name, Person.last_name, Person.organization_id).where(
                Person.id.in_({row.person_id for row in rows})
            )
        )
    }
    facts = [_AbsenceFact(*row, *tuple(people[row.person_id])[1:]) for row in rows]
    facts.sort(key=lambda a: (a.starts_at, a.person_id, a.id))
    return facts


def _fact_row(absence: _AbsenceFact, actor: access.Actor) -> AbsenceRow:
    """As :func:`absence_row`, from a plain row."""
    note_visible = access.can(actor, Action.MANAGE_ABSENCES) or actor.person_id == absence.person_id
    kind_visible = access.may_see_absence_kind(
        actor, absence.kind, absence.person_id, absence.organization_id
    )
    return AbsenceRow(
        id=absence.id,
        person_id=absence.person_id,
        person_name=f"{absence.first_name} {absence.last_name}",
        kind=absence.kind if kind_visible else None,
        starts_at=absence.starts_at,
        ends_at=absence.ends_at,
        note=absence.note if note_visible else None,
        version_id=absence.version_id,
    )


def _absence_info(absence: Absence) -> AbsenceInfo:
    return AbsenceInfo(absence.person_id, absence.starts_at, absence.ends_at, absence.kind)


def unavailable_around(
    session: Session,
    person_ids: Iterable[int],
    week_start: datetime,
    week_end: datetime,
    tz: ZoneInfo,
) -> list[UnavailableInfo]:
    """The times ``person_ids`` declared unavailable (their recurring availability rules of
    kind unavailable) on the days a shift touching the week can reach, in one query."""
    ids = sorted(set(person_ids))
    if not ids:
        return []
    first = (week_start - MAX_SHIFT).astimezone(tz).date()
    last = (week_end + MAX_SHIFT).astimezone(tz).date()
    found = []
    for person_id, weekday, start, end in session.execute(
        select(
            AvailabilityRule.person_id,
            AvailabilityRule.weekday,
            AvailabilityRule.start_minute,
            AvailabilityRule.end_minute,
        )
        .where(
            AvailabilityRule.kind == AvailabilityKind.UNAVAILABLE,
            AvailabilityRule.person_id.in_(ids),
        )
        .order_by(AvailabilityRule.person_id, AvailabilityRule.weekday, AvailabilityRule.id)
    ):
        for starts_at, ends_at in rules.recurring_times(
            weekday, start, end, first_day=first, last_day=last, tz=tz
        ):
            found.append(UnavailableInfo(person_id, starts_at, ends_at))
    return found


# -- rules over stored shifts ----------------------------------------------------------------


def _rule_shifts(
    session: Session, week_start: datetime, week_end: datetime
) -> tuple[list[ShiftInfo], dict[int, PersonInfo]]:
    """The non-cancelled shifts the rules need for a week, and their people, in one query."""
    rows = session.execute(
        select(
            Shift.id,
            Shift.starts_at,
            Shift.ends_at,
            Shift.kind,
            Shift.status,
            Person.id,
            Person.first_name,
            Person.last_name,
            Person.role,
            Person.weekly_hours,
        )
        .outerjoin(ShiftAssignment, ShiftAssignment.shift_id == Shift.id)
        .outerjoin(Person, Person.id == ShiftAssignment.person_id)
        .where(
            Shift.starts_at >= week_start - CONTEXT_BEFORE,
            Shift.starts_at < week_end + CONTEXT_AFTER,
            Shift.status != ShiftStatus.CANCELLED,
        )
    )
    fields: dict[int, tuple[datetime, datetime, ShiftKind, ShiftStatus]] = {}
    assigned: dict[int, list[int]] = defaultdict(list)
    people: dict[int, PersonInfo] = {}
    for shift_id, starts, ends, kind, status, person_id, first, last, role, hours in rows:
        fields[shift_id] = (starts, ends, kind, status)
        if person_id is not None:
            assigned[shift_id].append(person_id)
            people[person_id] = PersonInfo(person_id, f"{first[:1]}. {last}", role, hours)
    shifts = [
        ShiftInfo(shift_id, starts, ends, kind, tuple(sorted(assigned[shift_id])), status)
        for shift_id, (starts, ends, kind, status) in fields.items()
    ]
    return shifts, people


def violations_involving(
    session: Session,
    infos: Sequence[ShiftInfo],
    extra_people: dict[int, PersonInfo],
    tz: ZoneInfo,
    holidays: HolidayCalendar = DEFAULT_HOLIDAYS,
) -> list[rules.Violation]:
    """The violations the given shifts take part in, over every local week they touch (a
    shift on one of the ``holidays`` among them).

    ``infos`` replace the stored shifts with the same ids. A violation involves them when it
    is on one of them, names one as the other shift (overlap, rest), or is the weekly hours of
    one of their people in a week they touch.
    """
    ids = {info.id for info in infos}
    mondays = {
        monday_of(day)
        for info in infos
        for day in (
            info.starts_at.astimezone(tz).date(),
            (info.ends_at - timedelta(microseconds=1)).astimezone(tz).date(),
        )
    }
    found: dict[rules.Violation, None] = {}
    for monday in sorted(mondays):
        week_start, week_end = week_bounds(monday, tz)
        stored, people = _rule_shifts(session, week_start, week_end)
        shifts = {info.id: info for info in stored} | {info.id: info for info in infos}
        absences = _absences_around(session, week_start - MAX_SHIFT, week_end + MAX_SHIFT)
        in_week = {
            person_id
            for info in infos
            if info.starts_at < week_end and info.ends_at > week_start
            for person_id in info.person_ids
        }
        everyone = people | extra_people
        for violation in rules.check_week(
            list(shifts.values()),
            everyone,
            [_absence_info(a) for a in absences],
            week_start,
            week_end,
            holidays=rules.HolidayRule(tz, holidays),
            unavailable=unavailable_around(session, everyone, week_start, week_end, tz),
        ):
            if (
                violation.shift_id in ids
                or violation.other_shift_id in ids
                or (
                    violation.kind is rules.ViolationKind.WEEKLY_HOURS
                    and violation.person_id in in_week
                )
            ):
                found.setdefault(violation)
    return list(found)


# -- helpers (shared with shift_edits and week_copy) -----------------------------------------


def unavailability(person: Person, local_day: date) -> PlanningError | None:
    """Why ``person`` cannot be assigned to a shift starting on ``local_day`` (a refusal to
    raise or to report), or None."""
    name = person.full_name
    if person.role not in ASSIGNABLE_ROLES:
        return PlanningError(
            "person_not_on_shifts",
            "{person} ({role}) is never assigned to shifts",
            person=name,
            role=person.role,
        )
    if not person.active:
        return PlanningError("person_inactive", "{person} is no longer active", person=name)
    if person.left_on is not None and person.left_on < local_day:
        return PlanningError(
            "person_left", "{person} has left (on {day})", person=name, day=person.left_on
        )
    return None


def people_of(shift: Shift) -> list[Person]:
    return sorted(
        (a.person for a in shift.assignments),
        key=lambda p: (p.last_name, p.first_name, p.id),
    )


def shift_row(shift: Shift, now: datetime | None = None) -> ShiftRow:
    """The row of a loaded shift; ``to_debrief`` against ``now`` (default: the clock's)."""
    locked = {a.person_id for a in shift.assignments if a.locked}
    return ShiftRow(
        id=shift.id,
        zone_id=shift.zone.id,
        zone_name=shift.zone.name,
        zone_colour=shift.zone.colour,
        starts_at=shift.starts_at,
        ends_at=shift.ends_at,
        kind=shift.kind,
        status=shift.status,
        objectives=shift.objectives,
        version_id=shift.version_id,
        people=tuple(
            AssignedPerson(
                id=person.id,
                short_name=person.short_name,
                full_name=person.full_name,
                role=person.role,
                organization_id=person.organization_id,
                locked=person.id in locked,
            )
            for person in people_of(shift)
        ),
        to_debrief=rules.awaits_debrief(
            shift.status, shift.ends_at, utc_now() if now is None else now
        ),
        locked=bool(shift.locked),
    )
