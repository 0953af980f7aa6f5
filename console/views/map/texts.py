"""Human, translated text for the map: pressure, presence, and why a change was refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from console.services.access import PermissionDenied
from console.services.places.geometry import GeometryError
from console.services.places.zones import StaleZone
from console.views.common.formatting import number_text
from console.views.common.runner import one_line


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
