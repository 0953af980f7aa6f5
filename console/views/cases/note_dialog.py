"""Write a note for a case, or an amendment of one, for an audience chosen when writing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from console.models import Visibility
from console.services.cases.casework import MAX_NOTE_LENGTH, NoteRow
from console.views.common import labels
from console.views.common.submit_dialog import SubmitDialog

QUOTE_LENGTH = 300  # characters of the amended note shown above the amendment
QUOTE_STYLE = "QLabel { background: #f3f3f3; border-left: 3px solid #999; padding: 6px; }"


class NoteDialog(SubmitDialog):
    """The body and its audience; ``amending`` is the note being corrected (it stays as it
    is, marked amended). The audience starts at ``audience`` (the author's default)."""

    def __init__(
        self,
        case_title: str,
        audience: Visibility,
        parent: QWidget | None = None,
        *,
        amending: NoteRow | None = None,
        submit: Callable[[SubmitDialog], None] | None = None,
    ) -> None:
        super().__init__(parent, submit)
        self.amending = amending
        if amending is None:
            self.setWindowTitle(self.tr("Add a note — {case}").format(case=case_title))
        else:
            self.setWindowTitle(self.tr("Amend a note — {case}").format(case=case_title))
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setPlaceholderText(
            self.tr("What happened, what was agreed, what comes next. Facts, not judgements.")
        )
        self.audience = QComboBox()
        for visibility in Visibility:
            self.audience.addItem(labels.audience_label(visibility), visibility)
        self.audience.setCurrentIndex(self.audience.findData(audience))
        self.audience.setToolTip(self.tr("Who may read this note. It cannot be changed later."))
        layout = QVBoxLayout(self)
        if amending is not None:
            intro = QLabel(
                self.tr(
                    "The note of {author} stays as it is, marked amended; your amendment is "
                    "a new note linked to it."
                ).format(author=amending.author_name)
            )
            intro.setWordWrap(True)
            quote = QLabel(_shortened(amending.body))
            quote.setWordWrap(True)
            quote.setStyleSheet(QUOTE_STYLE)
            layout.addWidget(intro)
            layout.addWidget(quote)
        form = QFormLayout()
        form.addRow(self.tr("&Note:"), self.body)
        form.addRow(self.tr("&Audience:"), self.audience)
        layout.addLayout(form, 1)
        layout.addWidget(self.refused)
        layout.addWidget(self.buttons)
        self.body.textChanged.connect(self.show_problem)
        self.body.setFocus()
        self.resize(560, 380)
        self.show_problem()

    def text(self) -> str:
        return self.body.toPlainText().strip()

    def chosen_audience(self) -> Visibility:
        return Visibility(self.audience.currentData())

    def problem(self) -> str | None:
        if not self.text():
            return self.tr("Write the note first.")
        if len(self.text()) > MAX_NOTE_LENGTH:
            return self.tr("A note has at most {count} characters; this one has {length}.").format(
                count=MAX_NOTE_LENGTH, length=len(self.text())
            )
        return None


def _shortened(body: str) -> str:
    return body if len(body) <= QUOTE_LENGTH else body[: QUOTE_LENGTH - 1].rstrip() + "…"
