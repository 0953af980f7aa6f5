"""The activity summary PDF on the demo, read back with pypdf: fixed texts in both languages,
figures, '<5', nothing personal, page numbers and date on every page, fonts embedded."""

from __future__ import annotations

import dataclasses
import io
import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader

from console import db, texts
from console.reports.summary import summary_pdf
from console.services.reporting.periods import Period
from console.services.reporting.summary import ActivitySummary, activity_summary
from tests.services.test_reporting import MANAGER, PERIOD, ROME, SMALL_ZONE, Demo, build_demo

NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    built = build_demo(tmp_path_factory.mktemp("summary-pdf") / "console.db")
    yield built
    built.engine.dispose()


@pytest.fixture(scope="module")
def summary(world: Demo) -> ActivitySummary:
    with db.session_scope(world.engine) as session:
        return activity_summary(session, MANAGER, PERIOD, tz=ROME)


@pytest.fixture(scope="module")
def pdfs(summary: ActivitySummary) -> dict[str, bytes]:
    return {
        lang: summary_pdf(summary, language=lang, generated_at=NOW, tz=ROME)
        for lang in ("it", "en")
    }


def pages(content: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(content))
    return [re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages]


@pytest.mark.parametrize("lang", ["it", "en"])
def test_fixed_texts_and_figures(
    pdfs: dict[str, bytes], summary: ActivitySummary, lang: str
) -> None:
    words = texts.SUMMARY[lang]
    text = " ".join(pages(pdfs[lang]))
    for key in (
        "document",
        "figures",
        "method",
        "joint_planned",
        "joint_to_debrief",
        "contacts",
        "people_met",
        "cases_active",
    ):
        assert words[key] in text, key
    assert texts.PROJECT_NAME[lang] in text and texts.PROJECT_PARTNERS in text
    assert texts.date_range(PERIOD.start, PERIOD.end, lang) in text
    figures = summary.figures
    assert f"{words['contacts']} {figures.contacts.text()}" in text
    assert f"{words['joint_done']} {figures.joint_done} " in text
    for zone in summary.zones:
        assert words["zone"].format(zone=zone.name) in text
    assert "<5" in text


def test_the_small_zone_prints_under_five(pdfs: dict[str, bytes]) -> None:
    zone_page = next(p for p in pages(pdfs["en"]) if f"Zone: {SMALL_ZONE}" in p)
    assert "Contacts <5" in zone_page


def test_every_page_has_its_number_and_the_generation_date(pdfs: dict[str, bytes]) -> None:
    for lang, stamp in (
        ("it", "Generato il 26 novembre 2026 alle 10:30"),
        ("en", "Generated on 26 November 2026 at 10:30"),
    ):
        printed = pages(pdfs[lang])
        total = len(printed)
        assert total >= 5
        for number, page in enumerate(printed, start=1):
            assert stamp in page
            assert texts.SUMMARY[lang]["page"].format(n=number, total=total) in page


def test_nothing_personal(world: Demo, pdfs: dict[str, bytes]) -> None:
    with closing(sqlite3.connect(world.path)) as con:
        personal = [
            *(row[0] for row in con.execute("SELECT first_name || ' ' || last_name FROM persons")),
            *(row[0] for row in con.execute("SELECT last_name FROM persons")),
            *(row[0] for row in con.execute("SELECT alias FROM subjects WHERE alias IS NOT NULL")),
            *(
                row[0]
                for row in con.execute("SELECT full_name FROM subjects WHERE full_name IS NOT NULL")
            ),
            *(row[0][:40] for row in con.execute("SELECT body FROM case_notes")),
            *(
                row[0][:40]
                for row in con.execute("SELECT outcome FROM interventions WHERE outcome <> ''")
            ),
            *(row[0] for row in con.execute("SELECT title FROM cases")),
        ]
    assert len(personal) > 50
    for lang in ("it", "en"):
        text = " ".join(pages(pdfs[lang]))
        found = [value for value in personal if len(value) > 3 and value in text]
        assert found == [], lang


def test_fonts_are_embedded(pdfs: dict[str, bytes]) -> None:
    reader = PdfReader(io.BytesIO(pdfs["it"]))
    fonts = {}
    for page in reader.pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor")
            fonts[font["/BaseFont"]] = (
                descriptor is not None and "/FontFile2" in descriptor.get_object()
            )
    assert fonts and all(fonts.values()), fonts
    assert all("DejaVuSans" in name for name in fonts)


def test_a_project_of_many_zones_still_prints(summary: ActivitySummary) -> None:
    """Six zones or more made the week-by-week chart taller than a page and the whole PDF
    failed with a layout error: each zone is printed, a chart of a few zones at a time."""
    many = tuple(
        dataclasses.replace(zone, name=f"{zone.name} {copy}")
        for copy in range(3)
        for zone in summary.zones
    )
    assert len(many) >= 8
    content = summary_pdf(
        dataclasses.replace(summary, zones=many), language="it", generated_at=NOW, tz=ROME
    )
    text = " ".join(pages(content))
    assert all(zone.name in text for zone in many)


def test_the_charts_are_text_written_the_languages_way(
    pdfs: dict[str, bytes], summary: ActivitySummary
) -> None:
    """The charts are vector graphics: their titles, names and values are text in the file,
    numbers with the language's decimal mark."""
    for lang in ("it", "en"):
        words = texts.SUMMARY[lang]
        text = " ".join(pages(pdfs[lang]))
        for key in ("shifts_chart", "hours_zone_chart", "signals_chart", "trend_chart"):
            assert words[key] in text, (lang, key)
        for zone in summary.zones:
            assert f"{zone.name} " in text
            assert texts.number(zone.figures.outing_hours, 1, lang) in text
    assert "," in texts.number(summary.zones[0].figures.outing_hours, 1, "it")


def test_an_empty_chart_says_so(world: Demo) -> None:
    """A month before the project: no organization has hours, none received a referral;
    their charts say there is nothing to show instead of showing bare axes."""
    with db.session_scope(world.engine) as session:
        before = activity_summary(session, MANAGER, Period(date(2025, 1, 1), date(2025, 1, 31)))
    content = summary_pdf(before, language="it", generated_at=NOW, tz=ROME)
    text = " ".join(pages(content))
    assert text.count(texts.SUMMARY["it"]["empty_chart"]) >= 2
