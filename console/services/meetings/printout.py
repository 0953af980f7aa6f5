"""The minutes to hand out: one audience's version read for the actor (:mod:`document`), laid
out as a PDF by :mod:`console.reports.minutes` and written whole to the file asked for; and the
meetings whose minutes the command line prints.

Reads only: nothing here writes to the database, so no ``@writes``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from sqlalchemy.orm import Session

from console import files
from console.models import Visibility
from console.services.access import Actor
from console.services.meetings.document import minutes_document


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
    refuses (unknown meeting or organization, a version beyond the actor, an organization's
    version without the organization). Raises OSError when the file cannot be
    written."""
    document = minutes_document(
        session, actor, request.meeting_id, Visibility(request.audience), request.organization_id
    )
    from console.reports.minutes import render_minutes  # noqa: PLC0415 - reportlab, on demand

    pdf = render_minutes(
        document, language=request.language, generated_at=datetime.now(UTC), tz=request.tz
    )
    files.write_atomically(request.path, pdf.content)
    return pdf.pages
