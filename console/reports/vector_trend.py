"""Pressure against presence per week as reportlab vector graphics, from a
:class:`~console.reports.chart_spec.TrendChart`: a row of axes per zone (or the zone page's
one, with named axes and the review threshold)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect
from reportlab.lib import colors

from console.reports.chart_spec import (
    PRESENCE_COLOUR,
    PRESSURE_ALPHA,
    PRESSURE_COLOUR,
    TrendChart,
    TrendRow,
    tick_text,
)
from console.reports.vector_pieces import (
    AXIS_WIDTH,
    INK,
    LABEL_SIZE,
    MUTED,
    SMALL_SIZE,
    TICK,
    TITLE_SIZE,
    axis_ticks,
    draw_legend,
    draw_text,
    draw_title,
    new_drawing,
    over_white,
    rotated_text,
    swatch_box,
    text_width,
)


def _limit(values: Sequence[float]) -> float:
    top = max(values, default=0.0)
    return top * 1.05 if top > 0 else 1.0


def trend_drawing(chart: TrendChart, width: float, height: float) -> Drawing:
    drawing = new_drawing(width, height)
    words, lang = chart.words, chart.lang
    bar_colour = over_white(PRESSURE_COLOUR, PRESSURE_ALPHA)
    line_colour = colors.HexColor(PRESENCE_COLOUR)
    top = draw_title(drawing, chart.title, TITLE_SIZE, width, height) - 4
    legend: list[tuple[str, Callable[[float, float], list]]] = [
        (words["pressure"], swatch_box(bar_colour)),
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
        draw_legend(drawing, legend, width)
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
        (axis_ticks(p, width, True, bins, lang), axis_ticks(h, width, True, bins, lang))
        for p, h in limits
    ]
    size = SMALL_SIZE if chart.detailed else SMALL_SIZE - 0.5
    widest_left = max(text_width(tick_text(v, lang), size) for left, _ in tick_sets for v in left)
    widest_right = max(
        text_width(tick_text(v, lang), size) for _, right in tick_sets for v in right
    )
    named = 14 if chart.detailed else 0  # the axes' names beside the ticks
    px = widest_left + TICK + 4 + named
    plot = width - px - (widest_right + TICK + 4 + named)
    row_height = (top - bottom) / len(rows)
    for index, (row, (p_limit, h_limit), (p_ticks, h_ticks)) in enumerate(
        zip(rows, limits, tick_sets, strict=True)
    ):
        row_top = top - index * row_height
        if not chart.detailed:
            drawing.add(draw_text(px, row_top - LABEL_SIZE - 1, row.name, LABEL_SIZE + 0.5))
            row_top -= LABEL_SIZE + 5
        axis_y = top - (index + 1) * row_height + size + TICK + 8
        if chart.detailed and words.get("week"):
            axis_y += LABEL_SIZE + 4
            drawing.add(
                draw_text(
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
                rotated_text(
                    LABEL_SIZE,
                    middle,
                    words["pressure"],
                    LABEL_SIZE,
                    colors.HexColor(PRESSURE_COLOUR),
                )
            )
            drawing.add(rotated_text(width - 3, middle, words["presence"], LABEL_SIZE, line_colour))
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
                    draw_text(
                        px + plot / 2,
                        middle,
                        chart.empty_text,
                        LABEL_SIZE,
                        anchor="middle",
                        colour=MUTED,
                    )
                )
    draw_legend(drawing, legend, width)
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
            draw_text(px - TICK - 2, y - size * 0.35, tick_text(value, lang), size, anchor="end")
        )
    for value in ticks[1]:
        y = axis_y + plot_height * value / h_limit
        drawing.add(
            Line(px + plot, y, px + plot + TICK, y, strokeWidth=AXIS_WIDTH, strokeColor=INK)
        )
        drawing.add(draw_text(px + plot + TICK + 2, y - size * 0.35, tick_text(value, lang), size))
    for i, text in row.dates:
        x = px + (i + 0.5) * slot
        drawing.add(Line(x, axis_y, x, axis_y - TICK, strokeWidth=AXIS_WIDTH, strokeColor=INK))
        drawing.add(draw_text(x, axis_y - TICK - size - 1, text, size, anchor="middle"))
