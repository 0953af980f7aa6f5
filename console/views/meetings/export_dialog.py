"""Which minutes to export as PDF: the shared version for every partner, or the version of an
audience the reader belongs to (their own organization, the social services)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from console.models import Visibility
from console.services.access import Actor
from console.services.meetings.audience import may_read_minutes


def exportable_audiences(actor: Actor) -> list[Visibility]:
    """The versions of the minutes ``actor`` may have (the shared one for every reader)."""
    return [v for v in Visibility if may_read_minutes(actor, v, actor.organization_id)]


class ExportMinutesDialog(QDialog):
    """One choice per version the reader may have; what each holds is said beside it."""

    def __init__(
        self,
        audiences: Sequence[Visibility],
        organization_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the minutes"))
        intro = QLabel(
            self.tr(
                "Each version holds only what its readers may read. The shared minutes go to "
                "every partner."
            )
        )
        intro.setWordWrap(True)
        texts = {
            Visibility.SHARED: self.tr("&Shared minutes, for all partners"),
            Visibility.ORGANIZATION: (
                self.tr(
                    "&Minutes of {organization}: the shared ones and your organization's"
                ).format(organization=organization_name)
                if organization_name
                else self.tr("&Minutes of your organization: the shared ones and its own")
            ),
            Visibility.SOCIAL_SERVICES: self.tr(
                "Minutes for the s&ocial services: the shared ones and theirs"
            ),
        }
        self.group = QButtonGroup(self)
        self.choices: dict[Visibility, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for number, audience in enumerate(audiences):
            button = QRadioButton(texts[audience])
            self.group.addButton(button, number)
            self.choices[audience] = button
            layout.addWidget(button)
        if audiences:
            self.choices[audiences[0]].setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Choose the file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def audience(self) -> Visibility:
        for audience, button in self.choices.items():
            if button.isChecked():
                return audience
        return Visibility.SHARED
