"""The dashboard's figure tiles: a figure's name, its value for the period and its change
against the previous period (▲ 3, ▼ 2, = ), or "<5" with no change when it is suppressed."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

TILE_STYLE = (
    "QFrame#tile { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }"
)
UP, DOWN, SAME = "▲", "▼", "="


@dataclass(frozen=True)
class TileFigure:
    """What one tile shows: the value as written, its change (signed number, None: not
    shown — no previous period, or either side suppressed) and a detail line (may be "")."""

    value: str
    change: float | None = None
    change_text: str = ""  # the change's size as written ("3", "12,5")
    detail: str = ""


def change_mark(change: float | None, text: str) -> str:
    """ "▲ 3", "▼ 2", "= 0" or "" with no change to show."""
    if change is None:
        return ""
    if change > 0:
        return f"{UP} {text}"
    if change < 0:
        return f"{DOWN} {text}"
    return f"{SAME} {text}"


class FigureTile(QFrame):
    """One figure. ``key`` names it for tests and the layout; the words come translated."""

    def __init__(self, key: str, title: str, tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("tile")
        self.setStyleSheet(TILE_STYLE)
        self.setToolTip(tooltip)
        self.title = QLabel(title)
        self.title.setWordWrap(True)
        self.title.setStyleSheet("color: palette(placeholder-text); border: none;")
        self.value = QLabel("–")
        self.value.setObjectName("tile_value")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setStyleSheet("border: none;")
        self.change = QLabel()
        self.change.setObjectName("tile_change")
        self.change.setStyleSheet("border: none;")
        self.detail = QLabel(" ")
        self.detail.setStyleSheet("color: palette(placeholder-text); border: none;")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        for label in (self.title, self.value, self.change, self.detail):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_figure(self, figure: TileFigure, previous_name: str) -> None:
        """Show ``figure``; ``previous_name`` says what the change is against."""
        self.value.setText(figure.value)
        mark = change_mark(figure.change, figure.change_text)
        self.change.setText(mark)
        self.change.setToolTip(previous_name if mark else "")
        self.detail.setText(figure.detail)  # empty or not, it keeps its line: tiles align

    def clear(self) -> None:
        self.value.setText("–")
        self.change.setText("")
        self.detail.setText("")


class ColumnGrid(QWidget):
    """Widgets in rows of as many columns as its width holds (each column at least
    ``min_width`` wide, at most ``columns`` of them), in the order added; a wide widget takes
    a row of its own. A narrow window re-flows the rows instead of squeezing the widgets until
    their words are cut."""

    def __init__(
        self, columns: int, min_width: int, spacing: int = 8, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.max_columns = columns
        self.min_width = min_width
        self._columns = columns  # the columns shown
        self._items: list[tuple[QWidget, bool]] = []
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(spacing)

    @property
    def columns(self) -> int:
        return self._columns

    def columns_for(self, width: int) -> int:
        """How many columns a grid ``width`` pixels wide shows."""
        spacing = self._grid.horizontalSpacing()
        return max(1, min(self.max_columns, (width + spacing) // (self.min_width + spacing)))

    def fit(self, width: int) -> None:
        """Re-flow the widgets for a grid ``width`` pixels wide."""
        columns = self.columns_for(width)
        if columns != self._columns:
            self._columns = columns
            self._place()

    def add(self, widget: QWidget, *, wide: bool = False) -> QWidget:
        self._items.append((widget, wide))
        self._place()
        return widget

    def take_all(self) -> list[QWidget]:
        """Remove every widget from the grid (they stay the caller's) and return them."""
        taken = [widget for widget, _wide in self._items]
        for widget in taken:
            self._grid.removeWidget(widget)
        self._items = []
        return taken

    def _place(self) -> None:
        for widget, _wide in self._items:
            self._grid.removeWidget(widget)
        row = column = 0
        for widget, wide in self._items:
            if wide:
                if column:
                    row, column = row + 1, 0
                self._grid.addWidget(widget, row, 0, 1, self._columns)
                row += 1
            else:
                self._grid.addWidget(widget, row, column)
                column += 1
                if column == self._columns:
                    row, column = row + 1, 0
        for index in range(self.max_columns):  # equal columns; none left for those unused
            self._grid.setColumnStretch(index, 1 if index < self._columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit(event.size().width())


class TileGrid(ColumnGrid):
    """The figure tiles, by key, in the order they were added."""

    def __init__(self, columns: int, min_width: int, parent: QWidget | None = None) -> None:
        super().__init__(columns, min_width, parent=parent)
        self.tiles: dict[str, FigureTile] = {}

    def add_tile(self, tile: FigureTile) -> FigureTile:
        self.add(tile)
        self.tiles[tile.key] = tile
        return tile
