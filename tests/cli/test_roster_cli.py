"""console-admin propose-week: the proposal printed, saved as JSON and applied as drafts; one
line on stderr and a non-zero exit for bad input, nothing written then."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from console import cli, db
from console.models import (
    Absence,
    AbsenceKind,
    AuditEvent,
    DemandPattern,
    OrganizationKind,
    Role,
    Shift,
    ShiftKind,
)
from tests.factories import ROME, organization, person, zone

MONDAY = date(2027, 1, 11)  # ISO week 2027-W02, no holiday
WEEK = "2027-W02"


@pytest.fixture
def database(tmp_path: Path, migrated_template: Path) -> Path:
    """One zone needing a joint outing every weekday evening, three educators and two
    officers; both officers are on leave on Wednesday."""
    path = tmp_path / "roster.db"
    shutil.copyfile(migrated_template, path)
    opened = db.open_database(db.sqlite_url(path))
    with db.session_scope(opened.engine) as s:
        police = organization(OrganizationKind.POLICE)
        coop = organization(OrganizationKind.EDUCATIONAL)
        educators = [
            person(n, Role.EDUCATOR, coop, weekly_hours=30) for n in ("Anna", "Bea", "Carla")
        ]
        officers = [person(n, Role.OFFICER, police, weekly_hours=30) for n in ("Dario", "Ezio")]
        roma = zone("Piazza Roma")
        s.add_all([police, coop, *educators, *officers, roma])
        s.add(
            DemandPattern(
                zone=roma,
                days=0b0011111,
                start_minute=18 * 60,
                end_minute=22 * 60,
                kind=ShiftKind.JOINT,
                educators=1,
                officers=1,
            )
        )
        wednesday = datetime.combine(MONDAY + timedelta(days=2), datetime.min.time(), ROME)
        for officer in officers:
            s.add(
                Absence(
                    person=officer,
                    kind=AbsenceKind.LEAVE,
                    starts_at=wednesday,
                    ends_at=wednesday + timedelta(days=1),
                )
            )
    opened.engine.dispose()
    return path


def run(database: Path, *args: str) -> int:
    return cli.main(["--db", str(database), "propose-week", *args])


def counts(database: Path) -> tuple[int, int]:
    engine = db.open_database(db.sqlite_url(database)).engine
    try:
        with db.session_scope(engine) as s:
            shifts = s.scalar(select(func.count()).select_from(Shift)) or 0
            events = s.scalar(select(func.count()).select_from(AuditEvent)) or 0
    finally:
        engine.dispose()
    return shifts, events


def test_prints_the_proposal_and_why_wednesday_stays_empty(
    database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(database, "--week", WEEK, "--lang", "en") == 0
    out = capsys.readouterr().out
    assert "week 2027-W02: optimal, 5 outings (4 staffed" in out
    assert "no officer available Wednesday 18–22 (Piazza Roma): 2 absent" in out
    assert counts(database)[0] == 0  # a proposal writes nothing


def test_saves_the_json_and_the_same_week_twice_is_the_same(database: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "one.json", tmp_path / "two.json"
    assert run(database, "--week", WEEK, "--json", str(first)) == 0
    assert run(database, "--week", WEEK, "--json", str(second), "--seed", "20261205") == 0
    data = json.loads(first.read_text(encoding="utf-8"))
    assert data["week"] == WEEK and data["solver"]["status"] == "optimal"
    assert data["solver"]["seed"] == 20261205
    assert len(data["assignments"]) == 8
    assert {a["role"] for a in data["assignments"]} == {"educator", "officer"}
    (officer,) = [u for u in data["unfilled"] if u["role"] == "officer"]
    assert officer["reasons"] == {"absent": 2}
    assert officer["text"]["it"].startswith("nessun agente disponibile mercoledì 18–22")
    assert all("rule" in p and "text" in p for p in data["penalties"])
    assert data["pressure"]["rule"]["en"].startswith("Follow pressure")
    other = json.loads(second.read_text(encoding="utf-8"))
    for key in ("shifts", "assignments", "unfilled", "penalties"):
        assert data[key] == other[key]


def test_apply_writes_the_drafts_in_one_audited_step(
    database: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, events = counts(database)
    assert run(database, "--week", WEEK, "--apply") == 0
    assert "applied as drafts: 4 new shifts" in capsys.readouterr().out
    assert counts(database) == (4, events + 1)
    assert run(database, "--week", WEEK, "--apply") == 0  # nothing left to change
    assert "applied as drafts: 0 new shifts, 0 drafts restaffed" in capsys.readouterr().out
    assert counts(database) == (4, events + 1)


@pytest.mark.parametrize(
    ("args", "reason", "code"),
    [
        (("--week", "2027-W60"), "not an ISO week", 2),
        (("--week", "W02"), "not an ISO week", 2),
        (("--week", WEEK, "--time-limit", "0"), "time limit", 2),
        (("--week", WEEK, "--seed", "-1"), "seed", 2),
        (("--week", WEEK, "--lang", "fr"), "invalid choice", 2),
        (("--week", WEEK, "--province", "ZZ"), "unknown province", 2),
        (("--apply",), "required: --week", 2),
        (("--week", WEEK, "--apply", "--json", "/no/such/folder/p.json"), "does not exist", 1),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(
    database: Path,
    args: tuple[str, ...],
    reason: str,
    code: int,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = counts(database)
    assert run(database, *args) == code if code == 1 else _exits(database, args, code)
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and reason in err and "Traceback" not in err
    assert counts(database) == before


def _exits(database: Path, args: tuple[str, ...], code: int) -> bool:
    with pytest.raises(SystemExit) as exited:
        run(database, *args)
    return exited.value.code == code


def test_the_same_proposal_from_two_processes(database: Path, tmp_path: Path) -> None:
    """Determinism does not hang on Python's per-process hashing: two interpreters with
    different hash seeds write the same proposal."""
    outputs = []
    for hash_seed in ("1", "2"):
        out = tmp_path / f"p{hash_seed}.json"
        code = (
            "import sys; from console.cli import main; "
            f"sys.exit(main(['--db', {str(database)!r}, 'propose-week', '--week', {WEEK!r}, "
            f"'--json', {str(out)!r}]))"
        )
        subprocess.run(
            [sys.executable, "-c", code],
            check=True,
            capture_output=True,
            env={**os.environ, "PYTHONHASHSEED": hash_seed},
            timeout=120,
        )
        data = json.loads(out.read_text(encoding="utf-8"))
        del data["solver"]["wall_time_seconds"]
        outputs.append(data)
    assert outputs[0] == outputs[1]


def test_a_week_with_nothing_to_plan_is_said_and_applies_nothing(
    database: Path, tmp_path: Path, migrated_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = counts(database)
    assert run(database, "--week", "2027-W01", "--apply", "--lang", "en") == 0
    out = capsys.readouterr().out
    assert "week 2027-W01: optimal, 4 outings" in out  # Friday 1 January left out: a holiday
    assert counts(database)[0] == before[0] + 4
    empty = tmp_path / "empty.db"
    shutil.copyfile(migrated_template, empty)
    assert run(empty, "--week", WEEK, "--apply") == 0
    out = capsys.readouterr().out
    assert "empty, 0 outings" in out and "cost –" in out
    assert "applied as drafts: 0 new shifts" in out
