"""The funding report to the funder (rendicontazione) as an A4 PDF, in Italian or English.

Fed a :class:`~console.services.funding.FundingReport`; no database, no Qt. The project and
its CUP, the hours of work per organization and role x their cost, the other expenses with
their supporting documents, the total against the grant and the share used, the results
against the objectives (counts of people under the threshold as "<5") and the coordinator's
narrative. Every figure is the report's own ``Decimal``, printed as it is (the spreadsheet's
formulas give the same values). All text is in the embedded Unicode font; every page says
"page X of Y" and when it was generated.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from decimal import Decimal
from io import BytesIO
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from console import texts
from console.reports.fonts import FontFamily, unicode_family
from console.reports.pages import (
    INK,
    MARGIN,
    MUTED,
    a4_document,
    numbered_canvas,
    style_maker,
)
from console.reports.pages import paragraph_text as _text
from console.services.funding.report import FundingReport, Indicator

PAGE_WIDTH, PAGE_HEIGHT = A4
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN
RULE = colors.HexColor("#bdbdbd")
ACCENT = colors.HexColor("#1f4e79")
SHADE = colors.HexColor("#eef2f6")
WARN = colors.HexColor("#8d2c1f")


# -- numbers as people read them -------------------------------------------------------------


def euro(amount: Decimal, lang: str) -> str:
    """'1.234,56 €' (it) or '€1,234.56' (en); a negative amount with a minus sign."""
    sign = "\u2212" if amount < 0 else ""
    digits = texts.number(abs(amount), 2, lang)
    return f"{sign}{digits} €" if texts.language(lang) == "it" else f"{sign}€{digits}"


def percent(share: Decimal, lang: str) -> str:
    """A share (0.4231) as '42,31 %' / '42.31%'."""
    digits = texts.number(share * 100, 2, lang)
    return f"{digits} %" if texts.language(lang) == "it" else f"{digits}%"


def figure(value: int | Decimal | None, suppressed: bool, threshold: int, lang: str) -> str:
    """An indicator's value: a count, hours with one decimal, '<5' or a dash (not known)."""
    if suppressed:
        return f"<{threshold}"
    if value is None:
        return "—"
    if isinstance(value, Decimal):
        return texts.number(value, 1, lang)
    return texts.number(value, 0, lang)


def change(indicator: Indicator, lang: str) -> str:
    """'+3', '−2,5', '0', or '' when either side is unknown or suppressed."""
    if indicator.suppressed or indicator.previous_suppressed:
        return ""
    if indicator.value is None or indicator.previous is None:
        return ""
    difference = indicator.value - indicator.previous
    places = 1 if isinstance(difference, Decimal) else 0
    text = texts.number(abs(difference), places, lang)
    if difference > 0:
        return f"+{text}"
    if difference < 0:
        return f"\u2212{text}"
    return "0"


# -- the document ----------------------------------------------------------------------------


def funding_pdf(
    report: FundingReport, *, language: str, generated_at: datetime, tz: tzinfo
) -> bytes:
    """The report as PDF bytes, in ``language`` ('it' or 'en'), the stamp's time in ``tz``."""
    lang = texts.language(language)
    words = texts.FUNDING[lang]
    fonts = unicode_family()
    styles = _styles(fonts)
    buffer = BytesIO()
    span = texts.date_range(report.start, report.end, lang)
    doc = a4_document(
        buffer,
        title=f"{words['document']}: {report.project.title or texts.PROJECT_NAME[lang]} ({span})",
        lang=lang,
    )
    local = generated_at.astimezone(tz)
    stamp = words["generated"].format(
        day=texts.day_month_year(local.date(), lang), time=local.strftime("%H:%M")
    )
    heading = " — ".join(part for part in (words["document"], report.project.cup, span) if part)

    def page_frame(canvas: Canvas, _doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - MARGIN
        canvas.setFont(fonts.regular, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, top, heading)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 2 * mm, PAGE_WIDTH - MARGIN, top - 2 * mm)
        canvas.drawString(MARGIN, MARGIN - 8 * mm, stamp)
        canvas.restoreState()

    def page_numbers(canvas: Canvas, number: int, total: int) -> None:
        canvas.setFont(fonts.regular, 8)
        canvas.setFillColor(MUTED)
        text = words["page"].format(n=number, total=total)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, MARGIN - 8 * mm, text)

    doc.build(
        _story(report, lang, styles, fonts),
        onFirstPage=page_frame,
        onLaterPages=page_frame,
        canvasmaker=numbered_canvas(page_numbers, fonts.regular),
    )
    return buffer.getvalue()


def _story(
    report: FundingReport, lang: str, styles: dict[str, ParagraphStyle], fonts: FontFamily
) -> list[Flowable]:
    words = texts.FUNDING[lang]
    project = report.project
    return [
        Paragraph(_text(words["document"]), styles["kicker"]),
        Paragraph(_text(project.title or texts.PROJECT_NAME[lang]), styles["title"]),
        _facts(report, lang, styles, fonts),
        Paragraph(_text(words["costs"]), styles["h1"]),
        *_hours(report, lang, styles, fonts),
        *_expenses(report, lang, styles, fonts),
        Paragraph(_text(words["budget"]), styles["h1"]),
        _budget(report, lang, styles, fonts),
        Paragraph(_text(words["results"]), styles["h1"]),
        *_results(report, lang, styles, fonts),
        Paragraph(_text(words["narrative"]), styles["h1"]),
        *_narrative(report, lang, styles),
    ]


def _facts(
    report: FundingReport, lang: str, styles: dict[str, ParagraphStyle], fonts: FontFamily
) -> Table:
    words = texts.FUNDING[lang]
    project = report.project
    grant = euro(project.grant_amount, lang) if project.grant_amount > 0 else words["not_set"]
    duration = words["not_set"]
    if project.starts_on and project.ends_on:
        duration = texts.date_range(project.starts_on, project.ends_on, lang)
    rows = [
        (words["period"], texts.date_range(report.start, report.end, lang)),
        (words["funder"], project.funder or words["not_set"]),
        (words["cup"], project.cup or words["not_set"]),
        (words["grant"], grant),
        (words["duration"], duration),
    ]
    table = Table(
        [
            [
                Paragraph(_text(k), styles["label"]),
                Paragraph(_text(v), styles["body"]),
            ]
            for k, v in rows
        ],
        colWidths=[45 * mm, TEXT_WIDTH - 45 * mm],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.regular),  # not Helvetica
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _grid(
    rows: list[list[Any]],
    widths: list[float],
    styles: dict[str, ParagraphStyle],
    fonts: FontFamily,
    *,
    numeric_from: int,
    total_row: bool,
) -> Table:
    """A table with a header row, numbers right-aligned from column ``numeric_from`` on, and
    the last row in bold when it is a total."""
    cells = [
        [
            Paragraph(
                _text(str(value)),
                styles["head_num" if c >= numeric_from else "head"]
                if r == 0
                else styles["num" if c >= numeric_from else "cell"]
                if not (total_row and r == len(rows) - 1)
                else styles["num_total" if c >= numeric_from else "cell_total"],
            )
            for c, value in enumerate(row)
        ]
        for r, row in enumerate(rows)
    ]
    table = Table(cells, colWidths=widths, repeatRows=1, hAlign="LEFT")
    style = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if total_row:
        style += [
            ("SPAN", (0, -1), (numeric_from - 1, -1)),  # the total's label across the text
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
            ("BACKGROUND", (0, -1), (-1, -1), SHADE),
        ]
    table.setStyle(TableStyle(style))
    return table


def _hours(
    report: FundingReport, lang: str, styles: dict[str, ParagraphStyle], fonts: FontFamily
) -> list[Flowable]:
    words = texts.FUNDING[lang]
    roles = texts.FUNDING_ROLES[lang]
    flow: list[Flowable] = [
        Paragraph(_text(words["staff"]), styles["h2"]),
        Paragraph(_text(words["staff_about"]), styles["about"]),
    ]
    if not report.hours:
        flow.append(Paragraph(_text(words["no_hours"]), styles["body"]))
        return flow
    rows: list[list[Any]] = [
        [words["organization"], words["role"], words["hours"], words["hourly_cost"], words["cost"]]
    ]
    for line in report.hours:
        rows.append(
            [
                line.organization_name,
                roles[line.role.value],
                texts.number(line.hours, 2, lang),
                euro(line.hourly_cost, lang) if line.hourly_cost is not None else words["no_cost"],
                euro(line.cost, lang),
            ]
        )
    rows.append(
        [
            words["staff_total"],
            "",
            texts.number(report.hours_total, 2, lang),
            "",
            euro(report.staff_cost, lang),
        ]
    )
    widths = [58 * mm, 32 * mm, 22 * mm, 32 * mm, TEXT_WIDTH - 144 * mm]
    flow.append(_grid(rows, widths, styles, fonts, numeric_from=2, total_row=True))
    if report.missing_costs:
        flow.append(
            Paragraph(
                _text(words["missing_costs"].format(n=len(report.missing_costs))),
                styles["warn"],
            )
        )
    return flow


def _expenses(
    report: FundingReport, lang: str, styles: dict[str, ParagraphStyle], fonts: FontFamily
) -> list[Flowable]:
    words = texts.FUNDING[lang]
    flow: list[Flowable] = [Paragraph(_text(words["expenses"]), styles["h2"])]
    if not report.expenses:
        flow.append(Paragraph(_text(words["no_expenses"]), styles["body"]))
        return flow
    rows: list[list[Any]] = [
        [words["date"], words["description"], words["document_ref"], words["amount"]]
    ]
    for expense in report.expenses:
        rows.append(
            [
                _short_date(expense.spent_on),
                expense.description,
                expense.document_ref or "—",
                euro(expense.amount, lang),
            ]
        )
    rows.append([words["expenses_total"], "", "", euro(report.expenses_total, lang)])
    widths = [25 * mm, 77 * mm, 42 * mm, TEXT_WIDTH - 144 * mm]
    flow.append(_grid(rows, widths, styles, fonts, numeric_from=3, total_row=True))
    return flow


def _budget(
    report: FundingReport, lang: str, styles: dict[str, ParagraphStyle], fonts: FontFamily
) -> Table:
    words = texts.FUNDING[lang]
    share = report.share_used
    rows: list[list[Any]] = [
        [words["staff_total"], euro(report.staff_cost, lang)],
        [words["expenses_total"], euro(report.expenses_total, lang)],
        [words["total"], euro(report.total, lang)],
        [
            words["grant"],
            euro(report.project.grant_amount, lang) if share is not None else words["no_grant"],
        ],
        [words["share_used"], percent(share, lang) if share is not None else "—"],
        [words["remaining"], euro(report.remaining, lang) if share is not None else "—"],
    ]
    table = Table(
        [
            [
                Paragraph(_text(k), styles["label" if i == 2 else "cell"]),
                Paragraph(_text(v), styles["num_total" if i == 2 else "num"]),
            ]
            for i, (k, v) in enumerate(rows)
        ],
        colWidths=[90 * mm, 40 * mm],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("LINEABOVE", (0, 2), (-1, 2), 0.8, INK),
                ("BACKGROUND", (0, 2), (-1, 2), SHADE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _results(
    report: FundingReport, lang: str, styles: dict[str, ParagraphStyle], fonts: FontFamily
) -> list[Flowable]:
    words = texts.FUNDING[lang]
    names = texts.FUNDING_INDICATORS[lang]
    flow: list[Flowable] = [Paragraph(_text(words["objectives"]), styles["h2"])]
    if report.project.objectives:
        flow += [
            Paragraph(_text(objective), styles["bullet"], bulletText="•")
            for objective in report.project.objectives
        ]
    else:
        flow.append(Paragraph(_text(words["no_objectives"]), styles["body"]))
    flow.append(Spacer(1, 2 * mm))
    header = [words["indicator"], words["value"]]
    if report.has_previous:
        header += [words["previous"], words["change"]]
    rows: list[list[Any]] = [header]
    for indicator in report.indicators:
        row = [
            names[indicator.key.value],
            figure(indicator.value, indicator.suppressed, report.threshold, lang),
        ]
        if report.has_previous:
            row += [
                figure(indicator.previous, indicator.previous_suppressed, report.threshold, lang),
                change(indicator, lang),
            ]
        rows.append(row)
    widths = [80 * mm, 30 * mm] + ([34 * mm, TEXT_WIDTH - 144 * mm] if report.has_previous else [])
    flow.append(_grid(rows, widths, styles, fonts, numeric_from=1, total_row=False))
    notes = []
    if report.has_previous and report.previous_start and report.previous_end:
        notes.append(
            words["previous_about"].format(
                range=texts.date_range(report.previous_start, report.previous_end, lang)
            )
        )
    notes.append(words["suppressed_about"].format(threshold=report.threshold))
    flow.append(Paragraph(_text(" ".join(notes)), styles["about"]))
    return flow


def _narrative(
    report: FundingReport, lang: str, styles: dict[str, ParagraphStyle]
) -> list[Flowable]:
    words = texts.FUNDING[lang]
    narrative = report.narrative
    flow: list[Flowable] = []
    for field, title in (
        ("activities", "activities"),
        ("results", "narrative_results"),
        ("difficulties", "difficulties"),
        ("next_steps", "next_steps"),
    ):
        flow.append(Paragraph(_text(words[title]), styles["h2"]))
        body = getattr(narrative, field).strip()
        if not body:
            flow.append(Paragraph(_text(words["not_written"]), styles["about"]))
            continue
        flow += [
            Paragraph(_text(part), styles["body"]) for part in body.split("\n\n") if part.strip()
        ]
    return flow


# -- helpers ---------------------------------------------------------------------------------


def _short_date(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _styles(fonts: FontFamily) -> dict[str, ParagraphStyle]:
    style = style_maker(fonts)

    return {
        "kicker": style("kicker", fontSize=9, textColor=MUTED, spaceAfter=1 * mm),
        "title": style("title", fontName=fonts.bold, fontSize=17, leading=21, spaceAfter=3 * mm),
        "h1": style(
            "h1",
            fontName=fonts.bold,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=5 * mm,
            spaceAfter=2 * mm,
            keepWithNext=True,
        ),
        "h2": style(
            "h2",
            fontName=fonts.bold,
            fontSize=10.5,
            leading=14,
            spaceBefore=3 * mm,
            spaceAfter=1 * mm,
            keepWithNext=True,
        ),
        "about": style(
            "about", fontName=fonts.italic, fontSize=8.5, textColor=MUTED, spaceAfter=1.5 * mm
        ),
        "label": style("label", fontName=fonts.bold, fontSize=9),
        "body": style("body", spaceAfter=1.5 * mm),
        "bullet": style("bullet", leftIndent=5 * mm, bulletIndent=0, spaceAfter=1 * mm),
        "head": style("head", fontName=fonts.bold, fontSize=8.5, leading=11),
        "head_num": style("head_num", fontName=fonts.bold, fontSize=8.5, leading=11, alignment=2),
        "cell": style("cell", fontSize=9, leading=11.5),
        "cell_total": style("cell_total", fontName=fonts.bold, fontSize=9, leading=11.5),
        "num": style("num", fontSize=9, leading=11.5, alignment=2),
        "num_total": style("num_total", fontName=fonts.bold, fontSize=9, leading=11.5, alignment=2),
        "warn": style("warn", fontName=fonts.bold, fontSize=9, textColor=WARN, spaceBefore=1 * mm),
    }
