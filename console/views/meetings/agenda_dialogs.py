"""Agenda items by hand: add one about a zone, a case or other business; retitle and annotate
any item (proposed or not)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from console.models import AgendaKind
from console.services.cases.case_list import CaseRow
from console.services.meetings.agenda import FREE_KINDS, MAX_NOTES
from console.services.meetings.proposals import MAX_TITLE
from console.services.meetings.rows import AgendaItemRow
from console.services.planning.week import ZoneChoice
from console.views.common import labels
from console.views.common.submit_dialog import SubmitDialog
from console.views.meetings.models import agenda_about, agenda_why


class AddItemDialog(SubmitDialog):
    """A free item at the end of the agenda: its kind, the zone or case it is about, a title
    (the zone's or case's name until the person writes their own)."""

    def __init__(
        self,
        zones: Sequence[ZoneChoice],
        cases: Sequence[CaseRow],
        parent: QWidget | None = None,
        *,
        submit: Callable[[SubmitDialog], None] | None = None,
    ) -> None:
        super().__init__(parent, submit)
        self.setWindowTitle(self.tr("Add an agenda item"))
        self.kind = QComboBox()
        for kind in (AgendaKind.OTHER, AgendaKind.ZONE, AgendaKind.CASE):
            assert kind in FREE_KINDS
            self.kind.addItem(labels.agenda_kind_label(kind), kind)
        self.zone = QComboBox()
        for zone in zones:
            self.zone.addItem(zone.name, zone.id)
        self.case = QComboBox()
        for case in cases:
            self.case.addItem(case.title, case.id)
        self.title = QLineEdit()
        self.title.setMaxLength(MAX_TITLE)
        self.title.setPlaceholderText(self.tr("A few words that say what it is about"))
        self._suggested = ""  # the title filled in from the zone or case, until edited
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        self.zone_label = QLabel(self.tr("&Zone:"))
        self.zone_label.setBuddy(self.zone)
        form.addRow(self.zone_label, self.zone)
        self.case_label = QLabel(self.tr("&Case:"))
        self.case_label.setBuddy(self.case)
        form.addRow(self.case_label, self.case)
        form.addRow(self.tr("&Title:"), self.title)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.refused)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.zone.currentIndexChanged.connect(self._suggest)
        self.case.currentIndexChanged.connect(self._suggest)
        self.title.textChanged.connect(self.show_problem)
        self.resize(520, 240)
        self._kind_changed()
        self.title.setFocus()

    def chosen_kind(self) -> AgendaKind:
        return AgendaKind(self.kind.currentData())

    def zone_id(self) -> int | None:
        return self.zone.currentData() if self.chosen_kind() is AgendaKind.ZONE else None

    def case_id(self) -> int | None:
        return self.case.currentData() if self.chosen_kind() is AgendaKind.CASE else None

    def text(self) -> str:
        return self.title.text().strip()

    def _kind_changed(self, *_args: object) -> None:
        kind = self.chosen_kind()
        for widget in (self.zone, self.zone_label):
            widget.setVisible(kind is AgendaKind.ZONE)
        for widget in (self.case, self.case_label):
            widget.setVisible(kind is AgendaKind.CASE)
        self._suggest()

    def _suggest(self, *_args: object) -> None:
        """Fill the title with the zone's or case's name, unless the person wrote their own."""
        kind = self.chosen_kind()
        source = {AgendaKind.ZONE: self.zone, AgendaKind.CASE: self.case}.get(kind)
        suggestion = source.currentText() if source is not None else ""
        if self.title.text() in ("", self._suggested):
            self.title.setText(suggestion)
        self._suggested = suggestion
        self.show_problem()

    def problem(self) -> str | None:
        if self.chosen_kind() is AgendaKind.ZONE and self.zone_id() is None:
            return self.tr("Choose the zone the item is about.")
        if self.chosen_kind() is AgendaKind.CASE and self.case_id() is None:
            return self.tr("Choose the case the item is about.")
        if not self.text():
            return self.tr("Give the item a title.")
        return None


class EditItemDialog(SubmitDialog):
    """The title and the preparers' notes of an item (what it is about stays)."""

    def __init__(
        self,
        item: AgendaItemRow,
        parent: QWidget | None = None,
        *,
        submit: Callable[[SubmitDialog], None] | None = None,
    ) -> None:
        super().__init__(parent, submit)
        self.item = item
        self.setWindowTitle(self.tr("Edit the agenda item"))
        self.title = QLineEdit(item.title)
        self.title.setMaxLength(MAX_TITLE)
        self.notes = QPlainTextEdit(item.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(
            self.tr("What the partners should know or bring. No names of people met.")
        )
        about = QLabel(
            self.tr("{about} · {why}").format(about=agenda_about(item), why=agenda_why(item))
        )
        about.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("About:"), about)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Notes:"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.refused)
        layout.addWidget(self.buttons)
        self.title.textChanged.connect(self.show_problem)
        self.notes.textChanged.connect(self.show_problem)
        self.resize(560, 340)
        self.title.setFocus()
        self.show_problem()

    def text(self) -> str:
        return self.title.text().strip()

    def notes_text(self) -> str:
        return self.notes.toPlainText().strip()

    def problem(self) -> str | None:
        if not self.text():
            return self.tr("Give the item a title.")
        if len(self.notes_text()) > MAX_NOTES:
            return self.tr(
                "The notes have at most {limit} characters; these have {length}."
            ).format(limit=MAX_NOTES, length=len(self.notes_text()))
        return None
