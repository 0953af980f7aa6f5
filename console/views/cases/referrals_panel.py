"""A case's referrals: refer it to another organization; the receiving side accepts, declines
with a reason, or completes."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.models import CaseStatus, ReferralStatus
from console.services.access import Action, can
from console.services.cases import referrals
from console.services.cases.casework import CaseRow
from console.services.cases.referrals import ReferralRow
from console.services.planning.week import OrganizationChoice
from console.views.cases.case_dialogs import DeclineDialog, ReferDialog
from console.views.cases.detail_models import ReferralsModel
from console.views.cases.tables import FittedColumns, make_table
from console.views.common.errors import error_text
from console.views.common.section import ViewContext
from console.views.common.submit_dialog import SubmitDialog

ORGANIZATION_WIDTH = 120  # pixels at most for an organization (wrapped, whole in the tooltip)
REASON_MIN = 140  # pixels the reason keeps before the dates make room


class ReferralsPanel(QWidget):
    """Fed the case and its referrals; writes through the services and announces them."""

    def __init__(self, context: ViewContext) -> None:
        super().__init__()
        self.context = context
        self.actor = context.actor
        self.case: CaseRow | None = None
        self.organizations: tuple[OrganizationChoice, ...] = ()
        self.writable = can(self.actor, Action.WRITE_CASES)
        self.model = ReferralsModel(self, context.settings.time_zone())
        self.table = make_table(self.model, self.tr("Referrals of the case"))
        # The reason takes what is left (whole in its tooltip and below the table); a narrow
        # detail hides the dates (the answer's first) rather than cut a header.
        self.columns = FittedColumns(
            self.table,
            stretch=ReferralsModel.COL_REASON,
            optional=(ReferralsModel.COL_ANSWERED, ReferralsModel.COL_SENT),
            widths={
                ReferralsModel.COL_FROM: ORGANIZATION_WIDTH,
                ReferralsModel.COL_TO: ORGANIZATION_WIDTH,
            },
            stretch_min=REASON_MIN,
        )
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refer = QPushButton(self.tr("&Refer to…"))
        self.accept_button = QPushButton(self.tr("&Accept"))
        self.decline = QPushButton(self.tr("&Decline…"))
        self.complete = QPushButton(self.tr("Co&mplete"))
        self.complete.setToolTip(self.tr("Your organization did what the referral asked"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.refer)
        buttons.addStretch(1)
        for button in (self.accept_button, self.decline, self.complete):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reason)
        self.refer.clicked.connect(self.refer_case)
        self.accept_button.clicked.connect(self.accept_referral)
        self.decline.clicked.connect(self.decline_referral)
        self.complete.clicked.connect(self.complete_referral)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self._enable()

    def set_organizations(self, organizations: tuple[OrganizationChoice, ...]) -> None:
        self.organizations = organizations

    def set_referrals(self, case: CaseRow | None, rows: tuple[ReferralRow, ...]) -> None:
        same_case = self.case is not None and case is not None and self.case.id == case.id
        self.case = case
        chosen = self.selected() if same_case else None
        self.model.set_rows(rows)
        self.columns.fit()
        waiting = [r for r in rows if self._answers(r) and r.status is ReferralStatus.SENT]
        keep = chosen or (waiting[0] if waiting else None) or (rows[-1] if rows else None)
        keep_id = keep.id if keep is not None else None
        for number, row in enumerate(rows):
            if row.id == keep_id:
                self.table.selectRow(number)
        self._enable()

    def selected(self) -> ReferralRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _answers(self, referral: ReferralRow) -> bool:
        return self.writable and referral.to_organization_id == self.actor.organization_id

    def _enable(self) -> None:
        referral = self.selected()
        self._show_reason(referral)
        answers = referral is not None and self._answers(referral)
        status = referral.status if referral is not None else None
        self.refer.setEnabled(
            self.writable
            and self.case is not None
            and self.case.may_change
            and self.case.status is not CaseStatus.CLOSED
        )
        self.accept_button.setEnabled(answers and status is ReferralStatus.SENT)
        self.decline.setEnabled(answers and status is ReferralStatus.SENT)
        self.complete.setEnabled(answers and status is ReferralStatus.ACCEPTED)
        for button in (self.accept_button, self.decline, self.complete):
            button.setVisible(self.writable)

    def _show_reason(self, referral: ReferralRow | None) -> None:
        if referral is None or not referral.reason:
            self.reason.setText(
                ""
                if referral is None
                else self.tr("The reason is for the two organizations involved.")
            )
            return
        text = self.tr("Reason: {reason}").format(reason=referral.reason)
        if referral.decline_reason:
            text += "\n" + self.tr("Declined because: {reason}").format(
                reason=referral.decline_reason
            )
        self.reason.setText(text)

    # -- actions -------------------------------------------------------------------------------

    def _refused(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Referral"), error_text(exc))

    def _answer(self, service: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        referral = self.selected()
        if referral is None:
            return
        self.context.run_service(
            partial(service, expected_version=referral.version_id, **kwargs),
            self.actor,
            referral.id,
            *args,
            owner=self,
            on_error=self._refused,
        )

    def accept_referral(self) -> None:
        self._answer(referrals.accept_referral)

    def complete_referral(self) -> None:
        self._answer(referrals.complete_referral)

    def decline_referral(self) -> None:
        referral = self.selected()
        if referral is None:
            return

        def save(dialog: SubmitDialog) -> None:
            assert isinstance(dialog, DeclineDialog)
            self.context.run_service(
                partial(referrals.decline_referral, expected_version=referral.version_id),
                self.actor,
                referral.id,
                dialog.text(),
                owner=dialog,
                on_done=dialog.saved,
                on_error=lambda exc: dialog.refuse(error_text(exc)),
            )

        self._open(DeclineDialog(referral.case_title, self, submit=save))

    def refer_case(self) -> None:
        case = self.case
        if case is None:
            return

        def save(dialog: SubmitDialog) -> None:
            assert isinstance(dialog, ReferDialog)
            organization, reason = dialog.values()
            self.context.run_service(
                referrals.refer_case,
                self.actor,
                case.id,
                organization,
                reason,
                owner=dialog,
                on_done=dialog.saved,
                on_error=lambda exc: dialog.refuse(error_text(exc)),
            )

        own = self.actor.organization_id
        self._open(ReferDialog(case.title, self.organizations, own, self, submit=save))

    def _open(self, dialog: SubmitDialog) -> None:
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
