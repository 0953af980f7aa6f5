"""Changing one's own password: checked as it is typed, then by the service."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from sqlalchemy import Engine

from console import db
from console.models import Role
from console.services import access
from console.views.common.section import ViewContext
from console.views.main_window import MainWindow
from console.views.password_dialog import PasswordDialog
from tests.views.signed_in import PASSWORD, context_for, create_account, create_admin

NEW_PASSWORD = "argine-nuovo-2027"


@pytest.fixture
def educator(engine: Engine) -> access.Actor:
    admin = create_admin(engine)
    return create_account(engine, admin, "edu", Role.EDUCATOR)


@pytest.fixture
def context(engine: Engine, educator: access.Actor) -> ViewContext:
    return context_for(engine, educator)


def _dialog(qtbot, context: ViewContext) -> PasswordDialog:
    dialog = PasswordDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _type(qtbot, field: QLineEdit, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def _fill(qtbot, dialog: PasswordDialog, current: str, new: str, repeat: str) -> None:
    for field, text in ((dialog.current, current), (dialog.new, new), (dialog.repeat, repeat)):
        _type(qtbot, field, text)


def _refused(dialog: PasswordDialog) -> str:
    return dialog.refused.text() if dialog.refused.isVisibleTo(dialog) else ""


def _can_sign_in(engine: Engine, password: str) -> bool:
    try:
        with db.session_scope(engine) as s:
            access.login(s, "edu", password)
    except access.LoginFailed:
        return False
    return True


def test_checks_as_you_type(qtbot, context) -> None:
    dialog = _dialog(qtbot, context)
    assert all(f.echoMode() == QLineEdit.EchoMode.Password for f in dialog.findChildren(QLineEdit))
    assert _refused(dialog) == "Type your current password."
    assert not dialog.ok.isEnabled()
    _type(qtbot, dialog.current, PASSWORD)
    assert _refused(dialog) == "The new password needs at least 10 characters."
    _type(qtbot, dialog.new, "short")
    assert _refused(dialog) == "The new password needs at least 10 characters."
    _type(qtbot, dialog.new, PASSWORD)
    assert _refused(dialog) == "The new password must differ from the current one."
    _type(qtbot, dialog.new, NEW_PASSWORD)
    assert _refused(dialog) == "Type the new password again in the last field."
    _type(qtbot, dialog.repeat, NEW_PASSWORD + "x")
    assert _refused(dialog) == "The two new passwords differ: type the same password twice."
    assert not dialog.ok.isEnabled()
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)  # Enter cannot bypass the checks
    assert dialog.isVisible()
    _type(qtbot, dialog.repeat, NEW_PASSWORD)
    assert _refused(dialog) == ""
    assert dialog.ok.isEnabled()
    assert dialog.grab().save("/tmp/password_dialog.png")


def test_a_new_password_is_saved(qtbot, context, engine, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    dialog = _dialog(qtbot, context)
    _fill(qtbot, dialog, PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.current.text(), dialog.new.text(), dialog.repeat.text()) == ("", "", "")
    assert _can_sign_in(engine, NEW_PASSWORD)
    assert not _can_sign_in(engine, PASSWORD)
    assert PASSWORD not in caplog.text and NEW_PASSWORD not in caplog.text


def test_a_wrong_current_password_is_refused(qtbot, context, engine, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    dialog = _dialog(qtbot, context)
    _fill(qtbot, dialog, "not the password", NEW_PASSWORD, NEW_PASSWORD)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert _refused(dialog).startswith("The current password is wrong, or the account is locked")
    assert dialog.current.text() == "" and dialog.focusWidget() is dialog.current
    assert dialog.new.text() == NEW_PASSWORD  # only the wrong field is to be typed again
    assert _can_sign_in(engine, PASSWORD)
    assert "not the password" not in caplog.text and NEW_PASSWORD not in caplog.text
    _type(qtbot, dialog.current, PASSWORD)
    assert _refused(dialog) == ""  # the next edit replaces the message


def test_cancel_forgets_what_was_typed(qtbot, context) -> None:
    dialog = _dialog(qtbot, context)
    _fill(qtbot, dialog, PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
    dialog.reject()
    assert (dialog.current.text(), dialog.new.text(), dialog.repeat.text()) == ("", "", "")


def test_the_menu_opens_it_and_says_when_it_is_done(qtbot, context, engine) -> None:
    window = MainWindow(
        context, location="/data/console.db", database_name="console.db", demo=False
    )
    qtbot.addWidget(window)
    window.show()
    action = window.named_actions["change_password"]
    assert action.text() == "C&hange password…"
    action.trigger()
    dialog = window.findChild(PasswordDialog)
    assert dialog is not None and dialog.isVisible()
    _fill(qtbot, dialog, PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
    dialog.accept()
    assert window.statusBar().currentMessage() == "Your password was changed."
    assert _can_sign_in(engine, NEW_PASSWORD)
