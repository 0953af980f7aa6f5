"""GeoJSON exchange: every bad file refused with nothing imported, all-or-nothing import,
export, and a round trip that keeps geometry and names with apostrophes and accents."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from console import db
from console.models import Role
from console.services import access
from console.services.places import geojson, zones
from console.services.places.geojson import GeoJSONError
from tests.services.map_data import (
    COORDINATOR,
    actor,
    add_zone,
    audit_entries,
    chain_is_intact,
    counts,
    square,
)

UNIVERSITA = "Giardini dell'Università"
SANT_AGATA = "Piazza Sant'Agata"
# Sant'Agata as two parts, the first with a hole (a fountain), in Cremona's coordinates.
SANT_AGATA_SHAPE = {
    "type": "MultiPolygon",
    "coordinates": [
        [
            [
                [10.021, 45.131],
                [10.023, 45.131],
                [10.023, 45.133],
                [10.021, 45.133],
                [10.021, 45.131],
            ],
            [
                [10.0215, 45.1315],
                [10.0215, 45.1325],
                [10.0225, 45.1325],
                [10.0225, 45.1315],
                [10.0215, 45.1315],
            ],
        ],
        [[[10.024, 45.131], [10.025, 45.131], [10.025, 45.132], [10.024, 45.131]]],
    ],
}


def feature(properties: dict[str, Any] | None, shape: Any) -> dict[str, Any]:
    return {"type": "Feature", "properties": properties, "geometry": shape}


def collection(*features: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": list(features), **extra}


def encoded(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode("utf-8")


GOOD = collection(
    feature({"nome": "Piazza Roma", "id": 7, "area_m2": 5200.5}, square(10.02, 45.13)),
    feature({"nome": "Piazza Marconi", "id": 8, "note": None}, square(10.03, 45.13)),
)
PROJECTED = {
    "type": "Polygon",
    "coordinates": [
        [
            [1_600_000, 5_000_000],
            [1_600_100, 5_000_000],
            [1_600_100, 5_000_100],
            [1_600_000, 5_000_000],
        ]
    ],
}


def crs(name: str) -> dict[str, Any]:
    return {"type": "name", "properties": {"name": name}}


# -- reading ---------------------------------------------------------------------------------


def test_a_good_file_gives_its_features_and_property_names_text_first() -> None:
    parsed = geojson.parse_zone_file(encoded(GOOD))
    assert len(parsed.features) == 2
    assert parsed.features[0].properties == {"nome": "Piazza Roma", "id": 7, "area_m2": 5200.5}
    assert parsed.features[0].geometry == square(10.02, 45.13)
    assert parsed.property_names == ("nome", "id", "area_m2", "note")
    assert parsed.suggested_name_property() == "nome"


def test_text_with_a_bom_and_a_str_are_read_too() -> None:
    assert geojson.parse_zone_file(b"\xef\xbb\xbf" + encoded(GOOD)).features
    assert geojson.parse_zone_file("\ufeff" + json.dumps(GOOD)).features


@pytest.mark.parametrize(
    "name",
    [
        "urn:ogc:def:crs:OGC:1.3:CRS84",
        "urn:ogc:def:crs:EPSG::4326",
        "EPSG:4326",
        "http://www.opengis.net/def/crs/OGC/1.3/CRS84",
    ],
)
def test_a_crs_naming_wgs84_is_accepted(name: str) -> None:
    assert geojson.parse_zone_file(encoded({**GOOD, "crs": crs(name)})).features


def test_unclosed_rings_are_closed_and_altitudes_dropped() -> None:
    shape = {"type": "Polygon", "coordinates": [[[10, 45, 50], [10.1, 45, 50], [10.1, 45.1, 50]]]}
    parsed = geojson.parse_zone_file(encoded(collection(feature({"name": "A"}, shape))))
    assert parsed.features[0].geometry == {
        "type": "Polygon",
        "coordinates": [[[10.0, 45.0], [10.1, 45.0], [10.1, 45.1], [10.0, 45.0]]],
    }


BAD_SHAPE = {  # a butterfly: the outline crosses itself
    "type": "Polygon",
    "coordinates": [[[10, 45], [10.1, 45.1], [10.1, 45], [10, 45.1], [10, 45]]],
}
BAD_FILES: dict[str, tuple[bytes, str]] = {
    "invalid JSON": (
        b'{"type": "FeatureCollection",\n "features": [}',
        "not valid JSON: .* line 2, column",
    ),
    "empty": (b"", "the file is empty"),
    "blank": (b"  \n\t ", "the file is empty"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not text"),
    "latin-1": ('{"name": "Università"}'.encode("latin-1"), "not UTF-8"),
    "NaN": (b'{"type": "FeatureCollection", "features": [NaN]}', "NaN is not a number"),
    "a list": (b"[1, 2]", "expected a FeatureCollection object"),
    "a Feature": (encoded(feature({"name": "A"}, square(10, 45))), "found a Feature; wrap it"),
    "a bare Polygon": (encoded(square(10, 45)), "found a Polygon"),
    "no type": (b'{"features": []}', "without a GeoJSON type"),
    "no features": (encoded(collection()), "has no features"),
    "features missing": (b'{"type": "FeatureCollection"}', "has no features"),
    "not a feature": (
        encoded(collection({"type": "Polygon"})),
        "feature 1 is not a GeoJSON Feature",
    ),
    "a Point": (
        encoded(collection(feature({"name": "A"}, {"type": "Point", "coordinates": [10, 45]}))),
        r"feature 1 \(A\) is a Point; only Polygon and MultiPolygon",
    ),
    "a LineString among polygons": (
        encoded(
            collection(
                feature({"name": "A"}, square(10, 45)),
                feature({"name": "B"}, {"type": "LineString", "coordinates": [[10, 45], [11, 46]]}),
            )
        ),
        "feature 2 .* is a LineString",
    ),
    "a GeometryCollection": (
        encoded(collection(feature({}, {"type": "GeometryCollection", "geometries": []}))),
        "is a GeometryCollection",
    ),
    "no geometry": (encoded(collection(feature({"name": "A"}, None))), "has no geometry"),
    "Monte Mario (Italy zone 1)": (
        encoded({**GOOD, "crs": crs("urn:ogc:def:crs:EPSG::3003")}),
        "coordinate system EPSG:3003, not WGS84; export in WGS84 longitude/latitude",
    ),
    "UTM 32N": (encoded({**GOOD, "crs": crs("EPSG:32632")}), "EPSG:32632, not WGS84"),
    "a crs on a feature": (
        encoded(collection({**feature({"name": "A"}, square(10, 45)), "crs": crs("EPSG:3857")})),
        r"feature 1 \(A\) uses coordinate system EPSG:3857",
    ),
    "a crs of no known form": (encoded({**GOOD, "crs": "EPSG:4326"}), "unknown system"),
    "projected coordinates": (
        encoded(collection(feature({"name": "A"}, PROJECTED))),
        r"looks like projected coordinates \(metres\); export in WGS84 longitude/latitude "
        r"\(EPSG:4326\)",
    ),
    "latitude beyond 90": (
        encoded(
            collection(
                feature(
                    {"name": "A"},
                    {"type": "Polygon", "coordinates": [[[10, 45], [11, 95], [12, 45]]]},
                )
            )
        ),
        "outside longitude -180..180 / latitude -90..90",
    ),
    "self-intersecting": (
        encoded(collection(feature({"name": "Farfalla"}, BAD_SHAPE))),
        r"feature 1 \(Farfalla\): the outline of the polygon crosses itself",
    ),
    "two points": (
        encoded(
            collection(
                feature({"name": "A"}, {"type": "Polygon", "coordinates": [[[10, 45], [11, 45]]]})
            )
        ),
        "at least 3 distinct points",
    ),
    "properties not an object": (
        encoded(collection({"type": "Feature", "properties": [1], "geometry": square(10, 45)})),
        "properties are not an object",
    ),
    "deeply nested": (b"[" * 100_000 + b"]" * 100_000, "nested too deeply|not valid JSON"),
}


# The code of each bad file's refusal (its text for people is views/common/errors').
BAD_FILE_CODES: dict[str, set[str]] = {
    "invalid JSON": {"geojson_invalid_json"},
    "empty": {"geojson_empty"},
    "blank": {"geojson_empty"},
    "binary": {"geojson_binary"},
    "latin-1": {"geojson_not_utf8"},
    "NaN": {"geojson_number_not_allowed"},
    "a list": {"geojson_not_an_object"},
    "a Feature": {"geojson_wrap_in_collection"},
    "a bare Polygon": {"geojson_wrap_in_collection"},
    "no type": {"geojson_no_type"},
    "no features": {"geojson_no_features"},
    "features missing": {"geojson_no_features"},
    "not a feature": {"geojson_not_a_feature"},
    "a Point": {"geojson_not_polygon"},
    "a LineString among polygons": {"geojson_not_polygon"},
    "a GeometryCollection": {"geojson_not_polygon"},
    "no geometry": {"geojson_no_geometry"},
    "Monte Mario (Italy zone 1)": {"geojson_file_crs"},
    "UTM 32N": {"geojson_file_crs"},
    "a crs on a feature": {"geojson_feature_crs"},
    "a crs of no known form": {"geojson_file_crs_unknown"},
    "projected coordinates": {"geojson_projected"},
    "latitude beyond 90": {"geojson_out_of_range"},
    "self-intersecting": {"geojson_crosses_itself"},
    "two points": {"geojson_too_few_points"},
    "properties not an object": {"geojson_properties_not_object"},
    "deeply nested": {"geojson_too_deep", "geojson_invalid_json"},
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_file_is_refused_in_one_line(case: str) -> None:
    data, message = BAD_FILES[case]
    with pytest.raises(GeoJSONError, match=message) as refused:
        geojson.parse_zone_file(data)
    assert "\n" not in str(refused.value)
    assert isinstance(refused.value, ValueError)
    assert refused.value.code in BAD_FILE_CODES[case]


def test_a_feature_is_named_by_number_and_name_with_the_problem_of_its_shape() -> None:
    with pytest.raises(GeoJSONError) as refused:
        geojson.parse_zone_file(BAD_FILES["self-intersecting"][0])
    assert refused.value.code == "geojson_crosses_itself"
    assert refused.value.params == {"feature": "1 (Farfalla)", "polygon": 1}
    with pytest.raises(GeoJSONError) as refused:
        geojson.parse_zone_file(BAD_FILES["projected coordinates"][0])
    assert refused.value.code == "geojson_projected"
    assert refused.value.params == {"feature": "1 (A)", "x": 1_600_000, "y": 5_000_000}
    assert "like 1,600,000 / 5,000,000: that looks like projected" in str(refused.value)


def test_a_hand_built_feature_is_checked_on_import_too(engine: Engine) -> None:
    parsed = geojson.ParsedZones(
        features=(
            geojson.ParsedFeature({"name": "Farfalla"}, BAD_SHAPE),
            geojson.ParsedFeature({"name": "Punto"}, {"type": "Point", "coordinates": [10, 45]}),
        ),
        property_names=("name",),
    )
    before = counts(engine)
    with pytest.raises(GeoJSONError) as refused, db.session_scope(engine) as s:
        geojson.import_zones(s, COORDINATOR, parsed, "name")
    assert refused.value.code == "geojson_crosses_itself"
    assert refused.value.params == {"feature": "1 (Farfalla)", "polygon": 1}
    assert str(refused.value).startswith("feature 1 (Farfalla): the outline of the polygon")
    assert counts(engine) == before


# -- importing -------------------------------------------------------------------------------


def test_import_creates_zones_with_palette_colours_and_audits_each(engine: Engine) -> None:
    parsed = geojson.parse_zone_file(encoded(GOOD))
    with db.session_scope(engine) as s:
        result = geojson.import_zones(s, COORDINATOR, parsed, "nome")
    assert result == geojson.ImportResult(
        created=2, updated=0, names=("Piazza Roma", "Piazza Marconi"), unchanged=0
    )
    with db.session_scope(engine) as s:
        made = {z.name: z for z in zones.list_zones(s, COORDINATOR)}
    assert made["Piazza Roma"].colour == zones.PALETTE[0]
    assert made["Piazza Marconi"].colour == zones.PALETTE[1]
    assert made["Piazza Roma"].geometry == square(10.02, 45.13)
    assert made["Piazza Roma"].review_threshold == zones.DEFAULT_THRESHOLD
    assert [e.action for e in audit_entries(engine, "zones")] == ["create", "create"]
    assert chain_is_intact(engine)


def test_a_matching_name_reshapes_the_zone_and_keeps_the_rest(engine: Engine) -> None:
    roma = add_zone(engine, "Piazza Roma", colour="#abcdef", threshold=3.0)
    moved = collection(feature({"name": "PIAZZA ROMA"}, square(10.0, 45.0)))
    with db.session_scope(engine) as s:
        result = geojson.import_zones(
            s, COORDINATOR, geojson.parse_zone_file(encoded(moved)), "name"
        )
    assert (result.created, result.updated, result.unchanged) == (0, 1, 0)
    with db.session_scope(engine) as s:
        now = zones.get_zone(s, COORDINATOR, roma.id)
    assert now.geometry == square(10.0, 45.0)
    assert (now.name, now.colour, now.review_threshold) == ("Piazza Roma", "#abcdef", 3.0)
    assert now.version_id == roma.version_id + 1
    update = audit_entries(engine, "zones")[-1]
    assert update.action == "update" and set(update.details["changes"]) == {"geometry"}
    assert update.details["source"] == "geojson"


def test_a_new_zone_takes_the_files_colour_and_threshold_when_valid(engine: Engine) -> None:
    add_zone(engine, "Esistente")
    file = collection(
        feature({"name": "A", "colour": "#ABCDEF", "review_threshold": 2.5}, square(10, 45)),
        feature({"name": "B", "color": "rosso", "review_threshold": "alto"}, square(11, 45)),
    )
    with db.session_scope(engine) as s:
        geojson.import_zones(s, COORDINATOR, geojson.parse_zone_file(encoded(file)), "name")
        made = {z.name: z for z in zones.list_zones(s, COORDINATOR)}
    assert (made["A"].colour, made["A"].review_threshold) == ("#abcdef", 2.5)
    # A bad colour or threshold falls back: the palette continues after the existing zone.
    assert (made["B"].colour, made["B"].review_threshold) == (zones.PALETTE[2], 10.0)


def test_numeric_names_are_used_as_text(engine: Engine) -> None:
    file = collection(feature({"id": 12}, square(10, 45)))
    with db.session_scope(engine) as s:
        result = geojson.import_zones(s, COORDINATOR, geojson.parse_zone_file(encoded(file)), "id")
    assert result.names == ("12",)


BAD_IMPORTS: dict[str, tuple[dict[str, Any], str, str, str, dict[str, Any]]] = {
    "the property is not in the file": (
        GOOD,
        "name",
        "no property 'name'; choose one of: nome, id",
        "geojson_no_such_property",
        {"property": "name", "available": "nome, id, area_m2, note"},
    ),
    "a feature without the name": (
        collection(feature({"nome": "A"}, square(10, 45)), feature({"id": 3}, square(11, 45))),
        "nome",
        "feature 2 has no 'nome'; every zone needs a name",
        "geojson_name_missing",
        {"feature": 2, "property": "nome"},
    ),
    "a blank name": (
        collection(feature({"nome": "A"}, square(10, 45)), feature({"nome": "  "}, square(11, 45))),
        "nome",
        "feature 2 has a blank or unusable 'nome'",
        "geojson_name_blank",
        {"feature": 2, "property": "nome"},
    ),
    "a name that is not text": (
        collection(feature({"nome": "A"}, square(10, 45)), feature({"nome": [1]}, square(11, 45))),
        "nome",
        "feature 2 has a blank or unusable 'nome'",
        "geojson_name_blank",
        {"feature": 2, "property": "nome"},
    ),
    "a name too long": (
        collection(
            feature({"nome": "A"}, square(10, 45)), feature({"nome": "x" * 121}, square(11, 45))
        ),
        "nome",
        "feature 2: the zone name is 121 characters long",
        "geojson_name_too_long",
        {"feature": 2, "length": 121, "limit": 120},
    ),
    "the same name twice, in another case": (
        collection(
            feature({"nome": "A"}, square(10, 45)),
            feature({"nome": UNIVERSITA}, square(11, 45)),
            feature({"nome": UNIVERSITA.upper()}, square(12, 45)),
        ),
        "nome",
        "features 2 and 3 are both called",
        "geojson_name_twice",
        {"first": 2, "second": 3, "name": UNIVERSITA.upper()},
    ),
    "features without properties": (
        collection(feature({}, square(10, 45))),
        "name",
        "no property 'name'; choose one of: none",
        "geojson_no_properties",
        {"property": "name"},
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_IMPORTS))
def test_an_import_with_any_problem_writes_nothing(engine: Engine, case: str) -> None:
    add_zone(engine, "Piazza Roma")
    file, name_property, message, code, params = BAD_IMPORTS[case]
    parsed = geojson.parse_zone_file(encoded(file))
    before = counts(engine)
    with pytest.raises(GeoJSONError, match=message) as refused, db.session_scope(engine) as s:
        geojson.import_zones(s, COORDINATOR, parsed, name_property)
    assert (refused.value.code, refused.value.params) == (code, params)
    assert counts(engine) == before


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_file_imports_nothing(engine: Engine, case: str) -> None:
    add_zone(engine, "Piazza Roma")
    before = counts(engine)
    with pytest.raises(GeoJSONError), db.session_scope(engine) as s:
        geojson.import_zones(s, COORDINATOR, geojson.parse_zone_file(BAD_FILES[case][0]), "name")
    assert counts(engine) == before


# -- exporting and the round trip ------------------------------------------------------------


def test_export_lists_the_active_zones_with_their_properties(engine: Engine) -> None:
    roma = add_zone(engine, "Piazza Roma", colour="#d62728", threshold=5.0)
    off = add_zone(engine, "Chiusa", square(11, 45))
    with db.session_scope(engine) as s:
        zones.set_zone_active(s, COORDINATOR, off.id, 1, False)
        exported = geojson.export_zones(s, COORDINATOR)
    assert exported == {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "id": roma.id,
                "properties": {
                    "name": "Piazza Roma",
                    "colour": "#d62728",
                    "review_threshold": 5.0,
                    "active": True,
                },
                "geometry": square(10.02, 45.13),
            }
        ],
    }


def test_the_round_trip_keeps_geometry_and_names_with_apostrophes_and_accents(
    engine: Engine, tmp_path: Path
) -> None:
    add_zone(engine, UNIVERSITA, square(10.0275, 45.1385, 0.002), colour="#9467bd", threshold=2.0)
    add_zone(engine, SANT_AGATA, SANT_AGATA_SHAPE, colour="#8c564b")
    with db.session_scope(engine) as s:
        data = geojson.dumps_zones(geojson.export_zones(s, COORDINATOR))
    text = data.decode("utf-8")
    assert UNIVERSITA in text and SANT_AGATA in text  # written as they are, not \u-escaped
    assert "\\u" not in text

    other = db.open_database(db.sqlite_url(tmp_path / "other.db")).engine
    try:
        with db.session_scope(other) as s:
            parsed = geojson.parse_zone_file(data)
            assert parsed.suggested_name_property() == "name"
            result = geojson.import_zones(s, COORDINATOR, parsed, "name")
        assert result.names == (UNIVERSITA, SANT_AGATA)
        with db.session_scope(other) as s:
            copied = {z.name: z for z in zones.list_zones(s, COORDINATOR)}
        with db.session_scope(engine) as s:
            original = {z.name: z for z in zones.list_zones(s, COORDINATOR)}
        assert set(copied) == set(original) == {UNIVERSITA, SANT_AGATA}
        for name, zone in original.items():
            assert copied[name].geometry == zone.geometry
            assert copied[name].colour == zone.colour
            assert copied[name].review_threshold == zone.review_threshold
        assert copied[SANT_AGATA].geometry == SANT_AGATA_SHAPE | {
            "coordinates": [
                SANT_AGATA_SHAPE["coordinates"][0],
                [[[10.024, 45.131], [10.025, 45.131], [10.025, 45.132], [10.024, 45.131]]],
            ]
        }
    finally:
        other.dispose()

    # Back into the first database: nothing to do.
    with db.session_scope(engine) as s:
        again = geojson.import_zones(s, COORDINATOR, geojson.parse_zone_file(data), "name")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)


def test_dumps_refuses_numbers_json_cannot_hold() -> None:
    with pytest.raises(GeoJSONError, match="cannot be written") as refused:
        geojson.dumps_zones({"type": "FeatureCollection", "x": float("nan")})
    assert refused.value.code == "geojson_not_writable"


# -- rights ----------------------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_only_coordinators_and_administrators_import(engine: Engine, role: Role) -> None:
    parsed = geojson.parse_zone_file(encoded(GOOD))
    before = counts(engine)
    if role in (Role.COORDINATOR, Role.ADMIN):
        with db.session_scope(engine) as s:
            assert geojson.import_zones(s, actor(role), parsed, "nome").created == 2
    else:
        with pytest.raises(access.PermissionDenied), db.session_scope(engine) as s:
            geojson.import_zones(s, actor(role), parsed, "nome")
        assert counts(engine) == before


@pytest.mark.parametrize("role", list(Role))
def test_every_role_may_export(engine: Engine, role: Role) -> None:
    add_zone(engine, "Piazza Roma")
    with db.session_scope(engine) as s:
        assert len(geojson.export_zones(s, actor(role))["features"]) == 1
