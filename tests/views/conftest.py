"""View tests never block on a modal message box: an unexpected one fails the test instead.
They make their contexts with ``make_context``, on the runner ``runner_kind`` names.

A test that expects a box patches the method itself (its monkeypatch wins over this one).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import Engine

from console.services.access import Actor
from console.views.common.events import EventsHub
from console.views.common.runner import Runner
from console.views.common.section import ViewContext
from console.views.main_window import MainWindow
from tests.views.signed_in import ContextMaker, context_for, threaded_context_for


@pytest.fixture(autouse=True)
def no_unexpected_message_box(monkeypatch: pytest.MonkeyPatch) -> None:
    def unexpected(kind: str):
        def show(_parent: object, title: str, text: str, *_args: object, **_kwargs: object):
            raise AssertionError(f"unexpected {kind} box {title!r}: {text}")

        return show

    for kind in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, unexpected(kind))


@pytest.fixture
def runner_kind() -> str:
    """The synchronous runner, unless a test is parametrized over both (``BOTH_RUNNERS``)."""
    return "sync"


@pytest.fixture
def make_context(qapp, runner_kind: str) -> Iterator[ContextMaker]:
    """``make(engine, actor, hub=None)``: a context on the runner ``runner_kind`` names.

    Threaded runners made here are shut down at the end of the test: what they still run is
    finished (a write is never lost), nothing more is delivered, their worker thread ends.
    """
    threaded: list[Runner] = []

    def make(engine: Engine, actor: Actor, hub: EventsHub | None = None) -> ViewContext:
        if runner_kind == "sync":
            return context_for(engine, actor, hub)
        if runner_kind != "threaded":
            raise ValueError(f"no runner called {runner_kind!r}")
        context = threaded_context_for(engine, actor, hub)
        threaded.append(context.runner)
        return context

    yield make
    for runner in threaded:
        runner.shutdown()


@pytest.fixture
def no_event_loop(monkeypatch: pytest.MonkeyPatch) -> list[MainWindow]:
    """Let main() show its window and return at once instead of running the event loop."""
    shown: list[MainWindow] = []

    def exec_() -> int:
        shown.extend(
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        )
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_))
    return shown
