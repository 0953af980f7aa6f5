"""The confidentiality statement of coordination meetings in the Settings: empty means the
console's standard statement (in the interface language), a statement of one's own is saved and
read back, and one too long is refused with a message."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from console.config import CONFIDENTIALITY, Settings
from console.services.meetings.attendance import MAX_STATEMENT
from console.views.meetings.confidentiality import confidentiality_statement, standard_statement
from console.views.settings_dialog import SettingsDialog


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    return shown


def test_empty_means_the_standard_statement() -> None:
    settings = Settings()
    assert settings.value(CONFIDENTIALITY) == ""
    assert confidentiality_statement(settings) == standard_statement()
    assert standard_statement().startswith("What is said at this meeting stays at this meeting.")
    settings.set_value(CONFIDENTIALITY, "  \n ")
    assert confidentiality_statement(settings) == standard_statement()


def test_the_dialog_saves_a_statement_of_ones_own(qtbot, warnings) -> None:
    dialog = SettingsDialog(Settings(), "/srv/in-use.db")
    qtbot.addWidget(dialog)
    field = dialog.meetings_group.statement
    assert field.toPlainText() == "" and field.placeholderText() == standard_statement()
    field.setPlainText("  Quanto si dice al tavolo resta al tavolo.  ")
    dialog.accept()
    assert warnings == [] and dialog.changed == (CONFIDENTIALITY.name,)
    stored = Settings()
    assert stored.value(CONFIDENTIALITY) == "Quanto si dice al tavolo resta al tavolo."
    assert confidentiality_statement(stored) == "Quanto si dice al tavolo resta al tavolo."

    again = SettingsDialog(stored, "/srv/in-use.db")
    qtbot.addWidget(again)
    assert again.meetings_group.statement.toPlainText() == stored.value(CONFIDENTIALITY)
    again.meetings_group.statement.clear()  # back to the standard statement
    again.accept()
    assert Settings().value(CONFIDENTIALITY) == ""


def test_a_statement_too_long_is_refused(qtbot, warnings) -> None:
    dialog = SettingsDialog(Settings(), "/srv/in-use.db")
    qtbot.addWidget(dialog)
    dialog.meetings_group.statement.setPlainText("x" * (MAX_STATEMENT + 1))
    dialog.accept()
    assert warnings == [
        f"The confidentiality statement has at most {MAX_STATEMENT} characters; this one has "
        f"{MAX_STATEMENT + 1}."
    ]
    assert Settings().value(CONFIDENTIALITY) == ""
