"""The runner's jobs, which the dashboard's long builds use: progress heard on the GUI thread,
cancellation that stops the work and sends the outcome to on_cancelled, on both runners."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject

from console.services.changes import Area, writes
from console.views.common.events import EventsHub
from console.views.common.runner import (
    Job,
    OperationCancelled,
    OperationRunner,
    Runner,
    SyncRunner,
)


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


def count_to(total: int, job: Job) -> int:
    """Reports each step, stops between steps once cancelled."""
    for step in range(1, total + 1):
        job.check()
        job.report(step, total)
    return total


def test_progress_is_heard_on_the_gui_thread(qtbot, runner: Runner, owner) -> None:
    heard: list[tuple[int, int, str]] = []
    job = Job()

    def progress(done: int, total: int) -> None:
        heard.append((done, total, threading.current_thread().name))

    with qtbot.waitCallback() as done:
        runner.run(count_to, 5, job, owner=owner, job=job, on_done=done, on_progress=progress)
    assert done.args == [5]
    assert heard, "no progress was delivered"
    assert {thread for *_, thread in heard} == {threading.main_thread().name}
    assert all(total == 5 for _, total, _ in heard)
    assert [d for d, *_ in heard] == sorted(d for d, *_ in heard)  # newest values, in order
    assert job.progress == (5, 5)


def test_a_cancelled_job_stops_and_goes_to_on_cancelled(qtbot, runner: Runner, owner) -> None:
    job = Job()
    results: list[object] = []
    clicked = threading.Event()

    def progress(done: int, _total: int) -> None:
        if done >= 2:
            job.cancel()  # the person clicks Cancel while the bar moves
            clicked.set()

    def long_count(job: Job) -> int:
        for step in range(1, 1001):
            job.check()
            job.report(step, 1000)
            if step >= 2:
                clicked.wait(5)  # the worker goes on until the click arrives
        return 1000

    with qtbot.waitCallback() as cancelled:
        runner.run(
            long_count,
            job,
            owner=owner,
            job=job,
            on_done=results.append,
            on_error=results.append,
            on_progress=progress,
            on_cancelled=cancelled,
        )
    assert results == []
    assert job.is_cancelled() and job.progress[0] < 1000


def test_a_job_cancelled_before_its_turn_never_runs(qtbot, runner: Runner, owner) -> None:
    ran: list[int] = []

    def note(job: Job) -> None:
        ran.append(1)

    job = Job()
    job.cancel()
    with qtbot.waitCallback() as cancelled:
        runner.run(note, job, owner=owner, job=job, on_cancelled=cancelled)
    assert ran == []


def test_a_write_finished_despite_the_cancel_is_announced(qtbot, runner: Runner, owner) -> None:
    job = Job()

    @writes(Area.SHIFTS, ids=list)
    def write_then_cancelled(job: Job) -> list[int]:
        job.cancel()  # too late: the work is done
        return [4]

    delivered: list[object] = []
    with qtbot.waitSignal(runner.hub.sig_changed) as changed, qtbot.waitCallback() as cancelled:
        runner.run(
            write_then_cancelled,
            job,
            owner=owner,
            job=job,
            on_done=delivered.append,
            on_cancelled=cancelled,
        )
    assert changed.args == ["shifts", (4,)] and delivered == []


def test_operation_cancelled_without_a_job_is_not_an_error(qtbot, runner: Runner, owner) -> None:
    def gives_up() -> None:
        raise OperationCancelled

    with qtbot.assertNotEmitted(runner.sig_error, wait=50):
        runner.run(gives_up, owner=owner)
        if isinstance(runner, OperationRunner):
            qtbot.waitUntil(lambda: not runner.is_busy())


def test_progress_and_cancel_callbacks_need_a_job(runner: Runner, owner) -> None:
    with pytest.raises(TypeError, match="job"):
        runner.run(count_to, 1, None, owner=owner, on_progress=print)
