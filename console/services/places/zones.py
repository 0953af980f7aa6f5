"""Zones of the project: listing them for the map, creating, editing and (de)activating them.

Every service takes ``(session, actor, ...)``, checks :mod:`access` first, flushes but never
commits, audits every write and returns frozen :class:`ZoneInfo` rows. Names are unique without
regard to case; geometries are GeoJSON Polygon or MultiPolygon in WGS84 longitude/latitude,
stored with closed rings wound as RFC 7946 asks (see :func:`geometry.normalized_polygon`).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.models import Zone
from console.services import access, bounds
from console.services.access import Action, audit
from console.services.changes import Area, row_id, writes
from console.services.conflicts import stale_as
from console.services.errors import Entity, Refusal, StaleRecord, not_found
from console.services.places import geometry
from console.services.text_rules import LIMITS, TextField, check_characters, strip_edges

MAX_NAME = LIMITS[TextField.ZONE_NAME]  # zones.name is a String(120)
MAX_THRESHOLD = 1_000_000.0  # a weighted count of signals a week: far beyond any zone
DEFAULT_THRESHOLD = 10.0
COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
# The colours new zones take in turn when none is given (matplotlib's tab10, readable on a map).
PALETTE = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
)


class ZoneError(Refusal):
    """The zone change cannot be made; ``str()`` is a one-line reason and what to do."""


class StaleZone(StaleRecord, ZoneError):
    """The zone changed since the caller read it; ``current`` is how it is now (or None)."""

    def __init__(self, zone_id: int, current: ZoneInfo | None, expected_version: int) -> None:
        self.zone_id = zone_id
        self.current = current
        changed = "{entity} {id} was changed by someone else since version {version}"
        again = "; reload it and apply your change again"
        if current is None:
            super().__init__(Entity.ZONE, zone_id, expected_version, changed + again)
        else:
            super().__init__(
                Entity.ZONE,
                zone_id,
                expected_version,
                changed + " (now version {now})" + again,
                now=current.version_id,
            )


@dataclass(frozen=True)
class ZoneInfo:
    id: int
    name: str
    colour: str  # "#rrggbb", lower case
    geometry: dict[str, Any]  # GeoJSON Polygon or MultiPolygon, WGS84 lon/lat; a copy
    review_threshold: float  # weighted signals per week above which the zone is flagged
    active: bool
    version_id: int  # give it back to update_zone / set_zone_active


@dataclass(frozen=True)
class ZoneDraft:
    """A zone as the editor holds it, before it is saved."""

    name: str
    colour: str
    geometry: dict[str, Any]
    review_threshold: float = DEFAULT_THRESHOLD


def zone_info(zone: Zone) -> ZoneInfo:
    """The frozen row of a zone (its geometry copied, so no one edits the ORM state)."""
    return ZoneInfo(
        id=zone.id,
        name=zone.name,
        colour=zone.colour,
        geometry=copy.deepcopy(zone.geometry),
        review_threshold=float(zone.review_threshold),
        active=bool(zone.active),
        version_id=zone.version_id,
    )


def list_zones(
    session: Session, actor: access.Actor, *, include_inactive: bool = False
) -> list[ZoneInfo]:
    """The active zones (all of them with ``include_inactive``), by name."""
    access.require(actor, Action.VIEW_MAP)
    query = select(Zone).order_by(Zone.name, Zone.id)
    if not include_inactive:
        query = query.where(Zone.active.is_(True))
    return [zone_info(zone) for zone in session.scalars(query)]


def get_zone(session: Session, actor: access.Actor, zone_id: int) -> ZoneInfo:
    """One zone, active or not; :class:`ZoneError` when there is none with that id."""
    access.require(actor, Action.VIEW_MAP)
    return zone_info(_zone(session, zone_id))


@writes(Area.ZONES, ids=row_id)
def create_zone(session: Session, actor: access.Actor, draft: ZoneDraft) -> ZoneInfo:
    """A new active zone. Raises :class:`ZoneError` (blank, too long or taken name; colour not
    ``#rrggbb``; negative threshold) or :class:`geometry.GeometryError`; nothing is written."""
    access.require(actor, Action.EDIT_ZONES)
    values = checked_draft(draft)
    _check_name_free(session, values["name"], None)
    zone = Zone(active=True, **values)
    session.add(zone)
    audit.record_write(session, actor, "create", zone)
    return zone_info(zone)


@writes(Area.ZONES, ids=row_id)
def update_zone(
    session: Session, actor: access.Actor, zone_id: int, version_id: int, draft: ZoneDraft
) -> ZoneInfo:
    """Rename, recolour, reshape or re-threshold the zone, if it is still at ``version_id``.

    Raises :class:`StaleZone` when someone changed it meanwhile, and :class:`ZoneError` or
    :class:`geometry.GeometryError` as :func:`create_zone`. A draft equal to the zone changes
    nothing, version included.
    """
    access.require(actor, Action.EDIT_ZONES)
    values = checked_draft(draft)
    zone = _zone(session, zone_id)
    _check_version(zone, version_id)
    _check_name_free(session, values["name"], zone.id)
    # No query after this point: an autoflush would hide the changes from the audit.
    changed = False
    for key, value in values.items():
        same = (
            geometry.same_shape(zone.geometry, value)
            if key == "geometry"
            else getattr(zone, key) == value
        )
        if not same:
            setattr(zone, key, value)
            changed = True
    if changed:
        _audited_write(session, actor, zone, version_id)
    return zone_info(zone)


@writes(Area.ZONES, ids=row_id)
def set_zone_active(
    session: Session, actor: access.Actor, zone_id: int, version_id: int, active: bool
) -> ZoneInfo:
    """Deactivate a zone (it leaves the map, the planning dialogs and point lookup; its shifts,
    signals and cases stay) or activate it again. Raises :class:`StaleZone`."""
    access.require(actor, Action.EDIT_ZONES)
    zone = _zone(session, zone_id)
    _check_version(zone, version_id)
    if zone.active != bool(active):
        zone.active = bool(active)
        _audited_write(session, actor, zone, version_id)
    return zone_info(zone)


@writes(Area.ZONES, ids=row_id)
def save_zone_properties(
    session: Session, actor: access.Actor, zone: ZoneInfo, draft: ZoneDraft, active: bool
) -> ZoneInfo:
    """Rename, recolour and re-threshold ``zone`` (as read, at its version), then (de)activate
    it: one operation, all or nothing. Raises as :func:`update_zone` and :func:`set_zone_active`.
    """
    info = update_zone(session, actor, zone.id, zone.version_id, draft)
    if info.active != active:
        info = set_zone_active(session, actor, zone.id, info.version_id, active)
    return info


# -- validation ------------------------------------------------------------------------------


def clean_name(name: object) -> str:
    """The name with blanks collapsed; :class:`ZoneError` when blank or too long."""
    usable = isinstance(name, str) or (isinstance(name, int) and not isinstance(name, bool))
    if isinstance(name, str):
        check_characters(name, TextField.ZONE_NAME)
    text = strip_edges(" ".join(str(name).split())) if usable else ""
    if not text:
        raise ZoneError("zone_name_missing", "a zone needs a name; type one")
    if len(text) > MAX_NAME:
        raise ZoneError(
            "zone_name_too_long",
            "the zone name is {length} characters long; keep it to {limit}",
            length=len(text),
            limit=MAX_NAME,
        )
    return text


def clean_colour(colour: object) -> str:
    """``#rrggbb`` in lower case; :class:`ZoneError` for anything else."""
    if not isinstance(colour, str) or not COLOUR.fullmatch(colour.strip()):
        raise ZoneError(
            "zone_colour_invalid",
            "colour {colour!r} is not of the form #rrggbb (for example #1f77b4)",
            colour=colour,
        )
    return colour.strip().lower()


def clean_threshold(threshold: object) -> float:
    """A finite number >= 0; :class:`ZoneError` otherwise."""
    try:
        value = float(threshold)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ZoneError(
            "zone_threshold_not_a_number",
            "review threshold {threshold!r} is not a number",
            threshold=threshold,
        ) from None
    if not value >= 0:
        raise ZoneError(
            "zone_threshold_negative",
            "review threshold {threshold!r} must be a number of 0 or more",
            threshold=threshold,
        )
    bounds.check_number(value, 0, MAX_THRESHOLD)
    return value


def checked_draft(draft: ZoneDraft) -> dict[str, Any]:
    """The draft's values as they would be stored; raises before anything is written."""
    geometry.validate_polygon(draft.geometry)
    return {
        "name": clean_name(draft.name),
        "colour": clean_colour(draft.colour),
        "geometry": geometry.normalized_polygon(draft.geometry),
        "review_threshold": clean_threshold(draft.review_threshold),
    }


def zones_by_folded_name(session: Session) -> dict[str, Zone]:
    """Every zone, active or not, keyed by its case-folded name."""
    return {zone.name.casefold(): zone for zone in session.scalars(select(Zone))}


def _check_name_free(session: Session, name: str, own_id: int | None) -> None:
    # Folded in Python: SQLite's lower() leaves "À" alone, and zones are few.
    other = zones_by_folded_name(session).get(name.casefold())
    if other is None or other.id == own_id:
        return
    if other.active:
        raise ZoneError(
            "zone_name_taken",
            "a zone called {name!r} exists already; choose another name",
            name=other.name,
        )
    raise ZoneError(
        "zone_name_taken_deactivated",
        "a zone called {name!r} (deactivated) exists already; choose another name",
        name=other.name,
    )


def _zone(session: Session, zone_id: int) -> Zone:
    zone = session.get(Zone, zone_id)
    if zone is None:
        raise not_found(ZoneError, Entity.ZONE, zone_id)
    return zone


def _check_version(zone: Zone, version_id: int) -> None:
    if zone.version_id != version_id:
        raise StaleZone(zone.id, zone_info(zone), version_id)


def _audited_write(session: Session, actor: access.Actor, zone: Zone, version_id: int) -> None:
    """Audit the update (which flushes it); a concurrent writer that got there first makes the
    versioned UPDATE match no row: that is a :class:`StaleZone`."""
    with stale_as(StaleZone(zone.id, None, version_id)):  # built before the flush
        audit.record_write(session, actor, "update", zone)
