"""The week as planning.week_engine reads it (its rows, and the rules checked on them) has
exactly what ``rules.check_week`` finds, on random weeks written into SQLite: DST nights, midnight
crossings, shifts to the microsecond, touching and overlapping, absences at the edges and
longer than two months, declared unavailability (the DST night too), holidays, every status
and kind, filtered and not, read by a coordinator and by an officer. The shown shifts and
absences are those loaded as ORM objects."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, select

from console import db
from console.models import AbsenceKind, AvailabilityKind, Shift, ShiftKind, ShiftStatus
from console.services.planning import rules, week, week_engine
from console.services.planning.rules import ViolationKind
from tests.factories import ROME
from tests.services import week_engine_world as world_
from tests.services.week_engine_world import (
    EDGE_CASES,
    HOLIDAYS,
    MONDAYS,
    World,
    absence_specs,
    availability_specs,
    expected_week,
    filters,
    plan,
    shift_specs,
)

MICRO = timedelta(microseconds=1)
NOW = datetime(2026, 12, 1, 9, tzinfo=UTC)  # some weeks wait for debriefs, some are ahead


@pytest.fixture
def world(engine: Engine) -> Iterator[World]:
    with db.session_scope(engine) as s:
        made = world_.make_world(s)
    yield made


def read_both(
    engine: Engine, made: World, monday: date, chosen: tuple, actor_index: int
) -> tuple[week.WeekPlan, week.WeekPlan]:
    zone, organization, someone = chosen
    narrowing = {
        "zone_id": None if zone is None else made.zones[zone],
        "organization_id": None if organization is None else made.organizations[organization],
        "person_id": None if someone is None else made.people[someone],
    }
    actor = made.actors()[actor_index]
    with db.read_scope(engine) as s:
        found = week.shifts_in_week(s, actor, monday, ROME, holidays=HOLIDAYS, now=NOW, **narrowing)
    with db.read_scope(engine) as s:
        expected = expected_week(s, actor, monday, now=NOW, **narrowing)
    return found, expected


def with_edge_cases(test):
    for case in EDGE_CASES:
        test = example(*case)(test)
    return test


@with_edge_cases
@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    st.sampled_from(MONDAYS),
    shift_specs,
    absence_specs,
    availability_specs,
    filters,
    st.integers(0, 1),
)
def test_the_engine_finds_what_the_rules_find(
    engine: Engine, world: World, monday, shifts, absences, availability, chosen, actor_index
):
    with db.session_scope(engine) as s:
        plan(s, world, monday, shifts, absences, availability)
    found, expected = read_both(engine, world, monday, chosen, actor_index)
    assert found == expected


def test_a_dense_week_breaks_every_rule_and_both_agree(engine: Engine, world: World):
    """The comparison means something: one week where each kind of violation is found, on
    a DST night and a holiday, with the engine and the rules agreeing."""
    monday = date(2026, 10, 26)  # All Saints on Sunday 1 November; summer time ended on the 25th
    start, _end = week.week_bounds(monday, ROME)
    origin = start - timedelta(days=3)

    def at(days: float, hours: float = 0) -> timedelta:
        return timedelta(days=3 + days, hours=hours)

    hour = timedelta(hours=1)
    shifts = [
        (at(0, 8), 8 * hour, [0, 1], ShiftStatus.PUBLISHED, ShiftKind.JOINT, False),
        (at(0, 15), 2 * hour, [0], ShiftStatus.DRAFT, ShiftKind.JOINT, True),  # overlap
        (at(1, 2), 4 * hour, [1, 2], ShiftStatus.DRAFT, ShiftKind.JOINT, False),  # rest, no edu
        (at(2, 9), 10 * hour, [2], ShiftStatus.DRAFT, ShiftKind.PATROL, False),  # hours: 8 h
        (at(3, 9), 6 * hour, [3], ShiftStatus.PUBLISHED, ShiftKind.JOINT, True),  # absent, no off
        (at(4, 9), 6 * hour, [4], ShiftStatus.DRAFT, ShiftKind.OUTREACH, False),  # unavailable
        (at(6, 10), 4 * hour, [0, 1], ShiftStatus.DRAFT, ShiftKind.JOINT, False),  # holiday
        (at(-1, 22), 5 * hour, [0], ShiftStatus.DONE, ShiftKind.OUTREACH, False),  # DST night
    ]
    absences = [(3, at(3), timedelta(days=1), AbsenceKind.SICKNESS)]
    availability = [(4, 4, (480, 1020), AvailabilityKind.UNAVAILABLE)]  # Fridays 8 to 17
    assert origin + at(4) == datetime(2026, 10, 30, tzinfo=ROME)  # a Friday
    with db.session_scope(engine) as s:
        plan(s, world, monday, shifts, absences, availability)
    for actor_index in (0, 1):
        found, expected = read_both(engine, world, monday, (None, None, None), actor_index)
        assert found == expected
    assert {v.kind for v in found.violations} == set(ViolationKind)
    hidden = next(v for v in found.violations if v.kind is ViolationKind.ABSENT)
    assert hidden.absence_kind is None  # sickness, of the other organization: not the officer's


@pytest.mark.parametrize(
    "longer", [timedelta(0), timedelta(microseconds=1), timedelta(milliseconds=1), -MICRO]
)
def test_absences_at_the_edge_of_long_ones_are_found(engine: Engine, world: World, longer):
    """An absence starting just before the part read by start (LONG_ABSENCE before the
    earliest start of a shift that can touch the week) and ending a moment later than that
    start, about as short as such an absence can be, is found by its end on the index of long
    ones: on a 12-hour shift starting then and ending just inside the week."""
    monday = MONDAYS[2]
    start, _end = week.week_bounds(monday, ROME)
    reach = start - rules.MAX_SHIFT
    origin = start - timedelta(days=3)
    begins = reach - week_engine.LONG_ABSENCE - longer
    away = (0, begins - origin, (reach + 2 * MICRO) - begins, AbsenceKind.LEAVE)
    shift = (reach + MICRO - origin, rules.MAX_SHIFT, [0], ShiftStatus.DRAFT, ShiftKind.PATROL)
    with db.session_scope(engine) as s:
        plan(s, world, monday, [(*shift, False)], [away], [])
    found, expected = read_both(engine, world, monday, (None, None, None), 0)
    assert found == expected
    assert [v.kind for v in found.violations] == [ViolationKind.ABSENT]
    assert found.absences == ()  # it ended before the week


def test_the_absences_are_read_on_their_indexes(engine: Engine):
    """The week's absences: those starting shortly before it by their start, the long ones by
    their end on their own index (not every absence ending after the week)."""
    sql = week_engine.statements("sqlite")[2]
    params = dict.fromkeys(("absences_recent", "reach_start", "reach_end"), "2026-11-30")
    with engine.connect() as conn:
        plan = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
    steps = " ".join(row[-1] for row in plan)
    assert "INDEX ix_absences_starts_at (starts_at>? AND starts_at<?)" in steps
    assert "INDEX ix_absences_long_ends_at (ends_at>?)" in steps
    assert "SCAN absences" not in steps and "SCAN p" not in steps


def test_the_statements_for_postgresql_take_its_parameters():
    """The PostgreSQL text uses pyformat parameters and keeps no SQLite function."""
    for sql in week_engine.statements("postgresql"):
        assert not re.search(r"(?<![:\w]):[a-z]", sql)
    assert all("%(week_start)s" in sql for sql in week_engine.statements("postgresql")[:2])


def test_the_week_read_in_a_session_sees_its_pending_changes(engine: Engine, world: World):
    """The statements run on the session's connection: a change the session holds and has
    not flushed yet is read, as through the session."""
    monday = MONDAYS[2]
    start, _end = week.week_bounds(monday, ROME)
    with db.session_scope(engine) as s:
        plan(s, world, monday, [world_._shift(4 * 24 + 8, 4, [0, 1])], [], [])
    with db.session_scope(engine) as s:
        shift = s.scalars(select(Shift)).one()
        shift.status = ShiftStatus.CANCELLED
        shift.starts_at = start + timedelta(days=2)
        shift.ends_at = start + timedelta(days=2, hours=3)
        (row,) = week.shifts_in_week(s, world.actors()[0], monday, ROME).shifts
    assert row.status is ShiftStatus.CANCELLED and row.starts_at == start + timedelta(days=2)
