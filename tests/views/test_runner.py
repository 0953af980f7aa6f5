"""The operation runner: work on one worker thread, outcomes on the GUI thread and only to an
owner that still exists, writes announced, every operation named in the log."""

from __future__ import annotations

import functools
import gc
import logging
import threading
import weakref

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from console.services.changes import Area, Writes, writes
from console.views.common.events import EventsHub
from console.views.common.runner import OperationRunner, Runner, SyncRunner, operation_name


@pytest.fixture(params=["threaded", "sync"])
def runner(request: pytest.FixtureRequest, qapp) -> Runner:
    hub = EventsHub()
    made = OperationRunner(hub) if request.param == "threaded" else SyncRunner(hub)
    yield made
    made.shutdown()


@pytest.fixture
def owner(qapp) -> QObject:
    made = QObject()
    yield made
    made.deleteLater()


def _thread() -> str:
    return threading.current_thread().name


def add_and_say_where(a: int, b: int) -> tuple[int, str]:
    return a + b, _thread()


@writes(Area.SHIFTS, Area.CASES, ids=list)
def seven_and_nine() -> list[int]:
    return [7, 9]


def one() -> int:
    return 1


def test_result_arrives_on_the_gui_thread(qtbot, runner: Runner, owner) -> None:
    with qtbot.waitCallback() as done:
        runner.run(add_and_say_where, 2, 3, owner=owner, on_done=done)
    ((total, worker),) = done.args
    assert total == 5
    assert _thread() == threading.main_thread().name
    if isinstance(runner, OperationRunner):
        assert worker != threading.main_thread().name


def test_operations_run_one_at_a_time_in_order(qtbot, runner: Runner, owner) -> None:
    order: list[int] = []
    active: list[int] = []

    def work(n: int) -> int:
        active.append(n)
        assert len(active) == 1, "two operations ran at once"
        order.append(n)
        active.remove(n)
        return n

    results: list[int] = []
    for n in range(1, 6):
        runner.run(work, n, owner=owner, on_done=results.append)
    qtbot.waitUntil(lambda: len(results) == 5)
    assert order == results == [1, 2, 3, 4, 5]


def test_a_write_is_announced_on_the_hub(qtbot, runner: Runner, owner) -> None:
    announced: list[tuple[str, object]] = []
    runner.hub.sig_changed.connect(lambda area, ids: announced.append((area, ids)))
    with qtbot.waitSignal(runner.hub.sig_changed):
        runner.run(seven_and_nine, owner=owner)
    qtbot.waitUntil(lambda: len(announced) == 2)
    assert announced == [("shifts", (7, 9)), ("cases", (7, 9))]
    with qtbot.assertNotEmitted(runner.hub.sig_changed), qtbot.waitCallback() as done:
        runner.run(one, owner=owner, on_done=done)


def test_errors_go_to_on_error_and_the_log(qtbot, runner: Runner, owner, caplog) -> None:
    def broken() -> None:
        raise LookupError("no such shift")

    caplog.set_level(logging.ERROR, logger="console.views.common.runner")
    with qtbot.assertNotEmitted(runner.hub.sig_changed), qtbot.waitCallback() as failed:
        runner.run(broken, owner=owner, on_error=failed, writes=Writes((Area.SHIFTS,)))
    assert isinstance(failed.args[0], LookupError)
    assert "test_runner.test_errors_go_to_on_error_and_the_log.<locals>.broken failed" in (
        caplog.text
    )
    assert "no such shift" in caplog.text


def test_refusals_are_one_log_line_without_traceback(qtbot, runner: Runner, owner, caplog) -> None:
    def refused() -> None:
        raise ValueError("a shift may last at most 12 hours")

    caplog.set_level(logging.INFO, logger="console.views.common.runner")
    with qtbot.waitCallback() as failed:
        runner.run(refused, owner=owner, on_error=failed)
    assert isinstance(failed.args[0], ValueError)
    (record,) = [r for r in caplog.records if "refused" in r.getMessage()]
    assert record.levelno == logging.INFO and record.exc_info is None
    assert "at most 12 hours" in record.getMessage()


def test_unhandled_errors_are_shown_not_swallowed(qtbot, runner: Runner, owner) -> None:
    def broken() -> None:
        raise OSError("disk full\nmore detail")

    with qtbot.waitSignal(runner.sig_error) as shown:
        runner.run(broken, owner=owner)
    assert shown.args == ["disk full"]


def test_operations_are_named_functions(runner: Runner, owner) -> None:
    with pytest.raises(TypeError, match="named functions"):
        runner.run(lambda: 1, owner=owner)
    with pytest.raises(TypeError, match="owner"):
        runner.run(one, owner=None)
    assert operation_name(one) == f"{__name__}.one"
    assert operation_name(functools.partial(one)) == f"{__name__}.one"


def test_an_answer_for_a_deleted_owner_is_dropped_but_the_write_announced(
    qtbot, qapp, caplog
) -> None:
    runner = OperationRunner(EventsHub())
    release = threading.Event()
    delivered: list[object] = []
    widget = QWidget()

    @writes(Area.SHIFTS, ids=list)
    def slow() -> list[int]:
        release.wait(5)
        return [3]

    runner.run(slow, owner=widget, on_done=delivered.append, on_error=delivered.append)
    widget.deleteLater()
    qapp.sendPostedEvents(None, 52)  # QEvent.DeferredDelete: the widget is gone now
    with qtbot.waitSignal(runner.hub.sig_changed) as changed:
        release.set()
    assert changed.args == ["shifts", (3,)] and delivered == []
    qtbot.waitUntil(lambda: not runner.is_busy())
    runner.shutdown()


def test_an_error_for_a_deleted_owner_is_logged_not_shown(qtbot, qapp, caplog) -> None:
    runner = OperationRunner(EventsHub())
    widget = QWidget()
    release = threading.Event()

    def fails_later() -> None:
        release.wait(5)
        raise OSError("disk full")

    caplog.set_level(logging.ERROR, logger="console.views.common.runner")
    runner.run(fails_later, owner=widget)
    widget.deleteLater()
    qapp.sendPostedEvents(None, 52)
    with qtbot.assertNotEmitted(runner.sig_error, wait=50):
        release.set()
        qtbot.waitUntil(lambda: not runner.is_busy())
    assert "fails_later failed" in caplog.text
    runner.shutdown()


class _Held:
    """Stands for a widget: records on which thread it was freed."""

    freed_on: list[str] = []  # noqa: RUF012 - shared by design: the test reads it

    def __del__(self) -> None:
        _Held.freed_on.append(_thread())


def test_the_worker_never_frees_what_the_gui_thread_gave_it(qtbot, qapp, owner) -> None:
    # A closure over a view that reaches the worker: when the worker lets it go last, Python
    # frees it there, and a Qt object freed off the GUI thread crashes the process.
    runner = OperationRunner(EventsHub())
    _Held.freed_on.clear()
    for _ in range(50):
        held = _Held()
        ref = weakref.ref(held)

        def work(held: _Held = held) -> _Held:
            return held  # the result holds it too

        delivered: list[object] = []
        runner.run(work, owner=owner, on_done=delivered.append, on_error=delivered.append)
        del held, work
        qtbot.waitUntil(lambda delivered=delivered: bool(delivered))
        delivered.clear()
        gc.collect()
        assert ref() is None
    assert _Held.freed_on == [threading.main_thread().name] * 50
    runner.shutdown()


def test_dropped_callbacks_are_never_called_but_the_work_is_done(qtbot, qapp, owner) -> None:
    runner = OperationRunner(EventsHub())
    release = threading.Event()
    done: list[str] = []
    delivered: list[object] = []

    def work() -> str:
        release.wait(5)
        done.append("written")
        return "result"

    runner.run(work, owner=owner, on_done=delivered.append, on_error=delivered.append)
    release.set()
    runner.drop_callbacks()  # the window that asked is going away
    qapp.processEvents()
    assert done == ["written"] and delivered == [] and not runner.is_busy()
    runner.run(one, owner=owner, on_done=delivered.append)  # the runner keeps working afterwards
    qtbot.waitUntil(lambda: delivered == [1])
    runner.shutdown()
    runner.run(one, owner=owner, on_done=delivered.append)  # closing: not run, not delivered
    qapp.processEvents()
    assert delivered == [1]


def test_the_collector_keeps_collection_on_its_thread_and_freezes_start_up(qapp) -> None:
    import gc

    from console.views.common.collector import GarbageCollector

    collector = GarbageCollector(qapp, interval_ms=60_000)
    try:
        assert not gc.isenabled()
        garbage = [[] for _ in range(gc.get_threshold()[0] + 10)]
        for item in garbage:
            item.append(item)  # cycles: only a collection frees them
        del garbage, item
        assert collector.check() is not None
        frozen = gc.get_freeze_count()
        collector.freeze_start_up()
        assert gc.get_freeze_count() > frozen
        collector.freeze_start_up()  # once per process
    finally:
        gc.unfreeze()
        collector.deleteLater()
