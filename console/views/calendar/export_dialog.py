"""Export shifts to an iCalendar file: who (team, person, zone), which days, and where to save."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from console.services.planning.exports import IcsRequest
from console.services.planning.week import PersonLoad, monday_of
from console.views.calendar.shift_dialog import ZoneChoice
from console.views.common.folders import default_folder
from console.views.common.formatting import console_dates
from console.views.common.time_fields import zone_icon
from console.views.common.validated_dialog import ValidatedDialog

WEEKS = 4  # the default range: this many whole weeks, starting with the week shown


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ExportIcsDialog(ValidatedDialog):
    """Choose the scope, the days and the file of an .ics export; writes nothing itself."""

    def __init__(
        self,
        shown_monday: date,
        people: Sequence[PersonLoad],
        zones: Sequence[ZoneChoice],
        parent: QWidget | None = None,
        *,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export to a calendar (.ics)"))
        monday = monday_of(shown_monday)
        self._folder = folder or default_folder()
        self._automatic_name = True  # follows the first day until the person types a path

        self.team = QRadioButton(self.tr("The whole &team"))
        self.one_person = QRadioButton(self.tr("One &person:"))
        self.one_zone = QRadioButton(self.tr("One &zone:"))
        self.person = QComboBox()
        for person in sorted(people, key=lambda p: p.full_name.casefold()):
            self.person.addItem(f"{person.full_name} – {person.organization_name}", person.id)
        self.zone = QComboBox()
        for zone_id, name, colour in zones:
            self.zone.addItem(zone_icon(colour), name, zone_id)
        scope = QButtonGroup(self)
        for button in (self.team, self.one_person, self.one_zone):
            scope.addButton(button)
        self.team.setChecked(True)
        self.one_person.setEnabled(self.person.count() > 0)
        self.one_zone.setEnabled(self.zone.count() > 0)

        date_format = f"ddd {QLocale().dateFormat(QLocale.FormatType.ShortFormat)}"
        self.first_day = console_dates(QDateEdit(_qdate(monday)))
        self.last_day = console_dates(QDateEdit(_qdate(monday + timedelta(weeks=WEEKS, days=-1))))
        for edit in (self.first_day, self.last_day):
            edit.setCalendarPopup(True)
            edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            edit.setDisplayFormat(date_format)
        self.include_drafts = QCheckBox(self.tr("Include &drafts (shifts not yet published)"))
        self.path = QLineEdit(str(self._folder / self.default_file_name()))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setAutoDefault(False)
        self.ok.setText(self.tr("&Export"))
        self._lay_out()

        self.person.activated.connect(lambda _index: self.one_person.setChecked(True))
        self.zone.activated.connect(lambda _index: self.one_zone.setChecked(True))
        self.path.textEdited.connect(self._path_typed)
        self.browse.clicked.connect(self._browse)
        self.first_day.dateChanged.connect(self._first_day_changed)
        for signal in (scope.buttonToggled, self.last_day.dateChanged, self.path.textChanged):
            signal.connect(self._changed)
        self._changed()

    def _lay_out(self) -> None:
        scope_box = QGroupBox(self.tr("Shifts of"))
        scope = QGridLayout(scope_box)
        scope.addWidget(self.team, 0, 0, 1, 2)
        scope.addWidget(self.one_person, 1, 0)
        scope.addWidget(self.person, 1, 1)
        scope.addWidget(self.one_zone, 2, 0)
        scope.addWidget(self.zone, 2, 1)
        scope.setColumnStretch(1, 1)
        days = QHBoxLayout()
        days.addWidget(self.first_day)
        days.addWidget(QLabel(self.tr("to")))
        days.addWidget(self.last_day)
        days.addStretch(1)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse)
        form = QFormLayout()
        days_label, file_label = QLabel(self.tr("F&rom:")), QLabel(self.tr("&File:"))
        days_label.setBuddy(self.first_day)
        file_label.setBuddy(self.path)
        form.addRow(days_label, days)
        form.addRow("", self.include_drafts)
        form.addRow(file_label, file_row)
        layout = QVBoxLayout(self)
        layout.addWidget(scope_box)
        layout.addLayout(form)
        layout.addWidget(self.refused)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)

    def default_file_name(self) -> str:
        """ "turni-2026-W48.ics" in Italian: the ISO week of the first day."""
        year, week, _day = self.first_day.date().toPython().isocalendar()
        return self.tr("shifts-{year}-W{week}.ics").format(year=year, week=f"{week:02d}")

    def request(self) -> IcsRequest:
        """The export as chosen (check :meth:`problem` first)."""
        path = Path(self.path.text().strip()).expanduser()
        if path.suffix.lower() != ".ics":
            path = path.with_name(path.name + ".ics")
        return IcsRequest(
            first_day=self.first_day.date().toPython(),
            last_day=self.last_day.date().toPython(),
            person_id=self.person.currentData() if self.one_person.isChecked() else None,
            zone_id=self.zone.currentData() if self.one_zone.isChecked() else None,
            include_drafts=self.include_drafts.isChecked(),
            path=path,
        )

    def problem(self) -> str | None:
        """What is wrong with the choice, in words for the person; None when it can go."""
        if self.last_day.date() < self.first_day.date():
            return self.tr("The last day comes before the first one: choose a later last day.")
        text = self.path.text().strip()
        if not text:
            return self.tr("Choose the file to save the calendar in.")
        folder = Path(text).expanduser().parent
        if not folder.is_dir():
            return self.tr("The folder {folder} does not exist: choose another one.").format(
                folder=folder
            )
        return None

    def _changed(self, *_args: object) -> None:
        self.person.setEnabled(self.one_person.isChecked())
        self.zone.setEnabled(self.one_zone.isChecked())
        self.show_problem()

    def _first_day_changed(self, *_args: object) -> None:
        if self._automatic_name:
            current = Path(self.path.text().strip() or self._folder / "x")
            self.path.setText(str(current.parent / self.default_file_name()))
        self._changed()

    def _path_typed(self, _text: str) -> None:
        self._automatic_name = False

    def _browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the calendar as"),
            self.path.text().strip() or str(self._folder / self.default_file_name()),
            self.tr("iCalendar files (*.ics);;All files (*)"),
        )
        if path:
            self._automatic_name = False
            self.path.setText(path)
