"""The main window: opens on an empty and on a demo database, in English and Italian."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from sqlalchemy import Engine

from console import __version__
from console.config import WINDOW_GEOMETRY, Settings
from console.db import session_scope
from console.models import Role, User
from console.services.access import Actor
from console.services.planning.overview import week_overview
from console.views.common.events import EventsHub
from console.views.common.runner import OperationRunner, SyncRunner
from console.views.common.section import ViewContext
from console.views.main_window import MainWindow, role_name
from console.views.sections import SECTIONS
from console.views.settings_dialog import SettingsDialog
from tests.test_translations import install_italian

LOCATION = "/data/console.db"
# No account row behind it (user_id None): these windows open on databases without accounts,
# where the account check before each operation (services.access.session_guard) has nothing
# to read.
COORDINATOR = Actor(
    user_id=None, person_id=5, organization_id=1, role=Role.COORDINATOR, username="coordinatore"
)


@pytest.fixture
def context(engine: Engine) -> ViewContext:
    hub = EventsHub()
    return ViewContext(engine, SyncRunner(hub), hub, Settings(), COORDINATOR)


def _window(qtbot, context: ViewContext, *, demo: bool = False) -> MainWindow:
    window = MainWindow(context, location=LOCATION, database_name="console.db", demo=demo)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.current_view().sig_loaded):
        window.show()
    return window


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _navigation(window: MainWindow) -> list[str]:
    return [window.navigation.item(i).text() for i in range(window.navigation.count())]


def test_opens_on_a_fresh_empty_database(qtbot, context) -> None:
    window = _window(qtbot, context)
    assert window.windowTitle() == "Coordination Console — console.db"
    assert _menu_titles(window) == ["&File", "&View", "&Help"]
    shown = [section.title_text() for section in SECTIONS if section.visible_to(COORDINATOR)]
    assert _navigation(window) == shown
    assert window.current_name == "calendar"  # the default section
    assert window.section_actions["calendar"].isChecked()
    assert LOCATION in window.database_label.text()
    assert not window.demo_badge.isVisibleTo(window)
    assert window.views["calendar"].data.plan.shifts == ()
    window.show_section("overview")
    assert window.views["overview"].week.zones_model.rowCount() == 0


def test_opens_on_a_demo_database(qtbot, engine: Engine, context) -> None:
    from console.services import demo  # the demo data arrive with their own module

    with session_scope(engine) as session:
        summary = demo.seed_demo(session, today=date.today())
    window = _window(qtbot, context, demo=True)
    assert window.demo_badge.isVisibleTo(window)
    assert window.demo_badge.text() == "DEMO DATA"
    assert window.views["calendar"].data.plan.shifts
    overview = window.views["overview"].week  # the week's tables, on their own tab
    with qtbot.waitSignal(overview.sig_loaded):
        window.show_section("overview")
    with session_scope(engine) as session:
        expected = week_overview(session, overview.monday, context.settings.time_zone())
    assert overview.shown == expected
    assert overview.zones_model.rowCount() == summary.zones == 3
    assert overview.shown.shifts > 0
    assert overview.staff_model.rowCount() == summary.organizations


def test_menus_title_and_navigation_in_italian(qtbot, context, tmp_path, monkeypatch) -> None:
    translation = install_italian(tmp_path, monkeypatch)
    try:
        window = _window(qtbot, context, demo=True)
        assert _menu_titles(window) == ["&File", "&Visualizza", "&Aiuto"]
        assert _navigation(window) == ["Calendario", "Mappa", "Casi", "Panoramica", "Riunioni"]
        assert window.windowTitle() == "Coordination Console — console.db"
        assert window.demo_badge.text() == "DATI DI PROVA"
        assert window.named_actions["settings"].text() == "&Impostazioni…"
        assert window.views["calendar"].title.text().startswith("Settimana")
        window.show_section("overview")
        assert window.views["overview"].week.week_label.text().startswith("Settimana")
        assert window.user_label.text() == "Connesso come coordinatore (Coordinatore)"
        italian = [role_name(role) for role in Role]
        assert italian == [
            "Amministratore",
            "Coordinatore",
            "Educatore",
            "Agente",
            "Assistente sociale",
            "Responsabile",
        ]
    finally:
        translation.uninstall()


def test_every_action_sits_in_a_menu_with_its_shortcut(qtbot, engine: Engine, context) -> None:
    # A signed-in account (its password can be changed, its window locked): a row behind it.
    with session_scope(engine) as session:
        session.add(User(id=2, username="coordinatore", password_hash="-", role=Role.COORDINATOR))
    signed_in = Actor(2, 5, 1, Role.COORDINATOR, "coordinatore")
    window = _window(qtbot, dataclasses.replace(context, actor=signed_in))
    in_menus = {
        action.objectName()
        for menu_action in window.menuBar().actions()
        for action in menu_action.menu().actions()
    }
    assert {a.objectName() for a in window.named_actions.values()} <= in_menus
    shortcuts = {name: a.shortcut().toString() for name, a in window.named_actions.items()}
    assert shortcuts == {
        "change_password": "",
        "funding": "",  # a coordinator's, from the File menu
        "lock": "Ctrl+L",
        "sign_out": "Ctrl+Shift+L",
        "settings": "Ctrl+,",
        "quit": "Ctrl+Q",
        "refresh": "F5",
        "about": "",
    }
    assert window.section_actions["calendar"].shortcut().toString() == "Ctrl+1"
    assert window.section_actions["map"].shortcut().toString() == "Ctrl+2"
    assert window.section_actions["overview"].shortcut().toString() == "Ctrl+4"


def test_refresh_reloads_the_current_section(qtbot, context) -> None:
    window = _window(qtbot, context)
    with qtbot.waitSignal(window.current_view().sig_loaded):
        window.named_actions["refresh"].trigger()
    with qtbot.waitSignal(window.current_view().sig_loaded):
        context.hub.sig_changed.emit("shifts", None)  # the window wired the hub to its sections


def test_section_shortcut_selects_the_section(qtbot, context) -> None:
    window = _window(qtbot, context)
    window.navigation.setCurrentRow(-1)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.navigation.currentRow() == 0
    assert window.stack.currentWidget() is window.views["calendar"]
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.views["overview"]


def test_geometry_is_remembered(qtbot, context) -> None:
    window = _window(qtbot, context)
    window.resize(700, 520)  # the offscreen screen is 800x600: restoring clamps to it
    window.close()
    assert not Settings().value(WINDOW_GEOMETRY).isEmpty()
    again = _window(qtbot, context)
    assert (again.width(), again.height()) == (700, 520)


def test_about_box(qtbot, context, monkeypatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "about", lambda _parent, title, text: shown.append((title, text))
    )
    window = _window(qtbot, context)
    window.named_actions["about"].trigger()
    ((title, text),) = shown
    assert title == "About Coordination Console"
    for part in (__version__, "GPL-3.0-or-later", "Comune di Cremona", "Regione Lombardia", "Qt "):
        assert part in text


def test_settings_open_without_blocking_and_announce_changes(qtbot, context) -> None:
    window = _window(qtbot, context)
    window.show_section("overview")
    window.named_actions["settings"].trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    assert any(LOCATION in label.text() for label in dialog.findChildren(QLabel))
    dialog.time_zone.setCurrentText("Europe/London")
    with qtbot.waitSignal(context.hub.sig_changed) as changed:
        dialog.accept()
    assert changed.args == ["settings", ("time_zone",)]
    assert window.views["overview"].week.shown.time_zone == "Europe/London"


def test_failed_operations_are_shown(qtbot, context, monkeypatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _title, text: warnings.append(text))
    window = _window(qtbot, context)
    context.runner.sig_error.connect(window.show_error)  # as app.main wires it

    def broken() -> None:
        raise PermissionError("not allowed")

    context.runner.run(broken, owner=window)
    assert len(warnings) == 1 and warnings[0].startswith("not allowed")
    assert "console.log" in warnings[0]


def test_status_bar_names_the_database(qtbot, context, tmp_path: Path) -> None:
    window = _window(qtbot, context)
    assert window.database_label.text() == f"Database: {LOCATION}"
    assert window.database_label.toolTip() == LOCATION


def test_status_bar_names_who_is_signed_in(qtbot, context) -> None:
    window = _window(qtbot, context)
    assert window.user_label.text() == "Signed in as coordinatore (Coordinator)"
    assert window.user_label.isVisibleTo(window)
    english = [role_name(role) for role in Role]
    assert english == [
        "Administrator",
        "Coordinator",
        "Educator",
        "Officer",
        "Social worker",
        "Manager",
    ]


def test_starting_the_console_loads_no_section_nor_heavy_library() -> None:
    """``import console.app`` leaves every section (each made when first shown, or once the
    first one has loaded), alembic (only to upgrade) and the libraries of maps, charts,
    reports and calendars to later; SQLAlchemy, argon2 and the holidays too, which load on
    the worker while the sign-in dialog is up (tests/views/test_start_up.py)."""
    code = (
        "import sys; import console.app; "
        "heavy = ('alembic', 'numpy', 'matplotlib', 'reportlab', 'icalendar', 'ortools', "
        "'sqlalchemy', 'argon2', 'holidays'); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy)); "
        "sections = [s.factory.package for s in console.views.sections.SECTIONS]; "
        "print(sorted(m for m in sys.modules if m in sections))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    assert out.split("\n")[:2] == ["[]", "[]"]


def test_the_other_sections_are_imported_off_the_gui_thread_then_made(qtbot, engine) -> None:
    """Once the first section has loaded, the others' packages (the map's and the dashboard's
    libraries: a third of a second) are imported on the worker, not on the GUI thread, which
    then only makes each view."""
    from console.views import main_window

    threads: list[threading.Thread] = []
    import_sections = main_window.import_sections

    def recorded(names: tuple[str, ...]) -> None:
        threads.append(threading.current_thread())
        import_sections(names)

    hub = EventsHub()
    runner = OperationRunner(hub)
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(main_window, "import_sections", recorded)
            context = ViewContext(engine, runner, hub, Settings(), COORDINATOR)
            window = MainWindow(context, location=LOCATION, database_name="console.db", demo=False)
            qtbot.addWidget(window)
            window.show()
            qtbot.waitUntil(lambda: window.views.made.keys() >= set(window._names), timeout=20_000)
        assert len(threads) == 1 and threads[0] is not threading.main_thread()
    finally:
        runner.shutdown()
