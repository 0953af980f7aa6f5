"""Opening databases: pragmas, UTC times, backups, and refusing bad files byte-identical."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import Engine, event, select, text
from sqlalchemy.exc import IntegrityError

from console import db, paths
from console.models import Organization, OrganizationKind, Person, Role, Shift, Zone
from console.services.access import instance
from tests.next_release import install_next_release


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _companions(path: Path) -> list[Path]:
    return [p for p in (Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]


def test_new_database_uses_wal_foreign_keys_and_busy_timeout(engine: Engine) -> None:
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == db.BUSY_TIMEOUT_MS


def test_foreign_keys_are_enforced(engine: Engine) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), db.session_scope(engine) as s:
        s.add(Person(first_name="A", last_name="B", role=Role.EDUCATOR, organization_id=999))


def test_a_failed_write_keeps_its_values_out_of_the_error(engine: Engine) -> None:
    # The runner logs a failed operation's exception: a note body or a name must not be in it.
    with pytest.raises(IntegrityError) as caught, db.session_scope(engine) as s:
        s.add(
            Person(
                first_name="Giulia", last_name="Bianchi", role=Role.EDUCATOR, organization_id=999
            )
        )
    assert "FOREIGN KEY" in str(caught.value)
    assert "Bianchi" not in str(caught.value)


def _zone(s) -> Zone:
    zone = Zone(name="Piazza Roma", geometry={"type": "Polygon", "coordinates": []})
    s.add(zone)
    s.flush()
    return zone


def test_times_come_back_aware_utc(engine: Engine) -> None:
    rome = timezone(timedelta(hours=1))
    with db.session_scope(engine) as s:
        zone = _zone(s)
        s.add(
            Shift(
                zone_id=zone.id,
                starts_at=datetime(2026, 3, 28, 18, 0, tzinfo=rome),
                ends_at=datetime(2026, 3, 28, 22, 0, tzinfo=rome),
            )
        )
    with db.session_scope(engine) as s:
        shift = s.scalars(select(Shift)).one()
    assert shift.starts_at == datetime(2026, 3, 28, 17, 0, tzinfo=UTC)
    assert shift.starts_at.tzinfo is not None


def test_naive_times_are_refused(engine: Engine) -> None:
    with pytest.raises(Exception, match="naive datetime"), db.session_scope(engine) as s:
        zone = _zone(s)
        s.add(
            Shift(
                zone_id=zone.id,
                starts_at=datetime(2026, 1, 1, 10),
                ends_at=datetime(2026, 1, 1, 12),
            )
        )


def test_a_shift_must_end_after_it_starts(engine: Engine) -> None:
    start = datetime(2026, 1, 1, 10, tzinfo=UTC)
    with pytest.raises(Exception, match="CHECK constraint"), db.session_scope(engine) as s:
        zone = _zone(s)
        s.add(Shift(zone_id=zone.id, starts_at=start, ends_at=start))
    with db.session_scope(engine) as s:
        assert s.scalars(select(Zone)).all() == []  # nothing half-written


def test_enum_values_are_checked_by_the_database(engine: Engine) -> None:
    with pytest.raises(Exception, match="CHECK constraint"), engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO organizations (name, short_name, kind, version_id)"
                " VALUES ('x', 'x', 'bakery', 1)"
            )
        )


def test_version_id_grows_on_update(engine: Engine) -> None:
    with db.session_scope(engine) as s:
        org = Organization(
            name="Comune di Cremona", short_name="Comune", kind=OrganizationKind.MUNICIPALITY
        )
        s.add(org)
    assert org.version_id == 1
    with db.session_scope(engine) as s:
        s.get(Organization, org.id).short_name = "CR"
    with db.session_scope(engine) as s:
        assert s.get(Organization, org.id).version_id == 2


def test_location_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    cli, env, setting = tmp_path / "cli.db", tmp_path / "env.db", tmp_path / "setting.db"
    assert db.resolve_location(None) == db.sqlite_url(paths.default_database_path())
    assert db.resolve_location(None, setting=str(setting)).endswith("setting.db")
    monkeypatch.setenv(db.ENV_VAR, str(env))
    assert db.resolve_location(None, setting=str(setting)).endswith("env.db")
    assert db.resolve_location(str(cli), setting=str(setting)).endswith("cli.db")
    assert db.resolve_location(str(cli), demo=True) == db.sqlite_url(paths.demo_database_path())
    assert db.resolve_location("postgresql+psycopg://u:p@localhost/console").startswith(
        "postgresql"
    )
    with pytest.raises(db.DatabaseRefused) as refused:
        db.resolve_location("nonsense://:::")
    assert refused.value.reason is db.Refusal.BAD_LOCATION


def test_default_database_lands_in_the_user_data_folder(isolated_dirs: Path) -> None:
    opened = db.open_database(db.resolve_location(None))
    assert Path(opened.location).is_relative_to(isolated_dirs)
    assert opened.created
    with db.session_scope(opened.engine) as s:
        assert instance.is_empty(s)
    opened.engine.dispose()


def test_reopening_is_idempotent_and_takes_no_backup(db_path: Path) -> None:
    db.open_database(db.sqlite_url(db_path)).engine.dispose()
    again = db.open_database(db.sqlite_url(db_path))
    assert not again.created and again.backup is None
    again.engine.dispose()
    assert not (db_path.parent / "backups").exists()


@pytest.fixture
def migrations_with_second_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of our migrations plus one more revision, as the next release would ship."""
    return install_next_release(tmp_path / "migrations", monkeypatch)


def test_upgrade_copies_the_file_aside_first_and_keeps_five(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    first = db.open_database(db.sqlite_url(db_path))
    with db.session_scope(first.engine) as s:
        s.add(
            Organization(
                name="Comune di Cremona", short_name="Comune", kind=OrganizationKind.MUNICIPALITY
            )
        )
    first.engine.dispose()
    old_head = db.head_revision()
    install_next_release(tmp_path / "next", monkeypatch)

    backups = []
    for _ in range(7):
        opened = db.open_database(db.sqlite_url(db_path))
        assert db.current_revision(opened.engine) == "0002_test"
        assert opened.backup is not None
        backups.append(opened.backup)
        with opened.engine.connect() as conn:  # back to the old revision for the next round
            cfg = db.alembic_config()
            cfg.attributes["connection"] = conn
            from alembic import command

            command.downgrade(cfg, old_head)
            conn.commit()
        opened.engine.dispose()

    kept = sorted((db_path.parent / "backups").glob("console-*.db"))
    assert kept == sorted(backups[-5:])
    copy = sqlite3.connect(kept[-1])
    assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [(old_head,)]
    assert copy.execute("SELECT name FROM organizations").fetchall() == [("Comune di Cremona",)]
    copy.close()


# -- refused databases stay byte-identical ---------------------------------------------------


def _made_by_newer_program(path: Path) -> None:
    db.open_database(db.sqlite_url(path)).engine.dispose()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'f00dcafe9999'")
    conn.commit()
    conn.close()


def _corrupt(path: Path) -> None:
    opened = db.open_database(db.sqlite_url(path))
    with db.session_scope(opened.engine) as s:
        org = Organization(name="Polizia Locale", short_name="PL", kind=OrganizationKind.POLICE)
        s.add(org)
        s.flush()
        for i in range(400):
            s.add(
                Person(
                    first_name=f"Nome{i}",
                    last_name="Cognome" * 5,
                    role=Role.OFFICER,
                    organization_id=org.id,
                )
            )
    with opened.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    opened.engine.dispose()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 3, min(len(data), page * 8), 7):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))


def _older(path: Path, make: Callable[[Path], None]) -> None:
    """``make`` the file, then mark it one revision behind: opening it would upgrade it."""
    make(path)
    previous = db.script_directory().get_revision(db.head_revision()).down_revision
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = ?", (previous,))
    conn.commit()
    conn.close()


def _foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
    conn.commit()
    conn.close()


BAD_FILES = {
    "text file": (
        lambda p: p.write_text("name,zone\nRossi,Piazza Roma\n"),
        db.Refusal.NOT_A_DATABASE,
    ),
    "random bytes": (lambda p: p.write_bytes(bytes(range(256)) * 64), db.Refusal.NOT_A_DATABASE),
    "another program's SQLite": (_foreign_sqlite, db.Refusal.NOT_A_DATABASE),
    "corrupt, upgrade pending": (lambda p: _older(p, _corrupt), db.Refusal.CORRUPT),
    "newer schema": (_made_by_newer_program, db.Refusal.NEWER_SCHEMA),
}


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_database_is_refused_and_left_byte_identical(case: str, tmp_path: Path) -> None:
    path = tmp_path / "bad.db"
    make, reason = BAD_FILES[case]
    make(path)
    before = _digest(path)
    extra_before = _companions(path)
    with pytest.raises(db.DatabaseRefused) as refused:
        db.open_database(db.sqlite_url(path))
    assert refused.value.reason is reason
    assert str(path) in str(refused.value)
    assert "\n" not in str(refused.value)
    assert _digest(path) == before
    assert _companions(path) == extra_before
    assert not (tmp_path / "backups").exists()


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(db.DatabaseRefused) as refused:
        db.open_database(db.sqlite_url(tmp_path))
    assert refused.value.reason is db.Refusal.NOT_A_DATABASE


def test_a_path_that_cannot_be_created_is_refused(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(db.DatabaseRefused) as refused:
        db.open_database(db.sqlite_url(blocker / "console.db"))
    assert refused.value.reason is db.Refusal.NOT_WRITABLE
    assert blocker.read_text() == "not a folder"


def test_a_read_only_file_is_refused_untouched(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db.open_database(db.sqlite_url(db_path)).engine.dispose()
    before = _digest(db_path)
    # Tests may run as root, for whom chmod does not stop writes: ask the OS question directly.
    monkeypatch.setattr(db.os, "access", lambda p, mode: Path(p) != db_path)
    with pytest.raises(db.DatabaseRefused) as refused:
        db.open_database(db.sqlite_url(db_path))
    assert refused.value.reason is db.Refusal.NOT_WRITABLE
    assert _digest(db_path) == before


def test_unreachable_server_is_a_clear_refusal() -> None:
    with pytest.raises(db.DatabaseRefused) as refused:
        db.open_database("postgresql+psycopg2://nobody:secret@127.0.0.1:1/none")
    assert refused.value.reason in {db.Refusal.UNREACHABLE, db.Refusal.NO_DRIVER}
    assert "secret" not in str(refused.value)


def test_opening_at_head_does_nothing_that_grows_with_the_data(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No quick_check over the file, no alembic, no foreign-key check at an everyday open: a
    damaged page is found by ``console-admin check`` (and before any upgrade) instead."""
    _corrupt(db_path)
    monkeypatch.setattr(
        db, "upgrade_to_head", lambda engine: pytest.fail("alembic ran on a database at head")
    )
    opened = db.open_database(db.sqlite_url(db_path))
    try:
        problems = db.check_database(opened.engine)
    finally:
        opened.engine.dispose()
    assert problems and problems[0].startswith("damaged: ")


def test_a_sound_database_checks_clean(db_path: Path) -> None:
    opened = db.open_database(db.sqlite_url(db_path))
    try:
        assert db.check_database(opened.engine) == []
    finally:
        opened.engine.dispose()


@pytest.mark.parametrize(
    ("url", "timeout"),
    [
        ("postgresql+psycopg://anna@server.invalid/console", db.CONNECT_TIMEOUT_S),
        ("postgresql+psycopg://anna@server.invalid/console?connect_timeout=3", "3"),
    ],
)
def test_a_server_has_seconds_to_answer_not_the_system_s_two_minutes(url: str, timeout) -> None:
    """A PostgreSQL server that does not answer is said so within CONNECT_TIMEOUT_S (unless
    the URL sets its own): the parameters the driver would connect with."""
    engine = db.make_engine(url)
    seen: dict[str, object] = {}

    class Stop(Exception):
        pass

    @event.listens_for(engine, "do_connect")
    def connect(_dialect: object, _record: object, _args: object, params: dict) -> None:
        seen.update(params)
        raise Stop

    with pytest.raises(Stop):
        engine.connect()
    assert seen["connect_timeout"] == timeout
    engine.dispose()
