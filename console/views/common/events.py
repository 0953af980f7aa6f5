"""The events hub: one signal that says what changed, so each view decides whether to reload."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class EventsHub(QObject):
    """Where the runner announces changes to the data (the areas are declared once, in
    ``console.services.changes.Area``), and, on PostgreSQL, the live refresh announces other
    consoles' changes (``live_refresh.LiveRefresh``)."""

    sig_changed = Signal(str, object)  # (area: an Area value; ids: tuple of ids | None for any)
