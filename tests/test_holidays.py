"""Italian holidays and the province's patron saint (services.planning.holidays)."""

from __future__ import annotations

from datetime import date

from console.services.planning import holidays


def test_national_holidays_and_cremonas_patron_saint() -> None:
    found = holidays.holidays_between(date(2026, 12, 1), date(2027, 1, 6), "CR", "it")
    assert found[date(2026, 12, 25)] == "Natale"
    assert found[date(2027, 1, 1)] == "Capodanno"
    assert date(2027, 1, 6) in found  # the last day is included
    assert holidays.holiday_name(date(2026, 11, 13), "CR", "it") == "Sant'Omobono"
    assert holidays.holiday_name(date(2026, 11, 13), "CR", "en") == "Saint Homobonus's Day"


def test_the_patron_saint_is_the_provinces_own() -> None:
    assert holidays.holiday_name(date(2026, 11, 13), "MI") is None
    assert holidays.holiday_name(date(2026, 12, 7), "MI", "it") == "Sant'Ambrogio"
    assert holidays.holiday_name(date(2026, 12, 7), "CR") is None


def test_working_days_and_unknown_province() -> None:
    assert holidays.holiday_name(date(2026, 12, 9)) is None
    assert not holidays.is_province("XX")
    # An unknown code (a hand-edited settings file) falls back to Cremona, not to an error.
    assert holidays.holiday_name(date(2026, 11, 13), "XX", "it") == "Sant'Omobono"
    assert "CR" in holidays.provinces()
