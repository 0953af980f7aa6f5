"""The filters of the audit log: user, action, entity and days, turned into an AuditQuery."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from console.clock import day_start_utc
from console.services.access.audit import AuditChoices, AuditQuery
from console.views.audit.model import action_name, entity_name
from console.views.common.formatting import console_dates


def _day(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class AuditFilters(QWidget):
    """Combos for user, action and entity ("All" first) and an optional first and last day.

    ``sig_changed`` says the person changed a filter; :meth:`set_choices` refills the combos
    keeping what was chosen, without emitting it.
    """

    sig_changed = Signal()  # a filter was changed by the person

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = self._combo("user_filter", self.tr("All users"))
        self.action = self._combo("action_filter", self.tr("All actions"))
        self.entity = self._combo("entity_filter", self.tr("All kinds"))
        self.use_from = QCheckBox(self.tr("&From:"))
        self.use_from.setObjectName("use_from")
        self.use_to = QCheckBox(self.tr("T&o:"))
        self.use_to.setObjectName("use_to")
        self.from_day = self._date("from_day", today - timedelta(days=30))
        self.to_day = self._date("to_day", today)
        self._earliest = self.to_day.minimumDate()
        for box, edit in ((self.use_from, self.from_day), (self.use_to, self.to_day)):
            edit.setEnabled(False)
            box.toggled.connect(edit.setEnabled)
            box.toggled.connect(self._days_changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, combo in (
            (self.tr("&User:"), self.user),
            (self.tr("&Action:"), self.action),
            (self.tr("&Kind:"), self.entity),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            layout.addWidget(label)
            layout.addWidget(combo)
        layout.addSpacing(12)
        for box, edit in ((self.use_from, self.from_day), (self.use_to, self.to_day)):
            layout.addWidget(box)
            layout.addWidget(edit)
        layout.addStretch(1)

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.addItem(everything, None)
        combo.currentIndexChanged.connect(self.sig_changed)
        return combo

    def _date(self, name: str, day: date) -> QDateEdit:
        edit = console_dates(QDateEdit(_qdate(day)))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        edit.dateChanged.connect(self._days_changed)
        return edit

    def _days_changed(self) -> None:
        # The last day can never be before the first: the range stays meaningful as one edits.
        first = self.from_day.date() if self.use_from.isChecked() else self._earliest
        self.to_day.setMinimumDate(first)
        self.sig_changed.emit()

    def set_choices(self, choices: AuditChoices) -> None:
        """Offer what occurs in the log; a choice no longer there falls back to "All"."""
        self._refill(self.user, ((name, uid) for uid, name in choices.users))
        self._refill(self.action, ((action_name(a), a) for a in choices.actions))
        self._refill(self.entity, ((entity_name(e), e) for e in choices.entities))

    @staticmethod
    def _refill(combo: QComboBox, items: Iterable[tuple[str, object]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, value in sorted(items, key=lambda item: item[0].casefold()):
            combo.addItem(text, value)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def query(self, tz: ZoneInfo, limit: int) -> AuditQuery:
        """What is chosen, with the days (in ``tz``, both included) as a UTC range."""
        start = day_start_utc(_day(self.from_day), tz) if self.use_from.isChecked() else None
        end = None
        if self.use_to.isChecked():
            end = day_start_utc(_day(self.to_day) + timedelta(days=1), tz)
        return AuditQuery(
            user_id=self.user.currentData(),
            action=self.action.currentData(),
            entity=self.entity.currentData(),
            start=start,
            end=end,
            limit=limit,
        )
