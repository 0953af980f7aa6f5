"""The shared PostgreSQL mode: migrations, the audit chain and its triggers, search and the
aggregates run on a real server, each test in a database of its own.

Needs CONSOLE_TEST_PG_URL, a URL of a role that may create databases (``.ci/run`` starts the
machine's PostgreSQL and sets it); without it these tests are skipped, and say so.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from icalendar import Calendar
from sqlalchemy import Engine, create_engine, func, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from console import db
from console.models import (
    AuditEvent,
    Base,
    Case,
    Meeting,
    MeetingStatus,
    ShiftStatus,
    SignalKind,
    User,
    Visibility,
)
from console.services import access, demo, planning
from console.services.access import accounts, audit
from console.services.cases import casework
from console.services.meetings import agenda, attendance, document, meetings, minutes, room
from console.services.places import indicators, signals
from console.services.planning import exports
from tests.factories import ROME
from tests.migrations.test_migrations import enum_checks_differing

pytestmark = pytest.mark.pg

SERVER = os.environ.get("CONSOLE_TEST_PG_URL", "")
TODAY = date(2026, 11, 24)


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A new, empty database on the test server; dropped afterwards."""
    with throwaway_database() as url:
        yield url


@contextmanager
def throwaway_database() -> Iterator[str]:
    """The URL of a new, empty database on the test server, dropped on leaving (skips the test
    when there is no server)."""
    if not SERVER:
        pytest.skip("CONSOLE_TEST_PG_URL is not set: no PostgreSQL server to test against")
    name = f"console_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(SERVER, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(SERVER).set(database=name).render_as_string(hide_password=False)
    finally:
        try:
            drop_database(admin, name)
        finally:
            admin.dispose()


def drop_database(admin: Engine, name: str) -> None:
    """Drop a test database, ending what is still connected to it.

    ``WITH (FORCE)`` terminates every other session on it, which a role without
    ``pg_signal_backend`` may not do to an autovacuum worker (it has no role) or to a session of
    an account's login role: then a plain ``DROP DATABASE``, which asks autovacuum to leave
    itself, is tried again while the last sessions close."""
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        return
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) != "42501":  # insufficient_privilege
            raise
    for attempt in range(20):
        try:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE "{name}"'))
            return
        except DBAPIError:
            if attempt == 19:
                raise
            time.sleep(0.5)


@pytest.fixture
def pg(pg_url: str) -> Iterator[Engine]:
    """The database at head, opened as the console opens it."""
    opened = db.open_database(pg_url)
    yield opened.engine
    opened.engine.dispose()


@pytest.fixture
def pg_demo(pg: Engine) -> Engine:
    with db.session_scope(pg) as s:
        demo.seed_demo(s, today=TODAY)
    return pg


def actor(engine: Engine, username: str) -> access.Actor:
    with db.session_scope(engine) as s:
        return access.actor_for(s.scalar(select(User).where(User.username == username)))


def test_each_revision_upgrades_and_downgrades(pg_url: str) -> None:
    engine = db.make_engine(pg_url)
    cfg = db.alembic_config()
    revisions = [rev.revision for rev in reversed(list(db.script_directory().walk_revisions()))]
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        previous = "base"
        for revision in revisions:
            command.upgrade(cfg, revision)
            command.downgrade(cfg, previous)
            command.upgrade(cfg, revision)
            previous = revision
        command.downgrade(cfg, "base")
        conn.commit()
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    engine.dispose()


def test_models_and_migrations_agree(pg: Engine) -> None:
    with pg.connect() as conn:
        opts = {"compare_type": True, "include_object": db.include_object}
        context = MigrationContext.configure(conn, opts=opts)
        assert compare_metadata(context, Base.metadata) == []
    assert enum_checks_differing(pg) == []


def test_the_audit_chain_and_its_triggers(pg: Engine) -> None:
    with db.session_scope(pg) as s:
        accounts.create_first_admin(s, "admin", "una-parola-lunga")
    with db.session_scope(pg) as s:
        access.login(s, "admin", "una-parola-lunga")
    with db.session_scope(pg) as s, pytest.raises(access.LoginFailed):
        access.login(s, "admin", "sbagliata-davvero")
    with db.session_scope(pg) as s:
        report = audit.verify_chain(s)
    assert (report.ok, report.checked) == (True, 3)
    with pytest.raises(DBAPIError, match="append-only"), pg.begin() as conn:
        conn.execute(text("UPDATE audit_events SET username = 'x' WHERE id = 2"))
    with pytest.raises(DBAPIError, match="append-only"), pg.begin() as conn:
        conn.execute(text("DELETE FROM audit_events WHERE id = 3"))
    with pg.begin() as conn:  # the owner of the database can still tamper; verify finds it
        conn.execute(text("ALTER TABLE audit_events DISABLE TRIGGER USER"))
        conn.execute(text("DELETE FROM audit_events WHERE id = 3"))
    with db.session_scope(pg) as s:
        report = audit.verify_chain(s)
    assert (report.ok, report.first_broken_id, report.kind) == (False, 3, audit.ChainBreak.REMOVED)


def test_the_demo_week_map_and_casework(pg_demo: Engine) -> None:
    coordinator = actor(pg_demo, "coordinatore")
    educator = actor(pg_demo, "educatore")
    with db.session_scope(pg_demo) as s:
        plan = planning.shifts_in_week(s, coordinator, planning.monday_of(TODAY), ROME)
        assert plan.shifts
        weights = dict.fromkeys(SignalKind, 1.0)
        found = indicators.zone_indicators(
            s, coordinator, TODAY - timedelta(weeks=4), TODAY, weights, ROME
        )
        assert {i.zone_name for i in found if i.flagged} == {"Piazza Marconi"}
        assert all(i.shift_hours > 0 for i in found)  # hours computed by the server
        case_id = s.scalars(select(Case.id).order_by(Case.id)).first()
        notes = casework.case_notes(s, educator, case_id, "follow-up")
        assert all(note.body for note in notes)
        hits = casework.search(s, educator, "panchine")
        assert any("anchin" in hit.snippet.lower() for hit in hits)
        for hostile in (
            '"',
            "a OR b",
            "NOT",
            "-(",
            "*",
            "\\",
            "'; DROP TABLE cases; --",
            "é" * 500,
        ):
            casework.search(s, educator, hostile)
    with db.session_scope(pg_demo) as s:
        assert audit.verify_chain(s).ok
    # The week's calendar file, written from the server's aware times, reads back the same.
    with db.session_scope(pg_demo) as s:
        monday = planning.monday_of(TODAY)
        ics = exports.calendar_ics(
            s, coordinator, first_day=monday, last_day=monday + timedelta(days=6), tz=ROME
        )
    events = Calendar.from_ical(ics.content).walk("VEVENT")
    shown = [row for row in plan.shifts if row.status is not ShiftStatus.DRAFT]
    assert ics.events == len(events) == len(shown)
    assert sorted(e.decoded("dtstart") for e in events) == sorted(r.starts_at for r in shown)


def test_the_map_points_and_the_week_file_from_the_server(pg_demo: Engine) -> None:
    """What the map and the calendar file read as the driver gives it (aware times, the
    driver's own tuples) is what the row services read: every point, none lost or doubled."""
    coordinator = actor(pg_demo, "coordinatore")
    start, end = indicators.period_bounds(TODAY - timedelta(weeks=8), TODAY, ROME)
    with db.session_scope(pg_demo) as s:
        rows = signals.signals_in_period(s, coordinator, start, end, limit=10_000)
        points = signals.signal_points(s, coordinator, start, end, limit=10_000)
    assert rows
    assert points == [(row.lon, row.lat, row.kind) for row in rows]


def test_a_meeting_on_postgresql(pg_demo: Engine) -> None:
    """The demo's next meeting, prepared and held on the server: the proposal's memory of
    removals (audit details), the one audited reading per item, and the minutes per audience."""
    coordinator = actor(pg_demo, "coordinatore")
    with db.session_scope(pg_demo) as s:
        upcoming = s.scalars(select(Meeting).where(Meeting.status == MeetingStatus.PLANNED)).one()
        meeting_id, person_id = upcoming.id, coordinator.person_id
    assert person_id is not None

    def run(fn, *args, **kwargs):
        with db.session_scope(pg_demo) as s:
            return fn(s, coordinator, *args, **kwargs)

    agenda_now = run(meetings.meeting_detail, meeting_id).agenda
    assert agenda_now and run(agenda.propose_agenda, meeting_id, TODAY) == []
    first = agenda_now[0]
    run(agenda.remove_agenda_item, first.id, first.version_id)
    assert run(agenda.propose_agenda, meeting_id, TODAY) == []  # removed: not proposed again
    back = run(agenda.restore_agenda_item, first, 0)
    assert (back.position, back.reason) == (0, first.reason)
    run(attendance.record_attendance, meeting_id, person_id, True, True)
    run(attendance.start_meeting, meeting_id, "Riservatezza.")
    case_item = next(i for i in run(meetings.meeting_detail, meeting_id).agenda if i.case_id)
    with db.session_scope(pg_demo) as s:
        before = s.scalar(select(func.count()).select_from(AuditEvent))
    run(room.item_view, meeting_id, case_item.id)
    run(room.item_view, meeting_id, case_item.id)
    with db.session_scope(pg_demo) as s:
        readings = s.scalar(select(func.count()).select_from(AuditEvent)) - before
    assert readings == 1  # once per item, however often it is shown
    run(minutes.add_minute_entry, meeting_id, case_item.id, "Condiviso.", Visibility.SHARED)
    run(minutes.add_minute_entry, meeting_id, case_item.id, "Interno.", Visibility.ORGANIZATION)
    shared = run(document.minutes_document, meeting_id, Visibility.SHARED)
    texts = [e.text for item in shared.items for e in item.entries]
    assert "Condiviso." in texts and "Interno." not in texts


def test_wrong_passwords_sent_at_once_on_postgresql(pg: Engine) -> None:
    from tests.services.concurrent_logins import brute_force

    found = brute_force(pg, 32)
    assert found == {"outcomes": {"refused": 32}, "audited": 32, "locks": 1, "locked": True}


def test_people_saving_the_same_records_at_once_get_results_or_clear_refusals(pg: Engine) -> None:
    """16 workers for 12 s on the same shifts, cases, referrals and debriefs: each operation
    succeeds or is refused with a code ("changed by someone else", ...); nothing else reaches a
    person (no PendingRollbackError, StaleDataError, deadlock), and no update is lost."""
    from tests.services.concurrent_edits import check, race

    result, _world = race(pg, workers=16, seconds=12)
    check(pg, result)
    assert result.successes("shift") and result.successes("case")
    assert result.successes("debrief") and result.successes("refer")


@pytest.mark.slow
def test_a_minute_of_people_saving_the_same_records_at_once(pg: Engine) -> None:
    """The issue's run: 16 processes, each a workstation with its own connection, for 60 s."""
    from tests.services.concurrent_edits import check, race

    result, _world = race(pg, workers=16, seconds=60, processes=True)
    check(pg, result)
    assert result.successes("shift") and result.successes("case")
    assert result.successes("debrief") and result.successes("refer")
