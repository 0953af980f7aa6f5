"""The activity summary as a PDF (A4): a cover with the project and the period, the figures
against the previous period, the charts of :mod:`console.reports.charts`, a page per zone and
a method note; page numbers and the generation date on every page, DejaVu Sans embedded.

It prints only what :mod:`console.services.reporting` gives: counts, hours, zone and
organization names. No person's name, note or nickname ever reaches it.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable
from datetime import datetime, tzinfo
from io import BytesIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from console import texts
from console.models import SignalKind
from console.reports import chart_spec as charts
from console.reports.chart_spec import SERIES_COLOURS, BarChart, TrendChart
from console.reports.fonts import FontFamily, unicode_family
from console.reports.pages import (
    MARGIN,
    MUTED,
    a4_document,
    numbered_canvas,
    style_maker,
)
from console.reports.vector_charts import ChartFlowable, drawing_of
from console.services.reporting.summary import ActivitySummary, Figures, ZoneSummary
from console.services.reporting.suppression import Count, change_text

PAGE_WIDTH, PAGE_HEIGHT = A4
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN
# The tallest chart a page holds: its frame (margins, the running head, platypus's padding)
# less a little room; a taller one would stop the whole PDF with a layout error.
IMAGE_HEIGHT = PAGE_HEIGHT - 2 * MARGIN - 6 * mm - 24
TREND_ZONES_PER_CHART = 4  # the week-by-week chart grows with its zones: four fill a page
SUMMARY_CHARTS = 9  # the charts of the whole period always drawn (see _charts)
# Called after each chart is on its page, during one summary_pdf (a context variable: a PDF may be
# built on the runner's worker while the GUI thread builds another).
_ON_IMAGE: contextvars.ContextVar[Callable[[], None] | None] = contextvars.ContextVar(
    "summary_on_image", default=None
)
RULE = colors.HexColor("#bdbdbd")
ACCENT = colors.HexColor("#1f4e79")

Value = Count | int | float


def image_count(summary: ActivitySummary) -> int:
    """How many charts :func:`summary_pdf` draws for ``summary`` (the slow part of it)."""
    joint = any(zone.before_after is not None for zone in summary.zones)
    trend_charts = max(1, -(-len(summary.zones) // TREND_ZONES_PER_CHART))
    return SUMMARY_CHARTS + (2 if joint else 0) + trend_charts + len(summary.zones)


def summary_pdf(
    summary: ActivitySummary,
    *,
    language: str,
    generated_at: datetime,
    tz: tzinfo,
    on_image: Callable[[], None] | None = None,
) -> bytes:
    """The summary as PDF bytes in ``language`` ('it' or 'en'); ``generated_at`` (aware) is
    printed on every page in ``tz``. ``on_image`` is called after each chart is drawn (of
    :func:`image_count`): it may report progress, or raise to stop the build."""
    lang = texts.language(language)
    words = texts.SUMMARY[lang]
    fonts = unicode_family()
    styles = _styles(fonts)
    buffer = BytesIO()
    period = texts.date_range(summary.period.start, summary.period.end, lang)
    doc = a4_document(buffer, title=f"{words['document']}: {period}", lang=lang)
    local = generated_at.astimezone(tz)
    stamp = words["generated"].format(
        day=texts.day_month_year(local.date(), lang), time=local.strftime("%H:%M")
    )

    def page_frame(canvas: Canvas, _doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - MARGIN
        canvas.setFont(fonts.regular, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, top, f"{texts.PROJECT_PARTNERS} — {words['document']}, {period}")
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 2 * mm, PAGE_WIDTH - MARGIN, top - 2 * mm)
        canvas.drawString(MARGIN, MARGIN - 8 * mm, stamp)
        canvas.restoreState()

    def page_numbers(canvas: Canvas, number: int, total: int) -> None:
        canvas.setFont(fonts.regular, 8)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(
            PAGE_WIDTH - MARGIN, MARGIN - 8 * mm, words["page"].format(n=number, total=total)
        )

    token = _ON_IMAGE.set(on_image)
    try:
        with charts.numbers_in(lang):
            story = _story(summary, lang, styles)
    finally:
        _ON_IMAGE.reset(token)
    doc.build(
        story,
        onFirstPage=page_frame,
        onLaterPages=page_frame,
        canvasmaker=numbered_canvas(page_numbers, fonts.regular),
    )
    return buffer.getvalue()


# -- the story --------------------------------------------------------------------------------


def _story(
    summary: ActivitySummary, lang: str, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    words = texts.SUMMARY[lang]
    story: list[Flowable] = [*_cover(summary, lang, styles)]
    story.append(Paragraph(words["figures"], styles["h1"]))
    story.append(_figures_table(summary.figures, summary.previous, summary, lang, styles))
    story.append(PageBreak())
    story.append(Paragraph(words["charts"], styles["h1"]))
    story.extend(_charts(summary, lang))
    for zone in summary.zones:
        story.append(PageBreak())
        story.extend(_zone_page(zone, summary, lang, styles))
    story.append(PageBreak())
    story.extend(_method(summary, lang, styles))
    return story


def _cover(
    summary: ActivitySummary, lang: str, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    words = texts.SUMMARY[lang]
    period = texts.date_range(summary.period.start, summary.period.end, lang)
    lines: list[Flowable] = [
        Spacer(1, 30 * mm),
        Paragraph(texts.PROJECT_PARTNERS, styles["kicker"]),
        Paragraph(texts.PROJECT_NAME[lang], styles["kicker"]),
        Paragraph(words["document"], styles["title"]),
        Paragraph(words["period"].format(period=period), styles["lead"]),
        Paragraph(
            words["zone_only"].format(zone=summary.zone_name)
            if summary.zone_name
            else words["all_zones"],
            styles["body"],
        ),
    ]
    if summary.previous_period is not None:
        previous = texts.date_range(
            summary.previous_period.start, summary.previous_period.end, lang
        )
        lines.append(Paragraph(words["previous"].format(period=previous), styles["body"]))
    else:
        lines.append(Paragraph(words["no_previous"], styles["body"]))
    lines.append(Paragraph(words["threshold"].format(n=summary.threshold), styles["body"]))
    return lines


# The figures table: the word key and how to read the figure.
FIGURE_ROWS: tuple[tuple[str, Callable[[Figures], Value]], ...] = (
    ("joint_planned", lambda f: f.joint_planned),
    ("joint_done", lambda f: f.joint_done),
    ("joint_to_debrief", lambda f: f.joint_to_debrief),
    ("outings", lambda f: f.outings),
    ("outing_hours", lambda f: f.outing_hours),
    ("presence_hours", lambda f: f.presence_hours),
    ("contacts", lambda f: f.contacts),
    ("people_met", lambda f: f.people_met),
    ("cases_opened", lambda f: f.cases_opened),
    ("cases_closed", lambda f: f.cases_closed),
    ("cases_active", lambda f: f.cases_active),
    ("referrals", lambda f: f.referrals),
    ("signals", lambda f: f.signals),
    ("pressure", lambda f: f.pressure),
)


def _figures_table(
    figures: Figures,
    previous: Figures | None,
    summary: ActivitySummary,
    lang: str,
    styles: dict[str, ParagraphStyle],
    *,
    meetings: bool = True,
) -> Table:
    words = texts.SUMMARY[lang]
    header = [words["figure"], words["this_period"], words["previous_period"], words["change"]]
    rows: list[list[str]] = [header]
    for key, read in FIGURE_ROWS:
        now = read(figures)
        before = read(previous) if previous is not None else None
        rows.append(
            [
                words[key],
                _value(now, lang),
                "" if before is None else _value(before, lang),
                change_text(now, before, lang),
            ]
        )
    if meetings:
        before_meetings = summary.previous_meetings
        for key, now_value, before_value in (
            ("meetings_held", summary.meetings.held, before_meetings and before_meetings.held),
            (
                "actions_done",
                summary.meetings.actions_done,
                before_meetings and before_meetings.actions_done,
            ),
            (
                "actions_open",
                summary.meetings.actions_open,
                before_meetings and before_meetings.actions_open,
            ),
        ):
            before = before_value if before_meetings is not None else None
            rows.append(
                [
                    words[key],
                    _value(now_value, lang),
                    "" if before is None else _value(before, lang),
                    change_text(now_value, before, lang),
                ]
            )
    cells = [
        [Paragraph(escape(text), styles["cell_head" if i == 0 else "cell"]) for text in row]
        for i, row in enumerate(rows)
    ]
    for row in cells[1:]:
        for cell in row[1:]:
            cell.style = styles["cell_number"]
    table = Table(
        cells,
        colWidths=[TEXT_WIDTH * w for w in (0.52, 0.16, 0.16, 0.16)],
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), unicode_family().regular),  # not Helvetica
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def _charts(summary: ActivitySummary, lang: str) -> list[Flowable]:
    words = texts.SUMMARY[lang]
    figures = summary.figures
    below = f"<{summary.threshold}"
    names = [zone.name for zone in summary.zones]
    zone_figures = [zone.figures for zone in summary.zones]
    empty = words["empty_chart"]
    built: list[BarChart | TrendChart] = [
        charts.shifts_chart(
            names,
            [f.joint_planned for f in zone_figures],
            [f.joint_done for f in zone_figures],
            title=words["shifts_chart"],
            labels={
                "planned": words["planned"],
                "done": words["done"],
                "axis": words["shifts_axis"],
            },
            empty_text=empty,
        ),
        charts.hours_chart(
            names,
            [f.outing_hours for f in zone_figures],
            title=words["hours_zone_chart"],
            axis=words["hours_axis"],
            empty_text=empty,
        ),
        charts.hours_chart(
            list(figures.hours_by_organization),
            list(figures.hours_by_organization.values()),
            title=words["hours_org_chart"],
            axis=words["hours_axis"],
            colour=SERIES_COLOURS[2],
            empty_text=empty,
        ),
        charts.contacts_chart(
            {_group(k, lang): c.value for k, c in figures.contacts_by_age.items()},
            {_group(k, lang): c.value for k, c in figures.contacts_by_gender.items()},
            title_age=words["contacts_age_chart"],
            title_gender=words["contacts_gender_chart"],
            axis=words["contacts_axis"],
            suppressed_text=below,
            empty_text=empty,
        ),
        charts.counts_chart(
            {
                texts.IDENTIFICATION_STAGES[lang][s.value]: c.value
                for s, c in figures.people_met_by_stage.items()
            },
            title=words["people_chart"],
            colour=SERIES_COLOURS[3],
            axis=words["people_axis"],
            suppressed_text=below,
            empty_text=empty,
        ),
        charts.counts_chart(
            {
                words["opened"]: figures.cases_opened.value,
                words["closed"]: figures.cases_closed.value,
                words["active"]: figures.cases_active.value,
            },
            title=words["cases_chart"],
            colour=SERIES_COLOURS[4],
            axis=words["cases_axis"],
            suppressed_text=below,
            empty_text=empty,
        ),
        charts.counts_chart(
            {
                texts.REFERRAL_STATUSES[lang][s.value]: c.value
                for s, c in figures.referrals_by_status.items()
            },
            title=words["referrals_chart"],
            colour=SERIES_COLOURS[5],
            axis=words["referrals_axis"],
            suppressed_text=below,
            empty_text=empty,
        ),
        charts.counts_chart(
            {name: c.value for name, c in figures.referrals_by_organization.items()},
            title=words["referrals_org_chart"],
            colour=SERIES_COLOURS[5],
            axis=words["referrals_axis"],
            suppressed_text=below,
            empty_text=empty,
        ),
        charts.counts_chart(
            {texts.SIGNAL_KINDS[lang][k.value]: n for k, n in figures.signals_by_kind.items()},
            title=words["signals_chart"],
            colour=charts.PRESSURE_COLOUR,
            axis=words["signals_axis"],
            empty_text=empty,
        ),
    ]
    with_joint = [zone for zone in summary.zones if zone.before_after is not None]
    if with_joint:
        labels = {"before": words["before"], "after": words["after"]}
        built.append(
            charts.before_after_chart(
                [zone.name for zone in with_joint],
                [zone.before_after.before_pressure for zone in with_joint],  # type: ignore[union-attr]
                [zone.before_after.after_pressure for zone in with_joint],  # type: ignore[union-attr]
                title=words["before_after_chart"],
                labels={**labels, "axis": words["pressure_axis"]},
                empty_text=empty,
            )
        )
        built.append(
            charts.before_after_chart(
                [zone.name for zone in with_joint],
                [zone.before_after.before_presence_hours for zone in with_joint],  # type: ignore[union-attr]
                [zone.before_after.after_presence_hours for zone in with_joint],  # type: ignore[union-attr]
                title=words["before_after_hours_chart"],
                labels={**labels, "axis": words["hours_axis"]},
                empty_text=empty,
            )
        )
    flowables: list[Flowable] = []
    for chart in built:
        flowables.extend([_chart(chart, TEXT_WIDTH), Spacer(1, 4 * mm)])
    zones = summary.zones
    for first in range(0, max(len(zones), 1), TREND_ZONES_PER_CHART):
        flowables.append(
            _chart(
                charts.zones_trend_chart(
                    [
                        (zone.name, zone.trend)
                        for zone in zones[first : first + TREND_ZONES_PER_CHART]
                    ],
                    title=words["trend_chart"],
                    labels={
                        "pressure": words["trend_pressure"],
                        "presence": words["trend_presence"],
                    },
                    empty_text=empty,
                ),
                TEXT_WIDTH,
            )
        )
    return flowables


def _zone_page(
    zone: ZoneSummary, summary: ActivitySummary, lang: str, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    words = texts.SUMMARY[lang]
    story: list[Flowable] = [
        Paragraph(escape(words["zone"].format(zone=zone.name)), styles["h1"]),
        _figures_table(zone.figures, zone.previous, summary, lang, styles, meetings=False),
    ]
    if summary.zone_id is None:
        story.append(Paragraph(words["zone_totals_note"], styles["note"]))
    if zone.before_after is not None:
        story.append(
            Paragraph(
                words["joint_since"].format(
                    day=texts.day_month_year(zone.before_after.compare_at, lang),
                    days=zone.before_after.days,
                ),
                styles["body"],
            )
        )
    else:
        story.append(Paragraph(words["no_joint"], styles["body"]))
    trend = charts.zone_trend_chart(
        zone.trend,
        title=words["trend_chart"],
        labels={
            "pressure": words["trend_pressure"],
            "presence": words["trend_presence"],
            "threshold": "",
            "week": "",
        },
        threshold=None,
        empty_text=words["empty_chart"],
    )
    story.append(KeepTogether([Spacer(1, 3 * mm), _chart(trend, TEXT_WIDTH)]))
    return story


def _method(
    summary: ActivitySummary, lang: str, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    words = texts.SUMMARY[lang]
    story: list[Flowable] = [Paragraph(words["method"], styles["h1"])]
    for item in words["method_items"]:
        text = item.format(tz=summary.time_zone, n=summary.threshold, below=summary.threshold - 1)
        story.append(Paragraph(escape(text), styles["bullet"], bulletText="•"))

    def weight(kind: SignalKind) -> str:
        value = float(summary.weights.get(kind, 1.0))
        return texts.number(value, 0 if value.is_integer() else 1, lang)

    text = words["weights"].format(
        citizen=weight(SignalKind.CITIZEN_REPORT),
        police=weight(SignalKind.POLICE_INTERVENTION),
        media=weight(SignalKind.MEDIA),
    )
    story.append(Paragraph(escape(text), styles["bullet"], bulletText="•"))
    return story


# -- pieces -----------------------------------------------------------------------------------


def _chart(chart: BarChart | TrendChart, width: float) -> Flowable:
    """The chart as vector graphics ``width`` points wide (shorter than a page); the progress
    callback of the build is called once it is on its page."""
    return ChartFlowable(drawing_of(chart, width, IMAGE_HEIGHT), _ON_IMAGE.get())


def _value(value: Value | None, lang: str) -> str:
    if value is None:
        return ""
    if isinstance(value, Count):
        return value.text() if value.value is None else texts.number(value.value, 0, lang)
    return texts.number(value, 1 if isinstance(value, float) else 0, lang)


def _group(key: str, lang: str) -> str:
    """A contacts group as shown: an age band as it is, a gender or "not recorded" in words."""
    if key == "not_recorded":
        return texts.SUMMARY[lang]["not_recorded"]
    return texts.GENDER_GROUPS[lang].get(key, key)


def _styles(fonts: FontFamily) -> dict[str, ParagraphStyle]:
    style = style_maker(fonts)

    return {
        "kicker": style("kicker", fontSize=10, textColor=MUTED, spaceAfter=1 * mm),
        "title": style(
            "title",
            fontName=fonts.bold,
            fontSize=22,
            leading=27,
            spaceBefore=4 * mm,
            spaceAfter=5 * mm,
            textColor=ACCENT,
        ),
        "lead": style("lead", fontName=fonts.bold, fontSize=12, leading=16, spaceAfter=3 * mm),
        "h1": style(
            "h1",
            fontName=fonts.bold,
            fontSize=13,
            leading=16,
            textColor=ACCENT,
            spaceBefore=4 * mm,
            spaceAfter=3 * mm,
            keepWithNext=True,
        ),
        "body": style("body", spaceAfter=1.5 * mm),
        "note": style("note", fontSize=8, textColor=MUTED, spaceBefore=1.5 * mm),
        "bullet": style("bullet", leftIndent=5 * mm, bulletIndent=1 * mm, spaceAfter=1.5 * mm),
        "cell": style("cell", fontSize=9, leading=11.5),
        "cell_head": style("cell_head", fontName=fonts.bold, fontSize=9, leading=11.5),
        "cell_number": style("cell_number", fontSize=9, leading=11.5, alignment=2),
    }


__all__ = ["summary_pdf"]
