"""A person's recurring availability, edited beside their absences: the weekdays (or hours)
they can never be planned, and the days they would rather work. Proposals of the week respect
the first and try for the second. The box asks with signals; the section writes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from console.models import AvailabilityKind
from console.services.roster import AvailabilityDraft, AvailabilityRow
from console.views.common import formatting
from console.views.common.validated_dialog import ValidatedDialog

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
MIDNIGHT = time(0, 0)


def kind_label(kind: AvailabilityKind) -> str:
    if kind is AvailabilityKind.UNAVAILABLE:
        return QCoreApplication.translate("AvailabilityBox", "Unavailable")
    return QCoreApplication.translate("AvailabilityBox", "Preferred day")


def availability_text(row: AvailabilityRow | AvailabilityDraft) -> str:
    """ "Saturday 18:00–24:00 · Unavailable", "Tuesday · Preferred day"."""
    day = QLocale().dayName(row.weekday + 1, QLocale.FormatType.LongFormat)
    if row.starts is not None and row.ends is not None:
        end = "24:00" if row.ends == MIDNIGHT else formatting.format_time(row.ends)
        day = f"{day} {formatting.format_time(row.starts)}–{end}"
    else:
        day = QCoreApplication.translate("AvailabilityBox", "{day}, all day").format(day=day)
    return f"{day} · {kind_label(row.kind)}"


class AvailabilityEditor(ValidatedDialog):
    """One recurring availability: a weekday, all day or between two times."""

    def __init__(self, initial: AvailabilityRow | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Edit weekly availability") if initial else self.tr("New weekly availability")
        )
        self.kind = QComboBox()
        for kind in AvailabilityKind:
            self.kind.addItem(kind_label(kind), kind)
        self.weekday = QComboBox()
        for day in range(7):
            self.weekday.addItem(QLocale().dayName(day + 1, QLocale.FormatType.LongFormat), day)
        self.all_day = QCheckBox(self.tr("&All day"))
        self.starts, self.ends = QTimeEdit(), QTimeEdit()
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat("HH:mm")
        times = QHBoxLayout()
        times.addWidget(self.starts)
        times.addWidget(QLabel("–"))
        times.addWidget(self.ends)
        note = QLabel(self.tr("An end at 00:00 means until midnight."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&What:"), self.kind)
        form.addRow(self.tr("&Day:"), self.weekday)
        form.addRow("", self.all_day)
        form.addRow(self.tr("Hours:"), times)
        form.addRow("", note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.refused)
        layout.addWidget(self.buttons)
        if initial is None:
            self.all_day.setChecked(True)
            self.starts.setTime(QTime(18, 0))
            self.ends.setTime(QTime(0, 0))
        else:
            self.kind.setCurrentIndex(max(self.kind.findData(initial.kind), 0))
            self.weekday.setCurrentIndex(initial.weekday)
            self.all_day.setChecked(initial.starts is None)
            if initial.starts is not None and initial.ends is not None:
                self.starts.setTime(QTime(initial.starts.hour, initial.starts.minute))
                self.ends.setTime(QTime(initial.ends.hour, initial.ends.minute))
        self.all_day.toggled.connect(self._edited)
        self.starts.timeChanged.connect(self._edited)
        self.ends.timeChanged.connect(self._edited)
        self._edited()

    def _edited(self, *_args: object) -> None:
        for edit in (self.starts, self.ends):
            edit.setEnabled(not self.all_day.isChecked())
        self.show_problem()

    def problem(self) -> str | None:
        if self.all_day.isChecked():
            return None
        start = self.starts.time().hour() * 60 + self.starts.time().minute()
        end = self.ends.time().hour() * 60 + self.ends.time().minute() or 24 * 60
        if end <= start:
            return self.tr(
                "The hours must end after they start on the same day (00:00 for midnight). "
                "For a night, add one line for each day."
            )
        return None

    def draft(self) -> AvailabilityDraft:
        if self.all_day.isChecked():
            starts = ends = None
        else:
            starts = time(self.starts.time().hour(), self.starts.time().minute())
            ends = time(self.ends.time().hour(), self.ends.time().minute())
        return AvailabilityDraft(
            kind=AvailabilityKind(self.kind.currentData()),
            weekday=int(self.weekday.currentData()),
            starts=starts,
            ends=ends,
        )


class AvailabilityBox(QWidget):
    """The chosen person's weekly availability, with Add, Edit and Remove."""

    sig_add_requested = Signal(int, object)  # (person id, AvailabilityDraft)
    sig_update_requested = Signal(int, object, int)  # (availability id, draft, version)
    sig_remove_requested = Signal(int, int)  # (availability id, version)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person_id: int | None = None
        self.editable = True
        title = QLabel(self.tr("Every week (for proposals of the week)"))
        title.setStyleSheet("font-weight: 600;")
        self.listing = QListWidget()
        self.listing.setAccessibleName(self.tr("Weekly availability"))
        self.listing.itemActivated.connect(lambda _item: self.edit_selected())
        self.listing.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.add_button = QPushButton(self.tr("Add &day…"))
        self.edit_button = QPushButton(self.tr("C&hange day…"))
        self.remove_button = QPushButton(self.tr("Remove da&y…"))
        self.add_button.clicked.connect(self.add_new)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.listing, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def set_person(self, person_id: int | None) -> None:
        self.person_id = person_id
        self.listing.clear()
        self._update_buttons()

    def set_rows(self, person_id: int, rows: Sequence[AvailabilityRow]) -> None:
        """Show ``rows`` if ``person_id`` is still the chosen person."""
        if person_id != self.person_id:
            return
        self.listing.clear()
        for row in rows:
            item = QListWidgetItem(availability_text(row))
            item.setData(ROW_ROLE, row)
            self.listing.addItem(item)
        if not rows:
            empty = QListWidgetItem(self.tr("Available every day."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.listing.addItem(empty)
        self._update_buttons()

    def set_editable(self, editable: bool) -> None:
        self.editable = editable
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setVisible(editable)
        self._update_buttons()

    def selected(self) -> AvailabilityRow | None:
        item = self.listing.currentItem()
        return item.data(ROW_ROLE) if item is not None else None

    def editor(self, initial: AvailabilityRow | None) -> AvailabilityEditor:
        """The editor of one line (a method, so tests can fill it)."""
        return AvailabilityEditor(initial, self)

    def _edit(self, initial: AvailabilityRow | None) -> AvailabilityDraft | None:
        dialog = self.editor(initial)
        accepted = dialog.exec() == AvailabilityEditor.DialogCode.Accepted
        draft = dialog.draft() if accepted else None
        dialog.deleteLater()
        return draft

    def add_new(self) -> None:
        if self.person_id is None or not self.editable:
            return
        person_id = self.person_id
        draft = self._edit(None)
        if draft is not None:
            self.sig_add_requested.emit(person_id, draft)

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None or not self.editable:
            return
        draft = self._edit(row)
        if draft is not None:
            self.sig_update_requested.emit(row.id, draft, row.version_id)

    def remove_selected(self) -> None:
        row = self.selected()
        if row is None or not self.editable:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove weekly availability"),
            self.tr("Remove “{line}” for {name}?").format(
                line=availability_text(row), name=row.person_name
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.sig_remove_requested.emit(row.id, row.version_id)

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.editable and self.person_id is not None)
        chosen = self.selected() is not None
        self.edit_button.setEnabled(self.editable and chosen)
        self.remove_button.setEnabled(self.editable and chosen)
