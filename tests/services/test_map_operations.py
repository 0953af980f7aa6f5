"""The map's operations, as the Map section runs them: the map and a zone's panel read in one
operation each."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from sqlalchemy import Engine

from console import db
from console.models import Role, Signal, SignalKind
from console.services.places import zones
from console.services.places.map_data import (
    KINDS,
    MapRequest,
    PanelRequest,
    SignalPositions,
    load_map,
    load_panel,
)
from tests.services.map_data import COORDINATOR, actor, add_zone, square

ROME = ZoneInfo("Europe/Rome")
FIRST, LAST = date(2026, 11, 2), date(2026, 11, 29)
EQUAL = dict.fromkeys(SignalKind, 1.0)


def _signal(zone_id: int, day: int, kind: SignalKind, point: tuple[float, float] | None) -> Signal:
    lon, lat = point if point is not None else (None, None)
    return Signal(
        kind=kind,
        occurred_at=datetime(2026, 11, day, 18, 0, tzinfo=ROME),
        zone_id=zone_id,
        category="degrado",
        summary="",
        lon=lon,
        lat=lat,
    )


@pytest.fixture
def town(engine: Engine) -> tuple[int, int]:
    """Piazza Roma with three signals in November (two with a point) and one in December;
    a deactivated zone with one signal. (roma, closed)"""
    roma = add_zone(engine, "Piazza Roma", square(10.02, 45.13), threshold=1.0).id
    closed = add_zone(engine, "Chiusa", square(10.06, 45.13)).id
    with db.session_scope(engine) as s:
        zones.set_zone_active(s, COORDINATOR, closed, 1, False)
        s.add_all(
            [
                _signal(roma, 3, SignalKind.CITIZEN_REPORT, (10.025, 45.135)),
                _signal(roma, 4, SignalKind.MEDIA, (10.026, 45.136)),
                _signal(roma, 5, SignalKind.POLICE_INTERVENTION, None),
                _signal(closed, 6, SignalKind.CITIZEN_REPORT, (10.065, 45.135)),
            ]
        )
        s.add(
            Signal(
                kind=SignalKind.MEDIA,
                occurred_at=datetime(2026, 12, 1, 18, 0, tzinfo=ROME),
                zone_id=roma,
                category="degrado",
                summary="",
            )
        )
    return roma, closed


def test_the_map_of_a_period(engine: Engine, town: tuple[int, int]) -> None:
    roma, closed = town
    request = MapRequest(FIRST, LAST, EQUAL, ROME)
    with db.session_scope(engine) as s:
        data = load_map(s, COORDINATOR, request)
    assert data.request is request
    assert [zone.id for zone in data.zones] == [roma]  # the deactivated zone is left out...
    assert data.centroids[roma] == pytest.approx((10.025, 45.135))
    assert data.indicators[roma].pressure == pytest.approx(3 / 4)
    assert data.indicators[roma].flagged is False
    assert data.debriefs == {}
    assert closed not in data.centroids
    # ...not its signals. Every signal of the period counts; those with a point have a position.
    assert (data.signal_count, len(data.positions), data.truncated) == (4, 3, False)
    assert data.positions.lons.tolist() == pytest.approx([10.025, 10.026, 10.065])
    assert data.positions.lats.tolist() == pytest.approx([45.135, 45.136, 45.135])
    assert [KINDS[k] for k in data.positions.kinds] == [
        SignalKind.CITIZEN_REPORT,
        SignalKind.MEDIA,
        SignalKind.CITIZEN_REPORT,
    ]


def test_editors_also_get_the_deactivated_zones(engine: Engine, town: tuple[int, int]) -> None:
    roma, closed = town
    with db.session_scope(engine) as s:
        data = load_map(s, COORDINATOR, MapRequest(FIRST, LAST, EQUAL, ROME, True))
    assert {zone.id for zone in data.zones} == {roma, closed}
    assert set(data.indicators) == {roma}  # indicators are for active zones only


def test_an_empty_period_has_no_positions(engine: Engine, town: tuple[int, int]) -> None:
    with db.session_scope(engine) as s:
        data = load_map(s, COORDINATOR, MapRequest(date(2025, 1, 1), date(2025, 1, 31), {}, ROME))
    assert (data.signal_count, len(data.positions)) == (0, 0)


def test_signal_positions_from_triples() -> None:
    positions = SignalPositions.of(
        [(10.0, 45.0, SignalKind.MEDIA), (11.0, 46.0, SignalKind.CITIZEN_REPORT)]
    )
    assert len(positions) == 2
    assert positions.lons.tolist() == [10.0, 11.0] and positions.lats.tolist() == [45.0, 46.0]
    assert positions.kinds.dtype == np.int8
    assert [KINDS[k] for k in positions.kinds] == [SignalKind.MEDIA, SignalKind.CITIZEN_REPORT]
    assert len(SignalPositions.of([])) == 0


def test_the_panel_of_a_zone(engine: Engine, town: tuple[int, int]) -> None:
    roma, _closed = town
    request = PanelRequest(roma, FIRST, LAST, EQUAL, ROME, compare_at=date(2026, 11, 16))
    with db.session_scope(engine) as s:
        panel = load_panel(s, COORDINATOR, request)
    assert panel.zone.id == roma
    assert panel.indicator.signals[SignalKind.CITIZEN_REPORT] == 1
    assert panel.before_after is not None and panel.before_after.compare_at == date(2026, 11, 16)


def test_the_panel_compares_with_four_weeks_ago_without_joint_work(
    engine: Engine, town: tuple[int, int]
) -> None:
    roma, _closed = town
    with db.session_scope(engine) as s:
        panel = load_panel(s, actor(Role.MANAGER), PanelRequest(roma, FIRST, LAST, {}, ROME, None))
    assert panel.before_after is not None
    assert panel.before_after.compare_at == date(2026, 11, 1)  # no joint shift: 4 weeks before
    assert panel.open_cases == ()  # a manager gets only their number
