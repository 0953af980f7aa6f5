"""How the map looks: the pressure colour ramp and its classes, signal kinds' colours and shapes."""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from console.models import SignalKind

# ColorBrewer YlOrRd, 5 classes: a sequential ramp readable in grey and by colour-blind people.
PRESSURE_RAMP = ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026")
NO_DATA_FILL = "#c8c8c8"
ZONE_FILL_ALPHA = 150  # of 255: the basemap stays readable under the choropleth
FLAG_COLOUR = "#b3261e"
BACKGROUND = "#e9e7e2"  # the neutral ground without a basemap
DEBRIEF_COLOUR = "#00695c"


class Shape(enum.Enum):
    CIRCLE = "circle"
    SQUARE = "square"
    DIAMOND = "diamond"


@dataclass(frozen=True)
class KindStyle:
    colour: str
    shape: Shape
    label: str  # source text in the "MapStyle" context


KIND_STYLES: dict[SignalKind, KindStyle] = {
    SignalKind.CITIZEN_REPORT: KindStyle(
        "#1f5fa8", Shape.CIRCLE, QT_TRANSLATE_NOOP("MapStyle", "Citizen report")
    ),
    SignalKind.POLICE_INTERVENTION: KindStyle(
        "#5b2c83", Shape.SQUARE, QT_TRANSLATE_NOOP("MapStyle", "Police intervention")
    ),
    SignalKind.MEDIA: KindStyle("#1b7837", Shape.DIAMOND, QT_TRANSLATE_NOOP("MapStyle", "Media")),
}


def kind_label(kind: SignalKind) -> str:
    return QCoreApplication.translate("MapStyle", KIND_STYLES[SignalKind(kind)].label)


def kind_colour(kind: SignalKind) -> QColor:
    return QColor(KIND_STYLES[SignalKind(kind)].colour)


@dataclass(frozen=True)
class PressureClasses:
    """Equal classes of pressure (signals per week) from 0 to a nice upper bound."""

    upper: float  # the top of the last class

    @property
    def step(self) -> float:
        return self.upper / len(PRESSURE_RAMP)

    def index(self, pressure: float) -> int:
        if pressure <= 0:
            return 0
        return min(int(pressure / self.step + 1e-9), len(PRESSURE_RAMP) - 1)

    def colour(self, pressure: float | None) -> QColor:
        if pressure is None:
            return QColor(NO_DATA_FILL)
        return QColor(PRESSURE_RAMP[self.index(pressure)])

    def bounds(self) -> list[tuple[float, float]]:
        """(low, high) of each class, lowest first."""
        step = self.step
        return [(number * step, (number + 1) * step) for number in range(len(PRESSURE_RAMP))]


def pressure_classes(pressures: Iterable[float]) -> PressureClasses:
    """Five classes of equal, round width (1, 2, 2.5 or 5 × 10^n), the widest that still puts
    the highest pressure in the last class, which the legend shows as "or more"."""
    highest = max((p for p in pressures if p > 0), default=0.0)
    if highest <= 0:
        return PressureClasses(5.0)
    wanted = highest / (len(PRESSURE_RAMP) - 1)  # the last class starts at 4 widths
    power = 10 ** math.floor(math.log10(wanted))
    step = max(f * power for f in (1, 2, 2.5, 5) if f * power <= wanted * (1 + 1e-9))
    return PressureClasses(step * len(PRESSURE_RAMP))
