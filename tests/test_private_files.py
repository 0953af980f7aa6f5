"""Private files: whatever the umask, what the console writes is its owner's only, and a
database password is never shown, logged nor stored."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from console import cli, db, files, logs, paths, private_files
from console.config import DATABASE, TIME_ZONE, Settings
from console.redaction import command_line_warning, has_password, hide_passwords, without_password

PASSWORD = "Cr3mona-segreta"
MALFORMED = f"postgresql+psycopg://anna:{PASSWORD}@db.comune.cremona.it:54x32/console"
WELL_FORMED = f"postgresql+psycopg2://anna:{PASSWORD}@127.0.0.1:1/console"

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """The usual umask, under which files are created readable by everybody (0644)."""
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


@pytest.fixture
def log_file() -> Iterator[Path]:
    """The console's own log set up as at start, then the handlers pytest had put back."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    target = logs.setup_logging()
    assert target is not None
    try:
        yield target
    finally:
        for handler in root.handlers:
            handler.close()
        root.handlers[:] = handlers
        root.setLevel(level)
        logs.stop_crash_traces()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_everything_the_console_creates_is_private(
    loose_umask: None, log_file: Path, tmp_path: Path
) -> None:
    settings = Settings()
    settings.set_value(TIME_ZONE, "Europe/Rome")
    settings.sync()
    opened = db.open_database(db.resolve_location(None))
    database = Path(opened.location)
    try:
        with db.session_scope(opened.engine) as session:  # a write: the WAL holds it
            session.execute(text("CREATE TABLE scratch (x)"))
        wal, shm = Path(f"{database}-wal"), Path(f"{database}-shm")
        assert wal.exists() and shm.exists()
        backup = db.backup_sqlite(database, db.head_revision())
        export = tmp_path / "sintesi.pdf"
        files.write_atomically(export, b"%PDF-1.4 invented")
        logging.getLogger("console.test").info("a line, so the log file has been written")
        modes = {
            path: _mode(path)
            for path in (
                paths.user_data_dir(),
                paths.user_config_dir(),
                log_file.parent,
                backup.parent,
                database,
                wal,
                shm,
                backup,
                backup.parent / db.BACKUP_LOCK_NAME,
                settings.path,
                log_file,
                export,
            )
        }
    finally:
        opened.engine.dispose()
    assert modes == {p: 0o700 if p.is_dir() else 0o600 for p in modes}, {
        str(p): oct(m) for p, m in modes.items()
    }


@posix_only
def test_files_left_readable_by_an_older_console_are_tightened(
    loose_umask: None, caplog: pytest.LogCaptureFixture
) -> None:
    folder = paths.user_data_dir()
    folder.mkdir(parents=True, mode=0o755)
    opened = db.open_database(db.resolve_location(None))
    opened.engine.dispose()
    database = Path(opened.location)
    os.chmod(folder, 0o755)
    os.chmod(database, 0o644)
    config = paths.user_config_dir()
    config.mkdir(parents=True)
    (config / "settings.ini").write_text("[General]\nlanguage=it\n")
    os.chmod(config, 0o755)
    os.chmod(config / "settings.ini", 0o644)
    caplog.set_level(logging.INFO, logger="console.private_files")
    db.open_database(db.resolve_location(None)).engine.dispose()
    assert Settings().language == "it"
    assert (_mode(folder), _mode(database)) == (0o700, 0o600)
    assert (_mode(config), _mode(config / "settings.ini")) == (0o700, 0o600)
    assert f"made {database} private: mode 600, it was 644" in caplog.text


@posix_only
def test_a_database_chosen_elsewhere_leaves_its_folder_alone(
    loose_umask: None, tmp_path: Path
) -> None:
    folder = tmp_path / "cartella condivisa"
    folder.mkdir(mode=0o755)
    opened = db.open_database(db.sqlite_url(folder / "console.db"))
    opened.engine.dispose()
    assert (_mode(folder), _mode(folder / "console.db")) == (0o755, 0o600)


def test_passwords_in_urls_are_hidden() -> None:
    assert hide_passwords(f"cannot parse {MALFORMED!r}") == (
        "cannot parse 'postgresql+psycopg://anna:***@db.comune.cremona.it:54x32/console'"
    )
    assert hide_passwords("postgresql://p@ss:w@rd@db/console") == "postgresql://p@ss:***@db/console"
    assert hide_passwords("postgresql://anna:p@ss/w@rd@db/c x") == "postgresql://anna:***@db/c x"
    assert (
        hide_passwords("postgresql://anna@db:5432/console") == "postgresql://anna@db:5432/console"
    )
    assert has_password(MALFORMED) and has_password(WELL_FORMED)
    assert not has_password("postgresql://anna@db/console")
    assert not has_password("/home/anna/anna:x@y.db")
    assert without_password(WELL_FORMED) == "postgresql+psycopg2://anna@127.0.0.1:1/console"
    assert without_password(MALFORMED) == (
        "postgresql+psycopg://anna@db.comune.cremona.it:54x32/console"
    )
    assert without_password("~/cremona/console.db") == "~/cremona/console.db"


def test_a_malformed_url_never_shows_its_password(
    capsys: pytest.CaptureFixture[str], log_file: Path
) -> None:
    with pytest.raises(db.DatabaseRefused) as refused:
        db.resolve_location(MALFORMED)
    assert refused.value.reason is db.Refusal.BAD_LOCATION
    assert PASSWORD not in str(refused.value) and "anna:***@" in str(refused.value)
    logging.getLogger("console.test").warning("raw, by mistake: %s", MALFORMED)
    assert cli.main(["--db", MALFORMED, "init"]) == cli.EXIT_FAILED
    err = capsys.readouterr().err
    assert "is not a database path or URL" in err and PASSWORD not in err
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = log_file.read_text(encoding="utf-8")
    assert "raw, by mistake: postgresql+psycopg://anna:***@" in written
    assert PASSWORD not in written


def test_refusals_are_logged_without_the_password(caplog: pytest.LogCaptureFixture) -> None:
    with pytest.raises(db.DatabaseRefused) as refused:
        db.resolve_location(MALFORMED)
    logging.getLogger("console.app").warning("database refused: %s", refused.value)
    assert "database refused" in caplog.text and PASSWORD not in caplog.text


def test_a_password_on_the_command_line_is_warned_about(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(["--db", WELL_FORMED, "init"]) == cli.EXIT_FAILED
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"console-admin: warning: {command_line_warning(WELL_FORMED)}"
    assert "process list" in err[0] and "CONSOLE_DB" in err[0] and ".pgpass" in err[0]
    assert len(err) == 2 and PASSWORD not in err[1]


def test_no_warning_without_a_password(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    assert command_line_warning("postgresql://anna@db/console") is None
    assert cli.main(["--db", str(db_path), "init"]) == 0
    assert capsys.readouterr().err == ""


def test_settings_never_store_a_password() -> None:
    settings = Settings()
    with pytest.raises(ValueError, match=r"anna:\*\*\*@") as refused:
        settings.set_value(DATABASE, WELL_FORMED)
    assert PASSWORD not in str(refused.value)
    settings.sync()
    assert PASSWORD not in settings.path.read_text(encoding="utf-8")


@posix_only
def test_a_private_file_is_0600_even_under_a_stricter_umask(tmp_path: Path) -> None:
    old = os.umask(0o277)
    try:
        private_files.create_private_file(tmp_path / "console.db")
    finally:
        os.umask(old)
    assert _mode(tmp_path / "console.db") == 0o600
