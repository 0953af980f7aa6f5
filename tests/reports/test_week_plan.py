"""The printable week plan lists the week's shifts and problems, in Italian and English."""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from console import cli, db
from console.reports.week_plan import week_plan_pdf
from console.services import access, demo, planning
from console.services.planning.printout import PlanRequest, write_week_plan
from tests.factories import ROME

MONDAY = date(2026, 11, 30)


@pytest.fixture(scope="module")
def demo_plan(tmp_path_factory: pytest.TempPathFactory) -> planning.WeekPlan:
    path = tmp_path_factory.mktemp("plan") / "demo.db"
    opened = db.open_database(db.sqlite_url(path))
    with db.session_scope(opened.engine) as s:
        demo.seed_demo(s, today=date(2026, 11, 24))
    with db.session_scope(opened.engine) as s:
        plan = planning.shifts_in_week(s, access.COMMAND_LINE, MONDAY, ROME)
    opened.engine.dispose()
    return plan


def pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def test_every_shift_of_the_week_is_listed(demo_plan: planning.WeekPlan) -> None:
    text = pdf_text(week_plan_pdf(demo_plan, language="it", generated_at=datetime.now(UTC)))
    assert "Piano settimanale dei turni" in text
    assert "Settimana 49" in text and "30 novembre – 6 dicembre 2026" in text
    assert demo_plan.shifts
    for shift in demo_plan.shifts:
        start = shift.starts_at.astimezone(ROME).strftime("%H:%M")
        end = shift.ends_at.astimezone(ROME).strftime("%H:%M")
        assert f"{start}–{end}" in text
        for person in shift.people:
            assert person.short_name in text
    for zone in {s.zone_name for s in demo_plan.shifts}:
        assert zone in text


def test_the_problems_are_listed(demo_plan: planning.WeekPlan) -> None:
    assert demo_plan.violations, "the demo plants one conflict in this week"
    text = pdf_text(week_plan_pdf(demo_plan, language="it", generated_at=datetime.now(UTC)))
    assert "Problemi da risolvere" in text and "è assente" in text


def test_english(demo_plan: planning.WeekPlan) -> None:
    text = pdf_text(week_plan_pdf(demo_plan, language="en", generated_at=datetime.now(UTC)))
    assert "Weekly shift plan" in text and "Week 49" in text and "Problems to solve" in text
    assert "Monday" in text and "is absent" in text


def test_an_empty_week(demo_plan: planning.WeekPlan) -> None:
    empty = planning.WeekPlan(
        monday=date(2030, 1, 7),
        tz_name="Europe/Rome",
        starts_at=datetime(2030, 1, 6, 23, tzinfo=UTC),
        ends_at=datetime(2030, 1, 13, 23, tzinfo=UTC),
        shifts=(),
        absences=(),
        violations=(),
    )
    text = pdf_text(week_plan_pdf(empty, language="it", generated_at=datetime.now(UTC)))
    assert "Nessun turno in questa settimana." in text
    assert "Nessun problema" in text


def test_cli_week_plan(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    assert cli.main(["--db", str(path), "seed-demo", "--today", "2026-11-24"]) == 0
    out_file = tmp_path / "plan.pdf"
    assert (
        cli.main(["--db", str(path), "week-plan", "--week", "2026-W49", "--out", str(out_file)])
        == 0
    )
    assert "2026-W49" in capsys.readouterr().out
    assert "Piazza Marconi" in pdf_text(out_file.read_bytes())


@pytest.mark.parametrize("week", ["2026-49", "2026-W54", "W49", ""])
def test_cli_week_plan_bad_week(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, week: str
) -> None:
    out_file = tmp_path / "plan.pdf"
    with pytest.raises(SystemExit) as exit_info:
        cli.main(
            ["--db", str(tmp_path / "x.db"), "week-plan", "--week", week, "--out", str(out_file)]
        )
    assert exit_info.value.code == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "YYYY-Www" in err
    assert not out_file.exists()


# -- holidays --------------------------------------------------------------------------------


def test_the_holidays_are_named_in_their_day_headings(demo_plan: planning.WeekPlan) -> None:
    holidays = {date(2026, 12, 1): "Natale", date(2026, 12, 3): "Sant'Omobono"}  # as if
    text = pdf_text(
        week_plan_pdf(demo_plan, language="it", generated_at=datetime.now(UTC), holidays=holidays)
    )
    assert "Martedì 1/12 Natale" in text and "Giovedì 3/12 Sant'Omobono" in text
    assert "Lunedì 30/11 Zona" not in text and "Natale" not in pdf_text(
        week_plan_pdf(demo_plan, language="it", generated_at=datetime.now(UTC))
    )


def test_a_week_without_shifts_still_names_its_holidays() -> None:
    empty = planning.WeekPlan(
        monday=date(2026, 12, 21),
        tz_name="Europe/Rome",
        starts_at=datetime(2026, 12, 20, 23, tzinfo=UTC),
        ends_at=datetime(2026, 12, 27, 23, tzinfo=UTC),
        shifts=(),
        absences=(),
        violations=(),
    )
    holidays = {date(2026, 12, 25): "Christmas Day", date(2026, 12, 26): "Saint Stephen's Day"}
    text = pdf_text(
        week_plan_pdf(empty, language="en", generated_at=datetime.now(UTC), holidays=holidays)
    )
    assert "Friday 25 December 2026: Christmas Day" in text
    assert "Saturday 26 December 2026: Saint Stephen's Day" in text


def test_the_saved_week_plan_names_christmas_and_warns_about_its_shifts(
    tmp_path: Path,
) -> None:
    opened = db.open_database(db.sqlite_url(tmp_path / "demo.db"))
    with db.session_scope(opened.engine) as s:
        demo.seed_demo(s, today=date(2026, 12, 22))
    target = tmp_path / "christmas.pdf"
    request = PlanRequest(date(2026, 12, 21), ROME, "it", target, province="CR")
    with db.session_scope(opened.engine) as s:
        plan = planning.shifts_in_week(s, access.COMMAND_LINE, date(2026, 12, 21), ROME)
        write_week_plan(s, access.COMMAND_LINE, request)
    opened.engine.dispose()
    text = pdf_text(target.read_bytes())
    assert "Venerdì 25/12 Natale" in text and "Sabato 26/12 Santo Stefano" in text
    on_christmas = [
        s for s in plan.shifts if s.starts_at.astimezone(ROME).date() == date(2026, 12, 25)
    ]
    assert on_christmas, "the demo plans every evening, Christmas too"
    assert "turno in un giorno festivo (Natale)" in text


def test_cli_week_plan_names_the_provinces_patron_saint(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "demo.db"
    assert cli.main(["--db", str(path), "seed-demo", "--today", "2026-11-10"]) == 0
    capsys.readouterr()
    cremona, milano = tmp_path / "cremona.pdf", tmp_path / "milano.pdf"
    week = ["--db", str(path), "week-plan", "--week", "2026-W46"]
    assert cli.main([*week, "--out", str(cremona)]) == 0
    assert "13/11 Sant'Omobono" in capsys.readouterr().out
    assert "Venerdì 13/11 Sant'Omobono" in pdf_text(cremona.read_bytes())
    assert cli.main([*week, "--out", str(milano), "--province", "mi"]) == 0
    assert "Sant'Omobono" not in capsys.readouterr().out
    assert "Sant'Omobono" not in pdf_text(milano.read_bytes())


def test_cli_week_plan_refuses_an_unknown_province(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out_file = tmp_path / "plan.pdf"
    with pytest.raises(SystemExit) as exit_info:
        cli.main(
            [
                *("--db", str(tmp_path / "x.db"), "week-plan", "--week", "2026-W46"),
                *("--out", str(out_file), "--province", "XX"),
            ]
        )
    assert exit_info.value.code == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "unknown province: 'XX'" in err
    assert not out_file.exists()
