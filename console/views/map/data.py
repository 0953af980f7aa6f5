"""What the map loads in one operation, and the worker-side jobs that read and write files.

Everything here runs on the runner's worker thread: services and files only, no widget.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo as TimeZone

from sqlalchemy.orm import Session

from console import files
from console.models import SignalKind
from console.services.access import Actor
from console.services.places import geojson, geometry, indicators, signals, zones
from console.services.places.indicators import DebriefTotal, ZoneIndicator, ZonePanel
from console.services.places.zones import ZoneInfo
from console.views.map.clustering import SignalPoints

SIGNAL_LIMIT = 200_000  # more than the map will ever be asked to show in one period


@dataclass(frozen=True)
class MapRequest:
    start: date  # local days, inclusive
    end: date
    weights: Mapping[SignalKind, float]
    tz: TimeZone
    include_inactive: bool = False  # editors also get the deactivated zones


@dataclass(frozen=True, eq=False)
class MapData:
    """Zones, their indicators and debriefs, and the signal points of one period."""

    request: MapRequest
    zones: tuple[ZoneInfo, ...]
    centroids: dict[int, tuple[float, float]]  # zone id -> (lon, lat) of its label
    indicators: dict[int, ZoneIndicator]  # active zones only
    debriefs: dict[int, DebriefTotal]  # zones with any debrief in the period
    points: SignalPoints  # the signals of the period that have a point
    signal_count: int  # every signal of the period, with a point or not
    truncated: bool  # the period held more than SIGNAL_LIMIT signals: the oldest are shown


def load_map(session: Session, actor: Actor, request: MapRequest) -> MapData:
    """Read everything the map shows for the period in one session."""
    shown = zones.list_zones(session, actor, include_inactive=request.include_inactive)
    centroids = {zone.id: geometry.centroid(zone.geometry) for zone in shown}
    found = indicators.zone_indicators(
        session, actor, request.start, request.end, request.weights, request.tz
    )
    first, last = indicators.period_bounds(request.start, request.end, request.tz)
    debriefs = indicators.debriefs_in_period(session, actor, first, last)
    rows = signals.signals_in_period(session, actor, first, last, limit=SIGNAL_LIMIT)
    points = SignalPoints.from_lonlat(
        (row.lon, row.lat, row.kind) for row in rows if row.lon is not None and row.lat is not None
    )
    return MapData(
        request=request,
        zones=tuple(shown),
        centroids=centroids,
        indicators={indicator.zone_id: indicator for indicator in found},
        debriefs={total.zone_id: total for total in debriefs},
        points=points,
        signal_count=len(rows),
        truncated=len(rows) >= SIGNAL_LIMIT,
    )


@dataclass(frozen=True)
class PanelRequest:
    zone_id: int
    start: date
    end: date
    weights: Mapping[SignalKind, float]
    tz: TimeZone
    compare_at: date | None  # None: the first joint shift in the zone, else 4 weeks ago


def load_panel(session: Session, actor: Actor, request: PanelRequest) -> ZonePanel:
    compare_at = request.compare_at or indicators.default_compare_day(
        session, actor, request.zone_id, request.end, request.tz
    )
    return indicators.zone_panel(
        session,
        actor,
        request.zone_id,
        request.start,
        request.end,
        request.weights,
        request.tz,
        compare_at=compare_at,
    )


def save_zone_properties(
    session: Session, actor: Actor, zone: ZoneInfo, draft: zones.ZoneDraft, active: bool
) -> ZoneInfo:
    """Rename, recolour and re-threshold, then (de)activate: one session, all or nothing."""
    info = zones.update_zone(session, actor, zone.id, zone.version_id, draft)
    if info.active != active:
        info = zones.set_zone_active(session, actor, zone.id, info.version_id, active)
    return info


# -- files -----------------------------------------------------------------------------------


def read_zone_file(_session: Session, _actor: Actor, path: Path) -> geojson.ParsedZones:
    """Read and check a GeoJSON file (raises GeoJSONError or OSError); writes nothing."""
    return geojson.parse_zone_file(path.read_bytes())


def write_zone_file(session: Session, actor: Actor, path: Path) -> int:
    """Export the active zones to ``path`` whole (or not at all); returns how many."""
    collection = geojson.export_zones(session, actor)
    files.write_atomically(path, geojson.dumps_zones(collection))
    return len(collection["features"])


def preview_csv_file(
    session: Session, actor: Actor, path: Path, tz: TimeZone
) -> signals.CsvPreview:
    """Read a CSV file of signals and check every row (raises CsvError or OSError)."""
    return signals.preview_signal_csv(
        session, actor, path.read_bytes(), time_zone=tz, file_name=path.name
    )
