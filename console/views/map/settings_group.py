"""The "Map" group of the Settings dialog: the offline basemap and the weight of each kind of
signal in the pressure index."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from console.config import (
    BASEMAP,
    WEIGHT_CITIZEN_REPORT,
    WEIGHT_MEDIA,
    WEIGHT_POLICE_INTERVENTION,
    Option,
    Settings,
)
from console.services.places.tiles import basemap_refusal
from console.views.common.errors import error_text

MAX_WEIGHT = 10
WEIGHTS: tuple[Option[int], ...] = (WEIGHT_CITIZEN_REPORT, WEIGHT_POLICE_INTERVENTION, WEIGHT_MEDIA)


class MapSettingsGroup(QGroupBox):
    """Loads, checks and saves the map's settings for the Settings dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Map"), parent)
        self.basemap = QLineEdit()
        self.basemap.setObjectName("basemap")
        self.basemap.setClearButtonEnabled(True)
        self.basemap.setPlaceholderText(self.tr("None: a plain background"))
        self.basemap.setToolTip(
            self.tr(
                "An offline map: an .mbtiles file, or a folder of tiles as zoom/x/y.png. "
                "The console never downloads tiles."
            )
        )
        self.browse_file = QPushButton(self.tr("File…"))
        self.browse_file.clicked.connect(self._browse_file)
        self.browse_folder = QPushButton(self.tr("Folder…"))
        self.browse_folder.clicked.connect(self._browse_folder)
        row = QHBoxLayout()
        row.addWidget(self.basemap, 1)
        row.addWidget(self.browse_file)
        row.addWidget(self.browse_folder)
        self.basemap_help = QLabel(
            self.tr("Without a basemap the zones stand on a grey background.")
        )
        self.basemap_help.setToolTip(
            self.tr(
                "A map of the municipality can be made once from OpenStreetMap data with free "
                "tools (QGIS or GDAL) and chosen here."
            )
        )
        self.how_to = QPushButton(self.tr("&How to make one…"))
        self.how_to.setObjectName("basemap_how_to")
        self.how_to.clicked.connect(self.show_how_to)
        # Under the field, across the whole group, on one line: a long sentence wrapped beside
        # the button in the field's column was cut and overlapped it. The rest is in the
        # button's dialog and the tooltip.
        help_row = QHBoxLayout()
        help_row.addWidget(self.basemap_help, 1)
        help_row.addWidget(self.how_to)
        self.weights: dict[str, QSpinBox] = {}
        form = QFormLayout(self)
        label = QLabel(self.tr("&Basemap:"))
        label.setBuddy(self.basemap)
        form.addRow(label, row)
        form.addRow(help_row)
        for option, label in zip(
            WEIGHTS,
            (
                self.tr("Weight of a &citizen report:"),
                self.tr("Weight of a &police intervention:"),
                self.tr("Weight of a &media item:"),
            ),
            strict=True,
        ):
            box = QSpinBox()
            box.setObjectName(option.name)
            box.setRange(0, MAX_WEIGHT)
            box.setToolTip(self.tr("How much one signal of this kind adds to a zone's pressure"))
            self.weights[option.name] = box
            form.addRow(label, box)

    def load(self, settings: Settings) -> None:
        self.basemap.setText(settings.value(BASEMAP))
        for option in WEIGHTS:
            self.weights[option.name].setValue(settings.value(option))

    def problem(self) -> str | None:
        value = self.basemap.text().strip()
        if not value:
            return None
        refused = basemap_refusal(value)
        return error_text(refused) if refused is not None else None

    def save(self, settings: Settings) -> list[str]:
        """Store the input (assumed valid); the names of the settings that changed."""
        changed = []
        value = self.basemap.text().strip()
        if value != settings.value(BASEMAP):
            settings.set_value(BASEMAP, value)
            changed.append(BASEMAP.name)
        for option in WEIGHTS:
            weight = self.weights[option.name].value()
            if weight != settings.value(option):
                settings.set_value(option, weight)
                changed.append(option.name)
        return changed

    def how_to_text(self) -> str:
        """The steps to make a basemap (rich text); the README has them in full."""
        return self.tr(
            "<p>The console reads the map from a file on this computer and never downloads "
            "tiles. To make that file once, with QGIS (free, qgis.org):</p><ol>"
            "<li>Get the OpenStreetMap data of the area: the QuickOSM plugin (query the "
            "municipality, e.g. <i>Cremona</i>), or the extract of Italy's north-west from "
            "download.geofabrik.de opened in QGIS.</li>"
            "<li>Give the layers a simple style (streets, buildings, green areas, water) and "
            "zoom to the municipality.</li>"
            "<li>Processing Toolbox ▸ Raster tools ▸ <b>Generate XYZ tiles (MBTiles)</b>: "
            "extent from the map canvas, minimum zoom 12, maximum zoom 17, output "
            "<i>cremona.mbtiles</i>.</li>"
            "<li>Choose that file here with “File…”.</li></ol>"
            "<p>Do not use QGIS's own “OpenStreetMap” background layer as the source: "
            "openstreetmap.org forbids downloading its tiles in bulk for offline use.</p>"
            "<p>The map shows “© OpenStreetMap contributors”, as the data's licence requires; "
            "a file with an <i>attribution</i> in its metadata shows that instead. With GDAL, "
            "a georeferenced image becomes a basemap too: see the README, “A basemap of the "
            "municipality”.</p>"
        )

    def show_how_to(self) -> None:
        QMessageBox.information(self, self.tr("How to make a basemap"), self.how_to_text())

    def _start_folder(self) -> str:
        current = self.basemap.text().strip()
        return str(Path(current).expanduser().parent) if current else ""

    def _browse_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the basemap file"),
            self._start_folder(),
            self.tr("MBTiles (*.mbtiles);;All files (*)"),
        )
        if path:
            self.basemap.setText(path)

    def _browse_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder of tiles"), self._start_folder()
        )
        if path:
            self.basemap.setText(path)
