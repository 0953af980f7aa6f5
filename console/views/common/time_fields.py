"""Small widgets and texts for times shared by the dialogs: quarter-hour fields, durations, zone
colour chips."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QLocale, QTime
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QTimeEdit, QWidget

QUARTER = 15  # minutes


def zone_icon(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def duration_text(length: timedelta) -> str:
    """ "4 h", "4 h 30 min" (real elapsed time)."""
    minutes = round(length.total_seconds() / 60)
    hours, rest = divmod(minutes, 60)
    if rest == 0:
        return QCoreApplication.translate("TimeFields", "{hours} h").format(hours=hours)
    return QCoreApplication.translate("TimeFields", "{hours} h {minutes} min").format(
        hours=hours, minutes=rest
    )


class QuarterTimeEdit(QTimeEdit):
    """A time field whose minutes step by a quarter of an hour (typing any minute still works)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.setWrapping(True)

    def stepBy(self, steps: int) -> None:
        if self.currentSection() != QTimeEdit.Section.MinuteSection:
            super().stepBy(steps)
            return
        current = self.time().hour() * 60 + self.time().minute()
        if current % QUARTER == 0:
            moved = current + steps * QUARTER
        elif steps > 0:  # off the grid, the first step lands on the next quarter that way
            moved = -(-current // QUARTER) * QUARTER + (steps - 1) * QUARTER
        else:
            moved = current // QUARTER * QUARTER + (steps + 1) * QUARTER
        moved %= 24 * 60
        self.setTime(QTime(moved // 60, moved % 60))
