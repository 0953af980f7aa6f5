"""Saving the same records at once on SQLite: every person gets a result or a clear refusal
("changed by someone else", "already has a debrief"), and no update is lost."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, update

from console import db
from console.models import Referral, Shift
from console.services.access.session_guard import run_as
from console.services.cases import casework, referrals
from console.services.cases.case_common import StaleCase
from console.services.cases.casework import CaseDraft
from console.services.planning.shift_edits import ShiftDraft, StaleShift, update_shift
from console.services.planning.week import PEOPLE_AND_ZONE
from tests.services.casework_world import C, E, S, make_shift, make_world
from tests.services.concurrent_edits import END, REASON, START, check, race


def test_people_saving_the_same_records_at_once_get_results_or_clear_refusals(
    engine: Engine,
) -> None:
    result, _world = race(engine, workers=8, seconds=4)
    check(engine, result)
    assert result.successes("shift") and result.successes("case")
    assert result.successes("debrief") and result.successes("refer")


def _bump(engine: Engine, model: type, row_id: int) -> None:
    """Someone else saves the row meanwhile: a new version."""
    with engine.begin() as conn:
        conn.execute(
            update(model).where(model.id == row_id).values(version_id=model.version_id + 1)
        )


def test_a_save_that_loses_the_race_at_the_flush_is_changed_by_someone_else(
    engine: Engine,
) -> None:
    """The version check passed on the row as read, then the UPDATE found a newer version:
    the refusal names the record (nothing read after the failed flush)."""
    world = make_world(engine)
    shift_id = make_shift(engine, world.zones["roma"], START, END, ())
    case = run_as(engine, casework.open_case, world.actor(E), CaseDraft("Giacca rossa"))
    referral = run_as(
        engine, referrals.refer_case, world.actor(E), case.id, world.orgs["y"], REASON
    )
    with db.session_scope(engine) as session:
        shift = session.get(Shift, shift_id, options=PEOPLE_AND_ZONE)  # as update_shift reads it
        assert shift is not None
        session.commit()
        _bump(engine, Shift, shift_id)
        draft = ShiftDraft(world.zones["roma"], START, END, objectives="1")
        with pytest.raises(StaleShift) as shift_refused:
            update_shift(session, world.actor(C), shift_id, draft, shift.version_id)
        session.rollback()
    assert shift_refused.value.record_id == shift_id
    with db.session_scope(engine) as session:
        row = session.get(Referral, referral.id)
        assert row is not None
        version = row.version_id
        session.commit()
        _bump(engine, Referral, referral.id)
        with pytest.raises(StaleCase) as referral_refused:
            referrals.accept_referral(session, world.actor(S, "y"), referral.id)
        session.rollback()
    assert (referral_refused.value.record_id, referral_refused.value.expected_version) == (
        referral.id,
        version,
    )
