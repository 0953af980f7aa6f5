"""The events hub: one signal that says what changed, so each view decides whether to reload."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from console.services.changes import Area

# Kept while the sections move to Area (issue #11); new code names Area members directly.
AREA_ALL = Area.ALL
AREA_SETTINGS = Area.SETTINGS


class EventsHub(QObject):
    """Where the runner (and, on PostgreSQL, LISTEN/NOTIFY) announce changes to the data."""

    sig_changed = Signal(str, object)  # (area: an Area value; ids: tuple of ids | None for any)
