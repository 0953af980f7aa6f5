"""The idle lock: the window hides its data after a while without input, until the password."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from sqlalchemy import Engine, select

from console import db
from console.config import IDLE_LOCK_MINUTES, Settings
from console.models import AuditEvent, Role
from console.services import access
from console.views.common.idle import MINUTE_MS, IdleWatcher
from console.views.common.section import ViewContext
from console.views.main_window import MainWindow
from console.views.settings_dialog import SettingsDialog
from tests.views.signed_in import PASSWORD, context_for, create_account, create_admin

IDLE_MS = 150
LOCKED_TEXT = (
    "Wrong password, or the account is locked: after 5 failed attempts it stays locked for "
    "15 minutes."
)


@pytest.fixture
def coordinator(engine: Engine) -> access.Actor:
    admin = create_admin(engine)
    return create_account(engine, admin, "coord", Role.COORDINATOR)


@pytest.fixture
def context(engine: Engine, coordinator: access.Actor) -> ViewContext:
    return context_for(engine, coordinator)


def _window(qtbot, context: ViewContext, idle_ms: int | None = IDLE_MS) -> MainWindow:
    window = MainWindow(
        context,
        location="/data/console.db",
        database_name="console.db",
        demo=False,
        idle_lock_ms=idle_ms,
        remember_geometry=False,
    )
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.current_view().sig_loaded):
        window.show()
    return window


def _unlock(qtbot, window: MainWindow, password: str) -> None:
    page = window.idle_lock.page
    page.password.setText(password)
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)


def _move_mouse(widget) -> None:
    centre = QPointF(widget.rect().center())
    QApplication.sendEvent(
        widget,
        QMouseEvent(
            QEvent.Type.MouseMove,
            centre,
            widget.mapToGlobal(centre),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        ),
    )


# -- the watcher ---------------------------------------------------------------------------------


def test_the_watcher_fires_once_after_the_interval_without_input(qtbot) -> None:
    watcher = IdleWatcher(IDLE_MS)
    fired: list[bool] = []
    watcher.sig_idle.connect(lambda: fired.append(True))
    watcher.start()
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)
    assert fired == [True] and not watcher.is_watching()
    qtbot.wait(2 * IDLE_MS)
    assert fired == [True]  # it stopped: nothing more until start()
    watcher.deleteLater()


def test_input_postpones_the_watcher(qtbot) -> None:
    label = QLabel("input goes here")
    qtbot.addWidget(label)
    label.show()
    watcher = IdleWatcher(400)
    fired: list[bool] = []
    watcher.sig_idle.connect(lambda: fired.append(True))
    watcher.start()
    for _ in range(6):  # 600 ms of input, 100 ms apart: longer than the interval
        qtbot.wait(100)
        qtbot.keyClick(label, Qt.Key.Key_A)
        _move_mouse(label)
    assert fired == []
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)
    watcher.deleteLater()


def test_an_interval_of_zero_never_fires(qtbot) -> None:
    watcher = IdleWatcher(0)
    fired: list[bool] = []
    watcher.sig_idle.connect(lambda: fired.append(True))
    watcher.start()
    qtbot.wait(200)
    assert fired == [] and watcher.is_watching()
    watcher.set_interval_ms(50)  # counts from now
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)
    watcher.deleteLater()


# -- the window ----------------------------------------------------------------------------------


def test_idle_hides_the_data_and_the_password_shows_them_again(
    qtbot, context, engine, caplog
) -> None:
    caplog.set_level(logging.DEBUG)
    window = _window(qtbot, context)
    calendar = window.views["calendar"]
    assert calendar.isVisible()
    qtbot.waitUntil(window.idle_lock.is_locked, timeout=5000)

    page = window.idle_lock.page
    assert page.isVisible()
    assert not calendar.isVisible() and not window.navigation.isVisible()
    assert not any(view.isVisible() for view in window.views.values())
    assert page.who.text() == "Signed in as coord (Coordinator)"
    assert window.grab().save("/tmp/idle_locked.png")

    _unlock(qtbot, window, "not my password")
    assert window.idle_lock.is_locked()
    assert page.message.text() == LOCKED_TEXT
    assert page.password.text() == ""  # never kept

    with qtbot.waitSignal(window.idle_lock.sig_locked) as unlocked:
        _unlock(qtbot, window, PASSWORD)
    assert unlocked.args == [False]
    assert calendar.isVisible() and not page.isVisible()
    assert window.idle_lock.watcher.is_watching()  # and it locks again when idle again
    qtbot.waitUntil(window.idle_lock.is_locked, timeout=5000)

    with db.session_scope(engine) as s:
        actions = s.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
    assert actions[-1] == "unlock_failed"
    assert PASSWORD not in caplog.text and "not my password" not in caplog.text


def test_lock_now_locks_at_once_and_disables_the_menus(qtbot, context) -> None:
    window = _window(qtbot, context, idle_ms=0)
    named = window.named_actions
    assert named["lock"].shortcut().toString() == "Ctrl+L"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.idle_lock.is_locked()
    page = window.idle_lock.page
    assert page.explanation.text() == "The data are hidden. Type your password to go on."
    for name in ("lock", "settings", "refresh", "change_password"):
        assert not named[name].isEnabled(), name
    assert named["quit"].isEnabled()
    assert not any(a.isEnabled() for a in window.section_actions.values())
    qtbot.keyClick(page.password, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_name == "calendar"
    assert not window.views["overview"].isVisible()

    _unlock(qtbot, window, PASSWORD)
    assert not window.idle_lock.is_locked()
    assert all(named[name].isEnabled() for name in ("lock", "settings", "refresh"))
    assert all(a.isEnabled() for a in window.section_actions.values())


def test_the_lock_closes_open_dialogs(qtbot, context) -> None:
    window = _window(qtbot, context, idle_ms=0)
    window.named_actions["settings"].trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    window.idle_lock.lock()
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_five_wrong_passwords_lock_the_account(qtbot, context) -> None:
    window = _window(qtbot, context, idle_ms=0)
    window.idle_lock.lock()
    page = window.idle_lock.page
    for _ in range(access.MAX_FAILED_LOGINS):
        _unlock(qtbot, window, "still not it")
    assert page.message.text().startswith("Too many wrong passwords: the account is locked")
    _unlock(qtbot, window, PASSWORD)  # the service refuses it too now
    assert window.idle_lock.is_locked()
    QApplication.processEvents()  # lay out the message before grabbing
    assert window.grab().save("/tmp/idle_locked_out.png")


def test_an_empty_password_is_not_sent(qtbot, context) -> None:
    window = _window(qtbot, context, idle_ms=0)
    window.idle_lock.lock()
    _unlock(qtbot, window, "")
    assert window.idle_lock.page.message.text() == "Enter your password."


def test_sign_out_closes_the_window_marked_signed_out(qtbot, context) -> None:
    window = _window(qtbot, context, idle_ms=0)
    window.idle_lock.lock()
    assert window.named_actions["sign_out"].isEnabled()  # kept usable while locked
    qtbot.mouseClick(window.idle_lock.page.quit_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible() and window.signed_out


def test_without_an_account_there_is_no_lock(qtbot, engine) -> None:
    nobody = access.Actor(
        user_id=None, person_id=None, organization_id=None, role=Role.MANAGER, username="shot"
    )
    window = _window(qtbot, context_for(engine, nobody))
    assert "lock" not in window.named_actions
    assert "change_password" not in window.named_actions
    window.idle_lock.lock()
    qtbot.wait(3 * IDLE_MS)
    assert not window.idle_lock.is_locked()


def test_the_idle_time_comes_from_the_settings(qtbot, context) -> None:
    assert Settings().value(IDLE_LOCK_MINUTES) == 10
    window = _window(qtbot, context, idle_ms=None)
    assert window.idle_lock.watcher.interval_ms == 10 * MINUTE_MS
    window.named_actions["settings"].trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog.idle_lock.value() == 10
    dialog.idle_lock.setValue(0)
    assert dialog.idle_lock.text() == "Never"
    with qtbot.waitSignal(context.hub.sig_changed) as changed:
        dialog.accept()
    assert changed.args == ["settings", ("security/idle_lock_minutes",)]
    assert Settings().value(IDLE_LOCK_MINUTES) == 0
    assert window.idle_lock.watcher.interval_ms == 0
