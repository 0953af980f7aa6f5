"""The dialogs before the main window: sign in, or create the administrator of a new database.

The sign-in dialog shows while the database is still being opened on the worker, so this module
loads nothing heavy: no SQLAlchemy, no models, no argon2 (the administrator's dialog, shown only
once the database is open, imports what it needs when it is made)."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.services.actions import LOCKOUT, MAX_FAILED_LOGINS, LoginFailed
from console.views.common.runner import OnDone, OnError, one_line

if TYPE_CHECKING:
    from console.services import access

# Runs ``service(session, username, password)`` off the GUI thread, e.g. through the runner,
# and calls back on the GUI thread: on_done(Actor) or on_error(exception).
# call(owner, username, password, on_done, on_error): the outcome goes to owner's callbacks.
CredentialsCall = Callable[[QObject, str, str, OnDone, OnError], None]

PROBLEM_STYLE = "QLabel { color: #b3261e; }"
HINT_STYLE = "QLabel { background: #fdf3d8; border: 1px solid #e6cf8b; padding: 6px; }"
MIN_WIDTH = 460
# The sentence with the password stays on one line: wrapped, the password would break at its
# hyphens and be misread (Qt applies nowrap to whole paragraphs only).
UNBROKEN = '<p style="white-space: pre">{}</p>'


class _CredentialsDialog(QDialog):
    """What both dialogs share: a form, one message line, busy while the service runs.

    Subclasses set the title and ``ok_button``'s text, add their rows to ``form``, call
    ``_finish_layout``, and on submit check what they can and ``_start`` the service.
    """

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(MIN_WIDTH)
        self._actor: access.Actor | None = None
        self._waiting = False
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # error texts are never markup
        self.message.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

    def _finish_layout(self, above: Sequence[QWidget]) -> None:
        layout = QVBoxLayout(self)
        for widget in above:
            layout.addWidget(widget)
        if above:
            layout.addSpacing(layout.spacing())
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.ok_button.setDefault(True)  # once inside the dialog: Enter submits

    def actor(self) -> access.Actor | None:
        """Who is signed in once the dialog was accepted; None when it was cancelled."""
        return self._actor

    def reject(self) -> None:
        self._waiting = False  # an answer still on its way is ignored
        super().reject()

    def _submit(self) -> None:
        raise NotImplementedError

    def _fields(self) -> list[QWidget]:
        return [self.form.itemAt(i).widget() for i in range(self.form.count())]

    def _start(self, call: CredentialsCall, username: str, password: str, busy: str) -> None:
        self._set_busy(True)
        self._show(busy)
        self._waiting = True
        call(self, username, password, self._on_done, self._on_error)

    def _on_done(self, actor: access.Actor) -> None:
        if not self._waiting:
            return
        self._waiting = False
        self._actor = actor
        self.accept()

    def _on_error(self, exc: BaseException) -> None:
        if not self._waiting:
            return
        self._waiting = False
        self._set_busy(False)
        self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        raise NotImplementedError

    def _set_busy(self, busy: bool) -> None:
        for widget in self._fields():
            if isinstance(widget, QLineEdit):
                widget.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _show(self, text: str, *, problem: bool = False) -> None:
        self.message.setStyleSheet(PROBLEM_STYLE if problem else "")
        self.message.setText(text)
        self.message.setVisible(True)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow (never shrink) to the height the layout needs at this width: a wrapped
        message or hint shown once the dialog is up would otherwise squeeze the fields and
        cut lines off (Qt does not grow a window for text that wraps)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = (
            layout.totalHeightForWidth(self.width())
            if layout.hasHeightForWidth()
            else layout.totalMinimumSize().height()
        )
        if needed > self.height():
            self.resize(self.width(), needed)

    def _problem(self, text: str, focus: QLineEdit) -> None:
        self._show(text, problem=True)
        focus.setFocus()
        focus.selectAll()


def _database_label(name: str) -> QLabel:
    label = QLabel(name)
    label.setObjectName("database")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class LoginDialog(_CredentialsDialog):
    """Asks for username and password and signs in through ``authenticate`` (access.login).

    A failed sign-in keeps the dialog open and says so; ``actor()`` is the signed-in actor.
    """

    def __init__(
        self,
        authenticate: CredentialsCall,
        database_name: str,
        *,
        username: str = "",
        demo_password: str | None = None,
        demo_usernames: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in – Coordination Console"))
        self.ok_button.setText(self.tr("Sign in"))
        self._authenticate = authenticate
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.database = _database_label(database_name)
        self.form.addRow(self.tr("Database:"), self.database)
        self.form.addRow(self.tr("&Username:"), self.username)
        self.form.addRow(self.tr("&Password:"), self.password)

        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.setVisible(False)
        if demo_password is not None:
            self.show_demo_hint(demo_password, demo_usernames)
        self._finish_layout([self.hint])
        (self.password if username else self.username).setFocus()

    def show_demo_hint(self, password: str, usernames: Sequence[str] = ()) -> None:
        """Say that the data are the demo's, with the demo accounts and their password (at
        once on ``--demo``; otherwise once the opening found demo data)."""
        text = UNBROKEN.format(
            html.escape(
                self.tr("Demo data: every demo account has the password {password}")
            ).format(password=f"<b>{html.escape(password)}</b>")
        )
        if usernames:
            text += html.escape(
                self.tr("Demo accounts: {usernames}").format(usernames=", ".join(usernames))
            )
        self.hint.setTextFormat(Qt.TextFormat.RichText)
        self.hint.setText(text)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint.setVisible(True)
        self._fit_height()

    def _submit(self) -> None:
        username = self.username.text().strip()
        if not username:
            self._problem(self.tr("Enter your username."), self.username)
            return
        if not self.password.text():
            self._problem(self.tr("Enter your password."), self.password)
            return
        self._start(self._authenticate, username, self.password.text(), self.tr("Signing in…"))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, LoginFailed):
            text = self.tr(
                "Wrong username or password, or the account is locked: after {attempts} failed "
                "attempts it stays locked for {minutes} minutes."
            ).format(
                attempts=MAX_FAILED_LOGINS,
                minutes=int(LOCKOUT.total_seconds() // 60),
            )
        else:
            text = self.tr("Cannot sign in: {reason}").format(reason=one_line(exc))
        self.password.clear()
        self._problem(text, self.password)


class FirstAdminDialog(_CredentialsDialog):
    """Creates the administrator account of a database without accounts through ``create``
    (accounts.create_first_admin); the administrator is then signed in: ``actor()``."""

    def __init__(
        self,
        create: CredentialsCall,
        database_name: str,
        *,
        username: str = "",
        parent: QWidget | None = None,
    ) -> None:
        # Shown once the database is open: the account rules have loaded on the worker by then.
        from console.services.access import accounts, passwords  # noqa: PLC0415

        super().__init__(parent)
        self.setWindowTitle(self.tr("Create the administrator – Coordination Console"))
        self.ok_button.setText(self.tr("Create account"))
        self._create = create
        intro = QLabel(
            self.tr(
                "This database has no accounts yet. Create the administrator account: "
                "it manages users and reads the audit log."
            )
        )
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.username.setMaxLength(accounts.USERNAME_MAX)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.repeat = QLineEdit()
        self.repeat.setObjectName("repeat")
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("At least {count} characters").format(count=passwords.MIN_LENGTH)
        )
        self.form.addRow(self.tr("Database:"), _database_label(database_name))
        self.form.addRow(self.tr("&Username:"), self.username)
        self.form.addRow(self.tr("&Password:"), self.password)
        self.form.addRow(self.tr("&Repeat password:"), self.repeat)
        self._finish_layout([intro])
        (self.password if username else self.username).setFocus()

    def _submit(self) -> None:
        from console.services.access import accounts, passwords  # noqa: PLC0415 - see __init__

        try:
            username = accounts.check_username(self.username.text())
        except accounts.AccountError:
            self._problem(
                self.tr(
                    "A username has {low} to {high} characters: letters, digits, dots, "
                    "hyphens or underscores."
                ).format(low=accounts.USERNAME_MIN, high=accounts.USERNAME_MAX),
                self.username,
            )
            return
        password = self.password.text()
        if len(password) < passwords.MIN_LENGTH:
            self._problem(
                self.tr("The password needs at least {count} characters.").format(
                    count=passwords.MIN_LENGTH
                ),
                self.password,
            )
            return
        if self.repeat.text() != password:
            self.repeat.clear()
            self._problem(
                self.tr("The two passwords differ: type the same password twice."), self.repeat
            )
            return
        self._start(self._create, username, password, self.tr("Creating the account…"))

    def _failed(self, exc: BaseException) -> None:
        from console.views.common.errors import error_text  # noqa: PLC0415 - see __init__

        self._problem(
            self.tr("The account was not created. {reason}").format(reason=error_text(exc)),
            self.username,
        )
