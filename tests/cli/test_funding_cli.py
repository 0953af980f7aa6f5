"""console-admin funding-report: the PDF or the spreadsheet of a period, one line on stderr and
a non-zero exit for bad input, nothing written then."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from console import cli, db
from tests.services.funding_world import build


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "funding.db"
    opened = db.open_database(db.sqlite_url(path))
    build(opened.engine)
    opened.engine.dispose()
    return path


def run(database: Path, *args: str) -> int:
    return cli.main(["--db", str(database), "funding-report", *args])


def test_writes_the_pdf(database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "rendiconto.pdf"
    assert run(database, "--from", "2026-03-01", "--to", "2026-03-31", "--out", str(out)) == 0
    assert "total 406.60 EUR of a grant of 7500.00 EUR" in capsys.readouterr().out
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Totale spese del periodo" in text and "406,60 €" in text


def test_writes_the_spreadsheet_in_english(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.XLSX"
    args = ("--from", "2026-03-01", "--to", "2026-03-31", "--out", str(out), "--lang", "en")
    assert run(database, *args) == 0
    book = load_workbook(out)
    assert book.sheetnames[0] == "Summary" and book["Hours and costs"]["E4"].value == "=SUM(E2:E3)"
    assert "written to" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (("--from", "2026-03-31", "--to", "2026-03-01"), "is before --from"),
        (("--from", "2026-02-30", "--to", "2026-03-01"), "not a date"),
        (("--from", "2026-03-01", "--to", "2026-03-31", "--lang", "fr"), "invalid choice"),
        (("--from", "2026-03-01", "--to", "2026-03-31", "--tz", "Mars/Olympus"), "time zone"),
    ],
)
def test_bad_input_writes_nothing(
    database: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    reason: str,
) -> None:
    out = tmp_path / "report.pdf"
    try:
        code = run(database, *args, "--out", str(out))
    except SystemExit as exit_info:  # argparse's own refusals
        code = exit_info.code
    assert code not in (0, None)
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and reason in err
    assert not out.exists()


@pytest.mark.parametrize("name", ["report.docx", "report"])
def test_an_unknown_format_writes_nothing(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    out = tmp_path / name
    assert run(database, "--from", "2026-03-01", "--to", "2026-03-31", "--out", str(out)) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and ".pdf or .xlsx" in err
    assert not out.exists()


def test_a_missing_folder(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "nowhere" / "report.pdf"
    assert run(database, "--from", "2026-03-01", "--to", "2026-03-31", "--out", str(out)) == 1
    assert "folder does not exist" in capsys.readouterr().err
