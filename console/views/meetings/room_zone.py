"""A zone item on the projector: the map panel's figures, trend chart, before/after comparison
and recent signals, read-only and large. Built from the map's own chart and signals model."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.config import WEIGHT_CITIZEN_REPORT, WEIGHT_MEDIA, WEIGHT_POLICE_INTERVENTION
from console.models import SignalKind
from console.services.places.indicators import BeforeAfter, ZonePanel
from console.services.places.map_data import PanelRequest
from console.views.common.formatting import format_date, number_text
from console.views.common.section import ViewContext
from console.views.map.models import RecentSignalsModel
from console.views.map.style import FLAG_COLOUR, kind_label
from console.views.meetings.room_style import MUTED, SCALE, clear_layout, facts, text_label

if TYPE_CHECKING:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

PERIOD_DAYS = 28  # the map's default period, over which the agenda flags a zone
CHART_HEIGHT = 240
SIGNALS_SHOWN = 4  # the newest signals: what a room can read at a glance


def panel_request(context: ViewContext, zone_id: int, today: date) -> PanelRequest:
    """The map panel's data for the four weeks ending ``today``, weighted as the map is."""
    settings = context.settings
    weights = {
        SignalKind.CITIZEN_REPORT: float(settings.value(WEIGHT_CITIZEN_REPORT)),
        SignalKind.POLICE_INTERVENTION: float(settings.value(WEIGHT_POLICE_INTERVENTION)),
        SignalKind.MEDIA: float(settings.value(WEIGHT_MEDIA)),
    }
    start = today - timedelta(days=PERIOD_DAYS - 1)
    return PanelRequest(zone_id, start, today, weights, settings.time_zone(), None)


class ZoneBody(QWidget):
    """Fed one :class:`ZonePanel`; never queries."""

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel: ZonePanel | None = None
        self.chart: FigureCanvasQTAgg | None = None
        self.flag = text_label(bold=True)
        self.flag.setStyleSheet(f"color: {FLAG_COLOUR};")
        self.numbers = QVBoxLayout()
        self.chart_box = QVBoxLayout()
        trend = QGroupBox(self.tr("Trend by week"))
        trend.setLayout(self.chart_box)
        self.comparison = QGridLayout()
        self.comparison.setHorizontalSpacing(24)
        compare = QGroupBox(self.tr("Before and after"))
        compare.setLayout(self.comparison)
        self.signals_model = RecentSignalsModel(tz, self)
        self.signals = QTableView()
        self.signals.setObjectName("room_signals")
        self.signals.setModel(self.signals_model)
        self.signals.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the arrows move between items
        self.signals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.signals.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.signals.verticalHeader().hide()
        self.signals.setWordWrap(False)
        self.signals.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.signals.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        recent = QGroupBox(self.tr("Recent signals"))
        QVBoxLayout(recent).addWidget(self.signals)
        self.chart_box.setContentsMargins(0, 0, 0, 0)
        figures = QVBoxLayout()
        figures.addWidget(self.flag)
        figures.addLayout(self.numbers)
        figures.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(figures, 3)
        top.addWidget(compare, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(trend, 1)
        layout.addWidget(recent)

    def set_panel(self, panel: ZonePanel) -> None:
        self.panel = panel
        indicator = panel.indicator
        self.flag.setText(
            self.tr("Above its review threshold over the last four weeks")
            if indicator.flagged
            else ""
        )
        self.flag.setVisible(indicator.flagged)
        clear_layout(self.numbers)
        self.numbers.addLayout(
            facts(
                [
                    (
                        self.tr("Pressure"),
                        self.tr("{pressure} per week (review threshold {threshold})").format(
                            pressure=number_text(indicator.pressure),
                            threshold=number_text(indicator.review_threshold),
                        ),
                    ),
                    (
                        self.tr("Presence"),
                        self.tr("{hours} h in the last four weeks").format(
                            hours=number_text(indicator.presence_hours)
                        ),
                    ),
                    (
                        self.tr("Signals"),
                        " · ".join(
                            f"{kind_label(kind)} {indicator.signals.get(kind, 0)}"
                            for kind in SignalKind
                        ),
                    ),
                ]
            )
        )
        self._set_chart(panel)
        self._set_comparison(panel.before_after)
        self.signals_model.set_rows(panel.recent_signals[:SIGNALS_SHOWN])
        rows = max(1, min(len(panel.recent_signals), SIGNALS_SHOWN))
        height = self.signals.horizontalHeader().sizeHint().height()
        height += rows * (self.signals.fontMetrics().height() + 10) + 4
        self.signals.setFixedHeight(height)
        self.signals.resizeRowsToContents()

    def _set_chart(self, panel: ZonePanel) -> None:
        if self.chart is not None:
            self.chart_box.removeWidget(self.chart)
            self.chart.deleteLater()
        # matplotlib loads with the first zone shown in the room, not with the window.
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg  # noqa: PLC0415

        from console.views.map import charts  # noqa: PLC0415

        figure = charts.trend_figure(panel.trend, panel.indicator.review_threshold)
        figure.set_dpi(figure.get_dpi() * SCALE)  # the chart's words as large as the room's
        self.chart = FigureCanvasQTAgg(figure)
        self.chart.setObjectName("room_trend_chart")
        self.chart.setMinimumHeight(CHART_HEIGHT)
        self.chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.chart_box.addWidget(self.chart)

    def _set_comparison(self, result: BeforeAfter | None) -> None:
        clear_layout(self.comparison)
        if result is None:
            self.comparison.addWidget(QLabel(self.tr("No comparison for this zone yet.")), 0, 0)
            return
        around = text_label(
            self.tr("{days} days before and from {day}").format(
                days=result.days, day=format_date(result.compare_at)
            )
        )
        around.setStyleSheet(f"color: {MUTED};")
        self.comparison.addWidget(around, 0, 0, 1, 3)
        for column, text in enumerate(("", self.tr("Before"), self.tr("After")), start=0):
            label = QLabel(f"<b>{text}</b>")
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.comparison.addWidget(label, 1, column)
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
        for number, row in enumerate(rows, start=2):
            for column, text in enumerate(row):
                label = QLabel(text)
                if column:
                    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.comparison.addWidget(label, number, column)
