"""Human, translated text for cases, notes, people met, referrals and debriefs."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from console.models import (
    CaseStatus,
    Identification,
    Priority,
    ReferralStatus,
    SignalKind,
    Visibility,
)
from console.services.access import PermissionDenied
from console.services.access.audit import ReasonRequired
from console.services.cases.case_common import Refused, StaleCase
from console.services.cases.debriefs import DebriefExists
from console.views.common.runner import one_line

CONTEXT = "CaseTexts"


def _t(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


CASE_STATUSES = {
    CaseStatus.OPEN: QT_TRANSLATE_NOOP("CaseTexts", "Open"),
    CaseStatus.MONITORING: QT_TRANSLATE_NOOP("CaseTexts", "Monitoring"),
    CaseStatus.REFERRED: QT_TRANSLATE_NOOP("CaseTexts", "Referred"),
    CaseStatus.CLOSED: QT_TRANSLATE_NOOP("CaseTexts", "Closed"),
}
PRIORITIES = {
    Priority.LOW: QT_TRANSLATE_NOOP("CaseTexts", "Low"),
    Priority.NORMAL: QT_TRANSLATE_NOOP("CaseTexts", "Normal"),
    Priority.HIGH: QT_TRANSLATE_NOOP("CaseTexts", "High"),
}
AUDIENCES = {
    Visibility.SHARED: QT_TRANSLATE_NOOP("CaseTexts", "All partners"),
    Visibility.ORGANIZATION: QT_TRANSLATE_NOOP("CaseTexts", "Own organization"),
    Visibility.SOCIAL_SERVICES: QT_TRANSLATE_NOOP("CaseTexts", "Social services"),
}
AUDIENCE_COLOURS = {
    Visibility.SHARED: "#1e6b34",
    Visibility.ORGANIZATION: "#1f4e8c",
    Visibility.SOCIAL_SERVICES: "#7a3e9d",
}
REFERRAL_STATUSES = {
    ReferralStatus.SENT: QT_TRANSLATE_NOOP("CaseTexts", "Sent, waiting"),
    ReferralStatus.ACCEPTED: QT_TRANSLATE_NOOP("CaseTexts", "Accepted"),
    ReferralStatus.DECLINED: QT_TRANSLATE_NOOP("CaseTexts", "Declined"),
    ReferralStatus.COMPLETED: QT_TRANSLATE_NOOP("CaseTexts", "Completed"),
}
IDENTIFICATIONS = {
    Identification.ANONYMOUS: QT_TRANSLATE_NOOP("CaseTexts", "Anonymous"),
    Identification.NICKNAME: QT_TRANSLATE_NOOP("CaseTexts", "Nickname only"),
    Identification.NAMED: QT_TRANSLATE_NOOP("CaseTexts", "Named"),
}
# What a pair may have done in an outing (models.INTERVENTION_TYPES), as the checkboxes say it.
INTERVENTION_TYPES = {
    "presence": QT_TRANSLATE_NOOP("CaseTexts", "&Presence"),
    "contact": QT_TRANSLATE_NOOP("CaseTexts", "C&ontact"),
    "mediation": QT_TRANSLATE_NOOP("CaseTexts", "&Mediation"),
    "conflict_defused": QT_TRANSLATE_NOOP("CaseTexts", "Conflict &defused"),
    "information_given": QT_TRANSLATE_NOOP("CaseTexts", "&Information given"),
    "referral_proposed": QT_TRANSLATE_NOOP("CaseTexts", "&Referral proposed"),
}
SIGNAL_KINDS = {
    SignalKind.CITIZEN_REPORT: QT_TRANSLATE_NOOP("CaseTexts", "Citizen report"),
    SignalKind.POLICE_INTERVENTION: QT_TRANSLATE_NOOP("CaseTexts", "Police intervention"),
    SignalKind.MEDIA: QT_TRANSLATE_NOOP("CaseTexts", "Media item"),
}
# Quick choices of the reason asked before a case's notes are shown.
READING_REASONS = (
    QT_TRANSLATE_NOOP("CaseTexts", "coordination meeting"),
    QT_TRANSLATE_NOOP("CaseTexts", "follow-up"),
    QT_TRANSLATE_NOOP("CaseTexts", "referral"),
    QT_TRANSLATE_NOOP("CaseTexts", "case review"),
)


def case_status_label(status: CaseStatus) -> str:
    return _t(CASE_STATUSES[CaseStatus(status)])


def priority_label(priority: Priority) -> str:
    return _t(PRIORITIES[Priority(priority)])


def audience_label(visibility: Visibility) -> str:
    return _t(AUDIENCES[Visibility(visibility)])


def referral_status_label(status: ReferralStatus) -> str:
    return _t(REFERRAL_STATUSES[ReferralStatus(status)])


def identification_label(identification: Identification) -> str:
    return _t(IDENTIFICATIONS[Identification(identification)])


def intervention_type_label(kind: str, *, mnemonic: bool = False) -> str:
    source = INTERVENTION_TYPES.get(kind)
    if source is None:
        return kind
    text = _t(source)
    return text if mnemonic else text.replace("&", "")


def signal_kind_label(kind: SignalKind) -> str:
    return _t(SIGNAL_KINDS[SignalKind(kind)])


def reading_reasons() -> list[str]:
    return [_t(reason) for reason in READING_REASONS]


def error_text(exc: BaseException) -> str:
    """What a refused casework operation means, in the user's language; anything the view does
    not know falls back to the service's own one-line reason."""
    if isinstance(exc, Refused):  # a permission that depends on more than the role: say which
        return _t(
            QT_TRANSLATE_NOOP("CaseTexts", "You are not allowed to do this: {reason}.")
        ).format(reason=one_line(exc))
    if isinstance(exc, PermissionDenied):
        return _t(
            QT_TRANSLATE_NOOP(
                "CaseTexts",
                "You are not allowed to do this. Ask the case owner or a coordinator.",
            )
        )
    if isinstance(exc, ReasonRequired):
        return _t(QT_TRANSLATE_NOOP("CaseTexts", "Give a reason for reading this, in a few words."))
    if isinstance(exc, StaleCase):
        return _t(
            QT_TRANSLATE_NOOP(
                "CaseTexts",
                "Someone else changed this in the meantime. It has been loaded again as it is "
                "now: look at it and make your change again.",
            )
        )
    if isinstance(exc, DebriefExists):
        return _t(
            QT_TRANSLATE_NOOP(
                "CaseTexts", "This shift already has a debrief: someone recorded it already."
            )
        )
    return one_line(exc)
