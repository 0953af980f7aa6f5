"""Helpers for the map's view tests: a small town of zones and signals, a view, clicks on it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from sqlalchemy import Engine, func, select

from console import db
from console.config import Settings
from console.models import Intervention, Role, Signal, SignalKind, Zone
from console.services.access import Actor
from console.views.common.events import EventsHub
from console.views.common.runner import SyncRunner
from console.views.common.section import ViewContext
from console.views.map import MapView
from console.views.map.mercator import lonlat_to_scene
from tests.views.signed_in import ContextMaker, settle

# Two zones a few hundred metres apart; the park has a hole (a fenced pond) in its middle.
SQUARE = {
    "type": "Polygon",
    "coordinates": [
        [[10.0200, 45.1330], [10.0220, 45.1330], [10.0220, 45.1345], [10.0200, 45.1345]]
    ],
}
PARK = {
    "type": "Polygon",
    "coordinates": [
        [[10.0240, 45.1330], [10.0290, 45.1330], [10.0290, 45.1365], [10.0240, 45.1365]],
        [[10.0255, 45.1340], [10.0255, 45.1355], [10.0275, 45.1355], [10.0275, 45.1340]],
    ],
}
IN_SQUARE = (10.0210, 45.13375)
IN_PARK = (10.0245, 45.1360)
IN_POND = (10.0265, 45.13475)
NOWHERE = (10.0230, 45.1375)


@dataclass(frozen=True)
class Town:
    square: int
    park: int


def actor(role: Role = Role.COORDINATOR) -> Actor:
    return Actor(user_id=None, person_id=None, organization_id=None, role=role, username="t")


def seed_town(engine: Engine, *, square_signals: int = 6, park_signals: int = 2) -> Town:
    """The two zones, signals in the last days (points inside each zone), one debrief."""
    now = datetime.now(UTC)
    with db.session_scope(engine) as s:
        square = Zone(name="Piazza Roma", geometry=SQUARE, colour="#1f77b4", review_threshold=1.0)
        park = Zone(name="Parco dell'Argine", geometry=PARK, colour="#2ca02c")
        s.add_all([square, park])
        s.flush()
        for zone, count, point in (
            (square, square_signals, IN_SQUARE),
            (park, park_signals, IN_PARK),
        ):
            for number in range(count):
                s.add(
                    Signal(
                        kind=list(SignalKind)[number % 3],
                        occurred_at=now - timedelta(days=1 + number),
                        zone_id=zone.id,
                        category="schiamazzi",
                        source="telefonata",
                        summary=f"segnalazione {number}",
                        lon=point[0],
                        lat=point[1],
                    )
                )
        s.add(
            Intervention(
                zone_id=square.id,
                started_at=now - timedelta(days=2, hours=3),
                ended_at=now - timedelta(days=2),
            )
        )
        return Town(square.id, park.id)


def make_view(
    qtbot,
    engine: Engine,
    role: Role = Role.COORDINATOR,
    settings: Settings | None = None,
    *,
    make: ContextMaker | None = None,
) -> MapView:
    """The map, loaded; ``make`` (the ``make_context`` fixture) chooses the runner, the
    synchronous one by default (which ``settings`` may be given to)."""
    if make is None:
        hub = EventsHub()
        context = ViewContext(engine, SyncRunner(hub), hub, settings or Settings(), actor(role))
    else:
        context = make(engine, actor(role))
    view = MapView(context)
    context.hub.sig_changed.connect(view.on_changed)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    settle(qtbot, context)
    assert view.data is not None
    return view


def pixel_of(view: MapView, lon: float, lat: float) -> QPoint:
    """Where a longitude/latitude is in the canvas's viewport."""
    return view.canvas.mapFromScene(QPointF(*lonlat_to_scene(lon, lat)))


def click_map(view: MapView, lon: float, lat: float) -> None:
    QTest.mouseClick(
        view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=pixel_of(view, lon, lat)
    )


def count(engine: Engine, model: type) -> int:
    with db.session_scope(engine) as s:
        return s.scalar(select(func.count()).select_from(model))
