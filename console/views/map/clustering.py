"""Signal points as compact arrays, and grid clustering in screen pixels: pure numpy, no Qt.

Tens of thousands of signals never become tens of thousands of objects: the map's service
hands their positions over as three arrays, projected here all at once, and each zoom level
groups them into cells of a fixed size in pixels. A cell's cluster sits at the mean of its
points and counts them per kind.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from console.models import SignalKind
from console.services.places.map_data import KINDS, SignalPositions
from console.views.map.mercator import EARTH_RADIUS, MAX_LATITUDE

CELL_PIXELS = 44  # points closer than about this on screen share a marker


@dataclass(frozen=True, eq=False)
class SignalPoints:
    """Signals with a point: scene x/y (Mercator metres, y south) and the kind's index in KINDS."""

    xs: np.ndarray
    ys: np.ndarray
    kinds: np.ndarray

    def __len__(self) -> int:
        return int(self.xs.size)

    @classmethod
    def empty(cls) -> SignalPoints:
        return cls(np.zeros(0), np.zeros(0), np.zeros(0, dtype=np.int8))

    @classmethod
    def from_positions(cls, positions: SignalPositions) -> SignalPoints:
        """The positions projected onto the scene, all at once (a few milliseconds for 100 000)."""
        lats = np.radians(np.clip(positions.lats, -MAX_LATITUDE, MAX_LATITUDE))
        xs = EARTH_RADIUS * np.radians(positions.lons)
        ys = -EARTH_RADIUS * np.arctanh(np.sin(lats))  # scene y points south
        return cls(xs, ys, positions.kinds.astype(np.int8))

    @classmethod
    def from_lonlat(cls, points: Iterable[tuple[float, float, SignalKind]]) -> SignalPoints:
        """From (lon, lat, kind) triples."""
        return cls.from_positions(SignalPositions.of(points))

    def filtered(self, kinds: Iterable[SignalKind]) -> SignalPoints:
        """Only the points of these kinds."""
        wanted = [KINDS.index(kind) for kind in kinds]
        keep = np.isin(self.kinds, wanted)
        return SignalPoints(self.xs[keep], self.ys[keep], self.kinds[keep])


@dataclass(frozen=True, eq=False)
class Clusters:
    """One row per cluster: position (scene), how many points, and how many of each kind."""

    xs: np.ndarray
    ys: np.ndarray
    counts: np.ndarray
    by_kind: np.ndarray  # shape (clusters, len(KINDS))

    def __len__(self) -> int:
        return int(self.xs.size)

    def dominant_kind(self, row: int) -> SignalKind:
        return KINDS[int(np.argmax(self.by_kind[row]))]

    def in_rect(self, left: float, top: float, right: float, bottom: float) -> np.ndarray:
        """Row numbers of the clusters inside a scene rectangle."""
        inside = (self.xs >= left) & (self.xs <= right) & (self.ys >= top) & (self.ys <= bottom)
        return np.flatnonzero(inside)


def cluster(
    points: SignalPoints, metres_per_pixel: float, cell_pixels: int = CELL_PIXELS
) -> Clusters:
    """Group points into square cells ``cell_pixels`` wide on screen at this resolution.

    The grid is anchored at the scene origin, so panning never changes the clusters; only a
    new zoom does. Runs in a few milliseconds for 100 000 points.
    """
    if len(points) == 0:
        empty = np.zeros(0)
        return Clusters(empty, empty, np.zeros(0, dtype=int), np.zeros((0, len(KINDS)), dtype=int))
    cell = max(metres_per_pixel * cell_pixels, 1e-9)
    columns = np.floor(points.xs / cell).astype(np.int64)
    rows = np.floor(points.ys / cell).astype(np.int64)
    # One integer per cell: a 1-D unique is much faster than a unique over rows.
    keys = (columns - columns.min()) * (int(rows.max() - rows.min()) + 1) + (rows - rows.min())
    _unique, inverse = np.unique(keys, return_inverse=True)
    inverse = inverse.ravel()
    groups = int(inverse.max()) + 1
    counts = np.bincount(inverse, minlength=groups)
    xs = np.bincount(inverse, weights=points.xs, minlength=groups) / counts
    ys = np.bincount(inverse, weights=points.ys, minlength=groups) / counts
    kind_keys = inverse * len(KINDS) + points.kinds.astype(np.int64)
    by_kind = np.bincount(kind_keys, minlength=groups * len(KINDS)).reshape(groups, len(KINDS))
    return Clusters(xs, ys, counts, by_kind)
