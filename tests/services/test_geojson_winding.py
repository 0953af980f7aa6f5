"""GeoJSON as GIS tools read and write it: rings wound as RFC 7946 asks on import and export,
coordinates to 7 decimals, and a round trip through a GIS (another start vertex, the other
winding, a Polygon saved as a MultiPolygon, rounding) that reshapes nothing."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import Engine

from console import db
from console.models import Zone
from console.services.places import geojson, zones
from console.services.places.geojson import GeoJSONError
from tests.services.map_data import COORDINATOR, add_zone, audit_entries, square
from tests.services.test_geojson import SANT_AGATA_SHAPE, collection, encoded, feature
from tests.services.test_geometry import comb, rotated, signed_area

CLOCKWISE = [[10.02, 45.13], [10.02, 45.14], [10.03, 45.14], [10.03, 45.13], [10.02, 45.13]]
NOISY = [[10.0212345678, 45.1301], [10.0298765432, 45.1302], [10.025, 45.1387654321]]


def exported(engine: Engine) -> dict[str, dict[str, Any]]:
    with db.session_scope(engine) as s:
        document = json.loads(geojson.dumps_zones(geojson.export_zones(s, COORDINATOR)))
    return {f["properties"]["name"]: f["geometry"] for f in document["features"]}


def import_file(engine: Engine, document: dict[str, Any]) -> geojson.ImportResult:
    with db.session_scope(engine) as s:
        parsed = geojson.parse_zone_file(encoded(document))
        return geojson.import_zones(s, COORDINATOR, parsed, "name")


def rings(shape: dict[str, Any]) -> list[list[list[list[float]]]]:
    return [shape["coordinates"]] if shape["type"] == "Polygon" else shape["coordinates"]


def test_a_clockwise_outline_is_imported_and_exported_counter_clockwise(engine: Engine) -> None:
    import_file(
        engine,
        collection(feature({"name": "Municipio"}, {"type": "Polygon", "coordinates": [CLOCKWISE]})),
    )
    with db.session_scope(engine) as s:
        stored = {z.name: z.geometry for z in zones.list_zones(s, COORDINATOR)}
    assert signed_area(stored["Municipio"]["coordinates"][0]) > 0  # stored as RFC 7946 asks
    [outline] = exported(engine)["Municipio"]["coordinates"]
    assert signed_area(outline) > 0
    assert outline[0] == CLOCKWISE[0]  # the same start, the other way round


def test_zones_stored_before_are_exported_wound_right_with_7_decimals(engine: Engine) -> None:
    """A zone saved by an older version keeps its winding in the database; the file is right."""
    holed = SANT_AGATA_SHAPE["coordinates"][0]
    backwards = {"type": "Polygon", "coordinates": [holed[0][::-1], holed[1][::-1]]}
    with db.session_scope(engine) as s:
        s.add(Zone(name="Vecchia", geometry=backwards, colour="#123456"))
        s.add(Zone(name="Rumorosa", geometry={"type": "Polygon", "coordinates": [NOISY]}))
    files = exported(engine)
    outline, hole = files["Vecchia"]["coordinates"]
    assert signed_area(outline) > 0 and signed_area(hole) < 0
    [noisy] = files["Rumorosa"]["coordinates"]
    assert noisy[:3] == [[10.0212346, 45.1301], [10.0298765, 45.1302], [10.025, 45.1387654]]
    assert noisy[-1] == noisy[0]  # closed


def gis_round_trip(shape: dict[str, Any]) -> dict[str, Any]:
    """What a shapefile round trip does to a shape: parts as a MultiPolygon, outlines clockwise
    from another vertex, holes the other way too, and a few digits of noise."""
    parts = [
        [rotated([[x + 4e-8, y - 3e-8] for x, y in ring[::-1]], 1) for ring in polygon]
        for polygon in rings(shape)
    ]
    return {"type": "MultiPolygon", "coordinates": parts[::-1]}


def test_a_gis_round_trip_reshapes_nothing(engine: Engine) -> None:
    add_zone(engine, "Piazza Roma", square(10.02, 45.13))
    add_zone(engine, "Sant'Agata", SANT_AGATA_SHAPE)
    add_zone(engine, "Municipio", {"type": "Polygon", "coordinates": [CLOCKWISE]})
    add_zone(engine, "Rumorosa", {"type": "Polygon", "coordinates": [NOISY]})
    before = {z.name: z.version_id for z in _zones(engine)}
    entries = len(audit_entries(engine, "zones"))
    back = collection(
        *(
            feature({"name": name}, gis_round_trip(shape))
            for name, shape in exported(engine).items()
        )
    )
    result = import_file(engine, back)
    assert (result.created, result.updated, result.unchanged) == (0, 0, 4)
    assert {z.name: z.version_id for z in _zones(engine)} == before
    assert len(audit_entries(engine, "zones")) == entries


def test_a_moved_corner_still_reshapes_the_zone(engine: Engine) -> None:
    add_zone(engine, "Piazza Roma", square(10.02, 45.13))
    moved = square(10.02, 45.13)
    moved["coordinates"][0][2] = [10.03, 45.1401]  # about 10 m north
    result = import_file(engine, collection(feature({"name": "Piazza Roma"}, moved)))
    assert (result.updated, result.unchanged) == (1, 0)


def test_saving_a_zone_with_its_shape_wound_the_other_way_changes_nothing(
    engine: Engine,
) -> None:
    roma = add_zone(engine, "Piazza Roma", square(10.02, 45.13))
    turned = {
        "type": "Polygon",
        "coordinates": [rotated(square(10.02, 45.13)["coordinates"][0][::-1], 2)],
    }
    draft = zones.ZoneDraft(roma.name, roma.colour, turned, roma.review_threshold)
    with db.session_scope(engine) as s:
        same = zones.update_zone(s, COORDINATOR, roma.id, roma.version_id, draft)
    assert same.version_id == roma.version_id


def test_a_feature_with_too_many_vertices_is_refused_by_name(engine: Engine) -> None:
    huge = {"type": "Polygon", "coordinates": [comb(5000)]}
    with pytest.raises(GeoJSONError, match="feature 1 \\(Argine\\)") as refused:
        geojson.parse_zone_file(encoded(collection(feature({"name": "Argine"}, huge))))
    assert refused.value.code == "geojson_too_many_vertices"
    assert refused.value.params == {"feature": "1 (Argine)", "count": 10_004, "limit": 10_000}


def _zones(engine: Engine) -> list[zones.ZoneInfo]:
    with db.session_scope(engine) as s:
        return zones.list_zones(s, COORDINATOR)
