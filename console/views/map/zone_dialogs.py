"""Dialogs about zones: their properties (name, colour, review threshold, active), and which
property of a GeoJSON file names the zones."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.services.places.geojson import ParsedZones
from console.services.places.zones import DEFAULT_THRESHOLD, MAX_NAME
from console.views.common.validated_dialog import ValidatedDialog

PREVIEW_NAMES = 200


def colour_icon(colour: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class ZonePropertiesDialog(ValidatedDialog):
    """Name, colour and review threshold of a zone; for an existing zone, also whether it is
    active (a deactivated zone leaves the map and the planning, its history stays)."""

    def __init__(
        self,
        *,
        name: str = "",
        colour: str = "#1f77b4",
        threshold: float = DEFAULT_THRESHOLD,
        active: bool | None = None,  # None: a new zone (always active)
        taken: frozenset[str] = frozenset(),  # other zones' names, case-folded
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.taken = taken
        self.setWindowTitle(self.tr("New zone") if active is None else self.tr("Zone properties"))
        self.name = QLineEdit(name)
        self.name.setMaxLength(MAX_NAME)
        self.colour = colour
        self.colour_button = QPushButton()
        self.colour_button.clicked.connect(self._choose_colour)
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.0, 10_000.0)
        self.threshold.setDecimals(1)
        self.threshold.setSingleStep(1.0)
        self.threshold.setValue(threshold)
        self.threshold.setSuffix(self.tr(" per week"))
        self.threshold.setToolTip(
            self.tr("Above this weighted number of signals per week the zone is flagged")
        )
        self.active = QCheckBox(self.tr("&Active (shown on the map and in the planning)"))
        self.active.setChecked(active is not False)
        self.active.setVisible(active is not None)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Colour:"), self.colour_button)
        form.addRow(self.tr("&Review threshold:"), self.threshold)
        form.addRow("", self.active)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.refused)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self._show_colour()
        self.name.textChanged.connect(self.show_problem)
        self.show_problem()

    def _show_colour(self) -> None:
        self.colour_button.setIcon(colour_icon(self.colour))
        self.colour_button.setText(self.colour)

    def _choose_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.colour), self, self.tr("Zone colour"))
        if chosen.isValid():
            self.colour = chosen.name()
            self._show_colour()

    def problem(self) -> str | None:
        name = " ".join(self.name.text().split())
        if not name:
            return self.tr("Type a name for the zone.")
        if name.casefold() in self.taken:
            return self.tr("Another zone is called “{name}”: choose another name.").format(
                name=name
            )
        return None

    def values(self) -> tuple[str, str, float, bool]:
        """(name, colour, review threshold, active)."""
        return (
            " ".join(self.name.text().split()),
            self.colour,
            float(self.threshold.value()),
            self.active.isChecked(),
        )


class NamePropertyDialog(ValidatedDialog):
    """Choose the property that names each zone of a GeoJSON file, seeing the names it gives."""

    def __init__(self, parsed: ParsedZones, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parsed = parsed
        self.setWindowTitle(self.tr("Import zones from {file}").format(file=file_name))
        self.property = QComboBox()
        self.property.addItems(list(parsed.property_names))
        suggested = parsed.suggested_name_property()
        if suggested is not None:
            self.property.setCurrentText(suggested)
        self.names = QListWidget()
        self.names.setObjectName("zone_names")
        self.count = QLabel()
        self.count.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "Zones with a name the console already has get the new shape; the others are "
                "added. Choose the property that holds each zone's name:"
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name property:"), self.property)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.count)
        layout.addWidget(self.names, 1)
        layout.addWidget(self.refused)
        layout.addWidget(self.buttons)
        self.ok.setText(self.tr("&Import"))
        self.resize(480, 420)
        self.property.currentTextChanged.connect(self._preview)
        self._preview()

    def chosen(self) -> str:
        return self.property.currentText()

    def _names(self) -> list[str]:
        prop = self.chosen()
        names = []
        for feature in self.parsed.features:
            value = feature.properties.get(prop)
            text = " ".join(str(value).split()) if isinstance(value, str | int | float) else ""
            names.append("" if isinstance(value, bool) else text)
        return names

    def _preview(self) -> None:
        names = self._names()
        self.names.clear()
        for name in names[:PREVIEW_NAMES]:
            self.names.addItem(name or self.tr("(no name)"))
        self.count.setText(self.tr("%n zone(s) in the file.", "", len(names)))
        self.show_problem()

    def problem(self) -> str | None:
        if not self.parsed.property_names:
            return self.tr("The features have no properties: there is nothing to name them by.")
        names = self._names()
        missing = [number for number, name in enumerate(names, start=1) if not name]
        if missing:
            return self.tr("Feature {number} has no “{property}”: choose another property.").format(
                number=missing[0], property=self.chosen()
            )
        folded = [name.casefold() for name in names]
        if len(set(folded)) < len(folded):
            return self.tr("Two zones would have the same name: choose another property.")
        return None
