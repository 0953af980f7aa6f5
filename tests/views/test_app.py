"""console (the GUI entry point): options, screenshots, refused databases and the first start."""

from __future__ import annotations

import hashlib
import io
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage, QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import Engine, select

from console import app, db, paths
from console.config import WINDOW_GEOMETRY, Settings
from console.models import Role, User
from console.services.access import accounts, instance
from console.services.demo.seed import DEMO_PASSWORD
from console.views.common.runner import OperationRunner
from console.views.login_dialog import FirstAdminDialog, LoginDialog
from console.views.main_window import MainWindow
from tests.test_translations import compile_catalogue
from tests.views.signed_in import settle

ADMIN_PASSWORD = "tavolo-di-coordinamento"


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
def admin_db(engine: Engine, db_path: Path) -> Path:
    """A database whose only account is the administrator ``admin``."""
    with db.session_scope(engine) as s:
        accounts.create_first_admin(s, "admin", ADMIN_PASSWORD)
    return db_path


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if main() opens a sign-in dialog."""
    for dialog in (LoginDialog, FirstAdminDialog):
        monkeypatch.setattr(dialog, "exec", lambda d: pytest.fail(f"{type(d).__name__} shown"))


def _script(
    monkeypatch: pytest.MonkeyPatch,
    dialog_class: type[QDialog],
    act: Callable[[QDialog], None] | None,
) -> list[dict[str, str]]:
    """Replace ``dialog_class.exec``: note what the dialog shows at first, then ``act`` on it
    (fill in its fields and submit, through main()'s real runner) or cancel when None."""
    seen: list[dict[str, str]] = []

    def exec_(dialog: QDialog) -> int:
        seen.append(
            {
                "username": dialog.username.text(),
                "hint": QTextDocumentFragment.fromHtml(
                    getattr(dialog, "hint", dialog.message).text()
                ).toPlainText(),
            }
        )
        dialog.show()
        if act is None:
            dialog.reject()
        else:
            act(dialog)
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)
    return seen


def _sign_in(qtbot, username: str | None, password: str) -> Callable[[QDialog], None]:
    def act(dialog: QDialog) -> None:
        if username is not None:
            dialog.username.setText(username)
        dialog.password.setText(password)
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            dialog.ok_button.click()

    return act


def _create_admin(qtbot, username: str, password: str) -> Callable[[QDialog], None]:
    def act(dialog: QDialog) -> None:
        dialog.username.setText(username)
        dialog.password.setText(password)
        dialog.repeat.setText(password)
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            dialog.ok_button.click()

    return act


def _users(path: Path) -> list[tuple[str, Role]]:
    opened = db.open_database(db.sqlite_url(path))
    try:
        with db.session_scope(opened.engine) as s:
            return [(u.username, u.role) for u in s.scalars(select(User).order_by(User.id))]
    finally:
        opened.engine.dispose()


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> io.StringIO:
    stream = io.StringIO(text)
    monkeypatch.setattr(sys, "stdin", stream)
    return stream


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
    options = ("--db", "--demo", "--lang", "--screenshot", "--view", "--user", "--help", "overview")
    for option in options:
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


def test_screenshot_of_a_new_database_never_asks(
    qapp, tmp_path, db_path, monkeypatch, no_dialogs
) -> None:
    monkeypatch.setattr(app, "ask_first_start", lambda: pytest.fail("a screenshot asked"))
    seen: list[str] = []
    take = app._screenshot
    monkeypatch.setattr(
        app,
        "_screenshot",
        lambda window, runner, target: (
            seen.append(window.user_label.text()) or take(window, runner, target)
        ),
    )
    png = tmp_path / "overview.png"
    argv = ["--screenshot", str(png), "--view", "overview", "--db", str(db_path)]
    assert app.main(argv) == 0
    assert seen == ["Signed in as screenshot (Manager)"]  # nobody to sign in as: see app
    image = _png(png)
    assert (image.width(), image.height()) == app.SCREENSHOT_SIZE
    assert _facts(db_path) == (True, False)  # still new: nothing was decided for the owner
    assert Settings().value(WINDOW_GEOMETRY).isEmpty()


def test_screenshot_of_the_demo_in_italian(qapp, tmp_path, monkeypatch, no_dialogs) -> None:
    qm = compile_catalogue(tmp_path)
    monkeypatch.setattr(app.i18n, "catalogue", lambda _language: qm)
    seen: dict[str, object] = {}
    take = app._screenshot

    def spy(window: MainWindow, runner, target: Path) -> int:
        seen["menus"] = [a.text() for a in window.menuBar().actions()]
        seen["badge"] = window.demo_badge.isVisibleTo(window)
        seen["user"] = window.user_label.text()
        code = take(window, runner, target)
        seen["zones"] = len(window.views["calendar"].data.choices.zones)
        return code

    monkeypatch.setattr(app, "_screenshot", spy)
    png = tmp_path / "demo.png"
    _stdin(monkeypatch, f"{DEMO_PASSWORD}\n")
    argv = ["--demo", "--lang", "it", "--screenshot", str(png), "--user", "coordinatore"]
    assert app.main(argv) == 0
    _png(png)
    assert seen == {
        "menus": ["&File", "&Visualizza", "&Aiuto"],
        "badge": True,
        "user": "Connesso come coordinatore (Coordinatore)",
        "zones": 3,
    }
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


def test_first_start_cancel_exits_without_a_window(qapp, db_path, monkeypatch, no_dialogs) -> None:
    monkeypatch.setattr(app, "ask_first_start", lambda: app.FirstStart.CANCEL)
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: pytest.fail("window shown")))
    assert app.main(["--db", str(db_path)]) == 0
    assert _facts(db_path) == (True, False)


def test_first_start_empty_is_remembered(qtbot, db_path, monkeypatch, no_event_loop) -> None:
    asked: list[bool] = []
    monkeypatch.setattr(app, "ask_first_start", lambda: asked.append(True) or app.FirstStart.EMPTY)
    created = _script(monkeypatch, FirstAdminDialog, _create_admin(qtbot, "admin", ADMIN_PASSWORD))
    monkeypatch.setattr(LoginDialog, "exec", lambda _d: pytest.fail("sign-in before any account"))
    assert app.main(["--db", str(db_path)]) == 0
    assert len(created) == 1
    assert len(no_event_loop) == 1 and not no_event_loop[0].demo_badge.isVisibleTo(no_event_loop[0])
    assert no_event_loop[0].user_label.text() == "Signed in as admin (Administrator)"
    assert _facts(db_path) == (False, False)
    assert _users(db_path) == [("admin", Role.ADMIN)]

    signed_in = _script(monkeypatch, LoginDialog, _sign_in(qtbot, "admin", ADMIN_PASSWORD))
    assert app.main(["--db", str(db_path)]) == 0  # asked once only; now the admin signs in
    assert asked == [True] and len(created) == 1
    assert signed_in == [{"username": "", "hint": ""}]
    assert no_event_loop[-1].user_label.text() == "Signed in as admin (Administrator)"


def test_cancelling_the_first_admin_exits_and_asks_again(
    qtbot, db_path, monkeypatch, no_event_loop
) -> None:
    monkeypatch.setattr(app, "ask_first_start", lambda: app.FirstStart.EMPTY)
    cancelled = _script(monkeypatch, FirstAdminDialog, None)
    assert app.main(["--db", str(db_path), "--user", "capo"]) == 0
    assert no_event_loop == [] and _users(db_path) == []
    assert cancelled[0]["username"] == "capo"  # --user fills the field in
    monkeypatch.setattr(app, "ask_first_start", lambda: pytest.fail("asked twice"))
    assert app.main(["--db", str(db_path)]) == 0
    assert len(cancelled) == 2 and no_event_loop == []


def test_cancelling_the_sign_in_exits_without_a_window(
    qtbot, admin_db, monkeypatch, no_event_loop
) -> None:
    cancelled = _script(monkeypatch, LoginDialog, None)
    assert app.main(["--db", str(admin_db), "--user", "admin"]) == 0
    assert cancelled == [{"username": "admin", "hint": ""}] and no_event_loop == []


def test_first_start_with_demo_data(qtbot, db_path, monkeypatch, no_event_loop) -> None:
    monkeypatch.setattr(app, "ask_first_start", lambda: app.FirstStart.DEMO)
    _script(monkeypatch, LoginDialog, _sign_in(qtbot, None, DEMO_PASSWORD))
    assert app.main(["--db", str(db_path)]) == 0
    assert _facts(db_path) == (False, True)
    (window,) = no_event_loop
    assert window.demo_badge.isVisibleTo(window)
    assert str(db_path) in window.database_label.text()
    assert window.windowTitle() == f"Coordination Console — {db_path.name}"


def test_the_demo_signs_in_as_the_coordinator(qtbot, monkeypatch, no_event_loop) -> None:
    seen = _script(monkeypatch, LoginDialog, _sign_in(qtbot, None, DEMO_PASSWORD))
    assert app.main(["--demo"]) == 0
    ((prefilled),) = seen
    assert prefilled["username"] == "coordinatore"
    assert prefilled["hint"].startswith(
        "Demo data: every demo account has the password demo-cremona-2026"
    )
    (window,) = no_event_loop
    assert window.user_label.text() == "Signed in as coordinatore (Coordinator)"
    assert window.context.actor.role is Role.COORDINATOR


def test_screenshot_signs_in_with_the_password_on_stdin(
    qapp, tmp_path, admin_db, monkeypatch, no_dialogs
) -> None:
    seen: list[str] = []
    take = app._screenshot
    monkeypatch.setattr(
        app,
        "_screenshot",
        lambda window, runner, target: (
            seen.append(window.user_label.text()) or take(window, runner, target)
        ),
    )
    _stdin(monkeypatch, f"{ADMIN_PASSWORD}\n")
    png = tmp_path / "admin.png"
    argv = ["--db", str(admin_db), "--screenshot", str(png), "--user", "admin"]
    assert app.main(argv) == 0
    _png(png)
    assert seen == ["Signed in as admin (Administrator)"]


@pytest.mark.usefixtures("qapp", "no_dialogs")
def test_screenshot_of_a_database_with_accounts_needs_user(
    tmp_path, admin_db, capsys, monkeypatch
) -> None:
    stdin = _stdin(monkeypatch, f"{ADMIN_PASSWORD}\n")
    png = tmp_path / "x.png"
    assert app.main(["--db", str(admin_db), "--screenshot", str(png)]) == app.EXIT_USAGE
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1
    assert "--user" in err and "--help" in err and "Traceback" not in err
    assert not png.exists() and stdin.tell() == 0  # the password was not even read


@pytest.mark.usefixtures("qapp", "no_dialogs")
def test_screenshot_with_no_password_on_stdin(tmp_path, admin_db, capsys, monkeypatch) -> None:
    _stdin(monkeypatch, "")
    png = tmp_path / "x.png"
    argv = ["--db", str(admin_db), "--screenshot", str(png), "--user", "admin"]
    assert app.main(argv) == app.EXIT_USAGE
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "standard input" in err
    assert not png.exists()


@pytest.mark.usefixtures("qapp", "no_dialogs")
def test_screenshot_with_a_wrong_password(tmp_path, admin_db, capsys, monkeypatch) -> None:
    _stdin(monkeypatch, "not-the-password\n")
    png = tmp_path / "x.png"
    argv = ["--db", str(admin_db), "--screenshot", str(png), "--user", "admin"]
    assert app.main(argv) == app.EXIT_FAILED
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1
    assert err.startswith("console: wrong username or password")
    assert "not-the-password" not in err and "Traceback" not in err
    assert not png.exists()
    opened = db.open_database(db.sqlite_url(admin_db))
    try:
        with db.session_scope(opened.engine) as s:
            assert s.scalar(select(User.failed_logins)) == 1  # it counts towards the lockout
    finally:
        opened.engine.dispose()


@pytest.mark.parametrize("first_loaded", [False, True], ids=["at-once", "after-loading"])
def test_signing_out_asks_who_signs_in_next(qtbot, monkeypatch, first_loaded: bool) -> None:
    """Sign out closes the window and brings the sign-in back, for another account.

    Through main(), so on its real threaded runner: the educator leaves while the sections
    are still loading (their answers must be dropped, not delivered to deleted widgets), or
    once everything has arrived; the next person's window then gets its own answers.
    """
    accounts_in_turn = iter(["educatore", "dirigente"])

    def next_person(dialog: QDialog) -> None:
        _sign_in(qtbot, next(accounts_in_turn), DEMO_PASSWORD)(dialog)

    logins = _script(monkeypatch, LoginDialog, next_person)
    windows: list[MainWindow] = []

    def exec_() -> int:
        (window,) = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        windows.append(window)
        roles.append(window.context.actor.role)
        assert isinstance(window.context.runner, OperationRunner)
        if len(windows) == 1:
            if first_loaded:
                settle(qtbot, window.context)
            window.named_actions["sign_out"].trigger()  # the educator leaves the workstation
        else:
            settle(qtbot, window.context)  # an error would show a box: the fixture fails on it
        return 0

    roles: list[Role] = []
    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_))
    assert app.main(["--demo", "--view", "cases"]) == 0
    assert roles == [Role.EDUCATOR, Role.MANAGER]
    assert len(logins) == 2 and logins[1] == logins[0]  # not the previous person's name
    assert not windows[1].has_section("cases")  # the next person gets only their sections


def test_a_password_given_with_db_is_warned_about_and_never_shown(qapp, capsys, critical) -> None:
    url = "postgresql+psycopg2://anna:Cr3mona-segreta@127.0.0.1:1/console"
    assert app.main(["--db", url]) == app.EXIT_FAILED
    warning, refusal = capsys.readouterr().err.splitlines()
    assert warning.startswith("console: warning: the password given with --db")
    assert "process list" in warning and "$CONSOLE_DB" in warning and "~/.pgpass" in warning
    assert "anna:***@127.0.0.1" in refusal
    ((_title, text),) = critical
    assert "Cr3mona" not in refusal + text


def test_a_console_on_sqlite_listens_to_nobody(qtbot, monkeypatch, no_event_loop) -> None:
    """Live refresh is for consoles sharing a PostgreSQL server (tests/pg/test_live_refresh.py):
    a SQLite file has no other console to hear from."""
    _script(monkeypatch, LoginDialog, _sign_in(qtbot, None, DEMO_PASSWORD))
    started: list[object] = []
    start = app.start_live_refresh
    monkeypatch.setattr(app, "start_live_refresh", lambda *a: started.append(start(*a)))
    assert app.main(["--demo"]) == 0
    assert len(no_event_loop) == 1
    assert started == [None]  # asked once, and the answer for SQLite is no listener
    assert "console-live-refresh" not in {t.name for t in threading.enumerate()}


@pytest.mark.parametrize("poll_ms", [app.SCREENSHOT_POLL_MS, 0], ids=["polled", "every turn"])
def test_a_screenshot_waits_for_what_the_section_asks_once_shown(
    qtbot, engine, tmp_path, monkeypatch, poll_ms: int
) -> None:
    """The calendar asks for its badge's count once its week is painted: a screenshot, on the
    real threaded runner, waits for that answer too (the count shows in the navigation), even
    when it comes slowly, and however soon it looks whether the week is there (a look due
    before the calendar's next turn: CI saw the badge missing once)."""
    monkeypatch.setattr(app, "SCREENSHOT_POLL_MS", poll_ms)
    import time
    from datetime import UTC, datetime, timedelta

    from console.views.calendar import section as calendar_section
    from tests import factories
    from tests.views import signed_in

    count = calendar_section.shifts_to_debrief

    def slowly(*args: object) -> object:
        time.sleep(0.3)  # on the worker
        return count(*args)

    monkeypatch.setattr(calendar_section, "shifts_to_debrief", slowly)

    admin = signed_in.create_admin(engine)
    coordinator = signed_in.create_account(engine, admin, "capo", Role.COORDINATOR)
    with db.session_scope(engine) as s:
        square = factories.zone("Piazza Roma")
        s.add(factories.shift(square, datetime.now(UTC) - timedelta(days=2), 3))
    context = signed_in.threaded_context_for(engine, coordinator)
    try:
        window = MainWindow(
            context,
            location="console.db",
            database_name="console.db",
            demo=False,
            remember_geometry=False,
            idle_lock_ms=0,
            make_all=False,
        )
        qtbot.addWidget(window)
        assert app._screenshot(window, context.runner, tmp_path / "shot.png") == app.EXIT_OK
        assert window.navigation.item(0).text() == "Calendar (1)"
    finally:
        context.runner.shutdown()
