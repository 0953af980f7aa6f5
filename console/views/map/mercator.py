"""Web Mercator (EPSG:3857) and slippy-map tile maths: pure functions, no Qt.

The map's scene is in Mercator metres with y pointing south (``scene_y = -mercator_y``), so
north is up on screen and tile (x, y) of zoom z covers a square whose top-left corner is
``(-HALF_WORLD + x * size, -HALF_WORLD + y * size)`` with ``size = WORLD / 2**z``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

EARTH_RADIUS = 6378137.0  # metres: the WGS84 semi-major axis EPSG:3857 uses as a sphere
WORLD = 2 * math.pi * EARTH_RADIUS  # width of the Mercator plane, 40 075 016.686 m
HALF_WORLD = WORLD / 2
MAX_LATITUDE = 85.0511287798066  # where the square Mercator plane ends (atan(sinh(pi)))
TILE_SIZE = 256  # pixels of a slippy-map tile


def lonlat_to_metres(lon: float, lat: float) -> tuple[float, float]:
    """Longitude/latitude in degrees to Web Mercator x/y in metres (latitude clamped)."""
    lat = max(-MAX_LATITUDE, min(MAX_LATITUDE, lat))
    x = EARTH_RADIUS * math.radians(lon)
    y = EARTH_RADIUS * math.atanh(math.sin(math.radians(lat)))  # = ln tan(pi/4 + lat/2)
    return x, y


def metres_to_lonlat(x: float, y: float) -> tuple[float, float]:
    """Web Mercator x/y in metres back to longitude/latitude in degrees."""
    lon = math.degrees(x / EARTH_RADIUS)
    lat = math.degrees(2 * math.atan(math.exp(y / EARTH_RADIUS)) - math.pi / 2)
    return lon, lat


def lonlat_to_scene(lon: float, lat: float) -> tuple[float, float]:
    """Scene coordinates of the map: Mercator metres with y pointing south."""
    x, y = lonlat_to_metres(lon, lat)
    return x, -y


def scene_to_lonlat(x: float, y: float) -> tuple[float, float]:
    return metres_to_lonlat(x, -y)


def tile_size_metres(zoom: int) -> float:
    """Width (and height) of one tile of ``zoom`` in Mercator metres."""
    return WORLD / (1 << zoom)


def lonlat_to_tile(lon: float, lat: float, zoom: int) -> tuple[int, int]:
    """The slippy-map (XYZ, y counted from the north) tile holding a point."""
    n = 1 << zoom
    lat_r = math.radians(max(-MAX_LATITUDE, min(MAX_LATITUDE, lat)))
    x = int((lon + 180.0) / 360.0 * n)
    y = int((1.0 - math.asinh(math.tan(lat_r)) / math.pi) / 2.0 * n)
    return min(max(x, 0), n - 1), min(max(y, 0), n - 1)


def tile_to_lonlat(x: int, y: int, zoom: int) -> tuple[float, float]:
    """Longitude/latitude of the north-west corner of tile (x, y)."""
    n = 1 << zoom
    lon = x / n * 360.0 - 180.0
    lat = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y / n))))
    return lon, lat


def tms_row(y: int, zoom: int) -> int:
    """The TMS row (counted from the south, as MBTiles stores it) of XYZ row ``y``; and back."""
    return (1 << zoom) - 1 - y


def tile_scene_origin(x: int, y: int, zoom: int) -> tuple[float, float]:
    """Scene coordinates of the top-left (north-west) corner of tile (x, y)."""
    size = tile_size_metres(zoom)
    return -HALF_WORLD + x * size, -HALF_WORLD + y * size


def tiles_in_scene_rect(
    left: float, top: float, right: float, bottom: float, zoom: int
) -> list[tuple[int, int]]:
    """The tiles of ``zoom`` that a scene rectangle touches, nearest the middle first."""
    n = 1 << zoom
    size = tile_size_metres(zoom)

    def column(value: float) -> int:
        return min(max(math.floor((value + HALF_WORLD) / size), 0), n - 1)

    x0, x1 = column(left), column(right)
    y0, y1 = column(top), column(bottom)
    mid_x, mid_y = (x0 + x1) / 2, (y0 + y1) / 2
    tiles = [(x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)]
    tiles.sort(key=lambda t: (t[0] - mid_x) ** 2 + (t[1] - mid_y) ** 2)
    return tiles


def zoom_for_scale(pixels_per_metre: float, min_zoom: int = 0, max_zoom: int = 22) -> int:
    """The tile zoom whose pixels are closest to screen pixels at this view scale."""
    if pixels_per_metre <= 0:
        return min_zoom
    zoom = round(math.log2(pixels_per_metre * WORLD / TILE_SIZE))
    return min(max(zoom, min_zoom), max_zoom)


def ground_metres_per_pixel(lat: float, zoom: float) -> float:
    """Metres on the ground that one pixel of a 256-pixel tile covers at ``lat`` and ``zoom``."""
    return math.cos(math.radians(lat)) * WORLD / (TILE_SIZE * 2**zoom)


def nice_length(limit: float) -> float:
    """The largest 1, 2 or 5 × 10^n not above ``limit`` (> 0): a scale bar's length."""
    if limit <= 0:
        raise ValueError("a scale bar needs a positive length")
    power = 10 ** math.floor(math.log10(limit))
    for step in (5, 2, 1):
        if step * power <= limit * (1 + 1e-9):
            return float(step * power)
    return float(power)  # pragma: no cover - the loop always returns (1 × power <= limit)


@dataclass(frozen=True)
class ScaleBar:
    """What a scale bar shows: ``metres`` on the ground drawn ``pixels`` long."""

    metres: float
    pixels: float


def scale_bar(ground_metres_per_pixel: float, max_pixels: float) -> ScaleBar:
    """The longest nice length that fits in ``max_pixels`` at this resolution."""
    metres = nice_length(ground_metres_per_pixel * max_pixels)
    return ScaleBar(metres, metres / ground_metres_per_pixel)
