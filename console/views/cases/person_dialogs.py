"""Dialogs about a person met: a consent (or legal basis), its withdrawal, the name, the care."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from console.models import LegalBasis
from console.services.cases.people_met import (
    MAX_FULL_NAME,
    MAX_LEGAL_BASIS,
    MAX_REFERENCE,
    ConsentRow,
)
from console.services.planning.week import OrganizationChoice
from console.views.cases.form_dialog import FormDialog, OptionalDate, date_edit, text_box
from console.views.common import labels
from console.views.common.formatting import format_date
from console.views.common.submit_dialog import SubmitDialog

Submit = Callable[[SubmitDialog], None]
CONSENT_LENGTH = timedelta(days=365)
NO_YEAR = 1899  # the spin box's special value: the year of birth is not known


class ConsentDialog(FormDialog):
    """Who may see the person's identity from when to when: their consent, or a legal basis."""

    def __init__(
        self,
        person: str,
        organizations: Sequence[OrganizationChoice],
        today: date,
        parent: QWidget | None = None,
        *,
        submit: Submit | None = None,
    ) -> None:
        super().__init__(parent, submit=submit)
        self.setWindowTitle(self.tr("Record a consent"))
        self.set_intro(
            self.tr(
                "With an active consent for an organization, its members see the name of "
                "{person}; the others see the nickname."
            ).format(person=person)
        )
        self.organization = QComboBox()
        for organization in organizations:
            self.organization.addItem(organization.name, organization.id)
        self.basis_choice = QComboBox()
        for basis in LegalBasis:
            self.basis_choice.addItem(labels.legal_basis_label(basis), basis)
        self.basis = text_box(
            self.tr("The law or decision it rests on (optional), e.g. art. 6.1.e GDPR"), lines=2
        )
        self.basis.setEnabled(False)
        self.basis_choice.currentIndexChanged.connect(
            lambda _i: self.basis.setEnabled(self.chosen_basis() is not LegalBasis.CONSENT)
        )
        self.given = date_edit(today)
        self.expires = OptionalDate(self.tr("on"), today + CONSENT_LENGTH, checked=True)
        self.add_row(self.tr("&Shared with:"), self.organization)
        self.add_row(self.tr("&Basis:"), self.basis_choice)
        self.add_row(self.tr("&Reference:"), self.basis)
        self.add_row(self.tr("&Given on:"), self.given)
        self.add_row(self.tr("&Expires:"), self.expires)
        self.check(self._basis_problem)
        self.check(self._dates_problem)
        for signal in (
            self.basis_choice.currentIndexChanged,
            self.basis.textChanged,
            self.given.dateChanged,
            self.expires.edit.dateChanged,
            self.expires.enabled.toggled,
        ):
            signal.connect(self.show_problem)
        self.ready()

    def chosen_basis(self) -> LegalBasis:
        return LegalBasis(self.basis_choice.currentData())

    def _basis_problem(self) -> str | None:
        if self.chosen_basis() is LegalBasis.CONSENT:
            return None
        text = self.basis.toPlainText().strip()
        if len(text) > MAX_LEGAL_BASIS:
            return self.tr("The legal basis has at most {count} characters.").format(
                count=MAX_LEGAL_BASIS
            )
        return None

    def _dates_problem(self) -> str | None:
        expires = self.expires.value()
        if expires is not None and expires <= self.given.date().toPython():
            return self.tr("A consent must expire after the day it was given.")
        return None

    def values(self) -> tuple[int, date, date | None, LegalBasis, str | None]:
        """Recipient organization, given on, expires on, the basis, and the law or decision
        it rests on (None for consent, or when not given)."""
        basis = self.chosen_basis()
        reference = self.basis.toPlainText().strip() if basis is not LegalBasis.CONSENT else ""
        return (
            int(self.organization.currentData()),
            self.given.date().toPython(),
            self.expires.value(),
            basis,
            reference or None,
        )


class WithdrawDialog(FormDialog):
    """The day a consent stops (it stays recorded, marked withdrawn)."""

    def __init__(
        self,
        consent: ConsentRow,
        today: date,
        parent: QWidget | None = None,
        *,
        submit: Submit | None = None,
    ) -> None:
        super().__init__(parent, submit=submit)
        self.consent = consent
        self.setWindowTitle(self.tr("Withdraw a consent"))
        self.set_intro(
            self.tr("The consent for {organization}, given on {day}, stops on:").format(
                organization=consent.recipient_name, day=format_date(consent.given_on)
            )
        )
        self.day = date_edit(max(today, consent.given_on))
        self.add_row(self.tr("&Withdrawn on:"), self.day)
        self.check(self._problem)
        self.day.dateChanged.connect(self.show_problem)
        self.ok.setText(self.tr("&Withdraw"))
        self.ready()

    def _problem(self) -> str | None:
        if self.day.date().toPython() < self.consent.given_on:
            return self.tr("A consent cannot be withdrawn before it was given.")
        return None

    def withdrawn_on(self) -> date:
        return self.day.date().toPython()


class NameDialog(FormDialog):
    """The full name and year of birth, recorded once the person consented."""

    def __init__(
        self,
        alias: str,
        today: date,
        parent: QWidget | None = None,
        *,
        submit: Submit | None = None,
    ) -> None:
        super().__init__(parent, submit=submit)
        self.setWindowTitle(self.tr("Name the person"))
        self.set_intro(
            self.tr(
                "“{alias}” gave consent to your organization: record their name. Other "
                "organizations keep seeing the nickname until they have consent too."
            ).format(alias=alias)
        )
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(MAX_FULL_NAME)
        self.year = QSpinBox()
        self.year.setRange(NO_YEAR, today.year)
        self.year.setSpecialValueText(self.tr("not known"))
        self.year.setValue(NO_YEAR)
        self.add_row(self.tr("&Full name:"), self.full_name)
        self.add_row(self.tr("&Year of birth:"), self.year)
        self.check(lambda: None if self.name() else self.tr("Type the full name."))
        self.full_name.textChanged.connect(self.show_problem)
        self.ready()

    def name(self) -> str:
        return " ".join(self.full_name.text().split())

    def birth_year(self) -> int | None:
        return None if self.year.value() == NO_YEAR else self.year.value()


class CareDialog(FormDialog):
    """In the social services' care, with their own reference (never a copy of their file)."""

    def __init__(
        self, current: str | None, parent: QWidget | None = None, *, submit: Submit | None = None
    ) -> None:
        super().__init__(parent, submit=submit)
        self.setWindowTitle(self.tr("In care"))
        self.set_intro(
            self.tr("Your service's own reference for this person; leave it empty to end the care.")
        )
        self.reference = QLineEdit(current or "")
        self.reference.setMaxLength(MAX_REFERENCE)
        self.reference.setPlaceholderText(self.tr("e.g. SST-2026-0142"))
        self.add_row(self.tr("&Reference:"), self.reference)
        self.ready()

    def care_reference(self) -> str | None:
        return self.reference.text().strip() or None
