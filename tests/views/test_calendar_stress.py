"""300 random calendar edits on the real threaded runner, with the garbage collector forced on
the worker thread between operations: the console must survive and stay consistent."""

from __future__ import annotations

import gc
import random

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from shiboken6 import Shiboken
from sqlalchemy import Engine

from console.config import Settings
from console.db import session_scope
from console.models import Role
from console.services import access, planning
from console.views.calendar.section import CalendarView
from console.views.calendar.shift_dialog import ShiftDialog
from console.views.common.events import EventsHub
from console.views.common.runner import OperationRunner
from console.views.common.section import ViewContext
from tests.views.signed_in import settle
from tests.views.test_calendar import MONDAY, ROME, Team, at, team  # noqa: F401 - a fixture

ACTIONS = 300
SAVED_ACTIONS = 100  # then with every collected object kept, to look at what was collected


class CollectingRunner(OperationRunner):
    """The console's runner, plus a full collection on the worker after every operation: what
    automatic collection would do there at the worst moment, if it were left on."""

    collections = 0

    def _execute(self, number: int) -> None:
        super()._execute(number)
        gc.collect()
        CollectingRunner.collections += 1


def _random_edit(rnd: random.Random, qtbot, view: CalendarView) -> None:
    week = view.week
    target = week.viewport()
    roll = rnd.random()
    rows = view.data.plan.shifts if view.data is not None else ()
    if roll < 0.35:  # drag on the grid: a new shift (or a move, when it lands on a block)
        day, hour = rnd.randrange(7), rnd.randrange(8, 20)
        start, end = week.pos_for(at(day, hour)), week.pos_for(at(day, hour + 3, 55))
    elif roll < 0.5 and rows:  # grab a block and move it
        rect = week.block_rect(rnd.choice(rows).id)
        if rect.isEmpty():
            return
        start = rect.center()
        end = start + QPoint(rnd.randint(-150, 150), rnd.randint(-60, 60))
    else:
        if roll < 0.68:
            view.act_undo.trigger()
        elif roll < 0.82:
            view.act_redo.trigger()
        elif roll < 0.88:
            view.next_week()
        elif roll < 0.94:
            view.previous_week()
        elif rows:
            week.select_shift(rnd.choice(rows).id)
            week.setFocus()
            qtbot.keyClick(week, Qt.Key.Key_Delete)
        return
    qtbot.mousePress(target, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(target, pos=(start + end) / 2)
    qtbot.mouseMove(target, pos=end)
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=end)


SETTLE_MS = 120_000  # a full collection after every operation is slow on a loaded CI machine


def _live_qt_garbage() -> list[str]:
    """Look at what was collected and kept (DEBUG_SAVEALL), then let it go, on this thread:
    kept garbage is traversed by every later collection, so it must not pile up."""
    live = [
        type(o).__qualname__
        for o in gc.garbage
        if isinstance(o, Shiboken.Object) and Shiboken.isValid(o)
    ]
    gc.garbage.clear()
    return live


def _run(
    rnd: random.Random, qtbot, view: CalendarView, count: int, found: list[str] | None = None
) -> None:
    for _ in range(count):
        _random_edit(rnd, qtbot, view)
        if rnd.random() < 0.5:  # an impatient person does not always wait for the answer
            settle(qtbot, view.context, timeout=SETTLE_MS)
            if found is not None:
                found.extend(_live_qt_garbage())
        QCoreApplication.processEvents()
    settle(qtbot, view.context, timeout=SETTLE_MS)


@pytest.mark.timeout(600)
def test_random_calendar_edits_survive_collection_on_the_worker(
    qtbot,
    engine: Engine,
    team: Team,  # noqa: F811 - the fixture imported above
    monkeypatch,
) -> None:
    refusals: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: refusals.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)

    def accept(dialog: ShiftDialog) -> int:
        dialog.picker.set_people(view.data.people, [team.educator, team.officer])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ShiftDialog, "exec", accept)
    coordinator = access.Actor(
        user_id=None, person_id=None, organization_id=None, role=Role.COORDINATOR, username="c"
    )
    # As the console does after start-up: what exists now (here, all the earlier tests' objects)
    # is frozen out of the collector's sight, so each of the hundreds of full collections only
    # walks what this test makes. Frozen before the first load: its collections walked every
    # earlier test's objects, seconds each on a loaded machine, and timed the first settle out.
    gc.collect()
    gc.freeze()
    hub = EventsHub()
    runner = CollectingRunner(hub)
    try:
        context = ViewContext(engine, runner, hub, Settings(), coordinator)
        view = CalendarView(context)
        hub.sig_changed.connect(view.on_changed)
        qtbot.addWidget(view)
        view.resize(1400, 1000)
        view.show()
        view.show_week(MONDAY)
        settle(qtbot, context)
        rnd = random.Random(20261205)
        CollectingRunner.collections = 0
        _run(rnd, qtbot, view, ACTIONS)
        assert CollectingRunner.collections >= ACTIONS // 2

        # The same again, keeping what the worker collects instead of freeing it: no Qt object
        # that still exists may be among it (freed there, it would have been freed off thread).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        gc.set_debug(gc.DEBUG_SAVEALL)
        live: list[str] = []
        try:
            _run(rnd, qtbot, view, SAVED_ACTIONS, live)
            live.extend(_live_qt_garbage())
        finally:
            gc.set_debug(0)
            gc.garbage.clear()
        assert live == []

        # What the week shows is what the database holds.
        view.show_week(view.monday)
        settle(qtbot, context)
        with session_scope(engine) as session:
            stored = planning.shifts_in_week(session, coordinator, view.monday, ROME)
        assert [(s.id, s.starts_at, s.status) for s in view.data.plan.shifts] == [
            (s.id, s.starts_at, s.status) for s in stored.shifts
        ]
    finally:
        runner.shutdown()
        gc.unfreeze()
    # Refusals are allowed (undoing a shift someone edited since is refused): each is one line.
    assert all("\n" not in text and "Traceback" not in text for text in refusals)
