"""Public holidays where the project works: Italy's national holidays and the patron saint of
the province chosen in Settings (Cremona by default: Sant'Omobono, 13 November), from the
``holidays`` library. Pure functions, no database: the calendar marks these days, planning and
copying warn about them and the week plan names them."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import date

import holidays

COUNTRY = "IT"
DEFAULT_PROVINCE = "CR"  # Cremona
_LANGUAGES = {"it": "it_IT", "en": "en_US"}


def provinces() -> tuple[str, ...]:
    """The codes of the provinces (and the few cities) the library knows patron saints of."""
    return tuple(holidays.Italy.subdivisions)


def is_province(code: str) -> bool:
    return code in holidays.Italy.subdivisions


@functools.lru_cache(maxsize=32)
def _year(year: int, province: str, language: str) -> Mapping[date, str]:
    calendar = holidays.country_holidays(
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
