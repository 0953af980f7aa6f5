"""The combined operations of the Cases section and the debrief flow: the list with its badge and
choices, the debrief dialog's setup, a debrief recorded and linked to a case in one session."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import Engine

from console import db
from console.models import Shift, ShiftStatus
from console.services.access import PermissionDenied
from console.services.cases import casework, debriefs, operations, people_met, referrals
from console.services.cases.case_common import CaseworkError
from console.services.cases.casework import CaseDraft, CaseFilter
from tests.services.casework_world import (
    ROME,
    TODAY,
    E,
    M,
    P,
    S,
    World,
    at,
    make_shift,
    make_world,
    run,
)


@pytest.fixture
def world(engine: Engine) -> World:
    return make_world(engine)


def test_the_list_comes_with_the_badge_and_the_choices(engine: Engine, world: World) -> None:
    educator = world.actor(E)
    subject = run(engine, people_met.create_subject, educator, alias="Giacca rossa")
    case = run(engine, casework.open_case, educator, CaseDraft("Panchine", subject_id=subject.id))
    run(engine, casework.open_case, educator, CaseDraft("Cortile"))
    run(engine, referrals.refer_case, educator, case.id, world.orgs["y"], "Serve una visita")

    social_y = world.actor(S, "y")
    data = run(engine, operations.load_cases, social_y, CaseFilter(), TODAY, ROME)
    assert {row.title for row in data.rows} == {"Panchine", "Cortile"}
    assert data.incoming == 1  # the referral waits for organization Y
    assert {z.name for z in data.choices.zones} == {"Piazza Roma", "Piazza Marconi"}
    assert {o.id for o in data.choices.organizations} == set(world.orgs.values())
    assert world.actor(E, "y").person_id in {p.id for p in data.choices.people}
    assert [s.id for s in run(engine, operations.new_case_subjects, social_y)] == [subject.id]

    waiting = CaseFilter(referrals_waiting=True)
    assert [
        row.id for row in run(engine, operations.load_cases, social_y, waiting, TODAY, ROME).rows
    ] == [case.id]
    assert run(engine, operations.load_cases, educator, waiting, TODAY, ROME).incoming == 0


def test_choices_leave_out_the_people_met_for_who_may_not_see_them(
    engine: Engine, world: World
) -> None:
    run(engine, people_met.create_subject, world.actor(E), alias="Giacca rossa")
    choices = run(engine, operations.load_choices, world.actor(M), TODAY, ROME)
    assert run(engine, operations.new_case_subjects, world.actor(M)) == ()
    assert choices.zones  # the rest is offered as to anyone who sees the calendar
    with pytest.raises(PermissionDenied):  # and the cases themselves are not theirs
        run(engine, operations.load_cases, world.actor(M), CaseFilter(), TODAY, ROME)


# -- the debrief flow ----------------------------------------------------------------------------


def _shift(engine: Engine, world: World) -> int:
    people = (world.actor(E).person_id or 0, world.actor(P).person_id or 0)
    return make_shift(
        engine, world.zones["roma"], at("2026-11-24", 18), at("2026-11-24", 22), people
    )


def test_the_setup_of_a_shift_s_debrief_starts_from_the_shift(engine: Engine, world: World) -> None:
    shift_id = _shift(engine, world)
    subject = run(engine, people_met.create_subject, world.actor(E), alias="Giacca rossa")
    now = at("2026-11-25", 10)
    setup = run(engine, operations.load_setup, world.actor(E), shift_id, ROME, now)
    assert setup.draft.shift_id == shift_id
    assert (setup.draft.started_at, setup.draft.ended_at) == (
        at("2026-11-24", 18),
        at("2026-11-24", 22),
    )
    assert setup.draft.types == ("presence",)  # every outing is at least presence
    assert setup.zone_name == "Piazza Roma"
    assert {p.id for p in setup.people} >= set(setup.draft.participant_ids)
    assert [s.id for s in setup.subjects] == [subject.id]


def test_a_debrief_on_its_own_starts_as_the_two_hours_until_the_last_quarter(
    engine: Engine, world: World
) -> None:
    educator = world.actor(E)
    now = datetime(2026, 11, 25, 17, 37, 12, tzinfo=ROME)
    setup = run(engine, operations.load_setup, educator, None, ROME, now)
    draft = setup.draft
    assert draft.shift_id is None
    assert (draft.started_at, draft.ended_at) == (
        at("2026-11-25", 15, 30),
        at("2026-11-25", 17, 30),
    )
    assert draft.participant_ids == (educator.person_id,)
    assert (draft.zone_id, setup.zone_name) == (world.zones["marconi"], "Piazza Marconi")


def test_a_debrief_recorded_from_a_case_is_linked_to_it(engine: Engine, world: World) -> None:
    educator = world.actor(E)
    case = run(engine, casework.open_case, educator, CaseDraft("Panchine"))
    setup = run(engine, operations.load_setup, educator, None, ROME, at("2026-11-25", 20))
    row = run(engine, operations.record_and_link, educator, setup.draft, case.id)
    assert [d.id for d in run(engine, casework.case_detail, educator, case.id).debriefs] == [row.id]
    alone = run(engine, operations.record_and_link, educator, setup.draft, None)
    assert alone.id != row.id
    assert [d.id for d in run(engine, casework.case_detail, educator, case.id).debriefs] == [row.id]


def test_a_debrief_that_cannot_be_linked_is_not_recorded_either(
    engine: Engine, world: World
) -> None:
    educator = world.actor(E)
    shift_id = _shift(engine, world)
    setup = run(engine, operations.load_setup, educator, shift_id, ROME, at("2026-11-25", 10))
    with pytest.raises(CaseworkError, match="case 999"):
        run(engine, operations.record_and_link, educator, setup.draft, 999)
    assert run(engine, debriefs.debrief_for_shift, educator, shift_id) is None
    assert _status(engine, shift_id) is ShiftStatus.PUBLISHED
    row = run(engine, operations.record_and_link, educator, setup.draft, None)
    assert run(engine, debriefs.debrief_for_shift, educator, shift_id) == row
    assert _status(engine, shift_id) is ShiftStatus.DONE


def _status(engine: Engine, shift_id: int) -> ShiftStatus:
    with db.session_scope(engine) as s:
        return s.get_one(Shift, shift_id).status
