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
        self.weights: dict[str, QSpinBox] = {}
        form = QFormLayout(self)
        label = QLabel(self.tr("&Basemap:"))
        label.setBuddy(self.basemap)
        form.addRow(label, row)
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
