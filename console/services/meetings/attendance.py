"""Taking attendance and starting a meeting: who is in the room, each attendee acknowledging the
confidentiality statement (the time is recorded), and the statement kept as it read then.

A meeting starts (planned -> held) only when someone attends and every attendee has
acknowledged the statement; someone arriving later is recorded with their acknowledgement.
"""

from __future__ import annotations

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from console.models import MeetingStatus, Person, meeting_participants
from console.models.base import utcnow
from console.services.access import Action, Actor, audit, require
from console.services.changes import Area, row_id, writes
from console.services.errors import Entity, not_found
from console.services.meetings.build import meeting_rows, participants
from console.services.meetings.common import (
    MeetingError,
    audit_write,
    load_meeting,
    not_closed,
    planned,
    required_text,
)
from console.services.meetings.rows import MeetingRow, Participant
from console.services.text_rules import LIMITS, TextField

MAX_STATEMENT = LIMITS[TextField.CONFIDENTIALITY]


@writes(Area.MEETINGS)
def record_attendance(  # noqa: PLR0917 - the contract's signature
    session: Session,
    actor: Actor,
    meeting_id: int,
    person_id: int,
    attended: bool,
    acknowledged: bool,
) -> Participant:
    """Record whether ``person_id`` attends and has acknowledged the confidentiality
    statement (someone not invited is added). Acknowledging keeps the first time it was
    given; not attending clears it. Once the meeting is under way, an attendee must
    acknowledge as they are recorded."""
    require(actor, Action.RUN_MEETINGS)
    meeting = not_closed(load_meeting(session, meeting_id))
    person = session.get(Person, person_id)
    if person is None:
        raise not_found(MeetingError, Entity.PERSON, person_id)
    if meeting.status is MeetingStatus.HELD and attended and not acknowledged:
        raise MeetingError(
            "attendance_needs_acknowledgement",
            "{name} joins a meeting under way: they acknowledge the confidentiality statement "
            "first",
            name=f"{person.first_name} {person.last_name}",
        )
    where = (
        meeting_participants.c.meeting_id == meeting.id,
        meeting_participants.c.person_id == person.id,
    )
    current = session.execute(
        select(meeting_participants.c.acknowledged_at).where(*where)
    ).one_or_none()
    acknowledged_at = None
    if attended and acknowledged:
        acknowledged_at = (current[0] if current is not None else None) or utcnow()
    values = {"attended": bool(attended), "acknowledged_at": acknowledged_at}
    if current is None:
        session.execute(
            insert(meeting_participants).values(
                meeting_id=meeting.id, person_id=person.id, **values
            )
        )
    else:
        session.execute(update(meeting_participants).where(*where).values(**values))
    audit.record(
        session,
        actor,
        audit.AuditAction.UPDATE,
        entity="meetings",
        entity_id=meeting.id,
        details={
            "attendance": {
                "person": person.id,
                "attended": bool(attended),
                "acknowledged_at": acknowledged_at,
                "invited": current is not None,
            }
        },
    )
    return next(
        p for p in participants(session, [meeting.id])[meeting.id] if p.person_id == person.id
    )


@writes(Area.MEETINGS, ids=row_id)
def start_meeting(
    session: Session, actor: Actor, meeting_id: int, confidentiality_text: str
) -> MeetingRow:
    """Planned -> held, keeping the confidentiality statement the attendees acknowledged.
    Refused when nobody attends or an attendee has not acknowledged it."""
    require(actor, Action.RUN_MEETINGS)
    meeting = planned(load_meeting(session, meeting_id))
    statement = required_text(confidentiality_text, TextField.CONFIDENTIALITY)
    present = [p for p in participants(session, [meeting.id])[meeting.id] if p.attended]
    if not present:
        raise MeetingError(
            "meeting_nobody_attends", "take attendance first: nobody is recorded as present"
        )
    missing = [p.name for p in present if p.acknowledged_at is None]
    if missing:
        raise MeetingError(
            "meeting_not_acknowledged",
            "these attendees have not acknowledged the confidentiality statement: {names}",
            names=missing,
        )
    meeting.status = MeetingStatus.HELD
    meeting.confidentiality_text = statement
    audit_write(
        session,
        actor,
        "update",
        meeting,
        expected_version=meeting.version_id,
        extra={"attendees": [p.person_id for p in present]},
    )
    return meeting_rows(session, [meeting])[0]
