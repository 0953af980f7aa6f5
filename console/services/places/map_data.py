"""What the map shows, read in one operation each: the whole map for a period (zones, their
indicators and debriefs, the signal positions) and the panel of one zone.

Both take ``(session, actor, request)`` and only read; the view runs them through the runner.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo as TimeZone

import numpy as np
from sqlalchemy.orm import Session

from console.models import SignalKind
from console.services.access import Actor
from console.services.places import geometry, indicators, signals, zones
from console.services.places.indicators import DebriefTotal, ZoneIndicator, ZonePanel
from console.services.places.zones import ZoneInfo

SIGNAL_LIMIT = 200_000  # more than the map will ever be asked to show in one period
KINDS: tuple[SignalKind, ...] = tuple(SignalKind)  # a signal's kind travels as its index here


@dataclass(frozen=True, eq=False)
class SignalPositions:
    """Where signals happened, as three arrays of the same length: longitude and latitude in
    degrees (WGS84) and the kind's index in :data:`KINDS`. Tens of thousands of signals never
    become tens of thousands of objects on their way to the map."""

    lons: np.ndarray
    lats: np.ndarray
    kinds: np.ndarray

    def __len__(self) -> int:
        return int(self.lons.size)

    @classmethod
    def empty(cls) -> SignalPositions:
        return cls(np.zeros(0), np.zeros(0), np.zeros(0, dtype=np.int8))

    @classmethod
    def of(cls, points: Iterable[tuple[float, float, SignalKind]]) -> SignalPositions:
        """From (lon, lat, kind) triples."""
        index = {kind: number for number, kind in enumerate(KINDS)}  # StrEnum: str keys too
        rows = [(lon, lat, index[kind]) for lon, lat, kind in points]
        if not rows:
            return cls.empty()
        table = np.array(rows, dtype=float)
        return cls(table[:, 0], table[:, 1], table[:, 2].astype(np.int8))


@dataclass(frozen=True)
class MapRequest:
    start: date  # local days, inclusive
    end: date
    weights: Mapping[SignalKind, float]
    tz: TimeZone
    include_inactive: bool = False  # editors also get the deactivated zones


@dataclass(frozen=True, eq=False)
class MapData:
    """Zones, their indicators and debriefs, and the signal positions of one period."""

    request: MapRequest
    zones: tuple[ZoneInfo, ...]
    centroids: dict[int, tuple[float, float]]  # zone id -> (lon, lat) of its label
    indicators: dict[int, ZoneIndicator]  # active zones only
    debriefs: dict[int, DebriefTotal]  # zones with any debrief in the period
    positions: SignalPositions  # the signals of the period that have a point
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
    rows = signals.signal_points(session, actor, first, last, limit=SIGNAL_LIMIT)
    positions = SignalPositions.of(
        (lon, lat, kind) for lon, lat, kind in rows if lon is not None and lat is not None
    )
    return MapData(
        request=request,
        zones=tuple(shown),
        centroids=centroids,
        indicators={indicator.zone_id: indicator for indicator in found},
        debriefs={total.zone_id: total for total in debriefs},
        positions=positions,
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
    """The panel of one zone for the period, compared with ``compare_at`` (or its default)."""
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
