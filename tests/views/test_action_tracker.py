"""The action tracker: every meeting's actions, "Mine" for a partner's own, the filters, overdue
rows marked by more than colour, status changes (a reason for not done and impossible), undone
with Ctrl+Z and redone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QIcon
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine

from console import db
from console.models import ActionItem, ActionStatus, Role, Visibility
from console.services.cases.case_common import today_local
from console.services.meetings import actions
from console.services.meetings.rows import ActionDraft
from console.views.common.section import ViewContext
from console.views.meetings.action_dialogs import StatusReasonDialog
from console.views.meetings.actions_view import ActionTracker
from console.views.meetings.tracker_model import ID_ROLE, OVERDUE_COLOUR, TrackerModel
from tests.services.casework_world import run
from tests.services.meetings_world import World, held_meeting, make_world
from tests.views.signed_in import BOTH_RUNNERS, ContextMaker, context_for, settle

C, E, P, S, M = Role.COORDINATOR, Role.EDUCATOR, Role.OFFICER, Role.SOCIAL_WORKER, Role.MANAGER


@dataclass(frozen=True)
class Tracked:
    world: World
    meeting_id: int
    ids: dict[str, int]  # by a word: overdue, bar, mine, done, police


def add(engine: Engine, world: World, meeting_id: int, text: str, **kwargs: object) -> int:
    draft = ActionDraft(text=text, **kwargs)  # type: ignore[arg-type]
    return run(engine, actions.add_action, world.actor(C), meeting_id, draft).id


@pytest.fixture
def tracked(engine: Engine) -> Tracked:
    return make_tracked(engine)


def make_tracked(engine: Engine) -> Tracked:
    """Five actions of one meeting: one overdue (the police's), one of the cooperative's
    educator, one the coordinator owns, one done, one for the police's eyes only."""
    world = make_world(engine)
    meeting_id = held_meeting(engine, world)
    today = today_local()
    ids = {
        "overdue": add(
            engine, world, meeting_id, "Verificare l'illuminazione",
            owner_id=world.person(P, "pl"), organization_id=None, due_on=today - timedelta(days=3),
        ),
        "bar": add(
            engine, world, meeting_id, "Parlare con il gestore del bar",
            owner_id=world.person(E), organization_id=None, due_on=today + timedelta(days=10),
        ),
        "mine": add(
            engine, world, meeting_id, "Convocare il tavolo di quartiere",
            owner_id=world.person(C), organization_id=None, due_on=today + timedelta(days=3),
        ),
        "done": add(
            engine, world, meeting_id, "Mappare le panchine",
            owner_id=world.person(E), organization_id=None, due_on=today - timedelta(days=20),
        ),
        "police": add(
            engine, world, meeting_id, "Controlli serali",
            owner_id=None, organization_id=world.orgs["pl"], due_on=None,
            audience=Visibility.SHARED,
        ),
    }  # fmt: skip
    run(engine, actions.set_action_status, world.actor(C), ids["done"], 1, ActionStatus.DONE)
    return Tracked(world, meeting_id, ids)


def tracker_for(qtbot, context: ViewContext, **kwargs: object) -> ActionTracker:
    tracker = ActionTracker(context, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(tracker)
    tracker.resize(1200, 500)
    tracker.show()
    settle(qtbot, context)
    return tracker


def shown(tracker: ActionTracker) -> dict[int, ActionItem | object]:
    """The actions on screen, by id, in the order shown."""
    proxy = tracker.proxy
    return {
        proxy.index(n, 0).data(ID_ROLE): proxy.index(n, TrackerModel.COL_ACTION).data()
        for n in range(proxy.rowCount())
    }


def choose(tracker: ActionTracker, action_id: int) -> None:
    tracker.select(action_id)
    assert tracker.current_action() is not None
    assert tracker.current_action().id == action_id


def status_of(engine: Engine, action_id: int) -> tuple[ActionStatus, str]:
    with db.session_scope(engine) as session:
        action = session.get(ActionItem, action_id)
        return action.status, action.status_reason


def press(qtbot, tracker: ActionTracker, keys: str) -> None:
    tracker.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tracker)
    modifiers = Qt.KeyboardModifier.ControlModifier
    if "Shift" in keys:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(tracker.table, Qt.Key.Key_Z, modifiers)


# -- what is shown ---------------------------------------------------------------------------


def test_mine_first_then_the_filters(qtbot, tracked: Tracked, engine: Engine) -> None:
    world, ids = tracked.world, tracked.ids
    context = context_for(engine, world.actor(C))
    tracker = tracker_for(qtbot, context)
    assert tracker.mine.isChecked()  # a partner sees their own actions first
    assert list(shown(tracker)) == [ids["mine"]]
    assert tracker.count.text() == "1 action(s), 0 overdue"

    tracker.mine.setChecked(False)
    settle(qtbot, context)
    assert set(shown(tracker)) == set(ids.values())
    assert tracker.count.text() == "5 action(s), 1 overdue"
    # Sorted by due date: the overdue and the done ones (past dates) first, no date last.
    order = list(shown(tracker))
    assert order[0] == ids["done"] and order[1] == ids["overdue"] and order[-1] == ids["police"]

    tracker.owner.setCurrentIndex(tracker.owner.findData(world.person(E)))
    settle(qtbot, context)
    assert set(shown(tracker)) == {ids["bar"], ids["done"]}
    tracker.owner.setCurrentIndex(0)
    tracker.organization.setCurrentIndex(tracker.organization.findData(world.orgs["pl"]))
    settle(qtbot, context)
    assert set(shown(tracker)) == {ids["overdue"], ids["police"]}
    tracker.organization.setCurrentIndex(0)
    tracker.status.setCurrentIndex(tracker.status.findData(ActionStatus.DONE))
    settle(qtbot, context)
    assert set(shown(tracker)) == {ids["done"]}
    tracker.status.setCurrentIndex(tracker.status.findData(ActionStatus.OPEN))
    tracker.due_by.enabled.setChecked(True)  # due by today
    settle(qtbot, context)
    assert set(shown(tracker)) == {ids["overdue"]}


def test_overdue_rows_are_marked_by_more_than_colour(
    qtbot, tracked: Tracked, engine: Engine, qtmodeltester
) -> None:
    context = context_for(engine, tracked.world.actor(C))
    tracker = tracker_for(qtbot, context)
    tracker.mine.setChecked(False)
    settle(qtbot, context)
    model = tracker.model
    qtmodeltester.check(model)
    for number, row in enumerate(model.rows()):
        due = model.index(number, TrackerModel.COL_DUE)
        brush = due.data(Qt.ItemDataRole.ForegroundRole)
        icon = due.data(Qt.ItemDataRole.DecorationRole)
        if row.id == tracked.ids["overdue"]:
            assert "overdue" in due.data()  # the word
            assert isinstance(icon, QIcon) and not icon.isNull()  # an icon
            assert isinstance(brush, QBrush) and brush.color() == OVERDUE_COLOUR  # and red
            assert "Overdue" in due.data(Qt.ItemDataRole.ToolTipRole)
        else:
            assert "overdue" not in due.data()
            assert icon is None and brush is None


def test_who_may_change_a_status(qtbot, tracked: Tracked, engine: Engine) -> None:
    world, ids = tracked.world, tracked.ids
    educator = tracker_for(qtbot, context_for(engine, world.actor(E)))
    educator.mine.setChecked(False)
    settle(qtbot, educator.context)
    choose(educator, ids["bar"])  # their own
    assert educator.done.isEnabled() and not educator.reopen.isEnabled()
    choose(educator, ids["overdue"])  # the police's
    assert not any(b.isEnabled() for b in (educator.done, educator.not_done, educator.reopen))
    manager = tracker_for(qtbot, context_for(engine, world.actor(M, "comune")))
    assert not manager.mine.isChecked()  # not a partner: every action
    assert not manager.done.isVisible()
    assert len(shown(manager)) == 5


# -- changing statuses -----------------------------------------------------------------------


@BOTH_RUNNERS
def test_status_changes_with_reasons_and_undo(
    qtbot, tracked: Tracked, engine: Engine, make_context: ContextMaker
) -> None:
    world, ids = tracked.world, tracked.ids
    context = make_context(engine, world.actor(C))
    tracker = tracker_for(qtbot, context)
    tracker.mine.setChecked(False)
    settle(qtbot, context)

    choose(tracker, ids["bar"])
    tracker.done.click()
    settle(qtbot, context)
    assert status_of(engine, ids["bar"]) == (ActionStatus.DONE, "")
    assert tracker.current_action().status is ActionStatus.DONE  # still selected, reloaded
    press(qtbot, tracker, "Ctrl+Z")
    settle(qtbot, context)
    assert status_of(engine, ids["bar"]) == (ActionStatus.OPEN, "")

    choose(tracker, ids["overdue"])
    tracker.impossible.click()
    dialog = next(d for d in tracker.findChildren(StatusReasonDialog) if d.isVisible())
    assert not dialog.ok.isEnabled()  # a reason is required
    dialog.reason.setPlainText("Il Comune non ha fondi per l'illuminazione quest'anno.")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok.click()
    settle(qtbot, context)
    assert status_of(engine, ids["overdue"]) == (
        ActionStatus.IMPOSSIBLE,
        "Il Comune non ha fondi per l'illuminazione quest'anno.",
    )
    assert tracker.count.text() == "5 action(s), 0 overdue"
    row = tracker.model.row_for(ids["overdue"])
    assert row is not None and not row.overdue

    choose(tracker, ids["mine"])
    tracker.not_done.click()
    dialog = next(d for d in tracker.findChildren(StatusReasonDialog) if d.isVisible())
    dialog.reason.setPlainText("Rinviato: la sala non era disponibile.")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.ok.click()
    settle(qtbot, context)
    assert status_of(engine, ids["mine"])[0] is ActionStatus.NOT_DONE

    press(qtbot, tracker, "Ctrl+Z")  # not done -> open
    settle(qtbot, context)
    press(qtbot, tracker, "Ctrl+Z")  # impossible -> overdue again
    settle(qtbot, context)
    assert status_of(engine, ids["mine"]) == (ActionStatus.OPEN, "")
    assert status_of(engine, ids["overdue"]) == (ActionStatus.OPEN, "")
    assert tracker.count.text() == "5 action(s), 1 overdue"
    press(qtbot, tracker, "Ctrl+Shift+Z")  # redo: impossible, with its reason
    settle(qtbot, context)
    assert status_of(engine, ids["overdue"])[0] is ActionStatus.IMPOSSIBLE

    choose(tracker, ids["done"])
    tracker.reopen.click()
    settle(qtbot, context)
    assert status_of(engine, ids["done"]) == (ActionStatus.OPEN, "")
    assert tracker.model.row_for(ids["done"]).overdue  # reopened, and long past its date
