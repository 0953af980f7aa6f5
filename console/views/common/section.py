"""What every section of the main window gets (its context) and what it is (a SectionView)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget
from sqlalchemy import Engine

from console.config import Settings
from console.services.access import Actor, session_guard
from console.services.changes import Area, declared_writes
from console.views.common.events import EventsHub
from console.views.common.runner import OnDone, OnError, Runner, operation_name


def in_session(engine: Engine, service: Callable[..., Any], *args: Any) -> Any:
    """``service(session, *args)`` in one short session (on the runner's worker thread), the
    signed-in person's account checked first (``session_guard.run_as``)."""
    return session_guard.run_as(engine, service, *args)


@dataclass(frozen=True)
class ViewContext:
    """Where the data is, how work is run, who hears about changes, the settings, and who is
    signed in (the actor every service call that touches people's data takes)."""

    engine: Engine
    runner: Runner
    hub: EventsHub
    settings: Settings
    actor: Actor

    def run_service(
        self,
        service: Callable[..., Any],
        *args: Any,
        owner: QObject,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
    ) -> None:
        """Call ``service(session, *args)`` in its own session through the runner; the outcome
        goes to ``on_done``/``on_error`` only while ``owner`` exists, and the areas the service
        declares it writes are announced."""
        self.runner.run(
            in_session,
            self.engine,
            service,
            *args,
            owner=owner,
            on_done=on_done,
            on_error=on_error,
            writes=declared_writes(service),
            name=operation_name(service),
        )


class SectionView(QWidget):
    """A page of the main window. It loads when shown, and again when its areas change.

    Subclasses implement ``load()``: start loading through ``context.run_service`` and emit
    ``sig_loaded`` once the data asked for last is on screen.
    """

    sig_loaded = Signal()  # the data last asked for is on screen (screenshots wait on it)
    sig_badge = Signal(str)  # a short mark for the navigation ("3" waiting), "" for none

    # Hub areas whose changes make this section's data stale.
    reload_areas: frozenset[Area] = frozenset()

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True

    def load(self) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        """Load now (F5), whatever the state."""
        self._stale = False
        self.load()

    def on_changed(self, area: str, _ids: object) -> None:
        """Hub slot: reload now if on screen, otherwise when next shown."""
        if area != Area.ALL and area not in self.reload_areas:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
