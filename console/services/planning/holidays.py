"""Public holidays where the project works: Italy's national holidays and the patron saint of
the province chosen in Settings (Cremona by default: Sant'Omobono, 13 November), from the
``holidays`` library. Pure functions, no database: the calendar marks these days, planning and
copying warn about them and the week plan names them."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

COUNTRY = "IT"
DEFAULT_PROVINCE = "CR"  # Cremona
_LANGUAGES = {"it": "it_IT", "en": "en_US"}


def _library() -> Any:
    """The ``holidays`` package, imported at the first holiday asked for (it takes about
    150 ms, which start-up does not pay)."""
    import holidays  # noqa: PLC0415

    return holidays


def provinces() -> tuple[str, ...]:
    """The codes of the provinces (and the few cities) the library knows patron saints of."""
    return tuple(_library().Italy.subdivisions)


def is_province(code: str) -> bool:
    return code in _library().Italy.subdivisions


@functools.lru_cache(maxsize=32)
def _year(year: int, province: str, language: str) -> Mapping[date, str]:
    calendar = _library().country_holidays(
        COUNTRY,
        subdiv=province if is_province(province) else DEFAULT_PROVINCE,
        years=year,
        language=_LANGUAGES.get(language, _LANGUAGES["en"]),
    )
    return dict(calendar.items())


def holidays_between(
    start: date, end: date, province: str = DEFAULT_PROVINCE, language: str = "it"
) -> dict[date, str]:
    """The holidays from ``start`` to ``end`` (both included), each with its name in
    ``language`` ("it" or "en"; several on one day are joined by "; ")."""
    found: dict[date, str] = {}
    for year in range(start.year, end.year + 1):
        for day, name in _year(year, province, language).items():
            if start <= day <= end:
                found[day] = name
    return dict(sorted(found.items()))


def holiday_name(day: date, province: str = DEFAULT_PROVINCE, language: str = "it") -> str | None:
    """The name of the holiday on ``day``, or None on a working day."""
    return _year(day.year, province, language).get(day)


@dataclass(frozen=True)
class HolidayCalendar:
    """Which holidays apply and in what language they are named: what the services that warn
    about holidays or print them take, from Settings (the province) and the interface."""

    province: str = DEFAULT_PROVINCE
    language: str = "it"

    def name(self, day: date) -> str | None:
        return holiday_name(day, self.province, self.language)

    def between(self, start: date, end: date) -> dict[date, str]:
        return holidays_between(start, end, self.province, self.language)


@functools.cache
def province_names() -> dict[str, str]:
    """Each code of :func:`provinces` with a readable name ("CR": "Cremona"), from the
    library's own aliases; a code without one (a city with its own patron saint) is its name."""
    names = {code: code for code in provinces()}
    for name, code in _library().Italy.subdivisions_aliases.items():
        # Forlì-Cesena has an alias with and one without the accent: keep the accented one.
        if code in names and (names[code] == code or not name.isascii()):
            names[code] = name
    return names


def patron_saint(province: str, year: int, language: str = "it") -> tuple[date, str] | None:
    """The day and name of the holiday ``province`` has beyond the national ones in ``year``."""
    national = _library().country_holidays(
        COUNTRY, years=year, language=_LANGUAGES.get(language, _LANGUAGES["en"])
    )
    for day, name in _year(year, province, language).items():
        if national.get(day) != name:
            return day, name
    return None
