"""Item models of the Cases section, fed rows from the casework services; they never query."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from console.models import Priority
from console.views.common import labels
from console.views.common.formatting import format_date
from console.views.common.rows_model import Index, RowsTableModel

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the case id of a row
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # the raw value a column sorts by
HTML_ROLE = Qt.ItemDataRole.UserRole + 3  # rich text a delegate draws (search snippets)
DUE_COLOUR = QColor("#b3261e")
PRIORITY_ORDER = {Priority.LOW: 0, Priority.NORMAL: 1, Priority.HIGH: 2}


class CasesModel(RowsTableModel):
    """The case list: one ``casework.CaseRow`` per row."""

    CONTEXT = "CasesModel"
    (
        COL_TITLE,
        COL_STATUS,
        COL_PRIORITY,
        COL_REVIEW,
        COL_REFERRALS,
        COL_PERSON,
        COL_OWNER,
        COL_ZONE,
    ) = range(8)
    HEADERS = (
        QT_TRANSLATE_NOOP("CasesModel", "Case"),
        QT_TRANSLATE_NOOP("CasesModel", "Status"),
        QT_TRANSLATE_NOOP("CasesModel", "Priority"),
        QT_TRANSLATE_NOOP("CasesModel", "Review"),
        QT_TRANSLATE_NOOP("CasesModel", "Referrals"),
        QT_TRANSLATE_NOOP("CasesModel", "Person"),
        QT_TRANSLATE_NOOP("CasesModel", "Owner"),
        QT_TRANSLATE_NOOP("CasesModel", "Zone"),
    )
    TOOLTIPS: ClassVar[dict[int, str]] = {
        COL_PERSON: QT_TRANSLATE_NOOP(
            "CasesModel", "The person the case is about, as you may see them (often a nickname)"
        ),
        COL_REVIEW: QT_TRANSLATE_NOOP(
            "CasesModel", "The date of the next review; red: the review is due"
        ),
        COL_REFERRALS: QT_TRANSLATE_NOOP(
            "CasesModel", "Referrals of this case waiting for your organization to answer"
        ),
    }
    TEXT_COLUMNS = frozenset(range(8)) - {COL_REFERRALS}

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        # The handler of each role, made once: data() is asked thousands of times a paint
        # (each cell, each role) and sizing the columns asks as often again.
        self._handlers: dict[int, Any] = {
            Qt.ItemDataRole.DisplayRole: self._text,
            SORT_ROLE: self._sort_key,
            ID_ROLE: lambda row, _column: row.id,
            Qt.ItemDataRole.TextAlignmentRole: lambda _row, col: self.alignment(col),
            Qt.ItemDataRole.ForegroundRole: self._foreground,
            Qt.ItemDataRole.FontRole: self._font,
            Qt.ItemDataRole.ToolTipRole: self._tooltip,
        }
        self._bold: QFont | None = None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        handler = self._handlers.get(role)
        if handler is None or not index.isValid():
            return None
        number = index.row()
        if not 0 <= number < len(self._rows):
            return None
        return handler(self._rows[number], index.column())

    def _foreground(self, case: Any, column: int) -> QBrush | None:
        return QBrush(DUE_COLOUR) if column == self.COL_REVIEW and case.review_due else None

    def _font(self, case: Any, column: int) -> QFont | None:
        due = column == self.COL_REVIEW and case.review_due
        urgent = column == self.COL_PRIORITY and case.priority is Priority.HIGH
        if not (due or urgent):
            return None
        if self._bold is None:
            self._bold = QFont()
            self._bold.setBold(True)
        return self._bold

    def _tooltip(self, case: Any, column: int) -> str | None:
        if column == self.COL_TITLE:
            # Whole, with what a narrow list hides: the person, the owner and the zone.
            about = (case.subject_display, case.owner_name, case.zone_name)
            details = " · ".join(part for part in about if part)
            return "\n".join(part for part in (case.title, case.organization_name, details) if part)
        if column == self.COL_REVIEW and case.review_due:
            return self.tr("The review is due")
        if column in (self.COL_PERSON, self.COL_OWNER, self.COL_ZONE):
            return self._text(case, column) or None  # whole, where the column elides it
        return None

    def _text(self, case: Any, column: int) -> str:
        if column == self.COL_REVIEW:
            return format_date(case.next_review_on) if case.next_review_on else ""
        if column == self.COL_REFERRALS:
            return str(case.referrals_waiting) if case.referrals_waiting else ""
        return {
            self.COL_TITLE: case.title,
            self.COL_STATUS: labels.case_status_label(case.status),
            self.COL_PRIORITY: labels.priority_label(case.priority),
            self.COL_PERSON: case.subject_display or "",
            self.COL_OWNER: case.owner_name,
            self.COL_ZONE: case.zone_name or "",
        }[column]

    def _sort_key(self, case: Any, column: int) -> Any:
        if column == self.COL_PRIORITY:
            return PRIORITY_ORDER[Priority(case.priority)]
        if column == self.COL_REVIEW:
            return (case.next_review_on or date.max).toordinal()
        if column == self.COL_REFERRALS:
            return case.referrals_waiting
        return self._text(case, column).casefold()

    def row_of(self, case_id: int) -> int | None:
        for number in range(self.rowCount()):
            if self.row(number).id == case_id:
                return number
        return None


class CasesProxy(QSortFilterProxyModel):
    """Sorts the case list by the raw values (dates as dates, priorities by weight)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def case_id(self, index: QModelIndex) -> int | None:
        return index.data(ID_ROLE) if index.isValid() else None


class HitsModel(RowsTableModel):
    """Search hits (``casework.SearchHit``), best first: the case and the matching snippet."""

    CONTEXT = "CasesModel"
    COL_CASE, COL_SNIPPET = range(2)
    HEADERS = (
        QT_TRANSLATE_NOOP("CasesModel", "Case"),
        QT_TRANSLATE_NOOP("CasesModel", "Found"),
    )
    TEXT_COLUMNS = frozenset({0, 1})

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        hit = self.row(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.case_title if column == self.COL_CASE else one_line(hit.plain)
        values = {
            HTML_ROLE: snippet_html(hit.plain, hit.spans) if column == self.COL_SNIPPET else None,
            ID_ROLE: hit.case_id,
            Qt.ItemDataRole.TextAlignmentRole: self.alignment(column),
            Qt.ItemDataRole.ToolTipRole: hit.case_title if column == self.COL_CASE else hit.plain,
        }
        return values.get(role)


def snippet_html(plain: str, spans: Sequence[tuple[int, int]]) -> str:
    """The snippet escaped for rich text on one line, the matches (``spans``) in bold."""
    parts, done = [], 0
    for start, end in sorted(spans):
        if start < done:
            continue
        parts += [html.escape(plain[done:start]), f"<b>{html.escape(plain[start:end])}</b>"]
        done = end
    parts.append(html.escape(plain[done:]))
    return one_line("".join(parts))


def one_line(text: str) -> str:
    return " ".join(text.split())
