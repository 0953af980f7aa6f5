"""The confidentiality statement read at the start of a coordination meeting: the one written in
the Settings, or the console's standard statement in the interface language; and the Settings
dialog's "Meetings" group that edits it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from console.config import CONFIDENTIALITY, Settings
from console.services.meetings.attendance import MAX_STATEMENT

CONTEXT = "Confidentiality"
STANDARD = QT_TRANSLATE_NOOP(
    "Confidentiality",
    "What is said at this meeting stays at this meeting. Information about people is shared "
    "only to protect them and to coordinate our work, within what each agency may know, and "
    "it is not passed on outside the meeting without a legal basis. Minutes carry no personal "
    "data.",
)
STATEMENT_LINES = 4  # the field's height, in lines of text


def standard_statement() -> str:
    """The console's own statement, in the interface language."""
    return QCoreApplication.translate(CONTEXT, STANDARD)


def confidentiality_statement(settings: Settings) -> str:
    """The statement the attendees acknowledge: the Settings' own, else the standard one."""
    own = settings.value(CONFIDENTIALITY).strip()
    return own or standard_statement()


class ConfidentialityGroup(QGroupBox):
    """Loads, checks and saves the statement for the Settings dialog; left empty, the
    standard statement is used (and follows the interface language)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Coordination meetings"), parent)
        self.statement = QPlainTextEdit()
        self.statement.setObjectName("confidentiality")
        self.statement.setTabChangesFocus(True)
        self.statement.setPlaceholderText(standard_statement())
        self.statement.setAccessibleName(self.tr("Confidentiality statement"))
        line = self.statement.fontMetrics().lineSpacing()
        self.statement.setFixedHeight(line * STATEMENT_LINES + 12)
        label = QLabel(self.tr("&Confidentiality statement, acknowledged by each attendee:"))
        label.setBuddy(self.statement)
        label.setWordWrap(True)
        hint = QLabel(self.tr("Leave it empty to use the standard statement shown in grey."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666666;")
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.statement)
        layout.addWidget(hint)

    def text(self) -> str:
        return self.statement.toPlainText().strip()

    def load(self, settings: Settings) -> None:
        self.statement.setPlainText(settings.value(CONFIDENTIALITY))

    def problem(self) -> str | None:
        if len(self.text()) > MAX_STATEMENT:
            return self.tr(
                "The confidentiality statement has at most {limit} characters; this one has "
                "{length}."
            ).format(limit=MAX_STATEMENT, length=len(self.text()))
        return None

    def save(self, settings: Settings) -> list[str]:
        """Store the statement (assumed valid); the names of the settings that changed."""
        if self.text() == settings.value(CONFIDENTIALITY).strip():
            return []
        settings.set_value(CONFIDENTIALITY, self.text())
        return [CONFIDENTIALITY.name]
