"""The retention run and an erasure on PostgreSQL: the same counts as the preview, the same
figures of a past period before and after, the search forgets the words, and the tables are
compacted (VACUUM FULL, as the database owner) so no dead row keeps the old text."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from console import db
from console.models import Role
from console.services import funding
from console.services.cases import casework
from console.services.reporting.periods import Period
from console.services.reporting.summary import activity_summary
from console.services.retention import erasure, run
from console.services.retention.rules import Outcome
from tests.pg.test_postgresql import throwaway_database
from tests.services import retention_world
from tests.services.retention_world import AS_OF, World

pytestmark = pytest.mark.pg

ROME = ZoneInfo("Europe/Rome")
PAST = Period(date(2026, 10, 1), date(2026, 11, 22))


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    with throwaway_database() as url:
        built = retention_world.build_at(url, tmp_path / "unused.db")
        yield built
        built.engine.dispose()


def _figures(world: World) -> tuple[object, object]:
    manager = world.actors[Role.MANAGER]
    with db.session_scope(world.engine) as s:
        return (
            activity_summary(s, manager, PAST, tz=ROME, threshold=1),
            funding.funding_report(s, manager, PAST.start, PAST.end, tz=ROME, threshold=1),
        )


def test_the_run_on_postgresql(world: World) -> None:
    admin = world.actors[Role.ADMIN]
    coordinator = world.actors[Role.COORDINATOR]
    before = _figures(world)
    with db.read_scope(world.engine) as s:
        preview = run.preview_retention(s, admin, AS_OF)
    with db.session_scope(world.engine) as s:
        assert casework.search(s, coordinator, retention_world.NOTE_WORD)
    with db.session_scope(world.engine) as s:
        applied = run.apply_retention(s, admin, AS_OF)
    assert applied.counts() == preview.counts() and applied.total > 0
    cleanup = run.finish_run(world.engine, AS_OF, None)
    assert cleanup.compacted and cleanup.backups_removed == ()
    assert _figures(world) == before
    with db.session_scope(world.engine) as s:
        assert casework.search(s, coordinator, retention_world.NOTE_WORD) == ()
        after = run.preview_retention(s, admin, AS_OF)
    assert all(k.count == 0 for k in after.kinds if k.outcome is not Outcome.KEPT)
    with world.engine.connect() as conn:
        found = conn.execute(
            text("SELECT count(*) FROM case_notes WHERE body LIKE :w"),
            {"w": f"%{retention_world.NOTE_WORD}%"},
        ).scalar_one()
    assert found == 0


def test_an_erasure_on_postgresql(world: World) -> None:
    with db.session_scope(world.engine) as s:
        done = erasure.erase_subject(s, world.actors[Role.ADMIN], world.subject_id, "art. 17")
    assert done.cases == 1 and done.notes == 3
    db.compact(world.engine, ("subjects", "case_notes", "cases"))
    with db.session_scope(world.engine) as s:
        hits = casework.search(s, world.actors[Role.COORDINATOR], retention_world.NOTE_WORD)
    assert hits == ()
