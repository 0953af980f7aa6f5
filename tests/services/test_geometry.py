"""Geometry on GeoJSON coordinates: point in polygon (rings, holes, multipolygons, concave
outlines), validity of a zone, bounding box, centroid, area."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matplotlib.path import Path as PolygonPath

from console.services.places.geometry import (
    MAX_VERTICES,
    GeometryError,
    area,
    bounding_box,
    centroid,
    normalized_polygon,
    point_in_polygon,
    point_in_ring,
    rfc7946,
    ring_self_intersects,
    same_shape,
    validate_polygon,
)

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


# -- holes and multipolygons together ---------------------------------------------------------


def test_a_point_in_the_hole_of_one_part_is_inside_another_part_covering_it() -> None:
    patch = [[1.5, 1.5], [2.5, 1.5], [2.5, 2.5], [1.5, 2.5], [1.5, 1.5]]  # inside the hole
    geometry = {"type": "MultiPolygon", "coordinates": [[SQUARE, HOLE], [patch]]}
    assert point_in_polygon(2.0, 2.0, geometry)  # the second part
    assert not point_in_polygon(1.2, 2.0, geometry)  # in the hole, outside the patch
    assert point_in_polygon(0.5, 2.0, geometry)  # the frame of the first part


def test_a_multipolygon_part_with_its_own_hole() -> None:
    far_hole = [[10.5, 10.5], [10.5, 11.5], [11.5, 11.5], [11.5, 10.5], [10.5, 10.5]]
    geometry = {"type": "MultiPolygon", "coordinates": [[SQUARE], [FAR_SQUARE, far_hole]]}
    assert point_in_polygon(2.0, 2.0, geometry)  # the first part has no hole
    assert not point_in_polygon(11.0, 11.0, geometry)  # the second part's hole
    assert point_in_polygon(11.8, 11.0, geometry)


# -- validity ---------------------------------------------------------------------------------

BOW_TIE = [[0, 0], [4, 4], [4, 0], [0, 4], [0, 0]]


@pytest.mark.parametrize(
    "geometry",
    [
        polygon(SQUARE),
        polygon(SQUARE[:-1]),  # not closed: the closing edge is implied
        polygon(SQUARE[::-1]),
        polygon(U_SHAPE),
        polygon(SQUARE, HOLE),
        polygon([[x, y, 50.0] for x, y in SQUARE]),  # with altitude
        polygon([[0, 0], [4, 0], [4, 0], [4, 4], [0, 4], [0, 0]]),  # a repeated position
        {"type": "MultiPolygon", "coordinates": [[SQUARE, HOLE], [FAR_SQUARE]]},
        polygon([[10.02, 45.13], [10.03, 45.13], [10.03, 45.14], [10.02, 45.13]]),
        polygon([[-180, -90], [180, -90], [180, 90], [-180, 90]]),  # the whole range
    ],
)
def test_valid_zones_pass(geometry: dict[str, Any]) -> None:
    validate_polygon(geometry)


@pytest.mark.parametrize(
    ("geometry", "message", "code"),
    [
        (
            {"type": "Point", "coordinates": [0, 0]},
            "Polygon or MultiPolygon",
            "geometry_not_polygon",
        ),
        (
            {"type": "LineString", "coordinates": [[0, 0], [1, 1]]},
            "Polygon or MultiPolygon",
            "geometry_not_polygon",
        ),
        ("not a dict", "not a GeoJSON object", "geometry_not_object"),
        ({"type": "Polygon"}, "no outline", "geometry_no_outline"),
        (polygon(), "no outline", "geometry_no_outline"),
        ({"type": "MultiPolygon", "coordinates": []}, "no polygons", "geometry_no_polygons"),
        (
            polygon([[0, 0], [1, 1]]),
            "at least 3 distinct points, it has 2",
            "geometry_too_few_points",
        ),
        (
            polygon([[0, 0], [1, 1], [0, 0], [1, 1]]),
            "at least 3 distinct points",
            "geometry_too_few_points",
        ),
        (polygon([[0, 0], [1, 1], [2, 2], [0, 0]]), "no area", "geometry_no_area"),
        (polygon(BOW_TIE), "crosses itself", "geometry_crosses_itself"),
        (
            polygon(BOW_TIE[:-1]),
            "crosses itself",
            "geometry_crosses_itself",
        ),  # the implied closing edge crosses too
        (
            polygon([[0, 0], [4, 0], [4, 4], [4, 2], [0, 4]]),
            "crosses itself",
            "geometry_crosses_itself",
        ),  # a spike back
        # A figure eight touching itself at (2, 2).
        (
            polygon([[0, 0], [2, 2], [4, 0], [4, 4], [2, 2], [0, 4]]),
            "crosses itself",
            "geometry_crosses_itself",
        ),
        (
            polygon([[0, 0], [181, 0], [181, 1]]),
            "outside longitude/latitude",
            "geometry_out_of_range",
        ),
        (polygon([[0, 0], [1, 91], [1, 0]]), "outside longitude/latitude", "geometry_out_of_range"),
        (
            polygon([[0, 0], ["1", 0], [1, 1]]),
            r"not \[longitude, latitude\]",
            "geometry_bad_position",
        ),
        (
            polygon([[0, 0], [True, 0], [1, 1]]),
            r"not \[longitude, latitude\]",
            "geometry_bad_position",
        ),
        (
            polygon([[0, 0], [float("nan"), 0], [1, 1]]),
            r"not \[longitude, latitude\]",
            "geometry_bad_position",
        ),
        (polygon([[0, 0], [1], [1, 1]]), r"not \[longitude, latitude\]", "geometry_bad_position"),
        (polygon("ring"), "not a list of positions", "geometry_not_positions"),
        (
            polygon(SQUARE, [[5, 5], [6, 5], [6, 6], [5, 5]]),
            "hole 1 of the polygon lies outside",
            "geometry_hole_outside",
        ),
        (
            polygon(SQUARE, [[2, 2], [5, 2], [5, 3], [2, 2]]),
            "crosses or touches its outline",
            "geometry_holes_cross",
        ),
        (polygon(SQUARE, HOLE, HOLE), "crosses or touches", "geometry_holes_cross"),
        (
            {"type": "MultiPolygon", "coordinates": [[SQUARE], [BOW_TIE]]},
            "polygon 2 of the multipolygon crosses itself",
            "geometry_crosses_itself",
        ),
    ],
)
def test_invalid_zones_are_refused_in_one_line(geometry: Any, message: str, code: str) -> None:
    with pytest.raises(GeometryError, match=message) as refused:
        validate_polygon(geometry)
    assert isinstance(refused.value, ValueError)
    assert refused.value.code == code
    assert "\n" not in str(refused.value)


@pytest.mark.parametrize(
    ("ring", "crosses"),
    [
        (SQUARE, False),
        (SQUARE[:-1], False),
        (U_SHAPE, False),
        (BOW_TIE, True),
        (BOW_TIE[:-1], True),
        ([[0, 0], [4, 0], [4, 4], [0, 4], [2, -1]], True),  # the closing edge cuts the base
        ([[0, 0], [1, 1]], False),  # too short to cross; refused for that elsewhere
    ],
)
def test_ring_self_intersects(ring: list[list[float]], crosses: bool) -> None:
    assert ring_self_intersects(ring) is crosses


def _orientation(p: tuple[float, float], q: tuple[float, float], r: tuple[float, float]) -> int:
    value = (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
    return (value > 0) - (value < 0)


def _on_segment(p: tuple[float, float], q: tuple[float, float], r: tuple[float, float]) -> bool:
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


def _brute_force_crosses(points: list[tuple[float, float]]) -> bool:
    n = len(points)
    edges = [(points[i], points[(i + 1) % n]) for i in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            if (j - i) % n in (1, n - 1):
                shared = edges[i][1] if j == i + 1 else edges[i][0]
                far_i = edges[i][0] if j == i + 1 else edges[i][1]
                far_j = edges[j][1] if j == i + 1 else edges[j][0]
                cross = (far_i[0] - shared[0]) * (far_j[1] - shared[1]) - (far_i[1] - shared[1]) * (
                    far_j[0] - shared[0]
                )
                dot = (far_i[0] - shared[0]) * (far_j[0] - shared[0]) + (far_i[1] - shared[1]) * (
                    far_j[1] - shared[1]
                )
                if cross == 0 and dot > 0:
                    return True
            elif segments_intersect(*edges[i], *edges[j]):
                return True
    return False


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 6), st.integers(0, 6)), min_size=3, max_size=9, unique=True)
)
def test_geos_finds_the_same_crossings_as_checking_every_pair(
    points: list[tuple[int, int]],
) -> None:
    ring = [(float(x), float(y)) for x, y in points]
    assert ring_self_intersects(ring) is _brute_force_crosses(ring)


# -- measures ---------------------------------------------------------------------------------


def test_bounding_box_of_a_polygon_and_a_multipolygon() -> None:
    assert bounding_box(polygon(U_SHAPE)) == (0, 0, 4, 4)
    multi = {"type": "MultiPolygon", "coordinates": [[SQUARE, HOLE], [FAR_SQUARE]]}
    assert bounding_box(multi) == (0.0, 0.0, 12.0, 12.0)
    with pytest.raises(ValueError, match="Polygon or MultiPolygon"):
        bounding_box({"type": "Point", "coordinates": [1, 2]})


@pytest.mark.parametrize(
    ("geometry", "expected"),
    [
        (polygon(SQUARE), (2.0, 2.0)),
        (polygon(SQUARE[::-1]), (2.0, 2.0)),  # winding order does not matter
        (polygon(SQUARE[:-1]), (2.0, 2.0)),
        (polygon(SQUARE, HOLE), (2.0, 2.0)),  # a centred hole moves nothing
        # A 4x4 square less a 2x2 hole in its north-east corner: (16*2 - 4*3) / 12.
        (polygon(SQUARE, [[2, 2], [3.9, 2], [3.9, 3.9], [2, 3.9]]), None),
        # Two parts weigh by area: (16 * 2 + 4 * 11) / 20 = 3.8.
        ({"type": "MultiPolygon", "coordinates": [[SQUARE], [FAR_SQUARE]]}, (3.8, 3.8)),
        # An L: a 2x1 bar on a 1x1 foot; (2 * (1, 0.5) + 1 * (0.5, 1.5)) / 3.
        (polygon([[0, 0], [2, 0], [2, 1], [1, 1], [1, 2], [0, 2]]), (2.5 / 3, 2.5 / 3)),
    ],
)
def test_centroid_is_area_weighted(geometry: dict[str, Any], expected: Any) -> None:
    lon, lat = centroid(geometry)
    if expected is None:  # the hole pulls it south-west: check against the formula
        hole_area = 1.9 * 1.9
        hole_centre = 2 + 1.9 / 2
        expected = ((16 * 2 - hole_area * hole_centre) / (16 - hole_area),) * 2
    assert lon == pytest.approx(expected[0])
    assert lat == pytest.approx(expected[1])


def test_centroid_of_a_flat_outline_is_the_mean_of_its_points() -> None:
    assert centroid(polygon([[0, 0], [2, 0], [4, 0], [0, 0]])) == pytest.approx((2.0, 0.0))


def test_area_takes_the_holes_out() -> None:
    assert area(polygon(SQUARE)) == pytest.approx(16)
    assert area(polygon(SQUARE, HOLE)) == pytest.approx(12)
    assert area({"type": "MultiPolygon", "coordinates": [[SQUARE, HOLE], [FAR_SQUARE]]}) == (
        pytest.approx(16)
    )


def test_normalized_polygon_closes_rings_and_drops_altitude_and_repeats() -> None:
    shape = polygon([[0, 0, 5], [4, 0, 5], [4, 0, 5], [4, 4, 5], [0, 4, 5]])
    assert normalized_polygon(shape) == polygon(
        [[0.0, 0.0], [4.0, 0.0], [4.0, 4.0], [0.0, 4.0], [0.0, 0.0]]
    )
    multi = {"type": "MultiPolygon", "coordinates": [[SQUARE, HOLE], [FAR_SQUARE]]}
    assert normalized_polygon(multi) == multi  # already clean: the same
    assert normalized_polygon(multi) is not multi


# -- RFC 7946 winding, equal shapes, large zones -----------------------------------------------


def signed_area(ring: list[list[float]]) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in pairwise(ring)) / 2


def test_rings_are_wound_as_rfc_7946_asks_keeping_their_start() -> None:
    clockwise_outline = SQUARE[::-1]  # (0,0) (0,4) (4,4) (4,0)
    counter_clockwise_hole = HOLE[::-1]
    shape = normalized_polygon(polygon(clockwise_outline, counter_clockwise_hole))
    outline, hole = shape["coordinates"]
    assert signed_area(outline) > 0 and signed_area(hole) < 0
    assert outline == [[0.0, 0.0], [4.0, 0.0], [4.0, 4.0], [0.0, 4.0], [0.0, 0.0]]
    assert hole[0] == [1.0, 1.0]
    multi = normalized_polygon(
        {"type": "MultiPolygon", "coordinates": [[clockwise_outline], [FAR_SQUARE[::-1]]]}
    )
    assert all(signed_area(rings[0]) > 0 for rings in multi["coordinates"])


def test_rfc7946_rounds_to_7_decimals_and_winds_the_rings() -> None:
    ring = [[10.123456789, 45.0], [10.0, 45.0], [10.0, 45.987654321], [10.123456789, 45.0]]
    [written] = rfc7946(polygon(ring))["coordinates"]
    assert written[0] == [10.1234568, 45.0]
    assert [10.0, 45.9876543] in written
    assert signed_area(written) > 0


def rotated(ring: list[list[float]], by: int) -> list[list[float]]:
    opened = ring[:-1]
    turned = opened[by:] + opened[:by]
    return [*turned, turned[0]]


@pytest.mark.parametrize(
    "other",
    [
        polygon(rotated(SQUARE, 2)),  # another start vertex
        polygon(SQUARE[::-1]),  # the other winding
        polygon(rotated(SQUARE[::-1], 1)),  # both
        polygon(SQUARE[:-1]),  # not closed
        polygon([[x + 4e-8, y - 4e-8] for x, y in SQUARE]),  # a GIS's rounding
        {"type": "MultiPolygon", "coordinates": [[SQUARE]]},  # one part
    ],
)
def test_the_same_shape_drawn_another_way_is_the_same(other: dict[str, Any]) -> None:
    assert same_shape(polygon(SQUARE), other)
    assert same_shape(other, polygon(SQUARE))


def test_multipolygon_parts_and_holes_compare_in_any_order() -> None:
    first = {"type": "MultiPolygon", "coordinates": [[SQUARE, HOLE], [FAR_SQUARE]]}
    second = {
        "type": "MultiPolygon",
        "coordinates": [[rotated(FAR_SQUARE, 1)], [SQUARE[::-1], rotated(HOLE, 3)]],
    }
    assert same_shape(first, second)


@pytest.mark.parametrize(
    "other",
    [
        polygon([[0, 0], [4, 0], [4, 4.001], [0, 4], [0, 0]]),  # a corner moved 10 cm
        polygon([[0, 0], [2, 0], [4, 0], [4, 4], [0, 4], [0, 0]]),  # a vertex added on an edge
        polygon(SQUARE, HOLE),  # a hole added
    ],
)
def test_a_moved_or_added_vertex_is_another_shape(other: dict[str, Any]) -> None:
    assert not same_shape(polygon(SQUARE), other)


def comb(teeth: int) -> list[list[float]]:
    """A ring with ``teeth`` long thin teeth pointing east from a spine: every edge spans the
    same longitudes, the worst case for a sweep west to east (the old check took 349 s on it).
    2 * teeth + 4 positions, closed."""
    step, spine, tip = 1e-5, 10.0, 10.01
    ring = [[spine - 0.001, 45.0]]
    for i in range(teeth):
        ring += [[spine, 45.0 + i * step], [tip, 45.0 + (i + 0.5) * step]]
    ring += [[spine, 45.0 + teeth * step], [spine - 0.001, 45.0 + teeth * step]]
    return [*ring, ring[0]]


def test_a_comb_of_4000_teeth_is_checked_by_geos() -> None:
    """GEOS nodes the edges with monotone chains in an index: O(n log n), milliseconds."""
    ring = comb(4000)
    assert len(ring) == 8004
    validate_polygon(polygon(ring))


def test_a_comb_with_one_tooth_bent_across_its_neighbour_is_refused() -> None:
    ring = comb(4000)
    # Tooth 2000's tip drops below the next valley: its edges cross the next tooth's.
    index = ring.index([10.01, 45.0 + 2000.5 * 1e-5])
    ring[index] = [10.01, 45.0 + 2001.7 * 1e-5]
    with pytest.raises(GeometryError, match="crosses itself") as refused:
        validate_polygon(polygon(ring))
    assert refused.value.code == "geometry_crosses_itself"


def test_the_vertex_limit_counts_every_ring_and_part() -> None:
    ring = comb(2498)  # 5,000 positions
    twice = [[ring], [[[x + 1, y] for x, y in ring]]]
    validate_polygon({"type": "MultiPolygon", "coordinates": twice})  # 10,000: the most
    with pytest.raises(GeometryError, match="10001 vertices, more than 10000") as refused:
        validate_polygon({"type": "MultiPolygon", "coordinates": [*twice, [SQUARE[:1]]]})
    assert refused.value.code == "geometry_too_many_vertices"
    assert refused.value.params == {"count": 10_001, "limit": MAX_VERTICES}


def test_a_bow_tie_is_refused() -> None:
    with pytest.raises(GeometryError) as refused:
        validate_polygon(polygon([[10.0, 45.0], [10.01, 45.01], [10.01, 45.0], [10.0, 45.01]]))
    assert refused.value.code == "geometry_crosses_itself"


def test_a_hole_touching_the_outline_at_one_point_is_refused() -> None:
    # GEOS calls this valid; a zone's hole must keep apart from its outline.
    touching = [[2.0, 1.0], [2.0, 3.0], [4.0, 2.0], [2.0, 1.0]]
    with pytest.raises(GeometryError) as refused:
        validate_polygon(polygon(SQUARE, touching))
    assert refused.value.code == "geometry_holes_cross"


def test_a_hole_inside_another_hole_is_refused() -> None:
    inner = [[1.5, 1.5], [1.5, 2.5], [2.5, 2.5], [2.5, 1.5], [1.5, 1.5]]
    with pytest.raises(GeometryError, match="inside another hole") as refused:
        validate_polygon(polygon(SQUARE, HOLE, inner))
    assert (refused.value.code, refused.value.params["polygon"]) == ("geometry_holes_nested", 1)
