"""console-admin and hostile arguments and files: a year 1 or 9999, a 5,000-digit number, a NUL
in a zone name. One line on stderr, a non-zero exit, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from console import cli
from tests.cli.test_cli import _run

DIGITS = "1" * 5_000


@pytest.mark.parametrize(
    "argv",
    [
        ["export-ics", "--from", "0001-01-01", "--to", "0001-01-31"],
        ["export-ics", "--from", "2026-01-01", "--to", "9999-12-31"],
        ["export-ics", "--from", "1899-12-31", "--to", "1900-01-31"],
        ["export-ics", "--person", DIGITS],
        ["export-ics", "--zone", "-3"],
        ["week-plan", "--week", "9999-W52"],
        ["week-plan", "--week", "0001-W01"],
        ["week-plan", "--week", f"2026-W{DIGITS}"],
        ["report", "--from", "2026-01-01", "--to", "2101-01-01"],
        ["report", "--from", "2026-01-01", "--to", "2026-02-01", "--zone", DIGITS],
        ["funding-report", "--from", "0001-01-01", "--to", "2026-01-01"],
        ["minutes", "--meeting", DIGITS, "--audience", "shared"],
        ["audit-export", "--from", "9999-01-01"],
    ],
)
def test_arguments_out_of_range_are_one_short_line(
    capsys, db_path: Path, tmp_path: Path, argv: list[str]
) -> None:
    out = tmp_path / "out.pdf"
    code, stdout, err = _run(capsys, "--db", str(db_path), *argv, "--out", str(out))
    assert code == cli.EXIT_USAGE, err
    assert stdout == ""
    assert len(err.strip().splitlines()) == 1
    assert len(err) < 300
    assert not out.exists()


def _zones_file(tmp_path: Path, name: str, last: str = "10") -> Path:
    path = tmp_path / "zones.geojson"
    path.write_text(
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": '
        f'{{"name": "{name}"}}, "geometry": {{"type": "Polygon", "coordinates": '
        f"[[[10, 45], [10.1, 45], [10.1, 45.1], [{last}, 45]]]}}}}]}}"
    )
    return path


@pytest.mark.parametrize(
    ("name", "last", "said"),
    [("Zona\\u0000", "10", "control character"), ("Zona", DIGITS, "not a whole number")],
)
def test_hostile_zone_files_are_one_line_and_import_nothing(
    capsys, db_path: Path, tmp_path: Path, name: str, last: str, said: str
) -> None:
    assert _run(capsys, "--db", str(db_path), "init")[0] == 0
    code, _, err = _run(
        capsys, "--db", str(db_path), "import-zones", str(_zones_file(tmp_path, name, last))
    )
    assert code == cli.EXIT_FAILED
    assert len(err.strip().splitlines()) == 1 and said in err and len(err) < 300
    code, _, _ = _run(
        capsys, "--db", str(db_path), "export-zones", "--out", str(tmp_path / "z.json")
    )
    assert code == 0
    assert '"features": []' in (tmp_path / "z.json").read_text()


def test_signals_dated_year_1_or_9999_are_refused_by_line(
    capsys, db_path: Path, tmp_path: Path
) -> None:
    assert _run(capsys, "--db", str(db_path), "init")[0] == 0
    path = tmp_path / "signals.csv"
    path.write_text(
        "kind;occurred_at;category;lon;lat\n"
        "citizen_report;0001-01-01 00:30;rumore;10.02;45.13\n"
        "citizen_report;31/12/9999 23:30;rumore;10.02;45.13\n"
    )
    code, _, err = _run(capsys, "--db", str(db_path), "import-signals", str(path))
    assert code == cli.EXIT_FAILED
    assert len(err.strip().splitlines()) == 1
    assert "line 2" in err and "0001-01-01" in err
