"""Decisions recorded for an audience and turned into their effect in one step, by the service
that owns the effect (a shift, a case's review date or owner, a referral, a note, a zone's
threshold), linked back to the decision, all or nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, select

from console import db
from console.models import (
    Case,
    CaseNote,
    Decision,
    EffectKind,
    Referral,
    Role,
    Shift,
    ShiftStatus,
    Zone,
)
from console.services.access import PermissionDenied
from console.services.cases.case_common import CaseworkError
from console.services.meetings import decisions, meetings
from console.services.meetings.common import MeetingError
from console.services.planning.shift_edits import ShiftDraft
from tests.services.casework_world import TODAY, run
from tests.services.meetings_world import (
    HELD_AT,
    ORG,
    SHARED,
    World,
    held_meeting,
    make_world,
)

C, E, P, S = Role.COORDINATOR, Role.EDUCATOR, Role.OFFICER, Role.SOCIAL_WORKER
DAY = timedelta(days=1)


@pytest.fixture
def world(engine: Engine) -> World:
    return make_world(engine)


@pytest.fixture
def decision(engine: Engine, world: World) -> int:
    meeting = held_meeting(engine, world)
    row = run(engine, decisions.record_decision, world.actor(C), meeting, None, "Si decide", SHARED)
    assert (row.effect_kind, row.effect_id, row.organization_name) == (None, None, "COOP")
    return row.id


def _version(engine: Engine, model: Any, row_id: int) -> int:
    with db.session_scope(engine) as s:
        return s.get_one(model, row_id).version_id


def _effect_shift(engine: Engine, w: World, d: int) -> tuple[Any, int]:
    start = HELD_AT + 2 * DAY
    draft = ShiftDraft(
        w.zones["marconi"],
        start,
        start + timedelta(hours=4),
        person_ids=(w.person(E), w.person(P, "pl")),
    )
    row = run(engine, decisions.decide_shift, w.actor(C), d, draft)
    with db.session_scope(engine) as s:
        shift = s.get_one(Shift, row.effect_id)
        assert (shift.status, shift.zone_id, shift.starts_at) == (
            ShiftStatus.DRAFT,
            w.zones["marconi"],
            start,
        )
    return row, row.effect_id


def _effect_review(engine: Engine, w: World, d: int) -> tuple[Any, int]:
    version = _version(engine, Case, w.case_id)
    row = run(
        engine, decisions.decide_case_review, w.actor(C), d, w.case_id, TODAY + 14 * DAY, version
    )
    with db.session_scope(engine) as s:
        assert s.get_one(Case, w.case_id).next_review_on == TODAY + 14 * DAY
    return row, w.case_id


def _effect_owner(engine: Engine, w: World, d: int) -> tuple[Any, int]:
    version = _version(engine, Case, w.case_id)
    owner = w.person(S, "sst")
    row = run(engine, decisions.decide_case_owner, w.actor(C), d, w.case_id, owner, version)
    with db.session_scope(engine) as s:
        case = s.get_one(Case, w.case_id)
        assert (case.owner_id, case.organization_id) == (owner, w.orgs["sst"])
    return row, w.case_id


def _effect_referral(engine: Engine, w: World, d: int) -> tuple[Any, int]:
    row = run(
        engine,
        decisions.decide_referral,
        w.actor(C),
        d,
        w.case_id,
        w.orgs["sst"],
        "Valutazione sociale",
    )
    with db.session_scope(engine) as s:
        referral = s.get_one(Referral, row.effect_id)
        assert (referral.case_id, referral.to_organization_id) == (w.case_id, w.orgs["sst"])
    return row, row.effect_id


def _effect_note(engine: Engine, w: World, d: int) -> tuple[Any, int]:
    row = run(engine, decisions.decide_note, w.actor(C), d, w.case_id, "Deciso al tavolo", ORG)
    with db.session_scope(engine) as s:
        note = s.get_one(CaseNote, row.effect_id)
        assert (note.case_id, note.visibility, note.body) == (w.case_id, ORG, "Deciso al tavolo")
    return row, row.effect_id


def _effect_threshold(engine: Engine, w: World, d: int) -> tuple[Any, int]:
    zone = w.zones["roma"]
    row = run(
        engine,
        decisions.decide_zone_threshold,
        w.actor(C),
        d,
        zone,
        6.5,
        _version(engine, Zone, zone),
    )
    with db.session_scope(engine) as s:
        assert s.get_one(Zone, zone).review_threshold == 6.5
    return row, zone


EFFECTS: dict[EffectKind, Callable[[Engine, World, int], tuple[Any, int]]] = {
    EffectKind.SHIFT: _effect_shift,
    EffectKind.CASE_REVIEW: _effect_review,
    EffectKind.CASE_OWNER: _effect_owner,
    EffectKind.REFERRAL: _effect_referral,
    EffectKind.NOTE: _effect_note,
    EffectKind.ZONE_THRESHOLD: _effect_threshold,
}


@pytest.mark.parametrize("kind", list(EffectKind))
def test_each_decision_becomes_its_effect_and_is_linked_to_it(
    engine: Engine, world: World, decision: int, kind: EffectKind
) -> None:
    row, effect_id = EFFECTS[kind](engine, world, decision)
    assert (row.id, row.effect_kind, row.effect_id) == (decision, kind, effect_id)
    with pytest.raises(MeetingError) as refused:  # one effect per decision
        EFFECTS[kind](engine, world, decision)
    assert refused.value.code == "decision_already_effected"


def test_the_table_covers_every_effect() -> None:
    assert set(EFFECTS) == set(EffectKind)


def test_an_effect_refused_by_its_service_leaves_no_link(
    engine: Engine, world: World, decision: int
) -> None:
    with pytest.raises(CaseworkError) as refused:
        run(
            engine,
            decisions.decide_referral,
            world.actor(C),
            decision,
            world.case_id,
            world.orgs["coop"],
            "Nostro",
        )
    assert refused.value.code == "referral_to_own_organization"
    with db.session_scope(engine) as s:
        assert s.scalars(select(Referral)).all() == []
    with db.session_scope(engine) as s:
        meeting = s.get_one(Decision, decision).meeting_id
    meeting_detail = run(engine, meetings.meeting_detail, world.actor(C), meeting)
    assert [d.effect_kind for d in meeting_detail.decisions] == [None]


def test_a_decision_beyond_the_coordinator_is_not_carried_out_by_them(
    engine: Engine, world: World
) -> None:
    meeting = held_meeting(engine, world, (C, "coop"), (C, "pl"))
    own = run(engine, decisions.record_decision, world.actor(C, "pl"), meeting, None, "PL", ORG)
    with pytest.raises(PermissionDenied):
        run(engine, decisions.decide_note, world.actor(C), own.id, world.case_id, "Nota", SHARED)
