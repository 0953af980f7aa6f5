"""Settings: declared defaults; the dialog saves, reloads and refuses bad input with a message."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox, QPushButton

from console import i18n, paths
from console.config import (
    DATABASE,
    LANGUAGE,
    SNAP_MINUTES,
    SUPPRESSION_THRESHOLD,
    TIME_ZONE,
    WINDOW_GEOMETRY,
    Settings,
)
from console.views.settings_dialog import SettingsDialog


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages the dialog would show, without a blocking modal box."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    return shown


def _dialog(qtbot, settings: Settings | None = None) -> SettingsDialog:
    dialog = SettingsDialog(settings or Settings(), "/srv/in-use.db")
    qtbot.addWidget(dialog)
    return dialog


def test_defaults_and_file_location() -> None:
    settings = Settings()
    assert settings.path == paths.user_config_dir() / "settings.ini"
    assert settings.language == settings.database == ""
    assert settings.value(TIME_ZONE) == "Europe/Rome"
    assert settings.time_zone().key == "Europe/Rome"
    assert settings.value(WINDOW_GEOMETRY).isEmpty()
    with pytest.raises(TypeError):
        settings.set_value(TIME_ZONE, 3)


def test_a_zone_edited_by_hand_falls_back(tmp_path: Path) -> None:
    settings = Settings()
    settings.set_value(TIME_ZONE, "Nowhere/Land")
    assert settings.time_zone().key == "Europe/Rome"


def test_dialog_saves_and_reloads(qtbot, tmp_path: Path, warnings) -> None:
    dialog = _dialog(qtbot)
    assert dialog.language.currentData() == ""
    assert dialog.time_zone.currentText() == "Europe/Rome"
    dialog.language.setCurrentIndex(dialog.language.findData("it"))
    dialog.time_zone.setCurrentText("America/New_York")
    target = tmp_path / "altro.db"
    dialog.database.setText(f"  {target}  ")
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert warnings == []
    assert set(dialog.changed) == {"language", "time_zone", "database"}
    assert dialog.result() == QDialog.DialogCode.Accepted

    stored = Settings()  # a new reader of the file, as at the next start
    assert stored.value(LANGUAGE) == "it"
    assert stored.value(TIME_ZONE) == "America/New_York"
    assert stored.value(DATABASE) == str(target)
    again = _dialog(qtbot, stored)
    assert again.language.currentData() == "it"
    assert again.time_zone.currentText() == "America/New_York"
    assert again.database.text() == str(target)


def test_the_suppression_threshold_is_saved(qtbot, warnings) -> None:
    dialog = _dialog(qtbot)
    assert dialog.threshold.value() == 5  # the default
    dialog.threshold.setValue(10)
    with qtbot.waitSignal(dialog.accepted):
        dialog.accept()
    assert warnings == [] and "reports/suppression_threshold" in dialog.changed
    assert Settings().value(SUPPRESSION_THRESHOLD) == 10


def test_dialog_shows_the_database_in_use_and_the_restart_note(qtbot) -> None:
    dialog = _dialog(qtbot)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("/srv/in-use.db" in text for text in labels)
    assert any("next time the console starts" in text for text in labels)


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("time_zone", "Mars/Olympus_Mons", "not a known time zone"),
        ("time_zone", "", "not a known time zone"),
        ("database", "postgresql://user@server:port/console", "not a database URL"),
        ("database", "{tmp}", "is a folder"),
        ("database", "{tmp}/missing/console.db", "does not exist"),
    ],
)
def test_invalid_input_is_refused_and_nothing_saved(
    qtbot, tmp_path: Path, warnings, *, field: str, value: str, expected: str
) -> None:
    settings = Settings()
    settings.set_value(TIME_ZONE, "Europe/Rome")
    settings.sync()
    before = settings.path.read_bytes()
    dialog = _dialog(qtbot, settings)
    dialog.show()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))  # a valid change, held back
    value = value.format(tmp=tmp_path)
    if field == "time_zone":
        dialog.time_zone.setCurrentText(value)
    else:
        dialog.database.setText(value)
    with qtbot.assertNotEmitted(dialog.accepted):
        dialog.accept()
    assert len(warnings) == 1 and expected in warnings[0]
    assert dialog.isVisible()
    assert settings.path.read_bytes() == before
    assert Settings().value(LANGUAGE) == ""


def test_browse_fills_the_database_field(qtbot, monkeypatch, tmp_path: Path) -> None:
    chosen = str(tmp_path / "scelto.db")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (chosen, ""))
    dialog = _dialog(qtbot)
    dialog.browse.click()
    assert dialog.database.text() == chosen


def test_the_calendar_snap_is_chosen_in_the_dialog(qtbot, warnings) -> None:
    settings = Settings()
    assert settings.snap_minutes == 30  # the teams work on half hours
    dialog = _dialog(qtbot, settings)
    snap = dialog.calendar_group.snap
    assert [snap.itemData(i) for i in range(snap.count())] == [15, 30, 60]
    assert snap.currentData() == 30
    snap.setCurrentIndex(snap.findData(15))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.changed == (SNAP_MINUTES.name,)
    assert Settings().snap_minutes == 15
    assert _dialog(qtbot).calendar_group.snap.currentData() == 15
    settings.set_value(SNAP_MINUTES, 20)  # edited by hand into something not offered
    assert settings.snap_minutes == 30
    assert warnings == []


@pytest.mark.parametrize("language", ["it", "en"])
def test_every_sentence_of_the_dialog_is_shown_whole(qtbot, language: str) -> None:
    """A wrapped sentence squeezed beside a button was cut to two of its three lines: each
    label gets at least the height its text needs at its width, and no label overlaps a
    button."""
    translation = i18n.install(language)
    try:
        dialog = _dialog(qtbot)
        dialog.show()
        qtbot.waitExposed(dialog)
        for label in dialog.findChildren(QLabel):
            if not label.isVisible() or not label.text():
                continue
            if label.wordWrap():
                needed = label.heightForWidth(label.width())
                assert label.height() >= needed, label.text()
            else:
                assert label.width() >= label.sizeHint().width() - 1, label.text()
        buttons = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
        for label in dialog.findChildren(QLabel):
            if not label.isVisible():
                continue
            # What shows of it: the groups scroll, and the part scrolled away is not drawn.
            shown = label.visibleRegion().boundingRect()
            area = shown.translated(label.mapTo(dialog, shown.topLeft()) - shown.topLeft())
            for button in buttons:
                box = button.rect().translated(button.mapTo(dialog, button.rect().topLeft()))
                assert not area.intersects(box), (label.text(), button.text())
    finally:
        translation.uninstall()
