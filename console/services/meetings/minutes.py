"""Writing the minutes: paragraphs on the agenda's items, each for an audience as case notes
are; approving them, which closes the meeting; and amendments, the only change after that.

One rule before and after approval: a paragraph is never changed; a correction is a new
paragraph that amends it, for the same audience, and the original stays as it was. Once the
minutes are approved, the meeting's agenda, attendance, decisions and actions are fixed too
(``meeting_closed``); only the status of its actions goes on changing in the tracker.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from console.models import MeetingStatus, MinuteEntry, Visibility
from console.models.base import utcnow
from console.services.access import Action, Actor, PermissionDenied, require
from console.services.cases.case_common import today_local
from console.services.changes import Area, row_id, writes
from console.services.meetings.agenda import item_on
from console.services.meetings.audience import may_read
from console.services.meetings.build import meeting_rows, minute_rows
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

# The minutes of one audience are assembled in their own module; the contract names them here.
from console.services.meetings.document import MinutesDocument, minutes_document
from console.services.meetings.rows import MeetingRow, MinuteEntryRow
from console.services.text_rules import TextField

__all__ = [
    "MinutesDocument",
    "add_minute_entry",
    "amend_minute_entry",
    "approve_minutes",
    "minutes_document",
]


@writes(Area.MEETINGS, ids=row_id)
def add_minute_entry(  # noqa: PLR0917 - the contract's signature
    session: Session,
    actor: Actor,
    meeting_id: int,
    agenda_item_id: int | None,
    body: str,
    audience: Visibility = Visibility.SHARED,
) -> MinuteEntryRow:
    """A paragraph of the minutes, on an item (or on the meeting as a whole), for an audience
    the writer belongs to, in the writer's organization. Refused once the minutes are
    approved: then a correction is an amendment (:func:`amend_minute_entry`)."""
    require(actor, Action.WRITE_MINUTES)
    if actor.organization_id is None or actor.user_id is None:
        raise PermissionDenied(actor, Action.WRITE_MINUTES)
    meeting = not_closed(load_meeting(session, meeting_id))
    if agenda_item_id is not None:
        item_on(session, meeting.id, agenda_item_id)
    text = required_text(body, TextField.MINUTE)
    check_audience(actor, audience, actor.organization_id)
    check_no_names(session, actor, text, today=today_local())
    entry = MinuteEntry(
        meeting_id=meeting.id,
        agenda_item_id=agenda_item_id,
        body=text,
        audience=Visibility(audience),
        organization_id=actor.organization_id,
        author_id=actor.user_id,
        written_at=utcnow(),
    )
    session.add(entry)
    audit_write(session, actor, "create", entry)
    return minute_rows(session, actor, [entry])[0]


@writes(Area.MEETINGS, ids=row_id)
def amend_minute_entry(session: Session, actor: Actor, entry_id: int, body: str) -> MinuteEntryRow:
    """A new paragraph correcting ``entry_id``, for the same audience (the same readers see
    the correction), on the same item; the original is left as it was. Allowed before and
    after approval, to whoever may write minutes and read the original."""
    require(actor, Action.WRITE_MINUTES)
    if actor.organization_id is None or actor.user_id is None:
        raise PermissionDenied(actor, Action.WRITE_MINUTES)
    original = session.get(MinuteEntry, entry_id)
    if original is None:
        raise MeetingError(
            "minute_entry_not_found", "paragraph {id} of the minutes does not exist", id=entry_id
        )
    if not may_read(actor, original.audience, original.organization_id, original.author_id):
        raise PermissionDenied(actor, Action.WRITE_MINUTES)
    text = required_text(body, TextField.MINUTE)
    check_no_names(session, actor, text, today=today_local())
    amendment = MinuteEntry(
        meeting_id=original.meeting_id,
        agenda_item_id=original.agenda_item_id,
        body=text,
        audience=original.audience,
        organization_id=original.organization_id,
        author_id=actor.user_id,
        written_at=utcnow(),
        amends_entry_id=original.id,
    )
    session.add(amendment)
    audit_write(session, actor, "create", amendment)
    return minute_rows(session, actor, [amendment])[0]


@writes(Area.MEETINGS, ids=row_id)
def approve_minutes(
    session: Session, actor: Actor, meeting_id: int, expected_version: int
) -> MeetingRow:
    """Approve the minutes of a meeting that took place: held -> closed, with when and by
    whom. Refused for a meeting not started yet or already closed."""
    require(actor, Action.APPROVE_MINUTES)
    meeting = held(load_meeting(session, meeting_id))
    check_version(meeting.id, meeting.version_id, expected_version)
    meeting.status = MeetingStatus.CLOSED
    meeting.approved_at = utcnow()
    meeting.approved_by_id = actor.user_id
    audit_write(session, actor, "update", meeting, expected_version=expected_version)
    return meeting_rows(session, [meeting])[0]
