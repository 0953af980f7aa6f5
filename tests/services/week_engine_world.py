"""Random weeks written into a database, and what the week's reading should return for them
computed the plain way: the shifts loaded as ORM objects and the violations by
:func:`console.services.planning.rules.check_week` (the reference the engine is held to).
Shared by the SQLite test and the PostgreSQL one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from hypothesis import strategies as st
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from console.models import (
    Absence,
    AbsenceKind,
    AvailabilityKind,
    AvailabilityRule,
    OrganizationKind,
    Role,
    Shift,
    ShiftAssignment,
    ShiftKind,
    ShiftStatus,
)
from console.services import access
from console.services.planning import rules, week
from console.services.planning.holidays import HolidayCalendar
from console.services.planning.rules import MAX_SHIFT
from tests.factories import ROME, organization, person, zone

# Weeks with a DST change (the end of summer time on 25 October 2026, its start on 28 March
# 2027) inside them or in the days before, and holidays (All Saints on Sunday 1 November,
# Sant'Omobono on Friday 13 November, Christmas and St Stephen's, New Year's Day on a Friday).
MONDAYS = (
    date(2026, 10, 19),
    date(2026, 10, 26),
    date(2026, 11, 9),
    date(2026, 12, 21),
    date(2026, 12, 28),
    date(2027, 3, 22),
    date(2027, 3, 29),
)
HOLIDAYS = HolidayCalendar()
ROLES = (Role.EDUCATOR, Role.OFFICER, Role.OFFICER, Role.EDUCATOR, Role.COORDINATOR)
CONTRACTS = (30.0, 36.0, 8.0, 0.0, 1.0)  # 1 h: one shift of an hour is just within it


@dataclass(frozen=True)
class World:
    """The people (two organizations) and zones random weeks are planned with."""

    people: tuple[int, ...]
    organizations: tuple[int, int]
    zones: tuple[int, int]

    def actors(self) -> tuple[access.Actor, ...]:
        """A coordinator (sees every absence's kind) and an officer of the second
        organization (sees only leave, their own and their organization's)."""
        return (
            access.Actor(None, self.people[4], self.organizations[0], Role.COORDINATOR, "c"),
            access.Actor(None, self.people[1], self.organizations[1], Role.OFFICER, "o"),
        )


def make_world(session: Session) -> World:
    cooperative = organization(OrganizationKind.EDUCATIONAL)
    police = organization(OrganizationKind.POLICE)
    names = ("Bianchi", "Rossi", "Verdi", "Neri", "Àlberti")  # a non-ASCII name sorts last
    people = [
        person(
            f"P{number}",
            role,
            police if role is Role.OFFICER else cooperative,
            last=names[number],
            weekly_hours=hours,
        )
        for number, (role, hours) in enumerate(zip(ROLES, CONTRACTS, strict=True))
    ]
    zones = [zone("Piazza Roma"), zone("Piazza Marconi", "#ff7f0e")]
    session.add_all([*people, *zones])
    session.flush()
    return World(
        tuple(p.id for p in people),
        (cooperative.id, police.id),
        (zones[0].id, zones[1].id),
    )


# -- random weeks ----------------------------------------------------------------------------

QUARTERS = 12 * 24 * 4  # starts from three days before the week to two after
moments = st.one_of(
    st.integers(0, QUARTERS).map(lambda q: timedelta(minutes=15 * q)),
    st.integers(0, QUARTERS * 15 * 60 * 1_000_000).map(lambda us: timedelta(microseconds=us)),
)
# At least a microsecond: a shift or an absence ends after it starts (the tables' CHECK).
lengths = st.one_of(
    st.integers(1, 13 * 4).map(lambda q: timedelta(minutes=15 * q)),
    st.integers(1, 13 * 3600 * 1_000_000).map(lambda us: timedelta(microseconds=us)),
)
# A shift starts at a moment, or from the previous one: a gap after its end (negative: an
# overlap; 11 hours exactly now and then, the rest rule's edge), or a time after its start
# (none: both start together; 24 hours, the edge of the rest window).
EDGES = (timedelta(0), timedelta(microseconds=1), -timedelta(microseconds=1))
gaps = st.one_of(
    st.integers(-4 * 4, 14 * 4).map(lambda q: timedelta(minutes=15 * q)),
    st.sampled_from([timedelta(hours=11) + edge for edge in EDGES]),
    st.integers(-4 * 3600 * 10**6, 14 * 3600 * 10**6).map(lambda us: timedelta(microseconds=us)),
)
since_start = st.sampled_from(
    [timedelta(0)] + [timedelta(hours=hours) + edge for hours in (13, 24) for edge in EDGES]
)
shift_specs = st.lists(
    st.tuples(
        st.one_of(
            moments,
            gaps.map(lambda gap: ("after", gap)),
            since_start.map(lambda since: ("since", since)),
        ),
        lengths,
        st.one_of(
            st.lists(st.integers(0, len(ROLES) - 1), min_size=1, max_size=3, unique=True),
            st.lists(st.integers(0, len(ROLES) - 1), min_size=1, max_size=2, unique=True),
            st.just([]),
        ),
        st.sampled_from(list(ShiftStatus)),
        st.sampled_from(list(ShiftKind)),
        st.booleans(),  # which zone
    ),
    min_size=6,
    max_size=30,
)
# An absence starts at a moment (or months before), or at an edge of a shift (the one with
# that index, its start or its end, give or take a microsecond).
absence_specs = st.lists(
    st.tuples(
        st.integers(0, len(ROLES) - 1),
        st.one_of(
            moments,
            st.integers(1, 100).map(lambda d: -timedelta(days=d)),
            st.tuples(st.integers(0, 29), st.booleans(), st.sampled_from(EDGES)),
        ),
        st.one_of(
            lengths,
            st.integers(1, 120).map(lambda d: timedelta(days=d)),
            st.tuples(st.integers(0, 29), st.booleans(), st.sampled_from(EDGES)),
        ),
        st.sampled_from(list(AbsenceKind)),
    ),
    max_size=6,
)
availability_specs = st.lists(
    st.tuples(
        st.integers(0, len(ROLES) - 1),
        st.integers(0, 6),
        st.one_of(
            st.none(),
            st.tuples(st.integers(0, 1439), st.integers(1, 1440)).filter(lambda t: t[0] < t[1]),
            # around the night of a DST change: 02:00 and 03:00 local
            st.sampled_from(((120, 180), (180, 240), (0, 120), (150, 1440))),
        ),
        st.sampled_from((AvailabilityKind.UNAVAILABLE,) * 3 + (AvailabilityKind.PREFERRED,)),
    ),
    max_size=6,
)
filters = st.one_of(
    st.just((None, None, None)),
    st.tuples(
        st.sampled_from((None, 0, 1)),  # zone
        st.sampled_from((None, 0, 1)),  # organization
        st.one_of(st.none(), st.integers(0, len(ROLES) - 1)),  # person
    ),
)


def plan(
    session: Session,
    world: World,
    monday: date,
    shifts: list,
    absences: list,
    availability: list,
) -> None:
    """Replace every shift, absence and availability rule by those the specs describe."""
    for table in (ShiftAssignment, Shift, Absence, AvailabilityRule):
        session.execute(delete(table))
    start, _end = week.week_bounds(monday, ROME)
    origin = start - timedelta(days=3)
    previous_start = previous_end = origin + timedelta(days=4)
    edges = []  # each shift's (start, end)
    for offset, length, people, status, kind, second_zone in shifts:
        if isinstance(offset, tuple):
            how, by = offset
            starts_at = (previous_end if how == "after" else previous_start) + by
        else:
            starts_at = origin + offset
        previous_start, previous_end = starts_at, starts_at + length
        edges.append((starts_at, starts_at + length))
        session.add(
            Shift(
                zone_id=world.zones[int(second_zone)],
                starts_at=starts_at,
                ends_at=starts_at + length,
                status=status,
                kind=kind,
                assignments=[ShiftAssignment(person_id=world.people[p]) for p in people],
            )
        )

    def moment(spec: timedelta | tuple) -> datetime:
        if isinstance(spec, tuple):
            index, at_end, edge = spec
            return edges[index % len(edges)][at_end] + edge
        return origin + spec

    for who, first, last, kind in absences:
        starts_at = moment(first)
        ends_at = moment(last) if isinstance(last, tuple) else starts_at + last
        if ends_at <= starts_at:
            ends_at = starts_at + timedelta(hours=1)
        session.add(
            Absence(person_id=world.people[who], kind=kind, starts_at=starts_at, ends_at=ends_at)
        )
    for who, weekday, times, kind in availability:
        first, last = times if times is not None else (None, None)
        session.add(
            AvailabilityRule(
                person_id=world.people[who],
                kind=kind,
                weekday=weekday,
                start_minute=first,
                end_minute=last,
            )
        )
    session.flush()


# -- what the week's reading should return ---------------------------------------------------


def violation_key(violation: rules.Violation, starts: dict[int, datetime]) -> tuple:
    """The order of :attr:`WeekPlan.violations`: shift start, shift, kind, person, other."""
    return (
        starts[violation.shift_id],
        violation.shift_id,
        violation.kind,
        violation.person_id or 0,
        violation.other_shift_id or 0,
    )


def expected_week(
    session: Session,
    actor: access.Actor,
    monday: date,
    *,
    zone_id: int | None = None,
    organization_id: int | None = None,
    person_id: int | None = None,
    now: datetime,
) -> week.WeekPlan:
    """The week as loaded ORM objects and ``rules.check_week`` give it."""
    week_start, week_end = week.week_bounds(monday, ROME)
    loaded = session.scalars(
        select(Shift)
        .options(*week.PEOPLE_AND_ZONE)
        .where(
            Shift.starts_at >= week_start - week.CONTEXT_BEFORE,
            Shift.starts_at < week_end,
            Shift.ends_at > week_start,
        )
        .order_by(Shift.starts_at, Shift.id)
    ).unique()
    shown = [
        week.shift_row(shift, now)
        for shift in loaded
        if (zone_id is None or shift.zone_id == zone_id)
        and (
            organization_id is None
            or any(a.person.organization_id == organization_id for a in shift.assignments)
        )
        and (person_id is None or any(a.person_id == person_id for a in shift.assignments))
    ]
    infos, people = week._rule_shifts(session, week_start, week_end)
    absences = week._absences_around(session, week_start - MAX_SHIFT, week_end + MAX_SHIFT)
    found = rules.check_week(
        infos,
        people,
        [week._absence_info(a) for a in absences],
        week_start,
        week_end,
        holidays=rules.HolidayRule(ROME, HOLIDAYS),
        unavailable=week.unavailable_around(session, people, week_start, week_end, ROME),
    )
    starts = {row.id: row.starts_at for row in shown}
    organizations = {a.person_id: a.person.organization_id for a in absences}
    violations = []
    for violation in found:
        if violation.shift_id not in starts:
            continue
        kind = violation.absence_kind
        if kind is not None and not access.may_see_absence_kind(
            actor, kind, violation.person_id, organizations.get(violation.person_id)
        ):
            violation = rules.Violation(  # noqa: PLW2901 - as the actor may read it
                violation.kind,
                violation.shift_id,
                violation.person_id,
                violation.message,
                absence_kind=None,
            )
        violations.append(violation)
    violations.sort(key=lambda v: violation_key(v, starts))
    absence_rows = [
        week.absence_row(a, actor)
        for a in absences
        if a.starts_at < week_end
        and a.ends_at > week_start
        and (person_id is None or a.person_id == person_id)
        and (organization_id is None or a.person.organization_id == organization_id)
    ]
    return week.WeekPlan(
        monday=monday,
        tz_name=ROME.key,
        starts_at=week_start,
        ends_at=week_end,
        shifts=tuple(shown),
        absences=tuple(absence_rows),
        violations=tuple(violations),
    )


# -- the edges, written out (random weeks reach them too seldom to count on) -------------------


def _shift(hours: float, length_hours: float, people: list[int], **extra: object) -> tuple:
    """A shift spec ``hours`` after the origin (three days before the week's Monday)."""
    return (
        timedelta(hours=hours),
        timedelta(hours=length_hours),
        people,
        extra.get("status", ShiftStatus.DRAFT),
        extra.get("kind", ShiftKind.OUTREACH),
        False,
    )


DAY4 = 4 * 24  # hours from the origin to Tuesday 00:00 (UTC arithmetic) of the week
EDGE_CASES = (
    # Touching is no overlap: the 12:00 shift overlaps the 11:00 one, not the one ending at 12.
    (
        date(2026, 11, 9),
        [_shift(DAY4 + 8, 4, [0]), _shift(DAY4 + 11, 2, [0]), _shift(DAY4 + 12, 2, [0])],
        [],
        [],
        (None, None, None),
        0,
    ),
    # Absences ending as a shift starts and starting as it ends; two absences over one shift
    # (the earlier one's kind is reported).
    (
        date(2026, 11, 9),
        [_shift(DAY4 + 10, 4, [0]), _shift(DAY4 + 34, 4, [1])],
        [
            (0, timedelta(hours=DAY4 + 2), timedelta(hours=8), AbsenceKind.SICKNESS),
            (0, timedelta(hours=DAY4 + 14), timedelta(days=1), AbsenceKind.TRAINING),
            (1, timedelta(hours=DAY4 + 30), timedelta(hours=6), AbsenceKind.LEAVE),
            (1, timedelta(hours=DAY4 + 33), timedelta(hours=2), AbsenceKind.SICKNESS),
        ],
        [],
        (None, None, None),
        0,
    ),
    # Rest: a shift starting exactly 24 hours after another is outside its window; one
    # starting right at its end is the culprit; two shifts starting together flag it once.
    (
        date(2026, 11, 9),
        [
            _shift(DAY4 + 8, 8, [0]),
            _shift(DAY4 + 17, 6, [0]),
            _shift(DAY4 + 32, 4, [0]),
            _shift(DAY4 + 56, 8, [1]),
            _shift(DAY4 + 64, 7, [1]),
            _shift(DAY4 + 80, 2, [2]),
            _shift(DAY4 + 80, 4, [2]),
            _shift(DAY4 + 86, 9, [2]),
        ],
        [],
        [],
        (None, None, None),
        0,
    ),
    # Unavailable on Sundays from 03:00 to 04:00: on 25 October 2026 (summer time ends at 03:00)
    # that is 02:00 to 03:00 UTC, so a shift from 01:15 to 01:45 UTC is outside it.
    (
        date(2026, 10, 19),
        [
            _shift(9 * 24 + 3.25, 0.5, [4]),
            _shift(9 * 24 + 4.25, 0.5, [4]),
        ],
        [],
        [(4, 6, (180, 240), AvailabilityKind.UNAVAILABLE)],
        (None, None, None),
        0,
    ),
    # Weekly hours: an hour planned on a contract of one hour is within it.
    (
        date(2026, 11, 9),
        [_shift(DAY4 + 8, 1, [4]), _shift(DAY4 + 8, 1.25, [3])],
        [],
        [],
        (None, None, None),
        0,
    ),
)
