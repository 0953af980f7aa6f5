"""The week read from PostgreSQL (planning.week_engine) finds what ``rules.check_week``
finds: a smaller run of the random weeks of tests/services/test_week_engine.py, its
written-out edges, and a server whose sessions are in another time zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from console import db
from console.models import AbsenceKind, ShiftKind, ShiftStatus
from console.services.planning import week
from console.services.planning.rules import ViolationKind
from tests.factories import ROME
from tests.pg.test_postgresql import pg, pg_url  # noqa: F401 - fixtures
from tests.services import test_week_engine as on_sqlite
from tests.services import week_engine_world as world_
from tests.services.test_week_engine import read_both, with_edge_cases
from tests.services.week_engine_world import (
    MONDAYS,
    World,
    absence_specs,
    availability_specs,
    filters,
    plan,
    shift_specs,
)


@pytest.fixture
def pg_world(pg: Engine) -> World:  # noqa: F811
    with db.session_scope(pg) as s:
        return world_.make_world(s)


@with_edge_cases
@settings(
    max_examples=100,
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
def test_postgresql_finds_what_the_rules_find(
    pg: Engine,  # noqa: F811
    pg_world: World,
    monday,
    shifts,
    absences,
    availability,
    chosen,
    actor_index,
):
    with db.session_scope(pg) as s:
        plan(s, pg_world, monday, shifts, absences, availability)
    found, expected = read_both(pg, pg_world, monday, chosen, actor_index)
    assert found == expected


def test_postgresql_in_another_zone_finds_what_the_rules_find(pg_url: str):  # noqa: F811
    """A server whose sessions are in Europe/Rome gives datetimes in that zone: the rules
    still count real time over the DST night (two datetimes of one zone subtract on the
    wall clock). 11.5 hours of rest across the night summer time ends are no short rest,
    though the wall clock says 10.5; and the week where every kind of violation is found."""
    url = make_url(pg_url).update_query_dict({"options": "-c timezone=Europe/Rome"})
    opened = db.open_database(url.render_as_string(hide_password=False))
    try:
        with opened.engine.connect() as conn:
            assert conn.exec_driver_sql("SHOW timezone").scalar() == "Europe/Rome"
        with db.session_scope(opened.engine) as s:
            made = world_.make_world(s)
        monday = date(2026, 10, 19)  # summer time ends on Sunday the 25th, at 01:00 UTC
        origin = week.week_bounds(monday, ROME)[0] - timedelta(days=3)
        night = [
            (datetime(2026, 10, 24, 13, tzinfo=UTC), timedelta(hours=11, minutes=30)),
            (datetime(2026, 10, 25, 12, tzinfo=UTC), timedelta(hours=8)),
        ]
        shifts = [
            (at - origin, length, [0], ShiftStatus.DRAFT, ShiftKind.OUTREACH, False)
            for at, length in night
        ]
        with db.session_scope(opened.engine) as s:
            plan(s, made, monday, shifts, [], [])
        found, expected = read_both(opened.engine, made, monday, (None, None, None), 0)
        assert found == expected and len(found.shifts) == 2
        assert ViolationKind.SHORT_REST not in {v.kind for v in found.violations}
        # In the hour the clocks go back: an absence until 02:05 after the change meets a
        # shift from 02:30 before it; one until 02:45 before it does not meet one from 02:10
        # after it (UTC 01:05 > 00:30; 00:45 < 01:10).
        fold = [
            (datetime(2026, 10, 25, 0, 30, tzinfo=UTC), [0]),
            (datetime(2026, 10, 25, 1, 10, tzinfo=UTC), [1]),
        ]
        shifts = [
            (at - origin, timedelta(hours=1), who, ShiftStatus.DRAFT, ShiftKind.OUTREACH, False)
            for at, who in fold
        ]
        evening = datetime(2026, 10, 24, 20, tzinfo=UTC) - origin
        absences = [
            (0, evening, timedelta(hours=5, minutes=5), AbsenceKind.LEAVE),
            (1, evening, timedelta(hours=4, minutes=45), AbsenceKind.LEAVE),
        ]
        with db.session_scope(opened.engine) as s:
            plan(s, made, monday, shifts, absences, [])
        found, expected = read_both(opened.engine, made, monday, (None, None, None), 0)
        assert found == expected
        assert [(v.kind, v.person_id) for v in found.violations] == [
            (ViolationKind.ABSENT, made.people[0])
        ]
        on_sqlite.test_a_dense_week_breaks_every_rule_and_both_agree(opened.engine, made)
    finally:
        opened.engine.dispose()
