"""Item models of the zone panel: recent signals and upcoming shifts. Fed rows, never query."""

from __future__ import annotations

from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from console.services.places.indicators import UpcomingShift
from console.services.places.signals import SignalInfo
from console.views.common.formatting import moment_text, span_text
from console.views.common.labels import shift_status_label
from console.views.common.rows_model import Index, RowsTableModel
from console.views.map.style import kind_colour, kind_label


class RecentSignalsModel(RowsTableModel):
    """The zone's latest signals: when, kind, category, summary."""

    CONTEXT = "RecentSignalsModel"
    COL_WHEN, COL_KIND, COL_CATEGORY, COL_SUMMARY = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("RecentSignalsModel", "When"),
        QT_TRANSLATE_NOOP("RecentSignalsModel", "Kind"),
        QT_TRANSLATE_NOOP("RecentSignalsModel", "Category"),
        QT_TRANSLATE_NOOP("RecentSignalsModel", "Summary"),
    )
    TEXT_COLUMNS: ClassVar[frozenset[int]] = frozenset(range(4))

    def __init__(self, tz: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self.tz = tz

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: SignalInfo = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (
                moment_text(row.occurred_at, self.tz),
                kind_label(row.kind),
                row.category,
                row.summary,
            )[column]
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_KIND:
            return kind_colour(row.kind)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        return None


class UpcomingShiftsModel(RowsTableModel):
    """The zone's next shifts: when (start to end) and status."""

    CONTEXT = "UpcomingShiftsModel"
    COL_WHEN, COL_STATUS = range(2)
    HEADERS = (
        QT_TRANSLATE_NOOP("UpcomingShiftsModel", "When"),
        QT_TRANSLATE_NOOP("UpcomingShiftsModel", "Status"),
    )
    TEXT_COLUMNS: ClassVar[frozenset[int]] = frozenset(range(2))

    def __init__(self, tz: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self.tz = tz

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: UpcomingShift = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.COL_STATUS:
                return shift_status_label(row.status)
            return span_text(row.starts_at, row.ends_at, self.tz)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(index.column())
        return None
