"""The activity summary on PostgreSQL equals SQLite's on the same demo: the grouped queries
(contact breakdowns summed from JSON, each row's period and week found by CASEs, each zone's
first joint shift by a correlated LIMIT 1) give the same figures on both backends. SQLite's
figures are checked against counts straight from the tables in tests/services."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from console import db
from console.models import Intervention, Role
from console.services import access, demo
from console.services.reporting.periods import Period
from console.services.reporting.summary import activity_summary
from tests.factories import ROME
from tests.pg.test_postgresql import throwaway_database

pytestmark = pytest.mark.pg

TODAY = date(2026, 11, 24)
NOW = datetime(2026, 11, 24, 11, tzinfo=UTC)
MANAGER = access.Actor(None, None, None, Role.MANAGER, "manager")
PERIODS = (  # the demo begins on 2 November 2026
    Period(date(2026, 11, 16), date(2026, 11, 23)),  # with the previous eight days
    Period(date(2026, 11, 1), date(2026, 11, 30)),  # none before it: read alone
)


def seeded(engine: Engine) -> Engine:
    with db.session_scope(engine) as session:
        demo.seed_demo(session, today=TODAY)
    with db.session_scope(engine) as session:  # breakdowns on some debriefs, as recorded
        for index, debrief in enumerate(
            session.scalars(select(Intervention).order_by(Intervention.id))
        ):
            n = debrief.contacts_count
            if index % 2 == 0 and n >= 2:
                debrief.contacts_breakdown = {
                    "age_band": {"18-30": n // 2, ">50": 1},
                    "gender": {"f": 1, "m": n - 1},
                }
    return engine


@pytest.fixture
def engines(tmp_path: Path) -> Iterator[tuple[Engine, Engine]]:
    with throwaway_database() as url:
        server = db.open_database(url).engine
        local = db.open_database(db.sqlite_url(tmp_path / "console.db")).engine
        try:
            yield seeded(server), seeded(local)
        finally:
            server.dispose()
            local.dispose()


def test_the_summary_is_the_same_on_both_backends(engines: tuple[Engine, Engine]) -> None:
    server, local = engines
    for period in PERIODS:
        for zone_id in (None, 1):
            got = []
            for engine in (server, local):
                with db.read_scope(engine) as session:
                    got.append(
                        activity_summary(
                            session, MANAGER, period, zone_id=zone_id, tz=ROME, threshold=1, now=NOW
                        )
                    )
            on_server, on_sqlite = got
            assert on_server == on_sqlite, (period, zone_id)
            # The first period is read with the one before it, the second alone.
            assert (on_sqlite.previous_period is None) == (period == PERIODS[1])
    assert on_sqlite.figures.outings > 0
    assert any(c.value for k, c in on_sqlite.figures.contacts_by_age.items() if k != "not_recorded")
