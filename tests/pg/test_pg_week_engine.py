"""The week's rules checked by PostgreSQL find what ``rules.check_week`` finds: a smaller run
of the random weeks of tests/services/test_week_engine.py, and its written-out edges."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine

from console import db
from tests.pg.test_postgresql import pg, pg_url  # noqa: F401 - fixtures
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
