"""The keyboard works where the eye is: right after sign-in, and after a section switch, the
calendar's and the window's shortcuts act without a click into the calendar first.

Every key here is sent to the widget that has the focus in the active window (at first the
window's own choice, or the navigation list after browsing it with the arrows), as a person's
key presses arrive: through Qt's shortcut map, never by triggering the actions directly."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from sqlalchemy import Engine, func, select

from console import db
from console.models import Role, Shift, Zone
from console.services import access
from console.views.calendar import section as calendar_section
from console.views.calendar.section import CalendarView
from console.views.calendar.shift_dialog import ShiftDialog
from console.views.main_window import MainWindow
from console.views.settings_dialog import SettingsDialog
from tests.factories import SQUARE
from tests.views.signed_in import (
    BOTH_RUNNERS,
    PASSWORD,
    ContextMaker,
    create_account,
    create_admin,
    settle,
)

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
WEEK = timedelta(days=7)


@pytest.fixture
def coordinator(engine: Engine) -> access.Actor:
    """A coordinator with an account (so the window can lock), and a zone to plan in."""
    with db.session_scope(engine) as session:
        session.add(Zone(name="Piazza Roma", geometry=SQUARE, colour="#1f77b4"))
    return create_account(engine, create_admin(engine), "coord", Role.COORDINATOR)


@pytest.fixture
def window(
    qtbot, engine: Engine, coordinator: access.Actor, make_context: ContextMaker
) -> MainWindow:
    """The window as it opens after sign-in: shown, active, nothing clicked."""
    context = make_context(engine, coordinator)
    window = MainWindow(
        context,
        location="/data/console.db",
        database_name="console.db",
        demo=False,
        remember_geometry=False,
        idle_lock_ms=0,
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    settle(qtbot, context)
    assert window.current_name == "calendar"
    assert window.views["calendar"].data is not None
    return window


@pytest.fixture
def accept_shift_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shift dialog accepts its draft at once."""
    monkeypatch.setattr(ShiftDialog, "exec", lambda _dialog: QDialog.DialogCode.Accepted)


def activate(qtbot, window: MainWindow) -> None:
    """Offscreen, a dialog deleted after its (patched) exec leaves no window active; a window
    manager gives the activation back to the main window, and so does this."""
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)


def press(qtbot, window: MainWindow, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier):
    """A key press where a person's would go: to the focus widget of the active window."""
    activate(qtbot, window)
    target = QApplication.focusWidget() or window
    assert target.window() is window
    qtbot.keyClick(target, key, modifiers)
    settle(qtbot, window.context)


def calendar_of(window: MainWindow) -> CalendarView:
    view = window.views["calendar"]
    assert isinstance(view, CalendarView)
    return view


def shift_count(engine: Engine) -> int:
    with db.session_scope(engine) as session:
        return session.scalar(select(func.count()).select_from(Shift))


def inside(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


def browse_to(qtbot, window: MainWindow, name: str) -> None:
    """Switch section with the arrow keys in the navigation list: the focus stays in the list."""
    activate(qtbot, window)
    window.navigation.setFocus()
    while window.current_name != name:
        down = window._names.index(name) > window.navigation.currentRow()
        press(qtbot, window, Qt.Key.Key_Down if down else Qt.Key.Key_Up)
    assert QApplication.focusWidget() is window.navigation


def click_navigation(qtbot, window: MainWindow, name: str) -> None:
    item = window.navigation.item(window._names.index(name))
    centre = window.navigation.visualItemRect(item).center()
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    settle(qtbot, window.context)
    assert window.current_name == name


@BOTH_RUNNERS
def test_week_keys_work_right_after_sign_in(qtbot, window: MainWindow) -> None:
    calendar = calendar_of(window)
    assert inside(calendar.week)  # the keyboard starts where the eye is: on the week
    monday = calendar.monday
    press(qtbot, window, Qt.Key.Key_Right, ALT)
    assert calendar.monday == monday + WEEK
    assert calendar.data.plan.monday == calendar.monday
    press(qtbot, window, Qt.Key.Key_Left, ALT)
    press(qtbot, window, Qt.Key.Key_Left, ALT)
    assert calendar.monday == monday - WEEK
    press(qtbot, window, Qt.Key.Key_Home, ALT)
    assert calendar.monday == monday
    assert calendar.data.plan.monday == monday


@BOTH_RUNNERS
def test_week_keys_work_with_the_focus_in_the_navigation(qtbot, window: MainWindow) -> None:
    calendar = calendar_of(window)
    browse_to(qtbot, window, "map")
    browse_to(qtbot, window, "calendar")
    monday = calendar.monday
    press(qtbot, window, Qt.Key.Key_Right, ALT)
    assert calendar.monday == monday + WEEK
    assert QApplication.focusWidget() is window.navigation  # the keys did not move the focus
    press(qtbot, window, Qt.Key.Key_Home, ALT)
    assert calendar.monday == monday


def test_ctrl_g_goes_to_the_date_field(qtbot, window: MainWindow) -> None:
    calendar = calendar_of(window)
    browse_to(qtbot, window, "calendar")
    press(qtbot, window, Qt.Key.Key_G, CTRL)
    assert inside(calendar.date_pick)


@BOTH_RUNNERS
def test_new_undo_redo_by_keys_wherever_the_focus_is(
    qtbot, engine: Engine, window: MainWindow, accept_shift_dialog
) -> None:
    calendar = calendar_of(window)
    press(qtbot, window, Qt.Key.Key_N, CTRL)  # New shift, the dialog accepted at once
    assert shift_count(engine) == 1
    assert len(calendar.data.plan.shifts) == 1

    browse_to(qtbot, window, "calendar")  # the focus in the navigation list
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert shift_count(engine) == 0
    assert calendar.data.plan.shifts == ()
    press(qtbot, window, Qt.Key.Key_Z, CTRL_SHIFT)
    assert shift_count(engine) == 1
    assert len(calendar.data.plan.shifts) == 1


@BOTH_RUNNERS
def test_ctrl_z_on_the_map_is_the_maps_own(
    qtbot, engine: Engine, window: MainWindow, accept_shift_dialog
) -> None:
    """Both sections use Ctrl+Z; only the one on screen hears it, never both ("ambiguous")."""
    calendar = calendar_of(window)
    map_view = window.views["map"]
    press(qtbot, window, Qt.Key.Key_N, CTRL)
    assert shift_count(engine) == 1
    undone: list[str] = []

    class Step(QUndoCommand):
        def undo(self) -> None:
            undone.append("map")

    map_view.undo_stack.push(Step("a zone edit"))

    for arrive in (browse_to, click_navigation):
        arrive(qtbot, window, "map")
        assert not calendar.isVisible()
        press(qtbot, window, Qt.Key.Key_Z, CTRL)
        assert shift_count(engine) == 1  # the calendar's edit stays
        assert calendar.undo_stack.canUndo()
        press(qtbot, window, Qt.Key.Key_Z, CTRL_SHIFT)  # redo the map's, for the next round
        window.show_section("calendar")

    assert undone == ["map", "map"]
    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # back on the calendar: its own undo
    assert shift_count(engine) == 0


def test_ctrl_d_records_the_debrief_of_the_selected_shift(
    qtbot, window: MainWindow, accept_shift_dialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[int] = []
    monkeypatch.setattr(
        calendar_section, "open_debrief", lambda _view, _context, shift_id: opened.append(shift_id)
    )
    calendar = calendar_of(window)
    press(qtbot, window, Qt.Key.Key_N, CTRL)
    (shift,) = calendar.data.plan.shifts
    press(qtbot, window, Qt.Key.Key_D, CTRL)
    assert opened == []  # nothing selected yet
    calendar.week.select_shift(shift.id)
    browse_to(qtbot, window, "calendar")
    press(qtbot, window, Qt.Key.Key_D, CTRL)
    assert opened == [shift.id]


def test_a_section_chosen_with_the_mouse_or_ctrl_number_gets_the_focus(
    qtbot, window: MainWindow
) -> None:
    click_navigation(qtbot, window, "map")
    assert inside(window.views["map"])
    press(qtbot, window, Qt.Key.Key_1, CTRL)
    assert window.current_name == "calendar"
    assert inside(calendar_of(window).week)
    press(qtbot, window, Qt.Key.Key_4, CTRL)
    assert window.current_name == "overview"
    assert inside(window.views["overview"])
    browse_to(qtbot, window, "cases")
    press(qtbot, window, Qt.Key.Key_Return)  # Enter in the list goes into the section
    assert inside(window.views["cases"])


def test_the_keys_come_back_when_a_dialog_closes(qtbot, window: MainWindow) -> None:
    """Closing a dialog leaves the window active again, as a window manager would (offscreen,
    like a bare X server, nothing else does it)."""
    calendar = calendar_of(window)
    press(qtbot, window, Qt.Key.Key_Comma, CTRL)  # Settings…
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    qtbot.waitUntil(window.isActiveWindow)
    assert inside(calendar.week)  # where it was before the dialog
    monday = calendar.monday
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, ALT)
    assert calendar.monday == monday + WEEK


@pytest.mark.parametrize("name", ["calendar", "map", "cases", "overview"])
def test_ctrl_l_locks_in_every_section_and_the_keys_come_back(
    qtbot, window: MainWindow, name: str
) -> None:
    calendar = calendar_of(window)
    browse_to(qtbot, window, name)
    press(qtbot, window, Qt.Key.Key_L, CTRL)
    assert window.idle_lock.is_locked()
    monday = calendar.monday
    window.show_section("calendar")  # nothing to see: the section stays hidden
    press(qtbot, window, Qt.Key.Key_Right, ALT)
    assert calendar.monday == monday  # no key reaches a hidden calendar

    page = window.idle_lock.page
    page.password.setText(PASSWORD)
    press(qtbot, window, Qt.Key.Key_Return)
    assert not window.idle_lock.is_locked()
    window.show_section("calendar")
    press(qtbot, window, Qt.Key.Key_Right, ALT)
    assert calendar.monday == monday + WEEK


@pytest.mark.parametrize("name", ["calendar", "map", "overview"])
def test_ctrl_shift_l_signs_out_in_every_section(qtbot, window: MainWindow, name: str) -> None:
    browse_to(qtbot, window, name)
    press(qtbot, window, Qt.Key.Key_L, CTRL_SHIFT)
    assert window.signed_out
    assert not window.isVisible()


def test_the_keys_are_on_the_calendars_actions(window: MainWindow) -> None:
    """The shortcuts are those the issue names, on actions of the calendar and the window."""
    calendar = calendar_of(window)
    keys = {
        calendar.act_previous: ["Alt+Left"],
        calendar.act_next: ["Alt+Right"],
        calendar.act_today: ["Alt+Home"],
        calendar.act_pick: ["Ctrl+G"],
        calendar.act_debrief: ["Ctrl+D"],
        calendar.act_undo: ["Ctrl+Z"],
        calendar.act_redo: ["Ctrl+Shift+Z", "Ctrl+Y"],
        window.named_actions["lock"]: ["Ctrl+L"],
        window.named_actions["sign_out"]: ["Ctrl+Shift+L"],
    }
    for action, expected in keys.items():
        assert [k.toString() for k in action.shortcuts()] == expected, action.text()
        assert action.shortcutContext() == Qt.ShortcutContext.WindowShortcut, action.text()
