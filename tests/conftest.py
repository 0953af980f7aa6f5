"""Shared fixtures: every test runs offscreen, with its own data and config folders."""

from __future__ import annotations

import faulthandler
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from _pytest import faulthandler as _pytest_faulthandler

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import Engine

from console import db
from console.views.common.collector import GarbageCollector, install_collector


@pytest.fixture(scope="session", autouse=True)
def gui_thread_collector(qapp) -> GarbageCollector:
    """As in the console: no automatic collection, a GUI-thread timer collects instead."""
    return install_collector(qapp)


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread(gui_thread_collector: GarbageCollector) -> Iterator[None]:
    # Tests that never spin the event loop still collect between tests, on this thread.
    yield
    gui_thread_collector.check()


@pytest.fixture(autouse=True)
def crash_traces_to_the_terminal(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test that runs the console's ``main`` sends crash traces to its log, then to standard
    error: while a test runs, that is pytest's capture, lost with the process when it
    crashes. After each test they go back where pytest sends them, so that a crash in CI
    prints the threads' stacks."""
    yield
    stash = request.config.stash
    key = getattr(_pytest_faulthandler, "fault_handler_stderr_fd_key", None)
    if key is not None and key in stash:
        faulthandler.enable(file=stash[key], all_threads=True)


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """User data and config go to the test's own folder; CONSOLE_DB never leaks in."""
    home = tmp_path / "home"
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))  # the log file
    monkeypatch.delenv(db.ENV_VAR, raising=False)
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "console.db"


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One empty database at the head revision, made once per run (migrating is the slow part
    of a fresh database); each test gets its own copy of it."""
    path = tmp_path_factory.mktemp("template") / "console.db"
    opened = db.open_database(db.sqlite_url(path))
    opened.engine.dispose()  # the last connection checkpoints the WAL into the file
    assert not Path(f"{path}-wal").exists(), "the template must be one self-contained file"
    return path


@pytest.fixture
def engine(db_path: Path, migrated_template: Path) -> Iterator[Engine]:
    """A fresh database file at the head revision, empty: a copy of the migrated template,
    opened the way the console opens a file (checked, nothing left to upgrade)."""
    shutil.copyfile(migrated_template, db_path)
    opened = db.open_database(db.sqlite_url(db_path))
    assert opened.backup is None and db.current_revision(opened.engine) == db.head_revision()
    yield opened.engine
    opened.engine.dispose()
