"""Dates, times, weeks and numbers as the user's locale writes them, and Qt's date types."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QDateTimeEdit

from console.clock import HOME_TIME_ZONE
from console.services.bounds import FIRST_DAY, LAST_DAY

DateField = TypeVar("DateField", bound=QDateTimeEdit)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def console_dates(edit: DateField) -> DateField:
    """``edit`` (a QDateEdit or QDateTimeEdit) offering only the days the services accept
    (:mod:`console.services.bounds`: 1900 to 2100), so a typed year 1 or 9999 never leaves it."""
    edit.setDateRange(qdate(FIRST_DAY), qdate(LAST_DAY))
    return edit


def qdatetime(moment: datetime) -> QDateTime:
    """An aware datetime for Qt APIs that want one (same instant)."""
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def format_hours(hours: float) -> str:
    """Hours as the locale writes them, without useless decimals: "38", "37,5"."""
    return QLocale().toString(float(round(hours, 2)), "g", 6)


def number_text(value: float, decimals: int = 1) -> str:
    return QLocale().toString(float(value), "f", decimals)


def format_date(day: date, fmt: QLocale.FormatType = QLocale.FormatType.ShortFormat) -> str:
    return QLocale().toString(qdate(day), fmt)


def format_time(moment: time) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def format_moment(moment: datetime, tz: ZoneInfo = HOME_TIME_ZONE) -> str:
    """An aware datetime as a short local date and time in ``tz``: "Mon 16/11/2026 18:00"."""
    local = moment.astimezone(tz)
    locale = QLocale()
    day = locale.dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{day} {format_date(local.date())} {format_time(local.time())}"


def moment_text(moment: datetime, tz: ZoneInfo) -> str:
    """An aware moment in ``tz``, as the locale writes a short date and time (no day name)."""
    local = moment.astimezone(tz)
    shown = QDateTime(qdate(local.date()), QTime(local.hour, local.minute))
    return QLocale().toString(shown, QLocale.FormatType.ShortFormat)


def span_text(starts: datetime, ends: datetime, tz: ZoneInfo) -> str:
    """ "25/11/26 15:00–19:00"; the end's date too when it is another day."""
    start, end = starts.astimezone(tz), ends.astimezone(tz)
    if start.date() == end.date():
        return f"{moment_text(starts, tz)}–{format_time(end.time())}"
    return f"{moment_text(starts, tz)} – {moment_text(ends, tz)}"


def week_range_text(monday: date) -> str:
    """The seven days of a week in words: "16–22 November 2026", "30 November – 6 December
    2026", "28 December 2026 – 3 January 2027"."""
    sunday = monday + timedelta(days=6)
    locale = QLocale()
    month = locale.monthName(monday.month, QLocale.FormatType.LongFormat)
    last_month = locale.monthName(sunday.month, QLocale.FormatType.LongFormat)
    first, last = locale.toString(monday.day), locale.toString(sunday.day)
    if monday.month == sunday.month:
        return QCoreApplication.translate("Formatting", "{first}–{last} {month} {year}").format(
            first=first, last=last, month=month, year=monday.year
        )
    if monday.year == sunday.year:
        return QCoreApplication.translate(
            "Formatting", "{first} {month} – {last} {last_month} {year}"
        ).format(first=first, month=month, last=last, last_month=last_month, year=monday.year)
    return QCoreApplication.translate(
        "Formatting", "{first} {month} {year} – {last} {last_month} {last_year}"
    ).format(
        first=first,
        month=month,
        year=monday.year,
        last=last,
        last_month=last_month,
        last_year=sunday.year,
    )


def week_label(monday: date) -> str:
    """ "week 47 (16–22 November 2026)": the ISO week number and its days."""
    return QCoreApplication.translate("Formatting", "week {number} ({days})").format(
        number=monday.isocalendar().week, days=week_range_text(monday)
    )
