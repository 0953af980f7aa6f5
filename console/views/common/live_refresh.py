"""Live refresh: what other consoles on the same PostgreSQL server write reaches this
console's events hub, so its views reload as they do after its own writes."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, Signal, Slot
from sqlalchemy import Engine

from console.services.live_changes import RETRY_DELAYS_S, Change, ChangeListener
from console.views.common.events import EventsHub
from console.views.common.runner import owner_alive

log = logging.getLogger(__name__)


class LiveRefresh(QObject):
    """Listens (on a thread of its own) for other consoles' changes and announces each one on
    the hub's ``sig_changed(area, ids)``, on the GUI thread. Create it on the GUI thread and
    call :meth:`stop` before the hub or this object goes away (the app does it at exit)."""

    # (area, ids) heard from another console; emitted by the listener's thread, queued to this
    # object's (the GUI) thread.
    _sig_heard = Signal(str, object)

    def __init__(
        self,
        engine: Engine,
        hub: EventsHub,
        retry_delays: Sequence[float] = RETRY_DELAYS_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._hub = hub
        self._sig_heard.connect(self._announce, Qt.ConnectionType.QueuedConnection)
        self.listener = ChangeListener(engine, self._heard, retry_delays)

    def start(self) -> None:
        self.listener.start()

    def stop(self) -> None:
        """End the listener's thread; nothing is announced afterwards."""
        self.listener.stop()

    def _heard(self, change: Change) -> None:
        # On the listener's thread: only the queued signal crosses over.
        self._sig_heard.emit(change.area, change.ids)

    @Slot(str, object)
    def _announce(self, area: str, ids: object) -> None:
        if not self.listener.is_running() or not owner_alive(self._hub):
            return  # stopped meanwhile: the window and its views may be gone
        self._hub.sig_changed.emit(area, ids)


def start_live_refresh(engine: Engine, hub: EventsHub) -> LiveRefresh | None:
    """A running :class:`LiveRefresh` for a PostgreSQL database; None for SQLite, where a
    console is alone with its file."""
    if engine.dialect.name != "postgresql":
        return None
    live = LiveRefresh(engine, hub)
    live.start()
    return live


def stop_live_refresh(live: LiveRefresh | None) -> None:
    """Stop ``live`` if there is one (what :func:`start_live_refresh` returned)."""
    if live is not None:
        live.stop()
