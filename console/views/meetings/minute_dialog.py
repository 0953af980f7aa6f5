"""Write a paragraph of the minutes, on an agenda item and for an audience, or an amendment of
one (for the same audience: the original stays as it was, marked amended)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from console.models import Visibility
from console.services.access import DEFAULT_AUDIENCE, Actor
from console.services.meetings.audience import belongs_to
from console.services.meetings.common import MAX_TEXT
from console.services.meetings.rows import AgendaItemRow, MinuteEntryRow
from console.views.common import labels
from console.views.common.submit_dialog import SubmitDialog
from console.views.meetings.models import agenda_title

QUOTE_LENGTH = 300  # characters of the amended paragraph shown above the amendment
QUOTE_STYLE = "QLabel { background: #f3f3f3; border-left: 3px solid #999; padding: 6px; }"


def writable_audiences(actor: Actor) -> list[Visibility]:
    """The audiences ``actor`` may write for: those they belong to, in their organization."""
    return [v for v in Visibility if belongs_to(actor, v, actor.organization_id)]


def default_audience(actor: Actor) -> Visibility:
    """The narrowest audience that fits the writer's role, as for case notes."""
    chosen = DEFAULT_AUDIENCE.get(actor.role, Visibility.SHARED)
    allowed = writable_audiences(actor)
    return chosen if chosen in allowed else (allowed[0] if allowed else Visibility.SHARED)


class MinuteDialog(SubmitDialog):
    """A new paragraph (``amending`` None) on one of ``items`` (``item_id`` first; None is the
    meeting as a whole), or the amendment of ``amending``."""

    def __init__(
        self,
        actor: Actor,
        items: Sequence[AgendaItemRow],
        parent: QWidget | None = None,
        *,
        item_id: int | None = None,
        amending: MinuteEntryRow | None = None,
        submit: Callable[[SubmitDialog], None] | None = None,
    ) -> None:
        super().__init__(parent, submit)
        self.amending = amending
        self.item = QComboBox()
        self.item.addItem(self.tr("The meeting as a whole"), None)
        for number, row in enumerate(items, 1):
            text = self.tr("{number}. {title}").format(number=number, title=agenda_title(row))
            self.item.addItem(text, row.id)
        chosen = amending.agenda_item_id if amending is not None else item_id
        self.item.setCurrentIndex(max(self.item.findData(chosen), 0))
        self.audience = QComboBox()
        audiences = [amending.audience] if amending is not None else writable_audiences(actor)
        for audience in audiences:
            self.audience.addItem(labels.audience_label(audience), audience)
        self.audience.setCurrentIndex(max(self.audience.findData(default_audience(actor)), 0))
        self.audience.setToolTip(
            self.tr("Who may read this paragraph, in the console and in the minutes handed out")
        )
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setPlaceholderText(
            self.tr("What was said and agreed. Facts, not judgements; no names of people met.")
        )
        layout = QVBoxLayout(self)
        if amending is None:
            self.setWindowTitle(self.tr("Add to the minutes"))
        else:
            self.setWindowTitle(self.tr("Amend a paragraph of the minutes"))
            self.item.setEnabled(False)
            self.audience.setEnabled(False)
            intro = QLabel(
                self.tr(
                    "The paragraph of {author} stays as it is, marked amended; your amendment is "
                    "a new paragraph for the same audience."
                ).format(author=amending.author_name)
            )
            intro.setWordWrap(True)
            quote = QLabel(_shortened(amending.body or ""))
            quote.setWordWrap(True)
            quote.setStyleSheet(QUOTE_STYLE)
            layout.addWidget(intro)
            layout.addWidget(quote)
        form = QFormLayout()
        form.addRow(self.tr("&Item:"), self.item)
        form.addRow(self.tr("&Text:"), self.body)
        form.addRow(self.tr("A&udience:"), self.audience)
        layout.addLayout(form, 1)
        layout.addWidget(self.refused)
        layout.addWidget(self.buttons)
        self.body.textChanged.connect(self.show_problem)
        self.body.setFocus()
        self.resize(600, 400)
        self.show_problem()

    def text(self) -> str:
        return self.body.toPlainText().strip()

    def item_id(self) -> int | None:
        return self.item.currentData()

    def chosen_audience(self) -> Visibility:
        return Visibility(self.audience.currentData())

    def problem(self) -> str | None:
        if not self.text():
            return self.tr("Write the paragraph first.")
        if len(self.text()) > MAX_TEXT:
            return self.tr(
                "A paragraph has at most {limit} characters; this one has {length}."
            ).format(limit=MAX_TEXT, length=len(self.text()))
        return None


def _shortened(body: str) -> str:
    return body if len(body) <= QUOTE_LENGTH else body[: QUOTE_LENGTH - 1].rstrip() + "…"
