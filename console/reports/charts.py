"""Chart builders: each returns a ``matplotlib.figure.Figure`` (no pyplot state), shown in a
``FigureCanvasQTAgg`` by the views or saved into a PDF by the reports.

Every visible word is passed in by the caller, already translated; numbers are plain.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Protocol

from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

PRESSURE_COLOUR = "#d62728"
PRESENCE_COLOUR = "#1f77b4"
THRESHOLD_COLOUR = "#555555"
# The words of zone_trend_figure, English unless the caller gives them.
TREND_LABELS = {
    "pressure": "Pressure (weighted signals)",
    "presence": "Presence (hours)",
    "threshold": "Review threshold",
    "week": "Week of",
}


class TrendPoint(Protocol):
    """What a trend chart reads from each week (services.indicators.WeekPoint has it)."""

    @property
    def monday(self) -> date: ...
    @property
    def pressure(self) -> float: ...
    @property
    def presence_hours(self) -> float: ...


def zone_trend_figure(
    points: Sequence[TrendPoint],
    *,
    title: str,
    labels: Mapping[str, str],
    threshold: float | None = None,
    week_text: Callable[[date], str] | None = None,
    size: tuple[float, float] = (6.4, 3.2),
    dpi: float = 100,
) -> Figure:
    """Pressure per week as bars (left axis) and presence hours as a line (right axis).

    ``labels`` gives the words: ``pressure``, ``presence``, ``threshold`` and ``week`` (any
    missing one is English, see :data:`TREND_LABELS`). With ``threshold`` a dashed line marks
    the zone's review threshold on the pressure axis. ``week_text`` writes a Monday under its
    bar (default ``dd/mm``). No points give an empty chart with its axes and title.
    """
    words = {**TREND_LABELS, **labels}
    write = week_text or (lambda monday: f"{monday:%d/%m}")
    figure = Figure(figsize=size, dpi=dpi, layout="constrained")
    bars = figure.add_subplot()
    line = bars.twinx()
    xs = list(range(len(points)))
    bars.bar(
        xs,
        [p.pressure for p in points],
        width=0.6,
        color=PRESSURE_COLOUR,
        alpha=0.75,
        label=words["pressure"],
    )
    line.plot(
        xs,
        [p.presence_hours for p in points],
        color=PRESENCE_COLOUR,
        marker="o",
        linewidth=2,
        label=words["presence"],
    )
    handles = [*bars.get_legend_handles_labels()[0], *line.get_legend_handles_labels()[0]]
    if threshold is not None:
        handles.append(
            bars.axhline(
                threshold,
                color=THRESHOLD_COLOUR,
                linestyle="--",
                linewidth=1,
                label=words["threshold"],
            )
        )
    bars.set_title(title)
    bars.set_xlabel(words["week"])
    bars.set_ylabel(words["pressure"], color=PRESSURE_COLOUR)
    line.set_ylabel(words["presence"], color=PRESENCE_COLOUR)
    bars.set_xticks(xs, [write(p.monday) for p in points])
    if len(points) > 12:  # keep the dates readable: about a dozen ticks
        step = -(-len(points) // 12)
        for index, tick in enumerate(bars.get_xticklabels()):
            tick.set_visible(index % step == 0)
    for axis in (bars, line):
        axis.set_ylim(bottom=0)
        axis.yaxis.set_major_locator(MaxNLocator(integer=True, min_n_ticks=1))
    if not points:
        bars.set_xlim(-0.5, 0.5)
    # Below the axes, so neither the bars nor the line (drawn over the bars' axes) hide it.
    figure.legend(
        handles=handles, loc="outside lower center", ncols=3, fontsize="small", frameon=False
    )
    return figure
