"""The events hub: one signal that says what changed, so each view decides whether to reload."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

# An area is the table whose rows changed ("shifts", "zones", "persons": plural snake_case, as
# in ARCHITECTURE.md's data model) or one of the names below; ids is a tuple of ids in that
# area, or None for "any of them".
AREA_ALL = "all"  # e.g. the whole database was filled with demo data
AREA_SETTINGS = "settings"  # ids: the names of the settings that changed


class EventsHub(QObject):
    """Where the runner (and, on PostgreSQL, LISTEN/NOTIFY) announce changes to the data."""

    sig_changed = Signal(str, object)  # (area: "shifts", "zones", ...; ids: tuple | None)
