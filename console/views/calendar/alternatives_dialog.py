"""Alternatives for one slot: the people who could take a place on a shift, ranked, each with
what choosing them costs (the soft rules it breaks) or what stops them. The section runs the
ranking on the runner and assigns the one chosen as an undoable edit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.services.roster import Alternative, Blocker
from console.views.calendar.proposal_panel import interface_language
from console.views.common import labels

ROLE_INDEX = Qt.ItemDataRole.UserRole + 1


def blocker_text(blocker: Blocker) -> str:
    """Why a person cannot take the slot, in a few words."""
    texts = {
        Blocker.INACTIVE: QCoreApplication.translate("AlternativesDialog", "no longer active"),
        Blocker.ABSENT: QCoreApplication.translate("AlternativesDialog", "absent"),
        Blocker.UNAVAILABLE: QCoreApplication.translate(
            "AlternativesDialog", "unavailable at that time"
        ),
        Blocker.BUSY: QCoreApplication.translate("AlternativesDialog", "on another shift"),
        Blocker.SHORT_REST: QCoreApplication.translate(
            "AlternativesDialog", "would lack 11 hours of rest"
        ),
        Blocker.WEEKLY_LIMIT: QCoreApplication.translate(
            "AlternativesDialog", "over their weekly hours"
        ),
        Blocker.TAKEN: QCoreApplication.translate("AlternativesDialog", "needed on other outings"),
    }
    return texts.get(blocker, blocker.value)


class AlternativesDialog(QDialog):
    """Lists ``alternatives`` (ranked); :meth:`chosen` is the one picked when accepted. Only
    those who keep every hard rule can be chosen."""

    def __init__(
        self,
        title: str,
        alternatives: list[Alternative],
        names: dict[int, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Alternatives for this slot"))
        self.alternatives = alternatives
        heading = QLabel(title)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: 600;")
        note = QLabel(
            self.tr(
                "The best people for this place, ranked. The cost is what the choice adds to "
                "the soft rules (lower is better); those a hard rule stops cannot be chosen."
            )
        )
        note.setWordWrap(True)
        self.listing = QListWidget()
        self.listing.setAccessibleName(self.tr("People who could take the place"))
        self.listing.setWordWrap(True)
        self.listing.setSpacing(3)
        language = interface_language()
        for index, alternative in enumerate(alternatives):
            item = QListWidgetItem(self.item_text(alternative, names, language))
            item.setData(ROLE_INDEX, index)
            if not alternative.possible:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.listing.addItem(item)
        if not alternatives:
            self.listing.addItem(QListWidgetItem(self.tr("No one else could take this place.")))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.assign = self.buttons.addButton(
            self.tr("&Assign"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.assign.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.listing.currentItemChanged.connect(lambda *_: self._update())
        self.listing.itemDoubleClicked.connect(lambda _item: self._double_clicked())
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(self.listing, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 420)

    def item_text(self, alternative: Alternative, names: dict[int, str], language: str) -> str:
        head = self.tr("{rank}. {person} ({role})").format(
            rank=alternative.rank,
            person=alternative.person_name,
            role=labels.role_label(alternative.role),
        )
        if not alternative.possible:
            reasons = ", ".join(blocker_text(b) for b in alternative.blockers)
            return head + "\n" + self.tr("Cannot: {reasons}").format(reasons=reasons)
        lines = [head + " · " + self.tr("cost {cost:+d}").format(cost=alternative.cost)]
        if alternative.replaces_person_id is not None:
            replaced = names.get(
                alternative.replaces_person_id, str(alternative.replaces_person_id)
            )
            lines.append(self.tr("Instead of {person}").format(person=replaced))
        else:
            lines.append(self.tr("Fills an empty place"))
        lines += [f"• {p.text(language)}" for p in alternative.penalties]
        return "\n".join(lines)

    def chosen(self) -> Alternative | None:
        item = self.listing.currentItem()
        if item is None or item.data(ROLE_INDEX) is None:
            return None
        alternative = self.alternatives[int(item.data(ROLE_INDEX))]
        return alternative if alternative.possible else None

    def choose(self, person_id: int) -> None:
        """Select the alternative of ``person_id`` (for the keyboard and the tests)."""
        for index in range(self.listing.count()):
            item = self.listing.item(index)
            position = item.data(ROLE_INDEX)
            if position is not None and self.alternatives[int(position)].person_id == person_id:
                self.listing.setCurrentItem(item)
                return

    def _update(self) -> None:
        self.assign.setEnabled(self.chosen() is not None)

    def _double_clicked(self) -> None:
        if self.chosen() is not None:
            self.accept()
