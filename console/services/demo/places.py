"""The Cremona demo's zones, read from the GeoJSON resource, and the signals reported in them."""

from __future__ import annotations

import json
import random
from datetime import timedelta

from console import paths
from console.models import Signal, SignalKind, Zone
from console.services.demo import texts
from console.services.demo.state import WEEKS, DemoState
from console.services.places.geometry import point_in_ring


def seed_zones(demo: DemoState) -> None:
    """The three zones of ``resources/zones/cremona.geojson``, with their review thresholds."""
    source = paths.resource("zones", "cremona.geojson").read_text(encoding="utf-8")
    for feature in json.loads(source)["features"]:
        props = feature["properties"]
        demo.zones[props["name"]] = Zone(
            name=props["name"],
            description=props["description"],
            geometry=feature["geometry"],
            colour=props["colour"],
            review_threshold=texts.REVIEW_THRESHOLDS[props["name"]],
        )
    demo.session.add_all(demo.zones.values())
    demo.session.flush()


def seed_signals(demo: DemoState) -> None:
    """The eight weeks before the plan, and the plan's weeks up to yesterday (none ahead)."""
    rng = demo.rng
    kinds = list(texts.SIGNAL_KINDS)
    weights = [spec[0] for spec in texts.SIGNAL_KINDS.values()]
    windows = ((-7 * WEEKS, 7 * WEEKS), (0, demo.days_before_today))
    for zone in demo.zones.values():
        ring = zone.geometry["coordinates"][0]
        place = zone.name[0].lower() + zone.name[1:]
        for (first, length), count in zip(windows, texts.SIGNAL_COUNTS[zone.name], strict=True):
            for _ in range(count):
                occurred = demo.at(
                    first + int(rng.random() * length),
                    rng.choice((11, 15, 17, 18, 19, 20, 21, 21, 22, 22, 23)),
                    rng.randrange(0, 60, 5),
                )
                kind = rng.choices(kinds, weights=weights)[0]
                _, categories, sources = texts.SIGNAL_KINDS[kind]
                category = rng.choice(categories)
                lon, lat = (None, None) if kind is SignalKind.MEDIA else _point_in(rng, ring)
                demo.signals.append(
                    Signal(
                        kind=kind,
                        occurred_at=occurred,
                        zone=zone,
                        category=category,
                        source=rng.choice(sources),
                        summary=rng.choice(texts.SUMMARIES[category]).format(zone=place),
                        lon=lon,
                        lat=lat,
                        created_at=occurred + timedelta(hours=2),
                    )
                )
    demo.session.add_all(demo.signals)


def _point_in(rng: random.Random, ring: list[list[float]]) -> tuple[float, float]:
    """A uniform random point inside the polygon ring (rejection sampling in its bbox)."""
    lons, lats = [p[0] for p in ring], [p[1] for p in ring]
    while True:
        lon = round(rng.uniform(min(lons), max(lons)), 6)
        lat = round(rng.uniform(min(lats), max(lats)), 6)
        if point_in_ring(lon, lat, ring):
            return lon, lat
