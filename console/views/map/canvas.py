"""The map canvas: a QGraphicsView over the Mercator scene with pan, zoom, fit and a scale bar.

Drag pans, the wheel zooms around the cursor, + and - zoom around the middle. A click that is
not a drag goes to the active tool (drawing, shape editing, picking a point) if there is one,
else selects the zone under it. The scale bar is drawn in pixels over everything.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from typing import Protocol

from PySide6.QtCore import QLocale, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView, QWidget

from console.views.map.items import ZoneItem
from console.views.map.mercator import HALF_WORLD, WORLD, scale_bar, scene_to_lonlat
from console.views.map.style import BACKGROUND

MIN_PIXELS_PER_METRE = 256 / WORLD  # the whole world in one tile
MAX_PIXELS_PER_METRE = 8.0  # 12.5 cm a pixel: closer than any basemap goes
WHEEL_STEP = 1.25  # zoom factor of one wheel notch (120 eighths of a degree)
KEY_STEP = 1.5
SCALE_BAR_PIXELS = 140  # the longest a scale bar may be
FIT_PIXELS = 40  # room left and right of (and below) what "fit" shows
FIT_ROUNDS = 8

# pixels per metre -> (scene anchor, pixel rectangle around it) of each label and badge
PixelExtents = Callable[[float], Iterable[tuple[QPointF, QRectF]]]


class Tool(Protocol):
    """What a canvas tool answers; True means "handled, the map does nothing more"."""

    def press(self, scene: QPointF, pixel: QPointF) -> bool: ...
    def drag(self, scene: QPointF) -> None: ...
    def release(self, scene: QPointF) -> None: ...
    def hover(self, scene: QPointF, pixel: QPointF) -> None: ...
    def click(self, scene: QPointF, pixel: QPointF) -> bool: ...
    def double_click(self, scene: QPointF, pixel: QPointF) -> bool: ...
    def key(self, event: QKeyEvent) -> bool: ...


class MapCanvas(QGraphicsView):
    """Shows the scene; emits what the person did on it."""

    sig_view_changed = Signal()  # the visible area or the zoom changed (debounced)
    sig_zone_clicked = Signal(int)  # zone id under a click (no tool active)
    sig_background_clicked = Signal()  # a click on no zone (no tool active)
    sig_escape = Signal()  # Esc with no tool active

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.tool: Tool | None = None
        self._press: QPoint | None = None
        self._tool_dragging = False
        self._changed = QTimer(self)
        self._changed.setSingleShot(True)
        self._changed.setInterval(30)
        self._changed.timeout.connect(self.sig_view_changed)
        self._overlays: list[tuple[QWidget, Qt.Corner]] = []
        self.attribution = ""  # the basemap's credit, drawn in the bottom-right corner
        # The whole Mercator plane: pan anywhere, whatever the scene holds.
        self.setSceneRect(QRectF(-HALF_WORLD, -HALF_WORLD, WORLD, WORLD))

    # -- geometry of the view ----------------------------------------------------------------

    def pixels_per_metre(self) -> float:
        return self.transform().m11()

    def metres_per_pixel(self) -> float:
        return 1.0 / self.pixels_per_metre()

    def visible_scene_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def zoom_by(self, factor: float, pixel: QPointF | None = None) -> None:
        """Zoom by ``factor`` keeping the scene point under ``pixel`` (default: the middle)."""
        current = self.pixels_per_metre()
        target = min(max(current * factor, MIN_PIXELS_PER_METRE), MAX_PIXELS_PER_METRE)
        if math.isclose(target, current):
            return
        anchor = pixel if pixel is not None else QPointF(self.viewport().rect().center())
        before = self.mapToScene(anchor.toPoint())
        centre = self.mapToScene(self.viewport().rect().center())
        self.scale(target / current, target / current)
        # Keep ``before`` under the anchor: move the centre by the anchor's offset, rescaled.
        ratio = current / target
        self.centerOn(
            QPointF(
                before.x() + (centre.x() - before.x()) * ratio,
                before.y() + (centre.y() - before.y()) * ratio,
            )
        )
        self._view_changed()

    def zoom_in(self) -> None:
        self.zoom_by(KEY_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / KEY_STEP)

    def fit(self, rect: QRectF, keep: PixelExtents | None = None) -> None:
        """Show ``rect`` (scene) whole, as large as the view allows, clear of the overlays on
        the right. ``keep(pixels_per_metre)`` gives the items drawn in pixels (labels,
        badges) as (scene anchor, pixel rectangle around it) at that scale: they are kept
        whole in view too, so no label is cut at an edge or hidden under the legend."""
        if rect.isNull() or not rect.isValid():
            return
        view = self.viewport().rect()
        target, shown, free = max(
            (_fit_in(free, rect, keep) for free in self._free_areas()), key=lambda fit: fit[0]
        )
        self.resetTransform()
        self.scale(target, target)
        # The middle of the free area, not of the view, goes on the middle of what is shown.
        offset = free.center() - QPointF(view.center())
        self.centerOn((shown.center() - offset) / target)
        self._view_changed()

    def _free_areas(self) -> list[QRectF]:
        """Where a fit may draw: beside the overlays on the right, or below and above them
        (whichever lets the zones be larger is used)."""
        view = self.viewport().rect()
        width, height = view.width(), view.height()
        right = [
            w.geometry()
            for w, corner in self._overlays
            if w.isVisible() and corner in (Qt.Corner.TopRightCorner, Qt.Corner.BottomRightCorner)
        ]
        top, bottom = FIT_PIXELS / 2, height - FIT_PIXELS
        beside = QRectF(
            FIT_PIXELS,
            top,
            max(width - max((g.width() + 20 for g in right), default=0) - 2 * FIT_PIXELS, 50),
            max(bottom - top, 50),
        )
        if not right:
            return [beside]
        for corner_rect in right:
            if corner_rect.center().y() < height / 2:
                top = max(top, corner_rect.bottom() + 10 - self.viewport().y())
            else:
                bottom = min(bottom, corner_rect.top() - 10 - self.viewport().y())
        below = QRectF(FIT_PIXELS, top, max(width - 2 * FIT_PIXELS, 50), max(bottom - top, 50))
        return [beside, below]

    def _view_changed(self) -> None:
        self.viewport().update()
        self._changed.start()

    # -- overlays ----------------------------------------------------------------------------

    def add_overlay(self, widget: QWidget, corner: Qt.Corner) -> None:
        """Keep ``widget`` (a child of this view) in a corner of the map."""
        widget.setParent(self)
        self._overlays.append((widget, corner))
        self._place_overlays()

    def _place_overlays(self) -> None:
        margin = 10
        area = self.viewport().geometry()
        for widget, corner in self._overlays:
            widget.adjustSize()
            size = widget.sizeHint().expandedTo(widget.minimumSizeHint())
            left = corner in (Qt.Corner.TopLeftCorner, Qt.Corner.BottomLeftCorner)
            top = corner in (Qt.Corner.TopLeftCorner, Qt.Corner.TopRightCorner)
            x = area.left() + margin if left else area.right() - margin - size.width()
            y = area.top() + margin if top else area.bottom() - margin - size.height()
            widget.setGeometry(x, y, size.width(), size.height())
            widget.raise_()

    def refresh_overlays(self) -> None:
        self._place_overlays()

    # -- painting ----------------------------------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, QColor(BACKGROUND))

    def set_attribution(self, text: str) -> None:
        """The credit the basemap's data asks for ("" without a basemap)."""
        self.attribution = text
        self.viewport().update()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        self._draw_scale_bar(painter)
        if self.attribution:
            self._draw_attribution(painter)

    def _draw_attribution(self, painter: QPainter) -> None:
        painter.save()
        painter.resetTransform()
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        view = QRectF(self.viewport().rect())
        text = metrics.elidedText(
            self.attribution, Qt.TextElideMode.ElideRight, max(view.width() - 220, 80)
        )
        width = metrics.horizontalAdvance(text) + 10
        box = QRectF(view.right() - width, view.bottom() - metrics.height() - 4, width, 0)
        box.setBottom(view.bottom())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 210))
        painter.drawRect(box)
        painter.setPen(QColor("#303030"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def _draw_scale_bar(self, painter: QPainter) -> None:
        centre = self.mapToScene(self.viewport().rect().center())
        _lon, lat = scene_to_lonlat(centre.x(), centre.y())
        ground = self.metres_per_pixel() * math.cos(math.radians(lat))
        if ground <= 0:
            return
        bar = scale_bar(ground, SCALE_BAR_PIXELS)
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        left = 14.0
        bottom = self.viewport().height() - 14.0
        text = scale_text(bar.metres)
        metrics = painter.fontMetrics()
        box = QRectF(
            left - 6, bottom - metrics.height() - 14, bar.pixels + 12, metrics.height() + 20
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 200))
        painter.drawRoundedRect(box, 3, 3)
        pen = QPen(QColor("#202020"), 2)
        painter.setPen(pen)
        painter.drawLine(QPointF(left, bottom), QPointF(left + bar.pixels, bottom))
        painter.drawLine(QPointF(left, bottom), QPointF(left, bottom - 6))
        painter.drawLine(QPointF(left + bar.pixels, bottom), QPointF(left + bar.pixels, bottom - 6))
        painter.drawText(
            QRectF(left, bottom - metrics.height() - 8, bar.pixels, metrics.height()),
            Qt.AlignmentFlag.AlignCenter,
            text,
        )
        painter.restore()

    # -- input -------------------------------------------------------------------------------

    def set_tool(self, tool: Tool | None) -> None:
        self.tool = tool
        self._tool_dragging = False
        if tool is None:
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)  # its open hand again
        else:
            self.viewport().setCursor(Qt.CursorShape.CrossCursor)
        self.viewport().update()

    def _scene(self, event: QMouseEvent) -> QPointF:
        return self.mapToScene(event.position().toPoint())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        self._press = event.position().toPoint()
        if (
            self.tool is not None
            and event.button() == Qt.MouseButton.LeftButton
            and self.tool.press(self._scene(event), event.position())
        ):
            self._tool_dragging = True
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._tool_dragging and self.tool is not None:
            self.tool.drag(self._scene(event))
            event.accept()
            return
        if self.tool is not None:
            self.tool.hover(self._scene(event), event.position())
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._tool_dragging and self.tool is not None:
            self._tool_dragging = False
            self.tool.release(self._scene(event))
            event.accept()
            return
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if event.button() != Qt.MouseButton.LeftButton or press is None:
            return
        moved = (event.position().toPoint() - press).manhattanLength()
        if moved >= QApplication.startDragDistance():
            self._view_changed()
            return
        scene = self._scene(event)
        if self.tool is not None and self.tool.click(scene, event.position()):
            return
        zone = self.zone_at(event.position().toPoint())
        if zone is None:
            self.sig_background_clicked.emit()
        else:
            self.sig_zone_clicked.emit(zone)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.tool is not None:
            if self.tool.double_click(self._scene(event), event.position()):
                event.accept()
            return
        self.zoom_by(2.0, event.position())

    def zone_at(self, pixel: QPoint) -> int | None:
        """The id of the topmost visible zone under a viewport pixel."""
        for item in self.items(pixel):
            if isinstance(item, ZoneItem) and item.isVisible():
                return item.zone_id
        return None

    def wheelEvent(self, event: QWheelEvent) -> None:
        notches = event.angleDelta().y() / 120
        if notches:
            self.zoom_by(WHEEL_STEP**notches, event.position())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.tool is not None and self.tool.key(event):
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif event.key() == Qt.Key.Key_Minus:
            self.zoom_out()
        elif event.key() == Qt.Key.Key_Escape:
            self.sig_escape.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._changed.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_overlays()
        self._view_changed()


def _clamp_scale(pixels_per_metre: float) -> float:
    return min(max(pixels_per_metre, MIN_PIXELS_PER_METRE), MAX_PIXELS_PER_METRE)


def _fit_in(free: QRectF, rect: QRectF, keep: PixelExtents | None) -> tuple[float, QRectF, QRectF]:
    """The scale that shows ``rect`` and the pixel items of ``keep`` whole in ``free``, what
    they then cover (see :func:`_pixel_span`), and ``free``."""
    target = min(free.width() / max(rect.width(), 1.0), free.height() / max(rect.height(), 1.0))
    target = _clamp_scale(target)
    shown = _pixel_span(rect, target, keep)
    for _ in range(FIT_ROUNDS):  # the pixel parts do not shrink: a few rounds settle it
        ratio = min(free.width() / shown.width(), free.height() / shown.height())
        if ratio >= 1.0 or target <= MIN_PIXELS_PER_METRE:
            break
        target = _clamp_scale(target * ratio * 0.99)
        shown = _pixel_span(rect, target, keep)
    return target, shown, free


def _pixel_span(rect: QRectF, pixels_per_metre: float, keep: PixelExtents | None) -> QRectF:
    """What ``rect`` and the pixel items of ``keep`` cover at that scale, in pixels from the
    scene's origin."""
    span = QRectF(rect.topLeft() * pixels_per_metre, rect.size() * pixels_per_metre)
    for anchor, pixels in keep(pixels_per_metre) if keep is not None else ():
        span = span.united(pixels.translated(anchor * pixels_per_metre))
    return span


def scale_text(metres: float) -> str:
    """A scale bar's label in the user's locale: "200 m", "2 km"."""
    locale = QLocale()
    if metres >= 1000:
        return f"{locale.toString(float(metres) / 1000, 'g', 6)} km"
    return f"{locale.toString(float(metres), 'g', 6)} m"
