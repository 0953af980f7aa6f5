"""The one operation runner: named service operations run on a single worker thread, their
outcomes come back on the GUI thread, and only to an owner that still exists; tests use the
synchronous runner with the same interface. Long operations take a :class:`Job`: they report
their progress through it (delivered on the GUI thread) and stop when it is cancelled."""

from __future__ import annotations

import functools
import itertools
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from shiboken6 import Shiboken

from console.locations import DatabaseRefused
from console.services.actions import LoginFailed, PermissionDenied
from console.services.changes import Area, Writes, declared_writes
from console.views.common.events import EventsHub

log = logging.getLogger(__name__)

# Refusals the services raise on purpose, with a message for the person: no traceback in the log.
REFUSALS = (ValueError, PermissionDenied, LoginFailed, DatabaseRefused)

OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]
OnProgress = Callable[[int, int], None]  # (steps done, steps in all)
OnCancelled = Callable[[], None]


class OperationCancelled(Exception):
    """Raised by :meth:`Job.check` inside an operation the person cancelled."""


class Job:
    """What links a long operation on the worker to the person waiting for it.

    The operation receives the job as one of its arguments: it calls :meth:`report` after each
    step and :meth:`check` (or :meth:`is_cancelled`) between steps. The GUI thread calls
    :meth:`cancel`. No Qt here, and thread-safe: services may take a job without knowing the
    GUI exists (anything with ``report(done, total)`` and ``is_cancelled()`` will do for them).
    """

    def __init__(self) -> None:
        self._cancelled = threading.Event()
        self._lock = threading.Lock()
        self._progress = (0, 0)
        self._listener: Callable[[], None] | None = None  # set by the runner: "progress moved"
        self._notice_pending = False  # one progress notice queued to the GUI thread at a time

    def cancel(self) -> None:
        """Ask the operation to stop; its outcome goes to ``on_cancelled``, never ``on_done``."""
        self._cancelled.set()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        """Raise :class:`OperationCancelled` once the job was cancelled (call between steps)."""
        if self._cancelled.is_set():
            raise OperationCancelled

    def report(self, done: int, total: int) -> None:
        """``done`` of ``total`` steps are finished (called by the operation, on any thread)."""
        with self._lock:
            self._progress = (done, total)
            listener = None if self._notice_pending else self._listener
            self._notice_pending = listener is not None
        if listener is not None:
            listener()

    @property
    def progress(self) -> tuple[int, int]:
        """The last (done, total) reported; (0, 0) before the first report."""
        with self._lock:
            return self._progress

    def _take_progress(self) -> tuple[int, int]:
        # On the GUI thread, as a notice is delivered: the newest values, and room for another.
        with self._lock:
            self._notice_pending = False
            return self._progress

    def _listen(self, listener: Callable[[], None] | None) -> None:
        with self._lock:
            self._listener = listener
            self._notice_pending = False


def operation_name(fn: Callable[..., Any]) -> str:
    """``module.qualname`` of a named operation (of the function a ``partial`` wraps).

    Anonymous functions are refused: the log must say what ran, and a lambda written in a
    widget usually captures that widget, which must never reach the worker thread.
    """
    while isinstance(fn, functools.partial):
        fn = fn.func
    qualname = getattr(fn, "__qualname__", None)
    if qualname is None or "<lambda>" in qualname:
        raise TypeError(f"operations are named functions, not {fn!r}")
    module = getattr(fn, "__module__", None)
    return f"{module}.{qualname}" if module else qualname


def owner_alive(owner: QObject) -> bool:
    """Whether the C++ side of ``owner`` still exists (a deleted widget's wrapper lives on)."""
    return Shiboken.isValid(owner)


@dataclass(frozen=True)
class _Operation:
    name: str
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    owner: QObject
    on_done: OnDone | None
    on_error: OnError | None
    writes: Writes | None
    job: Job | None = None
    on_progress: OnProgress | None = None
    on_cancelled: OnCancelled | None = None

    def cancelled(self) -> bool:
        return self.job is not None and self.job.is_cancelled()


def one_line(exc: BaseException) -> str:
    """What a person is told about a failure: the first line of the message, or its kind."""
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


class Runner(QObject):
    """Runs named operations and delivers their outcome on the GUI thread.

    ``fn`` must not touch any widget: it may run on another thread. ``on_done(result)`` and
    ``on_error(exception)`` always run on the GUI thread, and only while ``owner`` (the QObject
    the answer is for) still exists; an answer for a deleted owner is dropped. The areas an
    operation writes (declared on it with ``services.changes.writes``, or given as ``writes``)
    are announced on the events hub after it succeeds, with the ids its result names, whether
    or not its owner is still there. A failure is
    always logged with the operation's name; when the caller gave no ``on_error``,
    ``sig_error`` tells the window to show it.

    With a ``job`` (which the caller also passes to ``fn`` among ``args``), ``on_progress(done,
    total)`` hears the job's reports on the GUI thread, and once the job is cancelled the
    outcome, whatever it is, goes to ``on_cancelled()`` instead of ``on_done``/``on_error``
    (a write that finished anyway is still announced). A job cancelled before its turn does
    not run at all.
    """

    sig_error = Signal(str)  # one-line message of a failed operation that had no on_error

    def __init__(self, hub: EventsHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hub = hub

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        owner: QObject,
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        writes: Writes | None = None,
        name: str | None = None,
        job: Job | None = None,
        on_progress: OnProgress | None = None,
        on_cancelled: OnCancelled | None = None,
    ) -> None:
        """Run ``fn(*args)`` off the GUI thread; ``name`` and ``writes`` default to ``fn``'s
        own (its name, its declaration)."""
        if not isinstance(owner, QObject):
            raise TypeError(f"an operation's owner is a QObject, not {owner!r}")
        if job is None and (on_progress is not None or on_cancelled is not None):
            raise TypeError("on_progress and on_cancelled need the operation's job")
        op_name = name or operation_name(fn)
        declared = writes if writes is not None else declared_writes(fn)
        self._submit(
            _Operation(
                op_name,
                fn,
                args,
                owner,
                on_done,
                on_error,
                declared,
                job,
                on_progress,
                on_cancelled,
            )
        )

    def is_busy(self) -> bool:
        """Whether an operation submitted has not been delivered yet."""
        return False

    def shutdown(self) -> None:
        """Wait for the operations already submitted (a write asked for is never dropped)."""

    def drop_callbacks(self) -> None:
        """Wait for the operations already submitted, then deliver none of their outcomes:
        the widgets that asked are going away (a sign-out)."""

    def _submit(self, op: _Operation) -> None:
        raise NotImplementedError

    def _outcome(self, op: _Operation, succeeded: bool, value: Any) -> None:
        """Deliver what an operation ended with (on the GUI thread)."""
        if op.cancelled() or (not succeeded and isinstance(value, OperationCancelled)):
            self._cancelled(op, succeeded, value)
        elif succeeded:
            self._finish(op, value)
        else:
            self._fail(op, value)

    def _announce(self, op: _Operation, result: Any) -> None:
        if op.writes is not None:
            for area, ids in op.writes.changes(result):
                self.hub.sig_changed.emit(area, ids)

    def _progress(self, op: _Operation) -> None:
        if op.job is None:
            return
        done, total = op.job._take_progress()
        if op.on_progress is None or op.job.is_cancelled() or not owner_alive(op.owner):
            return
        op.on_progress(done, total)

    def _cancelled(self, op: _Operation, succeeded: bool, value: Any) -> None:
        log.info("operation %s cancelled", op.name)
        if succeeded:
            self._announce(op, value)  # it finished before it saw the cancellation
        if op.on_cancelled is not None and owner_alive(op.owner):
            op.on_cancelled()

    def _finish(self, op: _Operation, result: Any) -> None:
        self._announce(op, result)
        if op.on_done is None:
            return
        if not owner_alive(op.owner):
            log.debug("operation %s done; its owner is gone, the result is dropped", op.name)
            return
        op.on_done(result)

    def _fail(self, op: _Operation, exc: BaseException) -> None:
        if isinstance(exc, REFUSALS):
            log.info("operation %s refused: %s", op.name, one_line(exc))
        else:
            log.error("operation %s failed", op.name, exc_info=(type(exc), exc, exc.__traceback__))
        if not owner_alive(op.owner):
            return  # logged above; nobody is left to show it to
        if op.on_error is not None:
            op.on_error(exc)
        else:
            self.sig_error.emit(one_line(exc))


NOT_RUN = object()  # what a gated operation answers when its gate was closed (nothing ran)


def _gated(allowed: Callable[[], bool], fn: Callable[..., Any], *args: Any) -> Any:
    """``fn(*args)`` when ``allowed()``, asked on the worker when the operation's turn comes."""
    return fn(*args) if allowed() else NOT_RUN


class HeldRunner(QObject):
    """A runner's stand-in that holds every operation asked of it, unrun, until
    :meth:`release`: the runner of a main window built while the password is checked
    (``console.app``). Until then nothing it asks reaches the database, whoever the window
    was built for, but what :meth:`run_gated` lets through once the sign-in queued before it
    on the worker has said it may; :meth:`drop` forgets it all. Once released, it passes every
    new operation on at once; those it held go on with :meth:`pass_on` (after the window's
    first section has loaded: the worker then reads what the person waits for first).
    Anything else is the runner's (``hub``, ``sig_error``…)."""

    def __init__(self, runner: Runner) -> None:
        super().__init__()
        self._runner = runner
        self._held: list[tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any]]] = []
        self._released = False
        self._gate: Callable[[], bool] | None = None

    @property
    def held(self) -> int:
        return len(self._held)

    def run(self, fn: Callable[..., Any], *args: Any, **options: Any) -> None:
        if self._gate is not None:
            self._runner.run(_gated, self._gate, fn, *args, **_answering_if_run(fn, options))
        elif self._released:
            self._runner.run(fn, *args, **options)
        else:
            self._held.append((fn, args, options))

    def run_gated(self, allowed: Callable[[], bool], ask: Callable[[], None]) -> None:
        """Pass on at once the operations ``ask()`` asks, each to run only if ``allowed()``
        says so on the worker when its turn comes (read there: what the sign-in queued before
        it wrote); otherwise it runs nothing and answers nothing. The first section's load,
        queued behind the sign-in, that starts as soon as the password is found right."""
        self._gate = allowed
        try:
            ask()
        finally:
            self._gate = None

    def release(self) -> None:
        """Pass the operations asked from now on at once."""
        self._released = True

    def pass_on(self) -> None:
        """Hand the operations held before :meth:`release` to the runner, in order (once)."""
        if not self._released:
            raise RuntimeError("pass_on() before release(): the password was not checked yet")
        held, self._held = self._held, []
        for fn, args, options in held:
            self._runner.run(fn, *args, **options)

    def drop(self) -> None:
        self._held.clear()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._runner, name)


def _answering_if_run(fn: Callable[..., Any], options: dict[str, Any]) -> dict[str, Any]:
    """``options`` for ``fn`` run gated: its name and writes, its answer only if it ran."""
    on_done = options.get("on_done")

    def done(value: Any) -> None:
        if value is not NOT_RUN and on_done is not None:
            on_done(value)

    declared = writes if (writes := options.get("writes")) is not None else declared_writes(fn)
    return {
        **options,
        "name": options.get("name") or operation_name(fn),
        "writes": None if declared is None else _WritesIfRun(declared.areas, declared.ids),
        "on_done": done,
    }


@dataclass(frozen=True)
class _WritesIfRun(Writes):
    """A gated operation's declaration: its changes only when it ran (nothing to announce,
    and no ids to look for, in :data:`NOT_RUN`)."""

    def changes(self, result: Any) -> list[tuple[Area, tuple[int, ...] | None]]:
        return [] if result is NOT_RUN else super().changes(result)


class OperationRunner(Runner):
    """Executes operations one at a time, in order, on one worker thread (one DB writer).

    The worker never holds the last reference to anything: the operation (its callbacks may
    hold widgets) stays in ``_pending`` until the GUI thread delivers it, and the outcome is
    handed over in ``_outcomes`` before the worker lets go of it. Whatever the GUI thread then
    drops is freed on the GUI thread, never on the worker, where freeing a Qt object crashes.
    """

    _sig_ready = Signal(int)  # operation number whose outcome is in _outcomes (from the worker)
    _sig_progress = Signal(int)  # operation number whose job reported progress (from the worker)

    def __init__(self, hub: EventsHub, parent: QObject | None = None) -> None:
        super().__init__(hub, parent)
        self._numbers = itertools.count(1)
        self._pending: dict[int, _Operation] = {}  # written on the GUI thread only
        self._outcomes: dict[int, tuple[bool, Any]] = {}  # worker puts, GUI thread pops
        self._queue: queue.SimpleQueue[int | None] = queue.SimpleQueue()
        self._idle = threading.Condition()
        self._in_flight = 0  # submitted and not yet finished by the worker; under _idle
        self._closed = False
        # The runner lives on the GUI thread, so this queued connection delivers there.
        self._sig_ready.connect(self._deliver)
        self._sig_progress.connect(self._deliver_progress)
        self._worker = threading.Thread(target=self._work, name="console-worker", daemon=True)
        self._worker.start()

    def is_busy(self) -> bool:
        return bool(self._pending)

    def shutdown(self) -> None:
        """Finish what was submitted, deliver nothing more, and end the worker thread."""
        self.drop_callbacks()
        self._closed = True
        self._queue.put(None)
        self._worker.join()

    def drop_callbacks(self) -> None:
        self._wait_idle()
        self._outcomes.clear()
        self._pending.clear()  # outcomes already queued to the GUI thread find nothing: dropped

    def _wait_idle(self) -> None:
        with self._idle:
            self._idle.wait_for(lambda: self._in_flight == 0)

    def _submit(self, op: _Operation) -> None:
        if self._closed:  # the console is closing: nobody is left to hear an answer
            log.warning("operation %s not run: the runner has shut down", op.name)
            return
        number = next(self._numbers)
        self._pending[number] = op
        if op.job is not None:
            op.job._listen(functools.partial(self._sig_progress.emit, number))
        with self._idle:
            self._in_flight += 1
        self._queue.put(number)

    def _work(self) -> None:
        # The worker thread's loop: it only ever holds operation numbers between operations.
        while (number := self._queue.get()) is not None:
            self._execute(number)
            with self._idle:
                self._in_flight -= 1
                self._idle.notify_all()

    def _execute(self, number: int) -> None:
        # On the worker thread: computes, hands the outcome over, touches no widget.
        op = self._pending.get(number)
        if op is None:  # dropped before it started (cannot happen today: kept for safety)
            return
        fn, args, job = op.fn, op.args, op.job
        del op
        try:
            if job is not None:
                job.check()  # cancelled while it waited for its turn: not run at all
            outcome: tuple[bool, Any] = (True, fn(*args))
        except Exception as exc:  # delivered to on_error or sig_error and logged, never dropped
            outcome = (False, exc)
        del fn, args, job
        self._outcomes[number] = outcome
        del outcome  # the GUI thread now holds the only reference
        self._sig_ready.emit(number)

    def _deliver(self, number: int) -> None:
        op = self._pending.pop(number, None)
        outcome = self._outcomes.pop(number, None)
        if op is None or outcome is None:
            return
        if op.job is not None:
            op.job._listen(None)
        succeeded, value = outcome
        self._outcome(op, succeeded, value)

    def _deliver_progress(self, number: int) -> None:
        op = self._pending.get(number)
        if op is not None:
            self._progress(op)


class SyncRunner(Runner):
    """The same interface, executing each operation at once on the calling thread (tests)."""

    def _submit(self, op: _Operation) -> None:
        if op.job is not None:
            op.job._listen(functools.partial(self._progress, op))
        try:
            if op.job is not None:
                op.job.check()
            result = op.fn(*op.args)
        except Exception as exc:  # same delivery as the threaded runner
            succeeded, value = False, exc
        else:
            succeeded, value = True, result
        if op.job is not None:
            op.job._listen(None)
        self._outcome(op, succeeded, value)
