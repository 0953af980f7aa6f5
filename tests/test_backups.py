"""Backups before an upgrade: a copy killed at any moment never costs the last good one."""

from __future__ import annotations

import hashlib
import random
import re
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import Engine, insert

from console import db
from console.models import Signal, SignalKind, Zone
from tests.next_release import install_next_release

KILLS = 24  # issue #10 asks for at least 20 kills at random points
SEED = 10  # the delays are random but the same on every run
# Enough pages that copying and checking take tens of milliseconds, so kills land inside them.
SIGNALS = 12_000
REPO = Path(__file__).resolve().parents[1]
FINAL = re.compile(r"console-\d{8}T\d{12}Z-.+\.db")

BACKUP_IN_CHILD = (
    "import sys; from pathlib import Path; from console import db; "
    "print('ready', flush=True); db.backup_sqlite(Path(sys.argv[1]), sys.argv[2]); "
    "print('done', flush=True)"
)


def _fill(engine: Engine) -> None:
    with db.session_scope(engine) as s:
        zone = Zone(name="Piazza Roma", geometry={"type": "Polygon", "coordinates": []})
        s.add(zone)
        s.flush()
        start = datetime(2030, 1, 1, tzinfo=UTC)
        rows = [
            {
                "kind": SignalKind.CITIZEN_REPORT,
                "occurred_at": start + timedelta(minutes=i),
                "zone_id": zone.id,
                "category": "noise",
                "summary": f"report {i} " + "x" * 400,
            }
            for i in range(SIGNALS)
        ]
        s.execute(insert(Signal), rows)


def _backups(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if FINAL.fullmatch(p.name))


def _unfinished(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if db.PARTIAL_SUFFIX in p.name)


def _assert_good(copy: Path, revision: str) -> None:
    # Read-only and without immutable: a hot journal beside a broken copy would make this fail.
    conn = sqlite3.connect(f"file:{quote(str(copy))}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)], copy
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [(revision,)]
        assert conn.execute("SELECT count(*) FROM signals").fetchone() == (SIGNALS,), copy
    finally:
        conn.close()
    assert not [p for p in copy.parent.iterdir() if p.name.startswith(f"{copy.name}-")], copy


@pytest.fixture
def big_database(engine: Engine, db_path: Path) -> Path:
    """A database at the head revision, a few MB, closed (no -wal beside it)."""
    _fill(engine)
    engine.dispose()
    return db_path


def _start_backup(database: Path, revision: str) -> subprocess.Popen[str]:
    """A child process that backs ``database`` up, saying "ready" before and "done" after."""
    child = subprocess.Popen(
        [sys.executable, "-c", BACKUP_IN_CHILD, str(database), revision],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    return child


def test_a_backup_killed_at_any_moment_leaves_the_newest_good_copy(big_database: Path) -> None:
    revision = db.head_revision()
    folder = big_database.parent / "backups"
    # The one verified copy everything starts from, made the way the killed ones are, so its
    # time (copy, check, rename, pruning) sets the range of the kills.
    child = _start_backup(big_database, revision)
    began = time.monotonic()
    assert child.stdout is not None and child.stdout.readline().strip() == "done"
    duration = time.monotonic() - began
    assert child.wait(timeout=60) == 0
    child.stdout.close()
    _assert_good(_backups(folder)[-1], revision)

    rnd = random.Random(SEED)
    killed = left_pieces = finished = 0
    for _ in range(KILLS):
        before = _backups(folder)
        child = _start_backup(big_database, revision)
        try:
            child.wait(timeout=rnd.uniform(0, 1.1 * duration))
        except subprocess.TimeoutExpired:
            child.kill()  # SIGKILL: no handler, no clean-up, like a power cut for the files
            child.wait()
            killed += 1
        assert child.stdout is not None
        child.stdout.close()
        left_pieces += bool(_unfinished(folder))
        backups = _backups(folder)
        finished += backups[-1] not in before
        assert backups, "the only good copy was lost"
        # One over: a kill between the rename and the pruning; the next backup prunes it.
        assert len(backups) <= db.BACKUPS_KEPT + 1
        for copy in backups:  # each name was given only after the check: every one is good
            _assert_good(copy, revision)

    print(f"\n{killed} killed, {left_pieces} left pieces, {finished} finished a copy")
    # Not a vacuous pass: most attempts were killed, and some of them in the middle of a copy.
    assert killed >= KILLS // 2, killed
    assert left_pieces >= 1, left_pieces

    newest = db.backup_sqlite(big_database, revision)
    assert _unfinished(folder) == []
    assert _backups(folder)[-1] == newest
    assert len(_backups(folder)) == min(db.BACKUPS_KEPT, 2 + finished)
    _assert_good(newest, revision)


def test_a_copy_that_fails_its_check_is_not_kept(engine: Engine, db_path: Path) -> None:
    engine.dispose()
    folder = db_path.parent / "backups"
    good = db.backup_sqlite(db_path, db.head_revision())
    # The file is not at the revision the caller read: as if another console upgraded it
    # meanwhile. The copy must not be filed under a name that says otherwise.
    with pytest.raises(db.BackupFailed, match="changed while it was copied"):
        db.backup_sqlite(db_path, "0001_initial")
    assert _backups(folder) == [good]
    assert _unfinished(folder) == []


def test_pruning_keeps_the_copy_just_made_and_leaves_other_databases_alone(
    engine: Engine, db_path: Path
) -> None:
    engine.dispose()
    folder = db_path.parent / "backups"
    folder.mkdir()
    # Names from a clock that ran ahead: by name they are all newer than the copy made now.
    future = [folder / f"console-2999010{i}T000000000000Z-0003_search.db" for i in range(6)]
    for copy in future:
        copy.write_bytes(b"")
    Path(f"{future[0]}-journal").write_bytes(b"")  # as the copy code before #10 left them
    other = folder / "console-old-20240101T000000000000Z-0003_search.db"
    other.write_bytes(b"")

    made = db.backup_sqlite(db_path, db.head_revision())

    assert made.exists()
    assert _backups(folder) == sorted([made, *future[2:]])
    assert not Path(f"{future[0]}-journal").exists()
    assert other.exists()  # console-old.db's backups are not console.db's to prune


def test_no_upgrade_without_a_good_copy(
    engine: Engine, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine.dispose()
    install_next_release(tmp_path / "next", monkeypatch)  # one more revision to upgrade to
    (db_path.parent / "backups").write_text("a file where the backups folder goes")
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()

    with pytest.raises(db.DatabaseRefused) as refused:
        db.open_database(db.sqlite_url(db_path))

    assert refused.value.reason is db.Refusal.NOT_WRITABLE
    assert "backup" in str(refused.value)
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before  # not upgraded
