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

import functools
import itertools
import operator
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, or_, select
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
from console.services.planning import rules, week_engine
from console.services.planning.holidays import HolidayCalendar
from console.services.planning.rules import (
    MAX_SHIFT,
    REST_PERIOD,
    AbsenceInfo,
    PersonInfo,
    ShiftInfo,
    UnavailableInfo,
    ViolationKind,
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
    # On the shown shifts, by shift start, shift, kind, person, other shift.
    violations: tuple[rules.Violation, ...]


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
    ``holidays`` are among them (warnings, with the holiday's name).
    :mod:`console.services.planning.week_engine` reads the week (four statements whatever the
    number of shifts) and finds on its rows what :func:`rules.check_week` finds; the filters
    narrow what it read. A row's ``to_debrief`` is read against ``now`` (the clock's).
    """
    access.require(actor, Action.VIEW_CALENDAR)
    now = utc_now() if now is None else now
    week_start, week_end = week_bounds(monday, tz)
    # The engine reads on the session's connection, not through the session: what the session
    # holds goes to the database first, as a query through it would (autoflush).
    session.flush()
    read = week_engine.read_week(
        session.connection(),
        (week_start, week_end),
        (week_start - CONTEXT_BEFORE, week_end + CONTEXT_AFTER),
        tz,
        holidays,
    )
    narrowing = (zone_id, organization_id, person_id)
    shown, keyed = _assemble(read, actor, now, narrowing)
    starts = {row.id: row.starts_at for row in shown}
    for found in read.around:
        start = starts.get(found[1])
        if start is not None:  # else on a shift the filters leave out
            keyed.append(_around_violation(start, found))
    keyed.sort(key=lambda pair: pair[0])
    return WeekPlan(
        monday=monday,
        tz_name=tz.key,
        starts_at=week_start,
        ends_at=week_end,
        shifts=tuple(shown),
        absences=tuple(_absence_rows(read, actor, (week_start, week_end), narrowing)),
        violations=tuple(violation for _key, violation in keyed),
    )


def _absence_rows(
    read: week_engine.WeekRead,
    actor: access.Actor,
    week: tuple[datetime, datetime],
    narrowing: tuple[int | None, int | None, int | None],
) -> Iterator[AbsenceRow]:
    """The absences overlapping the week as the actor may read them (see
    :func:`absence_row`), narrowed to the organization or the person filtered."""
    _zone, organization_id, person_id = narrowing
    manages = access.can(actor, Action.MANAGE_ABSENCES)
    week_start, week_end = map(read.stored, week)
    for row in read.absences:
        _aid, someone, kind, starts, ends, *_rest, organization = row
        if starts >= week_end or ends <= week_start:
            continue  # near the week: met by a shift reaching into it, not in it
        if (organization_id is not None and organization != organization_id) or (
            person_id is not None and someone != person_id
        ):
            continue
        kind_visible = access.may_see_absence_kind(
            actor, _ABSENCE_KINDS[kind], someone, organization
        )
        note_visible = manages or actor.person_id == someone
        yield _absence_row(read.time, row, kind_visible, note_visible)


@functools.lru_cache(maxsize=4096)
def _absence_row(
    time: Callable[[Any], datetime], row: tuple, kind_visible: bool, note_visible: bool
) -> AbsenceRow:
    """The row of an absence read by the week (a row of its statement), as a reader who may
    see its kind or not, its note or not, sees it."""
    aid, someone, kind, starts, ends, note, version, first, last, _organization = row
    return AbsenceRow(
        id=aid,
        person_id=someone,
        person_name=f"{first} {last}",
        kind=_ABSENCE_KINDS[kind] if kind_visible else None,
        starts_at=time(starts),
        ends_at=time(ends),
        note=note if note_visible else None,
        version_id=version,
    )


_SHIFT_KINDS = {kind.value: kind for kind in ShiftKind}
_SHIFT_STATUSES = {status.value: status for status in ShiftStatus}
_ROLES = {role.value: role for role in Role}
_ABSENCE_KINDS = {kind.value: kind for kind in AbsenceKind}
_VIOLATION_KINDS = {kind.value: kind for kind in ViolationKind}
# The English messages of rules.py's violations (for logs; views write their own text).
_MESSAGES = {
    "overlap": "person planned in two overlapping shifts",
    "short_rest": "less than 11 consecutive hours of rest in 24 hours",
    "no_educator": "joint shift without an educator",
    "no_officer": "joint shift without an officer",
    "unavailable": "person planned in a time they declared unavailable",
}

# Rows met again from one read to the next are built once: the same values, the same frozen
# row. A person is on several shifts of a week, and the calendar reads its week again after
# every change, most of it as it was.
_violation = functools.lru_cache(maxsize=16384)(rules.Violation)


@functools.lru_cache(maxsize=16384)
def _around_violation(start: datetime, found: tuple) -> tuple[tuple, rules.Violation]:
    """The violation of a finding of the engine's rules over each person's shifts, with its
    sort key."""
    kind, shift_id, someone, other, total, contract = found
    if kind == "weekly_hours":
        hours = total / 1_000_000 / 3600  # as timedelta.total_seconds() / 3600
        message = f"{hours:g} h planned, contract {contract:g} h"
        violation = rules.Violation(
            ViolationKind.WEEKLY_HOURS, shift_id, someone, message, hours, contract
        )
    else:
        violation = rules.Violation(
            _VIOLATION_KINDS[kind], shift_id, someone, _MESSAGES[kind], None, None, None, other
        )
    return (start, shift_id, kind, someone, other or 0), violation


@functools.lru_cache(maxsize=4096)
def _assigned(  # noqa: PLR0917 - a row's values, cached together
    someone: int, first: str, last: str, role: str, organization: int, kept: Any
) -> AssignedPerson:
    return AssignedPerson(
        someone, f"{first[:1]}. {last}", f"{first} {last}", _ROLES[role], organization, bool(kept)
    )


@functools.lru_cache(maxsize=8192)
def _shift_row(
    time: Callable[[Any], datetime],
    shift: tuple[Any, ...],
    people: tuple[tuple[Any, ...], ...],
    to_debrief: bool,
) -> tuple[ShiftRow, tuple[str, ...]]:
    """The row of a shift (its columns of ``_SHOWN``, its people's), and the people a joint
    shift still to be worked misses (no_educator, no_officer)."""
    sid, starts, ends, kind, status, objectives, version, zone, zone_name, colour, locked = shift
    row = ShiftRow(
        sid,
        zone,
        zone_name,
        colour,
        time(starts),
        time(ends),
        _SHIFT_KINDS[kind],
        _SHIFT_STATUSES[status],
        objectives,
        version,
        tuple(_assigned(*person) for person in people),
        to_debrief,
        bool(locked),
    )
    missing: tuple[str, ...] = ()
    if kind == "joint" and status != "cancelled":
        roles = {role for _id, _first, _last, role, _organization, _kept in people}
        missing = tuple(
            violation
            for role, violation in (("educator", "no_educator"), ("officer", "no_officer"))
            if role not in roles
        )
    return row, missing


_shift_of = operator.itemgetter(*range(11))  # a row of _SHOWN: the shift's columns
_person_of = operator.itemgetter(*range(11, 17))  # and its person's (id first)
_id_of = operator.itemgetter(0)
_by_name = operator.itemgetter(2, 1, 0)


def _assemble(
    read: week_engine.WeekRead,
    actor: access.Actor,
    now: datetime,
    narrowing: tuple[int | None, int | None, int | None],
) -> tuple[list[ShiftRow], list[tuple[tuple, rules.Violation]]]:
    """The shown rows of the week, narrowed to a zone, an organization with someone on the
    shift, or a person on it; and the violations that ride on them (holidays, absences,
    unavailability found by the engine; a joint shift's educator and officer read off its
    people), each with its sort key (shift start, shift, kind, person)."""
    zone_id, organization_id, person_id = narrowing
    stamp = read.stored(now)  # "to debrief": published and ended, compared as stored
    holidays, absent, unavailable = read.holidays, read.absent, read.unavailable
    shown: list[ShiftRow] = []
    keyed: list[tuple[tuple, rules.Violation]] = []
    for sid, rows in itertools.groupby(read.shown, _id_of):
        first, *others = rows
        if zone_id is not None and first[7] != zone_id:
            continue
        if first[11] is None:
            people = ()
        elif others:  # by last name, first name, id (code points: as PostgreSQL's "C")
            people = tuple(sorted((_person_of(first), *map(_person_of, others)), key=_by_name))
        else:
            people = (_person_of(first),)
        if (organization_id is not None and all(p[4] != organization_id for p in people)) or (
            person_id is not None and all(p[0] != person_id for p in people)
        ):
            continue
        status = first[4]
        row, missing = _shift_row(
            read.time, _shift_of(first), people, status == "published" and first[2] <= stamp
        )
        shown.append(row)
        start = row.starts_at
        holiday = holidays.get(sid)
        if holiday is not None:
            day, name = holiday
            message = f"shift on a public holiday ({name}, {day:%Y-%m-%d})"
            violation = _violation(
                ViolationKind.HOLIDAY, sid, None, message, None, None, None, None, name, day
            )
            keyed.append(((start, sid, "holiday"), violation))
        for kind in missing:
            violation = _violation(_VIOLATION_KINDS[kind], sid, None, _MESSAGES[kind])
            keyed.append(((start, sid, kind), violation))
        if sid in absent or sid in unavailable:
            found = (absent.get(sid, {}), unavailable.get(sid, ()))
            keyed.extend(_on_people(actor, start, sid, people, *found))
    return shown, keyed


def _on_people(  # noqa: PLR0917 - a shift and what was found on its people
    actor: access.Actor,
    start: datetime,
    sid: int,
    people: tuple[tuple[Any, ...], ...],
    absent: dict[int, str],
    unavailable: Collection[int],
) -> Iterator[tuple[tuple, rules.Violation]]:
    """A shift's people planned while absent (the kind as the actor may see it) or in a time
    they declared unavailable."""
    for someone, _first, _last, _role, organization, _kept in people:
        away = absent.get(someone)
        if away is not None:
            absence_kind = _ABSENCE_KINDS[away]
            seen = access.may_see_absence_kind(actor, absence_kind, someone, organization)
            violation = _violation(
                ViolationKind.ABSENT,
                sid,
                someone,
                f"person planned while absent ({away})",
                None,
                None,
                absence_kind if seen else None,
            )
            yield (start, sid, "absent", someone), violation
        if someone in unavailable:
            violation = _violation(
                ViolationKind.UNAVAILABLE, sid, someone, _MESSAGES["unavailable"]
            )
            yield (start, sid, "unavailable", someone), violation


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
        select(
            Person.id,
            Person.first_name,
            Person.last_name,
            Person.role,
            Person.organization_id,
            Organization.name,
            Person.weekly_hours,
            Person.active,
            Person.left_on,
        )
        .join(Organization, Organization.id == Person.organization_id)
        .where(or_(assignable, Person.id.in_(list(planned))))
        .order_by(Organization.name, Person.last_name, Person.first_name, Person.id)
    )
    # Plain columns, not Person objects (the calendar reads them on every load); ``active``
    # as unavailability() finds it for the week's Monday.
    return [
        PersonLoad(
            id=someone,
            full_name=f"{first} {last}",
            short_name=f"{first[:1]}. {last}",
            role=role,
            organization_id=organization_id,
            organization_name=organization_name,
            weekly_hours=weekly_hours,
            planned_hours=planned.get(someone, 0.0),
            active=role in ASSIGNABLE_ROLES and active and (left_on is None or left_on >= monday),
        )
        for (
            someone,
            first,
            last,
            role,
            organization_id,
            organization_name,
            weekly_hours,
            active,
            left_on,
        ) in people
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
