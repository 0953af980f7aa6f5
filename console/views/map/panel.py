"""The zone panel beside the map: a zone's indicators, weekly trend, recent signals, upcoming
shifts, open cases and a before/after comparison around a chosen day."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.models import SignalKind
from console.services.places.indicators import BeforeAfter, ZonePanel
from console.views.common.formatting import console_dates, number_text, pydate, qdate
from console.views.map.models import RecentSignalsModel, UpcomingShiftsModel
from console.views.map.style import FLAG_COLOUR, kind_label

CHART_HEIGHT = 240


def _table(model: RecentSignalsModel | UpcomingShiftsModel, name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    table.setMinimumHeight(150)
    return table


if TYPE_CHECKING:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg


class WheelToPanel(QObject):
    """Sends the mouse wheel over an inner table, list, chart or date field to the panel's
    scroll area, so the panel scrolls under the pointer instead of the widget (or the date)
    changing. Once a widget has the focus (it was clicked), its own wheel works again."""

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self.scroll = scroll
        self._owners: dict[QObject, QWidget] = {}

    def watch(self, widget: QWidget) -> None:
        target = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget
        self._owners[target] = widget
        target.installEventFilter(self)
        target.destroyed.connect(self._forget)

    def _forget(self, gone: QObject) -> None:
        self._owners.pop(gone, None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel:
            owner = self._owners.get(watched)
            if owner is not None and not owner.hasFocus():
                QApplication.sendEvent(self.scroll.verticalScrollBar(), event)
                return True
        return super().eventFilter(watched, event)


class ZonePanelView(QWidget):
    """Shows one ZonePanel; asks for another comparison day through ``sig_compare_changed``."""

    sig_compare_changed = Signal(object)  # date: compare before and after this day
    sig_closed = Signal()

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.shown: ZonePanel | None = None
        self.signals_model = RecentSignalsModel(tz, self)
        self.shifts_model = UpcomingShiftsModel(tz, self)
        self.chart: FigureCanvasQTAgg | None = None
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(self._heading())
        layout.addWidget(self.flag)
        layout.addLayout(self._numbers())
        self.chart_box = QVBoxLayout()
        trend = QGroupBox(self.tr("Trend by week"))
        trend.setLayout(self.chart_box)
        layout.addWidget(trend)
        layout.addWidget(self._comparison_box())
        self.recent_signals = _table(self.signals_model, "recent_signals")
        self.upcoming_shifts = _table(self.shifts_model, "upcoming_shifts")
        for title, widget in (
            (self.tr("Recent signals"), self.recent_signals),
            (self.tr("Upcoming shifts"), self.upcoming_shifts),
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(widget)
            layout.addWidget(box)
        layout.addWidget(self._cases_box())
        layout.addStretch(1)

        scroll = QScrollArea()
        self.scroll = scroll
        self.wheel = WheelToPanel(scroll)
        for inner in (self.recent_signals, self.upcoming_shifts, self.cases, self.compare_at):
            self.wheel.watch(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setMinimumWidth(360)

    def _heading(self) -> QHBoxLayout:
        self.title = QLabel()
        self.title.setObjectName("zone_title")
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.flag = QLabel()
        self.flag.setStyleSheet(f"color: {FLAG_COLOUR}; font-weight: bold;")
        self.flag.setWordWrap(True)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close the zone panel (Esc)"))
        close.clicked.connect(self.sig_closed)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        return heading

    def _numbers(self) -> QFormLayout:
        keys = ("signals", "pressure", "presence", "shifts", "debriefs")
        self.numbers = {key: QLabel() for key in keys}
        form = QFormLayout()
        form.addRow(self.tr("Signals:"), self.numbers["signals"])
        form.addRow(self.tr("Pressure:"), self.numbers["pressure"])
        form.addRow(self.tr("Presence:"), self.numbers["presence"])
        form.addRow(self.tr("Joint shifts:"), self.numbers["shifts"])
        form.addRow(self.tr("Debriefs:"), self.numbers["debriefs"])
        self.numbers["presence"].setToolTip(
            self.tr(
                "Hours of the joint shifts, plus the debriefs of outings that were not one of "
                "those shifts"
            )
        )
        for label in self.numbers.values():
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return form

    def _comparison_box(self) -> QGroupBox:
        self.compare_at = console_dates(QDateEdit())
        self.compare_at.setObjectName("compare_at")
        self.compare_at.setCalendarPopup(True)
        self.compare_at.dateChanged.connect(lambda day: self.sig_compare_changed.emit(pydate(day)))
        self.comparison = QGridLayout()
        compare = QGroupBox(self.tr("Before and after"))
        compare_layout = QVBoxLayout(compare)
        compare_row = QHBoxLayout()
        compare_row.addWidget(QLabel(self.tr("Around the day:")))
        compare_row.addWidget(self.compare_at)
        compare_row.addStretch(1)
        compare_layout.addLayout(compare_row)
        compare_layout.addLayout(self.comparison)
        return compare

    def _cases_box(self) -> QGroupBox:
        self.cases = QListWidget()
        self.cases.setObjectName("open_cases")
        self.cases.setMaximumHeight(110)
        self.cases_count = QLabel()
        cases = QGroupBox(self.tr("Open cases"))
        cases_layout = QVBoxLayout(cases)
        cases_layout.addWidget(self.cases_count)
        cases_layout.addWidget(self.cases)
        return cases

    def set_time_zone(self, tz: ZoneInfo) -> None:
        """Show times in another zone (the setting changed) from the next panel on."""
        self.tz = self.signals_model.tz = self.shifts_model.tz = tz

    @property
    def zone_id(self) -> int | None:
        return None if self.shown is None else self.shown.zone.id

    def zone_name(self) -> str:
        return "" if self.shown is None else self.shown.zone.name

    def show_loading(self, name: str) -> None:
        self.title.setText(name)
        self.flag.setText(self.tr("Loading…"))
        self.flag.setVisible(True)

    def set_panel(self, panel: ZonePanel) -> None:
        self.shown = panel
        indicator = panel.indicator
        self.title.setText(panel.zone.name)
        self.flag.setText(
            self.tr("⚑ Above its review threshold: on the agenda of the next meeting.")
            if indicator.flagged
            else ""
        )
        self.flag.setVisible(indicator.flagged)
        self.numbers["signals"].setText(
            " · ".join(
                f"{kind_label(kind)} {indicator.signals.get(kind, 0)}" for kind in SignalKind
            )
        )
        self.numbers["pressure"].setText(
            self.tr("{pressure} per week (review threshold {threshold})").format(
                pressure=number_text(indicator.pressure),
                threshold=number_text(indicator.review_threshold),
            )
        )
        self.numbers["presence"].setText(
            self.tr("{hours} h").format(hours=number_text(indicator.presence_hours))
        )
        self.numbers["shifts"].setText(
            self.tr("{hours} h").format(hours=number_text(indicator.shift_hours))
        )
        self.numbers["debriefs"].setText(
            self.tr("%n debrief(s), {hours} h", "", indicator.debriefs).format(
                hours=number_text(indicator.debrief_hours)
            )
        )
        self._set_chart(panel)
        self._set_comparison(panel.before_after)
        self.signals_model.set_rows(panel.recent_signals)
        self.shifts_model.set_rows(panel.upcoming_shifts)
        self.cases.clear()
        self.cases.addItems([case.title for case in panel.open_cases])
        self.cases.setVisible(bool(panel.open_cases))
        self.cases_count.setText(
            self.tr("%n open case(s) in this zone.", "", panel.open_cases_count)
        )

    def _set_chart(self, panel: ZonePanel) -> None:
        if self.chart is not None:
            self.chart_box.removeWidget(self.chart)
            self.chart.deleteLater()
        # matplotlib loads with the first zone shown, not with the window.
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg  # noqa: PLC0415

        from console.views.map import charts  # noqa: PLC0415

        figure = charts.trend_figure(panel.trend, panel.indicator.review_threshold)
        self.chart = FigureCanvasQTAgg(figure)
        self.chart.setObjectName("trend_chart")
        self.chart.setFixedHeight(CHART_HEIGHT)
        self.chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.wheel.watch(self.chart)
        self.chart_box.addWidget(self.chart)

    def _set_comparison(self, result: BeforeAfter | None) -> None:
        while self.comparison.count():
            item = self.comparison.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        if result is None:
            return
        self.compare_at.blockSignals(True)
        self.compare_at.setDate(qdate(result.compare_at))
        self.compare_at.blockSignals(False)
        self.comparison.addWidget(
            QLabel(self.tr("The %n day(s) before the day and from it:", "", result.days)),
            0,
            0,
            1,
            3,
        )
        headers = ("", self.tr("Before"), self.tr("After"))
        rows = (
            (
                self.tr("Pressure/week"),
                number_text(result.before_pressure),
                number_text(result.after_pressure),
            ),
            (
                self.tr("Presence (h)"),
                number_text(result.before_presence_hours),
                number_text(result.after_presence_hours),
            ),
        )
        for column, text in enumerate(headers):
            label = QLabel(f"<b>{text}</b>")
            if column:
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.comparison.addWidget(label, 1, column)
        for number, row in enumerate(rows, start=2):
            for column, text in enumerate(row):
                label = QLabel(text)
                if column:
                    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.comparison.addWidget(label, number, column)

    def compare_day(self) -> date:
        return pydate(self.compare_at.date())
