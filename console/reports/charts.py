"""Chart builders for the screen: each returns a ``matplotlib.figure.Figure`` (no pyplot state),
shown in a ``FigureCanvasQTAgg`` by the views, drawn from a chart description of
:mod:`console.reports.chart_spec` — the same description the PDFs draw as vector graphics
(:mod:`console.reports.vector_charts`).

Every visible word is passed in by the caller, already translated; numbers are written with the
decimal mark of the language the caller builds in (:func:`numbers_in`, "2,5" in Italian).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from console.reports import chart_spec as spec
from console.reports.chart_spec import (
    PRESENCE_COLOUR,
    PRESSURE_ALPHA,
    PRESSURE_COLOUR,
    SERIES_COLOURS,
    THRESHOLD_COLOUR,
    TREND_LABELS,
    BarChart,
    TrendChart,
    TrendPoint,
    number_text,
    numbers_in,
    tick_text,
)

SUPPRESSED_HATCH = "///"

__all__ = [
    "PRESENCE_COLOUR",
    "PRESSURE_COLOUR",
    "SERIES_COLOURS",
    "THRESHOLD_COLOUR",
    "TREND_LABELS",
    "TrendPoint",
    "figure_of",
    "number_text",
    "numbers_in",
]


def _ticks(axis: Any, lang: str) -> None:
    """Tick labels with the decimal mark of the chart's language (they are written when the
    chart is drawn, which on screen happens later, outside :func:`numbers_in`)."""
    axis.set_major_formatter(FuncFormatter(lambda value, _position: tick_text(value, lang)))


def _say(axes: Any, text: str) -> None:
    """Write ``text`` across ``axes``, which has nothing drawn: an empty chart says so
    instead of looking broken."""
    axes.text(
        0.5,
        0.5,
        text,
        transform=axes.transAxes,
        ha="center",
        va="center",
        color=THRESHOLD_COLOUR,
        wrap=True,
    )
    axes.set_xticks([])
    axes.set_yticks([])


# -- rendering a description ------------------------------------------------------------------


def figure_of(
    chart: BarChart | TrendChart, *, size: tuple[float, float] | None = None, dpi: float = 100
) -> Figure:
    """The matplotlib figure of ``chart`` (its own size unless ``size`` is given)."""
    if isinstance(chart, TrendChart):
        if chart.detailed:
            return _detailed_trend(chart, size or chart.size, dpi)
        return _trend_rows(chart, size or chart.size, dpi)
    return _bars(chart, size or chart.size, dpi)


def _bars(chart: BarChart, size: tuple[float, float], dpi: float) -> Figure:
    figure = Figure(figsize=size, dpi=dpi, layout="constrained")
    for index, panel in enumerate(chart.panels):
        axes = figure.add_subplot(1, len(chart.panels), index + 1)
        count = len(panel.categories)
        height, offsets = panel.bar_offsets()
        for series, offset in zip(panel.series, offsets, strict=False):
            ys = [count - 1 - i + offset for i in range(count)]
            bars = axes.barh(
                ys,
                series.heights,
                height=height,
                color=series.colour,
                edgecolor=series.colour,
                label=series.name,
            )
            texts = panel.value_texts(series, chart.suppressed_text, chart.lang)
            for bar, value, text in zip(bars, series.values, texts, strict=True):
                if value is None:
                    bar.set_hatch(SUPPRESSED_HATCH)
                    bar.set_fill(False)
                axes.annotate(
                    text,
                    (bar.get_x() + bar.get_width(), bar.get_y() + bar.get_height() / 2),
                    xytext=(3, 0),
                    textcoords="offset points",
                    va="center",
                    fontsize="small",
                )
        axes.set_yticks(list(range(count))[::-1], list(panel.categories))
        if panel.title:
            axes.set_title(panel.title, wrap=True)
        axes.set_xlabel(panel.value_label)
        axes.set_xlim(0, panel.limit)
        locator = MaxNLocator(integer=panel.integer_ticks, min_n_ticks=1)
        if panel.bins is not None:
            locator = MaxNLocator(integer=panel.integer_ticks, min_n_ticks=1, nbins=panel.bins)
        axes.xaxis.set_major_locator(locator)
        _ticks(axes.xaxis, chart.lang)
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
        if panel.empty and chart.empty_text:
            _say(axes, chart.empty_text)
    if chart.title:
        # Centred on the whole figure (not on the axes, which long category names push
        # right) and wrapped at its edges: a long title in Italian is never cut.
        figure.suptitle(chart.title, wrap=True)
    if chart.legend:  # below the axes: inside, it hid the values of the longest bars
        figure.legend(
            loc="outside lower center",
            ncols=len(chart.panels[0].series),
            fontsize="small",
            frameon=False,
        )
    return figure


def _trend_axes(
    bars: Any, line: Any, row: spec.TrendRow, chart: TrendChart, bins: int | None
) -> tuple[Any, Any]:
    """The row's pressure bars on ``bars`` and presence line on ``line`` (its twin)."""
    xs = list(range(len(row.pressure)))
    pressure = bars.bar(
        xs,
        row.pressure,
        width=0.6,
        color=PRESSURE_COLOUR,
        alpha=PRESSURE_ALPHA,
        label=chart.words["pressure"],
    )
    (presence,) = line.plot(
        xs,
        row.presence,
        color=PRESENCE_COLOUR,
        marker="o",
        linewidth=2 if chart.detailed else 1.5,
        label=chart.words["presence"],
    )
    # About a dozen dated ticks keep the dates readable (and a year's 52 ticks, made and
    # measured for each chart, were most of a summary's time).
    bars.set_xticks([i for i, _ in row.dates], [text for _, text in row.dates])
    for axis in (bars, line):
        axis.set_ylim(bottom=0)
        if bins is None:
            axis.yaxis.set_major_locator(MaxNLocator(integer=True, min_n_ticks=1))
        else:
            axis.yaxis.set_major_locator(MaxNLocator(integer=True, min_n_ticks=1, nbins=bins))
        _ticks(axis.yaxis, chart.lang)
    if row.empty:
        bars.set_xlim(-0.5, 0.5)
    return pressure, presence


def _detailed_trend(chart: TrendChart, size: tuple[float, float], dpi: float) -> Figure:
    words = chart.words
    figure = Figure(figsize=size, dpi=dpi, layout="constrained")
    bars = figure.add_subplot()
    line = bars.twinx()
    [row] = chart.rows
    _trend_axes(bars, line, row, chart, None)
    handles = [*bars.get_legend_handles_labels()[0], *line.get_legend_handles_labels()[0]]
    if chart.threshold is not None:
        handles.append(
            bars.axhline(
                chart.threshold,
                color=THRESHOLD_COLOUR,
                linestyle="--",
                linewidth=1,
                label=words["threshold"],
            )
        )
    bars.set_title(chart.title)
    bars.set_xlabel(words["week"])
    bars.set_ylabel(words["pressure"], color=PRESSURE_COLOUR)
    line.set_ylabel(words["presence"], color=PRESENCE_COLOUR)
    if row.empty and chart.empty_text:
        _say(bars, chart.empty_text)
    # Below the axes, so neither the bars nor the line (drawn over the bars' axes) hide it.
    figure.legend(
        handles=handles, loc="outside lower center", ncols=3, fontsize="small", frameon=False
    )
    return figure


def _trend_rows(chart: TrendChart, size: tuple[float, float], dpi: float) -> Figure:
    figure = Figure(figsize=size, dpi=dpi, layout="constrained")
    figure.suptitle(chart.title)
    handles = []
    for index, row in enumerate(chart.rows):
        bars = figure.add_subplot(len(chart.rows), 1, index + 1)
        line = bars.twinx()
        handles = list(_trend_axes(bars, line, row, chart, 3))
        bars.set_title(row.name, fontsize="medium", loc="left")
        for axis in (bars, line):
            axis.tick_params(labelsize="x-small")
    if handles:
        figure.legend(
            handles,
            [chart.words["pressure"], chart.words["presence"]],
            loc="outside lower center",
            ncols=2,
            fontsize="small",
            frameon=False,
        )
    return figure


# -- the builders the views call: a description, drawn -----------------------------------------


def zone_trend_figure(
    points: Sequence[TrendPoint],
    *,
    title: str,
    labels: Mapping[str, str],
    threshold: float | None = None,
    week_text: Callable[[date], str] | None = None,
    size: tuple[float, float] = spec.DEFAULT_SIZE,
    dpi: float = 100,
) -> Figure:
    """Pressure per week as bars (left axis) and presence hours as a line (right axis).

    ``labels`` gives the words: ``pressure``, ``presence``, ``threshold`` and ``week`` (any
    missing one is English, see :data:`TREND_LABELS`). With ``threshold`` a dashed line marks
    the zone's review threshold on the pressure axis. ``week_text`` writes a Monday under its
    bar (default ``dd/mm``). No points give an empty chart with its axes and title.
    """
    chart = spec.zone_trend_chart(
        points, title=title, labels=labels, threshold=threshold, week_text=week_text
    )
    return figure_of(chart, size=size, dpi=dpi)


def _drawn(describe: Callable[..., BarChart | TrendChart]) -> Callable[..., Figure]:
    """A builder taking ``describe``'s arguments and ``dpi``, returning the figure."""

    @functools.wraps(describe)
    def build(
        *args: Any, dpi: float = 100, size: tuple[float, float] | None = None, **kwargs: Any
    ) -> Figure:
        return figure_of(describe(*args, **kwargs), size=size, dpi=dpi)

    return build


bar_figure = _drawn(spec.bar_chart)
grouped_bar_figure = _drawn(spec.grouped_bar_chart)
shifts_figure = _drawn(spec.shifts_chart)
hours_by_zone_figure = _drawn(spec.hours_chart)
hours_by_organization_figure = _drawn(functools.partial(spec.hours_chart, colour=SERIES_COLOURS[2]))
contacts_figure = _drawn(spec.contacts_chart)
counts_figure = _drawn(spec.counts_chart)
# People met by identification stage; cases opened, closed and active; referrals by status or
# by receiving organization: the same chart, each in its own colour.
people_met_figure = _drawn(functools.partial(spec.counts_chart, colour=SERIES_COLOURS[3]))
cases_figure = _drawn(functools.partial(spec.counts_chart, colour=SERIES_COLOURS[4]))
referrals_figure = _drawn(functools.partial(spec.counts_chart, colour=SERIES_COLOURS[5]))
signals_figure = _drawn(functools.partial(spec.counts_chart, colour=PRESSURE_COLOUR))
zones_trend_figure = _drawn(spec.zones_trend_chart)
before_after_figure = _drawn(spec.before_after_chart)
