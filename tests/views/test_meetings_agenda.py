"""The Agenda tab: proposed from the demo's data, items added and edited by hand, moved with
Alt+Up/Alt+Down and removed with Delete, both undone and redone (on both runners); an item
proposed from the data is removed only once confirmed; a refusal is a dialog with the
service's reason; nothing changes once the minutes are approved."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QToolBar
from sqlalchemy import Engine

from console.models import AgendaKind, Role
from console.services.meetings import actions, agenda, meetings, minutes
from console.services.meetings.common import MeetingError
from console.services.meetings.rows import ActionDraft, MeetingDraft
from console.views.common.errors import error_text
from console.views.common.formatting import week_label
from console.views.meetings.agenda_dialogs import AddItemDialog, EditItemDialog
from console.views.meetings.section import MeetingsView
from tests.factories import ROME
from tests.services.casework_world import run
from tests.services.meetings_world import World, make_world, start_meeting
from tests.views.signed_in import BOTH_RUNNERS, ContextMaker, settle
from tests.views.test_cases_support import actor, seed
from tests.views.test_meetings_support import (
    agenda_titles,
    approve,
    choose,
    detail_of,
    meetings_view,
    plan,
    save,
    visible,
)

TODAY = datetime.now(ROME).date()
DAY = timedelta(days=1)
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def world(engine: Engine) -> World:
    return make_world(engine)


def stored_titles(engine: Engine, world: World, meeting_id: int) -> list[str]:
    return [item.title for item in detail_of(engine, world, meeting_id).agenda]


def press(qtbot, view: MeetingsView, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier):
    """A key pressed in the agenda's table, as a person's would arrive (through Qt's shortcut
    map), then the service calls it started and the reloads they caused."""
    if not view.isActiveWindow():
        view.activateWindow()
        qtbot.waitUntil(view.isActiveWindow)
    table = view.detail.agenda.table
    table.setFocus()
    qtbot.keyClick(table, key, modifiers)
    settle(qtbot, view.context)


def current_title(view: MeetingsView) -> str:
    item = view.detail.agenda.current_item()
    assert item is not None
    return item.title


def select(view: MeetingsView, title: str) -> None:
    panel = view.detail.agenda
    panel.table.setCurrentIndex(panel.model.index(agenda_titles(view).index(title), 1))


# -- proposed from the data ----------------------------------------------------------------------


@BOTH_RUNNERS
def test_propose_the_agenda_from_the_demo(qtbot, engine: Engine, make_context) -> None:
    seed(engine)
    coordinator = actor(engine, "coordinatore")
    when = datetime.combine(TODAY + 14 * DAY, time(10), ROME)
    with_title = MeetingDraft(title="Tavolo straordinario", held_at=when)
    run(engine, meetings.create_meeting, coordinator, with_title)
    view = meetings_view(qtbot, engine, coordinator, make=make_context)
    choose(qtbot, view, "Tavolo straordinario")
    assert agenda_titles(view) == []
    panel = view.detail.agenda
    panel.act_propose.trigger()
    settle(qtbot, view.context)

    items = view.detail.detail.agenda
    assert len(items) == len(agenda_titles(view)) > 3
    kinds = {item.kind for item in items}
    assert {AgendaKind.ACTIONS, AgendaKind.ZONE, AgendaKind.CASE} <= kinds
    assert items[0].kind is AgendaKind.ACTIONS  # open actions are reviewed first
    planning = [i for i in items if i.kind is AgendaKind.PLANNING]
    assert planning  # the demo's next week has problems
    assert [agenda_titles(view)[i.position] for i in planning] == [
        week_label(i.week_monday) for i in planning if i.week_monday is not None
    ]  # the week in words, not its code ("2026-W51")
    whys = {panel.model.index(r, panel.model.COL_WHY).data() for r in range(len(items))}
    assert "Action still open from an earlier meeting" in whys
    assert "Pressure above the zone's review threshold" in whys
    assert panel.status.text() == f"Added from the data: {len(items)}."
    assert view.detail.tabs.tabText(0) == f"Agenda ({len(items)})"

    panel.act_propose.trigger()  # again: nothing new
    settle(qtbot, view.context)
    assert len(view.detail.detail.agenda) == len(items)
    assert panel.status.text().startswith("Nothing new to propose")


# -- by hand -------------------------------------------------------------------------------------


@BOTH_RUNNERS
def test_add_and_edit_items(qtbot, engine: Engine, world: World, make_context) -> None:
    meeting_id = plan(engine, world, "Tavolo", datetime.combine(TODAY + DAY, time(10), ROME))
    view = meetings_view(qtbot, engine, world.actor(Role.COORDINATOR), make=make_context)
    panel = view.detail.agenda
    panel.act_add.trigger()
    settle(qtbot, view.context)
    dialog = visible(view, AddItemDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(AgendaKind.ZONE))
    dialog.zone.setCurrentIndex(dialog.zone.findText("Piazza Roma"))
    assert dialog.title.text() == "Piazza Roma"  # the zone's name until one is written
    save(qtbot, dialog, view.context)
    assert agenda_titles(view) == ["Piazza Roma"]
    assert current_title(view) == "Piazza Roma"

    panel.act_edit.trigger()
    dialog = visible(view, EditItemDialog)
    dialog.title.setText("Piazza Roma, le serate")
    dialog.notes.setPlainText("Portare i dati delle ultime quattro settimane.")
    save(qtbot, dialog, view.context)
    assert stored_titles(engine, world, meeting_id) == ["Piazza Roma, le serate"]
    assert panel.notes.text() == (
        "Zone: Piazza Roma · Added by hand\nNotes: Portare i dati delle ultime quattro settimane."
    )


@BOTH_RUNNERS
def test_move_and_remove_with_undo_and_redo(
    qtbot, engine: Engine, world: World, make_context: ContextMaker
) -> None:
    meeting_id = plan(engine, world, "Tavolo", datetime.combine(TODAY + DAY, time(10), ROME))
    coordinator = world.actor(Role.COORDINATOR)
    for title in ("Uno", "Due", "Tre"):
        row = run(engine, agenda.add_agenda_item, coordinator, meeting_id, title)
        if title == "Due":
            run(engine, agenda.edit_agenda_item, coordinator, row.id, row.version_id, "Due", "N.")
    view = meetings_view(qtbot, engine, coordinator, make=make_context)
    panel = view.detail.agenda

    select(view, "Tre")
    press(qtbot, view, Qt.Key.Key_Up, ALT)
    assert agenda_titles(view) == stored_titles(engine, world, meeting_id) == ["Uno", "Tre", "Due"]
    assert current_title(view) == "Tre"
    press(qtbot, view, Qt.Key.Key_Z, CTRL)
    assert stored_titles(engine, world, meeting_id) == ["Uno", "Due", "Tre"]
    press(qtbot, view, Qt.Key.Key_Z, CTRL_SHIFT)
    assert agenda_titles(view) == stored_titles(engine, world, meeting_id) == ["Uno", "Tre", "Due"]

    select(view, "Due")
    press(qtbot, view, Qt.Key.Key_Delete)
    assert agenda_titles(view) == stored_titles(engine, world, meeting_id) == ["Uno", "Tre"]
    assert panel.act_undo.text() == "Undo: remove “Due”"
    press(qtbot, view, Qt.Key.Key_Z, CTRL)  # back at its place, with its notes
    assert agenda_titles(view) == stored_titles(engine, world, meeting_id) == ["Uno", "Tre", "Due"]
    assert detail_of(engine, world, meeting_id).agenda[2].notes == "N."
    press(qtbot, view, Qt.Key.Key_Z, CTRL_SHIFT)  # removed again
    assert stored_titles(engine, world, meeting_id) == ["Uno", "Tre"]
    press(qtbot, view, Qt.Key.Key_Z, CTRL)
    press(qtbot, view, Qt.Key.Key_Z, CTRL)  # the move too, of the item put back
    assert agenda_titles(view) == stored_titles(engine, world, meeting_id) == ["Uno", "Due", "Tre"]
    assert not panel.act_undo.isEnabled()
    select(view, "Uno")
    press(qtbot, view, Qt.Key.Key_Down, ALT)
    assert stored_titles(engine, world, meeting_id) == ["Due", "Uno", "Tre"]


@BOTH_RUNNERS
def test_delete_pressed_again_before_the_reload_waits_for_it(
    qtbot, engine: Engine, world: World, make_context: ContextMaker, monkeypatch
) -> None:
    """Delete pressed twice in quick succession: the second press came once the removal was
    done but before the agenda was reloaded, so it removed the item already gone ("agenda
    item 6 no longer exists") or one whose version the renumbering had changed."""
    meeting_id = plan(engine, world, "Tavolo", datetime.combine(TODAY + DAY, time(10), ROME))
    coordinator = world.actor(Role.COORDINATOR)
    for title in ("Uno", "Due", "Tre", "Quattro"):
        run(engine, agenda.add_agenda_item, coordinator, meeting_id, title)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _title, text: shown.append(text))
    view = meetings_view(qtbot, engine, coordinator, make=make_context)
    panel = view.detail.agenda
    reload_meeting = view.detail.show_meeting
    held: list[int] = []
    monkeypatch.setattr(view.detail, "show_meeting", held.append)  # the reload, kept back

    select(view, "Due")
    press(qtbot, view, Qt.Key.Key_Delete)
    assert stored_titles(engine, world, meeting_id) == ["Uno", "Tre", "Quattro"]
    assert held == [meeting_id]  # asked for, not landed: the rows shown are the old ones
    assert agenda_titles(view) == ["Uno", "Due", "Tre", "Quattro"]
    assert not panel.act_remove.isEnabled() and not panel.act_edit.isEnabled()
    press(qtbot, view, Qt.Key.Key_Delete)  # the impatient second press
    press(qtbot, view, Qt.Key.Key_Down, ALT)
    press(qtbot, view, Qt.Key.Key_Z, CTRL)
    assert shown == []
    assert stored_titles(engine, world, meeting_id) == ["Uno", "Tre", "Quattro"]

    monkeypatch.setattr(view.detail, "show_meeting", reload_meeting)
    with qtbot.waitSignal(view.detail.sig_loaded):
        reload_meeting(held[-1])
    settle(qtbot, view.context)
    assert agenda_titles(view) == ["Uno", "Tre", "Quattro"] and panel.act_remove.isEnabled()
    select(view, "Tre")
    press(qtbot, view, Qt.Key.Key_Delete)  # once reloaded, Delete removes what is shown
    assert stored_titles(engine, world, meeting_id) == ["Uno", "Quattro"]
    assert shown == []


@BOTH_RUNNERS
def test_undo_and_redo_stay_on_the_toolbar_after_a_long_titled_step(
    qtbot, engine: Engine, world: World, make_context: ContextMaker
) -> None:
    """The toolbar showed "Undo: remove “<the item's whole title>”": Undo and Redo went behind
    the toolbar's » at the section's usual size."""
    meeting_id = plan(engine, world, "Tavolo", datetime.combine(TODAY + DAY, time(10), ROME))
    coordinator = world.actor(Role.COORDINATOR)
    long_title = "Uomo che dorme nell'area verde di via Orti Romani, vicino alla fontana"
    for title in ("Uno", long_title):
        run(engine, agenda.add_agenda_item, coordinator, meeting_id, title)
    view = meetings_view(qtbot, engine, coordinator, make=make_context)
    panel = view.detail.agenda
    tools = panel.findChild(QToolBar)
    select(view, long_title)
    press(qtbot, view, Qt.Key.Key_Up, ALT)
    select(view, long_title)
    press(qtbot, view, Qt.Key.Key_Delete)
    press(qtbot, view, Qt.Key.Key_Z, CTRL)
    assert panel.act_undo.isEnabled() and panel.act_redo.isEnabled()
    assert panel.act_undo.text() == f"Undo: move “{long_title}”"  # the step, in full
    for action in (panel.act_undo, panel.act_redo):
        button = tools.widgetForAction(action)
        assert button.isVisible(), action.iconText()  # on the toolbar, not behind its »
        assert button.text() in {
            "&Undo",
            "&Redo",
        }  # fixed labels: the step is in the text and tooltip
    assert long_title in panel.act_redo.toolTip() and "Ctrl+Shift+Z" in panel.act_redo.toolTip()


def open_action_item(engine: Engine, world: World) -> int:
    """A meeting whose proposed agenda holds an action still open from the one before."""
    coordinator = world.actor(Role.COORDINATOR)
    earlier = plan(engine, world, "Prima", datetime.combine(TODAY - 7 * DAY, time(10), ROME))
    start_meeting(engine, world, earlier)
    draft = ActionDraft("Chiamare il comitato", world.person(Role.EDUCATOR), None, TODAY)
    run(engine, actions.add_action, coordinator, earlier, draft)
    meeting_id = plan(engine, world, "Dopo", datetime.combine(TODAY + 7 * DAY, time(10), ROME))
    added = run(engine, agenda.propose_agenda, coordinator, meeting_id, TODAY, ROME)
    assert [item.kind for item in added][:1] == [AgendaKind.ACTIONS]
    return meeting_id


@BOTH_RUNNERS
def test_removing_a_proposed_item_is_undone_as_it_was(
    qtbot, engine: Engine, world: World, make_context
) -> None:
    meeting_id = open_action_item(engine, world)
    view = meetings_view(qtbot, engine, world.actor(Role.COORDINATOR), make=make_context)
    choose(qtbot, view, "Dopo")
    before = detail_of(engine, world, meeting_id).agenda
    select(view, "Chiamare il comitato")
    view.detail.agenda.act_remove.trigger()
    settle(qtbot, view.context)
    assert "Chiamare il comitato" not in stored_titles(engine, world, meeting_id)
    view.detail.agenda.undo()
    settle(qtbot, view.context)
    after = detail_of(engine, world, meeting_id).agenda
    same = ("position", "kind", "source", "reason", "title", "action_item_id")
    assert [[getattr(r, f) for f in same] for r in after] == [
        [getattr(r, f) for f in same] for r in before
    ]
    assert view.detail.agenda.stack.canRedo()
    view.detail.agenda.redo()  # removed again: the newest id, its current version
    settle(qtbot, view.context)
    assert "Chiamare il comitato" not in stored_titles(engine, world, meeting_id)


@BOTH_RUNNERS
def test_a_refused_removal_is_a_dialog_and_nothing_to_undo(
    qtbot, engine: Engine, world: World, make_context, monkeypatch
) -> None:
    meeting_id = plan(engine, world, "Tavolo", datetime.combine(TODAY, time(10), ROME))
    start_meeting(engine, world, meeting_id)
    coordinator = world.actor(Role.COORDINATOR)
    item = run(engine, agenda.add_agenda_item, coordinator, meeting_id, "Varie")
    run(engine, minutes.add_minute_entry, coordinator, meeting_id, item.id, "Detto.")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _title, text: shown.append(text))
    view = meetings_view(qtbot, engine, coordinator, make=make_context)
    view.detail.agenda.act_remove.trigger()
    settle(qtbot, view.context)
    assert shown == [error_text(MeetingError("agenda_item_in_use", ""))]
    assert stored_titles(engine, world, meeting_id) == ["Varie"]
    assert agenda_titles(view) == ["Varie"]
    view.detail.agenda.undo()  # the failed removal is not replayed backwards
    settle(qtbot, view.context)
    assert stored_titles(engine, world, meeting_id) == ["Varie"]


def test_the_agenda_of_approved_minutes_is_read_only(qtbot, engine: Engine, world) -> None:
    meeting_id = plan(engine, world, "Tavolo", datetime.combine(TODAY, time(10), ROME))
    coordinator = world.actor(Role.COORDINATOR)
    run(engine, agenda.add_agenda_item, coordinator, meeting_id, "Uno")
    run(engine, agenda.add_agenda_item, coordinator, meeting_id, "Due")
    start_meeting(engine, world, meeting_id)
    approve(engine, world, meeting_id)
    view = meetings_view(qtbot, engine, coordinator)
    panel = view.detail.agenda
    select(view, "Due")
    for action in (panel.act_propose, panel.act_add, panel.act_edit, panel.act_remove):
        assert not action.isEnabled()
    assert not panel.act_up.isEnabled()
    panel.move_item(-1)  # even when asked by other means
    settle(qtbot, view.context)
    assert stored_titles(engine, world, meeting_id) == ["Uno", "Due"]
    assert "approved" in panel.status.text()
    assert QApplication.activeModalWidget() is None
