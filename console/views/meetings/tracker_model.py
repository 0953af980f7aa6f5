"""The action tracker's table: due date, action, owner, agency, status, meeting. Overdue rows are
red and carry a warning icon and the word "overdue" (never colour alone). Fed rows; never
queries."""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from console.services.meetings.rows import ActionRow
from console.views.common.formatting import format_date, moment_text
from console.views.common.labels import action_status_label
from console.views.common.rows_model import Index, RowsTableModel

OVERDUE_COLOUR = QColor("#b3261e")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # what a column sorts by
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the action's id, on every cell
NO_DATE = date.max.toordinal()  # actions without a due date sort last


class TrackerModel(RowsTableModel):
    """One action a row; ``row_for(id)`` finds a row again after a reload."""

    CONTEXT = "TrackerModel"
    COL_DUE, COL_ACTION, COL_OWNER, COL_AGENCY, COL_STATUS, COL_MEETING = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("TrackerModel", "Due"),
        QT_TRANSLATE_NOOP("TrackerModel", "Action"),
        QT_TRANSLATE_NOOP("TrackerModel", "Owner"),
        QT_TRANSLATE_NOOP("TrackerModel", "Agency"),
        QT_TRANSLATE_NOOP("TrackerModel", "Status"),
        QT_TRANSLATE_NOOP("TrackerModel", "Meeting"),
    )
    TEXT_COLUMNS: ClassVar[frozenset[int]] = frozenset(range(6))

    def __init__(self, tz: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self.tz = tz

    def rows(self) -> tuple[ActionRow, ...]:
        return self._rows

    def row_for(self, action_id: int) -> ActionRow | None:
        return next((row for row in self._rows if row.id == action_id), None)

    def text(self, row: ActionRow, column: int) -> str:  # noqa: PLR0911 - one per column
        if column == self.COL_DUE:
            if row.due_on is None:
                return QCoreApplication.translate("TrackerModel", "no date")
            due = format_date(row.due_on)
            return (
                QCoreApplication.translate("TrackerModel", "{date} — overdue").format(date=due)
                if row.overdue
                else due
            )
        if column == self.COL_ACTION:
            if row.restricted or row.text is None:
                return QCoreApplication.translate(
                    "TrackerModel", "Restricted — an action of {agency}"
                ).format(agency=row.organization_name)
            return row.text
        if column == self.COL_OWNER:
            return row.owner_name or QCoreApplication.translate("TrackerModel", "nobody yet")
        if column == self.COL_AGENCY:
            return row.organization_name
        if column == self.COL_STATUS:
            status = action_status_label(row.status)
            return f"{status}: {row.status_reason}" if row.status_reason else status
        return f"{row.meeting_title}, {moment_text(row.meeting_held_at, self.tz)}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: PLR0911
        if not index.isValid():
            return None
        row: ActionRow = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.overdue:
                return QCoreApplication.translate(
                    "TrackerModel", "Overdue: due on {date} and still open"
                ).format(
                    date=format_date(row.due_on)  # type: ignore[arg-type]
                )
            return self.text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue:
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.DecorationRole and row.overdue and column == self.COL_DUE:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.FontRole and (row.overdue or row.restricted):
            font = QFont()
            font.setBold(row.overdue)
            font.setItalic(row.restricted)
            return font
        if role == SORT_ROLE:
            if column == self.COL_DUE:
                return row.due_on.toordinal() if row.due_on is not None else NO_DATE
            if column == self.COL_MEETING:
                return row.meeting_held_at.timestamp()
            return self.text(row, column).casefold()
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        return None
