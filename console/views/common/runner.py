"""The one operation runner: service calls run on a single worker thread, results come back on
the GUI thread; tests use the synchronous runner with the same interface."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from console.services.access import LoginFailed, PermissionDenied
from console.views.common.events import EventsHub

log = logging.getLogger(__name__)

# Refusals the services raise on purpose, with a message for the person: no traceback in the log.
REFUSALS = (ValueError, PermissionDenied, LoginFailed)

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


@dataclass(frozen=True)
class _Operation:
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    on_done: OnDone | None
    on_error: OnError | None
    writes: str | None
    changed_ids: Callable[[Any], object] | None

    @property
    def name(self) -> str:
        return getattr(self.fn, "__qualname__", repr(self.fn))


def one_line(exc: BaseException) -> str:
    """What a person is told about a failure: the first line of the message, or its kind."""
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


class Runner(QObject):
    """Runs named operations and delivers their outcome on the GUI thread.

    ``fn`` must not touch any widget: it may run on another thread. ``on_done(result)`` and
    ``on_error(exception)`` always run on the GUI thread. An operation that ``writes`` an area
    is announced on the events hub after it succeeds, with ``changed_ids(result)`` (or None).
    A failure is always logged; when the caller gave no ``on_error``, ``sig_error`` tells the
    window to show it.
    """

    sig_error = Signal(str)  # one-line message of a failed operation that had no on_error

    def __init__(self, hub: EventsHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hub = hub

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        writes: str | None = None,
        changed_ids: Callable[[Any], object] | None = None,
    ) -> None:
        self._submit(_Operation(fn, args, on_done, on_error, writes, changed_ids))

    def shutdown(self) -> None:
        """Wait for the operations already submitted (a write asked for is never dropped)."""

    def drop_callbacks(self) -> None:
        """Wait for the operations already submitted, then deliver none of their outcomes:
        the widgets that asked are going away (a sign-out)."""

    def _submit(self, op: _Operation) -> None:
        raise NotImplementedError

    def _finish(self, op: _Operation, result: Any) -> None:
        if op.writes is not None:
            ids = op.changed_ids(result) if op.changed_ids is not None else None
            self.hub.sig_changed.emit(op.writes, ids)
        if op.on_done is not None:
            op.on_done(result)

    def _fail(self, op: _Operation, exc: BaseException) -> None:
        if isinstance(exc, REFUSALS):
            log.info("operation %s refused: %s", op.name, one_line(exc))
        else:
            log.error("operation %s failed", op.name, exc_info=(type(exc), exc, exc.__traceback__))
        if op.on_error is not None:
            op.on_error(exc)
        else:
            self.sig_error.emit(one_line(exc))


class OperationRunner(Runner):
    """Executes operations one at a time, in order, on one worker thread (one DB writer)."""

    _sig_result = Signal(int, object)  # (operation number, result), emitted by the worker
    _sig_exception = Signal(int, object)  # (operation number, exception), emitted by the worker

    def __init__(self, hub: EventsHub, parent: QObject | None = None) -> None:
        super().__init__(hub, parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # keep the one worker thread alive between operations
        self._numbers = itertools.count(1)
        self._pending: dict[int, _Operation] = {}
        # The runner lives on the GUI thread, so these queued connections deliver there.
        self._sig_result.connect(self._on_result)
        self._sig_exception.connect(self._on_exception)

    def is_busy(self) -> bool:
        return bool(self._pending)

    def shutdown(self) -> None:
        self.drop_callbacks()

    def drop_callbacks(self) -> None:
        self._pool.waitForDone()
        self._pending.clear()  # results already queued to the GUI thread find nothing: dropped

    def _submit(self, op: _Operation) -> None:
        number = next(self._numbers)
        self._pending[number] = op
        self._pool.start(lambda: self._execute(number, op.fn, op.args))

    def _execute(self, number: int, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        # On the worker thread: computes and emits, touches no widget and no runner state.
        try:
            result = fn(*args)
        except Exception as exc:  # delivered to on_error or sig_error and logged, never dropped
            self._sig_exception.emit(number, exc)
        else:
            self._sig_result.emit(number, result)

    def _on_result(self, number: int, result: Any) -> None:
        op = self._pending.pop(number, None)
        if op is not None:
            self._finish(op, result)

    def _on_exception(self, number: int, exc: BaseException) -> None:
        op = self._pending.pop(number, None)
        if op is not None:
            self._fail(op, exc)


class SyncRunner(Runner):
    """The same interface, executing each operation at once on the calling thread (tests)."""

    def _submit(self, op: _Operation) -> None:
        try:
            result = op.fn(*op.args)
        except Exception as exc:  # same delivery as the threaded runner
            self._fail(op, exc)
        else:
            self._finish(op, result)
