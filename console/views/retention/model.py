"""The retention table: one row per kind of personal record, its period (editable), the example
period, the day before which records expired, how many did, and what a run does to them."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont

from console.services.retention.rules import MAX_MONTHS, MIN_MONTHS, Outcome, RecordKind
from console.services.retention.run import KindCount
from console.views.common.formatting import format_date
from console.views.common.rows_model import Index, RowsTableModel

CONTEXT = "RetentionModel"
KIND_NAMES: dict[RecordKind, str] = {
    RecordKind.CASE_NOTES: QT_TRANSLATE_NOOP("RetentionModel", "Notes of closed cases"),
    RecordKind.CASES: QT_TRANSLATE_NOOP(
        "RetentionModel", "Titles and referral reasons of closed cases"
    ),
    RecordKind.PEOPLE_MET: QT_TRANSLATE_NOOP("RetentionModel", "People met, their consents"),
    RecordKind.DEBRIEF_NARRATIVES: QT_TRANSLATE_NOOP("RetentionModel", "Debrief narratives"),
    RecordKind.ABSENCE_REASONS: QT_TRANSLATE_NOOP("RetentionModel", "Reasons for absences"),
    RecordKind.SIGNAL_TEXT: QT_TRANSLATE_NOOP("RetentionModel", "Text of signals"),
    RecordKind.MEETING_RESTRICTED: QT_TRANSLATE_NOOP(
        "RetentionModel", "Restricted meeting records"
    ),
    RecordKind.MEETING_SHARED: QT_TRANSLATE_NOOP("RetentionModel", "Shared meeting records"),
    RecordKind.AUDIT: QT_TRANSLATE_NOOP("RetentionModel", "Audit log entries"),
}
KIND_TIPS: dict[RecordKind, str] = {
    RecordKind.CASE_NOTES: QT_TRANSLATE_NOOP(
        "RetentionModel", "Notes of cases closed longer ago than the period"
    ),
    RecordKind.CASES: QT_TRANSLATE_NOOP(
        "RetentionModel", "Titles and referral reasons of cases closed longer ago than the period"
    ),
    RecordKind.PEOPLE_MET: QT_TRANSLATE_NOOP(
        "RetentionModel",
        "People met with no case open or closed within the period, and not met in it: "
        "nickname, name, description and references anonymised, consents and corrections removed",
    ),
    RecordKind.DEBRIEF_NARRATIVES: QT_TRANSLATE_NOOP(
        "RetentionModel", "Outcome and follow-up of debriefs older than the period; counts are kept"
    ),
    RecordKind.ABSENCE_REASONS: QT_TRANSLATE_NOOP(
        "RetentionModel",
        "The note of absences that ended longer ago than the period; the kind is kept",
    ),
    RecordKind.SIGNAL_TEXT: QT_TRANSLATE_NOOP(
        "RetentionModel",
        "Summary and source of signals older than the period; kind, zone, category kept",
    ),
    RecordKind.MEETING_RESTRICTED: QT_TRANSLATE_NOOP(
        "RetentionModel",
        "Decisions, actions and minutes for one organization or social services; open actions "
        "are kept",
    ),
    RecordKind.MEETING_SHARED: QT_TRANSLATE_NOOP(
        "RetentionModel",
        "Shared decisions, actions, minutes and case agenda items; open actions are kept",
    ),
    RecordKind.AUDIT: QT_TRANSLATE_NOOP(
        "RetentionModel",
        "Counted only: a run never removes audit entries (the log is a chain); export and "
        "archive it by your own rules",
    ),
}
OUTCOME_NAMES: dict[Outcome, str] = {
    Outcome.ANONYMISED: QT_TRANSLATE_NOOP("RetentionModel", "anonymised"),
    Outcome.REMOVED: QT_TRANSLATE_NOOP("RetentionModel", "removed"),
    Outcome.KEPT: QT_TRANSLATE_NOOP("RetentionModel", "kept (counted only)"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class RetentionModel(RowsTableModel):
    """Fed :class:`KindCount` rows and each kind's example period; the period column is
    editable (whole months), the edits kept apart until saved (:meth:`edited`)."""

    CONTEXT = CONTEXT
    COL_KIND, COL_MONTHS, COL_EXAMPLE, COL_BEFORE, COL_COUNT, COL_OUTCOME = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("RetentionModel", "Kind of record"),
        QT_TRANSLATE_NOOP("RetentionModel", "Kept for (months)"),
        QT_TRANSLATE_NOOP("RetentionModel", "Example"),
        QT_TRANSLATE_NOOP("RetentionModel", "Expired before"),
        QT_TRANSLATE_NOOP("RetentionModel", "Records"),
        QT_TRANSLATE_NOOP("RetentionModel", "A run"),
    )
    TOOLTIPS: ClassVar[dict[int, str]] = {
        1: QT_TRANSLATE_NOOP(
            "RetentionModel", "Double-click to change; save the periods to apply them"
        ),
        2: QT_TRANSLATE_NOOP(
            "RetentionModel", "The period the console suggests: an example, not advice"
        ),
    }
    TEXT_COLUMNS = frozenset({0, 3, 5})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.examples: dict[RecordKind, int] = {}
        self._edits: dict[RecordKind, int] = {}
        self._edited_font = QFont()
        self._edited_font.setBold(True)  # a period changed and not saved yet

    def set_plan(self, rows: tuple[KindCount, ...], examples: dict[RecordKind, int]) -> None:
        self.examples = dict(examples)
        self._edits = {}
        self.set_rows(rows)

    def edited(self) -> dict[RecordKind, int]:
        """The periods changed in the table and not saved yet."""
        return dict(self._edits)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.COL_MONTHS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != self.COL_MONTHS:
            return False
        try:
            months = int(value)
        except (TypeError, ValueError):
            return False
        if not MIN_MONTHS <= months <= MAX_MONTHS:
            return False
        kind = self.row(index.row()).kind
        if months == self.row(index.row()).months:
            self._edits.pop(kind, None)
        else:
            self._edits[kind] = months
        self.dataChanged.emit(index, index)
        return True

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: KindCount = self.row(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_KIND:
            return _t(KIND_TIPS[row.kind])
        if role == Qt.ItemDataRole.FontRole and column == self.COL_MONTHS:
            return self._edited_font if row.kind in self._edits else None
        if role in {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole}:
            return self._value(row, column)
        return None

    def _value(self, row: KindCount, column: int) -> Any:
        values = {
            self.COL_KIND: lambda: _t(KIND_NAMES[row.kind]),
            self.COL_MONTHS: lambda: self._edits.get(row.kind, row.months),
            self.COL_EXAMPLE: lambda: self.examples.get(row.kind, row.months),
            self.COL_BEFORE: lambda: format_date(row.day),
            self.COL_COUNT: lambda: row.count,
            self.COL_OUTCOME: lambda: _t(OUTCOME_NAMES[row.outcome]),
        }
        return values[column]()
