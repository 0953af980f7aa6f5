"""Human, translated text for the map: pressure, presence, and a zone someone else changed.

Every other refusal is said by :func:`console.views.common.errors.error_text`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from console.services.places.zones import StaleZone
from console.views.common.formatting import number_text


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


def stale_zone_text(exc: StaleZone) -> str:
    """Someone else changed the zone being saved: which version it was, and how it is now."""
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
