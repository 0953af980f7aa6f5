"""Plane geometry on GeoJSON coordinates: point in polygon, validity, bounding box, centroid.

Coordinates are WGS84 longitude/latitude treated as plane x/y, which is right for the small
areas of a city. Only ``Polygon`` and ``MultiPolygon`` geometries are zones.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from itertools import pairwise
from typing import Any

from console.services.errors import Refusal

# The most positions a zone may have, all rings and parts together: a city's zone drawn or
# exported from a GIS has a few hundred; more is a traced survey, to simplify in the GIS.
MAX_VERTICES = 10_000
# Decimal places of the coordinates written to a file: 1e-7 degrees is about a centimetre.
DECIMALS = 7
TOLERANCE = 1.5 * 10**-DECIMALS  # what a rounding on each side may move a position

Position = Sequence[float]  # a GeoJSON position: lon, lat (and an ignored altitude)
Ring = Sequence[Position]
ZONE_TYPES = ("Polygon", "MultiPolygon")


class GeometryError(Refusal):
    """The geometry cannot be a zone; ``str()`` says what is wrong, in one line.

    A problem of one polygon names it by ``polygon`` (1 for a Polygon, counted from 1 in a
    MultiPolygon); ``where`` is that polygon or ring in English, for the English sentence.
    """


# -- point in polygon ------------------------------------------------------------------------


def _geos() -> Any:
    """Shapely (GEOS), imported at the first shape checked, not at start-up."""
    import shapely  # noqa: PLC0415
    import shapely.geometry  # noqa: PLC0415

    return shapely


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
    return any(_in_polygon(lon, lat, rings) for rings in polygons_of(geometry))


def _in_polygon(lon: float, lat: float, rings: Sequence[Ring]) -> bool:
    if not rings or not point_in_ring(lon, lat, rings[0]):
        return False
    return not any(point_in_ring(lon, lat, hole) for hole in rings[1:])


def polygons_of(geometry: dict[str, Any]) -> list[Sequence[Ring]]:
    """The polygons (each a list of rings, outline first) of a Polygon or MultiPolygon.

    Raises :class:`ValueError` for any other geometry type.
    """
    kind = geometry.get("type") if isinstance(geometry, dict) else None
    if kind == "Polygon":
        return [geometry["coordinates"]]
    if kind == "MultiPolygon":
        return list(geometry["coordinates"])
    raise ValueError(f"expected a GeoJSON Polygon or MultiPolygon, not {kind!r}")


# -- measures --------------------------------------------------------------------------------


def _positions(geometry: dict[str, Any]) -> Iterator[Position]:
    for rings in polygons_of(geometry):
        for ring in rings:
            yield from ring


def bounding_box(geometry: dict[str, Any]) -> tuple[float, float, float, float]:
    """``(min_lon, min_lat, max_lon, max_lat)`` of a Polygon or MultiPolygon.

    Raises :class:`ValueError` for another geometry type or one without positions.
    """
    lons, lats = [], []
    for position in _positions(geometry):
        lons.append(float(position[0]))
        lats.append(float(position[1]))
    if not lons:
        raise ValueError("the geometry has no coordinates")
    return min(lons), min(lats), max(lons), max(lats)


def _ring_moments(ring: Ring) -> tuple[float, float, float]:
    """Signed area (shoelace) and the first moments (sum for the centroid) of a ring."""
    area = cx = cy = 0.0
    points = _open(ring)
    for (x1, y1), (x2, y2) in pairwise([*points, points[0]] if points else []):
        cross = x1 * y2 - x2 * y1
        area += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    return area / 2, cx / 6, cy / 6


def area(geometry: dict[str, Any]) -> float:
    """Plane area in square degrees: outlines minus holes, whatever the winding order."""
    total = 0.0
    for rings in polygons_of(geometry):
        if not rings:
            continue
        total += abs(_ring_moments(rings[0])[0])
        total -= sum(abs(_ring_moments(hole)[0]) for hole in rings[1:])
    return total


def centroid(geometry: dict[str, Any]) -> tuple[float, float]:
    """``(lon, lat)`` of the area-weighted centroid, where a zone's label goes.

    Holes are taken out, a MultiPolygon's parts weigh by their area. A geometry with no area
    (all points on a line) falls back to the mean of its distinct positions. For a strongly
    concave outline the centroid may lie outside the zone. Raises :class:`ValueError` for
    another geometry type or one without positions.
    """
    total = sx = sy = 0.0
    for rings in polygons_of(geometry):
        for index, ring in enumerate(rings):
            signed, mx, my = _ring_moments(ring)
            # Outline counts positive, holes negative, whatever way each ring winds.
            sign = (1.0 if index == 0 else -1.0) * (1.0 if signed >= 0 else -1.0)
            total += sign * signed
            sx += sign * mx
            sy += sign * my
    if abs(total) > 1e-18:
        return sx / total, sy / total
    points = {(float(p[0]), float(p[1])) for p in _positions(geometry)}
    if not points:
        raise ValueError("the geometry has no coordinates")
    return (
        sum(p[0] for p in points) / len(points),
        sum(p[1] for p in points) / len(points),
    )


# -- validity --------------------------------------------------------------------------------


def _open(ring: Ring) -> list[tuple[float, float]]:
    """The ring's distinct consecutive (lon, lat) points, without the closing repeat."""
    points: list[tuple[float, float]] = []
    for position in ring:
        point = (float(position[0]), float(position[1]))
        if not points or points[-1] != point:
            points.append(point)
    if len(points) > 1 and points[0] == points[-1]:
        points.pop()
    return points


def _orientation(p: tuple[float, float], q: tuple[float, float], r: tuple[float, float]) -> int:
    value = (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
    return (value > 0) - (value < 0)


def _closed(points: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    return [*points, points[0]]


def ring_self_intersects(ring: Ring) -> bool:
    """True when the ring's outline crosses or touches itself (closing edge implied).

    Consecutive repeated positions and the closing repeat are ignored first. A ring of fewer
    than three distinct points does not intersect itself (it is invalid for another reason,
    see :func:`validate_polygon`). GEOS decides, in O(n log n) for n vertices.
    """
    points = _open(ring)
    if len(points) < 3:
        return False
    return not _geos().is_simple(_geos().linearrings(_closed(points)))


def validate_polygon(geometry: Any) -> None:
    """Raise :class:`GeometryError` unless ``geometry`` can be a zone; return None if it can.

    A zone is a GeoJSON ``Polygon`` or ``MultiPolygon`` of at most :data:`MAX_VERTICES`
    positions, which are numbers within longitude -180..180 and latitude -90..90 (an altitude
    is allowed and ignored). Each ring needs at least three distinct points; it may be closed
    or not (the closing edge is implied), must enclose an area and must not cross or touch
    itself. A hole must lie inside its outline without touching it or another hole, and not
    inside another hole. The checks are GEOS's (Shapely), O(n log n) in the vertices.
    """
    if not isinstance(geometry, dict):
        raise GeometryError("geometry_not_object", "the geometry is not a GeoJSON object")
    kind = geometry.get("type")
    if kind not in ZONE_TYPES:
        raise GeometryError(
            "geometry_not_polygon",
            "a zone must be a Polygon or MultiPolygon, not {kind!r}",
            kind=kind,
        )
    coordinates = geometry.get("coordinates")
    if kind == "Polygon":
        _check_size([coordinates])
        _validate_rings(coordinates, 1, "the polygon")
        return
    if not isinstance(coordinates, list) or not coordinates:
        raise GeometryError("geometry_no_polygons", "the multipolygon has no polygons")
    _check_size(coordinates)
    for number, rings in enumerate(coordinates, start=1):
        _validate_rings(rings, number, f"polygon {number} of the multipolygon")


def _check_size(polygons: list[Any]) -> None:
    """Refuse more than :data:`MAX_VERTICES` positions before looking at any of them."""
    count = sum(
        len(ring)
        for rings in polygons
        if isinstance(rings, list)
        for ring in rings
        if isinstance(ring, list)
    )
    if count > MAX_VERTICES:
        raise GeometryError(
            "geometry_too_many_vertices",
            "the zone has {count} vertices, more than {limit}; simplify its outline",
            count=count,
            limit=MAX_VERTICES,
        )


def _validate_rings(rings: Any, polygon: int, where: str) -> None:
    if not isinstance(rings, list) or not rings:
        raise GeometryError(
            "geometry_no_outline", "{where} has no outline", where=where, polygon=polygon
        )
    opened: list[list[tuple[float, float]]] = []
    for number, ring in enumerate(rings):
        name = f"the outline of {where}" if number == 0 else f"hole {number} of {where}"
        points = _checked_ring(ring, polygon, name)
        distinct = len(set(points))
        if distinct < 3:
            raise GeometryError(
                "geometry_too_few_points",
                "{where} needs at least 3 distinct points, it has {count}",
                where=name,
                polygon=polygon,
                count=distinct,
            )
        if all(_orientation(points[0], points[1], p) == 0 for p in points[2:]):
            raise GeometryError(
                "geometry_no_area",
                "{where} has no area: its points lie on one line",
                where=name,
                polygon=polygon,
            )
        opened.append(points)
    rings_of = [_geos().linearrings(_closed(points)) for points in opened]
    for number, simple in enumerate(_geos().is_simple(rings_of)):
        if not simple:
            name = f"the outline of {where}" if number == 0 else f"hole {number} of {where}"
            raise GeometryError(
                "geometry_crosses_itself",
                "{where} crosses itself; move the vertices so edges do not cross",
                where=name,
                polygon=polygon,
            )
    if len(opened) == 1:
        return
    # Closed rings have no boundary, so a set of them is simple only if no two share a point.
    if not _geos().is_simple(_geos().multilinestrings(rings_of)):
        raise GeometryError(
            "geometry_holes_cross",
            "a hole of {where} crosses or touches its outline or another hole",
            where=where,
            polygon=polygon,
        )
    outline = _geos().polygons(rings_of[0])
    _geos().prepare(outline)
    starts = [hole[0] for hole in opened[1:]]
    inside = _geos().contains_xy(outline, [p[0] for p in starts], [p[1] for p in starts])
    for number, hole_inside in enumerate(inside, start=1):
        if not hole_inside:
            raise GeometryError(
                "geometry_hole_outside",
                "hole {hole} of {where} lies outside its outline",
                where=where,
                polygon=polygon,
                hole=number,
            )
    # What is left for GEOS to find: a hole inside another hole.
    if not _geos().is_valid(_geos().polygons(rings_of[0], rings_of[1:])):
        raise GeometryError(
            "geometry_holes_nested",
            "a hole of {where} lies inside another hole; remove one of them",
            where=where,
            polygon=polygon,
        )


def _checked_ring(ring: Any, polygon: int, name: str) -> list[tuple[float, float]]:
    if not isinstance(ring, list):
        raise GeometryError(
            "geometry_not_positions",
            "{where} is not a list of positions",
            where=name,
            polygon=polygon,
        )
    for position in ring:
        if (
            not isinstance(position, list | tuple)
            or len(position) < 2
            or not all(is_number(v) for v in position[:3])
        ):
            raise GeometryError(
                "geometry_bad_position",
                "{where} has a position that is not [longitude, latitude]",
                where=name,
                polygon=polygon,
            )
        lon, lat = float(position[0]), float(position[1])
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            raise GeometryError(
                "geometry_out_of_range",
                "{where} has a position outside longitude/latitude ranges: {lon:g}, {lat:g}",
                where=name,
                polygon=polygon,
                lon=lon,
                lat=lat,
            )
    return _open(ring)


def is_number(value: Any) -> bool:
    """A finite int or float, not a bool (JSON's true is no coordinate)."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def normalized_polygon(geometry: dict[str, Any]) -> dict[str, Any]:
    """A new, valid-as-given geometry with every ring closed, wound as RFC 7946 asks (outlines
    counter-clockwise, holes clockwise) and positions as [lon, lat] floats.

    Consecutive repeated positions are dropped and altitudes are left out, so the stored
    geometry is plain 2D GeoJSON. Call :func:`validate_polygon` first.
    """
    return _rebuilt(geometry, lambda points: points)


def rfc7946(geometry: dict[str, Any]) -> dict[str, Any]:
    """The geometry as it is written to a GeoJSON file: :func:`normalized_polygon` with
    coordinates rounded to :data:`DECIMALS` places."""

    def rounded(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
        return _open([(round(x, DECIMALS), round(y, DECIMALS)) for x, y in points])

    return _rebuilt(geometry, rounded)


def same_shape(first: dict[str, Any], second: dict[str, Any]) -> bool:
    """True when two valid zone geometries are the same area drawn the same way, whatever ring
    each starts at, which way each winds, the order of a MultiPolygon's parts, a Polygon
    written as a MultiPolygon of one part, and differences below :data:`DECIMALS` places (a
    GIS round trip). A vertex added or moved makes them different."""
    shapes = [_geos().normalize(_multipolygon(g)) for g in (first, second)]
    return bool(_geos().equals_exact(*shapes, tolerance=TOLERANCE))


def _multipolygon(geometry: dict[str, Any]) -> Any:  # a _geos().MultiPolygon
    shape = _geos().geometry.shape(normalized_polygon(geometry))
    return shape if isinstance(shape, _geos().MultiPolygon) else _geos().MultiPolygon([shape])


def _rebuilt(
    geometry: dict[str, Any],
    adjust: Callable[[list[tuple[float, float]]], list[tuple[float, float]]],
) -> dict[str, Any]:
    def ring(points: Ring, outline: bool) -> list[list[float]]:
        opened = adjust(_open(points))
        if not opened:
            return []
        counter_clockwise = _ring_moments(opened)[0] > 0
        if counter_clockwise != outline:
            opened = [opened[0], *reversed(opened[1:])]  # the same start, the other way
        return [[lon, lat] for lon, lat in _closed(opened)]

    def polygon(rings: Sequence[Ring]) -> list[list[list[float]]]:
        return [ring(r, number == 0) for number, r in enumerate(rings)]

    if geometry["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": polygon(geometry["coordinates"])}
    return {
        "type": "MultiPolygon",
        "coordinates": [polygon(rings) for rings in geometry["coordinates"]],
    }
