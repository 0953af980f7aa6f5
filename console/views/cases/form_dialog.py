"""Small form dialogs of the Cases section: a form, the refused line, Save; the fields say
what is missing through ``problems`` and the service's refusal is shown on the same line."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from console.views.common.formatting import console_dates
from console.views.common.submit_dialog import SubmitDialog

Check = Callable[[], str | None]


class FormDialog(SubmitDialog):
    """Rows added with :meth:`add_row`; checks added with :meth:`check` run in order and the
    first problem found is shown (OK disabled)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        submit: Callable[[SubmitDialog], None] | None = None,
    ) -> None:
        super().__init__(parent, submit)
        self._checks: list[Check] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        self.form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.refused)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def add_row(self, label: str, field: QWidget | QHBoxLayout) -> None:
        self.form.addRow(label, field)

    def check(self, check: Check) -> None:
        self._checks.append(check)

    def problem(self) -> str | None:
        for check in self._checks:
            found = check()
            if found is not None:
                return found
        return None

    def ready(self) -> None:
        """Call once the fields are in place: shows the first problem, if any."""
        self.show_problem()


def text_box(placeholder: str, lines: int = 4) -> QPlainTextEdit:
    field = QPlainTextEdit()
    field.setTabChangesFocus(True)
    field.setPlaceholderText(placeholder)
    field.setFixedHeight(field.fontMetrics().lineSpacing() * (lines + 1))
    return field


def date_edit(day: date) -> QDateEdit:
    edit = console_dates(QDateEdit(QDate(day.year, day.month, day.day)))
    edit.setCalendarPopup(True)
    edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    return edit


class OptionalDate(QWidget):
    """A date that may be left out: a check box turns the date field on."""

    def __init__(self, text: str, day: date, checked: bool = False) -> None:
        super().__init__()
        self.enabled = QCheckBox(text)
        self.edit = date_edit(day)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)
        self.enabled.toggled.connect(self.edit.setEnabled)
        self.enabled.setChecked(checked)
        self.edit.setEnabled(checked)
        self.setFocusProxy(self.enabled)

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.enabled.isChecked() else None

    def set_value(self, day: date | None) -> None:
        self.enabled.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(QDate(day.year, day.month, day.day))
