"""A meeting's life: prepared (planned), started once everyone present acknowledged the
confidentiality statement (held), its minutes approved (closed); after that nothing changes but
amendments to the minutes and the status of its actions. Stale versions are refused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, select

from console import db
from console.models import (
    ActionStatus,
    AgendaItem,
    AgendaKind,
    Meeting,
    MeetingStatus,
    MinuteEntry,
    Person,
    Role,
)
from console.services import access
from console.services.access import PermissionDenied
from console.services.errors import Refusal
from console.services.meetings import (
    actions,
    agenda,
    attendance,
    decisions,
    meetings,
    minutes,
)
from console.services.meetings.build import agenda_rows
from console.services.meetings.common import MeetingError, StaleMeeting
from console.services.meetings.rows import ActionDraft, MeetingDraft
from console.services.planning.shift_edits import ShiftDraft
from tests.services.casework_world import TODAY, run
from tests.services.meetings_world import (
    HELD_AT,
    SHARED,
    SOCIAL,
    STATEMENT,
    World,
    held_meeting,
    make_world,
    plan_meeting,
    start_meeting,
)

C, E, P, S = Role.COORDINATOR, Role.EDUCATOR, Role.OFFICER, Role.SOCIAL_WORKER
DAY = timedelta(days=1)


@pytest.fixture
def world(engine: Engine) -> World:
    return make_world(engine)


def _version(engine: Engine, meeting_id: int) -> int:
    with db.session_scope(engine) as s:
        return s.get_one(Meeting, meeting_id).version_id


def _code(exc: pytest.ExceptionInfo[MeetingError]) -> str:
    return exc.value.code


# -- preparing -------------------------------------------------------------------------------


def test_the_next_meeting_is_on_top_then_the_past_newest_first(
    engine: Engine, world: World
) -> None:
    far = plan_meeting(engine, world, held_at=HELD_AT + 14 * DAY, title="Fra due settimane")
    near = plan_meeting(engine, world, held_at=HELD_AT + 7 * DAY, title="Prossima")
    old = held_meeting(engine, world, held_at=HELD_AT - 14 * DAY)
    recent = held_meeting(engine, world, held_at=HELD_AT - 7 * DAY)
    rows = run(engine, meetings.list_meetings, world.actor(E))
    assert [r.id for r in rows] == [near, far, recent, old]
    assert rows[0].organization_names == ("COMUNE", "COOP", "PL", "SST")
    assert rows[0].status is MeetingStatus.PLANNED and rows[2].status is MeetingStatus.HELD
    with db.session_scope(engine) as s:
        assert meetings.last_meeting_before(s, HELD_AT) == rows[2].held_at
        assert meetings.last_meeting_before(s, HELD_AT - 14 * DAY) is None


def test_a_planned_meeting_changes_its_invitations_and_keeps_attendance(
    engine: Engine, world: World
) -> None:
    coordinator = world.actor(C)
    draft = MeetingDraft(
        "Tavolo", HELD_AT, "Sala", (world.orgs["coop"],), (world.person(C), world.person(E))
    )
    row = run(engine, meetings.create_meeting, coordinator, draft)
    run(engine, attendance.record_attendance, coordinator, row.id, world.person(C), True, True)
    changed = MeetingDraft(
        "Tavolo di marzo",
        HELD_AT + DAY,
        "Municipio",
        (world.orgs["coop"], world.orgs["pl"]),
        (world.person(C), world.person(P, "pl")),
    )
    updated = run(engine, meetings.update_meeting, coordinator, row.id, row.version_id, changed)
    assert (updated.title, updated.location, updated.held_at) == (
        "Tavolo di marzo",
        "Municipio",
        HELD_AT + DAY,
    )
    assert updated.organization_ids == (world.orgs["coop"], world.orgs["pl"])
    assert {(p.person_id, p.attended) for p in updated.participants} == {
        (world.person(C), True),
        (world.person(P, "pl"), False),
    }
    assert updated.version_id > row.version_id
    with pytest.raises(StaleMeeting):
        run(engine, meetings.update_meeting, coordinator, row.id, row.version_id, changed)


def test_only_invitations_changed_is_a_new_version(engine: Engine, world: World) -> None:
    row = run(engine, meetings.create_meeting, world.actor(C), MeetingDraft("Tavolo", HELD_AT))
    again = MeetingDraft("Tavolo", HELD_AT, "", (world.orgs["pl"],))
    updated = run(engine, meetings.update_meeting, world.actor(C), row.id, row.version_id, again)
    assert updated.version_id == row.version_id + 1


@pytest.mark.parametrize(
    ("draft", "code"),
    [
        (MeetingDraft("  ", HELD_AT), "meeting_title_required"),
        (MeetingDraft("x" * 201, HELD_AT), "text_too_long"),
        (MeetingDraft("Tavolo", HELD_AT, "x" * 201), "text_too_long"),
        (MeetingDraft("Tavolo", HELD_AT, "", (999,)), "not_found"),
        (MeetingDraft("Tavolo", HELD_AT, "", (), (999,)), "not_found"),
    ],
)
def test_a_bad_draft_is_refused(
    engine: Engine, world: World, draft: MeetingDraft, code: str
) -> None:
    with pytest.raises(Refusal) as refused:
        run(engine, meetings.create_meeting, world.actor(C), draft)
    assert _code(refused) == code


def test_an_inactive_person_is_not_invited(engine: Engine, world: World) -> None:
    with db.session_scope(engine) as s:
        s.get_one(Person, world.person(E)).active = False
    draft = MeetingDraft("Tavolo", HELD_AT, "", (), (world.person(E),))
    with pytest.raises(Refusal) as refused:
        run(engine, meetings.create_meeting, world.actor(C), draft)
    assert _code(refused) == "meeting_person_inactive"
    assert refused.value.params == {"name": "Educator COOP"}


def test_a_naive_time_is_a_bug(engine: Engine, world: World) -> None:
    with pytest.raises(ValueError, match="naive"):
        run(
            engine,
            meetings.create_meeting,
            world.actor(C),
            MeetingDraft("Tavolo", HELD_AT.replace(tzinfo=None)),
        )


# -- attendance and starting ------------------------------------------------------------------


def test_a_meeting_starts_only_when_every_attendee_acknowledged(
    engine: Engine, world: World
) -> None:
    coordinator = world.actor(C)
    meeting = plan_meeting(engine, world)
    with pytest.raises(MeetingError) as refused:
        run(engine, attendance.start_meeting, coordinator, meeting, STATEMENT)
    assert _code(refused) == "meeting_nobody_attends"
    run(engine, attendance.record_attendance, coordinator, meeting, world.person(C), True, True)
    run(
        engine,
        attendance.record_attendance,
        coordinator,
        meeting,
        world.person(P, "pl"),
        True,
        False,
    )
    with pytest.raises(MeetingError) as refused:
        run(engine, attendance.start_meeting, coordinator, meeting, STATEMENT)
    assert _code(refused) == "meeting_not_acknowledged"
    assert refused.value.params == {"names": ["Officer PL"]}
    run(
        engine,
        attendance.record_attendance,
        coordinator,
        meeting,
        world.person(P, "pl"),
        True,
        True,
    )
    with pytest.raises(MeetingError) as refused:
        run(engine, attendance.start_meeting, coordinator, meeting, "   ")
    assert _code(refused) == "confidentiality_text_required"
    row = run(engine, attendance.start_meeting, coordinator, meeting, STATEMENT)
    assert row.status is MeetingStatus.HELD
    assert all(p.acknowledged_at is not None for p in row.participants if p.attended)
    with db.session_scope(engine) as s:
        assert s.get_one(Meeting, meeting).confidentiality_text == STATEMENT
    with pytest.raises(MeetingError) as refused:
        run(engine, attendance.start_meeting, coordinator, meeting, STATEMENT)
    assert _code(refused) == "meeting_already_started"


def test_acknowledging_keeps_its_first_time_and_absence_clears_it(
    engine: Engine, world: World
) -> None:
    coordinator = world.actor(C)
    meeting = plan_meeting(engine, world)
    first = run(
        engine, attendance.record_attendance, coordinator, meeting, world.person(E), True, True
    )
    again = run(
        engine, attendance.record_attendance, coordinator, meeting, world.person(E), True, True
    )
    assert first.acknowledged_at is not None and again.acknowledged_at == first.acknowledged_at
    gone = run(
        engine, attendance.record_attendance, coordinator, meeting, world.person(E), False, True
    )
    assert (gone.attended, gone.acknowledged_at) == (False, None)


def test_someone_joining_late_acknowledges_as_they_are_recorded(
    engine: Engine, world: World
) -> None:
    coordinator = world.actor(C)
    meeting = held_meeting(engine, world)
    late = world.person(S, "sst")  # not invited one by one
    with pytest.raises(MeetingError) as refused:
        run(engine, attendance.record_attendance, coordinator, meeting, late, True, False)
    assert _code(refused) == "attendance_needs_acknowledgement"
    row = run(engine, attendance.record_attendance, coordinator, meeting, late, True, True)
    assert (row.name, row.organization_name, row.attended) == ("Social_Worker SST", "SST", True)


# -- approval and what it closes -------------------------------------------------------------


def test_approval_needs_a_meeting_that_took_place(engine: Engine, world: World) -> None:
    coordinator = world.actor(C)
    meeting = plan_meeting(engine, world)
    with pytest.raises(MeetingError) as refused:
        run(engine, minutes.approve_minutes, coordinator, meeting, _version(engine, meeting))
    assert _code(refused) == "meeting_not_held"
    start_meeting(engine, world, meeting)
    stale = _version(engine, meeting) - 1
    with pytest.raises(StaleMeeting):
        run(engine, minutes.approve_minutes, coordinator, meeting, stale)
    row = run(engine, minutes.approve_minutes, coordinator, meeting, _version(engine, meeting))
    assert row.status is MeetingStatus.CLOSED and row.approved_at is not None
    with db.session_scope(engine) as s:
        assert s.get_one(Meeting, meeting).approved_by_id == coordinator.user_id
    with pytest.raises(MeetingError) as refused:
        run(engine, minutes.approve_minutes, coordinator, meeting, row.version_id)
    assert _code(refused) == "meeting_closed"


@pytest.fixture
def closed(engine: Engine, world: World) -> dict[str, int]:
    """A closed meeting with an item, a decision, an action and a paragraph."""
    c = world.actor(C)
    meeting = held_meeting(engine, world)
    item = run(engine, agenda.add_agenda_item, c, meeting, "Varie").id
    other = run(engine, agenda.add_agenda_item, c, meeting, "Altro").id
    decision = run(engine, decisions.record_decision, c, meeting, item, "Deciso", SHARED).id
    draft = ActionDraft("Fare", world.person(E), None, TODAY)
    action = run(engine, actions.add_action, c, meeting, draft).id
    entry = run(engine, minutes.add_minute_entry, c, meeting, item, "Detto", SHARED).id
    run(engine, minutes.approve_minutes, c, meeting, _version(engine, meeting))
    return {
        "meeting": meeting,
        "item": item,
        "other": other,
        "decision": decision,
        "action": action,
        "entry": entry,
    }


def _item_row(engine: Engine, item_id: int) -> Any:
    with db.session_scope(engine) as s:
        return agenda_rows(s, access.COMMAND_LINE, [s.get_one(AgendaItem, item_id)])[0]


def _item_version(engine: Engine, item_id: int) -> int:
    with db.session_scope(engine) as s:
        return s.get_one(AgendaItem, item_id).version_id


Edit = Callable[[Engine, World, dict[str, int]], Any]
EDITS: dict[str, Edit] = {
    "update_meeting": lambda e, w, m: run(
        e, meetings.update_meeting, w.actor(C), m["meeting"], _version(e, m["meeting"]),
        MeetingDraft("Nuovo", HELD_AT),
    ),
    "propose_agenda": lambda e, w, m: run(e, agenda.propose_agenda, w.actor(C), m["meeting"]),
    "add_agenda_item": lambda e, w, m: run(
        e, agenda.add_agenda_item, w.actor(C), m["meeting"], "Varie"
    ),
    "edit_agenda_item": lambda e, w, m: run(
        e, agenda.edit_agenda_item, w.actor(C), m["item"], _item_version(e, m["item"]), "X", ""
    ),
    "move_agenda_item": lambda e, w, m: run(e, agenda.move_agenda_item, w.actor(C), m["other"], 0),
    "remove_agenda_item": lambda e, w, m: run(
        e, agenda.remove_agenda_item, w.actor(C), m["other"], _item_version(e, m["other"])
    ),
    "restore_agenda_item": lambda e, w, m: run(
        e, agenda.restore_agenda_item, w.actor(C), _item_row(e, m["other"]), 0
    ),
    "record_attendance": lambda e, w, m: run(
        e, attendance.record_attendance, w.actor(C), m["meeting"], w.person(E), True, True
    ),
    "start_meeting": lambda e, w, m: run(
        e, attendance.start_meeting, w.actor(C), m["meeting"], STATEMENT
    ),
    "record_decision": lambda e, w, m: run(
        e, decisions.record_decision, w.actor(C), m["meeting"], None, "Altro", SHARED
    ),
    "decide_shift": lambda e, w, m: run(
        e, decisions.decide_shift, w.actor(C), m["decision"],
        ShiftDraft(w.zones["roma"], HELD_AT + DAY, HELD_AT + DAY + timedelta(hours=3)),
    ),
    "add_action": lambda e, w, m: run(
        e, actions.add_action, w.actor(C), m["meeting"], ActionDraft("Fare", None, None, None)
    ),
    "edit_action": lambda e, w, m: run(
        e, actions.edit_action, w.actor(C), m["action"], 1, ActionDraft("Rifare", None, None, None)
    ),
    "add_minute_entry": lambda e, w, m: run(
        e, minutes.add_minute_entry, w.actor(E), m["meeting"], None, "Aggiunta", SHARED
    ),
    "approve_minutes": lambda e, w, m: run(
        e, minutes.approve_minutes, w.actor(C), m["meeting"], _version(e, m["meeting"])
    ),
}  # fmt: skip


@pytest.mark.parametrize("edit", list(EDITS))
def test_closed_minutes_refuse_every_edit(
    engine: Engine, world: World, closed: dict[str, int], edit: str
) -> None:
    with pytest.raises(MeetingError) as refused:
        EDITS[edit](engine, world, closed)
    assert _code(refused) == "meeting_closed"


def test_closed_minutes_take_amendments_and_actions_go_on(
    engine: Engine, world: World, closed: dict[str, int]
) -> None:
    with engine.connect() as conn:
        before = conn.execute(
            select(MinuteEntry.__table__).where(MinuteEntry.id == closed["entry"])
        ).one()
    amendment = run(engine, minutes.amend_minute_entry, world.actor(E), closed["entry"], "Anzi")
    assert amendment.amends_entry_id == closed["entry"] and amendment.body == "Anzi"
    with engine.connect() as conn:
        after = conn.execute(
            select(MinuteEntry.__table__).where(MinuteEntry.id == closed["entry"])
        ).one()
    assert tuple(after) == tuple(before)  # the original is never changed
    detail = run(engine, meetings.meeting_detail, world.actor(P, "pl"), closed["meeting"])
    assert [(m.id, m.amended, m.amends_entry_id) for m in detail.minutes] == [
        (closed["entry"], True, None),
        (amendment.id, False, closed["entry"]),
    ]
    done = run(
        engine,
        actions.set_action_status,
        world.actor(E),
        closed["action"],
        1,
        ActionStatus.DONE,
    )
    assert done.status is ActionStatus.DONE and done.done_at is not None


def test_an_amendment_needs_to_read_the_original(engine: Engine, world: World) -> None:
    meeting = held_meeting(engine, world)
    social = run(
        engine,
        minutes.add_minute_entry,
        world.actor(S, "sst"),
        meeting,
        None,
        "Solo servizi sociali",
        SOCIAL,
    )
    with pytest.raises(PermissionDenied):
        run(engine, minutes.amend_minute_entry, world.actor(E), social.id, "Rettifica")
    amended = run(engine, minutes.amend_minute_entry, world.actor(S, "pl"), social.id, "Anzi")
    assert amended.audience is SOCIAL
    assert amended.organization_name == "SST"  # the same readers as the original
    with pytest.raises(MeetingError) as refused:
        run(engine, minutes.amend_minute_entry, world.actor(E), 999, "Anzi")
    assert _code(refused) == "minute_entry_not_found"


def test_minutes_can_be_drafted_while_the_meeting_is_planned(engine: Engine, world: World) -> None:
    meeting = plan_meeting(engine, world)
    row = run(engine, minutes.add_minute_entry, world.actor(E), meeting, None, "Bozza", SHARED)
    assert row.body == "Bozza" and row.author_name == "Educator COOP"


def test_decisions_and_actions_need_the_meeting_under_way(engine: Engine, world: World) -> None:
    meeting = plan_meeting(engine, world)
    with pytest.raises(MeetingError) as refused:
        run(engine, decisions.record_decision, world.actor(C), meeting, None, "Deciso", SHARED)
    assert _code(refused) == "meeting_not_held"
    with pytest.raises(MeetingError) as refused:
        draft = ActionDraft("Fare", None, world.orgs["coop"], None)
        run(engine, actions.add_action, world.actor(C), meeting, draft)
    assert _code(refused) == "meeting_not_held"


def test_texts_must_belong_to_their_meeting(engine: Engine, world: World) -> None:
    c = world.actor(C)
    meeting = held_meeting(engine, world)
    other = plan_meeting(engine, world, held_at=HELD_AT + 7 * DAY)
    foreign = run(engine, agenda.add_agenda_item, c, other, "Altrove").id
    calls = [
        lambda: run(engine, decisions.record_decision, c, meeting, foreign, "Deciso", SHARED),
        lambda: run(engine, minutes.add_minute_entry, c, meeting, foreign, "Detto", SHARED),
        lambda: run(
            engine,
            actions.add_action,
            c,
            meeting,
            ActionDraft("Fare", None, world.orgs["coop"], None, agenda_item_id=foreign),
        ),
    ]
    for call in calls:
        with pytest.raises(MeetingError) as refused:
            call()
        assert _code(refused) == "agenda_item_other_meeting"
    with pytest.raises(MeetingError) as refused:
        run(engine, decisions.record_decision, c, meeting, 999, "Deciso", SHARED)
    assert _code(refused) == "agenda_item_not_found"


def test_an_item_with_something_recorded_on_it_stays(engine: Engine, world: World) -> None:
    c = world.actor(C)
    meeting = held_meeting(engine, world)
    item = run(engine, agenda.add_agenda_item, c, meeting, "Varie", AgendaKind.OTHER)
    run(engine, minutes.add_minute_entry, c, meeting, item.id, "Detto", SHARED)
    with pytest.raises(MeetingError) as refused:
        run(engine, agenda.remove_agenda_item, c, item.id, item.version_id)
    assert _code(refused) == "agenda_item_in_use"
