"""The "Calendar" group of the Settings dialog: the step drags and resizes snap to."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from console.config import SNAP_CHOICES, SNAP_MINUTES, Settings


class CalendarSettingsGroup(QGroupBox):
    """Loads and saves the calendar's settings for the Settings dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Calendar"), parent)
        self.snap = QComboBox()
        self.snap.setObjectName(SNAP_MINUTES.name)
        for minutes in SNAP_CHOICES:
            self.snap.addItem(self.tr("{minutes} minutes").format(minutes=minutes), minutes)
        self.snap.setToolTip(
            self.tr(
                "Dragging a shift in the week, or one of its edges, moves its times in steps "
                "of this many minutes: choose 30 if the teams work on half hours."
            )
        )
        form = QFormLayout(self)
        label = QLabel(self.tr("Drags &snap to:"))
        label.setBuddy(self.snap)
        form.addRow(label, self.snap)

    def load(self, settings: Settings) -> None:
        self.snap.setCurrentIndex(max(self.snap.findData(settings.snap_minutes), 0))

    def problem(self) -> str | None:
        return None  # a choice from a list is always valid

    def save(self, settings: Settings) -> list[str]:
        """Store the input; the names of the settings that changed."""
        minutes = int(self.snap.currentData())
        if minutes == settings.value(SNAP_MINUTES):
            return []
        settings.set_value(SNAP_MINUTES, minutes)
        return [SNAP_MINUTES.name]
