"""Editing shifts: checking a draft, creating, changing with versions, cancelling, deleting."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import Engine

from console import db
from console.models import ShiftKind, ShiftStatus
from console.services import planning
from console.services.changes import Area, declared_writes
from console.services.planning import rules, shift_edits, week_copy
from console.services.planning.rules import ViolationKind
from console.services.planning.shift_edits import ShiftDraft, StaleShift
from console.services.planning.week import PlanningError
from tests.services.test_planning import (
    COORDINATOR,
    NOVEMBER,
    ROME,
    Team,
    at,
    create,
    draft,
    found,
    make_team,
    set_status,
    snapshot,
    week,
)


@pytest.fixture
def team(engine: Engine) -> Team:
    return make_team(engine)


# -- checking a draft ------------------------------------------------------------------------


def test_check_draft_shows_the_problems_before_saving_and_writes_nothing(
    engine: Engine, team: Team
) -> None:
    existing = create(
        engine, draft(team.roma, at("2026-11-24", 15), at("2026-11-24", 19), team.edu, team.off)
    )
    before = snapshot(engine)
    overlapping = draft(team.marconi, at("2026-11-24", 18), at("2026-11-24", 22), team.off)
    with db.session_scope(engine) as s:
        problems = shift_edits.check_draft(s, COORDINATOR, overlapping)
    assert found(problems) == [
        (ViolationKind.NO_EDUCATOR, planning.NEW_SHIFT_ID, None),
        (ViolationKind.OVERLAP, planning.NEW_SHIFT_ID, team.off),
        (ViolationKind.OVERLAP, existing.id, team.off),
    ]
    # Editing a shift: its stored version is replaced by the draft, so it does not overlap it.
    moved = draft(team.roma, at("2026-11-24", 16), at("2026-11-24", 20), team.edu, team.off)
    with db.session_scope(engine) as s:
        assert shift_edits.check_draft(s, COORDINATOR, moved, shift_id=existing.id) == []
    assert snapshot(engine) == before


def test_check_draft_counts_the_week_hours_of_the_drafted_people(
    engine: Engine, team: Team
) -> None:
    for day in ("2026-11-23", "2026-11-24"):  # 2 x 8 h of a 20 h contract
        create(engine, draft(team.roma, at(day, 14), at(day, 22), team.edu2, team.off))
    fifth = draft(team.roma, at("2026-11-26", 14), at("2026-11-26", 22), team.edu2, team.off2)
    with db.session_scope(engine) as s:
        problems = shift_edits.check_draft(s, COORDINATOR, fifth)
    assert found(problems) == [(ViolationKind.WEEKLY_HOURS, planning.NEW_SHIFT_ID, team.edu2)]
    assert problems[0].hours == pytest.approx(24)


# -- creating and editing --------------------------------------------------------------------


def test_create_shift_makes_a_draft_at_version_one(engine: Engine, team: Team) -> None:
    row = create(
        engine,
        draft(
            team.roma,
            at("2026-11-24", 18),
            at("2026-11-24", 22),
            team.off,
            team.edu,
            team.off,
            objectives="Benches by the fountain",
        ),
    )
    assert row.status is ShiftStatus.DRAFT and row.version_id == 1
    assert [p.id for p in row.people] == [team.edu, team.off]  # duplicates dropped
    assert week(engine).shifts == (row,)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"zone_id": 999}, "zone 999 does not exist"),
        ({"person_ids": (999,)}, "person 999 does not exist"),
        ({"person_ids": ("inactive",)}, "Ivo Fermi is no longer active"),
        ({"person_ids": ("leaver",)}, r"Luca Esposito has left \(on 2026-03-25\)"),
        ({"person_ids": ("manager",)}, "Mario Mori .manager. is never assigned"),
    ],
)
def test_create_shift_refuses_unknown_and_unassignable_things(
    engine: Engine, team: Team, change: dict[str, Any], message: str
) -> None:
    fields: dict[str, Any] = {
        "zone_id": team.roma,
        "starts_at": at("2026-11-24", 18),
        "ends_at": at("2026-11-24", 22),
        "person_ids": (team.edu,),
    }
    fields |= change
    fields["person_ids"] = tuple(
        getattr(team, p) if isinstance(p, str) else p for p in fields["person_ids"]
    )
    with pytest.raises(PlanningError, match=message), db.session_scope(engine) as s:
        shift_edits.create_shift(s, COORDINATOR, ShiftDraft(**fields))
    assert snapshot(engine) == ((), (), ())


def test_someone_who_leaves_later_can_still_be_planned_until_then(
    engine: Engine, team: Team
) -> None:
    on_last_day = draft(team.roma, at("2026-03-25", 15), at("2026-03-25", 19), team.leaver)
    assert [p.id for p in create(engine, on_last_day).people] == [team.leaver]


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (at("2026-11-24", 18), at("2026-11-24", 15)),  # ends before it starts
        (at("2026-11-24", 18), at("2026-11-24", 18)),  # empty
        (at("2026-11-24", 10), at("2026-11-24", 22, 15)),  # more than 12 h
        (at("2026-10-24", 20), at("2026-10-25", 8)),  # 12 on the clock, 13 real
    ],
)
def test_refused_times_write_nothing(
    engine: Engine, team: Team, start: datetime, end: datetime
) -> None:
    with pytest.raises(rules.ShiftRefused), db.session_scope(engine) as s:
        shift_edits.create_shift(s, COORDINATOR, draft(team.roma, start, end, team.edu))
    assert snapshot(engine) == ((), (), ())
    shift = create(engine, draft(team.roma, at("2026-11-24", 15), at("2026-11-24", 19), team.edu))
    before = snapshot(engine)
    with pytest.raises(rules.ShiftRefused), db.session_scope(engine) as s:
        shift_edits.update_shift(s, COORDINATOR, shift.id, draft(team.roma, start, end), 1)
    assert snapshot(engine) == before


def test_every_change_bumps_the_version_even_of_the_people_alone(
    engine: Engine, team: Team
) -> None:
    base = draft(team.roma, at("2026-11-24", 15), at("2026-11-24", 19), team.edu, team.off)
    row = create(engine, base)
    steps: list[tuple[str, Callable[[Any, planning.ShiftRow], planning.ShiftRow]]] = []

    def edit(**change: Any) -> Callable[[Any, planning.ShiftRow], planning.ShiftRow]:
        def apply(s: Any, current: planning.ShiftRow) -> planning.ShiftRow:
            wanted = ShiftDraft(
                change.get("zone_id", current.zone_id),
                change.get("starts_at", current.starts_at),
                change.get("ends_at", current.ends_at),
                change.get("kind", current.kind),
                change.get("objectives", current.objectives),
                change.get("person_ids", tuple(p.id for p in current.people)),
            )
            return shift_edits.update_shift(s, COORDINATOR, current.id, wanted, current.version_id)

        return apply

    steps = [
        ("move", edit(starts_at=at("2026-11-25", 15), ends_at=at("2026-11-25", 19))),
        ("resize", edit(ends_at=at("2026-11-25", 21))),
        ("zone", edit(zone_id=team.marconi)),
        ("kind", edit(kind=ShiftKind.OUTREACH)),
        ("objectives", edit(objectives="Talk to the shopkeepers")),
        ("add a person", edit(person_ids=(team.edu, team.off, team.off2))),
        ("remove a person", edit(person_ids=(team.edu, team.off2))),
        ("swap people", edit(person_ids=(team.edu2, team.off2))),
        ("cancel", lambda s, r: shift_edits.cancel_shift(s, COORDINATOR, r.id, r.version_id)),
        (
            "restore",
            lambda s, r: shift_edits.restore_shift(s, COORDINATOR, r.id, ShiftStatus.DRAFT),
        ),
    ]
    for name, step in steps:
        with db.session_scope(engine) as s:
            changed = step(s, row)
        stored = week(engine).shifts[0]
        assert changed == stored, name
        assert stored.version_id == row.version_id + 1, name
        row = stored
    assert [p.id for p in row.people] == [team.edu2, team.off2]
    assert (row.zone_id, row.kind, row.objectives) == (
        team.marconi,
        ShiftKind.OUTREACH,
        "Talk to the shopkeepers",
    )
    with db.session_scope(engine) as s:
        week_copy.publish_week(s, COORDINATOR, NOVEMBER, ROME)
    assert week(engine).shifts[0].version_id == row.version_id + 1


def test_an_update_that_changes_nothing_keeps_the_version(engine: Engine, team: Team) -> None:
    same = draft(team.roma, at("2026-11-24", 15), at("2026-11-24", 19), team.off, team.edu)
    row = create(engine, same)
    with db.session_scope(engine) as s:
        assert shift_edits.update_shift(s, COORDINATOR, row.id, same, 1).version_id == 1


def test_a_stale_update_raises_and_changes_nothing(engine: Engine, team: Team) -> None:
    row = create(engine, draft(team.roma, at("2026-11-24", 15), at("2026-11-24", 19), team.edu))
    moved = draft(team.roma, at("2026-11-24", 16), at("2026-11-24", 20), team.edu)
    with db.session_scope(engine) as s:
        newer = shift_edits.update_shift(s, COORDINATOR, row.id, moved, 1)
    before = snapshot(engine)
    other = draft(team.marconi, at("2026-11-25", 9), at("2026-11-25", 12), team.off)
    with pytest.raises(StaleShift) as stale, db.session_scope(engine) as s:
        shift_edits.update_shift(s, COORDINATOR, row.id, other, 1)
    assert stale.value.current == newer and stale.value.expected_version == 1
    assert "changed by someone else" in str(stale.value)
    with pytest.raises(StaleShift), db.session_scope(engine) as s:
        shift_edits.cancel_shift(s, COORDINATOR, row.id, 1)
    assert snapshot(engine) == before


def test_published_shifts_may_change_cancelled_and_done_ones_may_not(
    engine: Engine, team: Team
) -> None:
    row = create(engine, draft(team.roma, at("2026-11-24", 15), at("2026-11-24", 19), team.edu))
    set_status(engine, row.id, ShiftStatus.PUBLISHED)
    later = draft(team.roma, at("2026-11-24", 16), at("2026-11-24", 20), team.edu)
    with db.session_scope(engine) as s:
        row = shift_edits.update_shift(s, COORDINATOR, row.id, later, 2)
    assert row.status is ShiftStatus.PUBLISHED and row.starts_at == at("2026-11-24", 16)
    for status in (ShiftStatus.CANCELLED, ShiftStatus.DONE):
        set_status(engine, row.id, status)
        version = week(engine).shifts[0].version_id
        with (
            pytest.raises(PlanningError, match=f"a {status} shift cannot be edited"),
            db.session_scope(engine) as s,
        ):
            shift_edits.update_shift(s, COORDINATOR, row.id, later, version)
        with (
            pytest.raises(PlanningError, match=f"a {status} shift cannot be cancelled"),
            db.session_scope(engine) as s,
        ):
            shift_edits.cancel_shift(s, COORDINATOR, row.id, version)


def test_cancel_keeps_the_row_and_restore_brings_back_the_status(
    engine: Engine, team: Team
) -> None:
    row = create(engine, draft(team.roma, at("2026-11-24", 15), at("2026-11-24", 19), team.edu))
    set_status(engine, row.id, ShiftStatus.PUBLISHED)
    with db.session_scope(engine) as s:
        cancelled = shift_edits.cancel_shift(s, COORDINATOR, row.id, 2)
    assert cancelled.status is ShiftStatus.CANCELLED
    assert week(engine).shifts == (cancelled,)
    with (
        pytest.raises(PlanningError, match="restored as draft or published"),
        db.session_scope(engine) as s,
    ):
        shift_edits.restore_shift(s, COORDINATOR, row.id, ShiftStatus.DONE)
    with db.session_scope(engine) as s:
        restored = shift_edits.restore_shift(s, COORDINATOR, row.id, ShiftStatus.PUBLISHED)
    assert restored.status is ShiftStatus.PUBLISHED
    assert restored.version_id == cancelled.version_id + 1
    with pytest.raises(PlanningError, match="is not cancelled"), db.session_scope(engine) as s:
        shift_edits.restore_shift(s, COORDINATOR, row.id, ShiftStatus.DRAFT)


def test_delete_draft_undoes_a_creation_and_only_a_draft(engine: Engine, team: Team) -> None:
    row = create(
        engine, draft(team.roma, at("2026-11-24", 15), at("2026-11-24", 19), team.edu, team.off)
    )
    with db.session_scope(engine) as s:
        shift_edits.delete_draft(s, COORDINATOR, row.id)
    assert snapshot(engine) == ((), (), ())
    with (
        pytest.raises(PlanningError, match=r"shift \d+ does not exist"),
        db.session_scope(engine) as s,
    ):
        shift_edits.delete_draft(s, COORDINATOR, row.id)
    kept = create(engine, draft(team.roma, at("2026-11-24", 15), at("2026-11-24", 19), team.edu))
    set_status(engine, kept.id, ShiftStatus.PUBLISHED)
    with (
        pytest.raises(PlanningError, match="only a draft can be deleted"),
        db.session_scope(engine) as s,
    ):
        shift_edits.delete_draft(s, COORDINATOR, kept.id)
    assert len(week(engine).shifts) == 1


def test_the_edits_declare_that_they_write_shifts_and_the_check_does_not(
    engine: Engine, team: Team
) -> None:
    row = create(engine, draft(team.roma, at("2026-11-24", 15), at("2026-11-24", 19), team.edu))
    for service in (
        shift_edits.create_shift,
        shift_edits.update_shift,
        shift_edits.cancel_shift,
        shift_edits.restore_shift,
    ):
        declared = declared_writes(service)
        assert declared is not None and declared.changes(row) == [(Area.SHIFTS, (row.id,))]
    deletion = declared_writes(shift_edits.delete_draft)
    assert deletion is not None and deletion.changes(None) == [(Area.SHIFTS, None)]
    assert declared_writes(shift_edits.check_draft) is None
