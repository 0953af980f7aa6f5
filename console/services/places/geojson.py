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
from console.services import access
from console.services.access import Action, audit
from console.services.changes import Area, writes
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


class GeoJSONError(ValueError):
    """The file cannot be imported; ``str()`` is one line: what is wrong and what to do."""


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
        raise GeoJSONError("the file is JSON but not GeoJSON: expected a FeatureCollection object")
    kind = document.get("type")
    if kind != "FeatureCollection":
        hint = "wrap it in a FeatureCollection" if kind in ("Feature", *geometry.ZONE_TYPES) else ""
        raise GeoJSONError(
            f"expected a GeoJSON FeatureCollection, found {_kind_text(kind)}"
            + (f"; {hint}" if hint else "")
        )
    _check_crs(document.get("crs"), "the file")
    features = document.get("features")
    if not isinstance(features, list) or not features:
        raise GeoJSONError("the FeatureCollection has no features: there is no zone to import")
    parsed = tuple(_feature(number, item) for number, item in enumerate(features, start=1))
    return ParsedZones(features=parsed, property_names=_property_names(parsed))


def _load_json(data: bytes | str) -> Any:
    if isinstance(data, bytes | bytearray):
        if len(data) > MAX_FILE_BYTES:
            raise GeoJSONError(f"the file is larger than {MAX_FILE_BYTES // 2**20} MB")
        if b"\x00" in data[:4096]:
            raise GeoJSONError("the file is not text (binary data); choose a .geojson file")
        try:
            text = bytes(data).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise GeoJSONError(
                f"the file is not UTF-8 text (byte {exc.start}); GeoJSON must be saved as UTF-8"
            ) from None
    else:
        text = data.removeprefix("\ufeff")
    if not text.strip():
        raise GeoJSONError("the file is empty")

    def refuse_constant(name: str) -> None:
        raise GeoJSONError(f"not valid JSON: {name} is not a number JSON allows")

    try:
        return json.loads(text, parse_constant=refuse_constant)
    except json.JSONDecodeError as exc:
        raise GeoJSONError(
            f"not valid JSON: {exc.msg.lower()} at line {exc.lineno}, column {exc.colno}"
        ) from None
    except RecursionError:
        raise GeoJSONError("not usable JSON: it is nested too deeply") from None


def _kind_text(kind: Any) -> str:
    if kind is None:
        return "an object without a GeoJSON type"
    return f"a {kind}" if isinstance(kind, str) else f"type {kind!r}"


def _check_crs(crs: Any, where: str) -> None:
    """Refuse an old-style (GeoJSON 2008) ``crs`` member that names anything but WGS84."""
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
    shown = str(name).strip() if isinstance(name, str | int) else "an unknown system"
    short = shown.removeprefix("urn:ogc:def:crs:").replace("::", ":")
    raise GeoJSONError(f"{where} uses coordinate system {short}, not WGS84; {FIX_CRS}")


def _feature(number: int, item: Any) -> ParsedFeature:
    if not isinstance(item, dict) or item.get("type") != "Feature":
        raise GeoJSONError(f"feature {number} is not a GeoJSON Feature")
    properties = item.get("properties")
    if properties is None:
        properties = {}
    if not isinstance(properties, dict):
        raise GeoJSONError(f"feature {number}: its properties are not an object")
    where = f"feature {number}{_label(properties)}"
    _check_crs(item.get("crs"), where)
    shape = item.get("geometry")
    if not isinstance(shape, dict):
        raise GeoJSONError(f"{where} has no geometry; every zone needs a polygon")
    kind = shape.get("type")
    if kind not in geometry.ZONE_TYPES:
        raise GeoJSONError(
            f"{where} is a {kind if isinstance(kind, str) else 'geometry of unknown type'}; "
            "only Polygon and MultiPolygon zones can be imported"
        )
    _check_ranges(shape, where)
    try:
        geometry.validate_polygon(shape)
    except geometry.GeometryError as exc:
        raise GeoJSONError(f"{where}: {exc}") from None
    return ParsedFeature(properties=dict(properties), geometry=geometry.normalized_polygon(shape))


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


def _check_ranges(shape: dict[str, Any], where: str) -> None:
    depth = 2 if shape["type"] == "Polygon" else 3
    for x, y in _numbers(shape.get("coordinates"), depth):
        if -180 <= x <= 180 and -90 <= y <= 90:
            continue
        if max(abs(x), abs(y)) > 1000:
            raise GeoJSONError(
                f"{where} has coordinates like {x:,.0f} / {y:,.0f}: that looks like projected "
                f"coordinates (metres); {FIX_CRS}"
            )
        raise GeoJSONError(
            f"{where} has coordinates {x:g}, {y:g} outside longitude -180..180 / latitude "
            f"-90..90; {FIX_CRS}"
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
    (any case, active or not) replaces that zone's geometry and keeps its colour, threshold and
    state; any other name creates an active zone, with the feature's ``colour`` and
    ``review_threshold`` properties when they are valid, else the next palette colour and the
    default threshold. Raises :class:`GeoJSONError` before writing anything when the property
    is not in the file, a feature's name is missing, blank or too long, or two features have
    the same name. Every created or changed zone is audited.
    """
    access.require(actor, Action.EDIT_ZONES)
    if name_property not in parsed.property_names:
        available = ", ".join(parsed.property_names) or "none"
        raise GeoJSONError(
            f"the features have no property {name_property!r}; choose one of: {available}"
        )
    existing = zones.zones_by_folded_name(session)
    seen: dict[str, int] = {}
    plan: list[tuple[str, dict[str, Any], Zone | None, ParsedFeature]] = []
    for number, feature in enumerate(parsed.features, start=1):
        value = feature.properties.get(name_property)
        try:
            name = zones.clean_name(value)
        except zones.ZoneError as exc:
            if isinstance(value, str) and value.strip():
                raise GeoJSONError(f"feature {number}: {exc}") from None
            what = "no" if value is None else "a blank or unusable"
            raise GeoJSONError(
                f"feature {number} has {what} {name_property!r}; every zone needs a name"
            ) from None
        folded = name.casefold()
        if folded in seen:
            raise GeoJSONError(
                f"features {seen[folded]} and {number} are both called {name!r}; "
                "zone names must be unique"
            )
        seen[folded] = number
        try:  # parse_zone_file checked it; a ParsedZones built by hand may not have been
            geometry.validate_polygon(feature.geometry)
        except geometry.GeometryError as exc:
            raise GeoJSONError(f"feature {number} ({name}): {exc}") from None
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
        elif match.geometry != shape:
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
    """The active zones as an RFC 7946 FeatureCollection (WGS84 lon/lat, no ``crs``), by name.

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
            "geometry": zone.geometry,
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
        raise GeoJSONError(f"the zones cannot be written as JSON: {exc}") from None
    return (text + "\n").encode("utf-8")
