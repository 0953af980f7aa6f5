"""Action items (the SafeLives MARAC tracker): what is to be done, by whom (a person and their
agency), by when, and how it ended — done, not done or impossible, the last two with a reason.

Actions are added while a meeting is under way and live on after it: their status may change
after the minutes are approved, and every open one comes back on the next meeting's agenda.
The status is changed by the owner, someone of the owning agency, or a coordinator.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from console.models import (
    ActionItem,
    ActionStatus,
    Case,
    Decision,
    Organization,
    Person,
    Role,
    Visibility,
)
from console.models.base import utcnow
from console.services import bounds
from console.services.access import Action, Actor, PermissionDenied, require
from console.services.cases.case_common import Refused, today_local
from console.services.changes import Area, row_id, writes
from console.services.errors import Entity, not_found
from console.services.meetings.agenda import item_on
from console.services.meetings.build import action_rows, owns
from console.services.meetings.common import (
    MeetingError,
    audit_write,
    check_no_names,
    check_version,
    held,
    load_meeting,
    not_closed,
    required_text,
)
from console.services.meetings.decisions import check_audience
from console.services.meetings.rows import ActionDraft, ActionFilter, ActionRow
from console.services.text_rules import TextField

TRACKED = 2_000  # the tracker shows at most this many actions (filter to see others)
WITH_REASON = (ActionStatus.NOT_DONE, ActionStatus.IMPOSSIBLE)


@writes(Area.MEETINGS, ids=row_id)
def add_action(session: Session, actor: Actor, meeting_id: int, draft: ActionDraft) -> ActionRow:
    """An open action of a meeting under way. The agency defaults to the owner's; an
    organization-only action is for the agency's partners (and its owner)."""
    require(actor, Action.RUN_MEETINGS)
    meeting = held(load_meeting(session, meeting_id))
    action = ActionItem(meeting_id=meeting.id, status=ActionStatus.OPEN, status_reason="")
    _fill(session, actor, action, draft)
    session.add(action)
    audit_write(session, actor, "create", action)
    return action_rows(session, actor, [action], today_local())[0]


@writes(Area.MEETINGS, ids=row_id)
def edit_action(
    session: Session, actor: Actor, action_id: int, expected_version: int, draft: ActionDraft
) -> ActionRow:
    """Change what the action is, its owner, agency, due date, audience or links, until the
    minutes are approved (then only its status changes)."""
    require(actor, Action.RUN_MEETINGS)
    action = load_action(session, action_id)
    not_closed(load_meeting(session, action.meeting_id))
    check_version(action.id, action.version_id, expected_version)
    if action_rows(session, actor, [action], today_local())[0].restricted:
        raise PermissionDenied(actor, Action.RUN_MEETINGS)
    _fill(session, actor, action, draft)
    audit_write(session, actor, "update", action, expected_version=expected_version)
    return action_rows(session, actor, [action], today_local())[0]


@writes(Area.MEETINGS, ids=row_id)
def set_action_status(  # noqa: PLR0917 - the contract's signature
    session: Session,
    actor: Actor,
    action_id: int,
    expected_version: int,
    status: ActionStatus,
    reason: str = "",
) -> ActionRow:
    """Open, done, not done or impossible (the last two need a reason). Leaving "open"
    records when; going back to "open" clears it. Allowed after the minutes are approved."""
    require(actor, Action.UPDATE_ACTIONS)
    action = load_action(session, action_id)
    if not (
        actor.role is Role.COORDINATOR
        or owns(actor, action)
        or (actor.organization_id is not None and actor.organization_id == action.organization_id)
    ):
        raise Refused(
            "action_not_yours",
            "only the owner, their organization or a coordinator update action {id}",
            actor,
            Action.UPDATE_ACTIONS,
            id=action.id,
        )
    check_version(action.id, action.version_id, expected_version)
    status = ActionStatus(status)
    text = ""
    if status in WITH_REASON:
        text = required_text(reason, TextField.ACTION_REASON)
        check_no_names(session, actor, text, today=today_local())
    if status is not action.status:
        action.status = status
        action.done_at = None if status is ActionStatus.OPEN else utcnow()
    action.status_reason = text
    audit_write(session, actor, "update", action, expected_version=expected_version)
    return action_rows(session, actor, [action], today_local())[0]


def action_tracker(
    session: Session, actor: Actor, filters: ActionFilter, today: date, *, limit: int = TRACKED
) -> list[ActionRow]:
    """The actions of every meeting that match ``filters``: overdue ones first (open and due
    before ``today``), then by due date (none last). Texts beyond the reader's audience come
    back restricted."""
    require(actor, Action.VIEW_MEETINGS)
    query = select(ActionItem)
    if filters.mine:
        query = query.where(ActionItem.owner_id == (actor.person_id or 0))
    if filters.owner_id is not None:
        query = query.where(ActionItem.owner_id == filters.owner_id)
    if filters.organization_id is not None:
        query = query.where(ActionItem.organization_id == filters.organization_id)
    if filters.statuses:
        query = query.where(ActionItem.status.in_(sorted(filters.statuses)))
    if filters.due_by is not None:
        query = query.where(ActionItem.due_on <= filters.due_by)
    if filters.meeting_id is not None:
        query = query.where(ActionItem.meeting_id == filters.meeting_id)
    overdue = (ActionItem.status == ActionStatus.OPEN) & (ActionItem.due_on < today)
    query = query.order_by(
        case((overdue, 0), else_=1),
        ActionItem.due_on.is_(None),
        ActionItem.due_on,
        ActionItem.id,
    ).limit(limit)
    return action_rows(session, actor, session.scalars(query).all(), today)


def my_open_actions(session: Session, actor: Actor, today: date) -> int:
    """How many open actions the actor's person owns (the navigation's badge), overdue or not:
    ``today`` is the day the section shows, as for the tracker; it does not narrow the count."""
    require(actor, Action.VIEW_MEETINGS)
    del today  # every open action is still to be done, whenever it was due
    if actor.person_id is None:
        return 0
    count = session.scalar(
        select(func.count(ActionItem.id)).where(
            ActionItem.owner_id == actor.person_id, ActionItem.status == ActionStatus.OPEN
        )
    )
    return count or 0


def load_action(session: Session, action_id: int) -> ActionItem:
    action = session.get(ActionItem, action_id)
    if action is None:
        raise MeetingError("action_not_found", "action {id} does not exist", id=action_id)
    return action


def _fill(session: Session, actor: Actor, action: ActionItem, draft: ActionDraft) -> None:
    """Check the draft and set it on ``action`` (no query after the first assignment)."""
    text = required_text(draft.text, TextField.ACTION)
    bounds.check_day(draft.due_on)
    check_no_names(session, actor, text, today=today_local())
    owner = None
    if draft.owner_id is not None:
        owner = session.get(Person, draft.owner_id)
        if owner is None:
            raise not_found(MeetingError, Entity.PERSON, draft.owner_id)
        if not owner.active:
            raise MeetingError(
                "action_owner_inactive",
                "{name} is no longer active and cannot own an action",
                name=f"{owner.first_name} {owner.last_name}",
            )
    organization_id = draft.organization_id
    if organization_id is None:
        organization_id = owner.organization_id if owner is not None else actor.organization_id
    if organization_id is None:
        raise MeetingError(
            "action_organization_required", "choose the organization that owns the action"
        )
    if session.get(Organization, organization_id) is None:
        raise not_found(MeetingError, Entity.ORGANIZATION, organization_id)
    if owner is not None and owner.organization_id != organization_id:
        raise MeetingError(
            "action_owner_outside_organization",
            "{name} does not work for the organization that owns the action",
            name=f"{owner.first_name} {owner.last_name}",
        )
    check_audience(actor, draft.audience, organization_id)
    _check_links(session, action.meeting_id, draft)
    action.text = text
    action.owner_id = draft.owner_id
    action.organization_id = organization_id
    action.due_on = draft.due_on
    action.audience = Visibility(draft.audience)
    action.agenda_item_id = draft.agenda_item_id
    action.decision_id = draft.decision_id
    action.case_id = draft.case_id


def _check_links(session: Session, meeting_id: int, draft: ActionDraft) -> None:
    if draft.agenda_item_id is not None:
        item_on(session, meeting_id, draft.agenda_item_id)
    if draft.decision_id is not None:
        decision = session.get(Decision, draft.decision_id)
        if decision is None or decision.meeting_id != meeting_id:
            raise MeetingError(
                "decision_other_meeting",
                "decision {decision} is not a decision of meeting {meeting}",
                decision=draft.decision_id,
                meeting=meeting_id,
            )
    if draft.case_id is not None and session.get(Case, draft.case_id) is None:
        raise not_found(MeetingError, Entity.CASE, draft.case_id)
