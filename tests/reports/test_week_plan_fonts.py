"""The week plan prints every name in the embedded Unicode font, with "page X of Y" and the
date of generation on every page."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime, timedelta

from pypdf import PdfReader

from console.models import AbsenceKind, Role, ShiftKind, ShiftStatus
from console.reports import fonts
from console.reports.week_plan import week_plan_pdf
from console.services import planning
from console.services.planning import rules
from console.services.planning.week import AssignedPerson, ShiftRow

MONDAY = date(2030, 1, 7)
GENERATED = datetime(2030, 1, 3, 15, 30, tzinfo=UTC)
STEFAN = AssignedPerson(
    id=1,
    short_name="Ş. Căpraru-Łukasiewicz",
    full_name="Ştefan Căpraru-Łukasiewicz",
    role=Role.EDUCATOR,
    organization_id=1,
)
NGUYEN = AssignedPerson(
    id=2,
    short_name="N. T. Ánh",
    full_name="Nguyễn Thị Ánh",
    role=Role.OFFICER,
    organization_id=2,
)


def _plan(zones: int) -> planning.WeekPlan:
    """A week with a shift a day in each of ``zones`` zones, both people on each; Ştefan is
    absent on Monday, so the problems list his full name."""
    shifts = []
    for index in range(zones * 7):
        day = MONDAY + timedelta(days=index % 7)
        start = datetime(day.year, day.month, day.day, 17, tzinfo=UTC)
        shifts.append(
            ShiftRow(
                id=index + 1,
                zone_id=index // 7 + 1,
                zone_name=f"Zona {index // 7 + 1:02d} – Piazza Roma",
                zone_colour="#1f77b4",
                starts_at=start,
                ends_at=start + timedelta(hours=3),
                kind=ShiftKind.JOINT,
                status=ShiftStatus.PUBLISHED,
                objectives="",
                version_id=1,
                people=(STEFAN, NGUYEN),
            )
        )
    return planning.WeekPlan(
        monday=MONDAY,
        tz_name="Europe/Rome",
        starts_at=datetime(2030, 1, 6, 23, tzinfo=UTC),
        ends_at=datetime(2030, 1, 13, 23, tzinfo=UTC),
        shifts=tuple(shifts),
        absences=(),
        violations=(
            rules.Violation(
                kind=rules.ViolationKind.ABSENT,
                shift_id=1,
                person_id=STEFAN.id,
                message="absent",
                absence_kind=AbsenceKind.LEAVE,
            ),
        ),
    )


def _descriptor(font: dict) -> dict:  # type: ignore[type-arg]
    if "/FontDescriptor" in font:
        return font["/FontDescriptor"].get_object()
    (descendant,) = font["/DescendantFonts"]
    return descendant.get_object()["/FontDescriptor"].get_object()


def test_a_non_latin1_name_prints_intact_in_embedded_fonts() -> None:
    pdf = week_plan_pdf(_plan(1), language="it", generated_at=GENERATED)
    reader = PdfReader(io.BytesIO(pdf))
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))
    assert "Ş. Căpraru-Łukasiewicz (E)" in text and "N. T. Ánh (A)" in text  # in the grid
    assert "Ştefan Căpraru-Łukasiewicz" in text  # in the problems, by full name
    assert b"Helvetica" not in pdf
    embedded: set[str] = set()
    for page in reader.pages:
        for reference in page["/Resources"]["/Font"].values():
            font = reference.get_object()
            assert "/FontFile2" in _descriptor(font), font["/BaseFont"]
            embedded.add(str(font["/BaseFont"]).split("+")[-1])
    assert embedded <= {fonts.FAMILY.regular, fonts.FAMILY.bold}
    assert embedded == {fonts.FAMILY.regular, fonts.FAMILY.bold}


def test_every_page_has_its_number_of_the_total_and_the_generation_date() -> None:
    for lang, page_word, of_word, stamp in (
        ("it", "Pagina", "di", "Generato il 03/01/2030 16:30"),
        ("en", "Page", "of", "Generated on 03/01/2030 16:30"),
    ):
        reader = PdfReader(
            io.BytesIO(week_plan_pdf(_plan(12), language=lang, generated_at=GENERATED))
        )
        total = len(reader.pages)
        assert total >= 2
        for number, page in enumerate(reader.pages, start=1):
            text = re.sub(r"\s+", " ", page.extract_text())
            assert f"{page_word} {number} {of_word} {total}" in text
            assert stamp in text
