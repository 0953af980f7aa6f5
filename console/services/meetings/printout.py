"""The minutes to hand out: one audience's version read for the actor (:mod:`document`), laid
out as a PDF by :mod:`console.reports.minutes` and written whole to the file asked for; and the
meetings whose minutes the command line prints.

Reads only: nothing here writes to the database, so no ``@writes``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from console import files
from console.models import Meeting, MeetingStatus, Organization, Visibility
from console.reports.minutes import render_minutes
from console.services import access
from console.services.access import Actor
from console.services.errors import Entity, not_found
from console.services.meetings.build import meeting_rows
from console.services.meetings.common import MeetingError
from console.services.meetings.document import minutes_document
from console.services.meetings.meetings import PAST_LISTED, list_meetings
from console.services.meetings.rows import MeetingRow


@dataclass(frozen=True)
class MinutesRequest:
    """Print the minutes of ``meeting_id`` for ``audience`` (an organization's version:
    ``organization_id``) in ``language``, times in ``tz``, to ``path``."""

    meeting_id: int
    audience: Visibility
    organization_id: int | None
    language: str
    tz: tzinfo
    path: Path


def write_minutes_pdf(session: Session, actor: Actor, request: MinutesRequest) -> int:
    """Write the minutes as asked (a temporary file renamed over the target) and return how
    many pages they have. Refused, with nothing written, as :func:`document.minutes_document`
    refuses (unknown meeting, a version beyond the actor, an organization's version without
    the organization) and for an unknown organization. Raises OSError when the file cannot be
    written."""
    audience = Visibility(request.audience)
    if (
        audience is Visibility.ORGANIZATION
        and request.organization_id is not None
        and session.get(Organization, request.organization_id) is None
    ):
        raise not_found(MeetingError, Entity.ORGANIZATION, request.organization_id)
    document = minutes_document(
        session, actor, request.meeting_id, audience, request.organization_id
    )
    pdf = render_minutes(
        document, language=request.language, generated_at=datetime.now(UTC), tz=request.tz
    )
    files.write_atomically(request.path, pdf.content)
    return pdf.pages


def printable_meetings(
    session: Session, actor: Actor, *, limit: int = PAST_LISTED
) -> list[MeetingRow]:
    """The meetings in the window's order (the planned ones by date, then the others newest
    first): for the command line, which prints any meeting's minutes, every one; for anyone
    else, :func:`meetings.list_meetings`."""
    if actor != access.COMMAND_LINE:
        return list_meetings(session, actor, limit=limit)
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
