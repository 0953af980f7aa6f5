"""What the projector shows for one agenda item while a meeting is under way, filtered for the
room: a text is shown only when every organization present may read it (and the coordinator
at the keyboard too); otherwise it shows "Restricted" and the agency it belongs to (NCAtrak,
ECINS), never the content.

Opening a case's summary reads its notes: that is audited once per item per meeting, with the
reason "coordination meeting" and the meeting's and item's ids.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from console.clock import HOME_TIME_ZONE
from console.models import (
    AgendaKind,
    AuditEvent,
    Case,
    CaseNote,
    CaseStatus,
    Identification,
    Organization,
    Person,
    Priority,
    Referral,
    ReferralStatus,
    Visibility,
    Zone,
    meeting_participants,
)
from console.services import access
from console.services.access import Action, Actor, audit, can, require
from console.services.cases.case_common import load_case, today_local
from console.services.cases.people_met import Identity, identities, identities_visible
from console.services.meetings.actions import load_action
from console.services.meetings.agenda import item_on
from console.services.meetings.audience import Room, room_may_read
from console.services.meetings.build import action_rows, agenda_rows
from console.services.meetings.common import held, load_meeting, organization_names
from console.services.meetings.proposals import WeekProblems, week_problems
from console.services.meetings.rows import ActionRow, AgendaItemRow

REASON = "coordination meeting"
ROOM_NOTES = 30  # the newest notes of a case the summary shows


@dataclass(frozen=True)
class RoomNote:
    written_at: datetime
    organization_name: str
    audience: Visibility
    restricted: bool  # beyond the room: "Restricted" and the agency
    body: str | None  # None when restricted


@dataclass(frozen=True)
class CaseSummary:
    case_id: int
    title: str
    status: CaseStatus
    priority: Priority
    zone_name: str
    owner_organization: str
    next_review_on: date | None
    notes: tuple[RoomNote, ...]  # the newest, oldest first
    agencies_involved: tuple[str, ...]  # who wrote, owns or was referred the case
    subject_label: str | None  # the name with consent for the whole room, else the alias
    identification: Identification | None  # None: the case is about no one person


@dataclass(frozen=True)
class ReferralSummary:
    referral_id: int
    case_id: int
    status: ReferralStatus
    from_name: str
    to_name: str
    sent_at: datetime
    answered_at: datetime | None


@dataclass(frozen=True)
class ItemView:
    item: AgendaItemRow
    room: Room
    case: CaseSummary | None = None  # a case item
    zone_id: int | None = None  # a zone item: the map's zone panel shows it
    action: ActionRow | None = None  # a carried-over action
    referral: ReferralSummary | None = None
    planning: WeekProblems | None = None


def room(session: Session, meeting_id: int) -> Room:
    """The organizations of the people attending the meeting."""
    rows = session.execute(
        select(Organization.id, Organization.short_name, Organization.kind)
        .join(Person, Person.organization_id == Organization.id)
        .join(meeting_participants, meeting_participants.c.person_id == Person.id)
        .where(meeting_participants.c.meeting_id == meeting_id, meeting_participants.c.attended)
        .distinct()
        .order_by(Organization.id)
    ).all()
    return Room(
        organization_ids=tuple(r[0] for r in rows),
        organization_names=tuple(r[1] for r in rows),
        kinds=tuple(r[2] for r in rows),
    )


def item_view(
    session: Session,
    actor: Actor,
    meeting_id: int,
    item_id: int,
    *,
    tz: ZoneInfo = HOME_TIME_ZONE,
    today: date | None = None,
) -> ItemView:
    """The live data of one item of a meeting under way, for the room."""
    require(actor, Action.VIEW_MEETINGS)
    meeting = held(load_meeting(session, meeting_id))
    item = item_on(session, meeting.id, item_id)
    today = today or today_local()
    present = room(session, meeting.id)
    view = ItemView(item=agenda_rows(session, actor, [item])[0], room=present)
    if item.kind is AgendaKind.CASE and item.case_id is not None:
        require(actor, Action.VIEW_CASES)
        summary = _case_summary(session, actor, present, item.case_id, today)
        _audit_reading(session, actor, item.case_id, meeting.id, item.id)
        return dataclasses.replace(view, case=summary)
    if item.kind is AgendaKind.ZONE:
        return dataclasses.replace(view, zone_id=item.zone_id)
    if item.kind is AgendaKind.ACTIONS and item.action_item_id is not None:
        row = action_rows(session, actor, [load_action(session, item.action_item_id)], today)[0]
        if not row.restricted and not room_may_read(present, row.audience, row.organization_id):
            row = dataclasses.replace(row, text=None, status_reason="", restricted=True)
        return dataclasses.replace(view, action=row)
    if item.kind is AgendaKind.REFERRAL and item.referral_id is not None:
        return dataclasses.replace(view, referral=_referral(session, item.referral_id))
    if item.kind is AgendaKind.PLANNING and item.week_monday is not None:
        return dataclasses.replace(
            view, planning=week_problems(session, actor, item.week_monday, tz)
        )
    return view


def _case_summary(
    session: Session, actor: Actor, present: Room, case_id: int, today: date
) -> CaseSummary:
    case = load_case(session, case_id)
    notes = list(
        session.scalars(
            select(CaseNote)
            .where(CaseNote.case_id == case.id)
            .order_by(CaseNote.written_at.desc(), CaseNote.id.desc())
            .limit(ROOM_NOTES)
        )
    )[::-1]
    referred = session.execute(
        select(Referral.from_organization_id, Referral.to_organization_id).where(
            Referral.case_id == case.id
        )
    ).all()
    involved = {case.organization_id, *(n.organization_id for n in notes)}
    involved |= {org for pair in referred for org in pair}
    names = organization_names(session, involved)
    zone = session.get(Zone, case.zone_id) if case.zone_id is not None else None
    room_notes = []
    for note in notes:
        shown = access.may_read_note(
            actor, note.visibility, note.organization_id, note.author_id
        ) and room_may_read(present, note.visibility, note.organization_id)
        room_notes.append(
            RoomNote(
                written_at=note.written_at,
                organization_name=names.get(note.organization_id, ""),
                audience=note.visibility,
                restricted=not shown,
                body=note.body if shown else None,
            )
        )
    label, identification = _subject_label(session, actor, present, case, today)
    return CaseSummary(
        case_id=case.id,
        title=case.title,
        status=case.status,
        priority=case.priority,
        zone_name=zone.name if zone is not None else "",
        owner_organization=names.get(case.organization_id, ""),
        next_review_on=case.next_review_on,
        notes=tuple(room_notes),
        agencies_involved=tuple(sorted(names[o] for o in involved if o in names)),
        subject_label=label,
        identification=identification,
    )


def _subject_label(
    session: Session, actor: Actor, present: Room, case: Case, today: date
) -> tuple[str | None, Identification | None]:
    """The name only when every organization in the room (and the actor's) has the person's
    consent; otherwise the alias (None for an anonymous person)."""
    subject = case.subject
    if subject is None:
        return None, None
    organizations = {*present.organization_ids, actor.organization_id}
    named = (
        subject.identification is Identification.NAMED
        and can(actor, Action.VIEW_PEOPLE_MET)  # managers never see people met
        and all(
            org is not None and identities_visible(session, org, [subject.id], today)
            for org in organizations
        )
    )
    full_name = identities(session, [subject.id]).get(subject.id, Identity()).full_name
    return (full_name if named and full_name else subject.alias), subject.identification


def _referral(session: Session, referral_id: int) -> ReferralSummary | None:
    sender, receiver = aliased(Organization), aliased(Organization)
    row = session.execute(
        select(Referral, sender.short_name, receiver.short_name)
        .join(sender, sender.id == Referral.from_organization_id)
        .join(receiver, receiver.id == Referral.to_organization_id)
        .where(Referral.id == referral_id)
    ).one_or_none()
    if row is None:
        return None
    referral, from_name, to_name = row
    return ReferralSummary(
        referral_id=referral.id,
        case_id=referral.case_id,
        status=referral.status,
        from_name=from_name,
        to_name=to_name,
        sent_at=referral.sent_at,
        answered_at=referral.answered_at,
    )


def _audit_reading(
    session: Session, actor: Actor, case_id: int, meeting_id: int, item_id: int
) -> None:
    """One read per item per meeting: the notes shown on the projector to the room."""
    earlier = session.scalars(
        select(AuditEvent.details).where(
            AuditEvent.entity == "cases",
            AuditEvent.entity_id == str(case_id),
            AuditEvent.action == audit.AuditAction.READ,
            AuditEvent.justification == REASON,
        )
    )
    wanted = {"meeting": meeting_id, "agenda_item": item_id}
    if any((details or {}) == wanted for details in earlier):
        return
    audit.record(
        session,
        actor,
        audit.AuditAction.READ,
        entity="cases",
        entity_id=case_id,
        details=wanted,
        justification=REASON,
    )
