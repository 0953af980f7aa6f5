"""A new nickname profile for someone met in the street: alias, short description, usual zone."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from console.services.cases.people_met import MAX_ALIAS, MAX_DESCRIPTION
from console.services.planning.week import ZoneChoice
from console.views.common.submit_dialog import SubmitDialog


class ProfileDialog(SubmitDialog):
    """No name here: a person is named only later, once their consent is recorded."""

    def __init__(
        self,
        zones: Sequence[ZoneChoice],
        zone_id: int | None,
        parent: QWidget | None = None,
        *,
        submit: Callable[[SubmitDialog], None] | None = None,
        alias: str = "",
    ) -> None:
        super().__init__(parent, submit)
        self.setWindowTitle(self.tr("New profile of a person met"))
        self.alias = QLineEdit()
        self.alias.setMaxLength(MAX_ALIAS)
        self.alias.setPlaceholderText(self.tr("e.g. the man with the red jacket"))
        self.alias.setText(alias[:MAX_ALIAS])
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(
            self.tr("What helps recognise them; no name, no judgement")
        )
        self.description.setFixedHeight(self.description.fontMetrics().lineSpacing() * 4)
        self.zone = QComboBox()
        self.zone.addItem(self.tr("(not known)"), None)
        for zone in zones:
            if zone.active:
                self.zone.addItem(zone.name, zone.id)
        self.zone.setCurrentIndex(max(self.zone.findData(zone_id), 0))
        form = QFormLayout()
        form.addRow(self.tr("&Nickname:"), self.alias)
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("Usual &zone:"), self.zone)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.refused)
        layout.addWidget(self.buttons)
        self.alias.textChanged.connect(self.show_problem)
        self.description.textChanged.connect(self.show_problem)
        self.resize(460, 260)
        self.show_problem()

    def values(self) -> dict[str, object]:
        """The keyword arguments of ``people_met.create_subject``."""
        return {
            "alias": self.alias.text().strip(),
            "description": self.description.toPlainText().strip(),
            "usual_zone_id": self.zone.currentData(),
        }

    def problem(self) -> str | None:
        if not self.alias.text().strip():
            return self.tr("Give a nickname that the team will recognise.")
        if len(self.description.toPlainText().strip()) > MAX_DESCRIPTION:
            return self.tr("The description has at most {count} characters.").format(
                count=MAX_DESCRIPTION
            )
        return None
