"""The map's two rows of tools: the period, layers and zoom; then signals and zone editing.

Actions the actor may not use are not shown: the services refuse them anyway.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDateEdit, QLabel, QToolBar

from console.views.common.formatting import console_dates, pydate, qdate
from console.views.common.undo_actions import undo_actions

if TYPE_CHECKING:
    from console.views.map.section import MapView

QUICK_PERIODS = {"4w": 28, "3m": 91, "12m": 365}  # days ending today


def period_ending(today: date, days: int) -> tuple[date, date]:
    return today - timedelta(days=days - 1), today


class MapToolbar:
    """Builds the actions of a MapView and places them; keeps the period and layer state."""

    def __init__(self, view: MapView, today: date) -> None:
        self.view = view
        start, end = period_ending(today, QUICK_PERIODS["4w"])
        self.start = self._date_edit(
            start, QCoreApplication.translate("MapView", "First day of the period")
        )
        self.end = self._date_edit(
            end, QCoreApplication.translate("MapView", "Last day of the period")
        )
        self._view_actions()
        self._tool_actions()
        self._place()
        self.start.dateChanged.connect(self._start_changed)
        self.end.dateChanged.connect(self._end_changed)
        self.editing_changed(False)
        self.selection_changed(None)

    def _view_actions(self) -> None:
        view, act = self.view, self.view.action
        self.quick = {
            "4w": act(
                QCoreApplication.translate("MapView", "4 weeks"), lambda: self.set_quick("4w")
            ),
            "3m": act(
                QCoreApplication.translate("MapView", "3 months"), lambda: self.set_quick("3m")
            ),
            "12m": act(
                QCoreApplication.translate("MapView", "12 months"), lambda: self.set_quick("12m")
            ),
        }
        self.show_zones = act(
            QCoreApplication.translate("MapView", "&Zones"),
            view.layers_changed,
            "Ctrl+Alt+1",
            checkable=True,
        )
        self.show_signals = act(
            QCoreApplication.translate("MapView", "&Signals"),
            view.layers_changed,
            "Ctrl+Alt+2",
            checkable=True,
        )
        self.show_debriefs = act(
            QCoreApplication.translate("MapView", "&Debriefs"),
            view.layers_changed,
            "Ctrl+Alt+3",
            checkable=True,
        )
        for layer in (self.show_zones, self.show_signals, self.show_debriefs):
            layer.setChecked(True)
        self.show_deactivated = act(
            QCoreApplication.translate("MapView", "Deactivated zones"),
            view.refresh,
            "Ctrl+Alt+4",
            checkable=True,
        )
        self.show_deactivated.setVisible(view.can_edit)
        self.zoom_in = act(
            QCoreApplication.translate("MapView", "Zoom in"),
            view.canvas.zoom_in,
            QKeySequence.StandardKey.ZoomIn,
        )
        self.zoom_out = act(
            QCoreApplication.translate("MapView", "Zoom out"),
            view.canvas.zoom_out,
            QKeySequence.StandardKey.ZoomOut,
        )
        self.fit = act(
            QCoreApplication.translate("MapView", "&Fit to zones"), view.fit_to_zones, "Ctrl+0"
        )

    def _tool_actions(self) -> None:
        view, act = self.view, self.view.action
        entry, editing = view.signal_entry, view.zone_editing
        self.new_signal = act(
            QCoreApplication.translate("MapView", "&New signal…"), entry.new_signal, "Ctrl+Shift+N"
        )
        self.import_csv = act(
            QCoreApplication.translate("MapView", "Import signals (CSV)…"),
            entry.import_csv,
            "Ctrl+Shift+I",
        )
        for action in (self.new_signal, self.import_csv):
            action.setVisible(view.can_record)
        self.new_zone = act(
            QCoreApplication.translate("MapView", "New &zone"), editing.new_zone, "Ctrl+Alt+N"
        )
        self.edit_shape = act(
            QCoreApplication.translate("MapView", "&Edit shape"), editing.edit_shape, "Ctrl+Shift+E"
        )
        self.properties = act(
            QCoreApplication.translate("MapView", "Zone &properties…"),
            editing.edit_properties,
            "Ctrl+Shift+R",
        )
        self.save_shape = act(
            QCoreApplication.translate("MapView", "&Save shape"),
            editing.save_shape,
            QKeySequence.StandardKey.Save,
        )
        self.cancel_shape = act(
            QCoreApplication.translate("MapView", "&Cancel editing"), editing.cancel, "Ctrl+Shift+X"
        )
        # Fixed labels in the toolbar; what they undo is in the tooltip.
        self.undo, self.redo = undo_actions(view, view.undo_stack)
        self.import_geojson = act(
            QCoreApplication.translate("MapView", "Import GeoJSON…"),
            editing.import_geojson,
            "Ctrl+Shift+G",
        )
        self.export_geojson = act(
            QCoreApplication.translate("MapView", "Export GeoJSON…"),
            editing.export_geojson,
            "Ctrl+E",
        )
        self.zone_actions = (
            self.new_zone,
            self.edit_shape,
            self.properties,
            self.save_shape,
            self.cancel_shape,
            self.undo,
            self.redo,
            self.import_geojson,
        )
        for action in self.zone_actions:
            action.setVisible(view.can_edit)

    def _place(self) -> None:
        view = self.view
        self.period_row = QToolBar()
        self.period_row.setObjectName("map_period")
        self.period_row.addWidget(QLabel(QCoreApplication.translate("MapView", "From:")))
        self.period_row.addWidget(self.start)
        self.period_row.addWidget(QLabel(QCoreApplication.translate("MapView", "To:")))
        self.period_row.addWidget(self.end)
        for action in self.quick.values():
            self.period_row.addAction(action)
        self.period_row.addSeparator()
        for action in (self.show_zones, self.show_signals, self.show_debriefs):
            self.period_row.addAction(action)
        self.period_row.addAction(self.show_deactivated)
        self.period_row.addSeparator()
        for action in (self.zoom_in, self.zoom_out, self.fit):
            self.period_row.addAction(action)

        self.tools_row = QToolBar()
        self.tools_row.setObjectName("map_tools")
        self.tools_row.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_signal, self.import_csv):
            self.tools_row.addAction(action)
        if view.can_record:
            self.tools_row.addSeparator()
        for action in self.zone_actions[:-1]:
            self.tools_row.addAction(action)
        if view.can_edit:
            self.tools_row.addSeparator()
        self.tools_row.addAction(self.import_geojson)
        self.tools_row.addAction(self.export_geojson)

    def _date_edit(self, day: date, tip: str) -> QDateEdit:
        edit = console_dates(QDateEdit(qdate(day)))
        edit.setCalendarPopup(True)
        edit.setToolTip(tip)
        return edit

    # -- period ------------------------------------------------------------------------------

    def period(self) -> tuple[date, date]:
        return pydate(self.start.date()), pydate(self.end.date())

    def set_period(self, start: date, end: date) -> None:
        for edit, day in ((self.start, start), (self.end, end)):
            edit.blockSignals(True)
            edit.setDate(qdate(day))
            edit.blockSignals(False)
        self.view.refresh()

    def set_quick(self, choice: str) -> None:
        self.set_period(*period_ending(self.view.today(), QUICK_PERIODS[choice]))

    def _start_changed(self, day: QDate) -> None:
        if day > self.end.date():
            self.end.blockSignals(True)
            self.end.setDate(day)
            self.end.blockSignals(False)
        self.view.schedule_reload()

    def _end_changed(self, day: QDate) -> None:
        if day < self.start.date():
            self.start.blockSignals(True)
            self.start.setDate(day)
            self.start.blockSignals(False)
        self.view.schedule_reload()

    # -- state -------------------------------------------------------------------------------

    def layers(self) -> tuple[bool, bool, bool]:
        return (
            self.show_zones.isChecked(),
            self.show_signals.isChecked(),
            self.show_debriefs.isChecked(),
        )

    def show_inactive(self) -> bool:
        return self.show_deactivated.isChecked()

    def selection_changed(self, zone_id: int | None) -> None:
        editing = self.save_shape.isEnabled()
        for action in (self.edit_shape, self.properties):
            action.setEnabled(zone_id is not None and not editing)

    def editing_changed(self, editing: bool) -> None:
        """While a shape is drawn or edited: Save and Cancel, and no other zone tool."""
        self.save_shape.setEnabled(editing)
        self.cancel_shape.setEnabled(editing)
        for action in (self.new_zone, self.import_geojson):
            action.setEnabled(not editing)
        selected = self.view.selected_zone()
        self.selection_changed(None if editing or selected is None else selected.id)
