"""The "Proposal of the week" group of the Settings dialog: how much each soft rule weighs,
how long the solver may look, and whether outings may follow pressure (the rule in words)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from console.config import (
    ROSTER_FOLLOW_PRESSURE,
    ROSTER_TIME_LIMIT,
    ROSTER_TIME_LIMIT_RANGE,
    ROSTER_WEIGHT_CHANGES,
    ROSTER_WEIGHT_CONTINUITY,
    ROSTER_WEIGHT_FAIRNESS,
    ROSTER_WEIGHT_MAX,
    ROSTER_WEIGHT_PREFERENCES,
    ROSTER_WEIGHT_PRESSURE,
    Option,
    Settings,
)
from console.views.calendar.demand_dialog import pressure_rule_text


class RosterSettingsGroup(QGroupBox):
    """Loads and saves the proposal's weights and limits for the Settings dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Proposal of the week"), parent)
        self.weights: dict[str, tuple[Option[int], QSpinBox]] = {}
        form = QFormLayout(self)
        intro = QLabel(
            self.tr(
                "How much each soft rule counts when the week is proposed (0 turns it off). "
                "The hard rules (rest, contract hours, absences, a pair on joint outings) "
                "always hold."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        for option, label, tip in (
            (
                ROSTER_WEIGHT_FAIRNESS,
                self.tr("&Fair share:"),
                self.tr("Evenings and weekends shared fairly over the last 4 weeks."),
            ),
            (
                ROSTER_WEIGHT_CONTINUITY,
                self.tr("Pairs who &know the zone:"),
                self.tr("An educator and an officer who already worked the zone together."),
            ),
            (
                ROSTER_WEIGHT_PREFERENCES,
                self.tr("Preferred da&ys:"),
                self.tr("People planned on the days they prefer."),
            ),
            (
                ROSTER_WEIGHT_PRESSURE,
                self.tr("Where pr&essure is:"),
                self.tr("Outings staffed first where pressure is high for the presence."),
            ),
            (
                ROSTER_WEIGHT_CHANGES,
                self.tr("Few chan&ges to the draft:"),
                self.tr("The draft already there changes as little as possible."),
            ),
        ):
            box = QSpinBox()
            box.setObjectName(option.name)
            box.setRange(0, ROSTER_WEIGHT_MAX)
            box.setToolTip(tip)
            self.weights[option.name] = (option, box)
            form.addRow(label, box)
        self.time_limit = QSpinBox()
        self.time_limit.setObjectName(ROSTER_TIME_LIMIT.name)
        self.time_limit.setRange(*ROSTER_TIME_LIMIT_RANGE)
        self.time_limit.setSuffix(self.tr(" s"))
        self.time_limit.setToolTip(
            self.tr("The proposal stops looking after this many seconds and shows its best.")
        )
        form.addRow(self.tr("&Allowed time:"), self.time_limit)
        self.follow_pressure = QCheckBox(self.tr("&Outings marked so follow pressure"))
        self.follow_pressure.setObjectName(ROSTER_FOLLOW_PRESSURE.name)
        form.addRow(self.follow_pressure)
        rule = QLabel(pressure_rule_text())
        rule.setWordWrap(True)
        form.addRow(rule)

    def load(self, settings: Settings) -> None:
        weights = settings.roster_weights()
        values = {
            ROSTER_WEIGHT_FAIRNESS.name: weights.fairness,
            ROSTER_WEIGHT_CONTINUITY.name: weights.continuity,
            ROSTER_WEIGHT_PREFERENCES.name: weights.preferences,
            ROSTER_WEIGHT_PRESSURE.name: weights.pressure,
            ROSTER_WEIGHT_CHANGES.name: weights.changes,
        }
        for name, (_option, box) in self.weights.items():
            box.setValue(values[name])
        self.time_limit.setValue(round(weights.time_limit_seconds))
        self.follow_pressure.setChecked(weights.follow_pressure)

    def problem(self) -> str | None:
        return None  # the spin boxes hold only values in range

    def save(self, settings: Settings) -> list[str]:
        """Store the input; the names of the settings that changed."""
        changed = []
        for option, box in self.weights.values():
            if box.value() != settings.value(option):
                settings.set_value(option, box.value())
                changed.append(option.name)
        if self.time_limit.value() != settings.value(ROSTER_TIME_LIMIT):
            settings.set_value(ROSTER_TIME_LIMIT, self.time_limit.value())
            changed.append(ROSTER_TIME_LIMIT.name)
        if self.follow_pressure.isChecked() != settings.value(ROSTER_FOLLOW_PRESSURE):
            settings.set_value(ROSTER_FOLLOW_PRESSURE, self.follow_pressure.isChecked())
            changed.append(ROSTER_FOLLOW_PRESSURE.name)
        return changed
