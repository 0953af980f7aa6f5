"""The weeks ``week_engine`` keeps, on PostgreSQL: the stamp is the snapshot (see
``db.change_stamp``), the scenarios those of tests/services/test_week_reads_kept.py."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from tests.pg.test_postgresql import pg, pg_url  # noqa: F401 - fixtures
from tests.services import test_week_reads_kept as kept


@pytest.mark.parametrize("scenario", kept.SCENARIOS, ids=lambda scenario: scenario.__name__)
def test_postgresql_keeps_weeks_as_sqlite_does(pg: Engine, scenario) -> None:  # noqa: F811
    scenario(pg)
