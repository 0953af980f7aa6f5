"""Dialogs of an action item: add one (what, who, which agency, by when, for whom) and say why
an action was not done or proved impossible."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtWidgets import QComboBox, QWidget

from console.models import ActionStatus, Visibility
from console.services.access import Actor
from console.services.meetings.common import MAX_TEXT
from console.services.meetings.rows import ActionDraft, Participant
from console.services.planning.week import OrganizationChoice, PersonLoad
from console.views.cases.form_dialog import FormDialog, date_edit, text_box
from console.views.common import labels
from console.views.common.submit_dialog import SubmitDialog
from console.views.meetings.decision_dialogs import audience_combo

Submit = Callable[[SubmitDialog], None]


class ActionDialog(FormDialog):
    """A new action: the people present are offered first as its owner, the agency follows
    the owner (it can be changed), the due date starts at ``due``."""

    def __init__(
        self,
        actor: Actor,
        attendees: Sequence[Participant],
        people: Sequence[PersonLoad],
        organizations: Sequence[OrganizationChoice],
        parent: QWidget | None = None,
        *,
        due: date,
        text: str = "",
        submit: Submit | None = None,
    ) -> None:
        super().__init__(parent, submit=submit)
        self.actor = actor
        self.setWindowTitle(self.tr("Add an action"))
        self.text = text_box(self.tr("What is to be done. No names of people met."), lines=3)
        self.text.setPlainText(text)
        self._organization_of: dict[int, int] = {}
        self.owner = QComboBox()
        self.owner.setObjectName("action_owner")
        present = [p for p in attendees if p.attended]
        for participant in present:
            self.owner.addItem(
                f"{participant.name} — {participant.organization_name}", participant.person_id
            )
            self._organization_of[participant.person_id] = participant.organization_id
        if present:
            self.owner.insertSeparator(self.owner.count())
        for person in people:
            if person.active and person.id not in self._organization_of:
                self.owner.addItem(f"{person.full_name} — {person.organization_name}", person.id)
                self._organization_of[person.id] = person.organization_id
        self.owner.addItem(self.tr("(nobody yet: the agency decides)"), None)
        self.organization = QComboBox()
        self.organization.setObjectName("action_organization")
        for organization in organizations:
            self.organization.addItem(organization.name, organization.id)
        self.due = date_edit(due)
        self.audience = audience_combo(actor, self.organization.currentData(), Visibility.SHARED)
        self.add_row(self.tr("&Action:"), self.text)
        self.add_row(self.tr("&Owner:"), self.owner)
        self.add_row(self.tr("A&gency:"), self.organization)
        self.add_row(self.tr("&Due by:"), self.due)
        self.add_row(self.tr("A&udience:"), self.audience)
        self.check(lambda: None if self.value() else self.tr("Write what is to be done."))
        self.check(self._not_too_long)
        self.check(
            lambda: (
                None
                if self.organization.currentData() is not None
                else self.tr("Choose the agency responsible for the action.")
            )
        )
        self.text.textChanged.connect(self.show_problem)
        self.owner.currentIndexChanged.connect(self._owner_changed)
        self.organization.currentIndexChanged.connect(self._organization_changed)
        self._owner_changed()
        self.text.setFocus()
        self.ready()

    def value(self) -> str:
        return self.text.toPlainText().strip()

    def draft(self, agenda_item_id: int | None, decision_id: int | None = None) -> ActionDraft:
        return ActionDraft(
            text=self.value(),
            owner_id=self.owner.currentData(),
            organization_id=self.organization.currentData(),
            due_on=self.due.date().toPython(),
            audience=Visibility(self.audience.currentData()),
            agenda_item_id=agenda_item_id,
            decision_id=decision_id,
        )

    def choose_owner(self, person_id: int) -> None:
        self.owner.setCurrentIndex(max(self.owner.findData(person_id), 0))

    def _owner_changed(self) -> None:
        organization = self._organization_of.get(self.owner.currentData())
        if organization is not None:
            self.organization.setCurrentIndex(max(self.organization.findData(organization), 0))
        self.show_problem()

    def _organization_changed(self) -> None:
        # "Own organization" means the agency's own: who may write it follows the agency.
        chosen = self.audience.currentData()
        fresh = audience_combo(self.actor, self.organization.currentData(), chosen)
        self.audience.clear()
        for index in range(fresh.count()):
            self.audience.addItem(fresh.itemText(index), fresh.itemData(index))
        self.audience.setCurrentIndex(max(self.audience.findData(chosen), 0))
        fresh.deleteLater()
        self.show_problem()

    def _not_too_long(self) -> str | None:
        if len(self.value()) <= MAX_TEXT:
            return None
        return self.tr("At most {count} characters.").format(count=MAX_TEXT)


class StatusReasonDialog(FormDialog):
    """Why an action was not done, or why it proved impossible (the tracker keeps it)."""

    def __init__(
        self,
        status: ActionStatus,
        action_text: str,
        parent: QWidget | None = None,
        *,
        submit: Submit | None = None,
    ) -> None:
        super().__init__(parent, submit=submit)
        self.status = ActionStatus(status)
        self.setWindowTitle(labels.action_status_label(self.status))
        if self.status is ActionStatus.IMPOSSIBLE:
            self.set_intro(
                self.tr("Why did “{action}” prove impossible?").format(action=action_text)
            )
        else:
            self.set_intro(self.tr("Why was “{action}” not done?").format(action=action_text))
        self.reason = text_box(self.tr("The reason, for the next meeting. No names of people met."))
        self.add_row(self.tr("&Reason:"), self.reason)
        self.check(lambda: None if self.value() else self.tr("Say why."))
        self.reason.textChanged.connect(self.show_problem)
        self.reason.setFocus()
        self.ready()

    def value(self) -> str:
        return self.reason.toPlainText().strip()
