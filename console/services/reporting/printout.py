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
from console.reports.summary import image_count, summary_pdf
from console.services import access
from console.services.access import Action, Actor
from console.services.reporting.periods import Period
from console.services.reporting.summary import (
    ActivitySummary,
    ProgressJob,
    SummaryCancelled,
    activity_summary,
)
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
    # The summary already built for this very request (the dashboard's, on screen): printed
    # as it is, so that the PDF holds what the person saw and is not built twice. None: the
    # summary is built here.
    summary: ActivitySummary | None = None


SUMMARY_SHARE = 30  # of PROGRESS_TOTAL: the figures; the rest, each chart put on its page
PROGRESS_TOTAL = 100


class _Progress:
    """The whole PDF on one bar: the summary's steps its first part, each chart drawn a step
    of the rest; a cancelled job stops the build between two charts too."""

    def __init__(self, job: ProgressJob | None) -> None:
        self._job = job
        self._images, self._drawn = 1, 0

    def report(self, done: int, total: int) -> None:
        if self._job is not None:
            self._job.report(SUMMARY_SHARE * done // max(total, 1), PROGRESS_TOTAL)

    def is_cancelled(self) -> bool:
        return self._job is not None and self._job.is_cancelled()

    def drawing(self, images: int) -> None:
        self._images, self._drawn = max(images, 1), 0

    def image_done(self) -> None:
        self._drawn += 1
        if self._job is None:
            return
        share = (PROGRESS_TOTAL - SUMMARY_SHARE) * min(self._drawn, self._images)
        self._job.report(SUMMARY_SHARE + share // self._images, PROGRESS_TOTAL)
        if self._job.is_cancelled():
            raise SummaryCancelled


def write_summary_pdf(
    session: Session, actor: Actor, request: SummaryRequest, job: ProgressJob | None = None
) -> int:
    """Write the summary as asked (a temporary file renamed over the target) and return the
    size of the file in bytes. Refused, with nothing written, as ``activity_summary`` refuses
    (permission, unknown zone); ``SummaryCancelled`` when ``job`` is cancelled. Raises OSError
    when the file cannot be written."""
    progress = _Progress(job)
    if request.summary is not None:
        access.require(actor, Action.VIEW_AGGREGATES)  # as activity_summary would
        summary = request.summary
        progress.report(1, 1)
    else:
        summary = activity_summary(
            session,
            actor,
            request.period,
            zone_id=request.zone_id,
            tz=request.tz,
            threshold=request.threshold,
            weights=request.weights or None,
            job=progress if job is not None else None,
        )
    progress.drawing(image_count(summary))
    pdf = summary_pdf(
        summary,
        language=request.language,
        generated_at=datetime.now(UTC),
        tz=request.tz,
        on_image=progress.image_done if job is not None else None,
    )
    files.write_atomically(request.path, pdf)
    return len(pdf)
