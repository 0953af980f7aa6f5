"""The benchmark suite still runs: a tiny city generated and every quick benchmark run once.

Nothing here times anything (benchmarks/README.md says how to read the real numbers): the
test only checks that the scripts work against the current code and print their table.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def test_a_tiny_city_is_generated_and_measured(tmp_path: Path) -> None:
    city = tmp_path / "city.db"
    made = run("benchmarks/generate.py", "--out", str(city), "--scale", "0.002", tmp_path=tmp_path)
    assert made.returncode == 0, made.stderr
    quick = ["open", "week", "calendar", "cases", "search", "ics", "audit", "map"]
    done = run(
        "benchmarks/run.py", "--db", str(city), "--repeat", "1", "--only", *quick, tmp_path=tmp_path
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    header = [cell.strip() for cell in lines[1].split("|")[1:-1]]
    assert header == ["what", "console", "reference", "ratio", "data size"]
    rows = [line for line in lines[3:] if line.startswith("|")]
    # open, week (read again, after a change, after a change against the 9-field query),
    # calendar, cases (service, view), search (rare, common), ics, audit, map (3)
    assert len(rows) == 14
    assert "audit-verify" in "".join(rows)


def test_the_generator_refuses_an_existing_file_and_a_bad_scale(tmp_path: Path) -> None:
    taken = tmp_path / "taken.db"
    taken.write_bytes(b"")
    refused = run("benchmarks/generate.py", "--out", str(taken), tmp_path=tmp_path)
    assert refused.returncode != 0 and "exists" in refused.stderr
    assert taken.read_bytes() == b""
    bad = run(
        "benchmarks/generate.py", "--out", str(tmp_path / "x.db"), "--scale", "0", tmp_path=tmp_path
    )
    assert bad.returncode != 0 and "--scale" in bad.stderr
    assert not (tmp_path / "x.db").exists()


def test_the_start_up_driver_plays_the_person(tmp_path: Path) -> None:
    """The start-up rows: the driver finds the sign-in dialog, types, presses Enter and sees
    the calendar painted, on a tiny city and on the demo (and the scripted process runs)."""
    city = tmp_path / "city.db"
    made = run("benchmarks/generate.py", "--out", str(city), "--scale", "0.002", tmp_path=tmp_path)
    assert made.returncode == 0, made.stderr
    done = run(
        "benchmarks/run.py",
        "--db",
        str(city),
        "--repeat",
        "1",
        "--only",
        "start",
        tmp_path=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    rows = [line.split("|")[1].strip() for line in done.stdout.splitlines()[3:] if "|" in line]
    assert rows == [
        "start-up: launch to sign-in dialog",
        "start-up: Enter to painted calendar",
        "start-up, scripted whole process",
        "start-up: launch to sign-in dialog, demo",
        "start-up: Enter to painted calendar, demo",
        "start-up, scripted whole process, demo",
    ]
