"""The zones on the map: polygons coloured by pressure, labels with pressure beside presence,
the flag for zones above their review threshold, and the debrief badges."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from console.services.places.map_data import MapData
from console.services.places.zones import ZoneInfo
from console.views.common.formatting import number_text
from console.views.map.items import DebriefBadge, ZoneItem, ZoneLabel, _PixelItem
from console.views.map.mercator import lonlat_to_scene
from console.views.map.style import PressureClasses, pressure_classes
from console.views.map.texts import indicator_line

INACTIVE_COLOUR = "#7a7a7a"


class PointMarker(_PixelItem):
    """A pin where a signal being entered will be placed."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(50)
        self._rect = QRectF(-9, -26, 18, 28)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#202020"), 1.5))
        painter.drawLine(QPointF(0, 0), QPointF(0, -14))
        painter.setBrush(QColor("#e8710a"))
        painter.drawEllipse(QPointF(0, -18), 7, 7)


class ZoneLayer:
    """Creates and restyles the zone items of a scene from the loaded MapData."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        self.items: dict[int, ZoneItem] = {}
        self.labels: dict[int, ZoneLabel] = {}
        self.badges: dict[int, DebriefBadge] = {}
        self.zones: dict[int, ZoneInfo] = {}
        self.classes: PressureClasses | None = None
        self.selected: int | None = None
        self.centres: dict[int, QPointF] = {}
        self.show_zones = True
        self.show_debriefs = True
        self.pixels_per_metre = 1.0

    def set_data(self, data: MapData, *, show_inactive: bool) -> None:
        self.clear()
        self.classes = pressure_classes(i.pressure for i in data.indicators.values())
        for zone in data.zones:
            if not zone.active and not show_inactive:
                continue
            self.zones[zone.id] = zone
            colour = zone.colour if zone.active else INACTIVE_COLOUR
            item = ZoneItem(zone.id, zone.geometry, colour, active=zone.active)
            label = ZoneLabel(zone.name)
            badge = DebriefBadge()
            centre = QPointF(*lonlat_to_scene(*data.centroids[zone.id]))
            self.centres[zone.id] = centre
            indicator = data.indicators.get(zone.id)
            if indicator is None:  # a deactivated zone: outline only, no numbers
                label.set_text(label_detail_inactive(), False)
            else:
                item.set_fill(self.classes.colour(indicator.pressure))
                item.set_flagged(indicator.flagged)
                line = indicator_line(indicator.pressure, indicator.presence_hours)
                label.set_text(line, indicator.flagged)
                item.setToolTip(f"{zone.name}\n{line}")
            debriefs = data.debriefs.get(zone.id)
            badge.set_count(debriefs.count if debriefs else 0)
            badge.setToolTip(badge_tooltip(debriefs.count, debriefs.hours) if debriefs else "")
            for part in (item, label, badge):
                self.scene.addItem(part)
            self.items[zone.id], self.labels[zone.id], self.badges[zone.id] = item, label, badge
        self.select(self.selected if self.selected in self.items else None)
        self.apply_visibility()
        self.place_labels(self.pixels_per_metre)

    def place_labels(self, pixels_per_metre: float) -> None:
        """Labels at the centroid of zones large enough on screen to hold them; above (and
        the badge below) the zones too small, so the label never hides the zone."""
        self.pixels_per_metre = pixels_per_metre
        for zone_id, item in self.items.items():
            label, badge, centre = self.labels[zone_id], self.badges[zone_id], self.centres[zone_id]
            bounds = item.sceneBoundingRect()
            label_size = label.boundingRect()
            small = (
                bounds.height() * pixels_per_metre < 2.5 * label_size.height() + 30
                or bounds.width() * pixels_per_metre < label_size.width()
            )
            label.set_above(small)
            badge.set_below(small)
            label.setPos(QPointF(centre.x(), bounds.top()) if small else centre)
            badge.setPos(QPointF(centre.x(), bounds.bottom()) if small else centre)

    def pixel_extents(self, pixels_per_metre: float) -> list[tuple[QPointF, QRectF]]:
        """The labels and badges shown of the zones that :meth:`bounds` holds, placed for
        that scale: (scene anchor, pixel rectangle around it), for fitting the view."""
        self.place_labels(pixels_per_metre)
        return [
            (item.pos(), item.boundingRect())
            for zone_id, zone in self.zones.items()
            if zone.active and zone_id in self.items
            for item in (self.labels[zone_id], self.badges[zone_id])
            if item.isVisible()
        ]

    def clear(self) -> None:
        for group in (self.items, self.labels, self.badges):
            for item in group.values():
                self.scene.removeItem(item)
            group.clear()
        self.zones.clear()
        self.centres.clear()

    def set_visible(self, *, zones: bool, debriefs: bool) -> None:
        self.show_zones, self.show_debriefs = zones, debriefs
        self.apply_visibility()

    def apply_visibility(self) -> None:
        for zone_id, item in self.items.items():
            item.setVisible(self.show_zones)
            self.labels[zone_id].setVisible(self.show_zones)
            self.badges[zone_id].setVisible(self.show_debriefs and self.badges[zone_id].count > 0)

    def select(self, zone_id: int | None) -> None:
        self.selected = zone_id
        for key, item in self.items.items():
            item.set_selected_zone(key == zone_id)

    def set_hidden(self, zone_id: int | None) -> None:
        """Hide one zone's polygon while its shape is being edited (None: show all again)."""
        for key, item in self.items.items():
            item.setVisible(self.show_zones and key != zone_id)

    def bounds(self, *, active_only: bool = True) -> QRectF:
        """The scene rectangle holding the zones (empty when there are none)."""
        rect = QRectF()
        for zone_id, item in self.items.items():
            if active_only and not self.zones[zone_id].active:
                continue
            rect = rect.united(item.sceneBoundingRect())
        return rect


def label_detail_inactive() -> str:
    return QCoreApplication.translate("ZoneLayer", "deactivated")


def badge_tooltip(count: int, hours: float) -> str:
    return QCoreApplication.translate("ZoneLayer", "%n debrief(s), {hours} h", "", count).format(
        hours=number_text(hours)
    )
