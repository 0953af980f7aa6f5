"""console (the GUI entry point): options, screenshots, refused databases and the first start."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from console import app, db, paths
from console.config import WINDOW_GEOMETRY, Settings
from console.services import instance
from console.views.main_window import MainWindow
from tests.test_translations import compile_catalogue


@pytest.fixture(autouse=True)
def quiet_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The log file goes to the test's folder too (platformdirs' state folder on Linux)."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "home" / "state"))


@pytest.fixture
def critical(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, title, text: shown.append((title, text))
    )
    return shown


@pytest.fixture
def no_event_loop(monkeypatch: pytest.MonkeyPatch) -> list[MainWindow]:
    """Let main() show its window and return at once instead of running the event loop."""
    shown: list[MainWindow] = []

    def exec_() -> int:
        shown.extend(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_))
    return shown


def _facts(path: Path) -> tuple[bool, bool]:
    """(needs the first-start choice, holds demo data)."""
    opened = db.open_database(db.sqlite_url(path))
    try:
        with db.session_scope(opened.engine) as s:
            return instance.needs_first_start_choice(s), instance.is_demo(s)
    finally:
        opened.engine.dispose()


def _png(path: Path) -> QImage:
    assert path.stat().st_size > 0
    image = QImage(str(path))
    assert not image.isNull()
    return image


def test_help_lists_every_option(capsys) -> None:
    assert app.main(["--help"]) == 0
    out = capsys.readouterr().out
    for option in ("--db", "--demo", "--lang", "--screenshot", "--view", "--help", "overview"):
        assert option in out


@pytest.mark.parametrize(
    "argv",
    [
        ["--view", "nonsense", "--screenshot", "x.png"],
        ["--demo", "--db", "other.db"],
        ["--lang", "fr"],
        ["--unknown"],
    ],
)
def test_usage_errors_are_one_line_and_exit_2(capsys, argv: list[str]) -> None:
    assert app.main(argv) == app.EXIT_USAGE
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and "--help" in err


def test_screenshot_of_a_new_database_never_asks(qapp, tmp_path, db_path, monkeypatch) -> None:
    monkeypatch.setattr(app, "ask_first_start", lambda: pytest.fail("a screenshot asked"))
    png = tmp_path / "overview.png"
    argv = ["--screenshot", str(png), "--view", "overview", "--db", str(db_path)]
    assert app.main(argv) == 0
    image = _png(png)
    assert (image.width(), image.height()) == app.SCREENSHOT_SIZE
    assert _facts(db_path) == (True, False)  # still new: nothing was decided for the owner
    assert Settings().value(WINDOW_GEOMETRY).isEmpty()


def test_screenshot_of_the_demo_in_italian(qapp, tmp_path, monkeypatch) -> None:
    qm = compile_catalogue(tmp_path)
    monkeypatch.setattr(app.i18n, "catalogue", lambda _language: qm)
    seen: dict[str, object] = {}
    take = app._screenshot

    def spy(window: MainWindow, runner, target: Path) -> int:
        seen["menus"] = [a.text() for a in window.menuBar().actions()]
        seen["badge"] = window.demo_badge.isVisibleTo(window)
        code = take(window, runner, target)
        seen["zones"] = window.views["overview"].zones_model.rowCount()
        return code

    monkeypatch.setattr(app, "_screenshot", spy)
    png = tmp_path / "demo.png"
    assert app.main(["--demo", "--lang", "it", "--screenshot", str(png)]) == 0
    _png(png)
    assert seen == {"menus": ["&File", "&Visualizza", "&Aiuto"], "badge": True, "zones": 3}
    assert _facts(paths.demo_database_path()) == (False, True)
    # main() took its translators away again
    assert QCoreApplication.translate("Menus", "&Help") == "&Help"


def test_refused_database_shows_why_and_stays_untouched(qapp, tmp_path, capsys, critical) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("appunti della riunione del tavolo di coordinamento\n" * 20)
    before = hashlib.sha256(notes.read_bytes()).hexdigest()
    assert app.main(["--db", str(notes)]) == app.EXIT_FAILED
    ((title, text),) = critical
    assert title == "The database cannot be opened"
    assert str(notes) in text and "not a Coordination Console database" in text
    assert "--db" in text
    assert hashlib.sha256(notes.read_bytes()).hexdigest() == before
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


@pytest.mark.parametrize("reason", list(db.Refusal))
def test_every_refusal_has_its_message(reason: db.Refusal) -> None:
    text = app.refusal_text(db.DatabaseRefused(reason, "/x/console.db", "detail"))
    assert "/x/console.db" in text and "Details: detail" in text and "--db" in text


def test_first_start_cancel_exits_without_a_window(qapp, db_path, monkeypatch) -> None:
    monkeypatch.setattr(app, "ask_first_start", lambda: app.FirstStart.CANCEL)
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: pytest.fail("window shown")))
    assert app.main(["--db", str(db_path)]) == 0
    assert _facts(db_path) == (True, False)


def test_first_start_empty_is_remembered(qapp, db_path, monkeypatch, no_event_loop) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(app, "ask_first_start", lambda: asked.append(True) or app.FirstStart.EMPTY)
    assert app.main(["--db", str(db_path)]) == 0
    assert len(no_event_loop) == 1 and not no_event_loop[0].demo_badge.isVisibleTo(no_event_loop[0])
    assert _facts(db_path) == (False, False)
    assert app.main(["--db", str(db_path)]) == 0  # asked once only
    assert asked == [True]


def test_first_start_with_demo_data(qapp, db_path, monkeypatch, no_event_loop) -> None:
    monkeypatch.setattr(app, "ask_first_start", lambda: app.FirstStart.DEMO)
    assert app.main(["--db", str(db_path)]) == 0
    assert _facts(db_path) == (False, True)
    (window,) = no_event_loop
    assert window.demo_badge.isVisibleTo(window)
    assert str(db_path) in window.database_label.text()
    assert window.windowTitle() == f"Coordination Console — {db_path.name}"
