"""The Cases section's combined operations: the list with its badge and choices in one session."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from console.services.access import PermissionDenied
from console.services.cases import casework, operations, people_met, referrals
from console.services.cases.casework import CaseDraft, CaseFilter
from tests.services.casework_world import (
    ROME,
    TODAY,
    E,
    M,
    S,
    World,
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
    assert [s.id for s in data.choices.subjects] == [subject.id]

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
    assert choices.subjects == ()
    assert choices.zones  # the rest is offered as to anyone who sees the calendar
    with pytest.raises(PermissionDenied):  # and the cases themselves are not theirs
        run(engine, operations.load_cases, world.actor(M), CaseFilter(), TODAY, ROME)
