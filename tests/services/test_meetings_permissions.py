"""Who may do what with meetings: every role against every meetings operation, through the
services, and the organization-scoped rule for updating an action.

The expected table is written here from the issue, independently of access.PERMISSIONS: who
prepares (coordinators), who runs (coordinators), who writes minutes (the partners), who
approves (coordinators), who reads (the partners and managers, managers the shared content
only), who updates an action (its owner, their organization, a coordinator). Each call runs in
its own session, rolled back, so the cases do not depend on each other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from console import db
from console.models import ActionStatus, AgendaKind, AuditEvent, Role
from console.services import access
from console.services.access import Action, PermissionDenied
from console.services.cases.case_common import Refused
from console.services.meetings import (
    actions,
    agenda,
    attendance,
    decisions,
    document,
    meetings,
    minutes,
    room,
)
from console.services.meetings.rows import ActionDraft, ActionFilter, MeetingDraft
from console.services.planning.shift_edits import ShiftDraft
from tests.services.casework_world import ROLES, TODAY, run
from tests.services.meetings_world import (
    HELD_AT,
    SHARED,
    World,
    held_meeting,
    make_world,
    plan_meeting,
)

ROLE_OF = {
    "A": Role.ADMIN,
    "C": Role.COORDINATOR,
    "E": Role.EDUCATOR,
    "O": Role.OFFICER,
    "S": Role.SOCIAL_WORKER,
    "M": Role.MANAGER,
}
EXPECTED: dict[Action, str] = {
    Action.VIEW_MEETINGS: "CEOSM",
    Action.PREPARE_MEETINGS: "C",
    Action.RUN_MEETINGS: "C",
    Action.WRITE_MINUTES: "CEOS",
    Action.APPROVE_MINUTES: "C",
    Action.UPDATE_ACTIONS: "CEOS",
}
MEETING_ACTIONS = set(EXPECTED)


@dataclass(frozen=True)
class Setting:
    engine: Engine
    world: World
    planned: int  # a planned meeting, the coordinator recorded as present
    planned_item: int
    held: int  # a meeting under way
    zone_item: int
    case_item: int
    decision: int
    action: int  # owned by the cooperative's educator
    entry: int


@pytest.fixture(scope="module")
def setting(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Setting]:
    path: Path = tmp_path_factory.mktemp("meeting-permissions") / "console.db"
    engine = db.open_database(db.sqlite_url(path)).engine
    world = make_world(engine)
    c = world.actor(Role.COORDINATOR)
    planned = plan_meeting(engine, world, held_at=HELD_AT + timedelta(days=7))
    run(engine, attendance.record_attendance, c, planned, c.person_id, True, True)
    planned_item = run(engine, agenda.add_agenda_item, c, planned, "Varie").id
    held = held_meeting(engine, world)
    zone_item = run(
        engine, agenda.add_agenda_item, c, held, "Marconi", AgendaKind.ZONE, world.zones["marconi"]
    ).id
    case_item = run(
        engine, agenda.add_agenda_item, c, held, "Panchine", AgendaKind.CASE, None, world.case_id
    ).id
    decision = run(engine, decisions.record_decision, c, held, zone_item, "Turno", SHARED).id
    draft = ActionDraft("Chiamare il comitato", world.person(Role.EDUCATOR), None, TODAY)
    action = run(engine, actions.add_action, c, held, draft).id
    entry = run(engine, minutes.add_minute_entry, c, held, zone_item, "Discusso", SHARED).id
    yield Setting(
        engine, world, planned, planned_item, held, zone_item, case_item, decision, action, entry
    )
    engine.dispose()


def _version(s: Session, model: Any, row_id: int) -> int:
    return s.get_one(model, row_id).version_id


def _meeting_version(s: Session, meeting_id: int) -> int:
    from console.models import Meeting

    return _version(s, Meeting, meeting_id)


def _item_version(s: Session, item_id: int) -> int:
    from console.models import AgendaItem

    return _version(s, AgendaItem, item_id)


def _item_row(s: Session, item_id: int) -> Any:
    """The row of an agenda item as the views hold it (to put it back)."""
    from console.models import AgendaItem
    from console.services.meetings.build import agenda_rows

    return agenda_rows(s, access.COMMAND_LINE, [s.get_one(AgendaItem, item_id)])[0]


def _action_version(s: Session, action_id: int) -> int:
    from console.models import ActionItem

    return _version(s, ActionItem, action_id)


def _case_version(s: Session, case_id: int) -> int:
    from console.models import Case

    return _version(s, Case, case_id)


def _own_action(s: Session, a: access.Actor, w: Setting) -> int:
    """An action owned by the actor (added by a coordinator), so only the role decides."""
    owner = a.person_id
    draft = ActionDraft("Verificare", owner, None, TODAY)
    coordinator = w.world.actor(Role.COORDINATOR)
    return actions.add_action(s, coordinator, w.held, draft).id


Call = Callable[[Session, access.Actor, Setting], Any]
# (operation, the action it needs, a preparation run as a coordinator, the call)
OPERATIONS: list[tuple[str, Action, Call | None, Call]] = [
    ("list_meetings", Action.VIEW_MEETINGS, None, lambda s, a, w: meetings.list_meetings(s, a)),
    (
        "meeting_detail",
        Action.VIEW_MEETINGS,
        None,
        lambda s, a, w: meetings.meeting_detail(s, a, w.held),
    ),
    (
        "action_tracker",
        Action.VIEW_MEETINGS,
        None,
        lambda s, a, w: actions.action_tracker(s, a, ActionFilter(), TODAY),
    ),
    (
        "my_open_actions",
        Action.VIEW_MEETINGS,
        None,
        lambda s, a, w: actions.my_open_actions(s, a, TODAY),
    ),
    (
        "item_view",
        Action.VIEW_MEETINGS,
        None,
        lambda s, a, w: room.item_view(s, a, w.held, w.zone_item),
    ),
    (
        "minutes_document",
        Action.VIEW_MEETINGS,
        None,
        lambda s, a, w: document.minutes_document(s, a, w.held, SHARED),
    ),
    (
        "create_meeting",
        Action.PREPARE_MEETINGS,
        None,
        lambda s, a, w: meetings.create_meeting(s, a, MeetingDraft("Tavolo", HELD_AT)),
    ),
    (
        "update_meeting",
        Action.PREPARE_MEETINGS,
        None,
        lambda s, a, w: meetings.update_meeting(
            s, a, w.planned, _meeting_version(s, w.planned), MeetingDraft("Nuovo", HELD_AT)
        ),
    ),
    (
        "propose_agenda",
        Action.PREPARE_MEETINGS,
        None,
        lambda s, a, w: agenda.propose_agenda(s, a, w.planned, TODAY),
    ),
    (
        "add_agenda_item",
        Action.PREPARE_MEETINGS,
        None,
        lambda s, a, w: agenda.add_agenda_item(s, a, w.planned, "Varie"),
    ),
    (
        "edit_agenda_item",
        Action.PREPARE_MEETINGS,
        None,
        lambda s, a, w: agenda.edit_agenda_item(
            s, a, w.planned_item, _item_version(s, w.planned_item), "Altro", ""
        ),
    ),
    (
        "move_agenda_item",
        Action.PREPARE_MEETINGS,
        None,
        lambda s, a, w: agenda.move_agenda_item(s, a, w.planned_item, 0),
    ),
    (
        "remove_agenda_item",
        Action.PREPARE_MEETINGS,
        None,
        lambda s, a, w: agenda.remove_agenda_item(
            s, a, w.planned_item, _item_version(s, w.planned_item)
        ),
    ),
    (
        "restore_agenda_item",
        Action.PREPARE_MEETINGS,
        None,
        lambda s, a, w: agenda.restore_agenda_item(s, a, _item_row(s, w.planned_item), 0),
    ),
    (
        "record_attendance",
        Action.RUN_MEETINGS,
        None,
        lambda s, a, w: attendance.record_attendance(
            s, a, w.planned, w.world.person(Role.OFFICER, "pl"), True, True
        ),
    ),
    (
        "start_meeting",
        Action.RUN_MEETINGS,
        None,
        lambda s, a, w: attendance.start_meeting(s, a, w.planned, "Riservatezza"),
    ),
    (
        "record_decision",
        Action.RUN_MEETINGS,
        None,
        lambda s, a, w: decisions.record_decision(s, a, w.held, w.zone_item, "Decisione", SHARED),
    ),
    (
        "decide_shift",
        Action.RUN_MEETINGS,
        None,
        lambda s, a, w: decisions.decide_shift(
            s,
            a,
            w.decision,
            ShiftDraft(
                w.world.zones["marconi"],
                HELD_AT + timedelta(days=2),
                HELD_AT + timedelta(days=2, hours=3),
            ),
        ),
    ),
    (
        "decide_case_review",
        Action.RUN_MEETINGS,
        None,
        lambda s, a, w: decisions.decide_case_review(
            s, a, w.decision, w.world.case_id, TODAY, _case_version(s, w.world.case_id)
        ),
    ),
    (
        "add_action",
        Action.RUN_MEETINGS,
        None,
        lambda s, a, w: actions.add_action(
            s, a, w.held, ActionDraft("Fare", None, w.world.orgs["coop"], None)
        ),
    ),
    (
        "edit_action",
        Action.RUN_MEETINGS,
        None,
        lambda s, a, w: actions.edit_action(
            s,
            a,
            w.action,
            _action_version(s, w.action),
            ActionDraft("Rifare", None, w.world.orgs["coop"], None),
        ),
    ),
    (
        "add_minute_entry",
        Action.WRITE_MINUTES,
        None,
        lambda s, a, w: minutes.add_minute_entry(s, a, w.held, w.zone_item, "Nota", SHARED),
    ),
    (
        "amend_minute_entry",
        Action.WRITE_MINUTES,
        None,
        lambda s, a, w: minutes.amend_minute_entry(s, a, w.entry, "Rettifica"),
    ),
    (
        "approve_minutes",
        Action.APPROVE_MINUTES,
        None,
        lambda s, a, w: minutes.approve_minutes(s, a, w.held, _meeting_version(s, w.held)),
    ),
    (
        "set_action_status",
        Action.UPDATE_ACTIONS,
        _own_action,
        lambda s, a, w, prepared: actions.set_action_status(
            s, a, prepared, _action_version(s, prepared), ActionStatus.DONE
        ),
    ),
]


def test_the_table_covers_every_meetings_action() -> None:
    assert {action for _, action, _, _ in OPERATIONS} == MEETING_ACTIONS
    assert {a for a in Action if a.value.endswith(("meetings", "minutes", "actions"))} == (
        MEETING_ACTIONS
    )
    for action, letters in EXPECTED.items():
        assert access.PERMISSIONS[action] == {ROLE_OF[x] for x in letters}, action


CASES = [
    pytest.param(name, action, prepare, call, role, id=f"{name}-{role.value}")
    for name, action, prepare, call in OPERATIONS
    for role in ROLES
]


@pytest.mark.parametrize(("name", "action", "prepare", "call", "role"), CASES)
def test_every_role_and_meetings_operation(
    setting: Setting,
    name: str,
    action: Action,
    prepare: Call | None,
    call: Callable[..., Any],
    role: Role,
) -> None:
    allowed = role in {ROLE_OF[letter] for letter in EXPECTED[action]}
    actor = setting.world.actor(role)
    assert access.can(actor, action) is allowed
    session = Session(setting.engine, expire_on_commit=False)
    try:
        extra = () if prepare is None else (prepare(session, actor, setting),)
        before = session.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1))
        if allowed:
            call(session, actor, setting, *extra)
        else:
            with pytest.raises(PermissionDenied) as refused:
                call(session, actor, setting, *extra)
            assert refused.value.action is action
            after = session.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1))
            assert after == before  # a refusal writes nothing, not even the audit
    finally:
        session.rollback()
        session.close()


# -- updating an action: its owner, their organization, or a coordinator ---------------------

# Who updates the status of an action owned by the cooperative's educator (agency: coop).
UPDATERS: dict[tuple[Role, str], bool] = {
    (Role.EDUCATOR, "coop"): True,  # the owner
    (Role.OFFICER, "coop"): True,  # the owning organization
    (Role.SOCIAL_WORKER, "coop"): True,
    (Role.COORDINATOR, "coop"): True,
    (Role.COORDINATOR, "pl"): True,  # a coordinator, of any organization
    (Role.COORDINATOR, "sst"): True,
    (Role.EDUCATOR, "pl"): False,
    (Role.OFFICER, "pl"): False,
    (Role.SOCIAL_WORKER, "sst"): False,
    (Role.EDUCATOR, "comune"): False,
    (Role.MANAGER, "coop"): False,  # no partner: the role refuses
    (Role.ADMIN, "coop"): False,
}


@pytest.mark.parametrize(("role", "org"), list(UPDATERS))
def test_an_action_is_updated_by_its_owner_their_organization_or_a_coordinator(
    setting: Setting, role: Role, org: str
) -> None:
    actor = setting.world.actor(role, org)
    session = Session(setting.engine, expire_on_commit=False)
    try:
        version = _action_version(session, setting.action)
        if UPDATERS[(role, org)]:
            row = actions.set_action_status(
                session, actor, setting.action, version, ActionStatus.NOT_DONE, "Nessun riscontro"
            )
            assert row.status is ActionStatus.NOT_DONE
        else:
            with pytest.raises(PermissionDenied) as refused:
                actions.set_action_status(
                    session, actor, setting.action, version, ActionStatus.DONE
                )
            if role in access.PARTNERS:
                assert isinstance(refused.value, Refused)
                assert refused.value.code == "action_not_yours"
    finally:
        session.rollback()
        session.close()


def test_a_manager_reads_meetings_but_changes_nothing(setting: Setting) -> None:
    manager = setting.world.actor(Role.MANAGER)
    assert access.can(manager, Action.VIEW_MEETINGS)
    writes = [a for a in MEETING_ACTIONS if a is not Action.VIEW_MEETINGS]
    assert not any(access.can(manager, a) for a in writes)
    assert [m.id for m in run(setting.engine, meetings.list_meetings, manager)] == [
        setting.planned,
        setting.held,
    ]


def test_the_command_line_lists_meetings_and_prints_minutes_but_reads_no_detail(
    setting: Setting,
) -> None:
    cli = access.COMMAND_LINE
    assert len(run(setting.engine, meetings.list_meetings, cli)) == 2
    run(setting.engine, document.minutes_document, cli, setting.held, SHARED)
    with pytest.raises(PermissionDenied):
        run(setting.engine, meetings.meeting_detail, cli, setting.held)
