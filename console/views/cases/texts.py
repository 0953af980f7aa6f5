"""Human, translated text for cases: the reasons offered for reading notes, and refusals."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from console.services.access import PermissionDenied
from console.services.access.audit import ReasonRequired
from console.services.cases.case_common import Refused, StaleCase
from console.services.cases.debriefs import DebriefExists
from console.views.common.runner import one_line

CONTEXT = "CaseTexts"


def _t(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


# Quick choices of the reason asked before a case's notes are shown.
READING_REASONS = (
    QT_TRANSLATE_NOOP("CaseTexts", "coordination meeting"),
    QT_TRANSLATE_NOOP("CaseTexts", "follow-up"),
    QT_TRANSLATE_NOOP("CaseTexts", "referral"),
    QT_TRANSLATE_NOOP("CaseTexts", "case review"),
)


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
