"""Italian everywhere: every section and the main dialogs, opened in Italian on the demo data,
show only Italian texts (from our catalogue or Qt's) and data; a screenshot of each section."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QVBoxLayout, QWidget
from sqlalchemy import Engine

from console import db, i18n
from console.config import Settings
from console.services import access, demo
from console.views.common.events import EventsHub
from console.views.common.runner import SyncRunner
from console.views.common.section import ViewContext
from console.views.main_window import MainWindow
from console.views.sections import SECTIONS
from tests.test_translations import catalogue_source, install_italian
from tests.views.italian import Italian, data_strings, untranslated

TODAY = date(2026, 12, 7)  # a Monday; the demo is built around its week
# Who opens each section: the administrator the audit log and accounts, the coordinator the rest.
READER = {section.name: "coordinatore" for section in SECTIONS} | {
    "audit": "admin",
    "accounts": "admin",
    "retention": "admin",
}
SCREEN = (1280, 800)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    """The demo data seeded once for the module; each test works on its own copy."""
    path = tmp_path_factory.mktemp("italian") / "demo.db"
    shutil.copyfile(migrated_template, path)
    opened = db.open_database(db.sqlite_url(path))
    with db.session_scope(opened.engine) as session:
        demo.seed_demo(session, TODAY)
    opened.engine.dispose()
    return path


@pytest.fixture
def demo_engine(demo_template: Path, tmp_path: Path) -> Iterator[Engine]:
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    opened = db.open_database(db.sqlite_url(path))
    yield opened.engine
    opened.engine.dispose()


@pytest.fixture
def italian(qapp, tmp_path: Path, monkeypatch, demo_engine: Engine) -> Iterator[Italian]:
    """The Italian catalogues installed, and what counts as Italian or data."""
    translation = install_italian(tmp_path, monkeypatch)
    try:
        yield Italian(catalogue_source(tmp_path), data_strings(demo_engine))
    finally:
        translation.uninstall()


def _context(engine: Engine, username: str) -> ViewContext:
    with db.session_scope(engine) as session:
        actor = access.login(session, username, demo.DEMO_PASSWORD)
    hub = EventsHub()
    return ViewContext(engine, SyncRunner(hub), hub, Settings(), actor)


def _window(qtbot, engine: Engine, section: str) -> MainWindow:
    window = MainWindow(
        _context(engine, READER[section]),
        location="/data/demo.db",
        database_name="demo.db",
        demo=True,
        remember_geometry=False,
        idle_lock_ms=0,
    )
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show_section(section)
    with qtbot.waitSignal(window.current_view().sig_loaded, timeout=20_000):
        window.show()
    QApplication.processEvents()
    return window


def _report(found: list[str]) -> str:
    return "texts not in the Italian catalogue (nor data):\n  " + "\n  ".join(found)


@pytest.mark.parametrize("section", [section.name for section in SECTIONS])
def test_every_section_speaks_italian(qtbot, demo_engine, italian, section) -> None:
    window = _window(qtbot, demo_engine, section)
    found = untranslated(window, italian)
    assert found == [], _report(found)


def test_the_check_names_an_english_text_and_where_it_is(qtbot, demo_engine, italian) -> None:
    """The walk can fail: an English text from the catalogue, a tooltip and an action of a
    section are caught; Italian and data pass."""
    window = _window(qtbot, demo_engine, "calendar")
    view = window.current_view()
    planted = QWidget(view)
    planted.setObjectName("planted")
    layout = QVBoxLayout(planted)
    english = QLabel("Amended")
    english.setToolTip("Reason given")
    layout.addWidget(english)
    layout.addWidget(QLabel(QCoreApplication.translate("Sections", "Calendar")))  # Calendario
    layout.addWidget(QLabel("Piazza Roma · 12 · Giulia Ferrari"))  # data
    planted.addAction(QAction("Verify chain", planted))
    view.layout().addWidget(planted)
    planted.show()
    found = untranslated(window, italian)
    where = "CalendarView(section_calendar) > QWidget(planted)"
    assert sorted(line.split(where, 1)[-1] for line in found) == [
        " > QLabel: 'Amended'",
        " > QLabel: 'Reason given'",
        " action tooltip: 'Verify chain'",
        " action: 'Verify chain'",
    ]
    assert all(where in line for line in found)


def test_the_file_dialog_speaks_italian(qtbot, italian) -> None:
    """Qt's own widget file dialog: qtbase_it lacks its "&Look in:" and "Files of &type:", our
    catalogue brings them."""
    dialog = QFileDialog(None, "x")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setNameFilters([QCoreApplication.translate("AuditView", "CSV files (*.csv)")])
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.show()
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Cerca in:", "File di &tipo:", "&Nome del file:"} <= labels
    dialog.setWindowTitle(QCoreApplication.translate("AuditView", "Export the audit log as CSV"))
    # The places in its sidebar are the computer's folders: data.
    italian.data.update(Path.home().parts[1:])
    italian.passes.cache_clear()
    assert untranslated(dialog, italian) == []


def test_each_section_has_one_name(qtbot, demo_engine, italian) -> None:
    """Navigation, View menu and page title say the same; the audit log is "Registro di audit"."""
    window = _window(qtbot, demo_engine, "audit")
    navigation = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    menu = [action.text() for action in window.section_actions.values()]
    assert navigation == menu
    assert "Registro di audit" in navigation
    assert window.views["audit"].findChild(QLabel, "title").text() == "Registro di audit"


def test_qt_catalogue_is_loaded_with_ours(qapp, tmp_path, monkeypatch) -> None:
    translation = install_italian(tmp_path, monkeypatch)
    try:
        assert len(translation.translators) == 2
        for text in i18n.QT_TEXTS_MISSING_FROM_QTBASE:
            assert QCoreApplication.translate("QFileDialog", text) != text
    finally:
        translation.uninstall()


@pytest.mark.parametrize("section", [section.name for section in SECTIONS])
def test_a_screenshot_of_each_section_in_italian(qtbot, demo_engine, italian, section) -> None:
    window = _window(qtbot, demo_engine, section)
    image = window.grab().toImage()
    assert (image.width(), image.height()) == SCREEN
    colours = {image.pixel(x, y) for x in range(0, SCREEN[0], 16) for y in range(0, SCREEN[1], 16)}
    assert len(colours) > 20, "an empty or one-colour window"
    image.save(str(Path(window.context.engine.url.database).parent / f"italian-{section}.png"))
