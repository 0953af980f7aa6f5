"""The idle lock: after a while without input the main window hides its data behind a page
that asks for the password of whoever is signed in."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDockWidget,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from console.services import access
from console.views.common.idle import MINUTE_MS, IdleWatcher
from console.views.common.runner import one_line
from console.views.common.section import ViewContext

PROBLEM_STYLE = "QLabel { color: #b3261e; }"
CARD_WIDTH = 440


class LockPage(QWidget):
    """Who is signed in, a password field, Unlock, and Quit.

    Unlock checks the password with ``access.reauthenticate`` through the runner: like a sign-in,
    a wrong password counts toward the lockout and is audited. The password is never kept: the
    field is cleared as soon as it is sent.
    """

    sig_unlocked = Signal()  # the password was right: show the data again
    sig_sign_out_requested = Signal()  # the person chose to sign out (someone else may sign in)

    def __init__(self, context: ViewContext, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._waiting = False
        self.failures = 0  # wrong passwords typed on this page since it last locked

        title = QLabel(self.tr("The console is locked"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        self.who = QLabel(
            self.tr("Signed in as {username} ({role})").format(
                username=context.actor.username, role=role
            )
        )
        self.who.setObjectName("who")
        self.who.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self._submit)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setObjectName("unlock")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        self.quit_button = QPushButton(self.tr("Sign &out"))
        self.quit_button.setObjectName("quit")
        self.quit_button.clicked.connect(self.sig_sign_out_requested)
        self._lay_out(title)

    def _lay_out(self, title: QLabel) -> None:
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setFixedWidth(CARD_WIDTH)
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 20, 24, 20)
        for widget in (title, self.who, self.explanation):
            inner.addWidget(widget)
        inner.addSpacing(8)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addSpacing(8)
        inner.addLayout(buttons)
        # Stretches rather than an alignment: a centred widget would lose the height its
        # wrapped message needs.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def reset(self, idle_minutes: int | None) -> None:
        """Ready for a new lock: empty field, no message; says why the window locked."""
        self._waiting = False
        self.failures = 0
        self.password.clear()
        self.password.setEnabled(True)
        self.unlock_button.setEnabled(True)
        self.message.clear()
        self.message.setVisible(False)
        if idle_minutes:
            text = self.tr(
                "The data are hidden after %n minute(s) without use. Type your password to go on.",
                "",
                idle_minutes,
            )
        else:
            text = self.tr("The data are hidden. Type your password to go on.")
        self.explanation.setText(text)
        self.password.setFocus()

    def _submit(self) -> None:
        if self._waiting:
            return
        password = self.password.text()
        if not password:
            self._problem(self.tr("Enter your password."))
            return
        self.password.clear()
        self._set_busy(True)
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Checking…"))
        self.message.setVisible(True)
        self._waiting = True
        self.context.run_service(
            access.reauthenticate,
            self.context.actor,
            password,
            owner=self,
            on_done=self._on_done,
            on_error=self._on_error,
        )

    def _on_done(self, _result: object) -> None:
        if not self._waiting:
            return
        self._waiting = False
        self._set_busy(False)
        self.message.setVisible(False)
        self.sig_unlocked.emit()

    def _on_error(self, exc: BaseException) -> None:
        if not self._waiting:
            return
        self._waiting = False
        self._set_busy(False)
        if not isinstance(exc, access.LoginFailed):
            self._problem(self.tr("Cannot unlock: {reason}").format(reason=one_line(exc)))
            return
        self.failures += 1
        minutes = int(access.LOCKOUT.total_seconds() // 60)
        if self.failures >= access.MAX_FAILED_LOGINS:
            text = self.tr(
                "Too many wrong passwords: the account is locked for {minutes} minutes. "
                "Try again later, or sign out."
            ).format(minutes=minutes)
        else:
            text = self.tr(
                "Wrong password, or the account is locked: after {attempts} failed attempts "
                "it stays locked for {minutes} minutes."
            ).format(attempts=access.MAX_FAILED_LOGINS, minutes=minutes)
        self._problem(text)

    def _problem(self, text: str) -> None:
        self.message.setStyleSheet(PROBLEM_STYLE)
        self.message.setText(text)
        self.message.setVisible(True)
        self.password.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.password.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
            self.password.setFocus()


class IdleLock(QObject):
    """Puts ``content`` and a :class:`LockPage` in the window's centre and switches between them.

    Locking (after the idle interval, or at once with :meth:`lock`) shows only the lock page:
    the sections are hidden, dock widgets too, every open dialog is closed (as cancelled: what
    it showed must not stay on screen) and the menu actions are disabled, except ``keep``.
    An actor without an account (``user_id`` None) has no password to type: never locked.
    """

    sig_locked = Signal(bool)  # True: the window now hides its data; False: it shows them again

    def __init__(
        self,
        window: QMainWindow,
        context: ViewContext,
        content: QWidget,
        role: str,
        *,
        interval_ms: int,
    ) -> None:
        super().__init__(window)
        self.main_window = window
        self.context = context
        self.content = content
        self.page = LockPage(context, role)
        self.page.setObjectName("lock_page")
        self.pages = QStackedWidget()
        self.pages.addWidget(content)
        self.pages.addWidget(self.page)
        window.setCentralWidget(self.pages)
        self.keep: set[QAction] = set()  # menu actions that stay usable while locked
        self._disabled: list[QAction] = []
        self._hidden_docks: list[QDockWidget] = []
        self.watcher = IdleWatcher(interval_ms if self.available else 0, self)
        self.watcher.sig_idle.connect(self._on_idle)
        self.page.sig_unlocked.connect(self.unlock)

    @property
    def available(self) -> bool:
        """Whether there is a password that can unlock (the actor has an account)."""
        return self.context.actor.user_id is not None

    def is_locked(self) -> bool:
        return self.pages.currentWidget() is self.page

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(max(0, minutes) * MINUTE_MS)

    def set_interval_ms(self, interval_ms: int) -> None:
        self.watcher.set_interval_ms(interval_ms if self.available else 0)

    def start(self) -> None:
        """Begin watching for idleness (the window calls it once shown)."""
        if not self.is_locked():
            self.watcher.start()

    def lock(self) -> None:
        """Hide the data now ("Lock now")."""
        self._lock(idle_minutes=None)

    def _on_idle(self) -> None:
        self._lock(idle_minutes=self.watcher.interval_ms // MINUTE_MS or None)

    def _lock(self, *, idle_minutes: int | None) -> None:
        if self.is_locked() or not self.available:
            return
        self.watcher.stop()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        self._hidden_docks = [
            dock for dock in self.main_window.findChildren(QDockWidget) if dock.isVisible()
        ]
        for dock in self._hidden_docks:
            dock.hide()
        self._disabled = [
            action
            for action in self._menu_actions()
            if action.isEnabled() and action not in self.keep
        ]
        for action in self._disabled:
            action.setEnabled(False)
        self.page.reset(idle_minutes)
        self.pages.setCurrentWidget(self.page)
        self.page.password.setFocus()
        self.sig_locked.emit(True)

    def unlock(self) -> None:
        if not self.is_locked():
            return
        self.pages.setCurrentWidget(self.content)
        for action in self._disabled:
            action.setEnabled(True)
        for dock in self._hidden_docks:
            dock.show()
        self._disabled, self._hidden_docks = [], []
        self.watcher.start()
        self.sig_locked.emit(False)

    def _menu_actions(self) -> list[QAction]:
        found = []
        for menu_action in self.main_window.menuBar().actions():
            menu = menu_action.menu()
            if menu is not None:
                found.extend(a for a in menu.actions() if not a.isSeparator())
        return found
