"""Point-in-polygon on GeoJSON coordinates: rings, holes, multipolygons, concave outlines."""

from __future__ import annotations

from typing import Any

import pytest
from matplotlib.path import Path as PolygonPath

from console.services.geometry import point_in_polygon, point_in_ring

SQUARE = [[0.0, 0.0], [4.0, 0.0], [4.0, 4.0], [0.0, 4.0], [0.0, 0.0]]
HOLE = [[1.0, 1.0], [1.0, 3.0], [3.0, 3.0], [3.0, 1.0], [1.0, 1.0]]  # clockwise, as GeoJSON asks
# A "U" open to the north: the notch between the arms (x 1..3, y 1..4) is outside.
U_SHAPE = [[0, 0], [4, 0], [4, 4], [3, 4], [3, 1], [1, 1], [1, 4], [0, 4], [0, 0]]
FAR_SQUARE = [[10.0, 10.0], [12.0, 10.0], [12.0, 12.0], [10.0, 12.0], [10.0, 10.0]]


def polygon(*rings: list[list[float]]) -> dict[str, Any]:
    return {"type": "Polygon", "coordinates": list(rings)}


@pytest.mark.parametrize(
    ("lon", "lat", "inside"),
    [
        (2.0, 2.0, True),
        (0.1, 3.9, True),
        (3.9, 0.1, True),
        (5.0, 2.0, False),  # east: the ray crosses nothing
        (-1.0, 2.0, False),  # west: the ray crosses both sides
        (2.0, 5.0, False),  # north
        (2.0, -1.0, False),  # south
        (-1.0, -1.0, False),  # beyond a corner
        (100.0, 2.0, False),  # far away on the ray's side
    ],
)
def test_square(lon: float, lat: float, inside: bool) -> None:
    assert point_in_ring(lon, lat, SQUARE) is inside
    assert point_in_polygon(lon, lat, polygon(SQUARE)) is inside


def test_winding_order_and_closing_position_do_not_matter() -> None:
    clockwise = SQUARE[::-1]
    unclosed = SQUARE[:-1]
    for ring in (clockwise, unclosed):
        assert point_in_ring(2.0, 2.0, ring)
        assert not point_in_ring(5.0, 2.0, ring)
        assert not point_in_ring(-1.0, 2.0, ring)


def test_altitude_is_ignored_and_an_empty_ring_holds_nothing() -> None:
    with_altitude = [[x, y, 42.0] for x, y in SQUARE]
    assert point_in_ring(2.0, 2.0, with_altitude)
    assert not point_in_ring(0.0, 0.0, [])


@pytest.mark.parametrize(
    ("lon", "lat", "inside"),
    [
        (0.5, 0.5, True),  # in the frame around the hole
        (3.5, 2.0, True),
        (2.0, 3.5, True),
        (2.0, 2.0, False),  # in the hole
        (1.5, 2.5, False),
        (-0.5, 2.0, False),  # west of it all: the ray crosses the outline and the hole
        (4.5, 2.0, False),
    ],
)
def test_polygon_with_a_hole(lon: float, lat: float, inside: bool) -> None:
    assert point_in_polygon(lon, lat, polygon(SQUARE, HOLE)) is inside


def test_only_the_hole_ring_excludes_its_points() -> None:
    assert point_in_ring(2.0, 2.0, SQUARE)
    assert point_in_polygon(2.0, 2.0, polygon(SQUARE))
    assert not point_in_polygon(2.0, 2.0, polygon(SQUARE, HOLE))


@pytest.mark.parametrize(
    ("lon", "lat", "inside"),
    [
        (2.0, 0.5, True),  # the bottom of the U
        (0.5, 3.0, True),  # the west arm
        (3.5, 3.0, True),  # the east arm
        (2.0, 3.0, False),  # the notch: two crossings to the east
        (2.0, 1.5, False),
        (-0.5, 3.0, False),  # west of the arms: four crossings
        (2.0, 4.5, False),
    ],
)
def test_concave_polygon(lon: float, lat: float, inside: bool) -> None:
    assert point_in_ring(lon, lat, U_SHAPE) is inside
    assert point_in_polygon(lon, lat, polygon(U_SHAPE)) is inside


def test_concave_polygon_agrees_with_matplotlib_on_a_grid() -> None:
    reference = PolygonPath(U_SHAPE)
    # Off the edges (every coordinate ends in .05 or .55) so no point lies on an edge.
    points = [(x / 10 + 0.05, y / 10 + 0.05) for x in range(-10, 50, 5) for y in range(-10, 50, 5)]
    for lon, lat in points:
        assert point_in_ring(lon, lat, U_SHAPE) == reference.contains_point((lon, lat)), (lon, lat)


@pytest.mark.parametrize(
    ("lon", "lat", "inside"),
    [
        (0.5, 0.5, True),  # the first polygon's frame
        (11.0, 11.0, True),  # the second polygon
        (2.0, 2.0, False),  # the first polygon's hole
        (7.0, 7.0, False),  # between the two
        (13.0, 11.0, False),  # beyond the second, east
        (-5.0, 11.0, False),  # west of the second: the ray crosses it twice
    ],
)
def test_multipolygon(lon: float, lat: float, inside: bool) -> None:
    geometry = {"type": "MultiPolygon", "coordinates": [[SQUARE, HOLE], [FAR_SQUARE]]}
    assert point_in_polygon(lon, lat, geometry) is inside


def test_other_geometries_are_refused() -> None:
    with pytest.raises(ValueError, match="Polygon or MultiPolygon"):
        point_in_polygon(0.0, 0.0, {"type": "Point", "coordinates": [0.0, 0.0]})
