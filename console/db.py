"""Engines, sessions and migrations: open a database safely and bring it to the current schema.

A database is looked at read-only before anything writes to it. A SQLite file that is not a
database, is corrupt, was made by a newer program or cannot be written is refused with a
:class:`DatabaseRefused` and stays byte-identical.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event, inspect, make_url
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from console import paths, private_files
from console.locations import (  # ENV_VAR, DatabaseRefused and Refusal: db.X as before
    ENV_VAR,  # noqa: F401
    DatabaseRefused,
    Refusal,
    given_location,
)

if TYPE_CHECKING:  # alembic loads only to upgrade, check or compare (not on an everyday open)
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 30_000
CONNECT_TIMEOUT_S = 10  # seconds a PostgreSQL server has to answer a new connection
BACKUPS_KEPT = 5


@dataclass(frozen=True)
class OpenedDatabase:
    """An engine on a database at the current schema, and what the console says about it."""

    engine: Engine
    url: URL
    location: str  # a path for SQLite, the URL without password otherwise
    created: bool  # the schema was created by this opening
    backup: Path | None  # the copy taken before an upgrade, if one was needed


# -- locating ------------------------------------------------------------------------------


def resolve_location(
    cli_value: str | None, *, setting: str | None = None, demo: bool = False
) -> str:
    """The database URL: ``--db``, then ``CONSOLE_DB``, then the setting, then the default.

    ``demo`` always means the separate demo database. A value containing ``://`` is a
    SQLAlchemy URL; anything else is a file path (``locations.given_location``).
    """
    given = given_location(cli_value, setting=setting, demo=demo)
    if isinstance(given, Path):
        return sqlite_url(given)
    try:
        make_url(given)
    except Exception as exc:  # sqlalchemy raises ArgumentError or ValueError here
        raise DatabaseRefused(Refusal.BAD_LOCATION, given, str(exc)) from exc
    return given


def sqlite_url(path: Path) -> str:
    return URL.create("sqlite", database=str(path.resolve())).render_as_string()


def describe(url: URL) -> str:
    """What the status bar shows: the file path, or the server URL without password."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return url.render_as_string(hide_password=True)


def _sqlite_path(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def sqlite_file(url: str | URL) -> Path | None:
    """The file of a SQLite URL; None for another backend or an in-memory database."""
    return _sqlite_path(make_url(url))


# -- engines and sessions ------------------------------------------------------------------


def make_engine(url: str | URL) -> Engine:
    """An engine with the console's SQLite settings: WAL, foreign keys, busy timeout.

    SQLite runs with real transactions (SQLAlchemy's recommended pysqlite recipe), so a failed
    operation never leaves half a record behind, DDL included. A transaction begins
    ``IMMEDIATE``: it takes the write lock first, waiting up to :data:`BUSY_TIMEOUT_MS` while
    another process (a second window, ``console-admin``) writes. A deferred transaction that
    had read first could not start writing once the other process had committed, and SQLite
    fails it at once, busy timeout or not. :func:`read_scope` begins deferred instead, for
    operations that only read and should not wait for writers. Bound parameters are left out
    of error messages and SQL logs (``hide_parameters``): they can be a note body or a name,
    and a failed write's exception reaches the log.
    """
    url = make_url(url)
    if url.get_backend_name() != "sqlite":
        # A server that does not answer is said so within seconds, not after the system's TCP
        # timeout (about two minutes), unless the URL sets its own connect_timeout.
        timeout = {} if "connect_timeout" in url.query else {"connect_timeout": CONNECT_TIMEOUT_S}
        return create_engine(url, pool_pre_ping=True, hide_parameters=True, connect_args=timeout)
    engine = create_engine(url, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, below
        cursor = dbapi_connection.cursor()
        if url.database and url.database != ":memory:":
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # Deleted and overwritten text is zeroed in the file, not left in free pages.
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.close()
        record.info[_QUERY_ONLY] = False

    event.listen(engine, "begin", _on_begin)
    event.listen(engine, "before_cursor_execute", _begin_before_first_statement)
    event.listen(engine, "commit", _forget_pending_begin)
    event.listen(engine, "rollback", _forget_pending_begin)
    return engine


# Execution option asking for a deferred, query-only transaction; see read_scope().
_READ_ONLY = "console_read_only"
# Keys in a pooled connection's info (it lives as long as the DBAPI connection): the BEGIN
# its transaction still has to emit, and whether PRAGMA query_only is on.
_PENDING_BEGIN = "console_pending_begin"
_QUERY_ONLY = "console_query_only"
# The connection's count of rows written (sqlite3's total_changes) when its transaction began:
# change_stamp() knows from it whether the transaction has written.
_CHANGES_AT_BEGIN = "console_changes_at_begin"
# What SQLite refuses or ignores inside a transaction, so it runs before BEGIN when it comes
# first (a checkpoint after opening a connection, as the tests do, used to work that way).
_OUTSIDE_TRANSACTION = re.compile(
    r"\s*(VACUUM|PRAGMA\s+(\w+\.)?(wal_checkpoint|journal_mode\s*=|foreign_keys\s*=))",
    re.IGNORECASE,
)


def _on_begin(conn: Any) -> None:
    # SQLAlchemy begins before it knows the first statement: BEGIN waits for that statement.
    reading = bool(conn.get_execution_options().get(_READ_ONLY, False))
    conn.info[_PENDING_BEGIN] = reading
    # What an earlier transaction left (a Connection dropped unclosed is rolled back by the
    # pool, with no event) is not this one's.
    conn.info.pop(_CHANGES_AT_BEGIN, None)


def _begin_before_first_statement(conn: Any, cursor: Any, statement: str, *_args: Any) -> None:
    reading = conn.info.get(_PENDING_BEGIN)
    if reading is None or _OUTSIDE_TRANSACTION.match(statement):
        return
    del conn.info[_PENDING_BEGIN]
    if conn.info.get(_QUERY_ONLY) != reading:
        # A write in a read scope fails loudly instead of racing for the lock; the pool
        # reuses connections, so the flag follows each transaction.
        cursor.execute(f"PRAGMA query_only={'ON' if reading else 'OFF'}")
        conn.info[_QUERY_ONLY] = reading
    cursor.execute("BEGIN" if reading else "BEGIN IMMEDIATE")
    conn.info[_CHANGES_AT_BEGIN] = cursor.connection.total_changes


def _forget_pending_begin(conn: Any) -> None:
    conn.info.pop(_PENDING_BEGIN, None)  # a transaction that ran no statement began nothing
    conn.info.pop(_CHANGES_AT_BEGIN, None)


# -- change stamps -------------------------------------------------------------------------

_SQLITE_STAMP = (
    "SELECT d.data_version, s.schema_version FROM pragma_data_version d, pragma_schema_version s"
)
_POSTGRES_STAMP = (
    "SELECT CAST(pg_current_snapshot() AS TEXT), pg_current_xact_id_if_assigned() IS NULL"
)


def change_stamp(connection: Connection) -> tuple[Any, ...] | None:
    """A value that two reads on ``connection`` (a SQLAlchemy Connection in a transaction; it
    begins one if needed) get equal only when they see the same data; None when it cannot
    tell, because the transaction has written. A read may then keep what it found with the
    stamp, and give it again while the stamp is the same (e.g. ``week_engine``'s weeks).

    SQLite: the file's ``data_version`` moves when another connection (or process) commits,
    ``total_changes`` when this one writes, ``schema_version`` on any change of the schema;
    a transaction reads one snapshot, the one its first statement (this one, when called
    first) saw. A write rolled back still moved ``total_changes``, so what was kept before
    it is not given again as if it had happened, nor what was read while it was pending
    (nothing is kept then). Stamps of two connections are not comparable: keep values per
    connection (``connection.info``).

    PostgreSQL: the snapshot (``pg_current_snapshot()``), equal only while no transaction of
    the cluster has ended. Read committed takes a snapshot per statement: a reader takes the
    stamp before and after its reads, and keeps what it read only when both are equal.
    """
    if connection.dialect.name == "sqlite":
        began = connection.info.get(_CHANGES_AT_BEGIN)
        if (
            began is not None
            and _PENDING_BEGIN not in connection.info
            and connection.in_transaction()
        ):
            # Begun (BEGIN ran before an earlier statement): straight to the driver.
            driver = connection.connection.driver_connection
            data, schema = driver.execute(_SQLITE_STAMP).fetchone()
        else:
            data, schema = connection.exec_driver_sql(_SQLITE_STAMP).one()
            began = connection.info.get(_CHANGES_AT_BEGIN)
        changes = connection.connection.driver_connection.total_changes
        return None if began is None or changes != began else (data, schema, changes)
    snapshot, clean = connection.exec_driver_sql(_POSTGRES_STAMP).one()
    return (snapshot,) if clean else None


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One short session per user operation: committed on success, rolled back on error.

    Objects stay usable after commit (``expire_on_commit=False``) so views never lazy-load.
    On SQLite the transaction begins ``IMMEDIATE`` (see :func:`make_engine`).
    """
    session = Session(engine, expire_on_commit=False)
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


@contextmanager
def read_scope(engine: Engine) -> Iterator[Session]:
    """A session for an operation that only reads, such as loading a week or a list.

    On SQLite its transaction begins deferred and the connection is query-only: it reads a
    consistent snapshot without waiting for a writer in another process (WAL), and any write
    attempted through it fails with "attempt to write a readonly database". Elsewhere it is
    :func:`session_scope`.
    """
    with session_scope(engine.execution_options(**{_READ_ONLY: True})) as session:
        yield session


# -- migrations ----------------------------------------------------------------------------

# Search structures made by hand in revision 0003_search, not part of the ORM metadata: the
# SQLite FTS5 tables (and the shadow tables FTS5 makes for them), the PostgreSQL indexes.
SEARCH_TABLES = ("cases_fts", "case_notes_fts")
SEARCH_INDEXES = frozenset({"ix_cases_title_search", "ix_case_notes_body_search"})


def is_search_object(name: str | None, type_: str) -> bool:
    if name is None:
        return False
    if type_ == "index":
        return name in SEARCH_INDEXES
    return type_ == "table" and any(name == t or name.startswith(f"{t}_") for t in SEARCH_TABLES)


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """Alembic's filter: leave the search structures out of autogenerate's comparison."""
    return not (reflected and compare_to is None and is_search_object(name, type_))


def alembic_config() -> Config:
    from alembic.config import Config  # noqa: PLC0415 - see TYPE_CHECKING above

    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    return cfg


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory  # noqa: PLC0415 - see TYPE_CHECKING above

    return ScriptDirectory.from_config(alembic_config())


# ``revision: str = "0001_initial"`` and ``down_revision: str | None = None`` in a revision file
_REVISION_LINE = re.compile(
    r'^(down_revision|revision)\s*(?::[^=]*)?=\s*(?:"([^"]*)"|None)\s*$', re.MULTILINE
)


@functools.cache
def _revision_chain(folder: Path) -> tuple[str, frozenset[str]]:
    """The head and every known revision, read from the revision files' two assignments
    without loading alembic or the files (an everyday open only compares the revision).
    ``tests/test_migrations.py`` checks it against alembic's own reading."""
    revisions: dict[str, str | None] = {}
    for path in sorted(folder.joinpath("versions").glob("*.py")):
        found = {name: value or None for name, value in _REVISION_LINE.findall(path.read_text())}
        if "revision" in found and found["revision"] is not None:
            revisions[found["revision"]] = found.get("down_revision")
    parents = {parent for parent in revisions.values() if parent is not None}
    heads = [revision for revision in revisions if revision not in parents]
    assert len(heads) == 1, f"the migrations folder has {len(heads)} heads: {heads}"
    return heads[0], frozenset(revisions)


def head_revision() -> str:
    return _revision_chain(paths.migrations_dir())[0]


def known_revisions() -> set[str]:
    return set(_revision_chain(paths.migrations_dir())[1])


def _stored_revision(conn: Any) -> str | None:
    """The revision in ``alembic_version`` (None: no such table, or no row), as alembic's
    ``MigrationContext.get_current_revision`` reads it."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall()
    if len(rows) > 1:
        raise RuntimeError(f"alembic_version holds {len(rows)} heads")
    return rows[0][0] if rows else None


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return _stored_revision(conn)


def upgrade_to_head(engine: Engine) -> None:
    """Run every pending revision. On SQLite foreign keys are off while tables are rebuilt."""
    from alembic import command  # noqa: PLC0415 - see TYPE_CHECKING above

    cfg = alembic_config()
    with engine.connect() as conn:
        is_sqlite = engine.dialect.name == "sqlite"
        if is_sqlite:
            # PRAGMA foreign_keys is a no-op inside a transaction: set it on the raw connection.
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            if is_sqlite:
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    conn.rollback()
                    raise RuntimeError(f"migration left broken references: {broken[:3]}")
            conn.commit()
        finally:
            if is_sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")


# -- safe opening ----------------------------------------------------------------------------


def _check_sqlite_file(path: Path) -> str | None:
    """Look at a SQLite file read-only; return its alembic revision, or refuse it.

    Returns None for a missing or empty file (a new database).
    """
    location = str(path)
    if path.is_dir():
        raise DatabaseRefused(Refusal.NOT_A_DATABASE, location, "it is a folder")
    folder = path.parent
    if not path.exists():
        if folder.exists() and not folder.is_dir():
            raise DatabaseRefused(Refusal.NOT_WRITABLE, location, f"{folder} is not a folder")
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=private_files.FOLDER_MODE)
        except OSError as exc:
            raise DatabaseRefused(Refusal.NOT_WRITABLE, location, exc.strerror or "") from exc
        if not os.access(folder, os.W_OK):
            raise DatabaseRefused(Refusal.NOT_WRITABLE, location)
        return None
    revision = None if path.stat().st_size == 0 else _read_revision(path, check=False)
    if revision is not None and revision != head_revision():
        _read_revision(path)  # a whole-file check before anything is upgraded
    if not (os.access(path, os.W_OK) and os.access(folder, os.W_OK)):
        raise DatabaseRefused(Refusal.NOT_WRITABLE, location, "read-only file or folder")
    return revision


def _read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot change the file, nor leave -wal/-shm files beside it.

    ``immutable=1`` skips locking and the WAL index; that is only right when no WAL file holds
    committed pages, so with a WAL file present the plain read-only mode is used.
    """
    mode = "ro" if Path(f"{path}-wal").exists() else "ro&immutable=1"
    return sqlite3.connect(f"file:{quote(str(path))}?mode={mode}", uri=True)


def _read_revision(path: Path, *, check: bool = True) -> str | None:
    """The file's alembic revision (None: an empty database); with ``check``, after
    ``PRAGMA quick_check`` over the whole file (before an upgrade or a backup is trusted, and
    by ``console-admin check``; not at an everyday open, which must not grow with the data)."""
    location = str(path)
    try:
        conn = _read_only(path)
    except sqlite3.Error as exc:
        raise DatabaseRefused(Refusal.NOT_WRITABLE, location, str(exc)) from exc
    try:
        if check:
            found = conn.execute("PRAGMA quick_check").fetchall()
            if found != [("ok",)]:
                raise DatabaseRefused(Refusal.CORRUPT, location, str(found[0][0]))
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
        tables = {row[0] for row in rows}
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise DatabaseRefused(Refusal.NOT_A_DATABASE, location, "it belongs to another program")
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.DatabaseError as exc:
        code = getattr(exc, "sqlite_errorcode", None)
        if code == sqlite3.SQLITE_NOTADB:
            raise DatabaseRefused(Refusal.NOT_A_DATABASE, location) from exc
        if code == sqlite3.SQLITE_CORRUPT:
            raise DatabaseRefused(Refusal.CORRUPT, location, str(exc)) from exc
        raise DatabaseRefused(Refusal.CORRUPT, location, str(exc)) from exc
    finally:
        conn.close()
    if len(rows) > 1:
        raise DatabaseRefused(Refusal.NOT_A_DATABASE, location, "several schema revisions")
    return rows[0][0] if rows else None


def _check_revision(revision: str | None, location: str) -> None:
    if revision is not None and revision not in known_revisions():
        raise DatabaseRefused(Refusal.NEWER_SCHEMA, location, f"revision {revision}")


class BackupFailed(Exception):
    """The copy taken before an upgrade could not be made or did not pass its check."""


# Backup names: ``<stem>-<UTC stamp>-<revision>.db`` once checked; the copy is made under that
# name plus ``.partial``, which the pruning never counts, and renamed only when it is good.
_STAMP = r"\d{8}T\d{12}Z"
PARTIAL_SUFFIX = ".partial"
BACKUP_LOCK_NAME = ".backup.lock"
BACKUP_LOCK_TIMEOUT_S = 120.0  # another console copying the same folder: wait for it
_COMPANIONS = ("-journal", "-wal", "-shm")


def backup_sqlite(path: Path, revision: str | None, keep: int = BACKUPS_KEPT) -> Path:
    """Copy the database aside with SQLite's backup API (consistent under WAL); keep the newest.

    Copies go to ``backups/`` beside the file, named ``<stem>-<UTC time>-<revision>.db``. A copy
    gets that name only after it passed ``quick_check``, was found to hold ``revision`` and was
    flushed to disk, so a copy cut short (the program killed, the disk full) never looks like a
    backup, and pruning to the newest ``keep`` never removes a good copy in favour of a broken
    one. Pieces left by a copy cut short are removed at the next backup. Raises
    :class:`BackupFailed` when no checked copy could be made.
    """
    folder = path.parent / "backups"
    try:
        private_files.private_folder(folder)
        with _backups_locked(folder):
            _remove_unfinished_copies(folder, path.stem)
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
            target = folder / f"{path.stem}-{stamp}-{revision or 'none'}.db"
            partial = target.with_name(target.name + PARTIAL_SUFFIX)
            try:
                _copy_sqlite(path, partial)
                _check_copy(partial, revision)
                _fsync(partial)
                os.replace(partial, target)
            except BaseException:
                _remove_with_companions(partial)
                raise
            _fsync_folder(folder)
            _prune_backups(folder, path.stem, keep, newest=target)
    except (OSError, sqlite3.Error) as exc:
        # The reason first: DatabaseRefused keeps only the first 160 characters of a detail.
        raise BackupFailed(f"{exc} (copying it to {folder})") from exc
    return target


@contextmanager
def _backups_locked(folder: Path) -> Iterator[None]:
    """Only one process copies into ``folder`` at a time, so none removes another's copy.

    SQLite's own file lock: portable, and released by the system when a process is killed.
    """
    private_files.create_private_file(folder / BACKUP_LOCK_NAME)
    lock = sqlite3.connect(
        folder / BACKUP_LOCK_NAME, timeout=BACKUP_LOCK_TIMEOUT_S, isolation_level=None
    )
    try:
        lock.execute("BEGIN EXCLUSIVE")
        yield
    finally:
        lock.close()


def _copy_sqlite(path: Path, target: Path) -> None:
    src = _read_only(path)
    try:
        private_files.create_private_file(target)  # its journal gets the same mode
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)  # one step: one consistent snapshot, never restarted by a writer
            # The copy of a WAL database says WAL in its header; a backup is one file alone.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def _check_copy(copy: Path, revision: str | None) -> None:
    try:
        found = _read_revision(copy)  # quick_check, then the alembic revision; read-only
    except DatabaseRefused as exc:
        raise BackupFailed(f"the copy failed its check: {exc.detail or exc.reason}") from exc
    if found != revision:
        raise BackupFailed(
            f"the copy holds revision {found}, not {revision}: "
            "the database changed while it was copied; start again"
        )


def _fsync(path: Path) -> None:
    with path.open("rb+") as file:
        os.fsync(file.fileno())


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable. Only POSIX can open a folder; NTFS journals renames itself."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _backup_name(stem: str) -> re.Pattern[str]:
    return re.compile(rf"{re.escape(stem)}-{_STAMP}-.+\.db")


def _remove_unfinished_copies(folder: Path, stem: str) -> None:
    # Under the folder lock, so a .partial here belongs to a process that died copying.
    unfinished = re.compile(
        rf"{_backup_name(stem).pattern}{re.escape(PARTIAL_SUFFIX)}({'|'.join(_COMPANIONS)})?"
    )
    for leftover in folder.iterdir():
        if unfinished.fullmatch(leftover.name):
            log.info("removing %s, left by a backup that did not finish", leftover)
            leftover.unlink(missing_ok=True)


def _prune_backups(folder: Path, stem: str, keep: int, newest: Path) -> None:
    named = _backup_name(stem)
    # Oldest first by the stamp in the name; the copy just checked stays whatever its stamp
    # (a clock that went back), and counts as one of the ``keep``.
    older = sorted(p for p in folder.iterdir() if named.fullmatch(p.name) and p != newest)
    for old in older[: max(len(older) - (keep - 1), 0)]:
        _remove_with_companions(old)


def prune_backups_before(path: Path, before: datetime) -> list[Path]:
    """Remove the backups of the SQLite file ``path`` taken before ``before`` (aware UTC, read
    from the stamp in each copy's name); return the copies removed, oldest first.

    A retention run calls it with the end of the longest retention period: an older copy holds
    only data that has expired since. The newest copy is kept whatever its age, so a database
    that has not been upgraded for years still has the copy taken before its last upgrade.
    """
    folder = path.parent / "backups"
    if not folder.is_dir():
        return []
    named = _backup_name(path.stem)
    stamp = re.compile(rf"{re.escape(path.stem)}-({_STAMP})-")
    with _backups_locked(folder):
        copies = sorted(p for p in folder.iterdir() if named.fullmatch(p.name))
        removed = []
        for copy in copies[:-1]:
            found = stamp.match(copy.name)
            if found is None:
                continue
            taken = datetime.strptime(found.group(1), "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
            if taken < before:
                _remove_with_companions(copy)
                removed.append(copy)
    return removed


def compact(engine: Engine, tables: Sequence[str] = ()) -> None:
    """Make removed text unreadable in the database's files, after a commit that removed it.

    SQLite: the WAL is copied into the file and emptied, the file rewritten (``VACUUM``: free
    pages dropped) and the WAL emptied again; with ``secure_delete`` on, no old page keeps the
    text. PostgreSQL: ``VACUUM FULL`` of ``tables`` rewrites them without their dead rows (the
    database owner, or a superuser, runs it); the server's own WAL and archives age out by its
    settings (see the README). Runs outside any transaction.
    """
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.exec_driver_sql("VACUUM")
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.commit()
            return
        if engine.dialect.name == "postgresql":
            auto = conn.execution_options(isolation_level="AUTOCOMMIT")
            preparer = engine.dialect.identifier_preparer
            for table in tables:
                auto.exec_driver_sql(f"VACUUM (FULL, ANALYZE) {preparer.quote(table)}")


def _remove_with_companions(path: Path) -> None:
    # Companions first: a journal left without its file would never be matched again.
    for suffix in (*_COMPANIONS, ""):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def open_database(location: str) -> OpenedDatabase:
    """Check, back up and upgrade the database at ``location`` (a URL), then return its engine.

    Raises :class:`DatabaseRefused` (file untouched) when it cannot be used.
    """
    url = make_url(location)
    path = _sqlite_path(url)
    shown = describe(url)
    backup = None
    if path is not None:
        if _is_own_folder(path.parent):
            private_files.private_folder(path.parent)
        revision = _check_sqlite_file(path)
        _check_revision(revision, shown)
        _make_private(path)
        created = revision is None
        if revision is not None and revision != head_revision():
            try:
                backup = backup_sqlite(path, revision)
            except BackupFailed as exc:  # no upgrade without a good copy to go back to
                raise DatabaseRefused(Refusal.NOT_WRITABLE, shown, f"backup: {exc}") from exc
            log.info("backed up %s to %s before upgrading", path, backup)
        engine = make_engine(url)
    else:
        try:
            engine = make_engine(url)
        except ImportError as exc:
            raise DatabaseRefused(Refusal.NO_DRIVER, shown, f"missing module {exc.name}") from exc
        try:
            revision = current_revision(engine)
        except (OperationalError, DBAPIError) as exc:
            engine.dispose()
            raise DatabaseRefused(Refusal.UNREACHABLE, shown, _first_line(exc)) from exc
        _check_revision(revision, shown)
        if revision is None and _has_foreign_tables(engine):
            engine.dispose()
            raise DatabaseRefused(Refusal.NOT_A_DATABASE, shown, "it belongs to another program")
        created = revision is None
    if revision != head_revision():  # at head, opening does nothing that grows with the data
        try:
            upgrade_to_head(engine)
        except Exception:
            engine.dispose()
            raise
    return OpenedDatabase(engine=engine, url=url, location=shown, created=created, backup=backup)


def check_database(engine: Engine) -> list[str]:
    """The whole-file checks an everyday open skips (``console-admin check``): on SQLite
    ``PRAGMA quick_check`` and ``PRAGMA foreign_key_check``; on PostgreSQL the references of
    every foreign key (the server keeps its own pages). Returns the problems found, [] when
    none."""
    problems: list[str] = []
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            found = [row[0] for row in conn.exec_driver_sql("PRAGMA quick_check").fetchall()]
            if found != ["ok"]:
                problems.extend(f"damaged: {line}" for line in found[:20])
            for table, rowid, parent, _fk in conn.exec_driver_sql(
                "PRAGMA foreign_key_check"
            ).fetchall()[:20]:
                problems.append(f"{table} row {rowid} refers to a missing {parent} row")
        revision = _stored_revision(conn)
    if revision != head_revision():
        problems.append("the schema is not at the current revision: open it to upgrade")
    return problems


def _is_own_folder(folder: Path) -> bool:
    """The console's data folder, which nobody else has a reason to read (a folder chosen with
    --db or in Settings is the person's to set)."""
    return folder.resolve() == paths.user_data_dir().resolve()


def _make_private(path: Path) -> None:
    """The database file 0600 before SQLite opens it (SQLite gives its -wal, -shm and -journal
    files the database file's mode); a file made looser by an older console is tightened."""
    private_files.create_private_file(path)
    for suffix in _COMPANIONS:
        private_files.tighten(Path(f"{path}{suffix}"))


def _has_foreign_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", exc)) or type(exc).__name__
    return text.strip().splitlines()[0][:200]
