"""The read-only tables of the Cases section: one way to build them, one way to size them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView
from shiboken6 import Shiboken

COLUMN_WIDTH = 160  # pixels at most for a column not named otherwise (long names are elided)
STRETCH_MIN = 180  # pixels the column that takes the rest keeps before others make room
# Rows measured to size the columns: those in view and this many more, never all 500 (their
# texts are elided at COLUMN_WIDTH anyway, and shown whole in the tooltip and the detail).
MEASURED_ROWS = 50


def make_table(model: QAbstractItemModel, name: str) -> QTableView:
    """Rows selected one at a time, never edited, the last column stretched."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setResizeContentsPrecision(MEASURED_ROWS)
    return table


def fit_columns(table: QTableView, widths: dict[int, int] | None = None) -> None:
    """Columns as wide as their contents, never wider than ``widths`` (or COLUMN_WIDTH) and
    never narrower than their header, which stays whole. Only the rows in view and
    MEASURED_ROWS more are measured (``make_table`` sets the precision)."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for column in range(table.model().columnCount()):
        limit = (widths or {}).get(column, COLUMN_WIDTH)
        limit = max(limit, header.sectionSizeFromContents(column).width())
        if table.columnWidth(column) > limit:
            table.setColumnWidth(column, limit)


class FittedColumns(QObject):
    """Keeps a table readable at any width: every column as :func:`fit_columns` sizes it, the
    ``stretch`` column takes what is left (its long texts elided, whole in the tooltip), and
    while it would get less than ``stretch_min`` pixels the ``optional`` columns are hidden,
    the first named first, rather than cutting headers at the table's edge."""

    def __init__(
        self,
        table: QTableView,
        stretch: int,
        optional: Sequence[int] = (),
        widths: dict[int, int] | None = None,
        stretch_min: int = STRETCH_MIN,
    ) -> None:
        super().__init__(table)
        self.table = table
        self.stretch = stretch
        self.optional = tuple(optional)
        self.widths = widths
        self.stretch_min = stretch_min
        self._wanted: dict[int, int] = {}
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)

    def fit(self) -> None:
        """Size the columns for the rows now shown."""
        for column in self.optional:
            self.table.setColumnHidden(column, False)
        fit_columns(self.table, self.widths)
        self._wanted = {
            column: self.table.columnWidth(column)
            for column in range(self.table.model().columnCount())
            if column != self.stretch
        }
        self.arrange()

    def arrange(self) -> None:
        """Hide as many optional columns as the stretch column needs, and no more."""
        if not self._wanted or not Shiboken.isValid(self.table):
            return  # nothing fitted yet, or the table is being destroyed
        room = self.table.viewport().width() - sum(self._wanted.values())
        hidden = set()
        for column in self.optional:
            if room >= self.stretch_min:
                break
            hidden.add(column)
            room += self._wanted[column]
        for column in self.optional:
            if self.table.isColumnHidden(column) != (column in hidden):
                self.table.setColumnHidden(column, column in hidden)

    def hidden(self) -> list[int]:
        return [c for c in self.optional if self.table.isColumnHidden(c)]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self.arrange()
        return super().eventFilter(watched, event)
