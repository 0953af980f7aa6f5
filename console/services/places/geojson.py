"""GeoJSON exchange of zones with a GIS: parse and check a file, import it all or nothing, export.

Only a FeatureCollection of Polygon or MultiPolygon features in WGS84 longitude/latitude
(RFC 7946) is taken. Anything else is refused with a :class:`GeoJSONError` whose one line says
what is wrong and how to export the file correctly, and nothing is imported.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.models import Zone
from console.services import access, bounds
from console.services.access import Action, audit
from console.services.changes import Area, writes
from console.services.errors import Refusal
from console.services.places import geometry, zones

MAX_FILE_BYTES = 50 * 1024 * 1024
# Names a "crs" member may give for WGS84 longitude/latitude (RFC 7946's default).
WGS84_NAMES = frozenset(
    {
        "urn:ogc:def:crs:ogc:1.3:crs84",
        "urn:ogc:def:crs:ogc::crs84",
        "urn:ogc:def:crs:epsg::4326",
        "urn:ogc:def:crs:epsg:4326",
        "http://www.opengis.net/def/crs/ogc/1.3/crs84",
        "http://www.opengis.net/def/crs/epsg/0/4326",
        "epsg:4326",
        "crs84",
        "wgs84",
        "wgs 84",
        "ogc:crs84",
    }
)
# The property a zone's name is taken from when none is chosen, in this order (any case).
NAME_PROPERTIES = ("name", "nome")
COLOUR_PROPERTIES = ("colour", "color", "colore")
FIX_CRS = "export in WGS84 longitude/latitude (EPSG:4326)"


class GeoJSONError(Refusal):
    """The file cannot be imported; ``str()`` is one line: what is wrong and what to do.

    A problem of one feature names it by ``feature``: its number in the file, with its name
    in brackets when it has one ("3 (Piazza Roma)").
    """


@dataclass(frozen=True)
class ParsedFeature:
    properties: dict[str, Any]
    geometry: dict[str, Any]  # valid, rings closed, 2D (geometry.normalized_polygon)


@dataclass(frozen=True)
class ParsedZones:
    features: tuple[ParsedFeature, ...]
    property_names: tuple[str, ...]  # found in the features; string-valued ones first

    def suggested_name_property(self) -> str | None:
        """ "name" or "nome" (any case) when the features have it, else None."""
        for wanted in NAME_PROPERTIES:
            for name in self.property_names:
                if name.casefold() == wanted:
                    return name
        return None


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int  # existing zones (matched by name, any case) whose geometry changed
    names: tuple[str, ...]  # every imported zone's name, in file order
    unchanged: int = 0  # existing zones whose geometry was already the same


# -- reading a file --------------------------------------------------------------------------


def parse_zone_file(data: bytes | str) -> ParsedZones:
    """Check a GeoJSON file and return its features; raises :class:`GeoJSONError` if unusable.

    Refused: text that is not UTF-8 or not JSON (with line and column), anything but a
    FeatureCollection, a collection without features, a feature without a Polygon or
    MultiPolygon geometry, a ``crs`` member naming another system than WGS84, coordinates
    outside longitude/latitude ranges (projected metres are named as such), and invalid
    polygons (fewer than 3 points, self-intersecting, holes outside). Writes nothing.
    """
    document = _load_json(data)
    if not isinstance(document, dict):
        raise GeoJSONError(
            "geojson_not_an_object",
            "the file is JSON but not GeoJSON: expected a FeatureCollection object",
        )
    _check_collection_type(document.get("type"))
    _check_crs(document.get("crs"), None)
    features = document.get("features")
    if not isinstance(features, list) or not features:
        raise GeoJSONError(
            "geojson_no_features",
            "the FeatureCollection has no features: there is no zone to import",
        )
    parsed = tuple(_feature(number, item) for number, item in enumerate(features, start=1))
    return ParsedZones(features=parsed, property_names=_property_names(parsed))


def _load_json(data: bytes | str) -> Any:
    if isinstance(data, bytes | bytearray):
        if len(data) > MAX_FILE_BYTES:
            raise GeoJSONError(
                "geojson_too_large",
                "the file is larger than {limit} MB",
                limit=MAX_FILE_BYTES // 2**20,
            )
        if b"\x00" in data[:4096]:
            raise GeoJSONError(
                "geojson_binary", "the file is not text (binary data); choose a .geojson file"
            )
        try:
            text = bytes(data).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise GeoJSONError(
                "geojson_not_utf8",
                "the file is not UTF-8 text (byte {byte}); GeoJSON must be saved as UTF-8",
                byte=exc.start,
            ) from None
    else:
        text = data.removeprefix("\ufeff")
    if not text.strip():
        raise GeoJSONError("geojson_empty", "the file is empty")

    def refuse_constant(name: str) -> None:
        raise GeoJSONError(
            "geojson_number_not_allowed",
            "not valid JSON: {name} is not a number JSON allows",
            name=name,
        )

    try:
        # a whole number of thousands of digits is refused before int() refuses it less kindly
        return json.loads(text, parse_constant=refuse_constant, parse_int=_whole_number)
    except json.JSONDecodeError as exc:
        raise GeoJSONError(
            "geojson_invalid_json",
            "not valid JSON: {reason} at line {line}, column {column}",
            reason=exc.msg.lower(),
            line=exc.lineno,
            column=exc.colno,
        ) from None
    except RecursionError:
        raise GeoJSONError("geojson_too_deep", "not usable JSON: it is nested too deeply") from None


def _whole_number(text: str) -> int:
    return bounds.whole_number(text, -(10**bounds.MAX_DIGITS), 10**bounds.MAX_DIGITS)


def _check_collection_type(kind: Any) -> None:
    if kind == "FeatureCollection":
        return
    if kind in ("Feature", *geometry.ZONE_TYPES):
        raise GeoJSONError(
            "geojson_wrap_in_collection",
            "expected a GeoJSON FeatureCollection, found a {kind}; wrap it in a FeatureCollection",
            kind=kind,
        )
    if kind is None:
        raise GeoJSONError(
            "geojson_no_type",
            "expected a GeoJSON FeatureCollection, found an object without a GeoJSON type",
        )
    raise GeoJSONError(
        "geojson_not_a_collection",
        "expected a GeoJSON FeatureCollection, found "
        + ("a {kind}" if isinstance(kind, str) else "type {kind!r}"),
        kind=kind,
    )


def _check_crs(crs: Any, feature: str | None) -> None:
    """Refuse an old-style (GeoJSON 2008) ``crs`` member that names anything but WGS84: of the
    file, or of ``feature`` (its number and name) when given."""
    if crs is None:
        return
    name = None
    if isinstance(crs, dict):
        props = crs.get("properties")
        if isinstance(props, dict):
            name = props.get("name") or props.get("href") or props.get("code")
            if crs.get("type") == "EPSG" and props.get("code") is not None:
                name = f"EPSG:{props['code']}"
    if isinstance(name, str | int) and str(name).strip().casefold() in WGS84_NAMES:
        return
    if not isinstance(name, str | int):
        if feature is None:
            raise GeoJSONError(
                "geojson_file_crs_unknown",
                "the file uses an unknown system of coordinates, not WGS84; " + FIX_CRS,
            )
        raise GeoJSONError(
            "geojson_feature_crs_unknown",
            "feature {feature} uses an unknown system of coordinates, not WGS84; " + FIX_CRS,
            feature=feature,
        )
    short = str(name).strip().removeprefix("urn:ogc:def:crs:").replace("::", ":")
    if feature is None:
        raise GeoJSONError(
            "geojson_file_crs",
            "the file uses coordinate system {crs}, not WGS84; " + FIX_CRS,
            crs=short,
        )
    raise GeoJSONError(
        "geojson_feature_crs",
        "feature {feature} uses coordinate system {crs}, not WGS84; " + FIX_CRS,
        feature=feature,
        crs=short,
    )


def _feature(number: int, item: Any) -> ParsedFeature:
    if not isinstance(item, dict) or item.get("type") != "Feature":
        raise GeoJSONError(
            "geojson_not_a_feature", "feature {feature} is not a GeoJSON Feature", feature=number
        )
    properties = item.get("properties")
    if properties is None:
        properties = {}
    if not isinstance(properties, dict):
        raise GeoJSONError(
            "geojson_properties_not_object",
            "feature {feature}: its properties are not an object",
            feature=number,
        )
    feature = f"{number}{_label(properties)}"
    _check_crs(item.get("crs"), feature)
    shape = item.get("geometry")
    _check_shape(shape, feature)
    return ParsedFeature(properties=dict(properties), geometry=geometry.normalized_polygon(shape))


def _check_shape(shape: Any, feature: str) -> None:
    """Refuse the geometry of ``feature`` (its number and name) unless it can be a zone."""
    if not isinstance(shape, dict):
        raise GeoJSONError(
            "geojson_no_geometry",
            "feature {feature} has no geometry; every zone needs a polygon",
            feature=feature,
        )
    kind = shape.get("type")
    if kind not in geometry.ZONE_TYPES:
        if not isinstance(kind, str):
            raise GeoJSONError(
                "geojson_geometry_type_unknown",
                "feature {feature} is a geometry of unknown type; "
                "only Polygon and MultiPolygon zones can be imported",
                feature=feature,
            )
        raise GeoJSONError(
            "geojson_not_polygon",
            "feature {feature} is a {kind}; only Polygon and MultiPolygon zones can be imported",
            feature=feature,
            kind=kind,
        )
    _check_ranges(shape, feature)
    try:
        geometry.validate_polygon(shape)
    except geometry.GeometryError as exc:
        raise _of_feature(exc, feature) from None


def _of_feature(exc: geometry.GeometryError, feature: str) -> GeoJSONError:  # noqa: PLR0911
    """The geometry refusal ``exc`` said of ``feature``: its own code, with the feature added."""
    said = "feature {feature}: " + str(exc).replace("{", "{{").replace("}", "}}")
    params = exc.params
    match exc.code:
        case "geometry_no_polygons":
            return GeoJSONError("geojson_no_polygons", said, feature=feature)
        case "geometry_no_outline":
            return GeoJSONError(
                "geojson_no_outline", said, feature=feature, polygon=params["polygon"]
            )
        case "geometry_not_positions" | "geometry_bad_position":
            return GeoJSONError(
                "geojson_bad_positions", said, feature=feature, polygon=params["polygon"]
            )
        case "geometry_too_few_points":
            return GeoJSONError(
                "geojson_too_few_points",
                said,
                feature=feature,
                polygon=params["polygon"],
                count=params["count"],
            )
        case "geometry_no_area":
            return GeoJSONError("geojson_no_area", said, feature=feature, polygon=params["polygon"])
        case "geometry_crosses_itself":
            return GeoJSONError(
                "geojson_crosses_itself", said, feature=feature, polygon=params["polygon"]
            )
        case "geometry_holes_cross":
            return GeoJSONError(
                "geojson_holes_cross", said, feature=feature, polygon=params["polygon"]
            )
        case "geometry_holes_nested":
            return GeoJSONError(
                "geojson_holes_nested", said, feature=feature, polygon=params["polygon"]
            )
        case "geometry_too_many_vertices":
            return GeoJSONError(
                "geojson_too_many_vertices",
                said,
                feature=feature,
                count=params["count"],
                limit=params["limit"],
            )
        case "geometry_hole_outside":
            return GeoJSONError(
                "geojson_hole_outside",
                said,
                feature=feature,
                polygon=params["polygon"],
                hole=params["hole"],
            )
    return GeoJSONError("geojson_shape_invalid", said, feature=feature)


def _label(properties: dict[str, Any]) -> str:
    for key, value in properties.items():
        if key.casefold() in NAME_PROPERTIES and isinstance(value, str) and value.strip():
            return f" ({value.strip()[:60]})"
    return ""


def _numbers(value: Any, depth: int) -> Iterator[tuple[float, float]]:
    """The (x, y) of every well-formed position nested ``depth`` lists down; others skipped
    (validate_polygon names malformed ones)."""
    if not isinstance(value, list):
        return
    if depth == 0:
        if len(value) >= 2 and all(geometry.is_number(v) for v in value[:2]):
            yield float(value[0]), float(value[1])
        return
    for item in value:
        yield from _numbers(item, depth - 1)


def _check_ranges(shape: dict[str, Any], feature: str) -> None:
    depth = 2 if shape["type"] == "Polygon" else 3
    for x, y in _numbers(shape.get("coordinates"), depth):
        if -180 <= x <= 180 and -90 <= y <= 90:
            continue
        if max(abs(x), abs(y)) > 1000:
            raise GeoJSONError(
                "geojson_projected",
                "feature {feature} has coordinates like {x:,} / {y:,}: that looks like projected "
                "coordinates (metres); " + FIX_CRS,
                feature=feature,
                x=round(x),
                y=round(y),
            )
        raise GeoJSONError(
            "geojson_out_of_range",
            "feature {feature} has coordinates {x:g}, {y:g} outside longitude -180..180 / "
            "latitude -90..90; " + FIX_CRS,
            feature=feature,
            x=x,
            y=y,
        )


def _property_names(features: tuple[ParsedFeature, ...]) -> tuple[str, ...]:
    """Every property name in order of first appearance, those with only text values first."""
    order: dict[str, bool] = {}
    for feature in features:
        for key, value in feature.properties.items():
            textual = value is None or isinstance(value, str)
            order[key] = order.get(key, True) and textual
    names = list(order)
    has_text = {
        key
        for feature in features
        for key, value in feature.properties.items()
        if isinstance(value, str)
    }
    text_first = [n for n in names if order[n] and n in has_text]
    return (*text_first, *(n for n in names if n not in text_first))


# -- importing -------------------------------------------------------------------------------


@writes(Area.ZONES)  # the zones made or reshaped: the result names them, not their ids
def import_zones(
    session: Session, actor: access.Actor, parsed: ParsedZones, name_property: str
) -> ImportResult:
    """Create or reshape zones from the parsed file, all or nothing.

    Each feature's ``name_property`` is its zone's name. A name matching an existing zone
    (any case, active or not) replaces that zone's geometry, unless it is the same shape
    (:func:`geometry.same_shape`: another start vertex, winding or rounding), and keeps its
    colour, threshold and state; any other name creates an active zone, with the feature's
    ``colour`` and ``review_threshold`` properties when they are valid, else the next palette
    colour and the default threshold. Raises :class:`GeoJSONError` before writing anything
    when the property is not in the file, a feature's name is missing, blank or too long, or
    two features have the same name. Every created or changed zone is audited.
    """
    access.require(actor, Action.EDIT_ZONES)
    _check_name_property(parsed, name_property)
    existing = zones.zones_by_folded_name(session)
    seen: dict[str, int] = {}
    plan: list[tuple[str, dict[str, Any], Zone | None, ParsedFeature]] = []
    for number, feature in enumerate(parsed.features, start=1):
        name = _zone_name(number, feature.properties.get(name_property), name_property)
        folded = name.casefold()
        if folded in seen:
            raise GeoJSONError(
                "geojson_name_twice",
                "features {first} and {second} are both called {name!r}; zone names must be unique",
                first=seen[folded],
                second=number,
                name=name,
            )
        seen[folded] = number
        # parse_zone_file checked it; a ParsedZones built by hand may not have been
        _check_shape(feature.geometry, f"{number} ({name})")
        plan.append((name, feature.geometry, existing.get(folded), feature))

    created = updated = unchanged = 0
    palette_start = len(existing)
    for name, shape, match, feature in plan:
        if match is None:
            zone = Zone(
                name=name,
                geometry=shape,
                colour=_colour(feature.properties, palette_start + created),
                review_threshold=_threshold(feature.properties),
                active=True,
            )
            session.add(zone)
            audit.record_write(session, actor, "create", zone)
            created += 1
        elif not geometry.same_shape(match.geometry, shape):
            match.geometry = shape
            audit.record_write(session, actor, "update", match, extra={"source": "geojson"})
            updated += 1
        else:
            unchanged += 1
    return ImportResult(
        created=created,
        updated=updated,
        names=tuple(name for name, *_ in plan),
        unchanged=unchanged,
    )


def _check_name_property(parsed: ParsedZones, name_property: str) -> None:
    if name_property in parsed.property_names:
        return
    if not parsed.property_names:
        raise GeoJSONError(
            "geojson_no_properties",
            "the features have no property {property!r}; choose one of: none",
            property=name_property,
        )
    raise GeoJSONError(
        "geojson_no_such_property",
        "the features have no property {property!r}; choose one of: {available}",
        property=name_property,
        available=", ".join(parsed.property_names),
    )


def _zone_name(number: int, value: Any, name_property: str) -> str:
    """The name of feature ``number``, from its ``value`` of ``name_property``."""
    try:
        return zones.clean_name(value)
    except zones.ZoneError as exc:
        if exc.code == "zone_name_too_long":
            raise GeoJSONError(
                "geojson_name_too_long",
                "feature {feature}: the zone name is {length} characters long; keep it to {limit}",
                feature=number,
                length=exc.params["length"],
                limit=exc.params["limit"],
            ) from None
        if value is None:
            raise GeoJSONError(
                "geojson_name_missing",
                "feature {feature} has no {property!r}; every zone needs a name",
                feature=number,
                property=name_property,
            ) from None
        raise GeoJSONError(
            "geojson_name_blank",
            "feature {feature} has a blank or unusable {property!r}; every zone needs a name",
            feature=number,
            property=name_property,
        ) from None


def _colour(properties: dict[str, Any], index: int) -> str:
    for key, value in properties.items():
        if key.casefold() in COLOUR_PROPERTIES:
            try:
                return zones.clean_colour(value)
            except zones.ZoneError:
                break
    return zones.PALETTE[index % len(zones.PALETTE)]


def _threshold(properties: dict[str, Any]) -> float:
    value = properties.get("review_threshold")
    if value is None or isinstance(value, bool):
        return zones.DEFAULT_THRESHOLD
    try:
        return zones.clean_threshold(value)
    except zones.ZoneError:
        return zones.DEFAULT_THRESHOLD


# -- exporting -------------------------------------------------------------------------------


def export_zones(session: Session, actor: access.Actor) -> dict[str, Any]:
    """The active zones as an RFC 7946 FeatureCollection (WGS84 lon/lat, no ``crs``, outlines
    counter-clockwise and holes clockwise, 7 decimals), by name.

    Each feature has ``id`` and the properties name, colour, review_threshold and active, so
    :func:`parse_zone_file` then :func:`import_zones` with ``"name"`` brings them back.
    """
    access.require(actor, Action.VIEW_MAP)
    query = select(Zone).where(Zone.active.is_(True)).order_by(Zone.name, Zone.id)
    features = [
        {
            "type": "Feature",
            "id": zone.id,
            "properties": {
                "name": zone.name,
                "colour": zone.colour,
                "review_threshold": float(zone.review_threshold),
                "active": bool(zone.active),
            },
            "geometry": geometry.rfc7946(zone.geometry),
        }
        for zone in session.scalars(query)
    ]
    return {"type": "FeatureCollection", "features": features}


def dumps_zones(collection: dict[str, Any]) -> bytes:
    """The collection as UTF-8 JSON text (accents and apostrophes as they are, not escaped).

    Raises :class:`GeoJSONError` for a number JSON cannot hold (NaN, infinity).
    """
    try:
        text = json.dumps(collection, ensure_ascii=False, indent=2, allow_nan=False)
    except ValueError as exc:
        raise GeoJSONError(
            "geojson_not_writable",
            "the zones cannot be written as JSON: {reason}",
            reason=str(exc),
        ) from None
    return (text + "\n").encode("utf-8")
