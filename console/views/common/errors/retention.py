"""Refusals of the retention services, as people read them: the periods of the retention rules,
rectifying and erasing a person met (``console.services.retention``)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    "retention_months_out_of_range": QT_TRANSLATE_NOOP(
        "Errors",
        "A retention period must be from {low} to {high} months, not {months}. Correct the "
        "period and save again.",
    ),
    "retention_audit_too_short": QT_TRANSLATE_NOOP(
        "Errors",
        "Audit entries must be kept at least as long as the data they describe: set their "
        "period to {months} months or more, or shorten the longer periods.",
    ),
    "rectify_nothing_changed": QT_TRANSLATE_NOOP(
        "Errors", "The correction changes nothing: every value is already as given."
    ),
    "rectify_not_named": QT_TRANSLATE_NOOP(
        "Errors",
        "This person has no recorded name or year of birth to correct: record them, with their "
        "consent, from the person's panel in Cases.",
    ),
    "rectify_identity_not_visible": QT_TRANSLATE_NOOP(
        "Errors",
        "Your organization does not see this person's name, so it cannot correct it: the "
        "administrator (the data-protection officer) can, or record the person's consent first.",
    ),
    "erasure_refused_legal_obligation": QT_TRANSLATE_NOOP(
        "Errors",
        "This person cannot be erased: {organizations} must keep their data under a legal "
        "obligation. If that obligation has ended, withdraw that legal basis first.",
    ),
    "find_text_required": QT_TRANSLATE_NOOP(
        "Errors", "Type a nickname, a name or the person's number to search for."
    ),
    "find_text_too_long": QT_TRANSLATE_NOOP(
        "Errors", "A search has at most {limit} characters: type a shorter part of the name."
    ),
}
