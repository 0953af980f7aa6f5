"""The Calendar's "to debrief" button: how many published shifts are over without a debrief,
and a menu of them; choosing one goes to its week and opens its debrief."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from console.services.planning.to_debrief import ToDebrief
from console.services.planning.week import ShiftRow
from console.views.common import formatting, labels

MENU_ROWS = 15  # the newest shifts listed; the count says how many there are in all
COLOUR = labels.SHIFT_TO_DEBRIEF_COLOUR
STYLE = (
    f"QToolButton {{ background: {COLOUR}; color: white; font-weight: bold;"
    " padding: 2px 10px; border-radius: 3px; }"
    " QToolButton::menu-indicator { image: none; }"
)


class ToDebriefButton(QToolButton):
    """Hidden while there is nothing to debrief. Fed :class:`ToDebrief`; never queries."""

    sig_shift_chosen = Signal(object)  # ShiftRow: the shift whose debrief to record

    def __init__(self, tz: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.count = 0
        self.setStyleSheet(STYLE)
        self.setToolTip(self.tr("Published shifts that are over: record their debrief"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = QMenu(self)
        self.setMenu(self.menu_)
        self.hide()

    def set_shifts(self, found: ToDebrief) -> None:
        self.count = found.count
        self.setText(self.tr("%n shift(s) to debrief", "", found.count))
        self.setVisible(found.count > 0)
        self.menu_.clear()
        for row in found.shifts[:MENU_ROWS]:
            action = self.menu_.addAction(self.shift_text(row))
            action.triggered.connect(
                lambda _checked=False, row=row: self.sig_shift_chosen.emit(row)
            )
        if found.count > MENU_ROWS:
            more = self.menu_.addAction(
                self.tr("… and %n older one(s)", "", found.count - MENU_ROWS)
            )
            more.setEnabled(False)

    def shift_text(self, row: ShiftRow) -> str:
        """ "Tue 24/11/26 18:00 · Piazza Roma · M. Rossi, L. Bianchi"."""
        people = ", ".join(p.short_name for p in row.people)
        text = f"{formatting.format_moment(row.starts_at, self.tz)} · {row.zone_name}"
        return f"{text} · {people}" if people else text
