"""The funding report as PDF and XLSX: read back with pypdf and openpyxl, the spreadsheet's
formulas computed here give the PDF's totals, every font is embedded, both languages."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook
from pypdf import PdfReader
from sqlalchemy import Engine

from console import db
from console.models import Role
from console.reports import fonts
from console.reports.funding import euro, funding_pdf, percent
from console.reports.funding_xlsx import funding_xlsx
from console.services import funding
from tests.factories import ROME
from tests.services.funding_world import END, START, World, build

NOW = datetime(2026, 4, 2, 9, 15, tzinfo=UTC)


@pytest.fixture
def report(engine: Engine) -> funding.FundingReport:
    world: World = build(engine)
    manager = world.actors[Role.MANAGER]
    with db.session_scope(engine) as s:
        narrative = funding.read_narrative(s, manager, START, END)
        funding.save_narrative(
            s,
            manager,
            replace(
                narrative,
                activities=(
                    "Uscite serali con Ştefan Căpraru-Łukasiewicz.\n\nIncontri <b>aperti</b>."
                ),
                results="Più contatti nella piazza.",
            ),
        )
    with db.session_scope(engine) as s:
        return funding.funding_report(s, manager, START, END, tz=ROME)


def pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def _descriptor(font: dict) -> dict:  # type: ignore[type-arg]
    if "/FontDescriptor" in font:
        return font["/FontDescriptor"].get_object()
    (descendant,) = font["/DescendantFonts"]
    return descendant.get_object()["/FontDescriptor"].get_object()


def test_the_pdf_prints_the_report_in_italian(report: funding.FundingReport) -> None:
    text = pdf_text(funding_pdf(report, language="it", generated_at=NOW, tz=ROME))
    for expected in (
        "Rendicontazione del progetto",
        "Cremona, sicurezza urbana integrata",
        "Regione Lombardia",
        "D11H24000120006",
        "1–31 marzo 2026",
        "7.500,00 €",
        "Cooperativa Il Cortile educatore 7,58 18,37 € 139,24 €",
        "Polizia Locale di Cremona agente 6,25 23,45 € 146,56 €",
        "Totale ore di lavoro 13,83 285,80 €",
        "20/03/2026 Volantini per piazza Roma Fattura 12/2026 120,50 €",
        "Totale altre spese 120,80 €",
        "Totale spese del periodo 406,60 €",
        "Quota del contributo utilizzata 5,42 %",
        "Contributo residuo 7.093,40 €",
        "Ridurre la marginalità",
        "Uscite registrate 4 1 +3",
        "Contatti 28 <5",
        "Ştefan Căpraru-Łukasiewicz",
        "Incontri <b>aperti</b>.",  # markup printed as written
        "Criticità incontrate Non compilato.",
        "Generato il 2 aprile 2026 alle 11:15",
    ):
        assert expected in text, expected
    assert "Fuori periodo" not in text  # April's expense


def test_the_pdf_in_english_with_page_numbers(report: funding.FundingReport) -> None:
    content = funding_pdf(report, language="en", generated_at=NOW, tz=ROME)
    reader = PdfReader(io.BytesIO(content))
    total = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        page_text = re.sub(r"\s+", " ", page.extract_text())
        assert f"Page {number} of {total}" in page_text
        assert "Generated on 2 April 2026 at 11:15" in page_text
    text = pdf_text(content)
    assert "Funding report" in text and "Costs against the grant" in text
    assert "Total costs of the period €406.60" in text and "Share of the grant used 5.42%" in text


def test_every_font_of_the_pdf_is_embedded(report: funding.FundingReport) -> None:
    content = funding_pdf(report, language="it", generated_at=NOW, tz=ROME)
    assert b"Helvetica" not in content
    embedded: set[str] = set()
    for page in PdfReader(io.BytesIO(content)).pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            assert "/FontFile2" in _descriptor(font), font["/BaseFont"]
            embedded.add(str(font["/BaseFont"]).split("+")[-1])
    assert embedded <= {fonts.FAMILY.regular, fonts.FAMILY.bold, fonts.FAMILY.italic}


# -- the spreadsheet -----------------------------------------------------------------------


class Sheets:
    """Computes the formulas this report writes (ROUND, SUM, IF, + - * /, references to cells
    and to other sheets) in Decimal, as a spreadsheet program would on opening."""

    def __init__(self, book: Workbook) -> None:
        self.book = book

    def value(self, sheet: str, cell: str) -> object:
        raw = self.book[sheet][cell].value
        if isinstance(raw, str) and raw.startswith("="):
            return self.formula(sheet, raw[1:])
        if isinstance(raw, int | float) and not isinstance(raw, bool):
            return Decimal(str(raw))
        return raw

    def formula(self, sheet: str, text: str) -> object:
        def ref(match: re.Match[str]) -> str:
            other = match.group(1) or match.group(2) or sheet
            column, row = match.group(3), int(match.group(4))
            if match.group(5) is None:
                return f"_v({other!r}, '{column}{row}')"
            last = int(match.group(6))
            cells = (f"_v({other!r}, '{column}{r}')" for r in range(row, last + 1))
            return "[" + ", ".join(cells) + "]"

        expression = re.sub(
            r"(?:'([^']+)'!|([A-Za-z_]\w*)!)?\b([A-Z]{1,2})(\d+)(?::([A-Z]{1,2})(\d+))?\b",
            ref,
            text,
        )
        for name, function in (("SUM(", "_sum("), ("ROUND(", "_round("), ("IF(", "_if(")):
            expression = expression.replace(name, function)
        expression = expression.replace('""', "None")
        expression = re.sub(r"(?<![<>!=])=(?!=)", "==", expression)
        return eval(  # the formulas the report wrote, over the names given here
            expression,
            {
                "_v": lambda s, c: self.value(s, c) or Decimal(0),
                "_sum": lambda values: sum(values, Decimal(0)),
                "_round": lambda v, n: v.quantize(Decimal(1).scaleb(-n), rounding=ROUND_HALF_UP),
                "_if": lambda condition, yes, no: yes if condition else no,
            },
        )


def workbook(report: funding.FundingReport, lang: str = "it") -> Workbook:
    return load_workbook(io.BytesIO(funding_xlsx(report, language=lang)))


def test_the_xlsx_has_a_sheet_per_table_and_numbers_as_numbers(
    report: funding.FundingReport,
) -> None:
    book = workbook(report)
    assert book.sheetnames == ["Riepilogo", "Ore e costi", "Altre spese", "Risultati", "Relazione"]
    hours = book["Ore e costi"]
    assert [c.value for c in hours[1]] == ["Ente", "Ruolo", "Ore", "Costo orario", "Importo"]
    assert hours["A2"].value == "Cooperativa Il Cortile" and hours["B2"].value == "educatore"
    assert hours["C2"].value == pytest.approx(7.58) and hours["D2"].value == pytest.approx(18.37)
    assert hours["E2"].value == "=ROUND(C2*D2,2)"
    assert "€" in hours["E2"].number_format and "€" in hours["D2"].number_format
    assert hours["E4"].value == "=SUM(E2:E3)" and hours["C4"].value == "=SUM(C2:C3)"
    expenses = book["Altre spese"]
    assert expenses["A2"].value == datetime(2026, 3, 3)  # a date, not text
    assert expenses["D4"].value == pytest.approx(120.5) and expenses["D5"].value == "=SUM(D2:D4)"
    summary = book["Riepilogo"]
    formulas = [c.value for c in summary["B"] if isinstance(c.value, str) and c.value[:1] == "="]
    assert formulas == [
        "='Ore e costi'!E4",
        "='Altre spese'!D5",
        "=B9+B10",
        '=IF(B12>0,B11/B12,"")',
        "=B12-B11",
    ]
    results = book["Risultati"]
    rows = {row[0].value: [c.value for c in row[1:]] for row in results.iter_rows(min_row=2)}
    assert rows["Uscite registrate"] == [4, 1, "=B2-C2"]
    assert rows["Contatti"] == [28, "<5", None]  # suppressed: no change computed
    narrative = book["Relazione"]
    assert narrative["B1"].value.startswith("Uscite serali con Ştefan Căpraru-Łukasiewicz.")


def test_the_xlsx_formulas_give_the_pdf_totals(report: funding.FundingReport) -> None:
    sheets = Sheets(workbook(report))
    text = pdf_text(funding_pdf(report, language="it", generated_at=NOW, tz=ROME))
    staff = sheets.value("Ore e costi", "E4")
    expenses = sheets.value("Altre spese", "D5")
    total = sheets.value("Riepilogo", "B11")
    share = sheets.value("Riepilogo", "B13")
    remaining = sheets.value("Riepilogo", "B14")
    assert staff == report.staff_cost == Decimal("285.80")
    assert expenses == report.expenses_total == Decimal("120.80")
    assert total == report.total == Decimal("406.60")
    assert remaining == report.remaining
    assert sheets.value("Ore e costi", "C4") == report.hours_total
    for line, row in zip(report.hours, (2, 3), strict=True):
        assert sheets.value("Ore e costi", f"E{row}") == line.cost
    assert share.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP) == report.share_used
    for value in (staff, expenses, total, remaining):
        assert euro(value, "it") in text
    assert percent(report.share_used, "it") in text


def test_a_line_without_cost_and_an_empty_period(report: funding.FundingReport) -> None:
    line = replace(report.hours[0], hourly_cost=None, cost=Decimal("0.00"))
    uncosted = replace(report, hours=(line, report.hours[1]))
    sheets = Sheets(workbook(uncosted))
    assert sheets.value("Ore e costi", "E2") == Decimal("0.00")
    assert sheets.value("Riepilogo", "B11") == uncosted.total == Decimal("267.36")
    text = pdf_text(funding_pdf(uncosted, language="en", generated_at=NOW, tz=ROME))
    assert "no hourly cost set" in text and "1 lines without an hourly cost" in text
    empty = replace(report, hours=(), expenses=(), start=date(2027, 1, 1), end=date(2027, 1, 31))
    sheets = Sheets(workbook(empty, "en"))
    assert sheets.value("Summary", "B11") == Decimal(0)
    text = pdf_text(funding_pdf(empty, language="en", generated_at=NOW, tz=ROME))
    assert "No outing recorded in the period." in text and "No other expense" in text
