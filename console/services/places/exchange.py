"""Zones and signals exchanged as files: read and check a GeoJSON file of zones, write the
active zones to one, and read and check a CSV file of signals before it is imported.

These are the map's file operations, run on the runner's worker: a file is read whole, and
written whole or not at all (:func:`console.files.write_atomically`). Importing what was read
is :func:`geojson.import_zones` and :func:`signals.import_signals`.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo as TimeZone

from sqlalchemy.orm import Session

from console import files
from console.services.access import Actor
from console.services.places import geojson, signals


def read_zone_file(path: Path) -> geojson.ParsedZones:
    """Read and check a GeoJSON file (raises GeoJSONError or OSError); no database, no write."""
    return geojson.parse_zone_file(path.read_bytes())


def write_zone_file(session: Session, actor: Actor, path: Path) -> int:
    """Export the active zones to ``path`` whole (or not at all); returns how many."""
    collection = geojson.export_zones(session, actor)
    files.write_atomically(path, geojson.dumps_zones(collection))
    return len(collection["features"])


def preview_csv_file(
    session: Session, actor: Actor, path: Path, tz: TimeZone
) -> signals.CsvPreview:
    """Read a CSV file of signals and check every row (raises CsvError or OSError); writes
    nothing: the preview is imported with :func:`signals.import_signals`."""
    return signals.preview_signal_csv(
        session, actor, path.read_bytes(), time_zone=tz, file_name=path.name
    )
