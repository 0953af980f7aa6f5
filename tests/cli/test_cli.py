"""console-admin: commands work, bad input is one line on stderr with a non-zero exit."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from console import cli, db
from console.models import Shift


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = cli.main(list(argv))
    except SystemExit as exc:  # argparse's --help, --version and usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_init_creates_then_reports_up_to_date(capsys, db_path: Path) -> None:
    code, out, _ = _run(capsys, "--db", str(db_path), "init")
    assert code == 0 and "created" in out and str(db_path) in out
    code, out, _ = _run(capsys, "init", "--db", str(db_path))
    assert code == 0 and "up to date" in out


def test_init_uses_the_environment_variable(capsys, db_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(db.ENV_VAR, str(db_path))
    assert _run(capsys, "init")[0] == 0
    assert db_path.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["bogus"],
        [],
        ["seed-demo", "--today", "2026-13-01"],
        ["init", "--no-such-option"],
    ],
)
def test_usage_errors_are_one_line(capsys, argv: list[str]) -> None:
    code, out, err = _run(capsys, *argv)
    assert code == cli.EXIT_USAGE
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "--help" in err


def test_refused_database_is_one_line_and_untouched(capsys, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("appunti della riunione\n")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    code, _out, err = _run(capsys, "--db", str(path), "init")
    assert code == cli.EXIT_FAILED
    assert err.count("\n") == 1 and "not a Coordination Console database" in err
    assert "Traceback" not in err
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("command", ["init", "seed-demo"])
def test_every_command_has_help(capsys, command: str) -> None:
    code, out, _ = _run(capsys, command, "--help")
    assert code == 0 and "--db" in out


def test_seed_demo_fills_once_then_refuses(capsys, db_path: Path) -> None:
    code, out, err = _run(capsys, "--db", str(db_path), "seed-demo", "--today", "2026-11-24")
    assert code == 0, err
    assert "demo data added" in out and "password" in out
    opened = db.open_database(db.sqlite_url(db_path))
    with db.session_scope(opened.engine) as s:
        shifts = s.scalar(select(func.count()).select_from(Shift))
    opened.engine.dispose()
    assert shifts > 0

    code, out, err = _run(capsys, "--db", str(db_path), "seed-demo")
    assert code == cli.EXIT_FAILED
    assert len(err.strip().splitlines()) == 1 and "already holds data" in err
    opened = db.open_database(db.sqlite_url(db_path))
    with db.session_scope(opened.engine) as s:
        assert s.scalar(select(func.count()).select_from(Shift)) == shifts
    opened.engine.dispose()


def test_installed_entry_point_runs(tmp_path: Path) -> None:
    exe = shutil.which("console-admin", path=str(Path(sys.executable).parent))
    assert exe, "console-admin is not installed in this environment"
    result = subprocess.run(
        [exe, "--db", str(tmp_path / "x.db"), "init"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_export_ics_writes_a_calendar(capsys, db_path: Path, tmp_path: Path) -> None:
    from icalendar import Calendar

    assert _run(capsys, "--db", str(db_path), "seed-demo", "--today", "2026-11-24")[0] == 0
    out_file = tmp_path / "team.ics"
    code, out, err = _run(
        capsys,
        "--db",
        str(db_path),
        "export-ics",
        "--out",
        str(out_file),
        "--from",
        "2026-11-23",
        "--to",
        "2026-11-29",
    )
    assert code == 0, err
    cal = Calendar.from_ical(out_file.read_bytes())
    assert len(cal.walk("VEVENT")) > 0
    assert f"{len(cal.walk('VEVENT'))} shifts" in out


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--from", "2026-11-23"], "give both --from and --to"),
        (["--person", "424242"], "There is no person with id 424242"),
        (["--zone", "424242"], "There is no zone with id 424242"),
        (["--from", "2026-11-29", "--to", "2026-11-23"], "comes before the first day"),
    ],
)
def test_export_ics_bad_requests_write_nothing(
    capsys, db_path: Path, tmp_path: Path, extra: list[str], message: str
) -> None:
    out_file = tmp_path / "x.ics"
    code, _, err = _run(capsys, "--db", str(db_path), "export-ics", "--out", str(out_file), *extra)
    assert code == cli.EXIT_FAILED
    assert len(err.strip().splitlines()) == 1 and message in err
    assert not out_file.exists()


def test_export_ics_into_a_missing_folder(capsys, db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "x.ics"
    code, _, err = _run(capsys, "--db", str(db_path), "export-ics", "--out", str(target))
    assert code == cli.EXIT_FAILED and "folder does not exist" in err
    assert list(tmp_path.glob("**/*.part")) == []


def test_check_finds_what_an_everyday_open_skips(capsys, db_path: Path) -> None:
    from tests.test_db import _corrupt

    code, out, err = _run(capsys, "--db", str(db_path), "check")
    assert code == 0 and "no damage" in out and err == ""
    db_path.unlink()
    _corrupt(db_path)
    code, out, err = _run(capsys, "--db", str(db_path), "check")
    assert code == cli.EXIT_DAMAGED and out == ""
    assert err.startswith(f"console-admin: {db_path}: damaged: ")
