"""The worker-side jobs of the map that read and write files.

Everything here runs on the runner's worker thread: services and files only, no widget.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo as TimeZone

from sqlalchemy.orm import Session

from console import files
from console.services.access import Actor
from console.services.places import geojson, signals, zones
from console.services.places.zones import ZoneInfo


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
