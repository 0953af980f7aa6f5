"""Dialogs of a case: open a new case, refer it, decline a referral with a reason."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from console.models import Priority
from console.services.cases.case_edits import MAX_TITLE
from console.services.cases.casework import CaseDraft
from console.services.cases.operations import CaseChoices
from console.services.cases.people_met import SubjectRow
from console.services.cases.referrals import MAX_REASON
from console.services.planning.week import OrganizationChoice, PersonLoad
from console.views.cases.form_dialog import FormDialog, OptionalDate, text_box
from console.views.common import labels
from console.views.common.submit_dialog import SubmitDialog
from console.views.debrief.people_met import subject_text

Submit = Callable[[SubmitDialog], None]
FIRST_REVIEW = timedelta(days=14)


def owner_combo(people: Sequence[PersonLoad], chosen: int | None) -> QComboBox:
    combo = QComboBox()
    fill_owners(combo, people, chosen)
    return combo


def fill_owners(combo: QComboBox, people: Sequence[PersonLoad], chosen: int | None) -> None:
    """The people who may own a case (and ``chosen``, even if no longer active)."""
    combo.clear()
    for person in people:
        if person.active or person.id == chosen:
            combo.addItem(f"{person.full_name} — {person.organization_name}", person.id)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))


class CaseDialog(FormDialog):
    """A new case: a situation or a person, where, who owns it, when to look at it again."""

    def __init__(
        self,
        choices: CaseChoices,
        subjects: Sequence[SubjectRow],
        owner_id: int | None,
        today: date,
        parent: QWidget | None = None,
        *,
        submit: Submit | None = None,
    ) -> None:
        super().__init__(parent, submit=submit)
        self.setWindowTitle(self.tr("New case"))
        self.title = QLineEdit()
        self.title.setMaxLength(MAX_TITLE)
        self.title.setPlaceholderText(self.tr("e.g. conflicts at the benches in piazza Marconi"))
        self.zone = QComboBox()
        self.zone.addItem(self.tr("(no zone)"), None)
        for zone in choices.zones:
            if zone.active:
                self.zone.addItem(zone.name, zone.id)
        self.subject = QComboBox()
        self.subject.addItem(self.tr("(a situation, not one person)"), None)
        for subject in subjects:
            self.subject.addItem(subject_text(subject), subject.id)
        self.priority = QComboBox()
        for priority in Priority:
            self.priority.addItem(labels.priority_label(priority), priority)
        self.priority.setCurrentIndex(self.priority.findData(Priority.NORMAL))
        self.owner = owner_combo(choices.people, owner_id)
        self.review = OptionalDate(self.tr("on"), today + FIRST_REVIEW, checked=True)
        self.add_row(self.tr("&Title:"), self.title)
        self.add_row(self.tr("&Zone:"), self.zone)
        self.add_row(self.tr("&Person met:"), self.subject)
        self.add_row(self.tr("P&riority:"), self.priority)
        self.add_row(self.tr("&Owner:"), self.owner)
        self.add_row(self.tr("Next &review:"), self.review)
        self.check(lambda: None if self.title.text().strip() else self.tr("Give the case a title."))
        self.check(lambda: None if self.owner.count() else self.tr("There is nobody to own it."))
        self.title.textChanged.connect(self.show_problem)
        self.ready()

    def draft(self) -> CaseDraft:
        return CaseDraft(
            title=self.title.text().strip(),
            zone_id=self.zone.currentData(),
            subject_id=self.subject.currentData(),
            priority=Priority(self.priority.currentData()),
            next_review_on=self.review.value(),
            owner_id=self.owner.currentData(),
        )


class ReferDialog(FormDialog):
    """Hand the case to another organization, saying why (the receiver answers)."""

    def __init__(
        self,
        case_title: str,
        organizations: Sequence[OrganizationChoice],
        own_organization_id: int | None,
        parent: QWidget | None = None,
        *,
        submit: Submit | None = None,
    ) -> None:
        super().__init__(parent, submit=submit)
        self.setWindowTitle(self.tr("Refer the case"))
        self.set_intro(
            self.tr("Refer “{case}” to another organization: they accept or decline.").format(
                case=case_title
            )
        )
        self.organization = QComboBox()
        for organization in organizations:
            if organization.id != own_organization_id:
                self.organization.addItem(organization.name, organization.id)
        self.reason = text_box(self.tr("What you ask of them, and why"))
        self.add_row(self.tr("&To:"), self.organization)
        self.add_row(self.tr("&Reason:"), self.reason)
        self.check(_needs_text(self.reason, self.tr("Say why you refer the case.")))
        self.check(_not_too_long(self.reason))
        self.reason.textChanged.connect(self.show_problem)
        self.ready()

    def values(self) -> tuple[int, str]:
        return int(self.organization.currentData()), self.reason.toPlainText().strip()


class DeclineDialog(FormDialog):
    """Decline a referral: the sender reads the reason."""

    def __init__(
        self, case_title: str, parent: QWidget | None = None, *, submit: Submit | None = None
    ) -> None:
        super().__init__(parent, submit=submit)
        self.setWindowTitle(self.tr("Decline the referral"))
        self.set_intro(self.tr("Decline the referral of “{case}”.").format(case=case_title))
        self.reason = text_box(self.tr("Why, and where they could turn instead"))
        self.add_row(self.tr("&Reason:"), self.reason)
        self.check(_needs_text(self.reason, self.tr("Say why you decline.")))
        self.check(_not_too_long(self.reason))
        self.reason.textChanged.connect(self.show_problem)
        self.ok.setText(self.tr("&Decline"))
        self.ready()

    def text(self) -> str:
        return self.reason.toPlainText().strip()


def _needs_text(field: QPlainTextEdit, message: str) -> Callable[[], str | None]:
    return lambda: None if field.toPlainText().strip() else message


def _not_too_long(field: QPlainTextEdit) -> Callable[[], str | None]:
    def check() -> str | None:
        if len(field.toPlainText().strip()) <= MAX_REASON:
            return None
        too_long = QCoreApplication.translate("CaseDialogs", "At most {count} characters.")
        return too_long.format(count=MAX_REASON)

    return check
