"""Human, translated text for the map: moments, hours, pressure, and why a change was refused."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from console.services.access import PermissionDenied
from console.services.places.geometry import GeometryError
from console.services.places.zones import StaleZone
from console.views.common.runner import one_line


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def moment_text(moment: datetime, tz: ZoneInfo) -> str:
    """An aware moment in the configured zone, as the locale writes a short date and time."""
    local = moment.astimezone(tz)
    shown = QDateTime(qdate(local.date()), QTime(local.hour, local.minute))
    return QLocale().toString(shown, QLocale.FormatType.ShortFormat)


def span_text(starts: datetime, ends: datetime, tz: ZoneInfo) -> str:
    """ "25/11/26 15:00–19:00"; the end's date too when it is another day."""
    start, end = starts.astimezone(tz), ends.astimezone(tz)
    if start.date() == end.date():
        clock = QLocale().toString(QTime(end.hour, end.minute), QLocale.FormatType.ShortFormat)
        return f"{moment_text(starts, tz)}–{clock}"
    return f"{moment_text(starts, tz)} – {moment_text(ends, tz)}"


def number_text(value: float, decimals: int = 1) -> str:
    return QLocale().toString(float(value), "f", decimals)


def pressure_text(pressure: float) -> str:
    return QCoreApplication.translate("MapTexts", "pressure {value}/wk").format(
        value=number_text(pressure)
    )


def presence_text(hours: float) -> str:
    return QCoreApplication.translate("MapTexts", "presence {hours} h").format(
        hours=number_text(hours, 0)
    )


def indicator_line(pressure: float, presence_hours: float) -> str:
    """What a zone's label says under its name: pressure beside presence."""
    return f"{pressure_text(pressure)} · {presence_text(presence_hours)}"


def refusal_text(exc: BaseException) -> str:
    """Why a zone or signal change was not made, and what to do."""
    if isinstance(exc, StaleZone):
        now = (
            QCoreApplication.translate(
                "MapTexts", "It is now at version {version}, named “{name}”."
            ).format(version=exc.current.version_id, name=exc.current.name)
            if exc.current is not None
            else ""
        )
        return " ".join(
            part
            for part in (
                QCoreApplication.translate(
                    "MapTexts",
                    "Someone else changed this zone after you opened it (you had version {v}).",
                ).format(v=exc.expected_version),
                now,
                QCoreApplication.translate(
                    "MapTexts", "The map shows it again as it is now: apply your change again."
                ),
            )
            if part
        )
    if isinstance(exc, GeometryError):
        return QCoreApplication.translate(
            "MapTexts", "The shape cannot be a zone: {reason}."
        ).format(reason=one_line(exc))
    if isinstance(exc, PermissionDenied):
        return QCoreApplication.translate(
            "MapTexts", "You may not do this with your role: {reason}"
        ).format(reason=one_line(exc))
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "MapTexts", "The file could not be read or written: {reason}"
        ).format(reason=exc.strerror or one_line(exc))
    return one_line(exc)
