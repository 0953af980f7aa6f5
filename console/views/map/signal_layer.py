"""The signals layer: one scene item that paints the clusters in view, never one item per signal.

Markers are drawn in pixels (the painter's transform is reset), so they keep their size at every
zoom. A single signal is its kind's shape and colour; a cluster is a ring split by kind around
its count.
"""

from __future__ import annotations

import math
from collections import OrderedDict

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from console.models import SignalKind
from console.views.map.clustering import KINDS, Clusters, SignalPoints, cluster
from console.views.map.mercator import HALF_WORLD
from console.views.map.style import KIND_STYLES, Shape

MARKER_RADIUS = 6.0  # pixels, a single signal
FULL_CIRCLE = 360 * 16  # QPainter angles are in sixteenths of a degree


def draw_marker(painter: QPainter, centre: QPointF, kind: SignalKind, radius: float) -> None:
    """A signal kind's marker (also used by the legend)."""
    style = KIND_STYLES[kind]
    painter.setPen(QPen(QColor("white"), 1.5))
    painter.setBrush(QColor(style.colour))
    if style.shape is Shape.CIRCLE:
        painter.drawEllipse(centre, radius, radius)
    elif style.shape is Shape.SQUARE:
        side = radius * 0.9
        painter.drawRect(QRectF(centre.x() - side, centre.y() - side, 2 * side, 2 * side))
    else:
        r = radius * 1.2
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(centre.x(), centre.y() - r),
                    QPointF(centre.x() + r, centre.y()),
                    QPointF(centre.x(), centre.y() + r),
                    QPointF(centre.x() - r, centre.y()),
                ]
            )
        )


def cluster_radius(count: int) -> float:
    return 10.0 + 4.0 * math.log10(max(count, 1))


class SignalLayer(QGraphicsItem):
    """Paints ``points`` grouped into clusters for the current resolution."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(20)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.points = SignalPoints.empty()
        self.clusters = cluster(self.points, 1.0)
        self._resolution = 0.0
        self.count_font = QFont()
        self.count_font.setBold(True)
        self.count_font.setPointSizeF(self.count_font.pointSizeF() * 0.85)
        self.markers = MarkerCache()

    def boundingRect(self) -> QRectF:
        # Markers are pixels wide at any zoom: the whole plane, culled in paint() instead.
        return QRectF(-HALF_WORLD, -HALF_WORLD, 2 * HALF_WORLD, 2 * HALF_WORLD)

    def shape(self) -> QPainterPath:
        return QPainterPath()  # clicks go to the zones below

    def set_points(self, points: SignalPoints) -> None:
        self.points = points
        self._recluster()

    def set_resolution(self, metres_per_pixel: float) -> None:
        """Cluster again for a new zoom (panning keeps the clusters: the grid is fixed)."""
        if math.isclose(metres_per_pixel, self._resolution, rel_tol=1e-6):
            return
        self._resolution = metres_per_pixel
        self._recluster()

    def _recluster(self) -> None:
        self.clusters = cluster(self.points, self._resolution or 1.0)
        self.update()

    def visible_clusters(self, rect: QRectF) -> Clusters:
        """The clusters inside a scene rectangle (what a paint of that rectangle draws)."""
        rows = self.clusters.in_rect(rect.left(), rect.top(), rect.right(), rect.bottom())
        c = self.clusters
        return Clusters(c.xs[rows], c.ys[rows], c.counts[rows], c.by_kind[rows])

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if len(self.clusters) == 0:
            return
        transform = painter.worldTransform()
        scale = math.hypot(transform.m11(), transform.m12()) or 1.0
        margin = 40.0 / scale  # markers whose centre is just outside still show their edge
        exposed = option.exposedRect.adjusted(-margin, -margin, margin, margin)
        shown = self.visible_clusters(exposed)
        # Screen positions at once; then each marker is one cached pixmap.
        xs = shown.xs * transform.m11() + shown.ys * transform.m21() + transform.dx()
        ys = shown.xs * transform.m12() + shown.ys * transform.m22() + transform.dy()
        self.markers.ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.save()
        painter.resetTransform()
        painter.setFont(self.count_font)
        painter.setPen(QColor("#1a1a1a"))
        for x, y, count, by_kind in zip(
            xs.tolist(), ys.tolist(), shown.counts.tolist(), shown.by_kind.tolist(), strict=True
        ):
            pixmap = self.markers.marker(count, tuple(by_kind))
            half = pixmap.width() / pixmap.devicePixelRatio() / 2
            painter.drawPixmap(QPointF(x - half, y - half), pixmap)
            if count > 1:  # the count on the cached ring: few rings, many counts
                painter.drawText(
                    QRectF(x - half, y - half, 2 * half, 2 * half),
                    Qt.AlignmentFlag.AlignCenter,
                    _count_text(count),
                )
        painter.restore()


class MarkerCache:
    """Pixmaps of the markers, drawn once per look: a kind's shape for a single signal, a ring
    split by kind (to 1/24) for a cluster (its count is written over it)."""

    LIMIT = 4000

    def __init__(self) -> None:
        self.ratio = 1.0
        self._pixmaps: OrderedDict[tuple, QPixmap] = OrderedDict()

    def marker(self, count: int, by_kind: tuple[int, ...]) -> QPixmap:
        if count == 1:
            key: tuple = (self.ratio, "single", by_kind.index(1))
        else:
            shares = tuple(round(24 * share / count) for share in by_kind)
            key = (self.ratio, round(cluster_radius(count)), shares)
        found = self._pixmaps.get(key)
        if found is None:
            found = self._draw(count, by_kind)
            self._pixmaps[key] = found
            if len(self._pixmaps) > self.LIMIT:
                self._pixmaps.popitem(last=False)
        return found

    def _draw(self, count: int, by_kind: tuple[int, ...]) -> QPixmap:
        radius = MARKER_RADIUS * 1.3 if count == 1 else round(cluster_radius(count))
        side = math.ceil(2 * radius + 4)
        pixmap = QPixmap(round(side * self.ratio), round(side * self.ratio))
        pixmap.setDevicePixelRatio(self.ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = QPointF(side / 2, side / 2)
        if count == 1:
            draw_marker(painter, centre, KINDS[by_kind.index(1)], MARKER_RADIUS)
        else:
            self._draw_cluster(painter, centre, radius, count, by_kind)
        painter.end()
        return pixmap

    def _draw_cluster(
        self, painter: QPainter, centre: QPointF, radius: float, count: int, by_kind: tuple
    ) -> None:
        box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
        painter.setPen(Qt.PenStyle.NoPen)
        start = 90 * 16
        for kind, share in zip(KINDS, by_kind, strict=True):
            if share == 0:
                continue
            span = round(FULL_CIRCLE * share / count)
            painter.setBrush(QColor(KIND_STYLES[kind].colour))
            painter.drawPie(box, start, -span)
            start -= span
        inner = radius * 0.62
        painter.setBrush(QColor("white"))
        painter.drawEllipse(centre, inner, inner)


def _count_text(count: int) -> str:
    return str(count) if count < 10_000 else f"{count // 1000}k"
