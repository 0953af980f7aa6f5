"""The filters of the case list: status, zone, owner, review due, referrals waiting."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from console.models import CaseStatus
from console.services.cases.casework import CaseFilter
from console.services.cases.operations import CaseChoices
from console.views.common import labels

COMBO_LENGTH = 10  # characters a filter shows at least


class CaseFilters(QWidget):
    """Emits ``sig_changed`` when the person changes a filter; :meth:`value` is the filter."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for status in CaseStatus:
            self.status.addItem(labels.case_status_label(status), status)
        self.zone = QComboBox()
        self.owner = QComboBox()
        for combo in (self.status, self.zone, self.owner):
            # Long zone and people names must not widen the window: the list pops up wider.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(COMBO_LENGTH)
            combo.activated.connect(lambda _i: self.sig_changed.emit())
        self.review_due = QCheckBox(self.tr("Review &due"))
        self.waiting = QCheckBox(self.tr("Referrals &waiting"))
        self.waiting.setToolTip(self.tr("Cases referred to your organization, not answered yet"))
        for box in (self.review_due, self.waiting):
            box.toggled.connect(lambda _on: self.sig_changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label, combo in (
            (self.tr("&Status:"), self.status),
            (self.tr("&Zone:"), self.zone),
            (self.tr("&Owner:"), self.owner),
        ):
            caption = QLabel(label)
            caption.setBuddy(combo)
            layout.addWidget(caption)
            layout.addWidget(combo)
        layout.addWidget(self.review_due)
        layout.addWidget(self.waiting)
        layout.addStretch(1)
        self.set_choices(None)

    def set_choices(self, choices: CaseChoices | None) -> None:
        zones = [(z.name, z.id) for z in choices.zones] if choices else []
        people = [(p.full_name, p.id) for p in choices.people] if choices else []
        for combo, everything, items in (
            (self.zone, self.tr("All zones"), zones),
            (self.owner, self.tr("Anyone"), people),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)

    def value(self) -> CaseFilter:
        status = self.status.currentData()
        return CaseFilter(
            status=CaseStatus(status) if status is not None else None,
            zone_id=self.zone.currentData(),
            owner_id=self.owner.currentData(),
            review_due=self.review_due.isChecked(),
            referrals_waiting=self.waiting.isChecked(),
        )
