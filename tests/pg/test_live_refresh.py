"""Live refresh between two consoles on one PostgreSQL server: a write in one reaches the
other's events hub within a second, carries ids and never content, is not echoed to the
console that wrote it, survives a dropped connection, and stops with the console."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator

import psycopg
import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine, select, text
from sqlalchemy.engine import make_url

from console import app, db
from console.models import Case, Zone
from console.services.cases import casework
from console.services.demo.seed import DEMO_PASSWORD
from console.services.live_changes import CHANNEL
from console.services.places import zones
from console.views.common.events import EventsHub
from console.views.common.live_refresh import LiveRefresh, start_live_refresh
from console.views.login_dialog import LoginDialog
from console.views.main_window import MainWindow
from tests.pg.test_postgresql import actor, pg, pg_demo, pg_url  # noqa: F401 - fixtures
from tests.views.test_app import _script, _sign_in

pytestmark = pytest.mark.pg

LISTENER_THREAD = "console-live-refresh"


class Console:
    """A second workstation: its own engine, events hub and live refresh."""

    def __init__(self, url: str, retry_delays: tuple[float, ...] = (0.05,)) -> None:
        self.engine = db.make_engine(url)
        self.hub = EventsHub()
        self.heard: list[tuple[str, object]] = []
        self.hub.sig_changed.connect(lambda area, ids: self.heard.append((area, ids)))
        self.live = LiveRefresh(self.engine, self.hub, retry_delays)
        self.live.start()

    def close(self) -> None:
        self.live.stop()
        self.engine.dispose()


@pytest.fixture
def consoles(qtbot, pg_demo: Engine) -> Iterator[tuple[Console, Console]]:  # noqa: F811
    url = pg_demo.url.render_as_string(hide_password=False)
    here, there = Console(url), Console(url)
    qtbot.waitUntil(here.live.listener.is_listening, timeout=5000)
    qtbot.waitUntil(there.live.listener.is_listening, timeout=5000)
    yield here, there
    here.close()
    there.close()


def _first_zone(engine: Engine) -> tuple[int, int]:
    with db.session_scope(engine) as s:
        zone = s.scalars(select(Zone).order_by(Zone.id)).first()
        return zone.id, zone.version_id


def _set_zone_active(engine: Engine, zone_id: int, version_id: int, active: bool) -> int:
    with db.session_scope(engine) as s:
        info = zones.set_zone_active(s, actor(engine, "coordinatore"), zone_id, version_id, active)
        return info.version_id


def test_a_write_in_one_console_reaches_the_other(qtbot, consoles) -> None:
    here, there = consoles
    zone_id, version = _first_zone(here.engine)
    with qtbot.waitSignal(
        there.hub.sig_changed,
        timeout=2000,
        check_params_cb=lambda area, ids: (area, ids) == ("zones", (zone_id,)),
    ):
        version = _set_zone_active(here.engine, zone_id, version, False)
    # There answers; here hears that, and by then (one connection, commit order) it would
    # have heard its own write too, had it been echoed: the runner announced it already.
    with qtbot.waitSignal(here.hub.sig_changed, timeout=2000):
        _set_zone_active(there.engine, zone_id, version, True)
    assert here.heard == [("zones", (zone_id,))]
    assert there.heard == [("zones", (zone_id,))]


def test_a_rolled_back_write_tells_nobody(qtbot, consoles) -> None:
    here, there = consoles
    zone_id, version = _first_zone(here.engine)
    coordinator = actor(here.engine, "coordinatore")
    with pytest.raises(RuntimeError), db.session_scope(here.engine) as s:
        zones.set_zone_active(s, coordinator, zone_id, version, False)
        raise RuntimeError("the operation failed after the write")
    with qtbot.waitSignal(there.hub.sig_changed, timeout=2000):  # a later write, committed
        _set_zone_active(here.engine, zone_id, version, False)
    assert there.heard == [("zones", (zone_id,))]


def test_the_notification_carries_ids_never_content(pg_demo: Engine) -> None:  # noqa: F811
    secret = "Il ragazzo ha raccontato della lite in famiglia"
    listener = psycopg.connect(
        make_url(pg_demo.url).set(drivername="postgresql").render_as_string(hide_password=False),
        autocommit=True,
    )
    with listener:
        listener.execute(f"LISTEN {CHANNEL}")
        educator = actor(pg_demo, "educatore")
        with db.session_scope(pg_demo) as s:
            case_id = s.scalars(select(Case.id).order_by(Case.id)).first()
            note = casework.add_note(s, educator, case_id, secret)
        payloads = [n.payload for n in listener.notifies(timeout=1.0)]
    assert payloads, "the write notified nothing"
    assert all(secret not in p and "lite" not in p for p in payloads)
    found = [json.loads(p) for p in payloads]
    assert all(set(f) == {"area", "ids", "origin"} for f in found)
    assert {"area": "case_notes", "ids": [note.id]} in [
        {"area": f["area"], "ids": f["ids"]} for f in found
    ]


def test_the_listener_connects_again_after_a_dropped_connection(qtbot, consoles) -> None:
    here, there = consoles
    dropped = there.live.listener.backend_pid
    with here.engine.connect() as conn:
        conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": dropped})
        conn.commit()
    qtbot.waitUntil(lambda: there.live.listener.backend_pid not in (None, dropped), timeout=5000)
    zone_id, version = _first_zone(here.engine)
    with qtbot.waitSignal(there.hub.sig_changed, timeout=2000):
        _set_zone_active(here.engine, zone_id, version, False)


def test_the_listener_stops_with_the_console(qtbot, pg_demo: Engine) -> None:  # noqa: F811
    console = Console(pg_demo.url.render_as_string(hide_password=False))
    qtbot.waitUntil(console.live.listener.is_listening, timeout=5000)
    pid = console.live.listener.backend_pid
    console.close()
    assert not console.live.listener.is_running()
    assert LISTENER_THREAD not in {t.name for t in threading.enumerate()}
    with pg_demo.connect() as conn:
        alive = conn.execute(
            text("SELECT count(*) FROM pg_stat_activity WHERE pid = :p"), {"p": pid}
        )
        assert alive.scalar() == 0


def test_start_live_refresh_only_on_postgresql(qtbot, pg: Engine, engine: Engine) -> None:  # noqa: F811
    assert start_live_refresh(engine, EventsHub()) is None  # SQLite
    live = start_live_refresh(pg, EventsHub())
    assert live is not None
    qtbot.waitUntil(live.listener.is_listening, timeout=5000)
    live.stop()
    assert not live.listener.is_running()


def test_the_app_listens_on_postgresql_until_it_closes(
    qtbot,
    pg_demo: Engine,  # noqa: F811
    monkeypatch,
    tmp_path,
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    _script(monkeypatch, LoginDialog, _sign_in(qtbot, "coordinatore", DEMO_PASSWORD))
    seen: list[bool] = []

    def exec_() -> int:
        assert [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        listening = [t for t in threading.enumerate() if t.name == LISTENER_THREAD]
        seen.append(len(listening) == 1)
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_))
    url = pg_demo.url.render_as_string(hide_password=False)
    assert app.main(["--db", url]) == 0
    assert seen == [True]
    assert LISTENER_THREAD not in {t.name for t in threading.enumerate()}
