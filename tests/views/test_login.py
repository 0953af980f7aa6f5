"""The dialogs before the main window: signing in, and creating the first administrator."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QDialog, QLineEdit
from sqlalchemy import Engine, select

from console import app, db
from console.models import AuditEvent, Role, User
from console.services import access
from console.services.access import accounts, passwords
from console.views.common.events import EventsHub
from console.views.common.runner import SyncRunner
from console.views.login_dialog import FirstAdminDialog, LoginDialog
from tests.test_translations import install_italian

PASSWORD = "lungo-il-po-2026"
LOCKED_TEXT = (
    "Wrong username or password, or the account is locked: after 5 failed attempts it stays "
    "locked for 15 minutes."
)


def synchronous(engine: Engine, service) -> app.CredentialsCall:
    """The app's own wiring of a dialog to a service, with the synchronous test runner."""
    return app._credentials_call(engine, SyncRunner(EventsHub()), service)


class Deferred:
    """A service call that answers only when the test says so."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []
        self.on_done = self.on_error = None

    def __call__(self, _owner, username, password, on_done, on_error) -> None:
        self.calls.append((username, password))
        self.on_done, self.on_error = on_done, on_error


@pytest.fixture
def admin(engine: Engine) -> access.Actor:
    with db.session_scope(engine) as s:
        return accounts.create_first_admin(s, "admin", PASSWORD)


def _login(qtbot, authenticate, **kwargs) -> LoginDialog:
    dialog = LoginDialog(authenticate, "console.db", **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _first_admin(qtbot, create, **kwargs) -> FirstAdminDialog:
    dialog = FirstAdminDialog(create, "console.db", **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _type(qtbot, field: QLineEdit, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def _message(dialog: QDialog) -> str:
    return dialog.message.text() if dialog.message.isVisibleTo(dialog) else ""


# -- signing in ------------------------------------------------------------------------------


def test_the_login_dialog_shows_what_it_asks(qtbot, engine) -> None:
    dialog = _login(qtbot, synchronous(engine, access.login))
    assert dialog.windowTitle() == "Sign in – Coordination Console"
    assert dialog.findChild(type(dialog.message), "database").text() == "console.db"
    assert dialog.password.echoMode() is QLineEdit.EchoMode.Password
    assert dialog.ok_button.text() == "Sign in" and dialog.ok_button.isDefault()
    assert not dialog.hint.isVisibleTo(dialog) and _message(dialog) == ""
    assert dialog.focusWidget() is dialog.username


def test_signing_in_with_enter_gives_the_actor(qtbot, engine, admin) -> None:
    dialog = _login(qtbot, synchronous(engine, access.login))
    _type(qtbot, dialog.username, "admin")
    _type(qtbot, dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # the default button: Sign in
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor() == admin


def test_a_failed_sign_in_says_so_and_clears_the_password(qtbot, engine, admin) -> None:
    dialog = _login(qtbot, synchronous(engine, access.login), username="admin")
    assert dialog.focusWidget() is dialog.password  # the username is already there
    _type(qtbot, dialog.password, "wrong-password")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.actor() is None
    assert _message(dialog) == LOCKED_TEXT
    assert dialog.password.text() == "" and dialog.focusWidget() is dialog.password
    assert dialog.username.text() == "admin" and dialog.password.isEnabled()
    with db.session_scope(engine) as s:  # the service counted the failure
        assert s.scalar(select(User.failed_logins)) == 1
    _type(qtbot, dialog.password, PASSWORD)  # a second try on the same dialog succeeds
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.actor() == admin


def test_five_failures_in_the_dialog_lock_the_account_and_are_audited(qtbot, engine, admin) -> None:
    dialog = _login(qtbot, synchronous(engine, access.login), username="admin")
    for _ in range(access.MAX_FAILED_LOGINS):
        _type(qtbot, dialog.password, "wrong-password")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert _message(dialog) == LOCKED_TEXT
    _type(qtbot, dialog.password, PASSWORD)  # the right password, but the account is locked
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.actor() is None
    assert _message(dialog) == LOCKED_TEXT  # the same words: nothing tells a locked account
    with db.session_scope(engine) as s:
        actions = s.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
        assert s.scalar(select(User.locked_until)) is not None
    assert actions[-3:] == ["account_locked", "login_failed", "login_failed"]
    assert actions.count("login_failed") == access.MAX_FAILED_LOGINS + 1


def test_an_unknown_user_gets_the_same_answer(qtbot, engine, admin) -> None:
    dialog = _login(qtbot, synchronous(engine, access.login), username="nobody")
    _type(qtbot, dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert _message(dialog) == LOCKED_TEXT and dialog.actor() is None


def test_busy_while_the_service_runs_then_other_errors_in_one_line(qtbot) -> None:
    call = Deferred()
    dialog = _login(qtbot, call, username="admin")
    _type(qtbot, dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert call.calls == [("admin", PASSWORD)]
    assert _message(dialog) == "Signing in…"
    assert not dialog.username.isEnabled() and not dialog.password.isEnabled()
    assert not dialog.ok_button.isEnabled()
    call.on_error(OSError("database is locked\nsecond line of detail"))
    assert _message(dialog) == "Cannot sign in: database is locked"
    assert dialog.username.isEnabled() and dialog.password.isEnabled()
    assert dialog.ok_button.isEnabled() and dialog.isVisible()


def test_cancel_while_signing_in_ignores_the_late_answer(qtbot, admin) -> None:
    call = Deferred()
    dialog = _login(qtbot, call, username="admin")
    _type(qtbot, dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    call.on_done(admin)
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.actor() is None


@pytest.mark.parametrize(
    ("username", "password", "expected"),
    [("", PASSWORD, "Enter your username."), ("admin", "", "Enter your password.")],
)
def test_nothing_is_asked_with_an_empty_field(qtbot, username, password, expected) -> None:
    call = Deferred()
    dialog = _login(qtbot, call)
    _type(qtbot, dialog.username, username)
    _type(qtbot, dialog.password, password)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert call.calls == [] and _message(dialog) == expected and dialog.isVisible()


def test_demo_hint(qtbot) -> None:
    dialog = _login(
        qtbot,
        Deferred(),
        username="coordinatore",
        demo_password="demo-cremona-2026",
        demo_usernames=["admin", "coordinatore"],
    )
    assert dialog.hint.isVisibleTo(dialog)
    assert QTextDocumentFragment.fromHtml(dialog.hint.text()).toPlainText().splitlines() == [
        "Demo data: every demo account has the password demo-cremona-2026",
        "Demo accounts: admin, coordinatore",
    ]
    assert dialog.username.text() == "coordinatore"


# -- the first administrator -----------------------------------------------------------------


def test_the_first_admin_dialog_explains_itself(qtbot, engine) -> None:
    dialog = _first_admin(qtbot, synchronous(engine, accounts.create_first_admin))
    assert dialog.windowTitle() == "Create the administrator – Coordination Console"
    intro = dialog.findChild(type(dialog.message), "intro").text()
    assert intro == (
        "This database has no accounts yet. Create the administrator account: "
        "it manages users and reads the audit log."
    )
    assert dialog.ok_button.text() == "Create account"
    for field in (dialog.password, dialog.repeat):
        assert field.echoMode() is QLineEdit.EchoMode.Password
    assert dialog.password.placeholderText() == "At least 10 characters"


@pytest.mark.parametrize(
    "case",
    [
        (
            "mario rossi",
            PASSWORD,
            PASSWORD,
            "A username has 3 to 80 characters: letters, digits, dots, hyphens or underscores.",
            "username",
        ),
        ("ad", PASSWORD, PASSWORD, "A username has 3 to 80", "username"),
        ("admin", "corto-1", "corto-1", "The password needs at least 10 characters.", "password"),
        (
            "admin",
            PASSWORD,
            PASSWORD + "!",
            "The two passwords differ: type the same password twice.",
            "repeat",
        ),
    ],
)
def test_first_admin_validations_keep_the_dialog_open(qtbot, engine, case) -> None:
    username, password, repeat, expected, focus = case
    dialog = _first_admin(qtbot, synchronous(engine, accounts.create_first_admin))
    _type(qtbot, dialog.username, username)
    _type(qtbot, dialog.password, password)
    _type(qtbot, dialog.repeat, repeat)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert _message(dialog).startswith(expected)
    assert dialog.isVisible() and dialog.actor() is None and dialog.ok_button.isEnabled()
    assert dialog.focusWidget() is getattr(dialog, focus)
    assert password not in _message(dialog)
    with db.session_scope(engine) as s:
        assert not accounts.has_accounts(s)


def test_the_first_admin_is_created_and_signed_in(qtbot, engine) -> None:
    dialog = _first_admin(qtbot, synchronous(engine, accounts.create_first_admin))
    _type(qtbot, dialog.username, " admin ")
    _type(qtbot, dialog.password, PASSWORD)
    _type(qtbot, dialog.repeat, PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    actor = dialog.actor()
    assert actor is not None and (actor.username, actor.role) == ("admin", Role.ADMIN)
    with db.session_scope(engine) as s:
        user = s.scalars(select(User)).one()
        assert user.id == actor.user_id
        assert passwords.verify_password(user.password_hash, PASSWORD)


def test_a_refusal_of_the_service_is_shown(qtbot, engine, admin) -> None:
    dialog = _first_admin(qtbot, synchronous(engine, accounts.create_first_admin))
    _type(qtbot, dialog.username, "second")
    _type(qtbot, dialog.password, PASSWORD)
    _type(qtbot, dialog.repeat, PASSWORD)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    expected = "The account was not created. This database already has accounts: sign in with one"
    assert _message(dialog) == expected + " of them."
    assert dialog.isVisible() and dialog.actor() is None and dialog.username.isEnabled()


def test_both_dialogs_in_italian(qtbot, tmp_path: Path, monkeypatch) -> None:
    translation = install_italian(tmp_path, monkeypatch)
    try:
        login = _login(qtbot, Deferred(), demo_password="demo-cremona-2026")
        assert login.windowTitle() == "Accesso – Coordination Console"
        assert login.ok_button.text() == "Accedi"
        assert "Dati di prova: ogni account di prova ha la password" in login.hint.text()
        first = _first_admin(qtbot, Deferred())
        assert first.ok_button.text() == "Crea l’account"
        _type(qtbot, first.username, "admin")
        qtbot.mouseClick(first.ok_button, Qt.MouseButton.LeftButton)
        assert _message(first) == "La password deve avere almeno 10 caratteri."
    finally:
        translation.uninstall()


def _squeezed(dialog: QDialog) -> list[str]:
    """The dialog's visible parts given less height than they need."""
    widgets = [dialog.username, dialog.password, dialog.hint, dialog.message, dialog.ok_button]
    found = []
    for widget in widgets:
        if not widget.isVisibleTo(dialog):
            continue
        needed = (
            widget.heightForWidth(widget.width())
            if widget.hasHeightForWidth()
            else widget.minimumSizeHint().height()
        )
        if widget.height() < needed:
            found.append(f"{widget.objectName() or type(widget).__name__}: {widget.height()}")
    return found


@pytest.mark.parametrize("hint_later", [False, True], ids=["--demo", "demo data found later"])
def test_the_dialog_grows_for_a_message_and_squeezes_nothing(qtbot, engine, hint_later) -> None:
    """A wrong password's two-line message (and a demo hint shown once the opening found demo
    data) make the dialog taller: the fields keep their height, no line is cut off."""
    hint = {} if hint_later else {"demo_password": "demo-cremona-2026", "demo_usernames": NAMES}
    dialog = _login(qtbot, synchronous(engine, access.login), username="nobody", **hint)
    if hint_later:
        dialog.show_demo_hint("demo-cremona-2026", NAMES)
        qtbot.wait(1)
    assert _squeezed(dialog) == []
    _type(qtbot, dialog.password, "wrong-password")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.wait(1)
    assert _message(dialog) == LOCKED_TEXT
    assert _squeezed(dialog) == []


NAMES = ["admin", "coordinatore", "educatore", "agente", "assistente", "dirigente"]
