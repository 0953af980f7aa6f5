"""Saving the same records at once on SQLite: every person gets a result or a clear refusal
("changed by someone else", "already has a debrief"), and no update is lost."""

from __future__ import annotations

from sqlalchemy import Engine

from tests.services.concurrent_edits import check, race


def test_people_saving_the_same_records_at_once_get_results_or_clear_refusals(
    engine: Engine,
) -> None:
    result, _world = race(engine, workers=8, seconds=4)
    check(engine, result)
    assert result.successes("shift") and result.successes("case")
    assert result.successes("debrief") and result.successes("refer")
