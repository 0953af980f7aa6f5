"""The Overview's week page: one week's shifts per zone and the people of each organization."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.services.planning.overview import WeekOverview, week_overview
from console.services.planning.week import monday_of
from console.views.common.section import ViewContext
from console.views.common.section_actions import section_action
from console.views.overview.models import StaffModel, ZoneWeekModel

WEEK = timedelta(days=7)
# Room between a column's title and the numbers of its neighbour.
TABLE_STYLE = (
    "QHeaderView::section { padding: 3px 8px; }"
    " QTableView::item { padding-left: 6px; padding-right: 6px; }"
)


def long_date(day: date, locale: QLocale) -> str:
    """The locale's long date without the weekday: '2 June 2025', '2 giugno 2025'."""
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat).replace("dddd", "")
    pattern = pattern.strip(" ,")
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def _table(model: ZoneWeekModel | StaffModel, name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setStyleSheet(TABLE_STYLE)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    # As tall as its rows: the page reads top to bottom instead of two half-empty boxes.
    table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
    return table


class WeekPage(QWidget):
    """Shows a week (this one at first); Alt+Left / Alt+Right / Alt+Home move between weeks
    while the page is on screen."""

    sig_loaded = Signal()  # the week last asked for is on screen

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._monday = monday_of(self._today())
        self._shown: WeekOverview | None = None
        self.zones_model = ZoneWeekModel(self)
        self.staff_model = StaffModel(self)
        self.previous_action = section_action(
            self, self.tr("Previous week"), lambda: self.show_week(self._monday - WEEK), "Alt+Left"
        )
        self.this_week_action = section_action(
            self, self.tr("This week"), lambda: self.show_week(self._today()), "Alt+Home"
        )
        self.next_action = section_action(
            self, self.tr("Next week"), lambda: self.show_week(self._monday + WEEK), "Alt+Right"
        )
        self._build()

    def _build(self) -> None:
        self.week_label = QLabel()
        font = self.week_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.week_label.setFont(font)
        self.dates_label = QLabel()
        self.summary_label = QLabel()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        for label in (self.week_label, self.dates_label, self.summary_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            titles.addWidget(label)

        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for action, arrow in (
            (self.previous_action, Qt.ArrowType.LeftArrow),
            (self.this_week_action, None),
            (self.next_action, Qt.ArrowType.RightArrow),
        ):
            button = QToolButton()
            button.setDefaultAction(action)
            if arrow is not None:
                button.setArrowType(arrow)
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            buttons.addWidget(button)
        top = QHBoxLayout()
        top.addLayout(titles, 1)
        top.addLayout(buttons)
        top.setAlignment(buttons, Qt.AlignmentFlag.AlignTop)

        self.zones_table = _table(self.zones_model, "zones")
        self.zones_empty = QLabel(self.tr("No zones are defined yet."))
        self.staff_table = _table(self.staff_model, "staff")
        self.staff_empty = QLabel(self.tr("No organizations are recorded yet."))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        for title, table, empty in (
            (self.tr("Zones this week"), self.zones_table, self.zones_empty),
            (self.tr("Active people by organization"), self.staff_table, self.staff_empty),
        ):
            box = QGroupBox(title)
            inner = QVBoxLayout(box)
            inner.addWidget(table)
            inner.addWidget(empty)
            empty.hide()
            layout.addWidget(box)
        layout.addStretch(1)

    def _today(self) -> date:
        return datetime.now(self.context.settings.time_zone()).date()

    @property
    def monday(self) -> date:
        return self._monday

    @property
    def shown(self) -> WeekOverview | None:
        """The overview on screen (None before the first load)."""
        return self._shown

    def show_week(self, day: date) -> None:
        """Show the week holding ``day``."""
        self._monday = monday_of(day)
        self.load()

    def load(self) -> None:
        tz = self.context.settings.time_zone()
        self.context.run_service(week_overview, self._monday, tz, owner=self, on_done=self._show)

    def _show(self, overview: WeekOverview) -> None:
        if overview.monday != self._monday:
            return  # an older request answered after the user moved on; the newer one follows
        self._shown = overview
        locale = QLocale()
        year, week = overview.iso_week
        self.week_label.setText(self.tr("Week {week} of {year}").format(week=week, year=year))
        self.dates_label.setText(
            self.tr("{first} – {last} ({zone} time)").format(
                first=long_date(overview.monday, locale),
                last=long_date(overview.sunday, locale),
                zone=overview.time_zone,
            )
        )
        if overview.to_debrief:
            self.summary_label.setText(
                self.tr(
                    "Shifts: {shifts} · hours planned: {hours} · to debrief: {to_debrief}"
                ).format(
                    shifts=locale.toString(overview.shifts),
                    hours=locale.toString(overview.hours, "f", 1),
                    to_debrief=locale.toString(overview.to_debrief),
                )
            )
        elif overview.shifts:
            self.summary_label.setText(
                self.tr("Shifts: {shifts} · hours planned: {hours}").format(
                    shifts=locale.toString(overview.shifts),
                    hours=locale.toString(overview.hours, "f", 1),
                )
            )
        else:
            self.summary_label.setText(self.tr("No shifts in this week."))
        self.this_week_action.setEnabled(self._monday != monday_of(self._today()))
        self.zones_model.set_rows(overview.zones)
        self.staff_model.set_rows(overview.organizations)
        self.zones_empty.setVisible(not overview.zones)
        self.zones_table.setVisible(bool(overview.zones))
        self.staff_empty.setVisible(not overview.organizations)
        self.staff_table.setVisible(bool(overview.organizations))
        self.sig_loaded.emit()
