"""Human, translated text for cases: the reasons offered for reading notes.

Refusals of the services are shown by ``console.views.common.errors.error_text``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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
