"""Scene items of the map: zone polygons, their labels, debrief badges, basemap tiles.

The scene is in Mercator metres with y pointing south (see mercator.py). Labels and badges
ignore the view's scale, so they stay the same size in pixels at every zoom.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QStyleOptionGraphicsItem,
    QWidget,
)

from console.views.map.mercator import lonlat_to_scene, tile_scene_origin, tile_size_metres
from console.views.map.style import DEBRIEF_COLOUR, FLAG_COLOUR, ZONE_FILL_ALPHA
from console.views.map.tile_loader import TileKey, TileLoader

Z_TILES, Z_ZONES, Z_SIGNALS, Z_LABELS, Z_EDIT = 0, 10, 20, 30, 40
FLAG = "⚑"


def rings_of(geometry: dict[str, Any]) -> list[list[Sequence[float]]]:
    """Every ring (outlines and holes) of a GeoJSON Polygon or MultiPolygon."""
    if geometry.get("type") == "Polygon":
        return list(geometry["coordinates"])
    if geometry.get("type") == "MultiPolygon":
        return [ring for polygon in geometry["coordinates"] for ring in polygon]
    return []


def geometry_path(geometry: dict[str, Any]) -> QPainterPath:
    """The geometry as one scene path; even-odd filling leaves the holes empty."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in rings_of(geometry):
        polygon = QPolygonF([QPointF(*lonlat_to_scene(p[0], p[1])) for p in ring])
        if not polygon.isEmpty():
            path.addPolygon(polygon)
            path.closeSubpath()
    return path


class ZoneItem(QGraphicsPathItem):
    """A zone's outline in its own colour, filled with its class of the pressure ramp."""

    def __init__(
        self, zone_id: int, geometry: dict[str, Any], colour: str, *, active: bool = True
    ) -> None:
        super().__init__(geometry_path(geometry))
        self.zone_id = zone_id
        self.active = active
        self.outline = QColor(colour)
        self.flagged = False
        self.selected_zone = False
        self.setZValue(Z_ZONES)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.set_fill(None)
        self._update_pen()

    def set_fill(self, colour: QColor | None) -> None:
        if colour is None:
            self.setBrush(QBrush(Qt.BrushStyle.NoBrush))
            return
        fill = QColor(colour)
        fill.setAlpha(ZONE_FILL_ALPHA)
        self.setBrush(QBrush(fill))

    def set_flagged(self, flagged: bool) -> None:
        self.flagged = flagged
        self._update_pen()

    def set_selected_zone(self, selected: bool) -> None:
        self.selected_zone = selected
        self._update_pen()

    def _update_pen(self) -> None:
        width = 4.0 if self.selected_zone else 2.5
        style = Qt.PenStyle.SolidLine if self.active else Qt.PenStyle.DashLine
        pen = QPen(self.outline, width, style)
        pen.setCosmetic(True)  # pixels, whatever the zoom
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self.setPen(pen)
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        super().paint(painter, option, widget)
        if self.flagged:
            # A dashed red line over the outline: flagged even where the fill is pale.
            pen = QPen(QColor(FLAG_COLOUR), 2.0, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self.path())


class _PixelItem(QGraphicsItem):
    """An item drawn in pixels around its scene position (it ignores the view's scale)."""

    def __init__(self) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._rect = QRectF()

    def boundingRect(self) -> QRectF:
        return self._rect

    def shape(self) -> QPainterPath:
        return QPainterPath()  # never in the way of a click on the zone below


class ZoneLabel(_PixelItem):
    """The zone's name (⚑ when above its review threshold) and a line of numbers below."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setZValue(Z_LABELS)
        self.name = name
        self.detail = ""
        self.flagged = False
        self.above = False  # drawn above its position (a zone too small to hold its label)
        self.title_font = QFont()
        self.title_font.setBold(True)
        self.detail_font = QFont()
        self.detail_font.setPointSizeF(self.detail_font.pointSizeF() * 0.9)
        self._layout()

    def set_text(self, detail: str, flagged: bool) -> None:
        self.detail = detail
        self.flagged = flagged
        self._layout()

    def set_above(self, above: bool) -> None:
        if above != self.above:
            self.above = above
            self._layout()

    def title(self) -> str:
        return f"{FLAG} {self.name}" if self.flagged else self.name

    def _layout(self) -> None:
        self.prepareGeometryChange()
        title = QFontMetricsF(self.title_font)
        detail = QFontMetricsF(self.detail_font)
        width = max(title.horizontalAdvance(self.title()), detail.horizontalAdvance(self.detail))
        height = title.height() + (detail.height() if self.detail else 0)
        top = -height - 12 if self.above else -height / 2 - 3
        self._rect = QRectF(-width / 2 - 6, top, width + 12, height + 6)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 215))
        painter.drawRoundedRect(self._rect, 4, 4)
        title = QFontMetricsF(self.title_font)
        top = self._rect.top() + 3
        painter.setFont(self.title_font)
        painter.setPen(QColor(FLAG_COLOUR) if self.flagged else QColor("#202020"))
        painter.drawText(
            QRectF(self._rect.left(), top, self._rect.width(), title.height()),
            Qt.AlignmentFlag.AlignCenter,
            self.title(),
        )
        if self.detail:
            painter.setFont(self.detail_font)
            painter.setPen(QColor("#303030"))
            painter.drawText(
                QRectF(self._rect.left(), top + title.height(), self._rect.width(), title.height()),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                self.detail,
            )


class DebriefBadge(_PixelItem):
    """A round badge with the zone's number of debriefs, just below its label."""

    OFFSET = 34.0  # pixels below the zone's centroid
    EDGE_OFFSET = 6.0  # pixels below the zone's bottom edge, for a zone too small to hold it

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(Z_LABELS + 1)
        self.count = 0
        self.below = False
        self.font = QFont()
        self.font.setBold(True)
        self.set_count(0)

    def set_count(self, count: int) -> None:
        self.count = count
        self.prepareGeometryChange()
        width = max(22.0, QFontMetricsF(self.font).horizontalAdvance(str(count)) + 14)
        offset = self.EDGE_OFFSET if self.below else self.OFFSET
        self._rect = QRectF(-width / 2, offset, width, 22)

    def set_below(self, below: bool) -> None:
        if below != self.below:
            self.below = below
            self.set_count(self.count)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("white"), 2))
        painter.setBrush(QColor(DEBRIEF_COLOUR))
        painter.drawRoundedRect(self._rect.adjusted(1, 1, -1, -1), 10, 10)
        painter.setFont(self.font)
        painter.setPen(QColor("white"))
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, str(self.count))


class TileLayer:
    """Keeps one pixmap item per basemap tile in view, at the zoom that fits the view."""

    OVERLAP = 1.002  # a hair larger than the tile: no seams between neighbours when scaled

    def __init__(self, scene: QGraphicsScene, loader: TileLoader) -> None:
        self.scene = scene
        self.loader = loader
        self.items: dict[TileKey, QGraphicsPixmapItem] = {}
        self.wanted: list[TileKey] = []
        self.zoom = -1
        loader.sig_tile_ready.connect(self._tile_ready)

    def show(self, zoom: int, keys: list[TileKey]) -> None:
        """Show these tiles of ``zoom``; tiles of another zoom stay until these have arrived."""
        self.zoom = zoom
        self.wanted = keys
        wanted = set(keys)
        for key in keys:
            pixmap = self.loader.pixmap(key)
            if pixmap is not None and key not in self.items:
                self._add(key, pixmap)
        self._drop_unwanted(wanted)
        self.loader.request(keys)

    def clear(self) -> None:
        for item in self.items.values():
            self.scene.removeItem(item)
        self.items.clear()
        self.wanted = []

    def _complete(self) -> bool:
        return all(k in self.items or self.loader.is_missing(k) for k in self.wanted)

    def _drop_unwanted(self, wanted: set[TileKey]) -> None:
        complete = self._complete()
        for key in list(self.items):
            if key in wanted:
                continue
            if key[0] == self.zoom or complete:
                self.scene.removeItem(self.items.pop(key))

    def _add(self, key: TileKey, pixmap: QPixmap) -> None:
        zoom, x, y = key
        item = QGraphicsPixmapItem(pixmap)
        item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        item.setShapeMode(QGraphicsPixmapItem.ShapeMode.BoundingRectShape)
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        item.setPos(*tile_scene_origin(x, y, zoom))
        item.setScale(tile_size_metres(zoom) / max(pixmap.width(), 1) * self.OVERLAP)
        # The current zoom's tiles cover the coarser ones kept meanwhile.
        item.setZValue(Z_TILES + zoom / 100)
        self.items[key] = item
        self.scene.addItem(item)

    def _tile_ready(self, key: TileKey) -> None:
        if key not in self.wanted or key in self.items:
            return
        pixmap = self.loader.pixmap(key)
        if pixmap is not None:
            self._add(key, pixmap)
        self._drop_unwanted(set(self.wanted))
