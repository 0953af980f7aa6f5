"""Start-up with the sign-in dialog up while the database opens on the worker (console.app).

Through main(), on its real threaded runner: the opening is held on the worker (a gate the test
opens) to choose what happens first: Enter before the opening finished, the opening finding no
account or refusing the file while the dialog is up, the dialog cancelled while it opens.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from shiboken6 import Shiboken
from sqlalchemy import Engine

from console import app, db, opening
from console.services.access import accounts, instance
from console.services.demo_accounts import DEMO_FIRST_USERNAME, DEMO_PASSWORD, DEMO_USERNAMES
from console.services.planning import holidays
from console.views.login_dialog import FirstAdminDialog, LoginDialog
from tests.views.test_app import ADMIN_PASSWORD, _create_admin, _script

GATE_S = 10.0  # the longest the held opening waits for the test (only against a hang)


@pytest.fixture(autouse=True)
def quiet_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "home" / "state"))


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The opening waits on the worker until the test sets this event."""
    released = threading.Event()
    open_place = opening.open_place

    def held(*args: object) -> opening.Opened:
        assert released.wait(GATE_S), "the test never let the opening go on"
        return open_place(*args)

    monkeypatch.setattr(opening, "open_place", held)
    return released


@pytest.fixture
def early(monkeypatch: pytest.MonkeyPatch) -> Callable[[Callable[[LoginDialog], None]], list]:
    """Act on the sign-in dialog as soon as it is shown (before it is exec()'d, which happens
    only once the opening said the person may sign in)."""

    def on_show(act: Callable[[LoginDialog], None]) -> list[LoginDialog]:
        seen: list[LoginDialog] = []
        show = LoginDialog.show

        def show_and_act(dialog: LoginDialog) -> None:
            show(dialog)
            if not seen:
                seen.append(dialog)
                QTimer.singleShot(0, lambda: act(dialog))

        monkeypatch.setattr(LoginDialog, "show", show_and_act)
        return seen

    return on_show


@pytest.fixture
def admin_file(engine: Engine, db_path: Path) -> Path:
    with db.session_scope(engine) as s:
        accounts.create_first_admin(s, "admin", ADMIN_PASSWORD)
    engine.dispose()
    return db_path


def _no_exec(monkeypatch: pytest.MonkeyPatch, dialog_class: type) -> None:
    monkeypatch.setattr(dialog_class, "exec", lambda d: pytest.fail(f"{type(d).__name__} exec"))


def test_enter_before_the_opening_finished_waits_for_it(
    qtbot, admin_file, gate, early, no_event_loop, monkeypatch
) -> None:
    """The sign-in pressed while the database is still opening waits behind it, busy, and
    goes on once it is open: no second dialog, the window for the account."""
    busy: list[tuple[bool, str]] = []

    def enter(dialog: LoginDialog) -> None:
        assert dialog.database.text() == admin_file.name  # named before anything is open
        dialog.password.setText(ADMIN_PASSWORD)
        dialog.ok_button.click()
        busy.append((dialog.ok_button.isEnabled(), dialog.message.text()))
        gate.set()

    early(enter)
    _no_exec(monkeypatch, FirstAdminDialog)
    assert app.main(["--db", str(admin_file), "--user", "admin"]) == 0
    assert busy == [(False, "Signing in…")]
    (window,) = no_event_loop
    assert window.user_label.text() == "Signed in as admin (Administrator)"


def test_no_account_found_while_the_dialog_is_up_goes_to_the_first_administrator(
    qtbot, engine, db_path, gate, early, no_event_loop, monkeypatch
) -> None:
    with db.session_scope(engine) as s:
        instance.mark_started_empty(s)  # no first-start question: the file is simply empty
    engine.dispose()
    states: list[bool] = []

    def wait_then_release(dialog: LoginDialog) -> None:
        states.append(dialog.isVisible())
        gate.set()

    seen = early(wait_then_release)
    created = _script(monkeypatch, FirstAdminDialog, _create_admin(qtbot, "capo", ADMIN_PASSWORD))
    assert app.main(["--db", str(db_path), "--user", "capo"]) == 0
    assert states == [True] and len(seen) == 1
    assert not Shiboken.isValid(seen[0]) or not seen[0].isVisible()  # closed for the next one
    assert created == [{"username": "capo", "hint": ""}]
    (window,) = no_event_loop
    assert window.user_label.text() == "Signed in as capo (Administrator)"


def test_a_refusal_found_while_the_dialog_is_up_closes_it_and_says_why(
    qtbot, tmp_path, gate, early, monkeypatch, capsys
) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("not a database, but it has a name that looks like one\n" * 20)
    before = hashlib.sha256(notes.read_bytes()).hexdigest()
    dialogs: list[LoginDialog] = []
    early(lambda dialog: (dialogs.append(dialog), gate.set()))
    shown: list[tuple[bool, str]] = []

    def critical(_parent: object, _title: str, text: str) -> None:
        shown.append((any(d.isVisible() for d in dialogs if Shiboken.isValid(d)), text))

    monkeypatch.setattr(QMessageBox, "critical", critical)
    assert app.main(["--db", str(notes)]) == app.EXIT_FAILED
    ((dialog_still_up, text),) = shown
    assert not dialog_still_up and "not a Coordination Console database" in text
    assert hashlib.sha256(notes.read_bytes()).hexdigest() == before
    assert "Traceback" not in capsys.readouterr().err


def test_cancelling_while_the_database_opens_exits_and_drops_every_answer(
    qtbot, admin_file, gate, early, no_event_loop, monkeypatch
) -> None:
    """Enter, then Cancel while the opening is held: main() ends without a window, and the
    sign-in's answer, which arrives after the dialog is gone, reaches nobody."""
    answers: list[object] = []
    monkeypatch.setattr(LoginDialog, "_on_done", lambda d, actor: answers.append(actor))
    monkeypatch.setattr(LoginDialog, "_on_error", lambda d, exc: answers.append(exc))

    def enter_then_cancel(dialog: LoginDialog) -> None:
        dialog.password.setText(ADMIN_PASSWORD)
        dialog.ok_button.click()
        dialog.buttons.rejected.emit()  # Cancel, while signing in waits for the opening
        gate.set()

    seen = early(enter_then_cancel)
    assert app.main(["--db", str(admin_file)]) == app.EXIT_OK
    assert no_event_loop == [] and answers == []
    QApplication.processEvents()
    assert not Shiboken.isValid(seen[0]) or not seen[0].isVisible()


def test_the_demo_shows_its_hint_at_once_and_other_demo_data_once_open(
    qtbot, engine, db_path, monkeypatch, no_event_loop
) -> None:
    """``--demo`` says at once that the accounts are the demo's; a file the demo data were put
    in (--db) says so once the opening found out, before the person can sign in."""
    hints: list[tuple[str, bool]] = []
    show = LoginDialog.show

    def show_and_note(dialog: LoginDialog) -> None:
        if not dialog.isVisible():  # as first shown (exec() shows it again)
            hints.append((dialog.username.text(), dialog.hint.isVisibleTo(dialog)))
        show(dialog)

    monkeypatch.setattr(LoginDialog, "show", show_and_note)
    monkeypatch.setattr(app, "ask_first_start", lambda: app.FirstStart.DEMO)
    signed = _script(monkeypatch, LoginDialog, _sign_in_as(qtbot, "agente", DEMO_PASSWORD))
    engine.dispose()
    assert app.main(["--db", str(db_path)]) == 0  # first start: the demo data are added
    assert app.main(["--db", str(db_path)]) == 0  # now a demo file, opened with the dialog up
    assert hints[-1] == ("", False)  # not known to be the demo's before it is open
    assert signed[-1]["hint"].startswith("Demo data: every demo account has the password")
    assert ", ".join(DEMO_USERNAMES) in signed[-1]["hint"]
    assert app.main(["--demo"]) == 0  # a new demo file: seeded first, then signing in
    assert app.main(["--demo"]) == 0  # the demo file exists: the dialog with its hint at once
    assert hints[-1] == (DEMO_FIRST_USERNAME, True)
    assert [w.context.actor.username for w in no_event_loop] == ["agente"] * 4


def _sign_in_as(qtbot, username: str, password: str) -> Callable[[LoginDialog], None]:
    def act(dialog: LoginDialog) -> None:
        dialog.username.setText(username)
        dialog.password.setText(password)
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            dialog.ok_button.click()

    return act


def test_the_demo_usernames_are_the_demo_accounts() -> None:
    from console.services.demo import DEMO_ACCOUNTS
    from console.services.demo import DEMO_PASSWORD as SEEDED

    assert tuple(a.username for a in DEMO_ACCOUNTS) == DEMO_USERNAMES
    (coordinator,) = (a for a in DEMO_ACCOUNTS if a.role.value == "coordinator")
    assert coordinator.username == DEMO_FIRST_USERNAME and SEEDED == DEMO_PASSWORD


SIGN_IN_PATH = """
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
app = QApplication([])
import console.app
from console.views.login_dialog import LoginDialog
HEAVY = ("sqlalchemy", "alembic", "argon2", "numpy", "matplotlib", "reportlab", "icalendar",
         "ortools", "holidays", "psycopg", "psycopg2")
LIGHT = {"console.services", "console.services.actions", "console.services.changes",
         "console.services.demo_accounts", "console.services.errors",
         "console.services.roster_weights"}
seen = []

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, LoginDialog) and not seen:
            seen.append([
                sorted(m for m in sys.modules if m.split(".")[0] in HEAVY),
                sorted(m for m in sys.modules if m.startswith(("console.models", "console.db",
                       "console.opening", "console.views.main_window", "console.views.calendar"))
                       or (m.startswith("console.services") and m not in LIGHT)),
            ])
            watched.reject()
        return False

watch = Watch()
app.installEventFilter(watch)
code = console.app.main(sys.argv[1:])
print(seen[0][0]); print(seen[0][1]); print(code)
"""


def test_the_sign_in_dialog_paints_before_anything_heavy_loads(admin_file, tmp_path) -> None:
    """Up to the painted sign-in dialog, ``console`` loads no SQLAlchemy, models, argon2 nor
    services beyond tiny pure modules: those load on the worker while the person types."""
    env = {
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "home" / "config"),
        "XDG_STATE_HOME": str(tmp_path / "home" / "state"),
        "QT_QPA_PLATFORM": "offscreen",
        "PATH": "/usr/bin:/bin",
    }
    done = subprocess.run(
        [sys.executable, "-c", SIGN_IN_PATH, "--db", str(admin_file)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["[]", "[]", "0"]


@pytest.mark.parametrize(
    ("given", "shown"),
    [
        ("postgresql://[oops/console", "postgresql://[oops/console"),
        ("postgresql://h]/db", "postgresql://h]/db"),
        ("postgresql://anna:segreta@[oops/console", "postgresql://anna:***@[oops/console"),
        ("sqlite:////srv/dati/console.db", "console.db"),
        (
            "postgresql://anna@server.comune.cremona.it/console",
            "console @ server.comune.cremona.it",
        ),
    ],
)
def test_the_early_dialog_names_any_location_without_failing(given: str, shown: str) -> None:
    """A URL that does not parse (a stray bracket) is named as written, its password hidden:
    it once ended start-up in a traceback before anything said what was wrong."""
    assert app._given_name(given) == shown


def test_a_url_that_does_not_parse_is_refused_with_a_message_not_a_traceback(
    qtbot, early, monkeypatch, capsys, caplog
) -> None:
    early(lambda _dialog: None)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: said.append(text))
    assert app.main(["--db", "postgresql://console@[oops/console"]) == app.EXIT_FAILED
    assert len(said) == 1
    err = capsys.readouterr().err
    assert err.startswith("console: ") and "Traceback" not in err
    # A refusal is the person's to read, not an error of the program's: no traceback logged.
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_the_facts_are_read_while_another_process_writes(
    qtbot, admin_file, monkeypatch, no_event_loop
) -> None:
    """Another process holding the write lock (console-admin, a second window) does not make
    the opening wait for it, nor fail: the start-up facts are only read."""
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 500)
    writer = sqlite3.connect(admin_file, isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE users SET failed_logins = failed_logins")
        opened = opening.open_place(str(admin_file), "", False)
        assert opened.ready and opened.facts.has_accounts
        opened.place.opened.engine.dispose()
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_the_window_import_names_the_holidays_around_today_in_the_interface_language() -> None:
    """While the person types, the worker reads this year's holidays of the province (their
    names' translations from a file): the first week's read does not."""
    holidays._year.cache_clear()
    opening.import_window("calendar", ("MI", "en"))
    hits = holidays._year.cache_info().hits
    holidays._year(date.today().year, "MI", "en")
    assert holidays._year.cache_info().hits == hits + 1  # read already
