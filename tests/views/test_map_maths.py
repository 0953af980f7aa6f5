"""The map's pure maths: Web Mercator, slippy-map tiles, scale bars, clustering, edited shapes
and the pressure classes, against known values."""

from __future__ import annotations

import math

import numpy as np
import pytest

from console.models import SignalKind
from console.views.map import shapes
from console.views.map.clustering import SignalPoints, cluster
from console.views.map.mercator import (
    HALF_WORLD,
    WORLD,
    ground_metres_per_pixel,
    lonlat_to_metres,
    lonlat_to_scene,
    lonlat_to_tile,
    metres_to_lonlat,
    nice_length,
    scale_bar,
    tile_scene_origin,
    tile_size_metres,
    tile_to_lonlat,
    tiles_in_scene_rect,
    tms_row,
    zoom_for_scale,
)
from console.views.map.style import pressure_classes

CREMONA = (10.0227, 45.1335)


def test_web_mercator_known_values() -> None:
    # EPSG:3857 of lon 10, lat 45.133 (as cs2cs/pyproj give it).
    x, y = lonlat_to_metres(10.0, 45.133)
    assert x == pytest.approx(1113194.908, abs=0.01)
    assert y == pytest.approx(5642483.972, abs=0.01)
    # The plane's corners and origin.
    assert lonlat_to_metres(180.0, 0.0)[0] == pytest.approx(20037508.343, abs=0.01)
    assert lonlat_to_metres(0.0, 85.0511287798066)[1] == pytest.approx(20037508.343, abs=0.01)
    assert lonlat_to_metres(0.0, 0.0) == (0.0, 0.0)
    assert pytest.approx(40075016.686, abs=0.001) == WORLD


@pytest.mark.parametrize("point", [CREMONA, (-74.006, 40.7128), (151.2093, -33.8688), (0.0, 0.0)])
def test_mercator_round_trip(point: tuple[float, float]) -> None:
    back = metres_to_lonlat(*lonlat_to_metres(*point))
    assert back == pytest.approx(point, abs=1e-9)


def test_the_scene_has_north_up() -> None:
    _x, north = lonlat_to_scene(10.0, 45.2)
    _x, south = lonlat_to_scene(10.0, 45.1)
    assert north < south  # scene y grows downwards, like the screen


def test_slippy_tiles_of_cremona() -> None:
    assert lonlat_to_tile(*CREMONA, 15) == (17296, 11770)
    # The standard formula, written out independently.
    lat = math.radians(CREMONA[1])
    y = (1 - math.log(math.tan(lat) + 1 / math.cos(lat)) / math.pi) / 2 * 2**15
    assert int(y) == 11770
    assert lonlat_to_tile(0.0, 0.0, 1) == (1, 1)
    assert lonlat_to_tile(-180.0, 85.05, 3) == (0, 0)
    assert lonlat_to_tile(179.999, -85.05, 3) == (7, 7)
    # The tile's north-west corner is west and north of the point, the next one's east/south.
    west, north = tile_to_lonlat(17296, 11770, 15)
    east, south = tile_to_lonlat(17297, 11771, 15)
    assert west <= CREMONA[0] < east and south < CREMONA[1] <= north


def test_tms_rows_flip() -> None:
    assert tms_row(11770, 15) == 2**15 - 1 - 11770 == 20997
    assert tms_row(tms_row(5, 4), 4) == 5
    assert tms_row(0, 0) == 0


def test_tiles_in_the_scene() -> None:
    assert tile_size_metres(0) == pytest.approx(WORLD)
    assert tile_scene_origin(0, 0, 0) == (-HALF_WORLD, -HALF_WORLD)
    x, y = lonlat_to_scene(*CREMONA)
    left, top = tile_scene_origin(17296, 11770, 15)
    size = tile_size_metres(15)
    assert left <= x < left + size and top <= y < top + size
    tiles = tiles_in_scene_rect(x - 1, y - 1, x + 1, y + 1, 15)
    assert tiles == [(17296, 11770)]
    around = tiles_in_scene_rect(x - size, y - size, x + size, y + size, 15)
    assert len(around) == 9 and around[0] == (17296, 11770)  # the middle one first


def test_zoom_for_scale() -> None:
    # One screen pixel per tile pixel at zoom 15: 256 pixels cover a zoom-15 tile.
    at_15 = 256 / tile_size_metres(15)
    assert zoom_for_scale(at_15) == 15
    assert zoom_for_scale(at_15 * 1.3) == 15
    assert zoom_for_scale(at_15 * 1.6) == 16
    assert zoom_for_scale(at_15, max_zoom=13) == 13
    assert zoom_for_scale(at_15, min_zoom=16) == 16


def test_metres_per_pixel() -> None:
    assert ground_metres_per_pixel(0.0, 0) == pytest.approx(156543.034, abs=0.001)
    assert ground_metres_per_pixel(0.0, 15) == pytest.approx(4.777, abs=0.001)
    assert ground_metres_per_pixel(CREMONA[1], 15) == pytest.approx(3.370, abs=0.001)
    assert ground_metres_per_pixel(60.0, 10) == pytest.approx(76.437, abs=0.001)


@pytest.mark.parametrize(
    ("limit", "nice"),
    [
        (1.0, 1.0),
        (1.9, 1.0),
        (2.0, 2.0),
        (4.99, 2.0),
        (5.0, 5.0),
        (9.9, 5.0),
        (10.0, 10.0),
        (137.0, 100.0),
        (260.0, 200.0),
        (740.0, 500.0),
        (0.37, 0.2),
        (12345.0, 10000.0),
    ],
)
def test_nice_lengths(limit: float, nice: float) -> None:
    assert nice_length(limit) == pytest.approx(nice)


def test_scale_bar() -> None:
    bar = scale_bar(ground_metres_per_pixel(CREMONA[1], 15), 140)
    assert bar.metres == 200.0  # 140 px cover 472 m: the bar shows 200 m
    assert bar.pixels == pytest.approx(200.0 / 3.3702, abs=0.01)
    with pytest.raises(ValueError, match="positive"):
        nice_length(0)


def test_clusters_by_screen_cells() -> None:
    points = SignalPoints(
        np.array([0.0, 1.0, 2.0, 100.0, 101.0]),
        np.array([0.0, 1.0, 2.0, 100.0, 100.0]),
        np.array([0, 1, 1, 2, 2], dtype=np.int8),
    )
    far = cluster(points, metres_per_pixel=1.0, cell_pixels=40)  # 40 m cells
    assert sorted(far.counts.tolist()) == [2, 3]
    three = int(np.flatnonzero(far.counts == 3)[0])
    assert far.by_kind[three].tolist() == [1, 2, 0]
    assert far.dominant_kind(three) is SignalKind.POLICE_INTERVENTION
    assert (far.xs[three], far.ys[three]) == (1.0, 1.0)  # the mean of its points
    near = cluster(points, metres_per_pixel=0.01, cell_pixels=40)  # 40 cm cells
    assert near.counts.tolist() == [1, 1, 1, 1, 1]
    assert len(cluster(SignalPoints.empty(), 1.0)) == 0
    assert len(points.filtered([SignalKind.MEDIA])) == 2


def test_clusters_of_lonlat_points() -> None:
    points = SignalPoints.from_lonlat(
        [(*CREMONA, SignalKind.MEDIA), (CREMONA[0] + 1e-5, CREMONA[1], SignalKind.MEDIA)]
    )
    assert points.kinds.tolist() == [2, 2]
    assert (points.xs[0], points.ys[0]) == pytest.approx(lonlat_to_scene(*CREMONA))
    assert len(cluster(points, metres_per_pixel=1.0)) == 1
    assert len(cluster(points, metres_per_pixel=0.001)) == 2


def test_shapes_round_trip_and_edit() -> None:
    geometry = {
        "type": "Polygon",
        "coordinates": [
            [[10.02345, 45.1347], [10.025, 45.13465], [10.0253, 45.135], [10.02345, 45.1347]]
        ],
    }
    shape = shapes.shape_from_geometry(geometry)
    assert len(shape[0][0]) == 3  # the closing repeat is dropped while editing
    assert (
        shapes.geometry_from_shape(shape) == geometry
    )  # untouched vertices come back as they were
    vertex, _point = shapes.nearest_vertex(shape, shape[0][0][1], 1.0)
    assert vertex == (0, 0, 1)
    assert shapes.removed(shape, vertex) is None  # a triangle keeps its 3 points
    a, b = shape[0][0][0], shape[0][0][1]
    middle = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    where, on_edge = shapes.nearest_edge(shape, middle, 1.0)
    assert where == (0, 0, 1) and on_edge == pytest.approx(middle)
    four = shapes.inserted(shape, where, on_edge)
    assert len(four[0][0]) == 4
    assert len(shapes.removed(four, (0, 0, 1))[0][0]) == 3
    moved = shapes.moved(shape, (0, 0, 0), (a[0] + 10, a[1]))
    assert moved[0][0][0] == (a[0] + 10, a[1]) and shape[0][0][0] == a


def test_multipolygons_with_holes_become_shapes() -> None:
    square = [[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]]
    hole = [[0.2, 0.2], [0.2, 0.8], [0.8, 0.8], [0.8, 0.2], [0.2, 0.2]]
    far = [[5.0, 5.0], [6.0, 5.0], [6.0, 6.0], [5.0, 5.0]]
    geometry = {"type": "MultiPolygon", "coordinates": [[square, hole], [far]]}
    shape = shapes.shape_from_geometry(geometry)
    assert [len(rings) for rings in shape] == [2, 1]
    assert shapes.geometry_from_shape(shape) == geometry
    assert len(shapes.vertices(shape)) == 4 + 4 + 3


def test_pressure_classes() -> None:
    classes = pressure_classes([0.0, 1.5, 0.5])
    assert classes.step == 0.25
    assert classes.index(1.5) == 4  # the highest pressure is in the last class ("or more")
    assert classes.index(0.0) == 0
    assert classes.index(0.5) == 2
    assert classes.bounds()[1] == (0.25, 0.5)
    assert pressure_classes([5.5, 4.0, 3.0]).step == 1.0
    assert pressure_classes([]).step == 1.0
    assert classes.colour(None).name() == "#c8c8c8"
