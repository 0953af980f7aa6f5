"""The rules every free text a person types obeys, stated once: its size limit, no control
characters, and what counts as empty.

:data:`LIMITS` is the one table of how many characters each free-text field holds (the README
repeats it). :func:`clean_text` is the one check every service runs on a free text before it
writes it:

- a NUL or another C0/C1 control character is refused (``text_control_characters``); a tab and
  a line break are text, and a Windows or old-Mac line break becomes ``\\n``;
- whitespace and zero-width characters (U+200B..U+200D, U+2060, U+FEFF) at either end are
  removed, so a text made only of them is empty: refused when the text is required;
- a text longer than its limit is refused.

A service may name its own refusal for a blank or a too-long text (``blank``, ``too_long``); the
others get the shared ``text_required`` and ``text_too_long``, which name the field.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable

from console.services.errors import Refusal


class TextField(enum.StrEnum):
    """The free-text fields, by what a person calls them (the English word is the value)."""

    NOTE = "note"
    CASE_TITLE = "case title"
    REFERRAL_REASON = "reason for the referral"
    DECLINE_REASON = "reason for declining"
    NICKNAME = "nickname"
    FULL_NAME = "full name"
    SUBJECT_DESCRIPTION = "description"
    CARE_REFERENCE = "care reference"
    LEGAL_BASIS = "legal basis"
    DEBRIEF_OUTCOME = "outcome"
    DEBRIEF_FOLLOW_UP = "follow-up"
    SHIFT_OBJECTIVES = "shift objectives"
    ABSENCE_NOTE = "absence note"
    ZONE_NAME = "zone name"
    SIGNAL_SUMMARY = "signal summary"
    SIGNAL_CATEGORY = "signal category"
    SIGNAL_SOURCE = "signal source"
    MEETING_TITLE = "meeting title"
    MEETING_LOCATION = "meeting place"
    AGENDA_TITLE = "agenda item title"
    AGENDA_NOTES = "agenda item notes"
    DECISION = "decision"
    ACTION = "action"
    ACTION_REASON = "reason for the action's outcome"
    MINUTE = "minutes paragraph"
    CONFIDENTIALITY = "confidentiality statement"
    PROJECT_TITLE = "project title"
    FUNDER = "funder"
    PROJECT_OBJECTIVES = "project objectives"
    NARRATIVE = "narrative"
    EXPENSE_DESCRIPTION = "expense description"
    DOCUMENT_REF = "supporting document"
    JUSTIFICATION = "reason for reading"
    TEXT = "text"  # a text checked with its own limit (:func:`clean_limited`)


# How many characters each free text holds; a column's String(n) is never shorter.
LIMITS: dict[TextField, int] = {
    TextField.NOTE: 20_000,
    TextField.CASE_TITLE: 200,
    TextField.REFERRAL_REASON: 2_000,
    TextField.DECLINE_REASON: 2_000,
    TextField.NICKNAME: 120,
    TextField.FULL_NAME: 200,
    TextField.SUBJECT_DESCRIPTION: 2_000,
    TextField.CARE_REFERENCE: 80,
    TextField.LEGAL_BASIS: 1_000,
    TextField.DEBRIEF_OUTCOME: 5_000,
    TextField.DEBRIEF_FOLLOW_UP: 5_000,
    TextField.SHIFT_OBJECTIVES: 5_000,
    TextField.ABSENCE_NOTE: 1_000,
    TextField.ZONE_NAME: 120,
    TextField.SIGNAL_SUMMARY: 500,
    TextField.SIGNAL_CATEGORY: 80,
    TextField.SIGNAL_SOURCE: 120,
    TextField.MEETING_TITLE: 200,
    TextField.MEETING_LOCATION: 200,
    TextField.AGENDA_TITLE: 300,
    TextField.AGENDA_NOTES: 5_000,
    TextField.DECISION: 5_000,
    TextField.ACTION: 5_000,
    TextField.ACTION_REASON: 5_000,
    TextField.MINUTE: 5_000,
    TextField.CONFIDENTIALITY: 10_000,
    TextField.PROJECT_TITLE: 300,
    TextField.FUNDER: 200,
    TextField.PROJECT_OBJECTIVES: 20_000,
    TextField.NARRATIVE: 20_000,
    TextField.EXPENSE_DESCRIPTION: 300,
    TextField.DOCUMENT_REF: 200,
    TextField.JUSTIFICATION: 500,
}

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
# C0 controls but tab (09) and line feed (0A), DEL and the C1 controls; CR is handled apart.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_EDGES = f"{ZERO_WIDTH} \t\n\r\f\v\u00a0\u2028\u2029\u3000"


class TextRefusal(Refusal):
    """A free text the shared rules refuse; ``params['field']`` is the :class:`TextField`."""


def is_blank(value: str | None) -> bool:
    """True when ``value`` holds nothing but whitespace and zero-width characters."""
    return not strip_edges(value or "")


def strip_edges(value: str) -> str:
    """``value`` without whitespace and zero-width characters at either end."""
    text = value
    while True:
        shorter = text.strip().strip(_EDGES)
        if shorter == text:
            return text
        text = shorter


def check_characters(value: str, field: TextField) -> None:
    """Refuse (``text_control_characters``) a NUL or another control character."""
    found = _CONTROL.search(value.replace("\r", ""))
    if found is not None:
        raise TextRefusal(
            "text_control_characters",
            "the {field} contains a control character ({character}): remove it",
            field=field,
            character=f"U+{ord(found.group()):04X}",
        )


def clean_text(
    value: str | None,
    field: TextField,
    *,
    required: bool = False,
    blank: Callable[[], Refusal] | None = None,
    too_long: Callable[[], Refusal] | None = None,
) -> str:
    """``value`` ready to store: checked for control characters, line breaks as ``\\n``,
    whitespace and zero-width characters removed at either end.

    A blank text is ``""``, or refused when ``required`` (or ``blank`` is given): ``blank()``
    when given, else ``text_required``. Past ``LIMITS[field]`` characters: ``too_long()`` when
    given, else ``text_too_long``.
    """
    return _clean(value, field, LIMITS[field], required, blank, too_long)


def clean_limited(
    value: str | None,
    limit: int,
    *,
    too_long: Callable[[], Refusal],
    blank: Callable[[], Refusal] | None = None,
) -> str:
    """:func:`clean_text` for a caller that states its own limit and refusals (the earlier
    form of the check, kept for the consent's legal basis): same characters rule."""
    return _clean(value, TextField.TEXT, limit, False, blank, too_long)


def _clean(  # noqa: PLR0917 - the two public forms above share it
    value: str | None,
    field: TextField,
    limit: int,
    required: bool,
    blank: Callable[[], Refusal] | None,
    too_long: Callable[[], Refusal] | None,
) -> str:
    text = value or ""
    if not isinstance(text, str):
        raise TypeError(f"{field} is text, not {type(value).__name__}")
    check_characters(text, field)
    text = strip_edges(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text:
        if blank is not None:
            raise blank()
        if required:
            raise TextRefusal("text_required", "the {field} is required", field=field)
        return ""
    if len(text) > limit:
        if too_long is not None:
            raise too_long()
        raise TextRefusal(
            "text_too_long",
            "the {field} has at most {limit} characters; this one has {length}",
            field=field,
            limit=limit,
            length=len(text),
        )
    return text
