"""The Calendar's undoable edits as services: each step keeps the undo stack's book, so a later
step finds the shift (even recreated under a new id) at the version the last step wrote."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import Engine

from console import db
from console.models import ShiftStatus
from console.services.changes import Area, declared_writes
from console.services.planning import shift_edits, undoable
from console.services.planning.shift_edits import StaleShift
from console.services.planning.undoable import EditTrail, ShiftBook, draft_of
from tests.services.test_planning import (
    COORDINATOR,
    NOVEMBER,
    ROME,
    Team,
    at,
    create,
    draft,
    make_team,
    set_status,
    snapshot,
    week,
)

NEXT_WEEK = NOVEMBER + timedelta(days=7)


@pytest.fixture
def team(engine: Engine) -> Team:
    return make_team(engine)


def step(engine: Engine, operation, *args):
    """Run one step in its own session, as the runner does."""
    with db.session_scope(engine) as s:
        return operation(s, COORDINATOR, *args)


def test_a_recreated_shift_is_the_one_later_steps_mean(engine: Engine, team: Team) -> None:
    book = ShiftBook()
    first, other = EditTrail(), EditTrail()
    tuesday = draft(team.roma, at("2026-11-24", 15), at("2026-11-24", 19), team.edu, team.off)
    created = step(engine, undoable.create_shift, book, first, tuesday)
    step(engine, undoable.create_shift, book, other, replace(tuesday, zone_id=team.marconi))
    assert (first.shift_id, book.version_of(created.id)) == (created.id, 1)

    later = replace(tuesday, starts_at=at("2026-11-24", 16), ends_at=at("2026-11-24", 20))
    assert step(engine, undoable.update_shift, book, created.id, later).version_id == 2
    step(engine, undoable.update_shift, book, created.id, draft_of(created))  # its undo
    assert book.version_of(created.id) == 3

    step(engine, undoable.delete_created_shift, first)  # undo the creation
    assert first.shift_id is None
    assert [row.zone_id for row in week(engine).shifts] == [team.marconi]
    step(engine, undoable.delete_created_shift, first)  # nothing left to delete: no error

    again = step(engine, undoable.create_shift, book, first, tuesday)  # redo: a new row
    assert again.id != created.id and book.id_of(created.id) == again.id
    moved = step(engine, undoable.update_shift, book, created.id, later)  # by its old id
    assert (moved.id, moved.starts_at, moved.version_id) == (again.id, at("2026-11-24", 16), 2)


def test_a_step_after_someone_elses_change_is_stale_and_writes_nothing(
    engine: Engine, team: Team
) -> None:
    book = ShiftBook()
    row = create(engine, draft(team.roma, at("2026-11-24", 15), at("2026-11-24", 19), team.edu))
    book.saw(row)
    elsewhere = replace(draft_of(row), objectives="changed by someone else")
    with db.session_scope(engine) as s:
        shift_edits.update_shift(s, COORDINATOR, row.id, elsewhere, row.version_id)
    before = snapshot(engine)
    later = replace(draft_of(row), ends_at=at("2026-11-24", 21))
    with pytest.raises(StaleShift):
        step(engine, undoable.update_shift, book, row.id, later)
    with pytest.raises(StaleShift):
        step(engine, undoable.cancel_shift, book, row.id)
    assert snapshot(engine) == before


def test_cancel_and_restore_keep_the_book(engine: Engine, team: Team) -> None:
    book = ShiftBook()
    row = create(engine, draft(team.roma, at("2026-11-24", 15), at("2026-11-24", 19), team.edu))
    set_status(engine, row.id, ShiftStatus.PUBLISHED)
    (published,) = week(engine).shifts
    book.saw(published)  # as the command does when it is made
    cancelled = step(engine, undoable.cancel_shift, book, row.id)
    assert cancelled.status is ShiftStatus.CANCELLED
    restored = step(engine, undoable.restore_shift, book, row.id, ShiftStatus.PUBLISHED)
    assert restored.status is ShiftStatus.PUBLISHED
    assert book.version_of(row.id) == restored.version_id == published.version_id + 2
    moved = replace(draft_of(restored), ends_at=at("2026-11-24", 20))
    assert step(engine, undoable.update_shift, book, row.id, moved).ends_at == moved.ends_at


def test_unpublishing_undoes_only_what_publishing_published(engine: Engine, team: Team) -> None:
    book, trail = ShiftBook(), EditTrail()
    drafts = [
        create(engine, draft(team.roma, at(day, 15), at(day, 19), team.edu)).id
        for day in ("2026-11-24", "2026-11-25")
    ]
    already = create(engine, draft(team.roma, at("2026-11-26", 15), at("2026-11-26", 19))).id
    set_status(engine, already, ShiftStatus.PUBLISHED)

    assert step(engine, undoable.publish_week, book, trail, NOVEMBER, ROME) == 2
    assert sorted(trail.ids) == drafts
    assert {row.status for row in week(engine).shifts} == {ShiftStatus.PUBLISHED}
    assert step(engine, undoable.unpublish_week, book, trail, NOVEMBER, ROME) == 2
    statuses = {row.id: row.status for row in week(engine).shifts}
    assert statuses == {
        drafts[0]: ShiftStatus.DRAFT,
        drafts[1]: ShiftStatus.DRAFT,
        already: ShiftStatus.PUBLISHED,
    }
    # The book saw the week after each step: an edit made next expects the right version.
    for row in week(engine).shifts:
        assert book.version_of(row.id) == row.version_id


def test_removing_a_copied_week_deletes_exactly_the_copies(engine: Engine, team: Team) -> None:
    book, trail = ShiftBook(), EditTrail()
    create(engine, draft(team.roma, at("2026-11-24", 15), at("2026-11-24", 19), team.edu))
    create(engine, draft(team.marconi, at("2026-11-27", 18), at("2026-11-27", 22), team.off))
    waiting = create(engine, draft(team.roma, at("2026-12-02", 9), at("2026-12-02", 13))).id

    result = step(engine, undoable.copy_week, book, trail, NOVEMBER, NEXT_WEEK, ROME)
    copies = [row.id for row in result.created]
    assert len(copies) == 2 and trail.ids == copies
    assert all(book.version_of(shift_id) == 1 for shift_id in copies)
    assert {row.id for row in week(engine, NEXT_WEEK).shifts} == {waiting, *copies}

    assert step(engine, undoable.remove_copied_week, trail) == 2
    assert trail.ids == []
    assert [row.id for row in week(engine, NEXT_WEEK).shifts] == [waiting]
    assert len(week(engine).shifts) == 2  # the week copied from is untouched


def test_every_step_declares_that_it_writes_shifts(engine: Engine, team: Team) -> None:
    steps = (
        undoable.create_shift,
        undoable.delete_created_shift,
        undoable.update_shift,
        undoable.cancel_shift,
        undoable.restore_shift,
        undoable.publish_week,
        undoable.unpublish_week,
        undoable.copy_week,
        undoable.remove_copied_week,
    )
    for operation in steps:
        declared = declared_writes(operation)
        assert declared is not None and declared.areas == (Area.SHIFTS,), operation
    row = create(engine, draft(team.roma, at("2026-11-24", 15), at("2026-11-24", 19)))
    assert declared_writes(undoable.create_shift).changes(row) == [(Area.SHIFTS, (row.id,))]
    result = step(engine, undoable.copy_week, ShiftBook(), EditTrail(), NOVEMBER, NEXT_WEEK, ROME)
    assert declared_writes(undoable.copy_week).changes(result) == [
        (Area.SHIFTS, (result.created[0].id,))
    ]
