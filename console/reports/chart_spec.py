"""What a chart shows, apart from how it is drawn: its data, words, colours, number format and
"nothing to show" text, described once and drawn by two renderers — matplotlib for the screen
(:mod:`console.reports.charts`) and reportlab's vector graphics for the PDFs
(:mod:`console.reports.vector_charts`).

Every visible word comes in from the caller, already translated; numbers are written with the
decimal mark of the language the description was made in (:func:`numbers_in`). Values are plain
numbers; ``None`` is a suppressed count of people, drawn as an empty bar labelled with the
chart's ``suppressed_text`` (the caller's "<5"), never as a height.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from console import texts

PRESSURE_COLOUR = "#d62728"
PRESENCE_COLOUR = "#1f77b4"
THRESHOLD_COLOUR = "#555555"
SERIES_COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2")
PRESSURE_ALPHA = 0.75  # the pressure bars let the presence line show through
SINGLE_BAR = 0.6  # a lone series' bar, of its category's slot
GROUP_BAR = 0.8  # the bars of a category together, of its slot (each 90 % of its share)
DEFAULT_SIZE = (6.4, 3.2)  # inches: the screen's card and the PDF's aspect
# The words of a trend chart, English unless the caller gives them.
TREND_LABELS = {
    "pressure": "Pressure (weighted signals)",
    "presence": "Presence (hours)",
    "threshold": "Review threshold",
    "week": "Week of",
}

# The language whose decimal mark the charts described in this context write (a context
# variable: the dashboard builds on the runner's worker while the GUI thread may build another).
_LANGUAGE: contextvars.ContextVar[str] = contextvars.ContextVar("chart_language", default="en")


@contextlib.contextmanager
def numbers_in(lang: str) -> Iterator[None]:
    """Charts described inside write their numbers the way of ``lang`` ("it": "1.234,5")."""
    token = _LANGUAGE.set(texts.language(lang))
    try:
        yield
    finally:
        _LANGUAGE.reset(token)


def current_language() -> str:
    return _LANGUAGE.get()


def number_text(value: float, decimals: int = 0, lang: str | None = None) -> str:
    """``value`` with ``decimals`` decimals and the decimal mark of ``lang`` (default: the
    current language)."""
    return texts.number(value, decimals, lang or _LANGUAGE.get())


def tick_text(value: float, lang: str) -> str:
    """An axis tick with as few decimals as it needs: 0,15 stays 0,15, 2,0 is 2."""
    places = next((p for p in (0, 1, 2) if abs(value - round(value, p)) < 1e-9), 2)
    return texts.number(value, places, lang)


class TrendPoint(Protocol):
    """What a trend chart reads from each week (services.indicators.WeekPoint has it)."""

    @property
    def monday(self) -> date: ...
    @property
    def pressure(self) -> float: ...
    @property
    def presence_hours(self) -> float: ...


# -- bar charts ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Series:
    """One colour of bars: a value per category of its panel (``None``: suppressed)."""

    name: str
    values: tuple[float | None, ...]
    colour: str

    @property
    def heights(self) -> list[float]:
        return [0.0 if v is None else float(v) for v in self.values]


@dataclass(frozen=True)
class BarPanel:
    """Horizontal bars, one slot per category (top to bottom in the order given), each
    series' bar in it; the value written at each bar's end."""

    categories: tuple[str, ...]
    series: tuple[Series, ...]
    value_label: str
    title: str = ""  # the panel's own title, above it (a chart of two panels)
    decimals: int = 0
    headroom: float = 1.2  # the axis runs to the longest bar times this, for its value
    bins: int | None = None  # at most this many ticks; None: as many as fit

    @property
    def empty(self) -> bool:
        """No category, or no series: nothing to draw."""
        return not self.categories or not self.series

    @property
    def limit(self) -> float:
        """Where the value axis ends."""
        top = max([1.0, *(h for s in self.series for h in s.heights)])
        return top * self.headroom

    @property
    def integer_ticks(self) -> bool:
        return self.decimals == 0

    def bar_offsets(self) -> tuple[float, list[float]]:
        """The height of each bar and each series' offset from its category's centre, both in
        slots (a category's slot is 1): a lone series fills 0.6, a group 0.8 together."""
        count = len(self.series)
        if count <= 1:
            return SINGLE_BAR, [0.0]
        share = GROUP_BAR / count
        return share * 0.9, [GROUP_BAR / 2 - share * (i + 0.5) for i in range(count)]

    def value_texts(self, series: Series, suppressed_text: str, lang: str) -> list[str]:
        return [
            suppressed_text if v is None else number_text(v, self.decimals, lang)
            for v in series.values
        ]


@dataclass(frozen=True)
class BarChart:
    """A titled chart of one or more bar panels side by side; ``legend`` names the series
    below the panels; ``empty_text`` is written across a panel with nothing to draw."""

    title: str
    panels: tuple[BarPanel, ...]
    suppressed_text: str = "<5"
    legend: bool = False
    empty_text: str | None = None
    lang: str = "en"
    size: tuple[float, float] = DEFAULT_SIZE


def bar_chart(
    categories: Sequence[str],
    values: Sequence[float | None],
    *,
    title: str,
    value_label: str,
    suppressed_text: str = "<5",
    colour: str = PRESENCE_COLOUR,
    decimals: int = 0,
    empty_text: str | None = None,
) -> BarChart:
    """One bar per category, its value at its end; ``None`` a suppressed count."""
    panel = BarPanel(
        tuple(categories), (Series("", tuple(values), colour),), value_label, decimals=decimals
    )
    return BarChart(title, (panel,), suppressed_text, False, empty_text, current_language())


def grouped_bar_chart(
    categories: Sequence[str],
    series: Mapping[str, Sequence[float | None]],
    *,
    title: str,
    value_label: str,
    suppressed_text: str = "<5",
    decimals: int = 0,
    empty_text: str | None = None,
) -> BarChart:
    """Bars per category, one per series (its name in the legend below)."""
    shown = tuple(
        Series(name, tuple(values), SERIES_COLOURS[i % len(SERIES_COLOURS)])
        for i, (name, values) in enumerate(series.items())
    )
    panel = BarPanel(tuple(categories), shown, value_label, decimals=decimals, headroom=1.25)
    return BarChart(title, (panel,), suppressed_text, bool(shown), empty_text, current_language())


def shifts_chart(
    zones: Sequence[str],
    planned: Sequence[int],
    done: Sequence[int],
    *,
    title: str,
    labels: Mapping[str, str],
    empty_text: str | None = None,
) -> BarChart:
    """Joint shifts planned and done per zone; ``labels``: planned, done, axis."""
    return grouped_bar_chart(
        zones,
        {labels["planned"]: list(planned), labels["done"]: list(done)},
        title=title,
        value_label=labels["axis"],
        empty_text=empty_text,
    )


def hours_chart(
    names: Sequence[str],
    hours: Sequence[float],
    *,
    title: str,
    axis: str,
    colour: str = PRESENCE_COLOUR,
    empty_text: str | None = None,
) -> BarChart:
    """Hours per zone (or per organization, in another colour), one decimal."""
    return bar_chart(
        names,
        list(hours),
        title=title,
        value_label=axis,
        decimals=1,
        colour=colour,
        empty_text=empty_text,
    )


def contacts_chart(
    age_bands: Mapping[str, int | None],
    genders: Mapping[str, int | None],
    *,
    title_age: str,
    title_gender: str,
    axis: str,
    suppressed_text: str = "<5",
    empty_text: str | None = None,
) -> BarChart:
    """Contacts by age band (left) and by gender (right); keys are the shown words."""
    panels = tuple(
        BarPanel(
            tuple(groups),
            (Series("", tuple(groups.values()), SERIES_COLOURS[index]),),
            axis,
            title=title,
            headroom=1.3,
            bins=4,
        )
        for index, (groups, title) in enumerate(((age_bands, title_age), (genders, title_gender)))
    )
    return BarChart("", panels, suppressed_text, False, empty_text, current_language())


def counts_chart(
    counts: Mapping[str, int | None],
    *,
    title: str,
    axis: str,
    suppressed_text: str = "<5",
    colour: str = PRESENCE_COLOUR,
    empty_text: str | None = None,
) -> BarChart:
    """One bar per key (the caller's words), its count, or hatched when suppressed (None)."""
    return bar_chart(
        list(counts),
        list(counts.values()),
        title=title,
        value_label=axis,
        suppressed_text=suppressed_text,
        colour=colour,
        empty_text=empty_text,
    )


def before_after_chart(
    zones: Sequence[str],
    before: Sequence[float],
    after: Sequence[float],
    *,
    title: str,
    labels: Mapping[str, str],
    decimals: int = 1,
    empty_text: str | None = None,
) -> BarChart:
    """One figure (pressure, or presence hours) before and after the start of joint shifts per
    zone; ``labels``: before, after, axis."""
    return grouped_bar_chart(
        zones,
        {labels["before"]: list(before), labels["after"]: list(after)},
        title=title,
        value_label=labels["axis"],
        decimals=decimals,
        empty_text=empty_text,
    )


# -- trend charts ---------------------------------------------------------------------------


def tick_step(weeks: int) -> int:
    """Every how many weeks a trend chart writes a date: about a dozen dates at most."""
    return max(1, -(-weeks // 12))


@dataclass(frozen=True)
class TrendRow:
    """One zone's weeks: pressure (bars, left axis) and presence hours (line, right axis)."""

    name: str
    pressure: tuple[float, ...]
    presence: tuple[float, ...]
    dates: tuple[tuple[int, str], ...]  # (week index, its date as written) under the bars

    @property
    def empty(self) -> bool:
        return not self.pressure


@dataclass(frozen=True)
class TrendChart:
    """Pressure against presence per week, one row of axes per zone.

    ``detailed`` is the zone page's chart (one row, named axes, a week label, the review
    threshold when given); otherwise each row is titled with its zone's name."""

    title: str
    rows: tuple[TrendRow, ...]
    words: Mapping[str, str] = field(default_factory=lambda: dict(TREND_LABELS))
    threshold: float | None = None
    detailed: bool = False
    empty_text: str | None = None
    lang: str = "en"

    @property
    def size(self) -> tuple[float, float]:
        if self.detailed:
            return DEFAULT_SIZE
        return (6.4, 1.2 + 1.6 * max(len(self.rows), 1))


def trend_row(
    name: str, points: Sequence[TrendPoint], week_text: Callable[[date], str] | None = None
) -> TrendRow:
    write = week_text or (lambda monday: f"{monday:%d/%m}")
    step = tick_step(len(points))
    return TrendRow(
        name,
        tuple(float(p.pressure) for p in points),
        tuple(float(p.presence_hours) for p in points),
        tuple((i, write(points[i].monday)) for i in range(0, len(points), step)),
    )


def zone_trend_chart(
    points: Sequence[TrendPoint],
    *,
    title: str,
    labels: Mapping[str, str],
    threshold: float | None = None,
    week_text: Callable[[date], str] | None = None,
    empty_text: str | None = None,
) -> TrendChart:
    """One zone's weeks with named axes; any word missing from ``labels`` is English."""
    return TrendChart(
        title,
        (trend_row(title, points, week_text),),
        {**TREND_LABELS, **labels},
        threshold,
        True,
        empty_text,
        current_language(),
    )


def zones_trend_chart(
    series: Sequence[tuple[str, Sequence[TrendPoint]]],
    *,
    title: str,
    labels: Mapping[str, str],
    week_text: Callable[[date], str] | None = None,
    empty_text: str | None = None,
) -> TrendChart:
    """A row per zone (``series``: zone name and its weeks)."""
    return TrendChart(
        title,
        tuple(trend_row(name, points, week_text) for name, points in series),
        {**TREND_LABELS, **labels},
        None,
        False,
        empty_text,
        current_language(),
    )


Chart = BarChart | TrendChart
