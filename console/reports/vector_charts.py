"""The PDFs' charts as reportlab vector drawings, drawn from the same descriptions
(:mod:`console.reports.chart_spec`) the screen draws with matplotlib: crisp when printed, a few
kilobytes each, and quick to make (a year's summary drew 36 matplotlib charts in 7 s).

The margins are measured from the fonts (the longest category name, the widest value and tick
label), so nothing is cut and nothing overlaps, without a layout engine.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from matplotlib.ticker import MaxNLocator
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from console.reports.chart_spec import (
    GROUP_BAR,
    PRESENCE_COLOUR,
    PRESSURE_ALPHA,
    PRESSURE_COLOUR,
    THRESHOLD_COLOUR,
    BarChart,
    BarPanel,
    TrendChart,
    TrendRow,
    tick_text,
)
from console.reports.fonts import unicode_family

TITLE_SIZE = 12.5
PANEL_TITLE_SIZE = 11
LABEL_SIZE = 9.5  # category names, axis names, legend
SMALL_SIZE = 8.5  # values at the bars' ends, ticks
TICK = 3  # tick marks' length
AXIS_WIDTH = 0.6
INK = colors.HexColor("#212121")
MUTED = colors.HexColor(THRESHOLD_COLOUR)


class ChartFlowable(Flowable):
    """A drawing placed in a story; ``on_drawn`` is called once it is on its page (a PDF's
    progress, which may raise to stop the build)."""

    def __init__(self, drawing: Drawing, on_drawn: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.drawing = drawing
        self.width, self.height = drawing.width, drawing.height
        self._on_drawn = on_drawn

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.drawing.drawOn(self.canv, 0, 0)
        if self._on_drawn is not None:
            self._on_drawn()


def drawing_of(chart: BarChart | TrendChart, width: float, max_height: float) -> Drawing:
    """``chart`` drawn ``width`` points wide, as tall as its aspect asks (at most
    ``max_height``)."""
    w, h = chart.size
    height = width * h / w
    if isinstance(chart, TrendChart):
        return _trend(chart, width, min(height, max_height))
    return _bars(chart, width, min(max(height, _bars_height(chart, width)), max_height))


def _bars_height(chart: BarChart, width: float) -> float:
    """The height at which every bar's value is legible beside its neighbours' (many zones
    in a grouped chart ask for more than the aspect gives)."""
    title = len(_lines(chart.title, TITLE_SIZE, width - 8)) * TITLE_SIZE * 1.2 + 4
    legend = 16 if chart.legend else 2
    axis = LABEL_SIZE * 1.3 + SMALL_SIZE + TICK + 4
    slots = 0.0
    for panel in chart.panels:
        count = len(panel.series)
        slot = (SMALL_SIZE + 1.5) * count / (GROUP_BAR if count > 1 else 1.0)
        panel_title = len(_lines(panel.title, PANEL_TITLE_SIZE, width / 2)) * PANEL_TITLE_SIZE * 1.2
        slots = max(slots, panel_title + len(panel.categories) * max(slot, LABEL_SIZE * 1.5))
    return title + legend + axis + slots


# -- pieces -----------------------------------------------------------------------------------


def _drawing(width: float, height: float) -> Drawing:
    """An empty drawing whose state starts in the embedded font (reportlab's default,
    Helvetica, is not embedded: a PDF reader would substitute it)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = _font()[0]
    drawing.initialFontSize = LABEL_SIZE
    return drawing


def _font() -> tuple[str, str]:
    family = unicode_family()
    return family.regular, family.bold


def _width(text: str, size: float) -> float:
    return stringWidth(text, _font()[0], size)


def _text(
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    anchor: str = "start",
    colour: colors.Color = INK,
) -> String:
    return String(
        x, y, text, fontName=_font()[0], fontSize=size, fillColor=colour, textAnchor=anchor
    )


def _rotated(x: float, y: float, text: str, size: float, colour: colors.Color) -> Group:
    """``text`` reading upwards, centred on (x, y)."""
    return Group(
        _text(0, 0, text, size, anchor="middle", colour=colour), transform=(0, 1, -1, 0, x, y)
    )


def _lines(text: str, size: float, width: float) -> list[str]:
    return simpleSplit(text, _font()[0], size, max(width, 10)) if text else []


def _ticks(limit: float, length: float, integer: bool, bins: int | None, lang: str) -> list[float]:
    """Tick values in [0, limit] as matplotlib's locator picks them, as many as fit in
    ``length`` points (``bins`` at most) without their labels touching."""
    most = bins if bins is not None else max(2, min(9, int(length // 48)))
    for count in range(most, 0, -1):
        values = [
            v
            for v in MaxNLocator(nbins=count, integer=integer, min_n_ticks=1).tick_values(0, limit)
            if -1e-9 <= v <= limit * (1 + 1e-9)
        ]
        widest = max((_width(tick_text(v, lang), SMALL_SIZE) for v in values), default=0)
        if len(values) <= 1 or widest * 1.4 * len(values) <= length:
            return values
    return [0.0]


def _colour(hex_colour: str, alpha: float = 1.0) -> colors.Color:
    """``hex_colour`` laid over white at ``alpha`` (an opaque colour prints the same
    everywhere)."""
    base = colors.HexColor(hex_colour)
    return colors.Color(*(1 - alpha + alpha * c for c in (base.red, base.green, base.blue)))


def _title(drawing: Drawing, text: str, size: float, width: float, top: float) -> float:
    """Centred, wrapped lines from ``top`` down; returns where they end."""
    y = top
    for line in _lines(text, size, width - 8):
        y -= size * 1.2
        drawing.add(_text(width / 2, y + size * 0.2, line, size, anchor="middle"))
    return y


def _legend(
    drawing: Drawing, items: Sequence[tuple[str, Callable[[float, float], list]]], width: float
) -> None:
    """Swatches and names in a row, centred at the bottom."""
    gaps = 14
    sizes = [14 + _width(name, LABEL_SIZE) for name, _swatch in items]
    x = (width - sum(sizes) - gaps * (len(items) - 1)) / 2
    for (name, swatch), size in zip(items, sizes, strict=True):
        for shape in swatch(x, 6):
            drawing.add(shape)
        drawing.add(_text(x + 14, 3.5, name, LABEL_SIZE))
        x += size + gaps


def _box(colour: colors.Color) -> Callable[[float, float], list]:
    return lambda x, y: [Rect(x, y - 3, 10, 7, fillColor=colour, strokeColor=None)]


# -- bar charts -------------------------------------------------------------------------------


def _bars(chart: BarChart, width: float, height: float) -> Drawing:
    drawing = _drawing(width, height)
    top = _title(drawing, chart.title, TITLE_SIZE, width, height) - 4
    bottom = 16.0 if chart.legend else 2.0
    share = width / len(chart.panels)
    for index, panel in enumerate(chart.panels):
        left = index * share
        inner = share - (12 if index < len(chart.panels) - 1 else 0)
        _panel(drawing, chart, panel, x0=left, width=inner, bottom=bottom, top=top)
    if chart.legend:
        _legend(
            drawing,
            [(s.name, _box(colors.HexColor(s.colour))) for s in chart.panels[0].series],
            width,
        )
    return drawing


def _panel(
    drawing: Drawing,
    chart: BarChart,
    panel: BarPanel,
    *,
    x0: float,
    width: float,
    bottom: float,
    top: float,
) -> None:
    top = _title_left(drawing, panel.title, x0, width, top)
    # Category names on the left, at most 40 % of the panel, wrapped when longer.
    names = [_lines(name, LABEL_SIZE, width * 0.4 - 8) for name in panel.categories]
    left = min(
        max((_width(ln, LABEL_SIZE) for ls in names for ln in ls), default=0) + 8, width * 0.4
    )
    values = [
        (h, _width(text, SMALL_SIZE))
        for series in panel.series
        for h, text in zip(
            series.heights,
            panel.value_texts(series, chart.suppressed_text, chart.lang),
            strict=True,
        )
    ]
    limit = panel.limit
    right = 6.0
    for _ in range(3):  # the plot's width depends on the room its longest value asks for
        plot = width - left - right
        right = max([6.0, *(4 + w - plot * (1 - h / limit) for h, w in values)])
    plot = width - left - right
    px = x0 + left
    axis_y = bottom + LABEL_SIZE * 1.3 + SMALL_SIZE + TICK + 4  # above the axis name and ticks
    drawing.add(_text(px + plot / 2, bottom + 2, panel.value_label, LABEL_SIZE, anchor="middle"))
    drawing.add(Line(px, axis_y, px + plot, axis_y, strokeWidth=AXIS_WIDTH, strokeColor=INK))
    drawing.add(Line(px, axis_y, px, top, strokeWidth=AXIS_WIDTH, strokeColor=INK))
    if panel.empty:
        if chart.empty_text:
            for i, line in enumerate(_lines(chart.empty_text, LABEL_SIZE, plot - 8)):
                y = (axis_y + top) / 2 - i * LABEL_SIZE * 1.25
                drawing.add(
                    _text(px + plot / 2, y, line, LABEL_SIZE, anchor="middle", colour=MUTED)
                )
        return
    for value in _ticks(limit, plot, panel.integer_ticks, panel.bins, chart.lang):
        x = px + plot * value / limit
        drawing.add(Line(x, axis_y, x, axis_y - TICK, strokeWidth=AXIS_WIDTH, strokeColor=INK))
        drawing.add(
            _text(
                x,
                axis_y - TICK - SMALL_SIZE - 1,
                tick_text(value, chart.lang),
                SMALL_SIZE,
                anchor="middle",
            )
        )
    slot = (top - axis_y) / len(panel.categories)
    bar, offsets = panel.bar_offsets()
    for i, lines in enumerate(names):
        centre = top - (i + 0.5) * slot
        drawing.add(Line(px, centre, px - TICK, centre, strokeWidth=AXIS_WIDTH, strokeColor=INK))
        first = centre + (len(lines) - 1) * LABEL_SIZE * 0.6 - LABEL_SIZE * 0.35
        for k, line in enumerate(lines):
            drawing.add(
                _text(px - TICK - 2, first - k * LABEL_SIZE * 1.2, line, LABEL_SIZE, anchor="end")
            )
    for series, offset in zip(panel.series, offsets, strict=False):
        colour = colors.HexColor(series.colour)
        texts = panel.value_texts(series, chart.suppressed_text, chart.lang)
        for i, (h, text) in enumerate(zip(series.heights, texts, strict=True)):
            centre = top - (i + 0.5) * slot + offset * slot
            length = plot * h / limit
            if length > 0:
                drawing.add(
                    Rect(
                        px,
                        centre - bar * slot / 2,
                        length,
                        bar * slot,
                        fillColor=colour,
                        strokeColor=None,
                    )
                )
            drawing.add(_text(px + length + 3, centre - SMALL_SIZE * 0.35, text, SMALL_SIZE))


def _title_left(drawing: Drawing, text: str, x0: float, width: float, top: float) -> float:
    y = top
    for line in _lines(text, PANEL_TITLE_SIZE, width - 8):
        y -= PANEL_TITLE_SIZE * 1.2
        drawing.add(_text(x0 + width / 2, y + 2, line, PANEL_TITLE_SIZE, anchor="middle"))
    return y - (4 if text else 0)


# -- trend charts -----------------------------------------------------------------------------


def _limit(values: Sequence[float]) -> float:
    top = max(values, default=0.0)
    return top * 1.05 if top > 0 else 1.0


def _trend(chart: TrendChart, width: float, height: float) -> Drawing:
    drawing = _drawing(width, height)
    words, lang = chart.words, chart.lang
    bar_colour = _colour(PRESSURE_COLOUR, PRESSURE_ALPHA)
    line_colour = colors.HexColor(PRESENCE_COLOUR)
    top = _title(drawing, chart.title, TITLE_SIZE, width, height) - 4
    legend: list[tuple[str, Callable[[float, float], list]]] = [
        (words["pressure"], _box(bar_colour)),
        (
            words["presence"],
            lambda x, y: [
                Line(x, y, x + 10, y, strokeColor=line_colour, strokeWidth=1.5),
                Circle(x + 5, y, 2, fillColor=line_colour, strokeColor=None),
            ],
        ),
    ]
    if chart.detailed and chart.threshold is not None:
        legend.append(
            (
                words["threshold"],
                lambda x, y: [
                    Line(x, y, x + 10, y, strokeColor=MUTED, strokeWidth=1, strokeDashArray=[3, 2])
                ],
            )
        )
    bottom = 16.0
    rows = chart.rows
    if not rows:
        _legend(drawing, legend, width)
        return drawing
    limits = [
        (
            _limit([*row.pressure, *([chart.threshold] if chart.threshold is not None else [])]),
            _limit(row.presence),
        )
        for row in rows
    ]
    bins = 6 if chart.detailed else 3  # up the side: their height, not their width, counts
    tick_sets = [
        (_ticks(p, width, True, bins, lang), _ticks(h, width, True, bins, lang)) for p, h in limits
    ]
    size = SMALL_SIZE if chart.detailed else SMALL_SIZE - 0.5
    widest_left = max(_width(tick_text(v, lang), size) for left, _ in tick_sets for v in left)
    widest_right = max(_width(tick_text(v, lang), size) for _, right in tick_sets for v in right)
    named = 14 if chart.detailed else 0  # the axes' names beside the ticks
    px = widest_left + TICK + 4 + named
    plot = width - px - (widest_right + TICK + 4 + named)
    row_height = (top - bottom) / len(rows)
    for index, (row, (p_limit, h_limit), (p_ticks, h_ticks)) in enumerate(
        zip(rows, limits, tick_sets, strict=True)
    ):
        row_top = top - index * row_height
        if not chart.detailed:
            drawing.add(_text(px, row_top - LABEL_SIZE - 1, row.name, LABEL_SIZE + 0.5))
            row_top -= LABEL_SIZE + 5
        axis_y = top - (index + 1) * row_height + size + TICK + 8
        if chart.detailed and words.get("week"):
            axis_y += LABEL_SIZE + 4
            drawing.add(
                _text(
                    px + plot / 2,
                    axis_y - TICK - size - LABEL_SIZE - 5,
                    words["week"],
                    LABEL_SIZE,
                    anchor="middle",
                )
            )
        plot_height = row_top - axis_y - 3
        _trend_row(
            drawing,
            row,
            chart,
            frame=(px, axis_y, plot, plot_height),
            limits=(p_limit, h_limit),
            ticks=(p_ticks, h_ticks),
            size=size,
            colours=(bar_colour, line_colour),
        )
        if chart.detailed:
            middle = axis_y + plot_height / 2
            drawing.add(
                _rotated(
                    LABEL_SIZE,
                    middle,
                    words["pressure"],
                    LABEL_SIZE,
                    colors.HexColor(PRESSURE_COLOUR),
                )
            )
            drawing.add(_rotated(width - 3, middle, words["presence"], LABEL_SIZE, line_colour))
            if chart.threshold is not None:
                y = axis_y + plot_height * chart.threshold / p_limit
                drawing.add(
                    Line(
                        px,
                        y,
                        px + plot,
                        y,
                        strokeColor=MUTED,
                        strokeWidth=1,
                        strokeDashArray=[3, 2],
                    )
                )
            if row.empty and chart.empty_text:
                drawing.add(
                    _text(
                        px + plot / 2,
                        middle,
                        chart.empty_text,
                        LABEL_SIZE,
                        anchor="middle",
                        colour=MUTED,
                    )
                )
    _legend(drawing, legend, width)
    return drawing


def _trend_row(
    drawing: Drawing,
    row: TrendRow,
    chart: TrendChart,
    *,
    frame: tuple[float, float, float, float],
    limits: tuple[float, float],
    ticks: tuple[list[float], list[float]],
    size: float,
    colours: tuple[colors.Color, colors.Color],
) -> None:
    """One row's axes in ``frame`` (left, axis height, width, height): pressure bars against
    the left ticks, the presence line against the right ones, dates under the bars."""
    px, axis_y, plot, plot_height = frame
    bar_colour, line_colour = colours
    lang, detailed = chart.lang, chart.detailed
    p_limit, h_limit = limits
    count = max(len(row.pressure), 1)
    slot = plot / count
    for i, value in enumerate(row.pressure):
        if value > 0:
            drawing.add(
                Rect(
                    px + (i + 0.2) * slot,
                    axis_y,
                    slot * 0.6,
                    plot_height * value / p_limit,
                    fillColor=bar_colour,
                    strokeColor=None,
                )
            )
    points = [
        (px + (i + 0.5) * slot, axis_y + plot_height * value / h_limit)
        for i, value in enumerate(row.presence)
    ]
    if points:
        drawing.add(
            PolyLine(
                [c for point in points for c in point],
                strokeColor=line_colour,
                strokeWidth=1.5 if detailed else 1.1,
                strokeLineJoin=1,
            )
        )
        radius = min(2.4 if detailed else 1.8, slot * 0.4)
        for x, y in points:
            drawing.add(Circle(x, y, radius, fillColor=line_colour, strokeColor=None))
    drawing.add(
        Rect(px, axis_y, plot, plot_height, fillColor=None, strokeColor=INK, strokeWidth=AXIS_WIDTH)
    )
    for value in ticks[0]:
        y = axis_y + plot_height * value / p_limit
        drawing.add(Line(px, y, px - TICK, y, strokeWidth=AXIS_WIDTH, strokeColor=INK))
        drawing.add(
            _text(px - TICK - 2, y - size * 0.35, tick_text(value, lang), size, anchor="end")
        )
    for value in ticks[1]:
        y = axis_y + plot_height * value / h_limit
        drawing.add(
            Line(px + plot, y, px + plot + TICK, y, strokeWidth=AXIS_WIDTH, strokeColor=INK)
        )
        drawing.add(_text(px + plot + TICK + 2, y - size * 0.35, tick_text(value, lang), size))
    for i, text in row.dates:
        x = px + (i + 0.5) * slot
        drawing.add(Line(x, axis_y, x, axis_y - TICK, strokeWidth=AXIS_WIDTH, strokeColor=INK))
        drawing.add(_text(x, axis_y - TICK - size - 1, text, size, anchor="middle"))
