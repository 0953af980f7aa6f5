"""How loaded meetings rows become rows for one reader (:mod:`rows`): a handful of queries
whatever their number, texts beyond the reader's audience left out (``restricted``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.models import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    AgendaKind,
    Decision,
    Meeting,
    MinuteEntry,
    Organization,
    Person,
    User,
    Zone,
    meeting_organizations,
    meeting_participants,
)
from console.services import access
from console.services.access import Action, Actor
from console.services.meetings.audience import may_read
from console.services.meetings.common import organization_names, person_names
from console.services.meetings.rows import (
    ActionRow,
    AgendaItemRow,
    DecisionRow,
    MeetingRow,
    MinuteEntryRow,
    Participant,
)


def participants(session: Session, meeting_ids: Sequence[int]) -> dict[int, list[Participant]]:
    """The people of each meeting, by last and first name (one query)."""
    found: dict[int, list[Participant]] = defaultdict(list)
    if not meeting_ids:
        return found
    rows = session.execute(
        select(
            meeting_participants.c.meeting_id,
            meeting_participants.c.attended,
            meeting_participants.c.acknowledged_at,
            Person,
            Organization.short_name,
        )
        .join(Person, Person.id == meeting_participants.c.person_id)
        .join(Organization, Organization.id == Person.organization_id)
        .where(meeting_participants.c.meeting_id.in_(meeting_ids))
        .order_by(Person.last_name, Person.first_name, Person.id)
    )
    for meeting_id, attended, acknowledged_at, person, organization in rows:
        found[meeting_id].append(
            Participant(
                person_id=person.id,
                name=f"{person.first_name} {person.last_name}",
                role=person.role,
                organization_id=person.organization_id,
                organization_name=organization,
                attended=bool(attended),
                acknowledged_at=acknowledged_at,
            )
        )
    return found


def meeting_rows(session: Session, meetings: Sequence[Meeting]) -> list[MeetingRow]:
    """Rows for loaded meetings, in the given order: three queries for any number."""
    ids = [m.id for m in meetings]
    people = participants(session, ids)
    invited: dict[int, list[tuple[int, str]]] = defaultdict(list)
    open_actions: dict[int, int] = {}
    if ids:
        for meeting_id, org_id, name in session.execute(
            select(meeting_organizations.c.meeting_id, Organization.id, Organization.short_name)
            .join(Organization, Organization.id == meeting_organizations.c.organization_id)
            .where(meeting_organizations.c.meeting_id.in_(ids))
            .order_by(Organization.short_name, Organization.id)
        ):
            invited[meeting_id].append((org_id, name))
        open_actions = dict(
            session.execute(
                select(ActionItem.meeting_id, func.count(ActionItem.id))
                .where(ActionItem.meeting_id.in_(ids), ActionItem.status == ActionStatus.OPEN)
                .group_by(ActionItem.meeting_id)
            ).all()
        )
    return [
        MeetingRow(
            id=m.id,
            title=m.title,
            held_at=m.held_at,
            location=m.location,
            status=m.status,
            version_id=m.version_id,
            organization_ids=tuple(org_id for org_id, _ in invited[m.id]),
            organization_names=tuple(name for _, name in invited[m.id]),
            participants=tuple(people[m.id]),
            open_actions=open_actions.get(m.id, 0),
            approved_at=m.approved_at,
        )
        for m in meetings
    ]


# The kinds of item whose title names a case (a referral's title starts with its case's).
NAMES_A_CASE = frozenset({AgendaKind.CASE, AgendaKind.REFERRAL})


def shows_case_titles(actor: Actor) -> bool:
    """Case titles and the agenda's notes are for the partners (and the command line printing
    minutes); a manager sees that a case is on the agenda, not which (as on the map)."""
    return access.can(actor, Action.VIEW_CASES) or actor == access.COMMAND_LINE


def agenda_rows(session: Session, actor: Actor, items: Sequence[AgendaItem]) -> list[AgendaItemRow]:
    zones = dict(
        session.execute(
            select(Zone.id, Zone.name).where(
                Zone.id.in_({i.zone_id for i in items if i.zone_id is not None})
            )
        ).all()
    )
    titles = shows_case_titles(actor)
    return [
        AgendaItemRow(
            id=i.id,
            meeting_id=i.meeting_id,
            position=i.position,
            kind=i.kind,
            source=i.source,
            reason=i.reason,
            title=i.title if titles or i.kind not in NAMES_A_CASE else "",
            zone_id=i.zone_id,
            zone_name=zones.get(i.zone_id, "") if i.zone_id is not None else "",
            case_id=i.case_id,
            referral_id=i.referral_id,
            action_item_id=i.action_item_id,
            week_monday=i.week_monday,
            notes=i.notes if titles else "",
            version_id=i.version_id,
        )
        for i in items
    ]


def decision_rows(
    session: Session, actor: Actor, decisions: Sequence[Decision]
) -> list[DecisionRow]:
    organizations = organization_names(session, (d.organization_id for d in decisions))
    rows = []
    for d in decisions:
        readable = may_read(actor, d.audience, d.organization_id, d.created_by_id)
        rows.append(
            DecisionRow(
                id=d.id,
                meeting_id=d.meeting_id,
                agenda_item_id=d.agenda_item_id,
                text=d.text if readable else None,
                restricted=not readable,
                audience=d.audience,
                organization_name=organizations.get(d.organization_id or 0, ""),
                effect_kind=d.effect_kind,
                effect_id=d.effect_id,
                created_at=d.created_at,
                version_id=d.version_id,
            )
        )
    return rows


def action_rows(
    session: Session, actor: Actor, actions: Sequence[ActionItem], today: date
) -> list[ActionRow]:
    """Rows for loaded actions, in the given order: three queries for any number."""
    meetings = {
        mid: (title, held_at)
        for mid, title, held_at in session.execute(
            select(Meeting.id, Meeting.title, Meeting.held_at).where(
                Meeting.id.in_({a.meeting_id for a in actions})
            )
        )
    }
    owners = person_names(session, (a.owner_id for a in actions))
    organizations = organization_names(session, (a.organization_id for a in actions))
    rows = []
    for a in actions:
        readable = may_read(actor, a.audience, a.organization_id, None) or owns(actor, a)
        title, held_at = meetings[a.meeting_id]
        rows.append(
            ActionRow(
                id=a.id,
                meeting_id=a.meeting_id,
                meeting_title=title,
                meeting_held_at=held_at,
                agenda_item_id=a.agenda_item_id,
                decision_id=a.decision_id,
                case_id=a.case_id,
                text=a.text if readable else None,
                restricted=not readable,
                audience=a.audience,
                owner_id=a.owner_id,
                owner_name=owners.get(a.owner_id or 0, ""),
                organization_id=a.organization_id,
                organization_name=organizations.get(a.organization_id or 0, ""),
                due_on=a.due_on,
                status=a.status,
                status_reason=a.status_reason if readable else "",
                done_at=a.done_at,
                overdue=is_overdue(a.status, a.due_on, today),
                version_id=a.version_id,
            )
        )
    return rows


def owns(actor: Actor, action: ActionItem) -> bool:
    """The owner of an action reads it, whatever its audience (as an author reads a note)."""
    return (
        actor.role in access.PARTNERS
        and actor.person_id is not None
        and actor.person_id == action.owner_id
    )


def is_overdue(status: ActionStatus, due_on: date | None, today: date) -> bool:
    return status is ActionStatus.OPEN and due_on is not None and due_on < today


def minute_rows(
    session: Session, actor: Actor, entries: Sequence[MinuteEntry]
) -> list[MinuteEntryRow]:
    """Rows for loaded entries, in the given order; an entry is ``amended`` when an amendment
    the reader may read exists (three queries)."""
    ids = [e.id for e in entries]
    amended: set[int] = set()
    if ids:
        for amendment in session.scalars(
            select(MinuteEntry).where(MinuteEntry.amends_entry_id.in_(ids))
        ):
            if may_read(actor, amendment.audience, amendment.organization_id, amendment.author_id):
                amended.add(amendment.amends_entry_id or 0)
    authors = {
        user_id: f"{first} {last}" if first else username
        for user_id, username, first, last in session.execute(
            select(User.id, User.username, Person.first_name, Person.last_name)
            .outerjoin(Person, Person.id == User.person_id)
            .where(User.id.in_({e.author_id for e in entries if e.author_id is not None}))
        )
    }
    organizations = organization_names(session, (e.organization_id for e in entries))
    rows = []
    for e in entries:
        readable = may_read(actor, e.audience, e.organization_id, e.author_id)
        rows.append(
            MinuteEntryRow(
                id=e.id,
                meeting_id=e.meeting_id,
                agenda_item_id=e.agenda_item_id,
                body=e.body if readable else None,
                restricted=not readable,
                audience=e.audience,
                organization_name=organizations.get(e.organization_id, ""),
                author_name=authors.get(e.author_id or 0, ""),
                written_at=e.written_at,
                amends_entry_id=e.amends_entry_id,
                amended=e.id in amended,
            )
        )
    return rows
