"""Item models of the Overview: zones this week, and people per organization. Fed, never query."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QLocale,
    Qt,
)
from PySide6.QtGui import QColor

from console.models import Role
from console.services.planning.overview import OrganizationStaff, ZoneWeek
from console.views.common import labels
from console.views.common.rows_model import NUMBER_ALIGNMENT, Index, RowsTableModel

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw value behind a cell (str, int or float)


def _display(value: str | int | float, decimals: int = 0) -> str:
    """Numbers as the user's locale writes them."""
    if isinstance(value, str):
        return value
    if decimals:
        return QLocale().toString(float(value), "f", decimals)
    return QLocale().toString(int(value))


class ZoneWeekModel(RowsTableModel):
    """One row per zone: shifts starting this week, planned hours, shifts per status."""

    CONTEXT = "ZoneWeekModel"
    (
        COL_ZONE,
        COL_SHIFTS,
        COL_HOURS,
        COL_DRAFT,
        COL_PUBLISHED,
        COL_TO_DEBRIEF,
        COL_DONE,
        COL_CANCELLED,
    ) = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("ZoneWeekModel", "Zone"),
        QT_TRANSLATE_NOOP("ZoneWeekModel", "Shifts"),
        QT_TRANSLATE_NOOP("ZoneWeekModel", "Hours planned"),
        QT_TRANSLATE_NOOP("ZoneWeekModel", "Draft"),
        QT_TRANSLATE_NOOP("ZoneWeekModel", "Published"),
        QT_TRANSLATE_NOOP("ZoneWeekModel", "To debrief"),
        QT_TRANSLATE_NOOP("ZoneWeekModel", "Done"),
        QT_TRANSLATE_NOOP("ZoneWeekModel", "Cancelled"),
    )
    TOOLTIPS: ClassVar[dict[int, str]] = {
        COL_SHIFTS: QT_TRANSLATE_NOOP(
            "ZoneWeekModel", "Shifts starting this week, cancelled ones included"
        ),
        COL_HOURS: QT_TRANSLATE_NOOP(
            "ZoneWeekModel", "Total length of the shifts that are not cancelled"
        ),
        COL_PUBLISHED: QT_TRANSLATE_NOOP("ZoneWeekModel", "Published shifts not over yet"),
        COL_TO_DEBRIEF: QT_TRANSLATE_NOOP(
            "ZoneWeekModel", "Published shifts that are over: their debrief is not recorded yet"
        ),
    }

    def _value(self, zone: ZoneWeek, column: int) -> str | int | float:
        return (
            zone.name,
            zone.shifts,
            zone.hours,
            zone.draft,
            zone.published,
            zone.to_debrief,
            zone.done,
            zone.cancelled,
        )[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        zone, column = self._rows[index.row()], index.column()
        value = self._value(zone, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(value, decimals=1 if column == self.COL_HOURS else 0)
        if role == VALUE_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.COL_ZONE:
            return NUMBER_ALIGNMENT
        return self._colour(zone, column, role, value)

    def _colour(self, zone: ZoneWeek, column: int, role: int, value: object) -> QColor | None:
        """The zone's colour beside its name; shifts to debrief, when any, in amber."""
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_ZONE:
            return QColor(zone.colour)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_TO_DEBRIEF and value:
            return QColor(labels.SHIFT_TO_DEBRIEF_COLOUR)
        return None


class StaffModel(RowsTableModel):
    """One row per organization: its active people per role, and in all."""

    CONTEXT = "StaffModel"
    COL_ORGANIZATION = 0
    ROLE_COLUMNS = (
        Role.EDUCATOR,
        Role.OFFICER,
        Role.SOCIAL_WORKER,
        Role.COORDINATOR,
        Role.MANAGER,
        Role.ADMIN,
    )
    COL_TOTAL = len(ROLE_COLUMNS) + 1
    HEADERS = (
        QT_TRANSLATE_NOOP("StaffModel", "Organization"),
        QT_TRANSLATE_NOOP("StaffModel", "Educators"),
        QT_TRANSLATE_NOOP("StaffModel", "Officers"),
        QT_TRANSLATE_NOOP("StaffModel", "Social workers"),
        QT_TRANSLATE_NOOP("StaffModel", "Coordinators"),
        QT_TRANSLATE_NOOP("StaffModel", "Managers"),
        QT_TRANSLATE_NOOP("StaffModel", "Administrators"),
        QT_TRANSLATE_NOOP("StaffModel", "Total"),
    )

    def _value(self, org: OrganizationStaff, column: int) -> str | int:
        if column == self.COL_ORGANIZATION:
            return org.name
        if column == self.COL_TOTAL:
            return org.total
        return org.count(self.ROLE_COLUMNS[column - 1])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._value(self._rows[index.row()], index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(value)
        if role == VALUE_ROLE:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != self.COL_ORGANIZATION:
            return NUMBER_ALIGNMENT
        return None
