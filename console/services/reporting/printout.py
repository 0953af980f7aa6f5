"""The activity summary to hand out: built by :func:`summary.activity_summary`, laid out as a
PDF by :mod:`console.reports.summary` and written whole to the file asked for.

Reads only: nothing here writes to the database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from console import files
from console.models import SignalKind
from console.reports.summary import summary_pdf
from console.services.access import Actor
from console.services.reporting.periods import Period
from console.services.reporting.summary import ProgressJob, activity_summary
from console.services.reporting.suppression import DEFAULT_THRESHOLD


@dataclass(frozen=True)
class SummaryRequest:
    """Print the summary of ``period`` (local days in ``tz``), for ``zone_id`` or the whole
    project, counts of people under ``threshold`` suppressed, in ``language``, to ``path``."""

    period: Period
    language: str
    tz: ZoneInfo
    path: Path
    zone_id: int | None = None
    threshold: int = DEFAULT_THRESHOLD
    # Each signal kind's weight in the pressure index (the map's settings); equal when empty.
    weights: Mapping[SignalKind, float] = field(default_factory=dict)


def write_summary_pdf(
    session: Session, actor: Actor, request: SummaryRequest, job: ProgressJob | None = None
) -> int:
    """Write the summary as asked (a temporary file renamed over the target) and return the
    size of the file in bytes. Refused, with nothing written, as ``activity_summary`` refuses
    (permission, unknown zone); ``SummaryCancelled`` when ``job`` is cancelled. Raises OSError
    when the file cannot be written."""
    summary = activity_summary(
        session,
        actor,
        request.period,
        zone_id=request.zone_id,
        tz=request.tz,
        threshold=request.threshold,
        weights=request.weights or None,
        job=job,
    )
    pdf = summary_pdf(
        summary, language=request.language, generated_at=datetime.now(UTC), tz=request.tz
    )
    files.write_atomically(request.path, pdf)
    return len(pdf)
