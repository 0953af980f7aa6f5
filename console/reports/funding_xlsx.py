"""The funding report as a spreadsheet (XLSX, openpyxl) the funder's officer can paste into
their template: a sheet per table, numbers as numbers (euros in a euro format, hours, dates as
dates), and every total a formula over the cells above it, so the values are the PDF's.

A line's cost is ``ROUND(hours * hourly cost, 2)`` (half away from zero, as the report's
``Decimal`` rounding half up for these positive amounts); totals are ``SUM``; the summary refers
to the sheets' totals. openpyxl writes formulas without cached values: the spreadsheet program
computes them on opening.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.worksheet import Worksheet

from console import texts
from console.services.funding.report import FundingReport

EURO = '#,##0.00 "€"'
HOURS = "#,##0.00"
ONE_PLACE = "#,##0.0"
COUNT = "#,##0"
SHARE = "0.00%"
DAY = "DD/MM/YYYY"
BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DCE6F0")
TOTAL_FILL = PatternFill("solid", fgColor="EEF2F6")


def funding_xlsx(report: FundingReport, *, language: str) -> bytes:
    """The report as XLSX bytes, sheet names and labels in ``language`` ('it' or 'en')."""
    lang = texts.language(language)
    words = texts.FUNDING[lang]
    book = Workbook()
    summary = book.active
    summary.title = words["sheet_summary"]
    hours = book.create_sheet(words["sheet_hours"])
    expenses = book.create_sheet(words["sheet_expenses"])
    results = book.create_sheet(words["sheet_results"])
    narrative = book.create_sheet(words["sheet_narrative"])
    staff_total = _hours_sheet(hours, report, lang)
    expenses_total = _expenses_sheet(expenses, report, lang)
    _summary_sheet(summary, report, lang, staff_total, expenses_total)
    _results_sheet(results, report, lang)
    _narrative_sheet(narrative, report, lang)
    book.properties.title = f"{words['document']}: {report.project.title}"
    book.properties.creator = texts.PROJECT_PARTNERS
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _ref(sheet: Worksheet, cell: str) -> str:
    return f"{quote_sheetname(sheet.title)}!{cell}"


def _header(sheet: Worksheet, titles: Sequence[str], widths: Sequence[int]) -> None:
    sheet.append(list(titles))
    for column, width in enumerate(widths, start=1):
        cell = sheet.cell(row=1, column=column)
        cell.font = BOLD
        cell.fill = HEADER_FILL
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"


def _total_row(sheet: Worksheet, row: int, columns: int) -> None:
    for column in range(1, columns + 1):
        cell = sheet.cell(row=row, column=column)
        cell.font = BOLD
        cell.fill = TOTAL_FILL


def _hours_sheet(sheet: Worksheet, report: FundingReport, lang: str) -> str:
    """Organization, role, hours, hourly cost, cost; returns the cell of the total cost."""
    words = texts.FUNDING[lang]
    roles = texts.FUNDING_ROLES[lang]
    _header(
        sheet,
        [words["organization"], words["role"], words["hours"], words["hourly_cost"], words["cost"]],
        [40, 22, 12, 16, 16],
    )
    for line in report.hours:
        row = sheet.max_row + 1
        sheet.append(
            [
                line.organization_name,
                roles[line.role.value],
                line.hours,
                line.hourly_cost,  # empty when not set: the cost formula gives 0
                f"=ROUND(C{row}*D{row},2)",
            ]
        )
        sheet[f"C{row}"].number_format = HOURS
        sheet[f"D{row}"].number_format = EURO
        sheet[f"E{row}"].number_format = EURO
    last = sheet.max_row
    total = last + 1
    sheet.append(
        [
            words["staff_total"],
            None,
            f"=SUM(C2:C{last})" if last >= 2 else 0,
            None,
            f"=SUM(E2:E{last})" if last >= 2 else 0,
        ]
    )
    sheet[f"C{total}"].number_format = HOURS
    sheet[f"E{total}"].number_format = EURO
    _total_row(sheet, total, 5)
    return _ref(sheet, f"E{total}")


def _expenses_sheet(sheet: Worksheet, report: FundingReport, lang: str) -> str:
    """Date, description, supporting document, amount; returns the cell of the total."""
    words = texts.FUNDING[lang]
    _header(
        sheet,
        [words["date"], words["description"], words["document_ref"], words["amount"]],
        [12, 50, 28, 16],
    )
    for expense in report.expenses:
        row = sheet.max_row + 1
        sheet.append([expense.spent_on, expense.description, expense.document_ref, expense.amount])
        sheet[f"A{row}"].number_format = DAY
        sheet[f"D{row}"].number_format = EURO
    last = sheet.max_row
    total = last + 1
    sheet.append([words["expenses_total"], None, None, f"=SUM(D2:D{last})" if last >= 2 else 0])
    sheet[f"D{total}"].number_format = EURO
    _total_row(sheet, total, 4)
    return _ref(sheet, f"D{total}")


def _summary_sheet(
    sheet: Worksheet, report: FundingReport, lang: str, staff_total: str, expenses_total: str
) -> None:
    words = texts.FUNDING[lang]
    project = report.project
    sheet.column_dimensions["A"].width = 36
    sheet.column_dimensions["B"].width = 48
    facts: list[tuple[str, Any, str | None]] = [
        (words["project"], project.title, None),
        (words["funder"], project.funder, None),
        (words["cup"], project.cup, None),
        (words["period"], report.start, DAY),
        ("", report.end, DAY),
        (words["duration"], project.starts_on, DAY),
        ("", project.ends_on, DAY),
    ]
    for label, value, style in facts:
        sheet.append([label, value])
        if style is not None:
            sheet.cell(row=sheet.max_row, column=2).number_format = style
        sheet.cell(row=sheet.max_row, column=1).font = BOLD
    first = len(facts) + 2  # after a blank row: staff, expenses, total, grant, share, rest
    staff, spent, total, grant = first, first + 1, first + 2, first + 3
    rows: list[tuple[str, Any, str]] = [
        (words["staff_total"], f"={staff_total}", EURO),
        (words["expenses_total"], f"={expenses_total}", EURO),
        (words["total"], f"=B{staff}+B{spent}", EURO),
        (words["grant"], project.grant_amount, EURO),
        (words["share_used"], f'=IF(B{grant}>0,B{total}/B{grant},"")', SHARE),
        (words["remaining"], f"=B{grant}-B{total}", EURO),
    ]
    for row, (label, value, style) in enumerate(rows, start=first):
        sheet.cell(row=row, column=1, value=label)
        sheet.cell(row=row, column=2, value=value).number_format = style
    _total_row(sheet, total, 2)
    for row in range(first, first + len(rows)):
        sheet.cell(row=row, column=2).alignment = Alignment(horizontal="right")


def _results_sheet(sheet: Worksheet, report: FundingReport, lang: str) -> None:
    """Objectives, then each indicator with the period before and the change: numbers as
    numbers, a suppressed count as the text '<5' (and no change)."""
    words = texts.FUNDING[lang]
    names = texts.FUNDING_INDICATORS[lang]
    _header(
        sheet,
        [words["indicator"], words["value"], words["previous"], words["change"]],
        [40, 14, 18, 14],
    )
    for indicator in report.indicators:
        row = sheet.max_row + 1
        now = f"<{report.threshold}" if indicator.suppressed else indicator.value
        before: Any = None
        if report.has_previous:
            before = f"<{report.threshold}" if indicator.previous_suppressed else indicator.previous
        both = all(value is not None and not isinstance(value, str) for value in (now, before))
        sheet.append([names[indicator.key.value], now, before, f"=B{row}-C{row}" if both else None])
        places = ONE_PLACE if indicator.key.value == "outing_hours" else COUNT
        for column in "BCD":
            sheet[f"{column}{row}"].number_format = places
            sheet[f"{column}{row}"].alignment = Alignment(horizontal="right")
    sheet.append([None])
    sheet.append([words["objectives"]])
    sheet.cell(row=sheet.max_row, column=1).font = BOLD
    for objective in report.project.objectives:
        sheet.append([objective])
    sheet.append([])
    sheet.append([words["suppressed_about"].format(threshold=report.threshold)])


def _narrative_sheet(sheet: Worksheet, report: FundingReport, lang: str) -> None:
    words = texts.FUNDING[lang]
    sheet.column_dimensions["A"].width = 28
    sheet.column_dimensions["B"].width = 100
    for field, title in (
        ("activities", "activities"),
        ("results", "narrative_results"),
        ("difficulties", "difficulties"),
        ("next_steps", "next_steps"),
    ):
        sheet.append([words[title], getattr(report.narrative, field)])
        sheet.cell(row=sheet.max_row, column=1).font = BOLD
        sheet.cell(row=sheet.max_row, column=2).alignment = Alignment(
            wrap_text=True, vertical="top"
        )
