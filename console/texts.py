"""Words for documents that leave the console (PDF, .ics) in Italian and English, without Qt.

The GUI translates through Qt; files are written by services and reports, which have no Qt,
so their few words live here, once.
"""

from __future__ import annotations

from datetime import date

from console.models import ShiftKind, ShiftStatus
from console.services.planning.rules import ViolationKind

LANGUAGES = ("it", "en")

DAY_NAMES = {
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
MONTH_NAMES = {
    "it": (
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
        "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip
SHIFT_KINDS = {
    "it": {
        ShiftKind.JOINT: "Turno congiunto",
        ShiftKind.OUTREACH: "Educativa di strada",
        ShiftKind.PATROL: "Presidio",
    },
    "en": {
        ShiftKind.JOINT: "Joint shift",
        ShiftKind.OUTREACH: "Outreach",
        ShiftKind.PATROL: "Patrol",
    },
}
SHIFT_STATUSES = {
    "it": {
        ShiftStatus.DRAFT: "bozza",
        ShiftStatus.PUBLISHED: "pubblicato",
        ShiftStatus.DONE: "svolto",
        ShiftStatus.CANCELLED: "annullato",
    },
    "en": {
        ShiftStatus.DRAFT: "draft",
        ShiftStatus.PUBLISHED: "published",
        ShiftStatus.DONE: "done",
        ShiftStatus.CANCELLED: "cancelled",
    },
}
VIOLATIONS = {
    "it": {
        ViolationKind.NO_EDUCATOR: "turno congiunto senza educatore",
        ViolationKind.NO_OFFICER: "turno congiunto senza agente",
        ViolationKind.OVERLAP: "{person} è in due turni sovrapposti",
        ViolationKind.ABSENT: "{person} è assente",
        ViolationKind.SHORT_REST: "{person} ha meno di 11 ore di riposo consecutive",
        ViolationKind.WEEKLY_HOURS: "{person} supera le ore settimanali del contratto",
    },
    "en": {
        ViolationKind.NO_EDUCATOR: "joint shift without an educator",
        ViolationKind.NO_OFFICER: "joint shift without an officer",
        ViolationKind.OVERLAP: "{person} is in two overlapping shifts",
        ViolationKind.ABSENT: "{person} is absent",
        ViolationKind.SHORT_REST: "{person} has less than 11 consecutive hours of rest",
        ViolationKind.WEEKLY_HOURS: "{person} is above the weekly contract hours",
    },
}


def language(code: str | None) -> str:
    """A supported language code; anything else falls back to English."""
    return code if code in LANGUAGES else "en"


def long_date(day: date, lang: str) -> str:
    """'martedì 24 novembre 2026' / 'Tuesday 24 November 2026'."""
    lang = language(lang)
    return (
        f"{DAY_NAMES[lang][day.weekday()]} {day.day} {MONTH_NAMES[lang][day.month - 1]} {day.year}"
    )


def date_range(first: date, last: date, lang: str) -> str:
    """'23–29 novembre 2026', '30 novembre – 6 dicembre 2026'."""
    months = MONTH_NAMES[language(lang)]
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {months[last.month - 1]} {last.year}"
    if first.year == last.year:
        start = f"{first.day} {months[first.month - 1]}"
        return f"{start} – {last.day} {months[last.month - 1]} {last.year}"
    return (
        f"{first.day} {months[first.month - 1]} {first.year} – "
        f"{last.day} {months[last.month - 1]} {last.year}"
    )
