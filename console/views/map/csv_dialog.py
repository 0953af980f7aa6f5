"""The CSV import preview: every row of the file, the refused ones in red with the reason.

Import stays disabled while any row has an error: a file goes in whole or not at all. Columns
the console does not know (an ID, a note) are named above the table: they are left out, not
refused.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.services.places.signals import CsvPreview, SignalDraft
from console.views.common.errors import error_text
from console.views.common.formatting import moment_text
from console.views.common.rows_model import Index, RowsTableModel
from console.views.common.validated_dialog import REFUSED_STYLE
from console.views.map.style import kind_label

ERROR_COLOUR = "#b3261e"
ERROR_BACKGROUND = "#fdecea"


@dataclass(frozen=True)
class PreviewRow:
    line: int
    draft: SignalDraft | None  # None for a refused row
    error: str | None


def preview_rows(preview: CsvPreview) -> list[PreviewRow]:
    """Good and refused rows together, in file order."""
    lines = preview.lines or tuple(range(2, len(preview.rows) + 2))
    rows = [PreviewRow(line, draft, None) for line, draft in zip(lines, preview.rows, strict=False)]
    rows += [PreviewRow(error.line, None, error_text(error.error)) for error in preview.errors]
    return sorted(rows, key=lambda row: (row.line, row.draft is not None))


class CsvPreviewModel(RowsTableModel):
    """One row per file line: line, time, kind, category, zone, summary, or the refusal."""

    CONTEXT = "CsvPreviewModel"
    COL_LINE, COL_WHEN, COL_KIND, COL_CATEGORY, COL_ZONE, COL_SUMMARY = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("CsvPreviewModel", "Line"),
        QT_TRANSLATE_NOOP("CsvPreviewModel", "When"),
        QT_TRANSLATE_NOOP("CsvPreviewModel", "Kind"),
        QT_TRANSLATE_NOOP("CsvPreviewModel", "Category"),
        QT_TRANSLATE_NOOP("CsvPreviewModel", "Zone"),
        QT_TRANSLATE_NOOP("CsvPreviewModel", "Summary or error"),
    )
    TEXT_COLUMNS: ClassVar[frozenset[int]] = frozenset(range(1, 6))

    def __init__(self, zone_names: Mapping[int, str], tz: ZoneInfo, parent: Any = None) -> None:
        super().__init__(parent)
        self.zone_names = dict(zone_names)
        self.tz = tz

    def _text(self, row: PreviewRow, column: int) -> str:
        if column == self.COL_LINE:
            return QLocale().toString(row.line)
        draft = row.draft
        if draft is None:
            return (row.error or "") if column == self.COL_SUMMARY else ""
        return (
            "",
            moment_text(draft.occurred_at, self.tz),
            kind_label(draft.kind),
            draft.category,
            self.zone_names.get(draft.zone_id or -1, ""),
            draft.summary,
        )[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: PreviewRow = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, index.column())
        if row.error is not None and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(ERROR_COLOUR))
        if row.error is not None and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(ERROR_BACKGROUND))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(index.column())
        return None


class CsvImportDialog(QDialog):
    """Shows the preview; ``sig_import_requested`` when Import is pressed (only without errors)."""

    sig_import_requested = Signal(object)  # CsvPreview

    def __init__(
        self,
        preview: CsvPreview,
        zone_names: Mapping[int, str],
        tz: ZoneInfo,
        file_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import signals from {file}").format(file=file_name))
        self.model = CsvPreviewModel(zone_names, tz, self)
        self.model.set_rows(preview_rows(preview))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        good, bad = len(preview.rows), len(preview.errors)
        self.summary = QLabel(self.tr("%n row(s) ready to import.", "", good))
        self.ignored = QLabel()
        self.ignored.setWordWrap(True)
        if preview.ignored_columns:
            self.ignored.setText(
                self.tr(
                    "Left out of the import, as the console does not know these columns: {columns}."
                ).format(columns=", ".join(f"“{name}”" for name in preview.ignored_columns))
            )
        self.ignored.setVisible(bool(preview.ignored_columns))
        self.refused = QLabel()
        self.refused.setWordWrap(True)
        self.refused.setStyleSheet(REFUSED_STYLE)
        if bad:
            self.refused.setText(
                self.tr(
                    "%n row(s) have errors (in red). Nothing is imported until the file is "
                    "corrected: fix it and import it again.",
                    "",
                    bad,
                )
            )
        elif not good:
            self.refused.setText(self.tr("The file has no signals to import."))
        self.refused.setVisible(bool(bad or not good))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(not bad and good > 0)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.ignored)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.refused)
        layout.addWidget(self.buttons)
        self.resize(900, 480)

    def can_import(self) -> bool:
        return not self.preview.errors and bool(self.preview.rows)

    def accept(self) -> None:
        if self.can_import():
            self.import_button.setEnabled(False)
            self.sig_import_requested.emit(self.preview)

    def imported(self) -> None:
        super().accept()

    def refused_by_service(self, message: str) -> None:
        self.refused.setText(message)
        self.refused.setVisible(True)
        self.import_button.setEnabled(self.can_import())
