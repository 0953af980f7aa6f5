"""The action tracker (SafeLives MARAC): every action has an owner, an agency, a due date and a
status; an undone one is not done or impossible, with a reason; overdue ones come first; the
tracker filters by owner, agency, status, due date, meeting and "mine"; the badge counts."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine

from console import db
from console.models import ActionStatus, Person, Role
from console.services.meetings import actions
from console.services.meetings.common import MeetingError, StaleMeeting
from console.services.meetings.rows import ActionDraft, ActionFilter
from tests.services.casework_world import TODAY, run
from tests.services.meetings_world import HELD_AT, ORG, World, held_meeting, make_world

C, E, P, S = Role.COORDINATOR, Role.EDUCATOR, Role.OFFICER, Role.SOCIAL_WORKER
DAY = timedelta(days=1)


@pytest.fixture
def world(engine: Engine) -> World:
    return make_world(engine)


@pytest.fixture
def meeting(engine: Engine, world: World) -> int:
    return held_meeting(engine, world)


def _add(engine: Engine, world: World, meeting: int, text: str, **fields: Any) -> Any:
    fields.setdefault("owner_id", world.person(E))
    fields.setdefault("organization_id", None)
    fields.setdefault("due_on", None)
    return run(engine, actions.add_action, world.actor(C), meeting, ActionDraft(text, **fields))


def test_an_action_belongs_to_its_owners_agency(engine: Engine, world: World, meeting: int) -> None:
    row = _add(engine, world, meeting, "Chiamare il comitato", due_on=TODAY)
    assert (row.owner_name, row.organization_name, row.status) == (
        "Educator COOP",
        "COOP",
        ActionStatus.OPEN,
    )
    nobody = _add(engine, world, meeting, "Chiunque", owner_id=None)
    assert (nobody.owner_id, nobody.organization_id) == (None, world.orgs["coop"])
    with pytest.raises(MeetingError) as refused:
        _add(engine, world, meeting, "Altrove", organization_id=world.orgs["pl"])
    assert refused.value.code == "action_owner_outside_organization"
    with db.session_scope(engine) as s:
        s.get_one(Person, world.person(P)).active = False
    with pytest.raises(MeetingError) as refused:
        _add(engine, world, meeting, "Di chi è partito", owner_id=world.person(P))
    assert refused.value.code == "action_owner_inactive"
    with pytest.raises(MeetingError) as refused:
        _add(engine, world, meeting, "  ")
    assert refused.value.code == "action_text_required"


@pytest.mark.parametrize(
    ("status", "reason", "code"),
    [
        (ActionStatus.DONE, "", None),
        (ActionStatus.NOT_DONE, "Il comitato non ha risposto", None),
        (ActionStatus.IMPOSSIBLE, "Il parco è chiuso per lavori", None),
        (ActionStatus.NOT_DONE, "  ", "action_reason_required"),
        (ActionStatus.IMPOSSIBLE, "", "action_reason_required"),
    ],
)
def test_an_undone_action_says_why(
    engine: Engine,
    world: World,
    meeting: int,
    status: ActionStatus,
    reason: str,
    code: str | None,
) -> None:
    action = _add(engine, world, meeting, "Fare")
    educator = world.actor(E)
    if code is not None:
        with pytest.raises(MeetingError) as refused:
            run(engine, actions.set_action_status, educator, action.id, 1, status, reason)
        assert refused.value.code == code
        return
    row = run(engine, actions.set_action_status, educator, action.id, 1, status, reason)
    assert (row.status, row.status_reason) == (status, reason)
    assert row.done_at is not None  # when it left "open"
    reopened = run(
        engine, actions.set_action_status, educator, action.id, row.version_id, ActionStatus.OPEN
    )
    assert (reopened.status, reopened.status_reason, reopened.done_at) == (
        ActionStatus.OPEN,
        "",
        None,
    )
    with pytest.raises(StaleMeeting):
        run(engine, actions.set_action_status, educator, action.id, 1, ActionStatus.DONE)


def test_an_action_is_edited_until_the_minutes_are_approved(
    engine: Engine, world: World, meeting: int
) -> None:
    action = _add(engine, world, meeting, "Fare")
    draft = ActionDraft("Fare meglio", world.person(P, "pl"), None, TODAY + DAY)
    row = run(engine, actions.edit_action, world.actor(C), action.id, action.version_id, draft)
    assert (row.text, row.owner_name, row.organization_name, row.due_on) == (
        "Fare meglio",
        "Officer PL",
        "PL",
        TODAY + DAY,
    )
    with pytest.raises(StaleMeeting):
        run(engine, actions.edit_action, world.actor(C), action.id, action.version_id, draft)


def test_the_tracker_puts_overdue_actions_first_then_by_due_date(
    engine: Engine, world: World, meeting: int
) -> None:
    later = _add(engine, world, meeting, "Dopo", due_on=TODAY + 10 * DAY)
    undated = _add(engine, world, meeting, "Senza data")
    overdue = _add(engine, world, meeting, "In ritardo", due_on=TODAY - 3 * DAY)
    soon = _add(engine, world, meeting, "Presto", due_on=TODAY + DAY)
    done_late = _add(engine, world, meeting, "Fatta", due_on=TODAY - 5 * DAY)
    run(engine, actions.set_action_status, world.actor(E), done_late.id, 1, ActionStatus.DONE)
    rows = run(engine, actions.action_tracker, world.actor(P, "pl"), ActionFilter(), TODAY)
    assert [r.id for r in rows] == [overdue.id, done_late.id, soon.id, later.id, undated.id]
    assert [r.overdue for r in rows] == [True, False, False, False, False]
    assert rows[0].meeting_held_at == HELD_AT


def test_the_tracker_filters(engine: Engine, world: World, meeting: int) -> None:
    mine = _add(engine, world, meeting, "Mia", due_on=TODAY)
    police = _add(
        engine, world, meeting, "Polizia", owner_id=world.person(P, "pl"), due_on=TODAY + 20 * DAY
    )
    closed = _add(engine, world, meeting, "Chiusa", owner_id=None)
    run(
        engine,
        actions.set_action_status,
        world.actor(C),
        closed.id,
        1,
        ActionStatus.IMPOSSIBLE,
        "Non più necessaria",
    )
    other = held_meeting(engine, world, held_at=HELD_AT + 7 * DAY)
    elsewhere = _add(engine, world, other, "Altra riunione", owner_id=None)
    educator = world.actor(E)

    def ids(**filters: Any) -> list[int]:
        rows = run(engine, actions.action_tracker, educator, ActionFilter(**filters), TODAY)
        return sorted(r.id for r in rows)

    assert ids() == sorted([mine.id, police.id, closed.id, elsewhere.id])
    assert ids(mine=True) == [mine.id]
    assert ids(owner_id=world.person(P, "pl")) == [police.id]
    assert ids(organization_id=world.orgs["pl"]) == [police.id]
    assert ids(statuses=frozenset({ActionStatus.IMPOSSIBLE})) == [closed.id]
    assert ids(statuses=frozenset({ActionStatus.OPEN}), due_by=TODAY) == [mine.id]
    assert ids(meeting_id=other) == [elsewhere.id]
    assert run(engine, actions.my_open_actions, educator, TODAY) == 1
    assert run(engine, actions.my_open_actions, world.actor(P, "pl"), TODAY) == 1
    assert run(engine, actions.my_open_actions, world.actor(S, "sst"), TODAY) == 0


def test_a_restricted_action_shows_its_agency_not_its_text(
    engine: Engine, world: World, meeting: int
) -> None:
    _add(engine, world, meeting, "Solo per la cooperativa", audience=ORG, due_on=date(2026, 12, 1))
    (row,) = run(engine, actions.action_tracker, world.actor(P, "pl"), ActionFilter(), TODAY)
    assert (row.restricted, row.text, row.organization_name) == (True, None, "COOP")
    (row,) = run(engine, actions.action_tracker, world.actor(E), ActionFilter(), TODAY)
    assert (row.restricted, row.text) == (False, "Solo per la cooperativa")
