"""Zone editing on the map: draw a new zone, edit a shape's vertices (undoable until saved),
change a zone's properties, and exchange zones as GeoJSON. Only for actors who may edit zones;
every write is a service operation run by the runner, which announces the zones it changed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from console.services.places import geometry, zones
from console.services.places.exchange import read_zone_file, write_zone_file
from console.services.places.geojson import ImportResult, ParsedZones, import_zones
from console.services.places.zones import PALETTE, ZoneDraft, ZoneInfo, save_zone_properties
from console.views.common.errors import error_text
from console.views.map import shapes
from console.views.map.editing import DrawTool, ShapeEditTool
from console.views.map.host import MapHost
from console.views.map.zone_dialogs import NamePropertyDialog, ZonePropertiesDialog

GEOJSON_FILTER = "GeoJSON (*.geojson *.json)"


class ZoneEditing(QObject):
    """The zone tools of one map, which it uses only through ``host``."""

    def __init__(self, host: MapHost) -> None:
        super().__init__(host.widget())
        self.host = host
        self.tool: DrawTool | ShapeEditTool | None = None
        self.zone: ZoneInfo | None = None  # the zone whose shape is being edited
        self.checking = False  # a drawn outline is being checked on the runner

    def _allowed(self) -> bool:
        return self.host.can_edit

    # -- drawing a new zone --------------------------------------------------------------------

    def new_zone(self) -> None:
        if not self._allowed() or self.tool is not None:
            return
        tool = DrawTool(self.host.overlay, self.host.pixels_per_metre, self)
        tool.sig_finished.connect(self._drawn)
        tool.sig_cancelled.connect(self.cancel)
        self._start(tool)
        self.host.show_notice(
            self.tr(
                "Click on the map to add the corners of the new zone. Double-click or press Enter "
                "to close it, Backspace removes the last corner, Esc cancels."
            )
        )

    def _drawn(self, points: list[shapes.Point]) -> None:
        if len(set(points)) < 3:
            QMessageBox.warning(
                self.host.widget(),
                self.tr("New zone"),
                self.tr(
                    "A zone needs at least 3 points; this one has {count}. Click to add more "
                    "corners, or press Esc to cancel."
                ).format(count=len(set(points))),
            )
            return
        if self.checking:
            return  # Enter pressed again while the outline is being checked
        shape = shapes.geometry_from_shape(shapes.polygon_shape(points))
        self.checking = True
        # On the runner, as every check of a shape: the GUI thread never waits on geometry.
        self.host.context.runner.run(
            geometry.validate_polygon,
            shape,
            owner=self,
            on_done=lambda _none: self._checked(shape),
            on_error=self._check_failed,
        )

    def _check_failed(self, exc: BaseException) -> None:
        self.checking = False
        self.host.show_refusal(exc)

    def _checked(self, shape: dict[str, Any]) -> None:
        self.checking = False
        if not isinstance(self.tool, DrawTool):
            return  # drawing was cancelled meanwhile
        known = self.host.loaded_zones()
        dialog = ZonePropertiesDialog(
            colour=PALETTE[len(known) % len(PALETTE)],
            taken=frozenset(z.name.casefold() for z in known),
            parent=self.host.widget(),
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()  # read below; deleted once back in the event loop
        if not accepted:
            return
        name, colour, threshold, _active = dialog.values()
        self.host.context.run_service(
            zones.create_zone,
            self.host.context.actor,
            ZoneDraft(name, colour, shape, threshold),
            owner=self,
            on_done=self._created,
            on_error=self.host.show_refusal,
        )

    def _created(self, info: ZoneInfo) -> None:
        self._stop()
        self.host.select_zone(info.id)  # (again when the reload the write caused arrives)

    # -- editing a shape -----------------------------------------------------------------------

    def edit_shape(self) -> None:
        zone = self.host.selected_zone()
        if not self._allowed() or zone is None or self.tool is not None:
            return
        texts = {
            "move": self.tr("Move vertex"),
            "insert": self.tr("Add vertex"),
            "remove": self.tr("Remove vertex"),
            "too_few": self.tr("A ring of a zone needs at least 3 points: this vertex stays."),
        }
        shape = shapes.shape_from_geometry(zone.geometry)
        tool = ShapeEditTool(
            self.host.overlay,
            self.host.pixels_per_metre,
            shape=shape,
            undo_stack=self.host.undo_stack,
            texts=texts,
            parent=self,
        )
        tool.sig_cancelled.connect(self.cancel)
        tool.sig_refused.connect(self.host.show_notice)
        self.zone = zone
        self._start(tool, zone.id)
        self.host.show_notice(
            self.tr(
                "Drag a corner to move it; double-click an edge to add one; Delete removes the "
                "corner under the pointer. Save the shape when done (Ctrl+S), Esc cancels."
            )
        )

    def save_shape(self) -> None:
        if isinstance(self.tool, DrawTool):
            self.tool.finish()
            return
        zone = self.zone
        if not isinstance(self.tool, ShapeEditTool) or zone is None:
            return
        shape = shapes.geometry_from_shape(self.tool.shape)
        draft = ZoneDraft(zone.name, zone.colour, shape, zone.review_threshold)
        self.host.context.run_service(
            zones.update_zone,
            self.host.context.actor,
            zone.id,
            zone.version_id,
            draft,
            owner=self,
            on_done=lambda _info: self._stop(),
            on_error=self._save_failed,
        )

    def _save_failed(self, exc: BaseException) -> None:
        self.host.show_refusal(exc)
        if isinstance(exc, zones.StaleZone):
            self._stop()  # the map reloads the zone as it is now
            self.host.refresh()

    def cancel(self) -> None:
        if self.tool is None:
            return
        if (
            isinstance(self.tool, ShapeEditTool)
            and not self.host.undo_stack.isClean()
            and QMessageBox.question(
                self.host.widget(),
                self.tr("Cancel editing"),
                self.tr("Discard the changes to the shape of “{name}”?").format(
                    name=self.zone.name if self.zone else ""
                ),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        self._stop()

    def _start(self, tool: DrawTool | ShapeEditTool, zone_id: int | None = None) -> None:
        self.tool = tool
        self.host.begin_editing(tool, zone_id)

    def _stop(self) -> None:
        if self.tool is not None:
            self.tool.deleteLater()
        self.tool = None
        self.zone = None
        self.host.end_editing()

    # -- properties ------------------------------------------------------------------------------

    def edit_properties(self) -> None:
        zone = self.host.selected_zone()
        if not self._allowed() or zone is None:
            return
        others = frozenset(z.name.casefold() for z in self.host.loaded_zones() if z.id != zone.id)
        dialog = ZonePropertiesDialog(
            name=zone.name,
            colour=zone.colour,
            threshold=zone.review_threshold,
            active=zone.active,
            taken=others,
            parent=self.host.widget(),
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return
        name, colour, threshold, active = dialog.values()
        draft = ZoneDraft(name, colour, zone.geometry, threshold)
        self.host.context.run_service(
            save_zone_properties,
            self.host.context.actor,
            zone,
            draft,
            active,
            owner=self,
            on_error=self._save_failed,
        )

    # -- GeoJSON ---------------------------------------------------------------------------------

    def import_geojson(self) -> None:
        if not self._allowed():
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self.host.widget(), self.tr("Import zones from GeoJSON"), "", self._filter()
        )
        if not chosen:
            return
        path = Path(chosen)
        self.host.context.runner.run(  # a file only: no session
            read_zone_file,
            path,
            owner=self,
            on_done=lambda parsed: self._choose_names(parsed, path),
            on_error=lambda exc: self._geojson_refused(exc, path),
        )

    def _filter(self) -> str:
        everything = self.tr("All files (*)")
        return f"{GEOJSON_FILTER};;{everything}"

    def _geojson_refused(self, exc: BaseException, path: Path) -> None:
        QMessageBox.warning(
            self.host.widget(),
            self.tr("Zones not imported"),
            self.tr("{file} cannot be imported: {reason}").format(
                file=path.name, reason=error_text(exc)
            ),
        )

    def _choose_names(self, parsed: ParsedZones, path: Path) -> None:
        dialog = NamePropertyDialog(parsed, path.name, self.host.widget())
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return
        self.host.context.run_service(
            import_zones,
            self.host.context.actor,
            parsed,
            dialog.chosen(),
            owner=self,
            on_done=self._imported,
            on_error=lambda exc: self._geojson_refused(exc, path),
        )

    def _imported(self, result: ImportResult) -> None:
        QMessageBox.information(
            self.host.widget(),
            self.tr("Zones imported"),
            self.tr("{created} new zone(s), {updated} reshaped, {unchanged} unchanged.").format(
                created=result.created, updated=result.updated, unchanged=result.unchanged
            ),
        )
        self.host.fit_to_zones()

    def export_geojson(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self.host.widget(), self.tr("Export zones as GeoJSON"), "zones.geojson", self._filter()
        )
        if not chosen:
            return
        path = Path(
            chosen if chosen.lower().endswith((".geojson", ".json")) else f"{chosen}.geojson"
        )
        self.host.context.run_service(
            write_zone_file,
            self.host.context.actor,
            path,
            owner=self,
            on_done=lambda count: QMessageBox.information(
                self.host.widget(),
                self.tr("Zones exported"),
                self.tr("%n zone(s) written to {path}.", "", count).format(path=path),
            ),
            on_error=self.host.show_refusal,
        )
