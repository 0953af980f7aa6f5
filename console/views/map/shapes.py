"""Zone shapes while they are edited: polygons of open rings in scene coordinates. No Qt.

A shape is immutable (tuples all the way down), so an undo command can keep the shape before
and after an edit. Coordinates go back to GeoJSON longitude/latitude, rounded to 1e-7 degrees
(about a centimetre), so vertices that were not moved come back as they were.
"""

from __future__ import annotations

import math
from typing import Any

from console.views.map.mercator import lonlat_to_scene, scene_to_lonlat

Point = tuple[float, float]
Ring = tuple[Point, ...]
Shape = tuple[tuple[Ring, ...], ...]  # polygons, each its outline then its holes
Vertex = tuple[int, int, int]  # polygon, ring, index
DECIMALS = 7


def shape_from_geometry(geometry: dict[str, Any]) -> Shape:
    """A GeoJSON Polygon or MultiPolygon as an editable shape (closing repeats dropped)."""
    if geometry.get("type") == "Polygon":
        polygons = [geometry["coordinates"]]
    elif geometry.get("type") == "MultiPolygon":
        polygons = geometry["coordinates"]
    else:
        return ()

    def ring(positions: list[list[float]]) -> Ring:
        points = [lonlat_to_scene(p[0], p[1]) for p in positions]
        if len(points) > 1 and positions[0][:2] == positions[-1][:2]:
            points.pop()
        return tuple(points)

    return tuple(tuple(ring(r) for r in rings) for rings in polygons)


def geometry_from_shape(shape: Shape) -> dict[str, Any]:
    """The shape as GeoJSON (a Polygon when it has one part), rings closed, lon/lat rounded."""

    def ring(points: Ring) -> list[list[float]]:
        positions = [
            [round(lon, DECIMALS), round(lat, DECIMALS)]
            for lon, lat in (scene_to_lonlat(x, y) for x, y in points)
        ]
        return [*positions, list(positions[0])] if positions else positions

    polygons = [[ring(r) for r in rings] for rings in shape]
    if len(polygons) == 1:
        return {"type": "Polygon", "coordinates": polygons[0]}
    return {"type": "MultiPolygon", "coordinates": polygons}


def polygon_shape(points: list[Point]) -> Shape:
    """A one-polygon shape from the points of its outline."""
    return ((tuple(points),),)


def vertices(shape: Shape) -> list[tuple[Vertex, Point]]:
    return [
        ((p, r, i), point)
        for p, rings in enumerate(shape)
        for r, ring in enumerate(rings)
        for i, point in enumerate(ring)
    ]


def _replace_ring(shape: Shape, polygon: int, ring: int, points: Ring) -> Shape:
    rings = list(shape[polygon])
    rings[ring] = points
    polygons = list(shape)
    polygons[polygon] = tuple(rings)
    return tuple(polygons)


def moved(shape: Shape, vertex: Vertex, point: Point) -> Shape:
    p, r, i = vertex
    ring = list(shape[p][r])
    ring[i] = point
    return _replace_ring(shape, p, r, tuple(ring))


def inserted(shape: Shape, vertex: Vertex, point: Point) -> Shape:
    """The shape with ``point`` inserted before ``vertex`` (index may be the ring's length)."""
    p, r, i = vertex
    ring = list(shape[p][r])
    ring.insert(i, point)
    return _replace_ring(shape, p, r, tuple(ring))


def removed(shape: Shape, vertex: Vertex) -> Shape | None:
    """The shape without ``vertex``; None when its ring would keep fewer than 3 points."""
    p, r, i = vertex
    ring = list(shape[p][r])
    if len(ring) <= 3:
        return None
    del ring[i]
    return _replace_ring(shape, p, r, tuple(ring))


def segment_distance(point: Point, a: Point, b: Point) -> tuple[float, Point]:
    """Distance from ``point`` to segment a-b, and the nearest point of the segment."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else ((point[0] - a[0]) * dx + (point[1] - a[1]) * dy) / length
    t = min(max(t, 0.0), 1.0)
    nearest = (a[0] + t * dx, a[1] + t * dy)
    return math.dist(point, nearest), nearest


def nearest_vertex(shape: Shape, point: Point, tolerance: float) -> tuple[Vertex, Point] | None:
    """The vertex within ``tolerance`` of ``point`` (the same units), nearest first."""
    best = None
    for vertex, at in vertices(shape):
        distance = math.dist(point, at)
        if distance <= tolerance and (best is None or distance < best[0]):
            best = (distance, vertex, at)
    return None if best is None else (best[1], best[2])


def nearest_edge(shape: Shape, point: Point, tolerance: float) -> tuple[Vertex, Point] | None:
    """Where to insert a vertex on the edge within ``tolerance``: (vertex after, point on it)."""
    best = None
    for p, rings in enumerate(shape):
        for r, ring in enumerate(rings):
            for i, start in enumerate(ring):
                end = ring[(i + 1) % len(ring)]
                distance, nearest = segment_distance(point, start, end)
                if distance <= tolerance and (best is None or distance < best[0]):
                    best = (distance, (p, r, i + 1), nearest)
    return None if best is None else (best[1], best[2])
