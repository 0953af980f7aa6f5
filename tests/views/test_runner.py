"""The operation runner: work on one worker thread, outcomes on the GUI thread, writes announced."""

from __future__ import annotations

import logging
import threading

import pytest

from console.views.common.events import EventsHub
from console.views.common.runner import OperationRunner, Runner, SyncRunner


@pytest.fixture(params=["threaded", "sync"])
def runner(request: pytest.FixtureRequest, qapp) -> Runner:
    hub = EventsHub()
    made = OperationRunner(hub) if request.param == "threaded" else SyncRunner(hub)
    yield made
    made.shutdown()


def _thread() -> str:
    return threading.current_thread().name


def test_result_arrives_on_the_gui_thread(qtbot, runner: Runner) -> None:
    with qtbot.waitCallback() as done:
        runner.run(lambda a, b: (a + b, _thread()), 2, 3, on_done=done)
    ((total, worker),) = done.args
    assert total == 5
    assert _thread() == threading.main_thread().name
    if isinstance(runner, OperationRunner):
        assert worker != threading.main_thread().name


def test_operations_run_one_at_a_time_in_order(qtbot, runner: Runner) -> None:
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
        runner.run(work, n, on_done=results.append)
    qtbot.waitUntil(lambda: len(results) == 5)
    assert order == results == [1, 2, 3, 4, 5]


def test_a_write_is_announced_on_the_hub(qtbot, runner: Runner) -> None:
    with qtbot.waitSignal(runner.hub.sig_changed) as changed:
        runner.run(lambda: [7, 9], writes="shifts", changed_ids=tuple)
    assert changed.args == ["shifts", (7, 9)]
    with qtbot.assertNotEmitted(runner.hub.sig_changed), qtbot.waitCallback() as done:
        runner.run(lambda: 1, on_done=done)


def test_errors_go_to_on_error_and_the_log(qtbot, runner: Runner, caplog) -> None:
    def broken() -> None:
        raise LookupError("no such shift")

    caplog.set_level(logging.ERROR, logger="console.views.common.runner")
    with qtbot.assertNotEmitted(runner.hub.sig_changed), qtbot.waitCallback() as failed:
        runner.run(broken, on_error=failed, writes="shifts")
    assert isinstance(failed.args[0], LookupError)
    assert "broken failed" in caplog.text and "no such shift" in caplog.text


def test_refusals_are_one_log_line_without_traceback(qtbot, runner: Runner, caplog) -> None:
    def refused() -> None:
        raise ValueError("a shift may last at most 12 hours")

    caplog.set_level(logging.INFO, logger="console.views.common.runner")
    with qtbot.waitCallback() as failed:
        runner.run(refused, on_error=failed)
    assert isinstance(failed.args[0], ValueError)
    (record,) = [r for r in caplog.records if "refused" in r.getMessage()]
    assert record.levelno == logging.INFO and record.exc_info is None
    assert "at most 12 hours" in record.getMessage()


def test_unhandled_errors_are_shown_not_swallowed(qtbot, runner: Runner) -> None:
    def broken() -> None:
        raise OSError("disk full\nmore detail")

    with qtbot.waitSignal(runner.sig_error) as shown:
        runner.run(broken)
    assert shown.args == ["disk full"]


def test_dropped_callbacks_are_never_called_but_the_work_is_done(qtbot, qapp) -> None:
    runner = OperationRunner(EventsHub())
    release = threading.Event()
    done: list[str] = []
    delivered: list[object] = []

    def work() -> str:
        release.wait(5)
        done.append("written")
        return "result"

    runner.run(work, on_done=delivered.append, on_error=delivered.append)
    release.set()
    runner.drop_callbacks()  # the window that asked is going away
    qapp.processEvents()
    assert done == ["written"] and delivered == [] and not runner.is_busy()
    runner.run(lambda: 2, on_done=delivered.append)  # the runner keeps working afterwards
    qtbot.waitUntil(lambda: delivered == [2])
    runner.shutdown()
