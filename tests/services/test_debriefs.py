"""Debriefs: recording from a shift or on its own, checks, editing, who reads them, hours."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine

from console import db
from console.models import Role, Shift, ShiftStatus
from console.services.access import PermissionDenied
from console.services.cases import debriefs, people_met
from console.services.cases.case_common import StaleCase
from console.services.cases.debriefs import DebriefDraft, DebriefError, DebriefExists
from tests.services.casework_world import (
    ROLES,
    C,
    E,
    P,
    S,
    World,
    at,
    audit_entries,
    audit_text,
    last_audit_id,
    make_shift,
    make_world,
    run,
)

RECORDERS = {C, E, P}  # access: RECORD_DEBRIEFS
READERS = {C, E, P, S}  # the partners read outcomes; managers see aggregates only
OUTCOME = "Mediazione riuscita tra i due gruppi alle panchine"
START, END = at("2026-11-24", 18), at("2026-11-24", 22)


@pytest.fixture
def world(engine: Engine) -> World:
    return make_world(engine)


def people(world: World) -> tuple[int, int]:
    return (world.actor(E).person_id or 0, world.actor(P).person_id or 0)


def draft(world: World, **changes: Any) -> DebriefDraft:
    base = DebriefDraft(
        zone_id=world.zones["roma"],
        started_at=START,
        ended_at=END,
        participant_ids=people(world),
        types=("presence", "mediation"),
        contacts_count=8,
        contacts_breakdown={"age_band": {"<18": 3, "18-30": 5}, "gender": {"f": 2, "m": 6}},
        outcome=OUTCOME,
        follow_up="Incontro con il comitato",
    )
    return replace(base, **changes)


def shift(engine: Engine, world: World, status: ShiftStatus = ShiftStatus.PUBLISHED) -> int:
    return make_shift(engine, world.zones["roma"], START, END, people(world), status)


# -- recording -------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_who_records_a_debrief(engine: Engine, world: World, role: Role) -> None:
    actor = world.actor(role)
    if role not in RECORDERS:
        with pytest.raises(PermissionDenied):
            run(engine, debriefs.record_debrief, actor, draft(world))
        return
    row = run(engine, debriefs.record_debrief, actor, draft(world))
    assert row.hours == 4 and row.types == ("presence", "mediation")
    assert [p.short_name for p in row.participants] == ["E. X", "O. X"]


def test_a_draft_from_a_shift_is_prefilled_and_recording_it_marks_the_shift_done(
    engine: Engine, world: World
) -> None:
    shift_id = shift(engine, world)
    educator = world.actor(E)
    prefilled = run(engine, debriefs.draft_for_shift, educator, shift_id)
    assert (prefilled.zone_id, prefilled.started_at, prefilled.ended_at) == (
        world.zones["roma"],
        START,
        END,
    )
    assert set(prefilled.participant_ids) == set(people(world))
    assert prefilled.shift_id == shift_id
    done = replace(prefilled, types=("presence",), ended_at=END + timedelta(minutes=30))
    row = run(engine, debriefs.record_debrief, educator, done)
    assert row.shift_id == shift_id and row.hours == 4.5
    with db.session_scope(engine) as s:
        recorded = s.get_one(Shift, shift_id)
        assert (recorded.status, recorded.version_id) == (ShiftStatus.DONE, 2)
    assert run(engine, debriefs.debrief_for_shift, educator, shift_id) == row


def test_a_shift_has_one_debrief(engine: Engine, world: World) -> None:
    shift_id = shift(engine, world)
    educator = world.actor(E)
    first = run(engine, debriefs.record_debrief, educator, draft(world, shift_id=shift_id))
    with pytest.raises(DebriefExists, match=f"already has a debrief .debrief {first.id}.") as err:
        run(engine, debriefs.record_debrief, world.actor(P), draft(world, shift_id=shift_id))
    assert err.value.debrief_id == first.id
    assert (err.value.code, err.value.params) == (
        "debrief_exists",
        {"shift": shift_id, "debrief": first.id},
    )
    with pytest.raises(DebriefExists):
        run(engine, debriefs.draft_for_shift, educator, shift_id)


def test_a_cancelled_shift_takes_no_debrief(engine: Engine, world: World) -> None:
    shift_id = shift(engine, world, ShiftStatus.CANCELLED)
    with pytest.raises(DebriefError, match="cancelled"):
        run(engine, debriefs.record_debrief, world.actor(E), draft(world, shift_id=shift_id))


@pytest.mark.parametrize(
    ("changes", "message", "code"),
    [
        ({"ended_at": START}, "end after it starts", "debrief_ends_before_start"),
        (
            {"ended_at": START - timedelta(hours=1)},
            "end after it starts",
            "debrief_ends_before_start",
        ),
        (
            {"ended_at": START + timedelta(hours=16, minutes=1)},
            "at most 16 hours",
            "debrief_too_long",
        ),
        ({"started_at": datetime(2026, 11, 24, 18)}, "time zone", "debrief_time_zone_missing"),
        ({"zone_id": 999}, "zone 999 does not exist", "not_found"),
        ({"participant_ids": ()}, "at least one participant", "debrief_participant_required"),
        ({"participant_ids": (999,)}, "person 999 does not exist", "not_found"),
        ({"subject_ids": (999,)}, "person met 999 does not exist", "not_found"),
        ({"types": ()}, "at least one thing", "debrief_kind_of_work_required"),
        (
            {"types": ("presence", "arrest")},
            "unknown kind of work: arrest",
            "debrief_unknown_kind_of_work",
        ),
        ({"contacts_count": -1}, "whole number", "debrief_contacts_out_of_range"),
        (
            {"contacts_breakdown": {"age_band": {"<18": 9}}},
            "adds up to more than the 8",
            "debrief_age_bands_exceed_contacts",
        ),
        (
            {"contacts_breakdown": {"gender": {"f": 5, "m": 4}}},
            "adds up to more than the 8",
            "debrief_genders_exceed_contacts",
        ),
        (
            {"contacts_breakdown": {"age_band": {"12": 1}}},
            "unknown age band: 12",
            "debrief_unknown_age_band",
        ),
        ({"contacts_breakdown": {"mood": {"ok": 1}}}, "unknown split", "debrief_unknown_split"),
        (
            {"contacts_breakdown": {"gender": {"f": -1}}},
            "whole numbers",
            "debrief_split_not_whole",
        ),
        ({"outcome": "x" * 5001}, "at most 5000", "debrief_outcome_too_long"),
        ({"shift_id": 999}, "shift 999 does not exist", "not_found"),
    ],
)
def test_a_debrief_that_cannot_be_right_is_refused_and_nothing_is_written(
    engine: Engine, world: World, changes: dict[str, Any], message: str, code: str
) -> None:
    since = last_audit_id(engine)
    with pytest.raises(DebriefError, match=message) as refused:
        run(engine, debriefs.record_debrief, world.actor(E), draft(world, **changes))
    assert refused.value.code == code
    assert audit_entries(engine, since) == []


def test_sixteen_hours_is_the_longest_outing_and_the_split_may_be_partial(
    engine: Engine, world: World
) -> None:
    long = draft(
        world,
        ended_at=START + timedelta(hours=16),
        contacts_breakdown={"gender": {"other": 1}, "age_band": {}},
    )
    row = run(engine, debriefs.record_debrief, world.actor(C), long)
    assert row.hours == 16
    assert row.contacts_breakdown == {"gender": {"f": 0, "m": 0, "other": 1}}


# -- editing ---------------------------------------------------------------------------------


def test_editing_a_debrief_uses_its_version(engine: Engine, world: World) -> None:
    educator = world.actor(E)
    subject = run(engine, people_met.create_subject, educator, alias="Giacca rossa")
    row = run(engine, debriefs.record_debrief, educator, draft(world))
    changed = replace(row.draft(), participant_ids=people(world)[:1], subject_ids=(subject.id,))
    updated = run(engine, debriefs.update_debrief, educator, row.id, changed, row.version_id)
    assert updated.version_id == row.version_id + 1
    assert [p.person_id for p in updated.participants] == [people(world)[0]]
    assert updated.subject_ids == (subject.id,)
    with pytest.raises(StaleCase, match="reload"):
        run(engine, debriefs.update_debrief, educator, row.id, changed, row.version_id)
    same = run(engine, debriefs.update_debrief, educator, row.id, updated.draft(), 2)
    assert same.version_id == 2  # nothing changed, nothing written


def test_a_debrief_stays_with_its_shift(engine: Engine, world: World) -> None:
    row = run(engine, debriefs.record_debrief, world.actor(E), draft(world))
    moved = replace(row.draft(), shift_id=shift(engine, world))
    with pytest.raises(DebriefError, match="stays with"):
        run(engine, debriefs.update_debrief, world.actor(E), row.id, moved, row.version_id)


# -- reading ---------------------------------------------------------------------------------


@pytest.mark.parametrize("role", ROLES)
def test_outcomes_are_for_partners_and_hours_for_everyone(
    engine: Engine, world: World, role: Role
) -> None:
    run(engine, debriefs.record_debrief, world.actor(E), draft(world))
    run(
        engine,
        debriefs.record_debrief,
        world.actor(P),
        draft(world, zone_id=world.zones["marconi"], ended_at=START + timedelta(hours=2)),
    )
    actor = world.actor(role, "y")
    period = (datetime(2026, 11, 23, tzinfo=UTC), datetime(2026, 11, 30, tzinfo=UTC))
    hours = run(engine, debriefs.presence_hours, actor, *period)
    assert hours == {world.zones["roma"]: 4.0, world.zones["marconi"]: 2.0}
    if role not in READERS:
        with pytest.raises(PermissionDenied):
            run(engine, debriefs.debriefs_in_period, actor, *period)
        return
    rows = run(engine, debriefs.debriefs_in_period, actor, *period)
    assert [r.outcome for r in rows] == [OUTCOME, OUTCOME]
    only_roma = run(
        engine, debriefs.debriefs_in_period, actor, *period, zone_id=world.zones["roma"]
    )
    assert [r.zone_name for r in only_roma] == ["Piazza Roma"]
    later = run(
        engine, debriefs.debriefs_in_period, actor, period[1], period[1] + timedelta(days=7)
    )
    assert later == []


def test_writes_are_audited_without_the_outcome_and_follow_up(engine: Engine, world: World) -> None:
    shift_id = shift(engine, world)
    since = last_audit_id(engine)
    row = run(engine, debriefs.record_debrief, world.actor(E), draft(world, shift_id=shift_id))
    new = replace(row.draft(), outcome="Nessun contatto: piazza vuota per la pioggia")
    run(engine, debriefs.update_debrief, world.actor(E), row.id, new, row.version_id)
    assert audit_entries(engine, since) == [
        ("create", "interventions", str(row.id)),
        ("update", "shifts", str(shift_id)),
        ("update", "interventions", str(row.id)),
    ]
    text = audit_text(engine)
    for secret in (OUTCOME, "Incontro con il comitato", "pioggia"):
        assert secret not in text
    assert '"outcome": ["(not recorded)", "(not recorded)"]' in text
