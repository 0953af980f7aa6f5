"""Two processes on one SQLite file: writes wait for each other, none fails, none is lost."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, text
from sqlalchemy.exc import DBAPIError, OperationalError

from console import db
from console.models import Absence, AbsenceKind, Organization, OrganizationKind, Person, Role
from console.services import access
from console.services.access import audit
from console.services.planning import absences

# Issue #10 asks for two processes writing together for 30 s: long enough for thousands of
# lock hand-overs and for the rare long waits a polling busy handler produces.
WRITE_SECONDS = 30.0
REPO = Path(__file__).resolve().parents[1]
COORDINATOR = access.Actor(
    user_id=None, person_id=None, organization_id=None, role=Role.COORDINATOR, username="c"
)


def write_absences(url: str, person_id: int, seconds: float) -> None:
    """The child process: record absences through the service, back to back, for ``seconds``.

    Prints "ready" once imported, starts on a line from stdin (so both start together) and
    prints what it committed and what failed as one JSON line.
    """
    engine = db.make_engine(url)
    print("ready", flush=True)
    sys.stdin.readline()
    first = datetime(2031, 1, 1, tzinfo=UTC)
    committed = 0
    failures: list[str] = []
    longest = 0.0
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        # One hour apart, so each absence is a distinct, valid row.
        starts = first + timedelta(hours=committed + len(failures))
        began = time.monotonic()
        try:
            # Reads the person and the audit anchor before writing, as every edit does: the
            # case a deferred transaction could not survive.
            with db.session_scope(engine) as session:
                absences.add_absence(
                    session,
                    COORDINATOR,
                    person_id,
                    kind=AbsenceKind.LEAVE,
                    starts_at=starts,
                    ends_at=starts + timedelta(minutes=30),
                )
        except DBAPIError as exc:
            failures.append(str(exc.orig))
        else:
            committed += 1
        longest = max(longest, time.monotonic() - began)
    engine.dispose()
    report = {"committed": committed, "failures": failures[:5], "failed": len(failures)}
    print(json.dumps({**report, "longest_wait_s": round(longest, 3)}), flush=True)


def _start_writer(url: str, person_id: int) -> subprocess.Popen[str]:
    code = (
        "import sys; from tests.test_db_concurrency import write_absences; "
        "write_absences(sys.argv[1], int(sys.argv[2]), float(sys.argv[3]))"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code, url, str(person_id), str(WRITE_SECONDS)],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def _two_people(engine: Engine) -> tuple[int, int]:
    with db.session_scope(engine) as s:
        police = Organization(name="Polizia Locale", short_name="PL", kind=OrganizationKind.POLICE)
        first = Person(first_name="Marco", last_name="Rossi", role=Role.OFFICER)
        second = Person(first_name="Giulia", last_name="Verdi", role=Role.OFFICER)
        police.persons.extend([first, second])
        s.add(police)
        s.flush()
        return first.id, second.id


def test_two_processes_write_at_once_without_failures_or_lost_rows(
    engine: Engine, db_path: Path
) -> None:
    people = _two_people(engine)
    writers = [_start_writer(db.sqlite_url(db_path), person) for person in people]
    try:
        for writer in writers:
            assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
        for writer in writers:  # both are waiting on stdin: release them together
            assert writer.stdin is not None
            writer.stdin.write("go\n")
            writer.stdin.flush()
        reports = []
        for writer in writers:
            out, _ = writer.communicate(timeout=WRITE_SECONDS + 120)
            assert writer.returncode == 0
            reports.append(json.loads(out.strip().splitlines()[-1]))
    finally:
        for writer in writers:
            if writer.poll() is None:
                writer.kill()
    print(f"\nper process: {reports}")  # the longest waits are worth seeing with -s

    assert [r["failed"] for r in reports] == [0, 0], reports
    with db.session_scope(engine) as s:
        stored = dict(
            s.execute(select(Absence.person_id, func.count()).group_by(Absence.person_id)).all()
        )
        order = s.scalars(select(Absence.person_id).order_by(Absence.id)).all()
        chain = audit.verify_chain(s)
    assert [stored.get(person, 0) for person in people] == [r["committed"] for r in reports]
    # Not a vacuous pass: both made progress, and their writes interleaved, not ran in turn
    # (SQLite's busy handler polls, so the lock changes hands in bursts, not every write).
    assert min(r["committed"] for r in reports) >= 100, reports
    switches = sum(a != b for a, b in pairwise(order))
    assert switches >= 10, switches
    # Every audit append read the anchor another process had just moved: the chain holds.
    assert chain.ok, chain.line()
    assert chain.checked == len(order)


# -- the transaction each scope begins -------------------------------------------------------


def test_a_write_scope_holds_the_write_lock_from_its_first_statement(
    engine: Engine, db_path: Path
) -> None:
    # A short timeout: this attempt is meant to fail at once, not to wait 30 s.
    other = sqlite3.connect(db_path, timeout=0.05, isolation_level=None)
    try:
        with db.session_scope(engine) as s:
            s.execute(select(Person.id)).all()  # only a read so far, yet the lock is held
            with pytest.raises(sqlite3.OperationalError, match="database is locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # released at commit
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_a_read_scope_reads_while_another_connection_writes(engine: Engine, db_path: Path) -> None:
    people = _two_people(engine)
    other = db.make_engine(db.sqlite_url(db_path))
    try:
        with db.session_scope(other) as writing:
            writing.execute(
                text("UPDATE persons SET first_name = 'Marta' WHERE id = :id"), {"id": people[0]}
            )
            # The writer holds the lock; a reader still sees the last committed state at once.
            with db.read_scope(engine) as reading:
                assert reading.get(Person, people[0]).first_name == "Marco"
    finally:
        other.dispose()


def test_a_read_scope_refuses_writes_and_leaves_the_connection_writable(engine: Engine) -> None:
    with pytest.raises(OperationalError, match="readonly"), db.read_scope(engine) as s:
        s.add(Organization(name="Comune", short_name="C", kind=OrganizationKind.MUNICIPALITY))
    # The same pooled connection writes again in the next ordinary session.
    with db.session_scope(engine) as s:
        s.add(Organization(name="Comune", short_name="C", kind=OrganizationKind.MUNICIPALITY))
    with db.read_scope(engine) as s:
        assert s.scalar(select(func.count()).select_from(Organization)) == 1


def test_a_checkpoint_first_in_a_connection_runs_outside_the_transaction(engine: Engine) -> None:
    # SQLite refuses a checkpoint inside a transaction: the BEGIN waits for a real statement.
    with engine.connect() as conn:
        busy, _, _ = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
        assert busy == 0
        assert conn.execute(select(func.count()).select_from(Person)).scalar() == 0
