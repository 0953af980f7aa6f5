"""Item models of a case's detail: consents, referrals and linked records, fed rows."""

from __future__ import annotations

from typing import Any, ClassVar
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor

from console.models import ReferralStatus
from console.views.calendar.messages import DEFAULT_TZ
from console.views.cases.models import ID_ROLE
from console.views.common import labels
from console.views.common.formatting import format_date, format_moment
from console.views.common.rows_model import Index, RowsTableModel

INACTIVE = QColor("#888888")
WAITING = QColor("#7a4f01")


class ConsentsModel(RowsTableModel):
    """A person's consents (``people_met.ConsentRow``): to whom, on what basis, when."""

    CONTEXT = "CaseDetailModels"
    COL_RECIPIENT, COL_BASIS, COL_GIVEN, COL_EXPIRES, COL_WITHDRAWN, COL_STATE, COL_BY = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("CaseDetailModels", "Shared with"),
        QT_TRANSLATE_NOOP("CaseDetailModels", "Basis"),
        QT_TRANSLATE_NOOP("CaseDetailModels", "Given on"),
        QT_TRANSLATE_NOOP("CaseDetailModels", "Expires on"),
        QT_TRANSLATE_NOOP("CaseDetailModels", "Withdrawn on"),
        QT_TRANSLATE_NOOP("CaseDetailModels", "In force"),
        QT_TRANSLATE_NOOP("CaseDetailModels", "Recorded by"),
    )
    TEXT_COLUMNS = frozenset(range(7))

    def data(  # noqa: PLR0911 - one return per role
        self, index: Index, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        consent = self.row(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(consent, column)
        if role == ID_ROLE:
            return consent.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole and not consent.active_on_today:
            return QBrush(INACTIVE)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(consent)
        return None

    def _tooltip(self, consent: Any) -> str:
        lines = [labels.legal_basis_label(consent.basis)]
        if consent.legal_basis:
            lines.append(consent.legal_basis)
        if consent.recorded_by:
            lines.append(
                self.tr("Recorded by {person} ({organization})").format(
                    person=consent.recorded_by, organization=consent.recorded_by_organization
                )
            )
        return "\n".join(lines)

    def _text(self, consent: Any, column: int) -> str:
        if column == self.COL_RECIPIENT:
            return consent.recipient_name
        if column == self.COL_BASIS:
            label = labels.legal_basis_label(consent.basis)
            return f"{label}: {consent.legal_basis}" if consent.legal_basis else label
        if column == self.COL_BY:
            if not consent.recorded_by:
                return ""
            return f"{consent.recorded_by} ({consent.recorded_by_organization})"
        day = {
            self.COL_GIVEN: consent.given_on,
            self.COL_EXPIRES: consent.expires_on,
            self.COL_WITHDRAWN: consent.withdrawn_on,
        }.get(column)
        if column != self.COL_STATE:
            return format_date(day) if day else ""
        return self.tr("Yes") if consent.active_on_today else self.tr("No")


class ReferralsModel(RowsTableModel):
    """A case's referrals (``referrals.ReferralRow``), with their answers and dates."""

    CONTEXT = "CaseDetailModels"
    COL_FROM, COL_TO, COL_STATUS, COL_SENT, COL_ANSWERED, COL_REASON = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("CaseDetailModels", "From"),
        QT_TRANSLATE_NOOP("CaseDetailModels", "To"),
        QT_TRANSLATE_NOOP("CaseDetailModels", "Status"),
        QT_TRANSLATE_NOOP("CaseDetailModels", "Sent"),
        QT_TRANSLATE_NOOP("CaseDetailModels", "Answered"),
        QT_TRANSLATE_NOOP("CaseDetailModels", "Reason"),
    )
    TEXT_COLUMNS = frozenset(range(6))

    def __init__(self, parent: Any = None, tz: ZoneInfo = DEFAULT_TZ) -> None:
        super().__init__(parent)
        self.tz = tz

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        referral = self.row(index.row())
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(referral, column)
        if role == ID_ROLE:
            return referral.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        waiting = column == self.COL_STATUS and referral.status is ReferralStatus.SENT
        if role == Qt.ItemDataRole.ForegroundRole and waiting:
            return QBrush(WAITING)
        return None

    def _text(self, referral: Any, column: int) -> str:
        if column == self.COL_SENT:
            return format_moment(referral.sent_at, self.tz)
        if column == self.COL_ANSWERED:
            moment = referral.completed_at or referral.answered_at
            return format_moment(moment, self.tz) if moment else ""
        if column == self.COL_REASON:
            if referral.status is ReferralStatus.DECLINED and referral.decline_reason:
                return self.tr("{reason} — declined: {answer}").format(
                    reason=referral.reason, answer=referral.decline_reason
                )
            return referral.reason
        return (
            referral.from_name,
            referral.to_name,
            labels.referral_status_label(referral.status),
        )[column]


class LinkedModel(RowsTableModel):
    """What a case is linked to (debriefs, shifts, signals) as (kind, when, zone, summary)."""

    CONTEXT = "CaseDetailModels"
    COL_KIND, COL_WHEN, COL_ZONE, COL_SUMMARY = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("CaseDetailModels", "Kind"),
        QT_TRANSLATE_NOOP("CaseDetailModels", "When"),
        QT_TRANSLATE_NOOP("CaseDetailModels", "Zone"),
        QT_TRANSLATE_NOOP("CaseDetailModels", "What"),
    )
    TEXT_COLUMNS = frozenset(range(4))
    TOOLTIPS: ClassVar[dict[int, str]] = {}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        linked = self.row(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return linked[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(index.column())
        return None
