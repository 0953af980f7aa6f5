"""Live refresh between consoles on one PostgreSQL server: what a declared write tells the
others (``NOTIFY console_changes``), and the listener that hears it on a thread of its own.

A notification names an area, the ids of the rows touched and the console it came from; never
a row's content. Each console reloads what it shows through its own services, so what another
console wrote reaches a reader only as far as the reader's permissions allow. ``pg_notify``
runs in the writing transaction: PostgreSQL sends it on commit, and never after a rollback.
On SQLite nothing is sent (one file, one console at a time: there is nobody to tell).

No Qt here: the listener hands each change to a callback, on its own thread; the views bridge
it to the events hub (``console.views.common.live_refresh``).
"""

from __future__ import annotations

import json
import logging
import threading
import uuid
import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from console.db import describe
from console.redaction import hide_passwords

log = logging.getLogger(__name__)

CHANNEL = "console_changes"
ALL_IDS = "all"  # the ids of a change that names no rows, or too many to send
MAX_IDS = 200  # more ids than this are sent as ALL_IDS (the reader reloads the area)
MAX_PAYLOAD_BYTES = 7900  # PostgreSQL refuses payloads of 8000 bytes or more
RETRY_DELAYS_S = (0.5, 1.0, 2.0, 5.0, 10.0, 30.0)  # waits between reconnections; the last repeats
POLL_S = 0.2  # how often the listener looks whether it was asked to stop

Ids = tuple[int | str, ...] | None


@dataclass(frozen=True)
class Change:
    """One notification: ``area`` (an ``Area`` value), ``ids`` (None for any of them) and the
    console that wrote (``origin``)."""

    area: str
    ids: Ids
    origin: str


_origins: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()
_origins_lock = threading.Lock()


def origin_of(engine: Engine) -> str:
    """The id this console's notifications carry: one per engine (a console opens one), so
    its listener knows its own writes, which its runner already announced."""
    with _origins_lock:
        origin = _origins.get(engine)
        if origin is None:
            origin = _origins[engine] = uuid.uuid4().hex
        return origin


def payload(area: str, ids: Ids, origin: str) -> str:
    """The JSON a notification carries: ids capped, so it stays under PostgreSQL's limit."""
    listed: list[int | str] | str = ALL_IDS
    if ids is not None and len(ids) <= MAX_IDS:
        listed = list(ids)
    text = json.dumps({"area": str(area), "ids": listed, "origin": origin}, separators=(",", ":"))
    if len(text.encode()) >= MAX_PAYLOAD_BYTES:
        text = json.dumps({"area": str(area), "ids": ALL_IDS, "origin": origin})
    return text


def parse(text: str) -> Change | None:
    """The change a notification's payload describes, or None (logged) when it is not one."""
    try:
        data = json.loads(text)
        area, ids, origin = data["area"], data["ids"], data["origin"]
    except (ValueError, TypeError, KeyError):
        log.warning("live refresh: a notification that is not a change was ignored")
        return None
    if not isinstance(area, str) or not isinstance(origin, str):
        log.warning("live refresh: a notification without area or origin was ignored")
        return None
    if ids == ALL_IDS:
        return Change(area, None, origin)
    if not isinstance(ids, list) or not all(
        isinstance(i, (int, str)) and not isinstance(i, bool) for i in ids
    ):
        log.warning("live refresh: a notification with malformed ids was ignored")
        return None
    return Change(area, tuple(ids), origin)


def on_server(session: Session) -> bool:
    """Whether ``session`` writes to a PostgreSQL server (where other consoles may listen)."""
    return session.get_bind().dialect.name == "postgresql"


def notify(session: Session, changes: Iterable[tuple[str, Ids]]) -> None:
    """Tell the other consoles on the server about ``changes`` (area, ids) when ``session``
    commits; nothing on SQLite."""
    if not on_server(session):
        return
    bind = session.get_bind()
    origin = origin_of(bind.engine)
    for area, ids in changes:
        session.execute(select(func.pg_notify(CHANNEL, payload(area, ids, origin))))


class ChangeListener:
    """LISTENs on a connection of its own, on a thread of its own, and hands every change
    another console made to ``on_change(change)`` (on that thread: it must not touch Qt
    objects). A dropped connection is opened again, waiting longer after each failure
    (``retry_delays``). :meth:`stop` ends the thread; the listener cannot be started again.
    """

    def __init__(
        self,
        engine: Engine,
        on_change: Callable[[Change], None],
        retry_delays: Sequence[float] = RETRY_DELAYS_S,
    ) -> None:
        if engine.dialect.name != "postgresql":
            raise ValueError("live refresh needs a PostgreSQL database")
        self._engine = engine
        self._on_change = on_change
        self._retry_delays = tuple(retry_delays) or (1.0,)
        self._origin = origin_of(engine)
        self._stopping = threading.Event()
        self._listening = threading.Event()
        self._backend_pid: int | None = None
        self._thread = threading.Thread(target=self._run, name="console-live-refresh", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop listening and wait for the thread to end (it looks every ``POLL_S``)."""
        self._stopping.set()
        if self._thread.is_alive():
            self._thread.join(timeout)
            if self._thread.is_alive():
                log.warning("live refresh: the listener did not stop within %.0f s", timeout)

    def is_running(self) -> bool:
        return self._thread.is_alive()

    def is_listening(self) -> bool:
        """Whether a connection is LISTENing now (changes committed from now on are heard)."""
        return self._listening.is_set()

    @property
    def backend_pid(self) -> int | None:
        """The server process of the listening connection (None while not connected)."""
        return self._backend_pid

    def _run(self) -> None:
        where = describe(self._engine.url)
        failures = 0
        while not self._stopping.is_set():
            try:
                self._listen()
                failures = 0  # it listened, then was asked to stop
            except Exception as exc:  # any failure: logged, then connect again after a wait
                delay = self._retry_delays[min(failures, len(self._retry_delays) - 1)]
                failures += 1
                log.warning(
                    "live refresh: no connection to %s (%s: %s); trying again in %g s",
                    where,
                    type(exc).__name__,
                    hide_passwords(_first_line(exc)),
                    delay,
                )
                self._stopping.wait(delay)
        log.info("live refresh: stopped listening to %s", where)

    def _listen(self) -> None:
        # A connection of the engine's (its URL, credentials and connect hooks), taken out of
        # the pool for good: it belongs to this thread until it is closed.
        pooled = self._engine.raw_connection()
        connection: Any = pooled.driver_connection
        pooled.detach()
        try:
            connection.rollback()
            connection.autocommit = True
            connection.execute(f"LISTEN {CHANNEL}")
            self._backend_pid = connection.info.backend_pid
            self._listening.set()
            log.info("live refresh: listening to %s", describe(self._engine.url))
            while not self._stopping.is_set():
                for notification in connection.notifies(timeout=POLL_S):
                    self._receive(notification.payload)
        finally:
            self._listening.clear()
            self._backend_pid = None
            pooled.close()

    def _receive(self, text: str) -> None:
        change = parse(text)
        if change is None or change.origin == self._origin or self._stopping.is_set():
            return
        self._on_change(change)


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else ""
