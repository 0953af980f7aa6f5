"""Absences of people: a searchable list of people, each one's absences, and a small editor."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeySequence,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from console.models import AbsenceKind
from console.services.planning.week import AbsenceRow, PersonLoad
from console.views.calendar import messages
from console.views.calendar.availability_box import AvailabilityBox
from console.views.common import formatting, labels
from console.views.common.formatting import console_dates
from console.views.common.people_picker import PersonList
from console.views.common.validated_dialog import ValidatedDialog

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the AbsenceRow behind a table row
COL_KIND, COL_FROM, COL_TO, COL_NOTE = range(4)
MIDNIGHT = time(0, 0)


@dataclass(frozen=True)
class AbsenceValues:
    kind: AbsenceKind
    starts_at: datetime  # aware, in the editor's zone
    ends_at: datetime
    note: str | None  # None when left empty


def whole_days(row: AbsenceRow, tz: ZoneInfo) -> bool:
    """True when the absence runs from a local midnight to a local midnight."""
    return (
        row.starts_at.astimezone(tz).time() == MIDNIGHT
        and row.ends_at.astimezone(tz).time() == MIDNIGHT
    )


class AbsenceEditor(ValidatedDialog):
    """Add or change one absence: whole days by default, or a part of a day with times."""

    def __init__(
        self,
        tz: ZoneInfo = messages.DEFAULT_TZ,
        initial: AbsenceRow | None = None,
        parent: QWidget | None = None,
        *,
        person_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.tz = tz
        self.absence = initial  # the absence being changed, None for a new one
        if initial is None:
            title = self.tr("New absence of {name}") if person_name else self.tr("New absence")
        else:
            title = self.tr("Edit absence of {name}") if person_name else self.tr("Edit absence")
        self.setWindowTitle(title.format(name=person_name))

        self.kind = QComboBox()
        for kind in AbsenceKind:
            self.kind.addItem(labels.absence_kind_label(kind), kind)
        self.partial = QCheckBox(self.tr("&Part of a day (with times)"))
        date_format = f"ddd {QLocale().dateFormat(QLocale.FormatType.ShortFormat)}"
        self.from_date, self.to_date = console_dates(QDateEdit()), console_dates(QDateEdit())
        self.from_time, self.to_time = QTimeEdit(), QTimeEdit()
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            edit.setDisplayFormat(date_format)
        for edit in (self.from_time, self.to_time):
            edit.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4)
        self.note.setPlaceholderText(self.tr("Optional; seen only by who manages absences"))

        self._lay_out()

        self._load(initial)
        for signal in (
            self.partial.toggled,
            self.from_date.dateChanged,
            self.to_date.dateChanged,
            self.from_time.timeChanged,
            self.to_time.timeChanged,
        ):
            signal.connect(self._edited)
        self._edited()

    def _lay_out(self) -> None:
        from_row, to_row = QHBoxLayout(), QHBoxLayout()
        from_row.addWidget(self.from_date, 1)
        from_row.addWidget(self.from_time)
        to_row.addWidget(self.to_date, 1)
        to_row.addWidget(self.to_time)
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow("", self.partial)
        from_label, to_label = QLabel(self.tr("&From:")), QLabel(self.tr("&To:"))
        from_label.setBuddy(self.from_date)
        to_label.setBuddy(self.to_date)
        form.addRow(from_label, from_row)
        form.addRow(to_label, to_row)
        form.addRow(self.tr("&Note:"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.refused)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _load(self, initial: AbsenceRow | None) -> None:
        if initial is None:
            today = datetime.now(self.tz).date()
            first, last, start, end, partial = today, today, time(9, 0), time(13, 0), False
        else:
            self.kind.setCurrentIndex(self.kind.findData(AbsenceKind(initial.kind)))
            self.note.setPlainText(initial.note or "")
            local_start = initial.starts_at.astimezone(self.tz)
            local_end = initial.ends_at.astimezone(self.tz)
            partial = not whole_days(initial, self.tz)
            first, start = local_start.date(), local_start.time()
            last, end = local_end.date(), local_end.time()
            if not partial:  # shown as the last day absent, not the midnight after it
                last -= timedelta(days=1)
                start, end = time(9, 0), time(13, 0)
        self.partial.setChecked(partial)
        self.from_date.setDate(QDate(first.year, first.month, first.day))
        self.to_date.setDate(QDate(last.year, last.month, last.day))
        self.from_time.setTime(QTime(start.hour, start.minute))
        self.to_time.setTime(QTime(end.hour, end.minute))

    def values(self) -> AbsenceValues:
        first: date = self.from_date.date().toPython()
        last: date = self.to_date.date().toPython()
        if self.partial.isChecked():
            starts_at = datetime.combine(first, self.from_time.time().toPython(), self.tz)
            ends_at = datetime.combine(last, self.to_time.time().toPython(), self.tz)
        else:
            starts_at = datetime.combine(first, MIDNIGHT, self.tz)
            ends_at = datetime.combine(last + timedelta(days=1), MIDNIGHT, self.tz)
        note = self.note.toPlainText().strip() or None
        return AbsenceValues(AbsenceKind(self.kind.currentData()), starts_at, ends_at, note)

    def problem(self) -> str | None:
        """Why the absence cannot be saved, in words for the person; None when it can."""
        values = self.values()
        if values.ends_at.astimezone(UTC) > values.starts_at.astimezone(UTC):
            return None
        if self.partial.isChecked():
            return self.tr("The absence must end after it starts: choose a later “To” day or time.")
        return self.tr(
            "The absence ends before it starts: choose a “To” day on or after the “From” day."
        )

    def _edited(self, *_args: object) -> None:
        partial = self.partial.isChecked()
        self.from_time.setEnabled(partial)
        self.to_time.setEnabled(partial)
        self.show_problem()


class AbsencesDialog(QDialog):
    """Browse people and edit their absences. It writes nothing: it asks its owner through
    signals, and the owner feeds it with :meth:`set_people` and :meth:`set_absences`."""

    sig_person_selected = Signal(int)  # person id chosen; answer with set_absences(id, rows)
    sig_add_requested = Signal(int, object, object, object, object)
    # ^ person id, AbsenceKind, starts_at, ends_at (aware datetimes), note (str | None)
    sig_update_requested = Signal(int, object, object, object, object, int)
    # ^ absence id, AbsenceKind, starts_at, ends_at, note, expected version_id
    sig_remove_requested = Signal(int, int)  # absence id, expected version_id

    def __init__(
        self,
        tz: ZoneInfo = messages.DEFAULT_TZ,
        parent: QWidget | None = None,
        *,
        editable: bool = True,
    ) -> None:
        super().__init__(parent)
        self.tz = tz
        self.editor: AbsenceEditor | None = None  # the editor open now, if any
        self._names: dict[int, str] = {}
        self._person_id: int | None = None
        self._editable = editable
        self.setWindowTitle(self.tr("Absences"))

        self.people = PersonList()
        self.people.sig_person_selected.connect(self._person_changed)
        self.heading = QLabel(self.tr("Choose a person on the left."))
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.rows = QStandardItemModel(0, 4, self)
        self.rows.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("From"), self.tr("To"), self.tr("Note")]
        )
        self.table = QTableView()
        self.table.setModel(self.rows)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (COL_KIND, COL_FROM, COL_TO):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self.edit_selected)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        remove_action = QAction(self.tr("Remove"), self.table)
        remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove_action.triggered.connect(self.remove_selected)
        self.table.addAction(remove_action)

        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.add_button.clicked.connect(self.add_new)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setAutoDefault(False)
        #: The person's weekly availability, edited with their absences (the owner feeds it).
        self.availability = AvailabilityBox()
        self._lay_out(close)
        self.set_editable(editable)

    def _lay_out(self, close: QDialogButtonBox) -> None:
        left = QVBoxLayout()
        people_label = QLabel(self.tr("&People:"))
        people_label.setBuddy(self.people.search)
        left.addWidget(people_label)
        left.addWidget(self.people, 1)
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            actions.addWidget(button)
        actions.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.table, 1)
        right.addLayout(actions)
        right.addWidget(self.availability, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(close)
        self.resize(860, 600)

    # -- feeding ---------------------------------------------------------------------------

    def set_people(self, people: Sequence[PersonLoad], selected_id: int | None = None) -> None:
        """The people to list, grouped by organization in the given order."""
        self._names = {p.id: p.full_name for p in people}
        self.people.set_people(people)
        if selected_id is not None:
            self.people.select_person(selected_id)

    def set_absences(self, person_id: int, rows: Sequence[AbsenceRow]) -> None:
        """Show ``rows`` if ``person_id`` is still the chosen person (older answers are
        dropped)."""
        if person_id != self._person_id:
            return
        self.rows.removeRows(0, self.rows.rowCount())
        for row in rows:
            self.rows.appendRow(self._row_items(row))
        name = self._names.get(person_id, "")
        if rows:
            self.heading.setText(name)
        else:
            self.heading.setText(self.tr("{name}: no absences recorded.").format(name=name))
        self._update_buttons()

    def set_editable(self, editable: bool) -> None:
        """Hide the buttons for those who may only look."""
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setVisible(editable)
        self._editable = editable
        self.availability.set_editable(editable)
        self._update_buttons()

    def select_person(self, person_id: int) -> None:
        self.people.select_person(person_id)

    def current_person_id(self) -> int | None:
        return self._person_id

    def selected_absence(self) -> AbsenceRow | None:
        selected = self.table.selectionModel().selectedRows()
        return selected[0].data(ROW_ROLE) if selected else None

    # -- actions ---------------------------------------------------------------------------

    def add_new(self) -> None:
        if self._person_id is None or not self._editable:
            return
        person_id = self._person_id
        editor = self._open_editor(None)
        editor.accepted.connect(
            lambda: self.sig_add_requested.emit(person_id, *_fields(editor.values()))
        )

    def edit_selected(self, *_args: object) -> None:
        row = self.selected_absence()
        if row is None or not self._editable:
            return
        editor = self._open_editor(row)
        editor.accepted.connect(
            lambda: self.sig_update_requested.emit(
                row.id, *_fields(editor.values()), row.version_id
            )
        )

    def remove_selected(self) -> None:
        row = self.selected_absence()
        if row is None or not self._editable:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove absence"),
            self.tr("Remove the {kind} of {name} from {first} to {last}?").format(
                kind=labels.absence_kind_label(row.kind).lower(),
                name=self._names.get(row.person_id, row.person_name),
                first=self._when(row, row.starts_at, end=False),
                last=self._when(row, row.ends_at, end=True),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.sig_remove_requested.emit(row.id, row.version_id)

    def _open_editor(self, row: AbsenceRow | None) -> AbsenceEditor:
        name = self._names.get(self._person_id or 0, "")
        self.editor = AbsenceEditor(self.tz, row, self, person_name=name)
        self.editor.finished.connect(self.editor.deleteLater)
        self.editor.open()
        return self.editor

    # -- rows ------------------------------------------------------------------------------

    def _when(self, row: AbsenceRow, moment: datetime, *, end: bool) -> str:
        """A day for whole-day absences (the last day absent for the end), else day and time."""
        local = moment.astimezone(self.tz)
        if whole_days(row, self.tz):
            return formatting.format_date(
                (local - timedelta(days=1)).date() if end else local.date()
            )
        return f"{formatting.format_date(local.date())} {formatting.format_time(local.time())}"

    def _row_items(self, row: AbsenceRow) -> list[QStandardItem]:
        items = [
            QStandardItem(labels.absence_kind_label(row.kind)),
            QStandardItem(self._when(row, row.starts_at, end=False)),
            QStandardItem(self._when(row, row.ends_at, end=True)),
            QStandardItem((row.note or "").replace("\n", " ")),
        ]
        items[COL_NOTE].setToolTip(row.note or "")
        items[COL_KIND].setData(row, ROW_ROLE)
        return items

    # -- reactions -------------------------------------------------------------------------

    def _person_changed(self, person_id: int) -> None:
        if person_id == self._person_id:
            return
        self._person_id = person_id
        self.availability.set_person(person_id)
        self.rows.removeRows(0, self.rows.rowCount())
        self.heading.setText(self._names.get(person_id, ""))
        self._update_buttons()
        self.sig_person_selected.emit(person_id)

    def _update_buttons(self, *_args: object) -> None:
        editable = self._editable
        self.add_button.setEnabled(editable and self._person_id is not None)
        has_row = self.selected_absence() is not None
        self.edit_button.setEnabled(editable and has_row)
        self.remove_button.setEnabled(editable and has_row)


def _fields(values: AbsenceValues) -> tuple[AbsenceKind, datetime, datetime, str | None]:
    return values.kind, values.starts_at, values.ends_at, values.note
