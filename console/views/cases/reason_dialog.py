"""Why the notes of a case are read: asked once per case in a session, recorded in the audit."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from console.views.cases import texts
from console.views.common.validated_dialog import ValidatedDialog

MAX_REASON = 200


class ReasonDialog(ValidatedDialog):
    """Quick choices ("follow-up", ...) or free text; :meth:`reason` is what gets audited."""

    def __init__(self, case_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Why are you reading these notes?"))
        intro = QLabel(
            self.tr(
                "Reading the notes of <b>{case}</b> is recorded with your name and the reason. "
                "You are asked once per case until you sign out."
            ).format(case=html.escape(case_title))
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.choices = QButtonGroup(self)
        choices_layout = QVBoxLayout()
        for number, text in enumerate(texts.reading_reasons(), start=1):
            button = QRadioButton(f"&{number} {text}")
            button.setProperty("reason", text)
            self.choices.addButton(button)
            choices_layout.addWidget(button)
        self.other = QRadioButton(self.tr("&Other:"))
        self.choices.addButton(self.other)
        self.free_text = QLineEdit()
        self.free_text.setMaxLength(MAX_REASON)
        self.free_text.setPlaceholderText(self.tr("In a few words"))
        form = QFormLayout()
        form.addRow(self.other, self.free_text)
        self.ok.setText(self.tr("&Show notes"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(choices_layout)
        layout.addLayout(form)
        layout.addWidget(self.refused)
        layout.addWidget(self.buttons)
        self.choices.buttonToggled.connect(lambda *_a: self.show_problem())
        self.free_text.textEdited.connect(self._typed)
        self.choices.buttons()[0].setFocus()
        self.setMinimumWidth(440)
        self.show_problem()

    def _typed(self, _text: str) -> None:
        self.other.setChecked(True)
        self.show_problem()

    def reason(self) -> str:
        chosen = self.choices.checkedButton()
        if chosen is None:
            return ""
        if chosen is self.other:
            return " ".join(self.free_text.text().split())
        return str(chosen.property("reason"))

    def choose(self, text: str) -> None:
        """Pick a quick choice by its text, or type ``text`` as another reason."""
        for button in self.choices.buttons():
            if button.property("reason") == text:
                button.setChecked(True)
                return
        self.other.setChecked(True)
        self.free_text.setText(text)
        self.show_problem()

    def problem(self) -> str | None:
        if self.choices.checkedButton() is None:
            return self.tr("Choose a reason, or type your own.")
        if not self.reason():
            return self.tr("Type the reason in a few words.")
        return None
