"""console-admin report: the summary written as a PDF, and every bad input refused in one
line on stderr, non-zero, with nothing written."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from console import texts
from tests.cli.test_cli import _run
from tests.services.test_reporting import Demo, build_demo


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    built = build_demo(tmp_path_factory.mktemp("report-cli") / "console.db")
    built.engine.dispose()
    yield built


def test_report_writes_the_summary(capsys, world: Demo, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    code, stdout, err = _run(
        capsys,
        "--db",
        str(world.path),
        "report",
        "--from",
        "2026-11-09",
        "--to",
        "2026-11-22",
        "--lang",
        "en",
        "--out",
        str(out),
    )
    assert code == 0, err
    assert str(out) in stdout and "2026-11-09 to 2026-11-22" in stdout
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert texts.SUMMARY["en"]["document"] in text and "Zone: Piazza Roma" in text


def test_report_for_one_zone_in_italian(capsys, world: Demo, tmp_path: Path) -> None:
    out = tmp_path / "zona.pdf"
    code, _, err = _run(
        capsys,
        "--db",
        str(world.path),
        "report",
        "--from",
        "2026-11-09",
        "--to",
        "2026-11-22",
        "--zone",
        "1",
        "--tz",
        "Europe/Rome",
        "--out",
        str(out),
    )
    assert code == 0, err
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Solo la zona:" in text and texts.SUMMARY["it"]["method"] in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2026-11-22", "--to", "2026-11-09"], "before --from"),
        (["--from", "2026-13-01", "--to", "2026-11-09"], "not a date"),
        (["--from", "2026-11-01", "--to", "2026-11-09", "--zone", "999"], "999"),
        (["--from", "2026-11-01", "--to", "2026-11-09", "--lang", "fr"], "invalid choice"),
        (
            ["--from", "2026-11-01", "--to", "2026-11-09", "--tz", "Mars/Olympus"],
            "unknown time zone",
        ),
        (["--to", "2026-11-09"], "--from"),
        (["--from", "2026-11-01", "--to", "2026-11-09", "--threshold", "0"], "threshold"),
        (["--from", "2026-11-01", "--to", "2026-11-09", "--threshold", "x"], "threshold"),
        (["--from", "2026-11-01", "--to", "2026-11-09", "--weights", "1,2"], "three weights"),
        (["--from", "2026-11-01", "--to", "2026-11-09", "--weights", "1,a,1"], "three weights"),
        (["--from", "2026-11-01", "--to", "2026-11-09", "--weights", "1,-1,1"], "three weights"),
    ],
)
def test_bad_input_is_refused_in_one_line(
    capsys, world: Demo, tmp_path: Path, args: list[str], message: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "summary.pdf"
    code, _, err = _run(capsys, "--db", str(world.path), "report", *args, "--out", str(out))
    assert code != 0
    assert len(err.strip().splitlines()) == 1 and message in err
    assert list(folder.iterdir()) == []


def test_bad_targets_are_refused(capsys, world: Demo, tmp_path: Path) -> None:
    dates = ["--from", "2026-11-09", "--to", "2026-11-22"]
    folder = tmp_path / "out"
    folder.mkdir()
    for target, message in (
        (folder / "missing" / "s.pdf", "folder does not exist"),
        (folder / "s.txt", ".pdf"),
    ):
        code, _, err = _run(capsys, "--db", str(world.path), "report", *dates, "--out", str(target))
        assert code != 0 and len(err.strip().splitlines()) == 1 and message in err
    assert list(folder.iterdir()) == []


def _pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_threshold_and_weights_from_the_command_line(capsys, world: Demo, tmp_path: Path) -> None:
    dates = ["--from", "2026-11-09", "--to", "2026-11-22", "--lang", "en"]
    plain, strict = tmp_path / "plain.pdf", tmp_path / "strict.pdf"
    code, _, err = _run(capsys, "--db", str(world.path), "report", *dates, "--out", str(plain))
    assert code == 0, err
    code, _, err = _run(
        capsys,
        "--db",
        str(world.path),
        "report",
        *dates,
        "--threshold",
        "50",
        "--weights",
        "1,2.5,0",
        "--out",
        str(strict),
    )
    assert code == 0, err
    default_text, strict_text = _pdf_text(plain), _pdf_text(strict)
    assert "<50" in strict_text and "<50" not in default_text
    assert "citizen reports 1, police interventions 2.5, media 0." in strict_text
    assert "citizen reports 1, police interventions 1, media 1." in default_text


def test_italian_numbers_have_a_decimal_comma(capsys, world: Demo, tmp_path: Path) -> None:
    out = tmp_path / "it.pdf"
    dates = ["--from", "2026-11-09", "--to", "2026-11-22", "--weights", "1,1.5,1"]
    code, _, err = _run(capsys, "--db", str(world.path), "report", *dates, "--out", str(out))
    assert code == 0, err
    text = _pdf_text(out)
    assert "interventi di polizia 1,5" in text
    # Hours of presence are written with one decimal, the Italian way.
    assert re.search(r"\b\d+,\d\b", text) and not re.search(r"\b\d+\.\d\b", text)
