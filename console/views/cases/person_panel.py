"""The person a case is about, as the reader may see them, and the consents that let a name
travel: add a consent, withdraw one, name the person, mark them in care."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.models import Role
from console.services.access import Action, can
from console.services.cases import people_met
from console.services.cases.people_met import SubjectRow
from console.services.planning.week import OrganizationChoice
from console.views.cases.detail_models import ConsentsModel
from console.views.cases.person_dialogs import CareDialog, ConsentDialog, NameDialog, WithdrawDialog
from console.views.cases.tables import fit_columns, make_table
from console.views.common import labels
from console.views.common.errors import error_text
from console.views.common.section import ViewContext
from console.views.common.submit_dialog import SubmitDialog

ReasonFor = Callable[[], str | None]  # asks (or remembers) why the profile is read


class PersonPanel(QWidget):
    """Fed a :class:`SubjectRow` (or None: the case is a situation); writes through the
    services and announces them, so the section reloads the case."""

    def __init__(self, context: ViewContext, reason_for: ReasonFor) -> None:
        super().__init__()
        self.context = context
        self.actor = context.actor
        self.reason_for = reason_for
        self.subject: SubjectRow | None = None
        self.organizations: tuple[OrganizationChoice, ...] = ()
        self.writable = can(self.actor, Action.WRITE_CASES)
        self.none = QLabel(self.tr("This case is about a situation, not one person."))
        self.name = QLabel()
        self.name.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.identification = QLabel()
        self.zone = QLabel()
        self.care = QLabel()
        self.profile = QLabel()
        self.profile.setWordWrap(True)
        self.profile.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = ConsentsModel(self)
        self.table = make_table(self.model, self.tr("Consents"))
        self.show_profile = QPushButton(self.tr("Show &profile…"))
        self.show_profile.setToolTip(
            self.tr("The description and details; the reading is recorded")
        )
        self.add_consent = QPushButton(self.tr("Add &consent…"))
        self.withdraw = QPushButton(self.tr("&Withdraw…"))
        self.name_person = QPushButton(self.tr("&Name the person…"))
        self.mark_care = QPushButton(self.tr("In &care…"))
        self.mark_care.setVisible(self.actor.role is Role.SOCIAL_WORKER)
        self._lay_out()
        self.show_profile.clicked.connect(self.read_profile)
        self.add_consent.clicked.connect(self.record_consent)
        self.withdraw.clicked.connect(self.withdraw_consent)
        self.name_person.clicked.connect(self.name_subject)
        self.mark_care.clicked.connect(self.mark_in_care)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self.set_subject(None)

    def _lay_out(self) -> None:
        facts = QFormLayout()
        facts.addRow(self.tr("Known as:"), self.identification)
        facts.addRow(self.tr("Usual zone:"), self.zone)
        facts.addRow(self.tr("Social services:"), self.care)
        buttons = QHBoxLayout()
        for button in (self.show_profile, self.name_person, self.mark_care):
            buttons.addWidget(button)
        buttons.addStretch(1)
        consent_buttons = QHBoxLayout()
        consent_buttons.addWidget(QLabel(self.tr("Consents to share the identity")))
        consent_buttons.addStretch(1)
        consent_buttons.addWidget(self.add_consent)
        consent_buttons.addWidget(self.withdraw)
        self.details = QWidget()
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.addWidget(self.name)
        details.addLayout(facts)
        details.addWidget(self.profile)
        details.addLayout(buttons)
        details.addLayout(consent_buttons)
        details.addWidget(self.table, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.none)
        layout.addWidget(self.details, 1)

    # -- feeding -------------------------------------------------------------------------------

    def set_organizations(self, organizations: tuple[OrganizationChoice, ...]) -> None:
        self.organizations = organizations

    def set_subject(self, subject: SubjectRow | None) -> None:
        self.subject = subject
        self.none.setVisible(subject is None)
        self.details.setVisible(subject is not None)
        if subject is None:
            self.model.set_rows(())
            return
        self.name.setText(self.display_name(subject))
        known = labels.identification_label(subject.identification)
        if subject.named and not subject.identity_visible:
            known = self.tr("{known} (no consent for your organization: nickname shown)").format(
                known=known
            )
        self.identification.setText(known)
        self.zone.setText(subject.usual_zone_name or self.tr("not known"))
        self._show_care(subject)
        self._show_profile(subject)
        self.model.set_rows(subject.consents)
        fit_columns(self.table)
        self._enable()

    def display_name(self, subject: SubjectRow) -> str:
        return subject.display_name or self.tr("(anonymous)")

    def _show_care(self, subject: SubjectRow) -> None:
        if not subject.in_care:
            self.care.setText(self.tr("not in care"))
        elif subject.care_reference:
            self.care.setText(
                self.tr("in care, reference {reference}").format(reference=subject.care_reference)
            )
        else:
            self.care.setText(self.tr("in care"))

    def _show_profile(self, subject: SubjectRow) -> None:
        lines = []
        if subject.profile:
            if subject.alias and subject.alias != subject.display_name:
                lines.append(self.tr("Nickname: {alias}").format(alias=subject.alias))
            if subject.birth_year:
                lines.append(self.tr("Born in {year}").format(year=subject.birth_year))
            lines.append(subject.description or self.tr("No description."))
        self.profile.setText("\n".join(lines))
        self.profile.setVisible(bool(lines))

    def _selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _enable(self) -> None:
        subject, consent = self.subject, self._selected()
        own_consent = subject is not None and any(
            c.recipient_organization_id == self.actor.organization_id and c.active_on_today
            for c in subject.consents
        )
        self.add_consent.setEnabled(self.writable and subject is not None)
        self.withdraw.setEnabled(self.writable and consent is not None and not consent.withdrawn_on)
        self.name_person.setEnabled(self.writable and own_consent)
        self.name_person.setToolTip(
            "" if own_consent else self.tr("Record the consent for your organization first")
        )
        self.mark_care.setEnabled(subject is not None)
        self.show_profile.setEnabled(subject is not None and not subject.profile)

    # -- actions -------------------------------------------------------------------------------

    def _today(self) -> date:
        return datetime.now(self.context.settings.time_zone()).date()

    def _run(self, dialog: SubmitDialog, service: Callable[..., Any], *args: Any) -> None:
        self.context.run_service(
            service,
            self.context.actor,
            *args,
            owner=dialog,
            on_done=dialog.saved,
            on_error=lambda exc: dialog.refuse(error_text(exc)),
        )

    def read_profile(self) -> None:
        subject = self.subject
        reason = self.reason_for() if subject is not None else None
        if subject is None or reason is None:
            return
        self.context.run_service(
            people_met.subject_profile,
            self.actor,
            subject.id,
            reason,
            owner=self,
            on_done=lambda row: self.set_subject(row) if self.subject is subject else None,
            on_error=self._profile_refused,
        )

    def _profile_refused(self, exc: BaseException) -> None:
        self.profile.setText(error_text(exc))
        self.profile.show()

    def record_consent(self) -> None:
        if self.subject is None:
            return
        subject_id = self.subject.id

        def save(dialog: SubmitDialog) -> None:
            assert isinstance(dialog, ConsentDialog)
            organization, given, expires, basis, reference = dialog.values()
            self._run(
                dialog,
                partial(people_met.record_consent, basis=basis, reference=reference),
                subject_id,
                organization,
                given,
                expires,
            )

        name = self.display_name(self.subject)
        self._open(ConsentDialog(name, self.organizations, self._today(), self, submit=save))

    def withdraw_consent(self) -> None:
        consent = self._selected()
        if consent is None:
            return

        def save(dialog: SubmitDialog) -> None:
            assert isinstance(dialog, WithdrawDialog)
            self._run(
                dialog,
                people_met.withdraw_consent,
                consent.id,
                dialog.withdrawn_on(),
            )

        self._open(WithdrawDialog(consent, self._today(), self, submit=save))

    def name_subject(self) -> None:
        if self.subject is None:
            return
        subject_id = self.subject.id

        def save(dialog: SubmitDialog) -> None:
            assert isinstance(dialog, NameDialog)
            self._run(
                dialog,
                people_met.name_subject,
                subject_id,
                dialog.name(),
                dialog.birth_year(),
            )

        alias = self.subject.alias or self.display_name(self.subject)
        self._open(NameDialog(alias, self._today(), self, submit=save))

    def mark_in_care(self) -> None:
        if self.subject is None:
            return
        subject_id = self.subject.id

        def save(dialog: SubmitDialog) -> None:
            assert isinstance(dialog, CareDialog)
            self._run(dialog, people_met.mark_in_care, subject_id, dialog.care_reference())

        self._open(CareDialog(self.subject.care_reference, self, submit=save))

    def _open(self, dialog: SubmitDialog) -> None:
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
