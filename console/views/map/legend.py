"""The map's legend: the pressure classes, the flag, signal markers and the debrief badge."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from console.models import SignalKind
from console.views.map.items import FLAG
from console.views.map.signal_layer import draw_marker
from console.views.map.style import (
    DEBRIEF_COLOUR,
    FLAG_COLOUR,
    KIND_STYLES,
    PRESSURE_RAMP,
    PressureClasses,
    kind_label,
)

PADDING = 8
SWATCH = 14


def number_text(value: float) -> str:
    """A class bound: no decimals when whole, else as few as it needs (at most two)."""
    locale = QLocale()
    if abs(value - round(value)) < 1e-9:
        return locale.toString(round(value))
    return locale.toString(round(value, 2), "g", 6)


class MapLegend(QWidget):
    """Painted over the map's corner; shows the sections of the layers that are on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.classes: PressureClasses | None = None
        self.show_zones = True
        self.show_signals = True
        self.show_debriefs = True
        self.bold = QFont(self.font())
        self.bold.setBold(True)

    def set_state(
        self, classes: PressureClasses | None, *, zones: bool, signals: bool, debriefs: bool
    ) -> None:
        self.classes = classes
        self.show_zones, self.show_signals, self.show_debriefs = zones, signals, debriefs
        self.setVisible(zones or signals or debriefs)
        self.updateGeometry()
        self.adjustSize()
        self.update()

    # -- content -----------------------------------------------------------------------------

    def _rows(self) -> list[tuple[str, str, object]]:
        """(kind of row, text, payload) from top to bottom."""
        rows: list[tuple[str, str, object]] = []
        if self.show_zones:
            rows.append(("title", self.tr("Pressure (signals/week)"), None))
            if self.classes is not None:
                bounds = self.classes.bounds()
                for number, (low, high) in reversed(list(enumerate(bounds))):
                    text = f"{number_text(low)} – {number_text(high)}"
                    if number == len(bounds) - 1:
                        text = self.tr("{low} or more").format(low=number_text(low))
                    rows.append(("swatch", text, PRESSURE_RAMP[number]))
            rows.append(("flag", self.tr("above review threshold"), None))
        if self.show_signals:
            rows.append(("title", self.tr("Signals"), None))
            rows.extend(("marker", kind_label(kind), kind) for kind in KIND_STYLES)
            rows.append(("cluster", self.tr("several, by kind"), None))
        if self.show_debriefs:
            rows.append(("badge", self.tr("debriefs in the zone"), None))
        return rows

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.bold)
        line = max(metrics.height(), SWATCH) + 4
        rows = self._rows()
        width = max((metrics.horizontalAdvance(text) for _k, text, _p in rows), default=0)
        return QSize(width + SWATCH + 3 * PADDING + 6, len(rows) * line + 2 * PADDING)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(0, 0, 0, 60)))
        painter.setBrush(QColor(255, 255, 255, 225))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5)
        metrics = QFontMetrics(self.bold)
        line = max(metrics.height(), SWATCH) + 4
        y = float(PADDING)
        text_left = PADDING + SWATCH + PADDING
        for kind, text, payload in self._rows():
            middle = QPointF(PADDING + SWATCH / 2, y + line / 2)
            box = QRectF(PADDING, y + (line - SWATCH) / 2, SWATCH, SWATCH)
            painter.setFont(self.bold if kind == "title" else self.font())
            if kind == "title":
                painter.setPen(QColor("#202020"))
                painter.drawText(
                    QRectF(PADDING, y, self.width(), line), Qt.AlignmentFlag.AlignVCenter, text
                )
                y += line
                continue
            if kind == "swatch":
                painter.setPen(QPen(QColor(0, 0, 0, 90)))
                painter.setBrush(QColor(str(payload)))
                painter.drawRect(box)
            elif kind == "flag":
                painter.setPen(QColor(FLAG_COLOUR))
                painter.setFont(self.bold)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, FLAG)
                painter.setFont(self.font())
            elif kind == "marker":
                draw_marker(painter, middle, SignalKind(str(payload)), 5.5)
            elif kind == "cluster":
                self._cluster_sample(painter, middle)
            elif kind == "badge":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(DEBRIEF_COLOUR))
                painter.drawRoundedRect(box.adjusted(-2, 0, 2, 0), 7, 7)
                painter.setPen(QColor("white"))
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "3")
            painter.setPen(QColor("#202020"))
            painter.drawText(
                QRectF(text_left, y, self.width() - text_left, line),
                Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            y += line
        painter.end()

    def _cluster_sample(self, painter: QPainter, middle: QPointF) -> None:
        radius = SWATCH / 2 + 1
        box = QRectF(middle.x() - radius, middle.y() - radius, 2 * radius, 2 * radius)
        painter.setPen(Qt.PenStyle.NoPen)
        start = 90 * 16
        for style in KIND_STYLES.values():
            painter.setBrush(QColor(style.colour))
            painter.drawPie(box, start, -120 * 16)
            start -= 120 * 16
        painter.setBrush(QColor("white"))
        painter.drawEllipse(middle, radius * 0.55, radius * 0.55)
