"""The pieces of the PDFs' vector charts (:mod:`console.reports.vector_charts`): type sizes,
text in the embedded font measured and wrapped, ticks as matplotlib's locator picks them,
titles and legends."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from matplotlib.ticker import MaxNLocator
from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from console.reports.chart_spec import THRESHOLD_COLOUR, tick_text
from console.reports.fonts import unicode_family

TITLE_SIZE = 12.5
PANEL_TITLE_SIZE = 11
LABEL_SIZE = 9.5  # category names, axis names, legend
SMALL_SIZE = 8.5  # values at the bars' ends, ticks
TICK = 3  # tick marks' length
AXIS_WIDTH = 0.6
INK = colors.HexColor("#212121")
MUTED = colors.HexColor(THRESHOLD_COLOUR)


def new_drawing(width: float, height: float) -> Drawing:
    """An empty drawing whose state starts in the embedded font (reportlab's default,
    Helvetica, is not embedded: a PDF reader would substitute it)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = font_name()
    drawing.initialFontSize = LABEL_SIZE
    return drawing


def font_name() -> str:
    """The embedded family's regular face (registered with reportlab on first use)."""
    return unicode_family().regular


def text_width(text: str, size: float) -> float:
    return stringWidth(text, font_name(), size)


def draw_text(
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    anchor: str = "start",
    colour: colors.Color = INK,
) -> String:
    return String(
        x, y, text, fontName=font_name(), fontSize=size, fillColor=colour, textAnchor=anchor
    )


def rotated_text(x: float, y: float, text: str, size: float, colour: colors.Color) -> Group:
    """``text`` reading upwards, centred on (x, y)."""
    return Group(
        draw_text(0, 0, text, size, anchor="middle", colour=colour), transform=(0, 1, -1, 0, x, y)
    )


def wrapped(text: str, size: float, width: float) -> list[str]:
    return simpleSplit(text, font_name(), size, max(width, 10)) if text else []


def axis_ticks(
    limit: float, length: float, integer: bool, bins: int | None, lang: str
) -> list[float]:
    """Tick values in [0, limit] as matplotlib's locator picks them, as many as fit in
    ``length`` points (``bins`` at most) without their labels touching."""
    most = bins if bins is not None else max(2, min(9, int(length // 48)))
    for count in range(most, 0, -1):
        values = [
            v
            for v in MaxNLocator(nbins=count, integer=integer, min_n_ticks=1).tick_values(0, limit)
            if -1e-9 <= v <= limit * (1 + 1e-9)
        ]
        widest = max((text_width(tick_text(v, lang), SMALL_SIZE) for v in values), default=0)
        if len(values) <= 1 or widest * 1.4 * len(values) <= length:
            return values
    return [0.0]


def over_white(hex_colour: str, alpha: float = 1.0) -> colors.Color:
    """``hex_colour`` laid over white at ``alpha`` (an opaque colour prints the same
    everywhere)."""
    base = colors.HexColor(hex_colour)
    return colors.Color(*(1 - alpha + alpha * c for c in (base.red, base.green, base.blue)))


def draw_title(drawing: Drawing, text: str, size: float, width: float, top: float) -> float:
    """Centred, wrapped lines from ``top`` down; returns where they end."""
    y = top
    for line in wrapped(text, size, width - 8):
        y -= size * 1.2
        drawing.add(draw_text(width / 2, y + size * 0.2, line, size, anchor="middle"))
    return y


def draw_legend(
    drawing: Drawing, items: Sequence[tuple[str, Callable[[float, float], list]]], width: float
) -> None:
    """Swatches and names in a row, centred at the bottom."""
    gaps = 14
    sizes = [14 + text_width(name, LABEL_SIZE) for name, _swatch in items]
    x = (width - sum(sizes) - gaps * (len(items) - 1)) / 2
    for (name, swatch), size in zip(items, sizes, strict=True):
        for shape in swatch(x, 6):
            drawing.add(shape)
        drawing.add(draw_text(x + 14, 3.5, name, LABEL_SIZE))
        x += size + gaps


def swatch_box(colour: colors.Color) -> Callable[[float, float], list]:
    return lambda x, y: [Rect(x, y - 3, 10, 7, fillColor=colour, strokeColor=None)]
