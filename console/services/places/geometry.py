"""Plane geometry on GeoJSON coordinates: point in polygon, validity, bounding box, centroid.

Coordinates are WGS84 longitude/latitude treated as plane x/y, which is right for the small
areas of a city. Only ``Polygon`` and ``MultiPolygon`` geometries are zones.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from itertools import pairwise
from typing import Any

from console.services.errors import Refusal

Position = Sequence[float]  # a GeoJSON position: lon, lat (and an ignored altitude)
Ring = Sequence[Position]
ZONE_TYPES = ("Polygon", "MultiPolygon")


class GeometryError(Refusal):
    """The geometry cannot be a zone; ``str()`` says what is wrong, in one line.

    A problem of one polygon names it by ``polygon`` (1 for a Polygon, counted from 1 in a
    MultiPolygon); ``where`` is that polygon or ring in English, for the English sentence.
    """


# -- point in polygon ------------------------------------------------------------------------


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


def _on_segment(p: tuple[float, float], q: tuple[float, float], r: tuple[float, float]) -> bool:
    """r, collinear with p-q, lies within the segment's box."""
    return min(p[0], q[0]) <= r[0] <= max(p[0], q[0]) and min(p[1], q[1]) <= r[1] <= max(p[1], q[1])


def segments_intersect(
    a: tuple[float, float], b: tuple[float, float], c: tuple[float, float], d: tuple[float, float]
) -> bool:
    """True when segment a-b and segment c-d share at least one point (touching counts)."""
    o1, o2 = _orientation(a, b, c), _orientation(a, b, d)
    o3, o4 = _orientation(c, d, a), _orientation(c, d, b)
    if o1 != o2 and o3 != o4:
        return True
    return (
        (o1 == 0 and _on_segment(a, b, c))
        or (o2 == 0 and _on_segment(a, b, d))
        or (o3 == 0 and _on_segment(c, d, a))
        or (o4 == 0 and _on_segment(c, d, b))
    )


Edge = tuple[int, int, tuple[float, float], tuple[float, float]]  # ring, index, start, end


def _edges(rings: Sequence[list[tuple[float, float]]]) -> list[Edge]:
    return [
        (r, i, ring[i], ring[(i + 1) % len(ring)])
        for r, ring in enumerate(rings)
        for i in range(len(ring))
    ]


def _adjacent(e: Edge, f: Edge, sizes: Sequence[int]) -> bool:
    if e[0] != f[0]:
        return False
    n = sizes[e[0]]
    return (e[1] - f[1]) % n in (1, n - 1)


def _first_crossing(rings: Sequence[list[tuple[float, float]]]) -> tuple[Edge, Edge] | None:
    """Two edges of the rings that meet where they should not, or None.

    Edges that follow each other in a ring may share their common vertex, and nothing else:
    folding back along the previous edge is a crossing. A sweep over the edges sorted by their
    west end keeps the work near linear for the outlines of a city's zones.
    """
    sizes = [len(ring) for ring in rings]
    edges = sorted(_edges(rings), key=lambda e: min(e[2][0], e[3][0]))
    active: list[Edge] = []
    for edge in edges:
        west = min(edge[2][0], edge[3][0])
        active = [a for a in active if max(a[2][0], a[3][0]) >= west]
        for other in active:
            if _adjacent(edge, other, sizes):
                if _folds_back(edge, other):
                    return other, edge
            elif segments_intersect(edge[2], edge[3], other[2], other[3]):
                return other, edge
        active.append(edge)
    return None


def _folds_back(e: Edge, f: Edge) -> bool:
    """Two consecutive edges overlap along a line (a spike), not only at their shared vertex."""
    shared = ({e[2], e[3]} & {f[2], f[3]}).pop() if {e[2], e[3]} & {f[2], f[3]} else None
    if shared is None:
        return False
    far_e = e[3] if e[2] == shared else e[2]
    far_f = f[3] if f[2] == shared else f[2]
    if _orientation(shared, far_e, far_f) != 0:
        return False
    # Collinear: a spike when both far ends lie on the same side of the shared vertex.
    return (far_e[0] - shared[0]) * (far_f[0] - shared[0]) + (far_e[1] - shared[1]) * (
        far_f[1] - shared[1]
    ) > 0


def ring_self_intersects(ring: Ring) -> bool:
    """True when the ring's outline crosses or touches itself (closing edge implied).

    Consecutive repeated positions and the closing repeat are ignored first. A ring of fewer
    than three distinct points does not intersect itself (it is invalid for another reason,
    see :func:`validate_polygon`).
    """
    points = _open(ring)
    if len(points) < 3:
        return False
    return _first_crossing([points]) is not None


def validate_polygon(geometry: Any) -> None:
    """Raise :class:`GeometryError` unless ``geometry`` can be a zone; return None if it can.

    A zone is a GeoJSON ``Polygon`` or ``MultiPolygon`` whose positions are numbers within
    longitude -180..180 and latitude -90..90 (an altitude is allowed and ignored). Each ring
    needs at least three distinct points; it may be closed or not (the closing edge is
    implied), must enclose an area and must not cross or touch itself. A hole must lie inside
    its outline without touching it or another hole.
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
        _validate_rings(coordinates, 1, "the polygon")
        return
    if not isinstance(coordinates, list) or not coordinates:
        raise GeometryError("geometry_no_polygons", "the multipolygon has no polygons")
    for number, rings in enumerate(coordinates, start=1):
        _validate_rings(rings, number, f"polygon {number} of the multipolygon")


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
        if _first_crossing([points]) is not None:
            raise GeometryError(
                "geometry_crosses_itself",
                "{where} crosses itself; move the vertices so edges do not cross",
                where=name,
                polygon=polygon,
            )
        opened.append(points)
    if len(opened) > 1:
        if _first_crossing(opened) is not None:
            raise GeometryError(
                "geometry_holes_cross",
                "a hole of {where} crosses or touches its outline or another hole",
                where=where,
                polygon=polygon,
            )
        for number, hole in enumerate(opened[1:], start=1):
            if not point_in_ring(hole[0][0], hole[0][1], opened[0]):
                raise GeometryError(
                    "geometry_hole_outside",
                    "hole {hole} of {where} lies outside its outline",
                    where=where,
                    polygon=polygon,
                    hole=number,
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
    """A new, valid-as-given geometry with every ring closed and positions as [lon, lat] floats.

    Consecutive repeated positions are dropped and altitudes are left out, so the stored
    geometry is plain 2D GeoJSON. Call :func:`validate_polygon` first.
    """

    def closed(ring: Ring) -> list[list[float]]:
        points = [[lon, lat] for lon, lat in _open(ring)]
        return [*points, list(points[0])] if points else points

    if geometry["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": [closed(r) for r in geometry["coordinates"]]}
    return {
        "type": "MultiPolygon",
        "coordinates": [[closed(r) for r in rings] for rings in geometry["coordinates"]],
    }
