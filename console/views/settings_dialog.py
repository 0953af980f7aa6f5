"""The Settings dialog: language, time zone and database; checked before anything is saved."""

from __future__ import annotations

import functools
import zoneinfo
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from console import db, paths
from console.config import (
    DATABASE,
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    SUPPRESSION_THRESHOLD,
    TIME_ZONE,
    Settings,
)
from console.redaction import has_password, hide_passwords, without_password
from console.views.calendar.holiday_settings import HolidaySettingsGroup
from console.views.calendar.roster_settings import RosterSettingsGroup
from console.views.calendar.settings_group import CalendarSettingsGroup
from console.views.map.settings_group import MapSettingsGroup
from console.views.meetings.confidentiality import ConfidentialityGroup

IDLE_LOCK_MAX_MINUTES = 240
THRESHOLD_RANGE = (2, 50)  # counts of people under it print as “<N” in summaries


@functools.cache
def known_time_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


class SettingsDialog(QDialog):
    """Edits the settings; ``accept()`` saves them only when every field is valid."""

    def __init__(
        self, settings: Settings, database_in_use: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.changed: tuple[str, ...] = ()  # names of the settings the last accept() changed
        self.setWindowTitle(self.tr("Settings"))

        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        # Each language is named in itself, so anyone can find their own.
        self.language.addItem("English", "en")
        self.language.addItem("Italiano", "it")

        self.time_zone = QComboBox()
        self.time_zone.setEditable(True)
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.time_zone.addItems(sorted(known_time_zones()))
        completer = QCompleter(self.time_zone.model(), self.time_zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.time_zone.setCompleter(completer)

        self.database = QLineEdit()
        self.database.setPlaceholderText(
            self.tr("Default: {path}").format(path=paths.default_database_path())
        )
        self.database.setClearButtonEnabled(True)
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.clicked.connect(self._browse)
        database_row = QHBoxLayout()
        database_row.addWidget(self.database, 1)
        database_row.addWidget(self.browse)
        self.idle_lock = self._idle_lock_box()
        self.threshold = self._threshold_box()
        in_use = QLabel(database_in_use)
        in_use.setWordWrap(True)
        in_use.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Time zone:"), self.time_zone)
        database_label = QLabel(self.tr("&Database:"))
        database_label.setBuddy(self.database)
        form.addRow(database_label, database_row)
        form.addRow(self.tr("In use now:"), in_use)
        form.addRow(self.tr("Lock when &idle for:"), self.idle_lock)
        form.addRow(self.tr("Hide counts of people &under:"), self.threshold)

        note = QLabel(
            self.tr(
                "Changes to the language and the database take effect the next time the "
                "console starts. A path or URL given with --db or CONSOLE_DB comes first."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        self.holidays_group, self.calendar_group, self.roster_group = (
            HolidaySettingsGroup(),
            CalendarSettingsGroup(),
            RosterSettingsGroup(),
        )
        self.map_group = MapSettingsGroup()
        self.meetings_group = ConfidentialityGroup()
        self._lay_out(form, note, buttons)
        self.setMinimumWidth(600)
        self.resize(640, 720)
        self.load()

    def _lay_out(self, form: QFormLayout, note: QLabel, buttons: QDialogButtonBox) -> None:
        # The groups scroll: with the proposal's weights they are taller than a laptop screen.
        groups = QWidget()
        column = QVBoxLayout(groups)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addWidget(note)
        for group in (
            self.holidays_group,
            self.calendar_group,
            self.roster_group,
            self.map_group,
            self.meetings_group,
        ):
            column.addWidget(group)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(groups)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    def _idle_lock_box(self) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName("idle_lock")
        box.setRange(0, IDLE_LOCK_MAX_MINUTES)
        box.setSpecialValueText(self.tr("Never"))
        box.setSuffix(self.tr(" min"))
        box.setToolTip(
            self.tr(
                "After this many minutes without keyboard or mouse input the window hides its "
                "data until your password is typed again; 0 never locks."
            )
        )
        return box

    def _threshold_box(self) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName("suppression_threshold")
        box.setRange(*THRESHOLD_RANGE)
        box.setToolTip(
            self.tr(
                "In activity summaries and reports, a count of people (contacts, people met, "
                "cases, referrals) smaller than this prints as “<N”, so nobody can be "
                "recognised from a small number."
            )
        )
        return box

    def load(self) -> None:
        """Show the stored settings."""
        index = self.language.findData(self.settings.language)
        self.language.setCurrentIndex(max(index, 0))
        self.time_zone.setCurrentText(self.settings.value(TIME_ZONE))
        # A password stored by an older console is not shown; saving leaves it out.
        self.database.setText(without_password(self.settings.database))
        self.idle_lock.setValue(self.settings.value(IDLE_LOCK_MINUTES))
        self.threshold.setValue(self.settings.value(SUPPRESSION_THRESHOLD))
        self.holidays_group.load(self.settings)
        self.calendar_group.load(self.settings)
        self.roster_group.load(self.settings)
        self.map_group.load(self.settings)
        self.meetings_group.load(self.settings)

    def _values(self) -> dict[str, str]:
        return {
            LANGUAGE.name: self.language.currentData(),
            TIME_ZONE.name: self.time_zone.currentText().strip(),
            DATABASE.name: without_password(self.database.text().strip()),
        }

    def problem(self) -> str | None:
        """What is wrong with the input, in words for the person; None when it can be saved."""
        zone = self.time_zone.currentText().strip()
        if zone not in known_time_zones():
            return self.tr(
                "“{zone}” is not a known time zone. Choose one from the list, "
                "for example Europe/Rome."
            ).format(zone=zone)
        problem = self._database_problem(self.database.text().strip())
        problem = problem if problem is not None else self.map_group.problem()
        return problem if problem is not None else self.meetings_group.problem()

    def _database_problem(self, value: str) -> str | None:
        if not value:
            return None
        if "://" in value:
            try:
                db.resolve_location(value)
            except db.DatabaseRefused:
                return self.tr(
                    "“{url}” is not a database URL. Write a file path, or a URL such as "
                    "postgresql://user@server/console."
                ).format(url=hide_passwords(value))
            return None
        path = Path(value).expanduser()
        if path.is_dir():
            return self.tr("“{path}” is a folder. Choose a database file.").format(path=value)
        if not path.parent.is_dir():
            return self.tr("The folder of “{path}” does not exist.").format(path=value)
        return None

    def save(self) -> tuple[str, ...]:
        """Store the input (assumed valid); return the names of the settings that changed."""
        changed = []
        for option in (LANGUAGE, TIME_ZONE, DATABASE):
            value = self._values()[option.name]
            if value != self.settings.value(option):
                self.settings.set_value(option, value)
                changed.append(option.name)
        minutes = self.idle_lock.value()
        if minutes != self.settings.value(IDLE_LOCK_MINUTES):
            self.settings.set_value(IDLE_LOCK_MINUTES, minutes)
            changed.append(IDLE_LOCK_MINUTES.name)
        threshold = self.threshold.value()
        if threshold != self.settings.value(SUPPRESSION_THRESHOLD):
            self.settings.set_value(SUPPRESSION_THRESHOLD, threshold)
            changed.append(SUPPRESSION_THRESHOLD.name)
        changed.extend(self.holidays_group.save(self.settings))
        changed.extend(self.calendar_group.save(self.settings))
        changed.extend(self.roster_group.save(self.settings))
        changed.extend(self.map_group.save(self.settings))
        changed.extend(self.meetings_group.save(self.settings))
        self.settings.sync()
        return tuple(changed)

    def accept(self) -> None:
        problem = self.problem()
        if problem is not None:
            QMessageBox.warning(self, self.tr("Settings not saved"), problem)
            return
        password_given = has_password(self.database.text().strip())
        self.changed = self.save()
        if password_given:
            self.database.setText(self.settings.database)
            QMessageBox.information(self, self.tr("Password not saved"), self.password_note())
        super().accept()

    def password_note(self) -> str:
        """Where a database password comes from, since the settings never keep one."""
        return self.tr(
            "The password in the database URL was not saved: the settings never keep one. "
            "Put it in the file .pgpass in your home folder (a line "
            "server:port:database:user:password, readable only by you; the PGPASSFILE "
            "environment variable can name another file), or give the whole URL in the "
            "CONSOLE_DB environment variable."
        )

    def _browse(self) -> None:
        current = self.database.text().strip() or str(paths.default_database_path())
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Choose the database file"),
            current,
            self.tr("SQLite databases (*.db *.sqlite);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.database.setText(path)
