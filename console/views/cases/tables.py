"""The read-only tables of the Cases section: one way to build them, one way to size them."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

COLUMN_WIDTH = 160  # pixels at most for a column not named otherwise (long names are elided)


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
    return table


def fit_columns(table: QTableView, widths: dict[int, int] | None = None) -> None:
    """Columns as wide as their contents, never wider than ``widths`` (or COLUMN_WIDTH)."""
    table.resizeColumnsToContents()
    for column in range(table.model().columnCount()):
        limit = (widths or {}).get(column, COLUMN_WIDTH)
        if table.columnWidth(column) > limit:
            table.setColumnWidth(column, limit)
