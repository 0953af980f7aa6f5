"""The signal entry dialog: when, what kind, category, source, a short summary, zone and point.

It stays open beside the map (not modal) so a click on the map can place the point; the
section then tells it the point and the zone found under it. OK hands the draft to the section
(``sig_submitted``), which saves it and closes the dialog, or shows why it was refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.models import SignalKind
from console.services.places.signals import MAX_CATEGORY, MAX_SOURCE, MAX_SUMMARY, SignalDraft
from console.views.common.formatting import console_dates
from console.views.common.validated_dialog import ValidatedDialog
from console.views.map.style import kind_label

# Categories offered (anything else may be typed); in the person's language when translated.
COMMON_CATEGORIES = (
    QT_TRANSLATE_NOOP("SignalDialog", "night-time noise"),
    QT_TRANSLATE_NOOP("SignalDialog", "people camping out"),
    QT_TRANSLATE_NOOP("SignalDialog", "suspected drug dealing"),
    QT_TRANSLATE_NOOP("SignalDialog", "neglect and decay"),
    QT_TRANSLATE_NOOP("SignalDialog", "abandoned waste"),
    QT_TRANSLATE_NOOP("SignalDialog", "quarrel or fight"),
    QT_TRANSLATE_NOOP("SignalDialog", "disturbing the peace"),
    QT_TRANSLATE_NOOP("SignalDialog", "damage"),
    QT_TRANSLATE_NOOP("SignalDialog", "check"),
    QT_TRANSLATE_NOOP("SignalDialog", "local press article"),
)
ZoneChoice = tuple[int, str]  # (zone id, name)


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(
        moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second
    )


class SignalDialog(ValidatedDialog):
    """Enter one signal; ``sig_submitted(SignalDraft)`` when OK is pressed on valid input."""

    sig_submitted = Signal(object)  # SignalDraft
    sig_pick_toggled = Signal(bool)  # the person wants (True) or no longer wants to pick a point

    def __init__(
        self,
        zones: Sequence[ZoneChoice],
        tz: ZoneInfo,
        now: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tz = tz
        self.point: tuple[float, float] | None = None
        self.point_zone: int | None = None  # the zone found under the point (None: none)
        self.setWindowTitle(self.tr("New signal"))
        self.setModal(False)

        self._build_fields(zones, now)
        self._lay_out()
        for signal in (
            self.when.dateTimeChanged,
            self.category.currentTextChanged,
            self.summary.textChanged,
            self.zone.currentIndexChanged,
        ):
            signal.connect(self.show_problem)
        self.pick.toggled.connect(self.sig_pick_toggled)
        self.clear_point.clicked.connect(lambda: self.set_point(None, None))
        self.set_point(None, None)
        self.pick.setChecked(True)

    def _build_fields(self, zones: Sequence[ZoneChoice], now: datetime) -> None:
        self.when = console_dates(QDateTimeEdit(to_qdatetime(now.astimezone(self.tz))))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
        self.kind = QComboBox()
        for kind in SignalKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.addItems([self.tr(c) for c in COMMON_CATEGORIES])
        self.category.setCurrentIndex(-1)
        self.category.lineEdit().setMaxLength(MAX_CATEGORY)
        self.category.lineEdit().setPlaceholderText(self.tr("choose or type"))
        self.source = QLineEdit()
        self.source.setMaxLength(MAX_SOURCE)
        self.source.setPlaceholderText(self.tr("e.g. phone call, patrol, newspaper"))
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText(
            self.tr("What happened, in a few words. No names or other personal data.")
        )
        self.summary.setFixedHeight(90)
        self.counter = QLabel()
        self.zone = QComboBox()
        self.zone.addItem(self.tr("(from the point)"), None)
        for zone_id, name in zones:
            self.zone.addItem(name, zone_id)
        self.pick = QPushButton(self.tr("&Pick on map"))
        self.pick.setCheckable(True)
        self.pick.setToolTip(self.tr("While this is on, a click on the map places the point"))
        self.clear_point = QPushButton(self.tr("Clear point"))
        self.point_label = QLabel()

    def _lay_out(self) -> None:
        point_row = QHBoxLayout()
        point_row.addWidget(self.point_label, 1)
        point_row.addWidget(self.pick)
        point_row.addWidget(self.clear_point)
        form = QFormLayout()
        form.addRow(self.tr("&When:"), self.when)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Category:"), self.category)
        form.addRow(self.tr("&Source:"), self.source)
        form.addRow(self.tr("S&ummary:"), self.summary)
        form.addRow("", self.counter)
        form.addRow(self.tr("Point:"), point_row)
        form.addRow(self.tr("&Zone:"), self.zone)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.refused)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    # -- the point -----------------------------------------------------------------------------

    def set_point(self, point: tuple[float, float] | None, zone_id: int | None) -> None:
        """Show the point picked on the map and choose the zone found under it."""
        self.point = point
        self.point_zone = zone_id
        locale = QLocale()
        if point is None:
            self.point_label.setText(self.tr("none (click the map to place one)"))
        else:
            lon, lat = point
            self.point_label.setText(
                f"{locale.toString(lat, 'f', 5)}, {locale.toString(lon, 'f', 5)}"
            )
            index = self.zone.findData(zone_id) if zone_id is not None else 0
            self.zone.setCurrentIndex(max(index, 0))
        self.clear_point.setEnabled(point is not None)
        self.show_problem()

    # -- checking and the result ---------------------------------------------------------------

    def problem(self) -> str | None:
        length = len(self.summary.toPlainText().strip())
        self.counter.setText(
            self.tr("{count}/{limit} characters").format(count=length, limit=MAX_SUMMARY)
        )
        if self.zone.currentData() is None:
            if self.point is None:
                return self.tr("Place the point on the map or choose the zone.")
            if self.point_zone is None:
                return self.tr("The point is in no zone: choose the zone.")
        if not self.category.currentText().strip():
            return self.tr("Choose or type a category.")
        if length > MAX_SUMMARY:
            return self.tr("The summary is too long: keep it to {limit} characters.").format(
                limit=MAX_SUMMARY
            )
        return None

    def draft(self) -> SignalDraft:
        moment = self.when.dateTime()
        day, clock = moment.date(), moment.time()
        occurred = datetime(
            day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=self.tz
        )
        zone_id = self.zone.currentData()
        lon, lat = self.point if self.point is not None else (None, None)
        return SignalDraft(
            kind=SignalKind(self.kind.currentData()),
            occurred_at=occurred,
            category=self.category.currentText().strip(),
            source=self.source.text().strip() or None,
            summary=self.summary.toPlainText().strip(),
            lon=lon,
            lat=lat,
            zone_id=int(zone_id) if zone_id is not None else self.point_zone,
        )

    def accept(self) -> None:
        """Hand the draft over; the dialog stays open until the section says it is saved."""
        if self.problem() is None:
            self.ok.setEnabled(False)
            self.sig_submitted.emit(self.draft())

    def saved(self) -> None:
        super().accept()

    def refused_by_service(self, message: str) -> None:
        self.show_problem()
        self.refused.setText(message)
        self.refused.setVisible(True)

    def done(self, result: int) -> None:
        self.sig_pick_toggled.emit(False)
        super().done(result)
