"""The dialogs of the Accounts section: a new account, an account's role and person, a new
password (generated, or typed twice), and the generated password shown once to hand over."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from console.models import Role
from console.services.access import accounts, passwords
from console.services.access.account_list import AccountRow, PersonChoice
from console.views.cases.form_dialog import FormDialog
from console.views.common.labels import role_label
from console.views.common.submit_dialog import SubmitDialog

Submit = Callable[[SubmitDialog], None]
MIN_WIDTH = 480


@dataclass(frozen=True)
class NewAccount:
    username: str
    role: Role
    person_id: int | None
    password: str
    generated: bool  # the console made the password up: show it once


def role_combo(chosen: Role) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("account_role")
    for role in Role:
        combo.addItem(role_label(role), role)
    combo.setCurrentIndex(combo.findData(chosen))
    return combo


def person_combo(people: Sequence[PersonChoice], username: str) -> QComboBox:
    """Nobody first, then the people without an account (or with the account ``username``)."""
    combo = QComboBox()
    combo.setObjectName("account_person")
    combo.addItem(QCoreApplication.translate("AccountDialogs", "— nobody —"), None)
    for person in people:
        if person.username is not None and person.username != username:
            continue
        combo.addItem(
            f"{person.full_name} — {person.organization} ({role_label(person.role)})", person.id
        )
    return combo


class PasswordChoice(QWidget):
    """ "Generate one" (the default: shown once after saving) or "Type it" twice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.generate = QRadioButton(self.tr("&Generate a password to hand over (shown once)"))
        self.generate.setObjectName("generate_password")
        self.typed = QRadioButton(self.tr("T&ype a password"))
        self.typed.setObjectName("type_password")
        group = QButtonGroup(self)
        group.addButton(self.generate)
        group.addButton(self.typed)
        self.generate.setChecked(True)
        self.first = self._field("password", self.tr("At least {count} characters"))
        self.second = self._field("password_again", self.tr("The same password again"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.generate)
        layout.addWidget(self.typed)
        fields = QHBoxLayout()
        fields.setContentsMargins(20, 0, 0, 0)
        fields.addWidget(self.first)
        fields.addWidget(self.second)
        layout.addLayout(fields)
        self.typed.toggled.connect(self._mode_changed)
        self._mode_changed(False)

    def _field(self, name: str, placeholder: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setPlaceholderText(placeholder.format(count=passwords.MIN_LENGTH))
        return field

    def _mode_changed(self, typed: bool) -> None:
        for field in (self.first, self.second):
            field.setEnabled(typed)
        if typed:
            self.first.setFocus()

    def connect_changes(self, slot: Callable[[], None]) -> None:
        self.typed.toggled.connect(slot)
        self.first.textChanged.connect(slot)
        self.second.textChanged.connect(slot)

    def problem(self) -> str | None:
        if not self.typed.isChecked():
            return None
        if len(self.first.text()) < passwords.MIN_LENGTH:
            return self.tr("The password needs at least {count} characters.").format(
                count=passwords.MIN_LENGTH
            )
        if self.second.text() != self.first.text():
            return self.tr("Type the same password in both fields.")
        return None

    def value(self) -> tuple[str, bool]:
        """The password to set, and whether it was generated (and must be shown once)."""
        if self.typed.isChecked():
            return self.first.text(), False
        return passwords.generate_password(), True

    def clear(self) -> None:
        for field in (self.first, self.second):
            field.blockSignals(True)
            field.clear()
            field.blockSignals(False)


class NewAccountDialog(FormDialog):
    """Username, role, person (the role follows the person until chosen), password."""

    def __init__(
        self, people: Sequence[PersonChoice], parent: QWidget | None = None, *, submit: Submit
    ) -> None:
        super().__init__(parent, submit=submit)
        self.setWindowTitle(self.tr("New account"))
        self.setMinimumWidth(MIN_WIDTH)
        self._people = {person.id: person for person in people}
        self._role_chosen = False
        self.username = QLineEdit()
        self.username.setObjectName("account_username")
        self.username.setMaxLength(accounts.USERNAME_MAX)
        self.username.setPlaceholderText(self.tr("for example: g.ferrari"))
        self.person = person_combo(people, "")
        self.role = role_combo(Role.EDUCATOR)
        self.password = PasswordChoice()
        self.add_row(self.tr("&Username:"), self.username)
        self.add_row(self.tr("&Person:"), self.person)
        self.add_row(self.tr("&Role:"), self.role)
        self.add_row(self.tr("Pass&word:"), self.password)
        self.ok.setText(self.tr("&Create account"))
        self.check(self._username_problem)
        self.check(self.password.problem)
        self.username.textChanged.connect(self.show_problem)
        self.password.connect_changes(self.show_problem)
        self.person.currentIndexChanged.connect(self._person_chosen)
        self.role.activated.connect(self._role_activated)
        self.ready()
        self.username.setFocus()

    def _username_problem(self) -> str | None:
        try:
            accounts.check_username(self.username.text())
        except accounts.AccountError:
            return self.tr(
                "A username has {low} to {high} characters: letters, digits, dots, hyphens or "
                "underscores."
            ).format(low=accounts.USERNAME_MIN, high=accounts.USERNAME_MAX)
        return None

    def _role_activated(self, _index: int) -> None:
        self._role_chosen = True

    def _person_chosen(self, _index: int) -> None:
        person = self._people.get(self.person.currentData())
        if person is not None and not self._role_chosen:
            self.role.setCurrentIndex(self.role.findData(person.role))

    def value(self) -> NewAccount:
        password, generated = self.password.value()
        return NewAccount(
            username=self.username.text().strip(),
            role=Role(self.role.currentData()),
            person_id=self.person.currentData(),
            password=password,
            generated=generated,
        )

    def done(self, result: int) -> None:
        self.password.clear()  # a typed password does not outlive the dialog
        super().done(result)


class EditAccountDialog(FormDialog):
    """An account's role and the person it belongs to."""

    def __init__(
        self,
        row: AccountRow,
        people: Sequence[PersonChoice],
        parent: QWidget | None = None,
        *,
        submit: Submit,
    ) -> None:
        super().__init__(parent, submit=submit)
        self.row = row
        self.setWindowTitle(self.tr("Account “{username}”").format(username=row.username))
        self.setMinimumWidth(MIN_WIDTH)
        self.set_intro(
            self.tr(
                "A new role or person takes effect at the account's next sign-in; the account "
                "takes the organization of its person."
            )
        )
        self.person = person_combo(people, row.username)
        self.person.setCurrentIndex(max(self.person.findData(row.person_id), 0))
        self.role = role_combo(row.role)
        self.add_row(self.tr("&Person:"), self.person)
        self.add_row(self.tr("&Role:"), self.role)
        self.check(self._unchanged)
        self.person.currentIndexChanged.connect(self.show_problem)
        self.role.currentIndexChanged.connect(self.show_problem)
        self.ready()
        self.role.setFocus()

    def _unchanged(self) -> str | None:
        role, person_id = self.value()
        if role is self.row.role and person_id == self.row.person_id:
            return self.tr("Choose another role or person, or Cancel.")
        return None

    def value(self) -> tuple[Role, int | None]:
        return Role(self.role.currentData()), self.person.currentData()


class ResetPasswordDialog(FormDialog):
    """A new password for someone else's account: generated, or typed twice."""

    def __init__(self, row: AccountRow, parent: QWidget | None = None, *, submit: Submit) -> None:
        super().__init__(parent, submit=submit)
        self.row = row
        self.setWindowTitle(self.tr("Reset password"))
        self.setMinimumWidth(MIN_WIDTH)
        self.set_intro(
            self.tr(
                "A new password for “{username}”. The old one stops working at once, and a "
                "lockout is lifted."
            ).format(username=row.username)
        )
        self.password = PasswordChoice()
        self.add_row(self.tr("New pass&word:"), self.password)
        self.ok.setText(self.tr("&Reset password"))
        self.check(self.password.problem)
        self.password.connect_changes(self.show_problem)
        self.ready()

    def value(self) -> tuple[str, bool]:
        return self.password.value()

    def done(self, result: int) -> None:
        self.password.clear()
        super().done(result)


class PasswordShownDialog(QDialog):
    """The generated password, once: selectable, with a Copy button; and what to do with it."""

    def __init__(
        self, username: str, password: str, holder: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New password"))
        self.setMinimumWidth(MIN_WIDTH)
        if holder:
            text = self.tr(
                "The new password of “{username}” is below, shown only now. Hand it over to "
                "{name} in person, and ask them to choose their own at the first sign-in "
                "(File ▸ Change password)."
            ).format(username=username, name=holder)
        else:
            text = self.tr(
                "The new password of “{username}” is below, shown only now. Hand it over in "
                "person, and ask for a password of one's own at the first sign-in "
                "(File ▸ Change password)."
            ).format(username=username)
        intro = QLabel(text)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.field = QLineEdit(password)
        self.field.setObjectName("shown_password")
        self.field.setReadOnly(True)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.field.setFont(font)
        self.copy = QPushButton(self.tr("&Copy"))
        self.copy.setObjectName("copy_password")
        self.copy.clicked.connect(self.copy_password)
        self.copied = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)
        self.field.selectAll()
        self.field.setFocus()

    def copy_password(self) -> None:
        QGuiApplication.clipboard().setText(self.field.text())
        self.copied.setText(self.tr("Copied. Paste it only where the person will read it."))

    def done(self, result: int) -> None:
        self.field.clear()  # the password is not kept once the dialog is closed
        super().done(result)
