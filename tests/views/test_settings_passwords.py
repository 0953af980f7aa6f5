"""Settings dialog: a database URL is saved without its password, which is never shown."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from console.config import Settings
from console.views.settings_dialog import SettingsDialog


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    return shown


def _dialog(qtbot, settings: Settings | None = None) -> SettingsDialog:
    dialog = SettingsDialog(settings or Settings(), "/srv/in-use.db")
    qtbot.addWidget(dialog)
    return dialog


@pytest.fixture
def informations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text: shown.append(text)
    )
    return shown


def test_a_database_password_is_never_saved(qtbot, warnings, informations) -> None:
    dialog = _dialog(qtbot)
    dialog.database.setText(" postgresql+psycopg://anna:Cr3mona-segreta@db.comune/console ")
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert warnings == []
    assert len(informations) == 1 and ".pgpass" in informations[0]
    assert "CONSOLE_DB" in informations[0] and "Cr3mona" not in informations[0]
    assert dialog.database.text() == "postgresql+psycopg://anna@db.comune/console"
    stored = Settings()
    assert stored.database == "postgresql+psycopg://anna@db.comune/console"
    assert "Cr3mona" not in stored.path.read_text(encoding="utf-8")


def test_a_url_without_password_is_saved_without_a_note(qtbot, warnings, informations) -> None:
    dialog = _dialog(qtbot)
    dialog.database.setText("postgresql+psycopg://anna@db.comune/console")
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert warnings == informations == []
    assert Settings().database == "postgresql+psycopg://anna@db.comune/console"


def test_a_password_stored_by_an_older_console_is_not_shown(qtbot, informations) -> None:
    path = Settings().path
    path.write_text("[General]\ndatabase=postgresql://anna:Cr3mona-segreta@db/console\n")
    settings = Settings()
    assert settings.database.startswith("postgresql://anna:Cr3mona")  # still used meanwhile
    dialog = _dialog(qtbot, settings)
    assert dialog.database.text() == "postgresql://anna@db/console"
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert "Cr3mona" not in path.read_text(encoding="utf-8")


def test_a_malformed_url_is_refused_without_showing_its_password(qtbot, warnings) -> None:
    dialog = _dialog(qtbot)
    dialog.database.setText("postgresql://anna:Cr3mona-segreta@db:54x32/console")
    with qtbot.assertNotEmitted(dialog.accepted):
        dialog.accept()
    assert len(warnings) == 1 and "not a database URL" in warnings[0]
    assert "anna:***@db" in warnings[0] and "Cr3mona" not in warnings[0]
