"""The dashboard's figure tiles: a figure's name, its value for the period and its change
against the previous period (▲ 3, ▼ 2, = ), or "<5" with no change when it is suppressed."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
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


class TileGrid(QWidget):
    """Tiles in rows of ``columns``, in the order they were added."""

    def __init__(self, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.tiles: dict[str, FigureTile] = {}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(8)

    def add(self, tile: FigureTile) -> FigureTile:
        row, column = divmod(len(self.tiles), self.columns)
        self._grid.addWidget(tile, row, column)
        self.tiles[tile.key] = tile
        return tile
