"""The range of dates and numbers the console accepts, stated once, and the checks that refuse
what lies outside before any date arithmetic or database write can fail on it.

Dates run from :data:`FIRST_DAY` (1900-01-01) to :data:`LAST_DAY` (2100-12-31): far enough
for every birth year and every plan, and far from year 1 and 9999, where ``date`` arithmetic
(the Monday of a week, a day after, a UTC offset) raises ``OverflowError``. Numbers typed as
text are parsed here too: Python refuses to turn more than 4,300 digits into an ``int``, and a
number the console stores has a range anyway.
"""

from __future__ import annotations

from datetime import date, datetime

from console.services.errors import Refusal

FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2100, 12, 31)
MAX_DIGITS = 30  # more digits than any number the console stores


class BoundsRefusal(Refusal):
    """A date or a number outside what the console accepts; nothing was written."""


def check_day(value: date | datetime | None) -> None:
    """Refuse (``date_out_of_range``) a day or moment outside 1900-01-01..2100-12-31;
    ``None`` passes (an optional date left empty)."""
    if value is None:
        return
    day = value.date() if isinstance(value, datetime) else value
    if not FIRST_DAY <= day <= LAST_DAY:
        raise BoundsRefusal(
            "date_out_of_range",
            "{day} is outside the dates the console accepts ({first} to {last}): check the year",
            day=day.isoformat(),
            first=FIRST_DAY,
            last=LAST_DAY,
        )


def check_days(*values: date | datetime | None) -> None:
    """:func:`check_day` for each value."""
    for value in values:
        check_day(value)


def check_number(value: float, low: float, high: float) -> None:
    """Refuse (``number_out_of_range``) a number outside ``low..high`` (or not a number)."""
    if isinstance(value, bool) or not low <= value <= high:
        raise BoundsRefusal(
            "number_out_of_range",
            "{value} is outside the accepted range ({low} to {high})",
            value=short_text(str(value)),
            low=low,
            high=high,
        )


def whole_number(text: str | int, low: int, high: int) -> int:
    """``text`` as an int within ``low..high``: refused (``number_invalid``) when it is not a
    whole number, however many digits it has, and (``number_out_of_range``) past the range."""
    if isinstance(text, int) and not isinstance(text, bool):
        number = text
    else:
        digits = str(text).strip()
        if len(digits.lstrip("+-").lstrip("0")) > MAX_DIGITS or not _is_integer(digits):
            raise BoundsRefusal(
                "number_invalid",
                "{value} is not a whole number the console accepts",
                value=short_text(digits),
            )
        number = int(digits)
    check_number(number, low, high)
    return number


def _is_integer(text: str) -> bool:
    body = text[1:] if text[:1] in "+-" else text
    return body.isascii() and body.isdigit()


def short_text(text: str) -> str:
    """A value as a refusal quotes it: a 5,000-digit number is not a sentence."""
    return text if len(text) <= 24 else f"{text[:10]}…{text[-6:]} ({len(text)} characters)"
