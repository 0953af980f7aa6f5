"""Recording signals from the map: the entry dialog with a point picked on the map, and the CSV
import with its preview. Writes are service operations run by the runner, which announces the
signals they recorded."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QPointF, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from console.services.places import geometry, signals
from console.services.places.exchange import preview_csv_file
from console.services.places.signals import CsvPreview, SignalDraft, SignalInfo
from console.views.common.errors import error_text
from console.views.map.csv_dialog import CsvImportDialog
from console.views.map.editing import PickTool
from console.views.map.host import MapHost
from console.views.map.mercator import lonlat_to_scene
from console.views.map.signal_dialog import SignalDialog
from console.views.map.zone_layer import PointMarker


class SignalEntry(QObject):
    """The signal tools of one map, which it uses only through ``host``."""

    def __init__(self, host: MapHost) -> None:
        super().__init__(host.widget())
        self.host = host
        self.dialog: SignalDialog | None = None
        self.picker: PickTool | None = None
        self.marker = PointMarker()
        self.marker.setVisible(False)
        host.scene.addItem(self.marker)

    # -- one signal ------------------------------------------------------------------------------

    def new_signal(self) -> None:
        if not self.host.can_record:
            return
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        if not self.host.finish_zone_editing():
            return
        active = [(zone.id, zone.name) for zone in self.host.loaded_zones() if zone.active]
        tz = self.host.context.settings.time_zone()
        dialog = SignalDialog(active, tz, datetime.now(tz), self.host.widget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.sig_pick_toggled.connect(self._pick)
        dialog.sig_submitted.connect(self._submit)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        self._pick(dialog.pick.isChecked())
        dialog.show()

    def _pick(self, on: bool) -> None:
        if on and self.picker is None:
            self.picker = PickTool(self.host.overlay, self.host.pixels_per_metre, self)
            self.picker.sig_picked.connect(self.place)
            self.picker.sig_cancelled.connect(self.stop_picking)
            self.host.use_tool(self.picker)
            self.host.show_notice(self.tr("Click the map where the signal happened."))
        elif not on and self.picker is not None:
            self.stop_picking()

    def stop_picking(self) -> None:
        if self.picker is None:
            return
        if self.host.tool_in_use() is self.picker:
            self.host.use_tool(None)
            self.host.show_notice("")
        self.picker.deleteLater()
        self.picker = None
        if self.dialog is not None:
            self.dialog.pick.blockSignals(True)
            self.dialog.pick.setChecked(False)
            self.dialog.pick.blockSignals(False)

    def place(self, lon: float, lat: float) -> None:
        """The point picked on the map: show it, and tell the dialog which zone holds it."""
        if self.dialog is None:
            return
        self.marker.setPos(QPointF(*lonlat_to_scene(lon, lat)))
        self.marker.setVisible(True)
        self.dialog.set_point((lon, lat), self.zone_at(lon, lat))

    def zone_at(self, lon: float, lat: float) -> int | None:
        """The active zone holding the point; the smallest where zones overlap (as the
        services decide when the signal is saved)."""
        holding = [
            (geometry.area(zone.geometry), zone.id)
            for zone in self.host.loaded_zones()
            if zone.active and geometry.point_in_polygon(lon, lat, zone.geometry)
        ]
        return min(holding)[1] if holding else None

    def _submit(self, draft: SignalDraft) -> None:
        dialog = self.dialog
        self.host.context.run_service(
            signals.create_signal,
            self.host.context.actor,
            draft,
            owner=dialog,
            on_done=lambda info: self._saved(dialog, info),
            on_error=lambda exc: dialog.refused_by_service(error_text(exc)) if dialog else None,
        )

    def _saved(self, dialog: SignalDialog | None, info: SignalInfo) -> None:
        if dialog is not None:
            dialog.saved()
        self.host.show_status(self.tr("Signal recorded in {zone}.").format(zone=info.zone_name))

    def _closed(self, _result: int) -> None:
        self.stop_picking()
        self.marker.setVisible(False)
        self.dialog = None

    # -- CSV import ------------------------------------------------------------------------------

    def import_csv(self) -> None:
        if not self.host.can_record:
            return
        chosen, _filter = QFileDialog.getOpenFileName(
            self.host.widget(),
            self.tr("Import signals from a CSV file"),
            "",
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        tz = self.host.context.settings.time_zone()
        progress = self._progress(self.tr("Reading {file}…").format(file=path.name))
        self.host.context.run_service(
            preview_csv_file,
            self.host.context.actor,
            path,
            tz,
            owner=self,
            on_done=lambda preview: (progress.close(), self._preview(preview, path)),
            on_error=lambda exc: (progress.close(), self._refused(path, exc)),
        )

    def _progress(self, text: str) -> QProgressDialog:
        progress = QProgressDialog(text, "", 0, 0, self.host.widget())
        progress.setWindowTitle(self.tr("Signals"))
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        return progress

    def _refused(self, path: Path, exc: BaseException) -> None:
        QMessageBox.warning(
            self.host.widget(),
            self.tr("Signals not imported"),
            self.tr("{file} cannot be imported: {reason}").format(
                file=path.name, reason=error_text(exc)
            ),
        )

    def _preview(self, preview: CsvPreview, path: Path) -> None:
        names = {zone.id: zone.name for zone in self.host.loaded_zones()}
        tz = self.host.context.settings.time_zone()
        dialog = CsvImportDialog(preview, names, tz, path.name, self.host.widget())
        dialog.sig_import_requested.connect(lambda chosen: self._import(dialog, chosen))
        dialog.exec()
        dialog.deleteLater()

    def _import(self, dialog: CsvImportDialog, preview: CsvPreview) -> None:
        progress = self._progress(self.tr("Importing %n signal(s)…", "", len(preview.rows)))

        def done(count: int) -> None:
            progress.close()
            dialog.imported()
            self.host.show_status(self.tr("%n signal(s) imported.", "", count))

        def failed(exc: BaseException) -> None:
            progress.close()
            dialog.refused_by_service(error_text(exc))

        self.host.context.run_service(
            signals.import_signals,
            self.host.context.actor,
            preview,
            owner=self,
            on_done=done,
            on_error=failed,
        )
