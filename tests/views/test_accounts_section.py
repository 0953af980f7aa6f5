"""The Accounts section: administrators manage accounts without a terminal — list and filter,
create, change role and person, reset a password, disable and enable, lift a lockout; refusals
are shown, and the flows also run on the real threaded runner."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import Engine, select

from console import db
from console.models import AuditEvent, OrganizationKind, Role, User
from console.models.base import utcnow
from console.services import access
from console.services.access import accounts
from console.views.accounts import AccountsView
from console.views.accounts.dialogs import (
    EditAccountDialog,
    NewAccountDialog,
    PasswordShownDialog,
    ResetPasswordDialog,
)
from console.views.accounts.model import AccountsModel, StateFilter
from console.views.common.section import ViewContext
from console.views.main_window import MainWindow
from tests.factories import organization, person
from tests.views.signed_in import (
    BOTH_RUNNERS,
    PASSWORD,
    ContextMaker,
    context_for,
    create_account,
    create_admin,
    settle,
)

M = AccountsModel
NEW_PASSWORD = "argine-del-po-77"


@pytest.fixture
def admin(engine: Engine) -> access.Actor:
    return create_admin(engine)


@pytest.fixture
def world(engine: Engine, admin: access.Actor) -> dict[str, int]:
    """Two people of the Polizia Locale; accounts for a coordinator and an officer."""
    with db.session_scope(engine) as s:
        police = organization(OrganizationKind.POLICE)
        anna = person("Anna", Role.OFFICER, police, "Rossi")
        carlo = person("Carlo", Role.COORDINATOR, police, "Bassi")
        s.add_all([anna, carlo])
        s.flush()
        ids = {"anna": anna.id, "carlo": carlo.id}
    with db.session_scope(engine) as s:
        accounts.create_user(s, admin, "coord", Role.COORDINATOR, PASSWORD, ids["carlo"])
        accounts.create_user(s, admin, "vigile", Role.OFFICER, PASSWORD)
    return ids


def _view(qtbot, context: ViewContext) -> AccountsView:
    view = AccountsView(context)
    qtbot.addWidget(view)
    context.hub.sig_changed.connect(view.on_changed)  # as the main window wires it
    view.resize(1100, 500)
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.show()
    return view


def _activate(qtbot, view: AccountsView) -> None:
    """Window shortcuts reach only the active window, as a person's key presses do."""
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.table.setFocus()


def _column(view: AccountsView, column: int) -> list[str]:
    proxy = view.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def _choose(view: AccountsView, username: str) -> None:
    rows = _column(view, M.COL_USERNAME)
    view.table.setCurrentIndex(view.proxy.index(rows.index(username), 0))


def _user(engine: Engine, username: str) -> User:
    with db.session_scope(engine) as s:
        return s.scalars(select(User).where(User.username == username)).one()


def _signs_in(engine: Engine, username: str, password: str) -> bool:
    try:
        with db.session_scope(engine) as s:
            access.login(s, username, password)
    except access.LoginFailed:
        return False
    return True


@pytest.fixture
def answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Confirmation boxes are answered Yes; their texts are kept."""
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


# -- who sees it, what it shows -----------------------------------------------------------------


def test_only_administrators_see_the_section_and_the_service_refuses_others(
    qtbot, engine, admin, world
) -> None:
    window = MainWindow(
        context_for(engine, admin), location="/x/console.db", database_name="console.db", demo=False
    )
    qtbot.addWidget(window)
    assert window.has_section("accounts")
    coordinator = create_account(engine, admin, "other-coord", Role.COORDINATOR)
    other = MainWindow(
        context_for(engine, coordinator), location="/x", database_name="console.db", demo=False
    )
    qtbot.addWidget(other)
    assert not other.has_section("accounts")
    view = _view(qtbot, context_for(engine, coordinator))
    assert view.model.rowCount() == 0
    assert "not allowed to manage accounts" in view.notice.text()
    assert not view.act_new.isEnabled()


def test_the_table_shows_person_role_state_and_filters(
    qtbot, qtmodeltester, engine, admin, world
) -> None:
    with db.session_scope(engine) as s:
        s.scalars(select(User).where(User.username == "vigile")).one().locked_until = (
            utcnow() + access.LOCKOUT
        )
    with db.session_scope(engine) as s:
        accounts.disable_user(s, admin, "coord")
    view = _view(qtbot, context_for(engine, admin))
    qtmodeltester.check(view.model)
    assert _column(view, M.COL_USERNAME) == ["admin", "coord", "vigile"]
    assert _column(view, M.COL_PERSON) == ["—", "Carlo Bassi", "—"]
    assert _column(view, M.COL_ORGANIZATION)[1] == "Polizia Locale"
    assert _column(view, M.COL_ROLE) == ["Administrator", "Coordinator", "Officer"]
    states = _column(view, M.COL_STATE)
    assert states[:2] == ["Enabled", "Disabled"] and states[2].startswith("Locked until ")
    assert _column(view, M.COL_LAST_LOGIN) == ["never"] * 3
    assert view.summary.text() == "3 account(s)"

    qtbot.keyClicks(view.search, "polizia")
    assert _column(view, M.COL_USERNAME) == ["coord"]
    assert view.summary.text() == "1 of 3 accounts"
    view.search.clear()
    view.state_filter.setCurrentIndex(view.state_filter.findData(StateFilter.LOCKED))
    assert _column(view, M.COL_USERNAME) == ["vigile"]
    view.state_filter.setCurrentIndex(view.state_filter.findData(StateFilter.ENABLED))
    view.role_filter.setCurrentIndex(view.role_filter.findData(Role.ADMIN))
    assert _column(view, M.COL_USERNAME) == ["admin"]


def test_the_actions_follow_the_selected_account(qtbot, engine, admin, world) -> None:
    view = _view(qtbot, context_for(engine, admin))
    assert not view.act_edit.isEnabled() and view.act_new.isEnabled()
    _choose(view, "admin")
    assert view.act_edit.isEnabled() and view.act_reset.isEnabled()
    assert not view.act_disable.isEnabled()  # one's own account
    _choose(view, "vigile")
    assert view.act_disable.isEnabled()
    assert not view.act_enable.isEnabled() and not view.act_unlock.isEnabled()


def test_the_context_menu_offers_the_actions_of_the_account(qtbot, engine, admin, world) -> None:
    view = _view(qtbot, context_for(engine, admin))
    _choose(view, "vigile")
    menu = view.context_menu()
    offered = [a.text() for a in menu.actions() if a.isEnabled() and not a.isSeparator()]
    assert offered == ["&Role and person…", "Reset &password…", "&Disable…", "&New account…"]
    menu.deleteLater()


# -- creating -----------------------------------------------------------------------------------


def test_create_with_a_generated_password_shown_once(qtbot, engine, admin, world) -> None:
    view = _view(qtbot, context_for(engine, admin))
    _activate(qtbot, view)
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = view.dialog
    assert isinstance(dialog, NewAccountDialog)
    assert not dialog.ok.isEnabled() and "username" in dialog.refused.text()
    qtbot.keyClicks(dialog.username, "a.rossi")
    dialog.person.setCurrentIndex(dialog.person.findData(world["anna"]))
    assert dialog.role.currentData() == Role.OFFICER  # follows the person
    assert dialog.person.findData(world["carlo"]) == -1  # Carlo has an account already
    with qtbot.waitSignal(view.sig_loaded):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    shown = view.dialog
    assert isinstance(shown, PasswordShownDialog)
    password = shown.field.text()
    assert "Anna Rossi" in shown.findChild(type(view.summary)).text()
    qtbot.mouseClick(shown.copy, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == password
    shown.reject()
    assert shown.field.text() == ""  # not kept once closed
    assert "a.rossi" in _column(view, M.COL_USERNAME)
    assert view.current() is not None and view.current().username == "a.rossi"
    assert "was created" in view.notice.text()
    assert _signs_in(engine, "a.rossi", password)
    assert _user(engine, "a.rossi").person_id == world["anna"]


def test_a_typed_password_is_checked_and_a_refusal_keeps_the_dialog(
    qtbot, engine, admin, world
) -> None:
    view = _view(qtbot, context_for(engine, admin))
    view.new_account()
    dialog = view.dialog
    assert isinstance(dialog, NewAccountDialog)
    qtbot.keyClicks(dialog.username, "vigile")  # taken
    dialog.password.typed.setChecked(True)
    qtbot.keyClicks(dialog.password.first, NEW_PASSWORD)
    assert not dialog.ok.isEnabled() and "same password" in dialog.refused.text()
    qtbot.keyClicks(dialog.password.second, NEW_PASSWORD)
    assert dialog.ok.isEnabled()
    dialog.accept()
    assert dialog.isVisible() and dialog.refused.text() == (
        "The username “vigile” is taken. Choose another one."
    )
    dialog.username.setText("nuovo")
    dialog.accept()
    assert not dialog.isVisible()
    assert not isinstance(view.dialog, PasswordShownDialog)  # typed: nothing to show
    assert _signs_in(engine, "nuovo", NEW_PASSWORD)


# -- changing -----------------------------------------------------------------------------------


def test_change_role_and_person(qtbot, engine, admin, world) -> None:
    view = _view(qtbot, context_for(engine, admin))
    _activate(qtbot, view)
    _choose(view, "vigile")
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    dialog = view.dialog
    assert isinstance(dialog, EditAccountDialog)
    assert not dialog.ok.isEnabled()  # nothing changed yet
    dialog.role.setCurrentIndex(dialog.role.findData(Role.COORDINATOR))
    dialog.person.setCurrentIndex(dialog.person.findData(world["anna"]))
    with qtbot.waitSignal(view.sig_loaded):
        dialog.accept()
    assert _column(view, M.COL_ROLE)[2] == "Coordinator"
    assert _column(view, M.COL_PERSON)[2] == "Anna Rossi"
    user = _user(engine, "vigile")
    assert (user.role, user.person_id) == (Role.COORDINATOR, world["anna"])


def test_demoting_oneself_is_refused_in_the_dialog(qtbot, engine, admin, world) -> None:
    view = _view(qtbot, context_for(engine, admin))
    _choose(view, "admin")
    view.edit_account()
    dialog = view.dialog
    dialog.role.setCurrentIndex(dialog.role.findData(Role.MANAGER))
    dialog.accept()
    assert dialog.isVisible()
    assert "own account" in dialog.refused.text()
    assert _user(engine, "admin").role is Role.ADMIN


def test_reset_a_password_typed_twice_lifts_the_lockout(qtbot, engine, admin, world) -> None:
    with db.session_scope(engine) as s:
        s.scalars(select(User).where(User.username == "vigile")).one().locked_until = (
            utcnow() + access.LOCKOUT
        )
    view = _view(qtbot, context_for(engine, admin))
    _choose(view, "vigile")
    view.reset_password()
    dialog = view.dialog
    assert isinstance(dialog, ResetPasswordDialog)
    dialog.password.typed.setChecked(True)
    dialog.password.first.setText(NEW_PASSWORD)
    dialog.password.second.setText(NEW_PASSWORD)
    with qtbot.waitSignal(view.sig_loaded):
        dialog.accept()
    assert not dialog.isVisible() and "was reset" in view.notice.text()
    assert _column(view, M.COL_STATE)[2] == "Enabled"
    assert _signs_in(engine, "vigile", NEW_PASSWORD)
    with db.session_scope(engine) as s:
        for entry in s.scalars(select(AuditEvent)):
            assert NEW_PASSWORD not in str(entry.details)


def test_disable_asks_first_then_enable(qtbot, engine, admin, world, answer_yes) -> None:
    view = _view(qtbot, context_for(engine, admin))
    _activate(qtbot, view)
    _choose(view, "vigile")
    with qtbot.waitSignal(view.sig_loaded):
        qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert "“vigile”" in answer_yes[0] and "enable it again" in answer_yes[0]
    assert _column(view, M.COL_STATE)[2] == "Disabled"
    assert not _signs_in(engine, "vigile", PASSWORD)
    assert view.act_enable.isEnabled() and not view.act_disable.isEnabled()
    with qtbot.waitSignal(view.sig_loaded):
        view.act_enable.trigger()
    assert _column(view, M.COL_STATE)[2] == "Enabled"
    assert _signs_in(engine, "vigile", PASSWORD)


def test_disable_cancelled_changes_nothing(qtbot, engine, admin, world, monkeypatch) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_args, **_kw: QMessageBox.StandardButton.Cancel
    )
    view = _view(qtbot, context_for(engine, admin))
    _choose(view, "vigile")
    view.disable()
    assert not _user(engine, "vigile").disabled


def test_lift_a_lockout(qtbot, engine, admin, world) -> None:
    for _ in range(access.MAX_FAILED_LOGINS):
        assert not _signs_in(engine, "vigile", "wrong password")
    view = _view(qtbot, context_for(engine, admin))
    _activate(qtbot, view)
    _choose(view, "vigile")
    assert view.act_unlock.isEnabled()
    with qtbot.waitSignal(view.sig_loaded):
        qtbot.keyClick(view.table, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert "can sign in now" in view.notice.text()
    assert _signs_in(engine, "vigile", PASSWORD)


def test_a_refusal_is_shown_in_a_message_box(
    qtbot, engine, admin, world, answer_yes, monkeypatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_a: warned.append(text))
    view = _view(qtbot, context_for(engine, admin))
    _choose(view, "vigile")
    with db.session_scope(engine) as s:  # another administrator, meanwhile
        accounts.disable_user(s, access.COMMAND_LINE, "vigile")
    with qtbot.waitSignal(view.sig_loaded):
        view.disable()
    assert warned == ["The account “vigile” is already disabled."]
    assert _column(view, M.COL_STATE)[2] == "Disabled"  # reloaded


# -- on the real worker thread ------------------------------------------------------------------


@BOTH_RUNNERS
def test_create_reset_and_disable_on_either_runner(
    qtbot, engine, admin, world, answer_yes, make_context: ContextMaker
) -> None:
    context = make_context(engine, admin)
    view = AccountsView(context)
    qtbot.addWidget(view)
    context.hub.sig_changed.connect(view.on_changed)
    view.show()
    settle(qtbot, context)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3)
    view.new_account()
    dialog = view.dialog
    dialog.username.setText("turno.notte")
    dialog.accept()
    settle(qtbot, context)
    qtbot.waitUntil(lambda: isinstance(view.dialog, PasswordShownDialog))
    password = view.dialog.field.text()
    view.dialog.accept()
    qtbot.waitUntil(lambda: "turno.notte" in _column(view, M.COL_USERNAME))
    assert view.current().username == "turno.notte"
    assert _signs_in(engine, "turno.notte", password)

    view.reset_password()
    view.dialog.accept()  # generated
    settle(qtbot, context)
    qtbot.waitUntil(lambda: isinstance(view.dialog, PasswordShownDialog))
    fresh = view.dialog.field.text()
    assert fresh != password
    view.dialog.reject()
    view.disable()
    settle(qtbot, context)
    qtbot.waitUntil(lambda: view.current() is not None and view.current().disabled)
    assert not _signs_in(engine, "turno.notte", fresh)
    view.enable()
    settle(qtbot, context)
    assert _signs_in(engine, "turno.notte", fresh)
