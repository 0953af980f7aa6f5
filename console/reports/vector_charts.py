"""The PDFs' charts as reportlab vector drawings, drawn from the same descriptions
(:mod:`console.reports.chart_spec`) the screen draws with matplotlib: crisp when printed, a few
kilobytes each, and quick to make (a year's summary drew 36 matplotlib charts in 7 s).

The margins are measured from the fonts (the longest category name, the widest value and tick
label), so nothing is cut and nothing overlaps, without a layout engine.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib import colors
from reportlab.platypus import Flowable

from console.reports.chart_spec import (
    GROUP_BAR,
    BarChart,
    BarPanel,
    TrendChart,
    tick_text,
)
from console.reports.vector_pieces import (
    AXIS_WIDTH,
    INK,
    LABEL_SIZE,
    MUTED,
    PANEL_TITLE_SIZE,
    SMALL_SIZE,
    TICK,
    TITLE_SIZE,
    axis_ticks,
    draw_legend,
    draw_text,
    draw_title,
    new_drawing,
    swatch_box,
    text_width,
    wrapped,
)
from console.reports.vector_trend import trend_drawing


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
        return trend_drawing(chart, width, min(height, max_height))
    return _bars(chart, width, min(max(height, _bars_height(chart, width)), max_height))


def _bars_height(chart: BarChart, width: float) -> float:
    """The height at which every bar's value is legible beside its neighbours' (many zones
    in a grouped chart ask for more than the aspect gives)."""
    title = len(wrapped(chart.title, TITLE_SIZE, width - 8)) * TITLE_SIZE * 1.2 + 4
    legend = 16 if chart.legend else 2
    axis = LABEL_SIZE * 1.3 + SMALL_SIZE + TICK + 4
    slots = 0.0
    for panel in chart.panels:
        count = len(panel.series)
        slot = (SMALL_SIZE + 1.5) * count / (GROUP_BAR if count > 1 else 1.0)
        panel_title = (
            len(wrapped(panel.title, PANEL_TITLE_SIZE, width / 2)) * PANEL_TITLE_SIZE * 1.2
        )
        slots = max(slots, panel_title + len(panel.categories) * max(slot, LABEL_SIZE * 1.5))
    return title + legend + axis + slots


# -- bar charts -------------------------------------------------------------------------------


def _bars(chart: BarChart, width: float, height: float) -> Drawing:
    drawing = new_drawing(width, height)
    top = draw_title(drawing, chart.title, TITLE_SIZE, width, height) - 4
    bottom = 16.0 if chart.legend else 2.0
    share = width / len(chart.panels)
    for index, panel in enumerate(chart.panels):
        left = index * share
        inner = share - (12 if index < len(chart.panels) - 1 else 0)
        _panel(drawing, chart, panel, x0=left, width=inner, bottom=bottom, top=top)
    if chart.legend:
        draw_legend(
            drawing,
            [(s.name, swatch_box(colors.HexColor(s.colour))) for s in chart.panels[0].series],
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
    names = [wrapped(name, LABEL_SIZE, width * 0.4 - 8) for name in panel.categories]
    left = min(
        max((text_width(ln, LABEL_SIZE) for ls in names for ln in ls), default=0) + 8, width * 0.4
    )
    values = [
        (h, text_width(text, SMALL_SIZE))
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
    drawing.add(
        draw_text(px + plot / 2, bottom + 2, panel.value_label, LABEL_SIZE, anchor="middle")
    )
    drawing.add(Line(px, axis_y, px + plot, axis_y, strokeWidth=AXIS_WIDTH, strokeColor=INK))
    drawing.add(Line(px, axis_y, px, top, strokeWidth=AXIS_WIDTH, strokeColor=INK))
    if panel.empty:
        if chart.empty_text:
            for i, line in enumerate(wrapped(chart.empty_text, LABEL_SIZE, plot - 8)):
                y = (axis_y + top) / 2 - i * LABEL_SIZE * 1.25
                drawing.add(
                    draw_text(px + plot / 2, y, line, LABEL_SIZE, anchor="middle", colour=MUTED)
                )
        return
    for value in axis_ticks(limit, plot, panel.integer_ticks, panel.bins, chart.lang):
        x = px + plot * value / limit
        drawing.add(Line(x, axis_y, x, axis_y - TICK, strokeWidth=AXIS_WIDTH, strokeColor=INK))
        drawing.add(
            draw_text(
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
                draw_text(
                    px - TICK - 2, first - k * LABEL_SIZE * 1.2, line, LABEL_SIZE, anchor="end"
                )
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
            drawing.add(draw_text(px + length + 3, centre - SMALL_SIZE * 0.35, text, SMALL_SIZE))


def _title_left(drawing: Drawing, text: str, x0: float, width: float, top: float) -> float:
    y = top
    for line in wrapped(text, PANEL_TITLE_SIZE, width - 8):
        y -= PANEL_TITLE_SIZE * 1.2
        drawing.add(draw_text(x0 + width / 2, y + 2, line, PANEL_TITLE_SIZE, anchor="middle"))
    return y - (4 if text else 0)
