"""The meetings: the list (the next one on top), one meeting with everything recorded in it for
the reader, and preparing a meeting (date and time, place, the organizations and people
invited).

``(session, actor, ...)``, :mod:`access` first, flush never commit, frozen rows back, every
write audited (see :mod:`console.services.meetings.common`).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from console.models import (
    ActionItem,
    AgendaItem,
    Decision,
    Meeting,
    MeetingStatus,
    MinuteEntry,
    Organization,
    Person,
    meeting_organizations,
    meeting_participants,
)
from console.models.base import utcnow
from console.services import access, bounds
from console.services.access import Action, Actor, require
from console.services.cases.case_common import today_local
from console.services.changes import Area, row_id, writes
from console.services.errors import Entity, not_found
from console.services.meetings.build import (
    action_rows,
    agenda_rows,
    decision_rows,
    meeting_rows,
    minute_rows,
)
from console.services.meetings.common import (
    MeetingError,
    audit_write,
    check_version,
    load_meeting,
    optional_text,
    planned,
    required_text,
)
from console.services.meetings.rows import MeetingDetail, MeetingDraft, MeetingRow
from console.services.text_rules import LIMITS, TextField

MAX_TITLE = LIMITS[TextField.MEETING_TITLE]  # meetings.title
MAX_LOCATION = LIMITS[TextField.MEETING_LOCATION]  # meetings.location
PAST_LISTED = 200  # held and closed meetings in the list, newest first


def list_meetings(session: Session, actor: Actor, *, limit: int = PAST_LISTED) -> list[MeetingRow]:
    """The planned meetings by date, the next one on top, then the held and closed ones newest
    first (the ``limit`` newest). Two indexed queries and three for the rows. The command line
    lists them too (``console-admin meetings``): titles, dates and who was invited."""
    if actor != access.COMMAND_LINE:
        require(actor, Action.VIEW_MEETINGS)
    upcoming = session.scalars(
        select(Meeting)
        .where(Meeting.status == MeetingStatus.PLANNED)
        .order_by(Meeting.held_at, Meeting.id)
    ).all()
    past = session.scalars(
        select(Meeting)
        .where(Meeting.status != MeetingStatus.PLANNED)
        .order_by(Meeting.held_at.desc(), Meeting.id.desc())
        .limit(limit)
    ).all()
    return meeting_rows(session, [*upcoming, *past])


def meeting_detail(
    session: Session, actor: Actor, meeting_id: int, *, today: date | None = None
) -> MeetingDetail:
    """The meeting, its agenda in order, decisions, actions and minutes for ``actor``: what is
    beyond the reader's audience comes back restricted (no text, the agency's name)."""
    require(actor, Action.VIEW_MEETINGS)
    meeting = load_meeting(session, meeting_id)
    items = session.scalars(
        select(AgendaItem)
        .where(AgendaItem.meeting_id == meeting.id)
        .order_by(AgendaItem.position, AgendaItem.id)
    ).all()
    decisions = session.scalars(
        select(Decision).where(Decision.meeting_id == meeting.id).order_by(Decision.id)
    ).all()
    actions = session.scalars(
        select(ActionItem).where(ActionItem.meeting_id == meeting.id).order_by(ActionItem.id)
    ).all()
    entries = session.scalars(
        select(MinuteEntry)
        .where(MinuteEntry.meeting_id == meeting.id)
        .order_by(MinuteEntry.written_at, MinuteEntry.id)
    ).all()
    return MeetingDetail(
        meeting=meeting_rows(session, [meeting])[0],
        agenda=tuple(agenda_rows(session, actor, items)),
        decisions=tuple(decision_rows(session, actor, decisions)),
        actions=tuple(action_rows(session, actor, actions, today or today_local())),
        minutes=tuple(minute_rows(session, actor, entries)),
    )


def last_meeting_before(session: Session, when: datetime) -> datetime | None:
    """When the last meeting that took place (held or closed) before ``when`` was held."""
    return session.scalar(
        select(Meeting.held_at)
        .where(Meeting.status != MeetingStatus.PLANNED, Meeting.held_at < when)
        .order_by(Meeting.held_at.desc())
        .limit(1)
    )


@writes(Area.MEETINGS, ids=row_id)
def create_meeting(session: Session, actor: Actor, draft: MeetingDraft) -> MeetingRow:
    """A planned meeting with its invitations. Raises :class:`MeetingError` for a blank or too
    long title, a naive time, an unknown organization or person."""
    require(actor, Action.PREPARE_MEETINGS)
    values = _checked(session, draft)
    meeting = Meeting(
        **values,
        status=MeetingStatus.PLANNED,
        created_by_id=actor.user_id,
        created_at=utcnow(),
    )
    session.add(meeting)
    session.flush()
    _invite(session, meeting.id, draft.organization_ids, draft.person_ids)
    audit_write(
        session,
        actor,
        "create",
        meeting,
        extra={
            "organizations": sorted(set(draft.organization_ids)),
            "people": sorted(set(draft.person_ids)),
        },
    )
    return meeting_rows(session, [meeting])[0]


@writes(Area.MEETINGS, ids=row_id)
def update_meeting(
    session: Session, actor: Actor, meeting_id: int, expected_version: int, draft: MeetingDraft
) -> MeetingRow:
    """Change a planned meeting and its invitations (people already invited keep their
    attendance). Refused once the meeting has started; :class:`StaleMeeting` when it is no
    longer at ``expected_version``."""
    require(actor, Action.PREPARE_MEETINGS)
    meeting = planned(load_meeting(session, meeting_id))
    check_version(meeting.id, meeting.version_id, expected_version)
    values = _checked(session, draft)
    orgs_before = set(
        session.scalars(
            select(meeting_organizations.c.organization_id).where(
                meeting_organizations.c.meeting_id == meeting.id
            )
        )
    )
    people_before = set(
        session.scalars(
            select(meeting_participants.c.person_id).where(
                meeting_participants.c.meeting_id == meeting.id
            )
        )
    )
    orgs, people = set(draft.organization_ids), set(draft.person_ids)
    extra: dict[str, object] = {}
    if orgs != orgs_before:
        extra["organizations"] = {
            "added": sorted(orgs - orgs_before),
            "removed": sorted(orgs_before - orgs),
        }
    if people != people_before:
        extra["people"] = {
            "added": sorted(people - people_before),
            "removed": sorted(people_before - people),
        }
    for key, value in values.items():
        if getattr(meeting, key) != value:
            setattr(meeting, key, value)
    # No query past this point until the audit has read the pending changes.
    audit_write(
        session,
        actor,
        "update",
        meeting,
        expected_version=expected_version,
        extra=extra,
        touch="title",
    )
    session.execute(
        delete(meeting_organizations).where(
            meeting_organizations.c.meeting_id == meeting.id,
            meeting_organizations.c.organization_id.in_(orgs_before - orgs),
        )
    )
    session.execute(
        delete(meeting_participants).where(
            meeting_participants.c.meeting_id == meeting.id,
            meeting_participants.c.person_id.in_(people_before - people),
        )
    )
    _invite(session, meeting.id, tuple(orgs - orgs_before), tuple(people - people_before))
    return meeting_rows(session, [meeting])[0]


def _checked(session: Session, draft: MeetingDraft) -> dict[str, object]:
    title = required_text(draft.title, TextField.MEETING_TITLE)
    location = optional_text(draft.location, TextField.MEETING_LOCATION)
    if draft.held_at.tzinfo is None or draft.held_at.utcoffset() is None:
        raise ValueError(f"naive datetime {draft.held_at!r}: give it a time zone")
    bounds.check_day(draft.held_at)
    for org_id in set(draft.organization_ids):
        if session.get(Organization, org_id) is None:
            raise not_found(MeetingError, Entity.ORGANIZATION, org_id)
    for person_id in set(draft.person_ids):
        person = session.get(Person, person_id)
        if person is None:
            raise not_found(MeetingError, Entity.PERSON, person_id)
        if not person.active:
            raise MeetingError(
                "meeting_person_inactive",
                "{name} is no longer active and cannot be invited",
                name=f"{person.first_name} {person.last_name}",
            )
    return {"title": title, "held_at": draft.held_at, "location": location}


def _invite(
    session: Session,
    meeting_id: int,
    organization_ids: tuple[int, ...],
    person_ids: tuple[int, ...],
) -> None:
    if organization_ids:
        session.execute(
            insert(meeting_organizations),
            [
                {"meeting_id": meeting_id, "organization_id": o}
                for o in sorted(set(organization_ids))
            ],
        )
    if person_ids:
        session.execute(
            insert(meeting_participants),
            [
                {"meeting_id": meeting_id, "person_id": p, "attended": False}
                for p in sorted(set(person_ids))
            ],
        )
