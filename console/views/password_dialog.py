"""Change your own password: the current one, the new one twice; checked as you type."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from console.services import access
from console.services.access import accounts, passwords
from console.views.common.errors import error_text
from console.views.common.section import ViewContext
from console.views.common.validated_dialog import ValidatedDialog

MIN_WIDTH = 440


class PasswordDialog(ValidatedDialog):
    """OK runs ``accounts.change_password`` through the runner; the dialog closes when it
    succeeded and says on its refused line why it did not. Passwords are never kept after that.
    """

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._waiting = False
        self.setWindowTitle(self.tr("Change password"))
        self.setMinimumWidth(MIN_WIDTH)
        intro = QLabel(
            self.tr("Change the password of {username}.").format(username=context.actor.username)
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.current = self._field("current")
        self.new = self._field("new")
        self.new.setPlaceholderText(
            self.tr("At least {count} characters").format(count=passwords.MIN_LENGTH)
        )
        self.repeat = self._field("repeat")
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Current password:"), self.current)
        form.addRow(self.tr("&New password:"), self.new)
        form.addRow(self.tr("&Repeat the new password:"), self.repeat)
        self.ok.setText(self.tr("&Change password"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.refused)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.show_problem()
        self.current.setFocus()

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.textChanged.connect(self.show_problem)
        return field

    def problem(self) -> str | None:
        if not self.current.text():
            return self.tr("Type your current password.")
        new = self.new.text()
        if len(new) < passwords.MIN_LENGTH:
            return self.tr("The new password needs at least {count} characters.").format(
                count=passwords.MIN_LENGTH
            )
        if new == self.current.text():
            return self.tr("The new password must differ from the current one.")
        if not self.repeat.text():
            return self.tr("Type the new password again in the last field.")
        if self.repeat.text() != new:
            return self.tr("The two new passwords differ: type the same password twice.")
        return None

    def accept(self) -> None:
        if self._waiting or self.problem() is not None:
            return
        self._waiting = True
        self._set_busy(True)
        self.context.run_service(
            accounts.change_password,
            self.context.actor,
            self.current.text(),
            self.new.text(),
            owner=self,
            on_done=self._on_done,
            on_error=self._on_error,
        )

    def reject(self) -> None:
        self._waiting = False  # an answer still on its way is ignored
        self._clear()
        super().reject()

    def _on_done(self, _result: object) -> None:
        if not self._waiting:
            return
        self._waiting = False
        self._set_busy(False)
        self._clear()
        QDialog.accept(self)  # past ValidatedDialog.accept: the fields are empty by now

    def _on_error(self, exc: BaseException) -> None:
        if not self._waiting:
            return
        self._waiting = False
        self._set_busy(False)
        focus = self.new
        if isinstance(exc, access.LoginFailed):
            text = self.tr(
                "The current password is wrong, or the account is locked: after {attempts} "
                "failed attempts it stays locked for {minutes} minutes."
            ).format(
                attempts=access.MAX_FAILED_LOGINS,
                minutes=int(access.LOCKOUT.total_seconds() // 60),
            )
            self.current.clear()
            focus = self.current
        elif isinstance(exc, passwords.WeakPassword):
            text = self.tr("The new password was refused: it needs at least {count} characters.")
            text = text.format(count=passwords.MIN_LENGTH)
        else:
            text = self.tr("The password was not changed. {reason}").format(reason=error_text(exc))
        # After show_problem (called by the cleared field), so this line stays until the next edit.
        self.refused.setText(text)
        self.refused.setVisible(True)
        focus.setFocus()
        focus.selectAll()

    def _set_busy(self, busy: bool) -> None:
        for field in (self.current, self.new, self.repeat):
            field.setEnabled(not busy)
        self.ok.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _clear(self) -> None:
        for field in (self.current, self.new, self.repeat):
            field.blockSignals(True)
            field.clear()
            field.blockSignals(False)
