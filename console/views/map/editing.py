"""Tools on the map canvas: draw a new zone, edit a zone's vertices, pick a point.

Each tool is given the canvas's mouse and keys (see canvas.Tool) and emits what the person
did; the section decides what follows. Vertex edits go through a QUndoStack as shape commands.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPainterPath, QPen, QPolygonF, QUndoCommand
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from console.views.map import shapes
from console.views.map.items import Z_EDIT
from console.views.map.mercator import HALF_WORLD, scene_to_lonlat
from console.views.map.shapes import Point, Shape, Vertex

HANDLE = 5.0  # half the side of a vertex handle, pixels
GRAB = 9.0  # how near (pixels) a press must be to take a vertex or an edge
EDIT_COLOUR = "#0b57d0"


class EditOverlay(QGraphicsItem):
    """Paints the shape being edited or drawn: outline, vertex handles, and the rubber band."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(Z_EDIT)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.shape_: Shape = ()
        self.open_ring: list[Point] = []  # a ring still being drawn (not closed)
        self.cursor: Point | None = None
        self.hot: Vertex | None = None

    def boundingRect(self) -> QRectF:
        return QRectF(-HALF_WORLD, -HALF_WORLD, 2 * HALF_WORLD, 2 * HALF_WORLD)

    def shape(self) -> QPainterPath:
        return QPainterPath()

    def set_shape(self, shape: Shape) -> None:
        self.shape_ = shape
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        transform = painter.worldTransform()
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(EDIT_COLOUR)
        fill = QColor(colour)
        fill.setAlpha(40)
        outline = QPen(colour, 2, Qt.PenStyle.DashLine)
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.OddEvenFill)
        for rings in self.shape_:
            for ring in rings:
                path.addPolygon(QPolygonF([transform.map(QPointF(*p)) for p in ring]))
                path.closeSubpath()
        painter.setPen(outline)
        painter.setBrush(fill)
        painter.drawPath(path)
        if self.open_ring:
            line = [transform.map(QPointF(*p)) for p in self.open_ring]
            if self.cursor is not None:
                line.append(transform.map(QPointF(*self.cursor)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(QPolygonF(line))
        painter.setPen(QPen(colour, 1.5))
        for vertex, point in [*shapes.vertices(self.shape_), *self._open_vertices()]:
            centre = transform.map(QPointF(*point))
            painter.setBrush(colour if vertex == self.hot else QColor("white"))
            painter.drawRect(
                QRectF(centre.x() - HANDLE, centre.y() - HANDLE, 2 * HANDLE, 2 * HANDLE)
            )
        painter.restore()

    def _open_vertices(self) -> list[tuple[Vertex, Point]]:
        return [((-1, 0, i), p) for i, p in enumerate(self.open_ring)]


class ShapeCommand(QUndoCommand):
    """One vertex edit: redo shows ``after``, undo ``before``."""

    def __init__(self, tool: ShapeEditTool, before: Shape, after: Shape, text: str) -> None:
        super().__init__(text)
        self.tool, self.before, self.after = tool, before, after

    def redo(self) -> None:
        self.tool.set_shape(self.after)

    def undo(self) -> None:
        self.tool.set_shape(self.before)


class _BaseTool(QObject):
    """Does nothing, lets the map pan; subclasses override what they use."""

    sig_cancelled = Signal()  # Esc

    def __init__(self, overlay: EditOverlay, pixels_per_unit, parent: QObject | None = None):
        super().__init__(parent)
        self.overlay = overlay
        self._scale = pixels_per_unit  # callable: view pixels per scene metre now

    def tolerance(self) -> float:
        return GRAB / max(self._scale(), 1e-12)

    def press(self, scene: QPointF, pixel: QPointF) -> bool:
        return False

    def drag(self, scene: QPointF) -> None:
        return None

    def release(self, scene: QPointF) -> None:
        return None

    def hover(self, scene: QPointF, pixel: QPointF) -> None:
        return None

    def click(self, scene: QPointF, pixel: QPointF) -> bool:
        return True  # a tool's click never selects a zone below

    def double_click(self, scene: QPointF, pixel: QPointF) -> bool:
        return True

    def key(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key.Key_Escape:
            self.sig_cancelled.emit()
            return True
        return False


class DrawTool(_BaseTool):
    """Click to add vertices; double-click or Enter closes the outline, Backspace takes the
    last vertex back, Esc gives up. Drags still pan the map."""

    sig_finished = Signal(object)  # list[Point]: the outline in scene coordinates

    def __init__(self, overlay: EditOverlay, pixels_per_unit, parent: QObject | None = None):
        super().__init__(overlay, pixels_per_unit, parent)
        self.points: list[Point] = []
        overlay.set_shape(())
        overlay.open_ring = self.points

    def click(self, scene: QPointF, pixel: QPointF) -> bool:
        self.points.append((scene.x(), scene.y()))
        self.overlay.update()
        return True

    def hover(self, scene: QPointF, pixel: QPointF) -> None:
        self.overlay.cursor = (scene.x(), scene.y())
        self.overlay.update()

    def double_click(self, scene: QPointF, pixel: QPointF) -> bool:
        # The first click of a double-click has usually added this corner already.
        point = (scene.x(), scene.y())
        if not self.points or math.dist(self.points[-1], point) > self.tolerance():
            self.points.append(point)
        self.finish()
        return True

    def finish(self) -> None:
        self.sig_finished.emit(list(self.points))

    def key(self, event: QKeyEvent) -> bool:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish()
            return True
        if event.key() == Qt.Key.Key_Backspace and self.points:
            self.points.pop()
            self.overlay.update()
            return True
        return super().key(event)


class ShapeEditTool(_BaseTool):
    """Drag a vertex to move it, double-click an edge to add one, Delete removes the vertex
    under the cursor. Every edit is a ShapeCommand on ``undo_stack``."""

    sig_refused = Signal(str)  # why an edit was not made (a ring needs 3 points)
    sig_changed = Signal()  # the shape shown changed (edit, undo or redo)

    def __init__(
        self,
        overlay: EditOverlay,
        pixels_per_unit,
        *,
        shape: Shape,
        undo_stack,
        texts: dict[str, str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(overlay, pixels_per_unit, parent)
        self.undo_stack = undo_stack
        self.texts = texts  # translated: "move", "insert", "remove", "too_few"
        self.shape: Shape = shape
        self.original = shape
        self._dragging: Vertex | None = None
        self._drag_start: Shape = shape
        self._cursor: Point | None = None
        overlay.open_ring = []
        overlay.set_shape(shape)

    def set_shape(self, shape: Shape) -> None:
        self.shape = shape
        self.overlay.set_shape(shape)
        self.sig_changed.emit()

    def press(self, scene: QPointF, pixel: QPointF) -> bool:
        found = shapes.nearest_vertex(self.shape, (scene.x(), scene.y()), self.tolerance())
        if found is None:
            return False
        self._dragging = found[0]
        self._drag_start = self.shape
        return True

    def drag(self, scene: QPointF) -> None:
        if self._dragging is not None:
            self.set_shape(shapes.moved(self.shape, self._dragging, (scene.x(), scene.y())))

    def release(self, scene: QPointF) -> None:
        if self._dragging is None:
            return
        self.drag(scene)
        self._dragging = None
        if self.shape != self._drag_start:
            self.undo_stack.push(
                ShapeCommand(self, self._drag_start, self.shape, self.texts["move"])
            )

    def hover(self, scene: QPointF, pixel: QPointF) -> None:
        self._cursor = (scene.x(), scene.y())
        found = shapes.nearest_vertex(self.shape, self._cursor, self.tolerance())
        hot = None if found is None else found[0]
        if hot != self.overlay.hot:
            self.overlay.hot = hot
            self.overlay.update()

    def double_click(self, scene: QPointF, pixel: QPointF) -> bool:
        point = (scene.x(), scene.y())
        if shapes.nearest_vertex(self.shape, point, self.tolerance()) is not None:
            return True
        found = shapes.nearest_edge(self.shape, point, self.tolerance())
        if found is not None:
            after = shapes.inserted(self.shape, found[0], found[1])
            self.undo_stack.push(ShapeCommand(self, self.shape, after, self.texts["insert"]))
        return True

    def remove_at(self, point: Point) -> None:
        found = shapes.nearest_vertex(self.shape, point, self.tolerance())
        if found is None:
            return
        after = shapes.removed(self.shape, found[0])
        if after is None:
            self.sig_refused.emit(self.texts["too_few"])
            return
        self.undo_stack.push(ShapeCommand(self, self.shape, after, self.texts["remove"]))

    def key(self, event: QKeyEvent) -> bool:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._cursor:
            self.remove_at(self._cursor)
            return True
        return super().key(event)


class PickTool(_BaseTool):
    """A click picks a point (longitude, latitude); drags still pan."""

    sig_picked = Signal(float, float)  # lon, lat

    def click(self, scene: QPointF, pixel: QPointF) -> bool:
        lon, lat = scene_to_lonlat(scene.x(), scene.y())
        self.sig_picked.emit(lon, lat)
        return True

    def double_click(self, scene: QPointF, pixel: QPointF) -> bool:
        return True
