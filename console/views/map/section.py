"""The Map section: zones coloured by pressure beside presence, signals, debriefs, an offline
basemap, the zone panel, and the tools to record signals and edit zones."""

from __future__ import annotations

import logging
from datetime import date, datetime

from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QGraphicsScene,
    QLabel,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from console.config import BASEMAP, WEIGHT_CITIZEN_REPORT, WEIGHT_MEDIA, WEIGHT_POLICE_INTERVENTION
from console.models import SignalKind
from console.services import access
from console.services.access import Action
from console.services.changes import Area
from console.services.places.indicators import ZonePanel
from console.services.places.map_data import (
    MapData,
    MapRequest,
    PanelRequest,
    load_map,
    load_panel,
)
from console.services.places.tiles import BasemapRefused, open_tile_source
from console.services.places.zones import StaleZone, ZoneInfo
from console.views.common.errors import error_text
from console.views.common.section import SectionView, ViewContext
from console.views.common.section_actions import section_action
from console.views.map import toolbar
from console.views.map.canvas import MapCanvas, Tool
from console.views.map.clustering import SignalPoints
from console.views.map.editing import EditOverlay
from console.views.map.items import TileLayer
from console.views.map.legend import MapLegend
from console.views.map.mercator import lonlat_to_scene, tiles_in_scene_rect, zoom_for_scale
from console.views.map.panel import ZonePanelView
from console.views.map.signal_entry import SignalEntry
from console.views.map.signal_layer import SignalLayer
from console.views.map.texts import stale_zone_text
from console.views.map.tile_loader import TileLoader
from console.views.map.zone_editing import ZoneEditing
from console.views.map.zone_layer import ZoneLayer

log = logging.getLogger(__name__)

DEFAULT_CENTRE = (10.0227, 45.1335)  # Cremona, where the project works
DEFAULT_PIXELS_PER_METRE = 0.2  # a town in view
RELOAD_DELAY_MS = 400  # wait for a pause in typing dates before loading
PANEL_WIDTH = 430  # pixels the zone panel takes from the map when it opens


class MapView(SectionView):
    """The map; every load runs on the runner and only the answer to the last request shows.

    Its tools (zone editing, signal entry) use it only as a :class:`MapHost`: the public
    methods under "for the tools" below.
    """

    reload_areas = frozenset(
        {Area.ZONES, Area.SIGNALS, Area.SHIFTS, Area.DEBRIEFS, Area.CASES, Area.SETTINGS}
    )

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.actor = context.actor
        self.can_record = access.can(self.actor, Action.RECORD_SIGNALS)
        self.can_edit = access.can(self.actor, Action.EDIT_ZONES)
        self.data: MapData | None = None
        self._request = 0
        self._panel_request = 0
        self._fitted = False
        self._loaded_pending = False
        self._editing_zone: int | None = None  # hidden under the overlay while reshaped
        self.undo_stack = QUndoStack(self)

        self.scene = QGraphicsScene(self)
        self.canvas = MapCanvas(self.scene)
        self.canvas.setObjectName("map_canvas")
        self.loader = TileLoader(self)
        self.tiles = TileLayer(self.scene, self.loader)
        self.zones = ZoneLayer(self.scene)
        self.signals = SignalLayer()
        self.scene.addItem(self.signals)
        self.overlay = EditOverlay()
        self.overlay.setVisible(False)
        self.scene.addItem(self.overlay)
        self.legend = MapLegend()
        self.canvas.add_overlay(self.legend, Qt.Corner.TopRightCorner)
        self.notice = QLabel()
        self.notice.setObjectName("map_notice")
        self.notice.setStyleSheet(
            "QLabel { background: rgba(255,255,255,230); border-radius: 4px; padding: 4px 8px; }"
        )
        self.notice.setWordWrap(True)
        self.notice.setMaximumWidth(460)
        self.notice.hide()
        self.canvas.add_overlay(self.notice, Qt.Corner.TopLeftCorner)

        self.panel = ZonePanelView(context.settings.time_zone())
        self.panel.setObjectName("zone_panel")
        self.panel.hide()
        self.status = QLabel()
        self.status.setObjectName("map_status")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.zone_editing = ZoneEditing(self)
        self.signal_entry = SignalEntry(self)
        self.bar = toolbar.MapToolbar(self, self.today())
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.refresh)
        self._lay_out()
        self.setFocusProxy(self.canvas)  # the keys (+, -, Esc, the tools') go to the map
        self._connect()
        self._open_basemap()
        self._centre_default()

    # -- building ----------------------------------------------------------------------------

    def action(
        self, text: str, slot, keys: QKeySequence | str | None = None, *, checkable: bool = False
    ) -> QAction:
        """An action of this section (its tools add theirs here too)."""
        return section_action(self, text, slot, keys, checkable=checkable)

    def _lay_out(self) -> None:
        split = QSplitter()
        self.split = split
        split.addWidget(self.canvas)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        split.setSizes([900, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar.period_row)
        layout.addWidget(self.bar.tools_row)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)

    def _connect(self) -> None:
        self.canvas.sig_view_changed.connect(self._view_changed)
        self.canvas.sig_zone_clicked.connect(self.open_zone)
        self.canvas.sig_background_clicked.connect(self.close_panel)
        self.canvas.sig_escape.connect(self.close_panel)
        self.loader.sig_tile_ready.connect(lambda _key: self._maybe_loaded())
        self.panel.sig_closed.connect(self.close_panel)
        self.panel.sig_compare_changed.connect(lambda _day: self._load_panel())

    # -- settings ----------------------------------------------------------------------------

    def today(self) -> date:
        """Today in the configured time zone."""
        return datetime.now(self.context.settings.time_zone()).date()

    def weights(self) -> dict[SignalKind, float]:
        settings = self.context.settings
        return {
            SignalKind.CITIZEN_REPORT: float(settings.value(WEIGHT_CITIZEN_REPORT)),
            SignalKind.POLICE_INTERVENTION: float(settings.value(WEIGHT_POLICE_INTERVENTION)),
            SignalKind.MEDIA: float(settings.value(WEIGHT_MEDIA)),
        }

    def _open_basemap(self) -> None:
        path = self.context.settings.value(BASEMAP).strip()
        source = None
        if path:
            try:
                source = open_tile_source(path)
            except BasemapRefused as refused:
                log.warning("basemap not used: %s", refused)
                self.show_notice(
                    self.tr("The map has no background: {reason}").format(
                        reason=error_text(refused)
                    )
                )
        self.tiles.clear()
        self.loader.set_source(source)
        # OpenStreetMap's licence asks for its credit wherever its map is shown; a file that
        # names its own source (MBTiles metadata "attribution") is credited as it says.
        credit = ""
        if source is not None:
            credit = source.attribution or self.tr("© OpenStreetMap contributors")
        self.canvas.set_attribution(credit)
        self._update_tiles()

    def on_changed(self, area: str, ids: object) -> None:
        if area == Area.SETTINGS and isinstance(ids, tuple) and BASEMAP.name in ids:
            self._open_basemap()
        super().on_changed(area, ids)

    # -- loading -----------------------------------------------------------------------------

    def request(self) -> MapRequest:
        start, end = self.bar.period()
        return MapRequest(
            start=start,
            end=end,
            weights=self.weights(),
            tz=self.context.settings.time_zone(),
            include_inactive=self.can_edit,
        )

    def schedule_reload(self) -> None:
        self._reload_timer.start()

    def load(self) -> None:
        self._reload_timer.stop()
        self._request += 1
        number = self._request
        self._loaded_pending = True
        self.panel.set_time_zone(self.context.settings.time_zone())
        self.status.setText(self.tr("Loading…"))
        self.context.run_service(
            load_map,
            self.actor,
            self.request(),
            owner=self,
            on_done=lambda data: self._show(number, data),
            on_error=lambda exc: self._load_failed(number, exc),
        )

    def _load_failed(self, number: int, exc: BaseException) -> None:
        if number != self._request:
            return
        self.status.setText(
            self.tr("The map could not be loaded: {reason}").format(reason=error_text(exc))
        )
        self._loaded_pending = False
        self.sig_loaded.emit()

    def _show(self, number: int, data: MapData) -> None:
        if number != self._request:
            return  # an older period answered after the person asked for another
        self.data = data
        self.zones.pixels_per_metre = self.canvas.pixels_per_metre()
        self.zones.set_data(data, show_inactive=self.bar.show_inactive())
        self.zones.set_hidden(self._editing_zone)
        self.signals.set_points(SignalPoints.from_positions(data.positions))
        self._apply_layers()
        if not self._fitted:
            self._fitted = True
            self.fit_to_zones()
        self._show_status(data)
        if self.panel.isVisible() and self.zones.selected is not None:
            self._load_panel()
        self._update_tiles()
        self._maybe_loaded()

    def _show_status(self, data: MapData) -> None:
        text = self.tr("%n signal(s) in the period", "", data.signal_count)
        text += " · " + self.tr("%n on the map", "", len(data.positions))
        if data.truncated:
            text += " · " + self.tr("only the oldest are shown: choose a shorter period")
        self.status.setText(text)

    def _maybe_loaded(self) -> None:
        """sig_loaded once the data and the basemap tiles in view are on screen."""
        if self._loaded_pending and self.data is not None and self.loader.is_idle():
            self._loaded_pending = False
            self.sig_loaded.emit()

    # -- the view ----------------------------------------------------------------------------

    def _centre_default(self) -> None:
        self.canvas.resetTransform()
        self.canvas.scale(DEFAULT_PIXELS_PER_METRE, DEFAULT_PIXELS_PER_METRE)
        self.canvas.centerOn(QPointF(*lonlat_to_scene(*DEFAULT_CENTRE)))

    def fit_to_zones(self) -> None:
        bounds = self.zones.bounds()
        if bounds.isEmpty():
            self._centre_default()
        else:
            self.canvas.fit(bounds, self.zones.pixel_extents)
        self._view_changed()

    def _view_changed(self) -> None:
        self.signals.set_resolution(self.canvas.metres_per_pixel())
        self.zones.place_labels(self.canvas.pixels_per_metre())
        self._update_tiles()

    def _update_tiles(self) -> None:
        source = self.loader.source
        if source is None:
            return
        zoom = zoom_for_scale(self.canvas.pixels_per_metre(), source.min_zoom, source.max_zoom)
        rect = self.canvas.visible_scene_rect()
        tiles = tiles_in_scene_rect(rect.left(), rect.top(), rect.right(), rect.bottom(), zoom)
        self.tiles.show(zoom, [(zoom, x, y) for x, y in tiles])

    def _apply_layers(self) -> None:
        zones, signals, debriefs = self.bar.layers()
        self.zones.set_visible(zones=zones, debriefs=debriefs)
        self.zones.set_hidden(self._editing_zone)
        self.signals.setVisible(signals)
        self.legend.set_state(self.zones.classes, zones=zones, signals=signals, debriefs=debriefs)
        self.canvas.refresh_overlays()

    def layers_changed(self) -> None:
        self._apply_layers()

    def show_notice(self, text: str) -> None:
        """A line over the map's corner (what a tool expects next); "" hides it."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
        self.canvas.refresh_overlays()

    # -- the zone panel ----------------------------------------------------------------------

    def open_zone(self, zone_id: int) -> None:
        self.select_zone(zone_id)
        zone = self.zones.zones.get(zone_id)
        self.panel.show_loading(zone.name if zone is not None else "")
        if not self.panel.isVisible():
            total = sum(self.split.sizes())
            all_in_view = self._zones_in_view()
            self.panel.show()
            self.split.setSizes([max(total - PANEL_WIDTH, 200), PANEL_WIDTH])
            if all_in_view:  # the map just got narrower: keep every zone on screen
                QTimer.singleShot(0, self, self.fit_to_zones)
        self._load_panel(reset_compare=self.panel.zone_id != zone_id)

    def _zones_in_view(self) -> bool:
        bounds = self.zones.bounds()
        shown = self.canvas.mapToScene(self.canvas.viewport().rect()).boundingRect()
        return not bounds.isEmpty() and shown.contains(bounds)

    def close_panel(self) -> None:
        self.panel.hide()
        self.select_zone(None)

    def _load_panel(self, *, reset_compare: bool = False) -> None:
        zone_id = self.zones.selected
        if zone_id is None:
            return
        self._panel_request += 1
        number = self._panel_request
        start, end = self.bar.period()
        compare_at = None if reset_compare or self.panel.shown is None else self.panel.compare_day()
        request = PanelRequest(
            zone_id, start, end, self.weights(), self.context.settings.time_zone(), compare_at
        )
        self.context.run_service(
            load_panel,
            self.actor,
            request,
            owner=self,
            on_done=lambda panel: self._show_panel(number, panel),
            on_error=self.show_refusal,
        )

    def _show_panel(self, number: int, panel: ZonePanel) -> None:
        if number == self._panel_request and self.panel.isVisible():
            self.panel.set_panel(panel)

    # -- for the tools (MapHost) -------------------------------------------------------------

    def widget(self) -> QWidget:
        return self

    def pixels_per_metre(self) -> float:
        return self.canvas.pixels_per_metre()

    def loaded_zones(self) -> tuple[ZoneInfo, ...]:
        return self.data.zones if self.data is not None else ()

    def selected_zone(self) -> ZoneInfo | None:
        return self.zones.zones.get(self.zones.selected or -1)

    def select_zone(self, zone_id: int | None) -> None:
        self.zones.select(zone_id)
        self.bar.selection_changed(zone_id)

    def use_tool(self, tool: Tool | None) -> None:
        self.canvas.set_tool(tool)

    def tool_in_use(self) -> Tool | None:
        return self.canvas.tool

    def begin_editing(self, tool: Tool, zone_id: int | None = None) -> None:
        self.signal_entry.stop_picking()
        self.undo_stack.clear()
        self.overlay.setVisible(True)
        self.canvas.set_tool(tool)
        self.canvas.setFocus()
        self.bar.editing_changed(True)
        self._editing_zone = zone_id
        self.zones.set_hidden(zone_id)

    def end_editing(self) -> None:
        self.undo_stack.clear()
        self.overlay.setVisible(False)
        self.overlay.open_ring = []
        self.overlay.set_shape(())
        self.canvas.set_tool(None)
        self._editing_zone = None
        self.zones.set_hidden(None)
        self.show_notice("")
        self.bar.editing_changed(False)

    def finish_zone_editing(self) -> bool:
        if self.zone_editing.tool is not None:
            self.zone_editing.cancel()
        return self.zone_editing.tool is None

    def show_status(self, text: str) -> None:
        self.status.setText(text)

    def show_refusal(self, exc: BaseException) -> None:
        text = stale_zone_text(exc) if isinstance(exc, StaleZone) else error_text(exc)
        QMessageBox.warning(self, self.tr("Map"), text)
