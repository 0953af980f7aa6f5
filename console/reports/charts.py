"""Chart builders: each returns a ``matplotlib.figure.Figure`` (no pyplot state), shown in a
``FigureCanvasQTAgg`` by the views or saved into a PDF by the reports.

Every visible word is passed in by the caller, already translated; numbers are written with the
decimal mark of the language the caller builds in (:func:`numbers_in`, "2,5" in Italian).
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date
from typing import Any, Protocol

from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from console import texts

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


# The language whose decimal mark the charts built in this context write (a context variable:
# the dashboard builds on the runner's worker while the GUI thread may build another).
_LANGUAGE: contextvars.ContextVar[str] = contextvars.ContextVar("chart_language", default="en")


@contextlib.contextmanager
def numbers_in(lang: str) -> Iterator[None]:
    """Charts built inside write their numbers the way of ``lang`` ("it": "1.234,5")."""
    token = _LANGUAGE.set(texts.language(lang))
    try:
        yield
    finally:
        _LANGUAGE.reset(token)


def number_text(value: float, decimals: int = 0) -> str:
    """``value`` with ``decimals`` decimals and the decimal mark of the current language."""
    return texts.number(value, decimals, _LANGUAGE.get())


def _ticks(axis: Any) -> None:
    """Tick labels with the decimal mark of the language the chart is built in (they are
    written when the chart is drawn, which on screen happens later, outside
    :func:`numbers_in`), with as few decimals as the tick needs: 0,15 stays 0,15."""
    lang = _LANGUAGE.get()

    def write(value: float, _position: object) -> str:
        places = next((p for p in (0, 1, 2) if abs(value - round(value, p)) < 1e-9), 2)
        return texts.number(value, places, lang)

    axis.set_major_formatter(FuncFormatter(write))


class TrendPoint(Protocol):
    """What a trend chart reads from each week (services.indicators.WeekPoint has it)."""

    @property
    def monday(self) -> date: ...
    @property
    def pressure(self) -> float: ...
    @property
    def presence_hours(self) -> float: ...


def _tick_step(weeks: int) -> int:
    """Every how many weeks a trend chart writes a date: about a dozen dates at most."""
    return max(1, -(-weeks // 12))


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
    # About a dozen dated ticks keep the dates readable (and a year's 52 ticks, made and
    # measured for each chart, were most of a summary's time).
    step = _tick_step(len(points))
    bars.set_xticks(xs[::step], [write(p.monday) for p in points[::step]])
    for axis in (bars, line):
        axis.set_ylim(bottom=0)
        axis.yaxis.set_major_locator(MaxNLocator(integer=True, min_n_ticks=1))
        _ticks(axis.yaxis)
    if not points:
        bars.set_xlim(-0.5, 0.5)
    # Below the axes, so neither the bars nor the line (drawn over the bars' axes) hide it.
    figure.legend(
        handles=handles, loc="outside lower center", ncols=3, fontsize="small", frameon=False
    )
    return figure


# -- the activity summary's charts (services.reporting) ----------------------------------------
#
# Values are plain numbers; ``None`` is a suppressed count of people, drawn as an empty hatched
# bar labelled with ``suppressed_text`` (the caller's "<5"), never as a height.

SERIES_COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2")
SUPPRESSED_HATCH = "///"


def _figure(size: tuple[float, float], dpi: float) -> Figure:
    return Figure(figsize=size, dpi=dpi, layout="constrained")


def _title(figure: Figure, title: str) -> None:
    """The chart's title centred on the whole figure (not on the axes, which long category
    names push right) and wrapped at its edges: a long title in Italian is never cut."""
    figure.suptitle(title, wrap=True)


def say_when_empty(figure: Figure, text: str) -> Figure:
    """Write ``text`` across each axes of ``figure`` that has nothing drawn (no category had
    a bar): an empty chart says so instead of looking broken."""
    for axes in figure.axes:
        if not axes.patches and not axes.lines:
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
    return figure


def _label_bars(
    axes: Any, bars: Any, values: Sequence[float | None], suppressed_text: str, decimals: int
) -> None:
    """Write each bar's value at its end ("<5" for a suppressed one)."""
    for bar, value in zip(bars, values, strict=True):
        if value is None:
            bar.set_hatch(SUPPRESSED_HATCH)
            bar.set_fill(False)
            text = suppressed_text
        else:
            text = number_text(value, decimals)
        axes.annotate(
            text,
            (bar.get_x() + bar.get_width(), bar.get_y() + bar.get_height() / 2),
            xytext=(3, 0),
            textcoords="offset points",
            va="center",
            fontsize="small",
        )


def bar_figure(
    categories: Sequence[str],
    values: Sequence[float | None],
    *,
    title: str,
    value_label: str,
    suppressed_text: str = "<5",
    colour: str = PRESENCE_COLOUR,
    decimals: int = 0,
    size: tuple[float, float] = (6.4, 3.2),
    dpi: float = 100,
) -> Figure:
    """One horizontal bar per category (top to bottom in the order given), its value written at
    its end; ``None`` draws a suppressed count. No categories give an empty chart with its
    title."""
    figure = _figure(size, dpi)
    axes = figure.add_subplot()
    ys = list(range(len(categories)))[::-1]
    heights = [0 if v is None else v for v in values]
    bars = axes.barh(ys, heights, height=0.6, color=colour, edgecolor=colour)
    _label_bars(axes, bars, values, suppressed_text, decimals)
    axes.set_yticks(ys, list(categories))
    _title(figure, title)
    axes.set_xlabel(value_label)
    axes.set_xlim(0, max([*heights, 1]) * 1.2)
    axes.xaxis.set_major_locator(MaxNLocator(integer=decimals == 0, min_n_ticks=1))
    _ticks(axes.xaxis)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    return figure


def grouped_bar_figure(
    categories: Sequence[str],
    series: Mapping[str, Sequence[float | None]],
    *,
    title: str,
    value_label: str,
    suppressed_text: str = "<5",
    decimals: int = 0,
    size: tuple[float, float] = (6.4, 3.2),
    dpi: float = 100,
) -> Figure:
    """Horizontal bars per category, one per series (its name in the legend)."""
    figure = _figure(size, dpi)
    axes = figure.add_subplot()
    count = max(len(series), 1)
    height = 0.8 / count
    top = 0.0
    for index, (name, values) in enumerate(series.items()):
        ys = [
            len(categories) - 1 - i + 0.4 - height * (index + 0.5) for i in range(len(categories))
        ]
        heights = [0 if v is None else v for v in values]
        top = max([top, *heights])
        colour = SERIES_COLOURS[index % len(SERIES_COLOURS)]
        bars = axes.barh(
            ys, heights, height=height * 0.9, color=colour, edgecolor=colour, label=name
        )
        _label_bars(axes, bars, values, suppressed_text, decimals)
    axes.set_yticks(list(range(len(categories)))[::-1], list(categories))
    _title(figure, title)
    axes.set_xlabel(value_label)
    axes.set_xlim(0, max(top, 1) * 1.25)
    axes.xaxis.set_major_locator(MaxNLocator(integer=decimals == 0, min_n_ticks=1))
    _ticks(axes.xaxis)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    if series:  # below the axes: inside, it hid the values of the longest bars
        figure.legend(
            loc="outside lower center", ncols=len(series), fontsize="small", frameon=False
        )
    return figure


def shifts_figure(
    zones: Sequence[str],
    planned: Sequence[int],
    done: Sequence[int],
    *,
    title: str,
    labels: Mapping[str, str],
    dpi: float = 100,
) -> Figure:
    """Joint shifts planned and done per zone; ``labels``: planned, done, axis."""
    return grouped_bar_figure(
        zones,
        {labels["planned"]: list(planned), labels["done"]: list(done)},
        title=title,
        value_label=labels["axis"],
        dpi=dpi,
    )


def hours_by_zone_figure(
    zones: Sequence[str], hours: Sequence[float], *, title: str, axis: str, dpi: float = 100
) -> Figure:
    """Hours of presence (outings) per zone."""
    return bar_figure(zones, list(hours), title=title, value_label=axis, decimals=1, dpi=dpi)


def hours_by_organization_figure(
    organizations: Sequence[str],
    hours: Sequence[float],
    *,
    title: str,
    axis: str,
    dpi: float = 100,
) -> Figure:
    """People's hours in outings per organization."""
    return bar_figure(
        organizations,
        list(hours),
        title=title,
        value_label=axis,
        decimals=1,
        colour=SERIES_COLOURS[2],
        dpi=dpi,
    )


def contacts_figure(
    age_bands: Mapping[str, int | None],
    genders: Mapping[str, int | None],
    *,
    title_age: str,
    title_gender: str,
    axis: str,
    suppressed_text: str = "<5",
    size: tuple[float, float] = (6.4, 3.2),
    dpi: float = 100,
) -> Figure:
    """Contacts by age band (left) and by gender (right); keys are the shown words."""
    figure = _figure(size, dpi)
    for index, (groups, title) in enumerate(((age_bands, title_age), (genders, title_gender))):
        axes = figure.add_subplot(1, 2, index + 1)
        values = list(groups.values())
        ys = list(range(len(values)))[::-1]
        heights = [0 if v is None else v for v in values]
        colour = SERIES_COLOURS[index]
        bars = axes.barh(ys, heights, height=0.6, color=colour, edgecolor=colour)
        _label_bars(axes, bars, values, suppressed_text, 0)
        axes.set_yticks(ys, list(groups))
        axes.set_title(title, wrap=True)
        axes.set_xlabel(axis)
        axes.set_xlim(0, max([*heights, 1]) * 1.3)
        axes.xaxis.set_major_locator(MaxNLocator(integer=True, min_n_ticks=1, nbins=4))
        _ticks(axes.xaxis)
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
    return figure


def counts_figure(
    counts: Mapping[str, int | None],
    *,
    title: str,
    axis: str,
    suppressed_text: str = "<5",
    colour: str = PRESENCE_COLOUR,
    dpi: float = 100,
) -> Figure:
    """One bar per key (the caller's words), its count, or hatched when suppressed (None)."""
    return bar_figure(
        list(counts),
        list(counts.values()),
        title=title,
        value_label=axis,
        suppressed_text=suppressed_text,
        colour=colour,
        dpi=dpi,
    )


# People met by identification stage; cases opened, closed and active; referrals by status or
# by receiving organization: the same chart, each in its own colour.
people_met_figure = functools.partial(counts_figure, colour=SERIES_COLOURS[3])
cases_figure = functools.partial(counts_figure, colour=SERIES_COLOURS[4])
referrals_figure = functools.partial(counts_figure, colour=SERIES_COLOURS[5])


def signals_figure(kinds: Mapping[str, int], *, title: str, axis: str, dpi: float = 100) -> Figure:
    """Signals by kind."""
    return bar_figure(
        list(kinds),
        list(kinds.values()),
        title=title,
        value_label=axis,
        colour=PRESSURE_COLOUR,
        dpi=dpi,
    )


def zones_trend_figure(
    series: Sequence[tuple[str, Sequence[TrendPoint]]],
    *,
    title: str,
    labels: Mapping[str, str],
    week_text: Callable[[date], str] | None = None,
    dpi: float = 100,
) -> Figure:
    """Pressure (bars) against presence hours (line) per week, one row of axes per zone
    (``series``: zone name and its weeks); ``labels`` as :func:`zone_trend_figure`."""
    words = {**TREND_LABELS, **labels}
    write = week_text or (lambda monday: f"{monday:%d/%m}")
    rows = max(len(series), 1)
    figure = _figure((6.4, 1.2 + 1.6 * rows), dpi)
    figure.suptitle(title)
    handles = []
    for index, (name, points) in enumerate(series):
        bars = figure.add_subplot(rows, 1, index + 1)
        line = bars.twinx()
        xs = list(range(len(points)))
        bar_handle = bars.bar(
            xs, [p.pressure for p in points], width=0.6, color=PRESSURE_COLOUR, alpha=0.75
        )
        (line_handle,) = line.plot(
            xs, [p.presence_hours for p in points], color=PRESENCE_COLOUR, marker="o", linewidth=1.5
        )
        handles = [bar_handle, line_handle]
        bars.set_title(name, fontsize="medium", loc="left")
        step = _tick_step(len(points))
        bars.set_xticks(xs[::step], [write(p.monday) for p in points[::step]], fontsize="x-small")
        for axis in (bars, line):
            axis.set_ylim(bottom=0)
            axis.yaxis.set_major_locator(MaxNLocator(integer=True, min_n_ticks=1, nbins=3))
            _ticks(axis.yaxis)
            axis.tick_params(labelsize="x-small")
        if not points:
            bars.set_xlim(-0.5, 0.5)
    if handles:
        figure.legend(
            handles,
            [words["pressure"], words["presence"]],
            loc="outside lower center",
            ncols=2,
            fontsize="small",
            frameon=False,
        )
    return figure


def before_after_figure(
    zones: Sequence[str],
    before: Sequence[float],
    after: Sequence[float],
    *,
    title: str,
    labels: Mapping[str, str],
    decimals: int = 1,
    dpi: float = 100,
) -> Figure:
    """One figure (pressure, or presence hours) before and after the start of joint shifts per
    zone; ``labels``: before, after, axis."""
    return grouped_bar_figure(
        zones,
        {labels["before"]: list(before), labels["after"]: list(after)},
        title=title,
        value_label=labels["axis"],
        decimals=decimals,
        dpi=dpi,
    )
