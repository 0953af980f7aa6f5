"""The minutes of one audience, as the PDF and the command line print them: the meeting, who
attended, and each agenda item with the paragraphs, decisions and actions that belong in that
version (:func:`audience.within`), nothing beyond it.

Shared minutes go to every partner; an organization's minutes add its own texts; the social
services' minutes add theirs. They carry no names of people met: the full name of the person
of any case on the agenda or in an action is blanked out, wherever a writer typed it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.models import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    AgendaKind,
    Case,
    Decision,
    MeetingStatus,
    MinuteEntry,
    Organization,
    Role,
    User,
    Visibility,
)
from console.services import access
from console.services.access import Action, Actor, require
from console.services.cases.case_common import Refused
from console.services.cases.people_met import identities
from console.services.errors import Entity, not_found
from console.services.meetings.audience import may_read_minutes, within
from console.services.meetings.build import agenda_rows, participants
from console.services.meetings.common import (
    MeetingError,
    load_meeting,
    organization_names,
    person_names,
)

BLANKED = "[…]"


@dataclass(frozen=True)
class Attendee:
    name: str
    role: Role
    organization_name: str  # the organization's full name
    attended: bool
    acknowledged_at: datetime | None  # the confidentiality statement


@dataclass(frozen=True)
class MinutesText:
    """A paragraph or a decision."""

    id: int
    text: str
    audience: Visibility
    organization_name: str
    amends_id: int | None = None  # a paragraph correcting paragraph ``amends_id``


@dataclass(frozen=True)
class MinutesAction:
    id: int
    text: str
    audience: Visibility
    owner_name: str
    organization_name: str
    due_on: date | None
    status: ActionStatus
    status_reason: str


@dataclass(frozen=True)
class MinutesItem:
    position: int | None  # None: what was recorded on the meeting as a whole
    kind: AgendaKind | None
    reason: str  # why it was proposed (a code); "" for a free item
    title: str
    entries: tuple[MinutesText, ...]
    decisions: tuple[MinutesText, ...]
    actions: tuple[MinutesAction, ...]


@dataclass(frozen=True)
class MinutesDocument:
    meeting_id: int
    title: str
    held_at: datetime
    location: str
    status: MeetingStatus
    approved_at: datetime | None
    approved_by: str  # who approved the minutes ("" until then)
    audience: Visibility
    organization_id: int | None  # for an organization's minutes
    organization_name: str
    summary: str  # the meeting's general summary (shared)
    attendance: tuple[Attendee, ...]
    items: tuple[MinutesItem, ...]  # in agenda order, then the meeting as a whole if anything


def minutes_document(
    session: Session,
    actor: Actor,
    meeting_id: int,
    audience: Visibility,
    organization_id: int | None = None,
) -> MinutesDocument:
    """The minutes for ``audience`` (an organization's: ``organization_id``). Refused unless
    the actor may have that version (:func:`audience.may_read_minutes`)."""
    audience = Visibility(audience)
    if audience is Visibility.ORGANIZATION and organization_id is None:
        raise MeetingError(
            "minutes_organization_required", "choose the organization whose minutes to print"
        )
    if audience is not Visibility.ORGANIZATION:
        organization_id = None
    elif session.get(Organization, organization_id) is None:
        raise not_found(MeetingError, Entity.ORGANIZATION, organization_id)
    if actor != access.COMMAND_LINE:
        require(actor, Action.VIEW_MEETINGS)
    if not may_read_minutes(actor, audience, organization_id):
        raise Refused(
            "minutes_audience_refused",
            "you may not have the minutes for this audience ({audience})",
            actor,
            Action.VIEW_MEETINGS,
            audience=audience,
        )
    meeting = load_meeting(session, meeting_id)

    def belongs(row: MinuteEntry | Decision | ActionItem) -> bool:
        return within(audience, organization_id, row.audience, row.organization_id)

    items = session.scalars(
        select(AgendaItem).where(AgendaItem.meeting_id == meeting.id).order_by(AgendaItem.position)
    ).all()
    entries = [e for e in _all(session, MinuteEntry, meeting.id) if belongs(e)]
    decisions = [d for d in _all(session, Decision, meeting.id) if belongs(d)]
    actions = [a for a in _all(session, ActionItem, meeting.id) if belongs(a)]
    blank = _blanker(session, [*items, *actions])
    orgs = organization_names(
        session,
        [organization_id, *(r.organization_id for r in [*entries, *decisions, *actions])],
        full=True,
    )
    owners = person_names(session, (a.owner_id for a in actions))

    def texts(rows: Iterable[MinuteEntry | Decision]) -> tuple[MinutesText, ...]:
        return tuple(
            MinutesText(
                id=r.id,
                text=blank(r.body if isinstance(r, MinuteEntry) else r.text),
                audience=r.audience,
                organization_name=orgs.get(r.organization_id or 0, ""),
                amends_id=r.amends_entry_id if isinstance(r, MinuteEntry) else None,
            )
            for r in rows
        )

    def section(item_id: int | None) -> tuple[tuple[MinutesText, ...], ...]:
        return (
            texts(e for e in entries if e.agenda_item_id == item_id),
            texts(d for d in decisions if d.agenda_item_id == item_id),
        )

    def action_texts(item_id: int | None) -> tuple[MinutesAction, ...]:
        return tuple(
            MinutesAction(
                id=a.id,
                text=blank(a.text),
                audience=a.audience,
                owner_name=owners.get(a.owner_id or 0, ""),
                organization_name=orgs.get(a.organization_id or 0, ""),
                due_on=a.due_on,
                status=a.status,
                status_reason=blank(a.status_reason),
            )
            for a in actions
            if a.agenda_item_id == item_id
        )

    sections = []
    for row in agenda_rows(session, actor, items):
        written, decided = section(row.id)
        sections.append(
            MinutesItem(
                position=row.position,
                kind=row.kind,
                reason=row.reason,
                title=blank(row.title),
                entries=written,
                decisions=decided,
                actions=action_texts(row.id),
            )
        )
    written, decided = section(None)
    general = action_texts(None)
    if written or decided or general:
        sections.append(MinutesItem(None, None, "", "", written, decided, general))
    return MinutesDocument(
        meeting_id=meeting.id,
        title=meeting.title,
        held_at=meeting.held_at,
        location=meeting.location,
        status=meeting.status,
        approved_at=meeting.approved_at,
        approved_by=_user_name(session, meeting.approved_by_id),
        audience=audience,
        organization_id=organization_id,
        organization_name=orgs.get(organization_id or 0, ""),
        summary=blank(meeting.minutes or ""),
        attendance=_attendance(session, meeting.id),
        items=tuple(sections),
    )


def _all(session: Session, model: type, meeting_id: int) -> list:  # type: ignore[type-arg]
    order = model.written_at if model is MinuteEntry else model.id  # type: ignore[attr-defined]
    return list(
        session.scalars(
            select(model).where(model.meeting_id == meeting_id).order_by(order, model.id)  # type: ignore[attr-defined]
        )
    )


def _attendance(session: Session, meeting_id: int) -> tuple[Attendee, ...]:
    people = participants(session, [meeting_id])[meeting_id]
    orgs = organization_names(session, (p.organization_id for p in people), full=True)
    return tuple(
        Attendee(p.name, p.role, orgs.get(p.organization_id, ""), p.attended, p.acknowledged_at)
        for p in sorted(people, key=lambda p: (not p.attended, p.name))
    )


def _user_name(session: Session, user_id: int | None) -> str:
    """A staff account's person's name (its username when it has no person)."""
    user = session.get(User, user_id) if user_id is not None else None
    if user is None:
        return ""
    return user.person.full_name if user.person is not None else user.username


def _blanker(session: Session, linked: Iterable[AgendaItem | ActionItem]) -> Callable[[str], str]:
    """A function blanking out the full names of the people of the cases on the agenda and in
    the actions (one query)."""
    case_ids = {row.case_id for row in linked if row.case_id is not None}
    subject_ids = session.scalars(
        select(Case.subject_id).where(Case.id.in_(case_ids), Case.subject_id.is_not(None))
    ).all()
    names = [
        found.full_name
        for found in identities(session, subject_ids).values()
        if found.full_name and found.full_name.strip()
    ]
    if not names:
        return lambda text: text
    pattern = re.compile(
        "|".join(re.escape(n.strip()) for n in sorted(names, key=len, reverse=True)), re.IGNORECASE
    )
    return lambda text: pattern.sub(BLANKED, text)
