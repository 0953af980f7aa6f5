"""A table model fed rows (frozen dataclasses from services): it never queries (HOUSE_RULES 5)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TEXT_ALIGNMENT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class RowsTableModel(QAbstractTableModel):
    """Rows in, cells out. Subclasses name their columns (``COL_*``), give ``HEADERS`` (and
    ``TOOLTIPS``) as untranslated sources in the translation context ``CONTEXT``, list the
    columns holding text in ``TEXT_COLUMNS`` (the others are numbers, right-aligned), and
    implement ``data``."""

    CONTEXT: ClassVar[str]
    HEADERS: ClassVar[tuple[str, ...]]
    TOOLTIPS: ClassVar[dict[int, str]] = {}
    TEXT_COLUMNS: ClassVar[frozenset[int]] = frozenset({0})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Any, ...] = ()

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def row(self, number: int) -> Any:
        return self._rows[number]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return TEXT_ALIGNMENT if column in self.TEXT_COLUMNS else NUMBER_ALIGNMENT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section in self.TOOLTIPS:
            return QCoreApplication.translate(self.CONTEXT, self.TOOLTIPS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(section)
        return None
