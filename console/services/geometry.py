"""Plane geometry on GeoJSON coordinates: is a point inside a ring, a polygon, a multipolygon."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Any

Position = Sequence[float]  # a GeoJSON position: lon, lat (and an ignored altitude)


def point_in_ring(lon: float, lat: float, ring: Sequence[Position]) -> bool:
    """True when (lon, lat) lies inside the ring, by even-odd ray casting.

    ``ring`` is a list of ``[lon, lat]`` positions, closed as GeoJSON requires (first equals
    last) or not: the closing edge is implied. Winding order does not matter and the ring may
    be concave. Coordinates are treated as plane x/y, which is right for the small areas of a
    city. A point exactly on an edge may count as inside or outside; an empty ring holds
    nothing.
    """
    if not ring:
        return False
    inside = False
    for start, end in pairwise([*ring, ring[0]]):
        x1, y1, x2, y2 = start[0], start[1], end[0], end[1]
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def point_in_polygon(lon: float, lat: float, geometry: dict[str, Any]) -> bool:
    """True when (lon, lat) lies inside a GeoJSON ``Polygon`` or ``MultiPolygon`` geometry.

    A Polygon's first ring is its outline and any further rings are holes: a point in a hole
    is outside. A MultiPolygon holds the point when any of its polygons does. Raises
    :class:`ValueError` for any other geometry type. Edges behave as in :func:`point_in_ring`.
    """
    kind = geometry.get("type")
    if kind == "Polygon":
        return _in_polygon(lon, lat, geometry["coordinates"])
    if kind == "MultiPolygon":
        return any(_in_polygon(lon, lat, rings) for rings in geometry["coordinates"])
    raise ValueError(f"expected a GeoJSON Polygon or MultiPolygon, not {kind!r}")


def _in_polygon(lon: float, lat: float, rings: Sequence[Sequence[Position]]) -> bool:
    if not rings or not point_in_ring(lon, lat, rings[0]):
        return False
    return not any(point_in_ring(lon, lat, hole) for hole in rings[1:])
