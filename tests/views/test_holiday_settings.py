"""Settings ▸ Public holidays: the province (Cremona by default) whose patron saint is a
holiday, chosen by its name and saved as its code."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox

from console.config import HOLIDAY_PROVINCE, Settings
from console.views.calendar.holiday_settings import HolidaySettingsGroup
from console.views.settings_dialog import SettingsDialog


@pytest.fixture(autouse=True)
def english(qapp) -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(previous)


def _dialog(qtbot, settings: Settings) -> SettingsDialog:
    dialog = SettingsDialog(settings, "/srv/in-use.db")
    qtbot.addWidget(dialog)
    return dialog


def test_cremona_is_the_default_with_sant_omobono(qtbot) -> None:
    group = HolidaySettingsGroup(today=date(2026, 12, 5))
    qtbot.addWidget(group)
    group.load(Settings())
    assert group.code() == "CR"
    assert group.province.currentText() == "Cremona (CR)"
    assert group.saint.text() == (
        "Italy's national holidays, and the patron saint: Saint Homobonus's Day (13 November)."
    )


def test_the_provinces_are_named_and_sorted(qtbot) -> None:
    group = HolidaySettingsGroup()
    qtbot.addWidget(group)
    labels = [group.province.itemText(i) for i in range(group.province.count())]
    assert labels == sorted(labels, key=str.casefold)
    assert "Milano (MI)" in labels and "Forlì-Cesena (FC)" in labels
    assert "Andria" in labels  # a city of Barletta-Andria-Trani with its own patron saint
    assert len(labels) == len(set(labels)) > 107


def test_choosing_milan_is_saved_and_reloaded(qtbot, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    settings = Settings()
    dialog = _dialog(qtbot, settings)
    group = dialog.holidays_group
    group.province.setCurrentIndex(group.province.findData("MI"))
    assert "Saint Ambrose's Day (7 December)" in group.saint.text()
    dialog.accept()
    assert shown == []
    assert HOLIDAY_PROVINCE.name in dialog.changed
    assert Settings().value(HOLIDAY_PROVINCE) == "MI"
    again = _dialog(qtbot, Settings())
    assert again.holidays_group.province.currentText() == "Milano (MI)"
    again.accept()
    assert HOLIDAY_PROVINCE.name not in again.changed  # nothing changed, nothing announced


def test_a_province_edited_by_hand_shows_cremona(qtbot) -> None:
    settings = Settings()
    settings.set_value(HOLIDAY_PROVINCE, "XX")
    dialog = _dialog(qtbot, settings)
    assert dialog.holidays_group.code() == "CR"  # what the services fall back to as well
