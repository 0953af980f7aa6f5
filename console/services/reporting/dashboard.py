"""The dashboard's one operation: the activity summary of a period, the zones to filter by, the
project's first day and the charts, built together (on the runner's worker).

It touches no widget and no Qt: every word of the charts comes in ``words``, translated by the
view before the operation starts, and the chart builders come in the request (functions of
``console.reports.charts``). The figures are plain matplotlib objects; the view wraps them in
canvases on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from console.models import SignalKind
from console.services.access import Actor
from console.services.places.zones import list_zones
from console.services.reporting.periods import Period, PeriodKind
from console.services.reporting.summary import (
    STEPS,
    ActivitySummary,
    ProgressJob,
    SummaryCancelled,
    activity_summary,
    project_start,
)

if TYPE_CHECKING:
    from matplotlib.figure import Figure

# A chart: its key, and the function that draws it from the summary with the words given.
ChartBuilder = Callable[[ActivitySummary, Mapping[str, str]], "Figure"]


@dataclass(frozen=True)
class DashboardRequest:
    """What to build: the period, all zones (None) or one, the settings it depends on, and the
    charts with their words (translated on the GUI thread)."""

    period: Period
    zone_id: int | None
    tz: ZoneInfo
    threshold: int
    weights: Mapping[SignalKind, float] = field(default_factory=dict)
    kind: PeriodKind = PeriodKind.CUSTOM  # how the period was picked (its title on screen)
    charts: tuple[tuple[str, ChartBuilder], ...] = ()
    words: Mapping[str, str] = field(default_factory=dict)
    language: str = "en"  # the decimal mark of the charts' numbers


@dataclass(frozen=True)
class ZoneChoice:
    id: int
    name: str
    colour: str
    active: bool


@dataclass(frozen=True)
class Dashboard:
    request: DashboardRequest
    summary: ActivitySummary
    zones: tuple[ZoneChoice, ...]  # every zone, inactive ones too (a past period had them)
    project_start: date
    charts: tuple[tuple[str, Figure], ...]  # (key, figure) in the order shown


class _Steps:
    """The summary's own steps, reported as the first steps of the whole build."""

    def __init__(self, job: ProgressJob, total: int) -> None:
        self._job, self._total = job, total

    def report(self, done: int, _total: int) -> None:
        self._job.report(done, self._total)

    def is_cancelled(self) -> bool:
        return self._job.is_cancelled()


def build_dashboard(
    session: Session,
    actor: Actor,
    request: DashboardRequest,
    job: ProgressJob,
) -> Dashboard:
    """The summary and its charts; reports the summary's steps, one more, and one per chart to
    ``job``, and stops between steps once it is cancelled."""
    total = STEPS + len(request.charts) + 1
    zones = tuple(
        ZoneChoice(z.id, z.name, z.colour, z.active)
        for z in list_zones(session, actor, include_inactive=True)
    )
    summary = activity_summary(
        session,
        actor,
        request.period,
        zone_id=request.zone_id,
        tz=request.tz,
        threshold=request.threshold,
        weights=request.weights or None,
        job=_Steps(job, total),
    )
    began = project_start(session, actor, request.tz)
    job.report(STEPS + 1, total)
    from console.reports import charts  # noqa: PLC0415 - matplotlib, on the worker

    figures = []
    for number, (key, draw) in enumerate(request.charts, start=STEPS + 2):
        if job.is_cancelled():
            raise SummaryCancelled
        with charts.numbers_in(request.language):
            figures.append((key, draw(summary, request.words)))
        job.report(number, total)
    return Dashboard(request, summary, zones, began, tuple(figures))
