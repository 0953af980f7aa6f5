"""Words for documents that leave the console (PDF, .ics) in Italian and English, without Qt.

The GUI translates through Qt; files are written by services and reports, which have no Qt,
so their few words live here, once.
"""

from __future__ import annotations

from datetime import date

from console.models import (
    ActionStatus,
    AgendaKind,
    MeetingStatus,
    ShiftKind,
    ShiftStatus,
    Visibility,
)
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


# -- the minutes of a coordination meeting (reports/minutes.py) ------------------------------

PROJECT_NAME = {
    "it": "Progetto di prevenzione della criminalità e sostegno alle vittime",
    "en": "Crime prevention and victim support project",
}
PROJECT_PARTNERS = "Comune di Cremona · Regione Lombardia"
MINUTES = {
    "it": {
        "document": "Verbale del tavolo di coordinamento",
        "when": "Data e ora",
        "place": "Luogo",
        "status": "Stato",
        "version": "Versione",
        "at": "{day}, ore {time}",
        "no_place": "non indicato",
        "attendance": "Presenti",
        "name": "Nome",
        "organization": "Ente",
        "acknowledged_column": "Dichiarazione di riservatezza accettata",
        "approved_by": "{status} da {name}",
        "absent": "Invitati assenti: {names}.",
        "nobody": "Nessuna presenza registrata.",
        "summary": "Sintesi",
        "agenda": "Ordine del giorno",
        "no_items": "Nessun punto all'ordine del giorno.",
        "general": "Sulla riunione nel suo insieme",
        "proposed": "proposto perché: {reason}",
        "discussion": "Discussione",
        "decisions": "Decisioni",
        "actions": "Azioni",
        "action": "Azione",
        "owner": "Responsabile",
        "due": "Scadenza",
        "nothing": "Nulla a verbale su questo punto.",
        "amendment": "Rettifica:",
        "only_organization": "solo {organization}",
        "only_social": "solo servizi sociali",
        "no_personal_data": "Il verbale non contiene dati personali delle persone incontrate.",
        "generated": "Generato il {day} alle {time}",
        "page": "Pagina {n} di {total}",
    },
    "en": {
        "document": "Minutes of the coordination meeting",
        "when": "Date and time",
        "place": "Place",
        "status": "Status",
        "version": "Version",
        "at": "{day}, {time}",
        "no_place": "not given",
        "attendance": "Attendance",
        "name": "Name",
        "organization": "Organization",
        "acknowledged_column": "Confidentiality statement acknowledged",
        "approved_by": "{status} by {name}",
        "absent": "Invited, absent: {names}.",
        "nobody": "No attendance recorded.",
        "summary": "Summary",
        "agenda": "Agenda",
        "no_items": "No items on the agenda.",
        "general": "On the meeting as a whole",
        "proposed": "proposed because: {reason}",
        "discussion": "Discussion",
        "decisions": "Decisions",
        "actions": "Actions",
        "action": "Action",
        "owner": "Owner",
        "due": "Due",
        "nothing": "Nothing recorded on this item.",
        "amendment": "Amendment:",
        "only_organization": "{organization} only",
        "only_social": "social services only",
        "no_personal_data": "These minutes carry no personal data of the people met.",
        "generated": "Generated on {day} at {time}",
        "page": "Page {n} of {total}",
    },
}
# The version of the minutes, in the header of every page.
MINUTES_AUDIENCES = {
    "it": {
        Visibility.SHARED: "Versione condivisa — tutti i partner",
        Visibility.ORGANIZATION: "Versione per {organization}",
        Visibility.SOCIAL_SERVICES: "Versione per i servizi sociali",
    },
    "en": {
        Visibility.SHARED: "Shared version — all partners",
        Visibility.ORGANIZATION: "Version for {organization}",
        Visibility.SOCIAL_SERVICES: "Version for social services",
    },
}
MINUTES_STATUSES = {
    "it": {
        MeetingStatus.PLANNED: "Riunione in programma: verbale non ancora redatto",
        MeetingStatus.HELD: "Bozza del verbale, non ancora approvata",
        MeetingStatus.CLOSED: "Verbale approvato il {day} alle {time}",
    },
    "en": {
        MeetingStatus.PLANNED: "Planned meeting: no minutes yet",
        MeetingStatus.HELD: "Draft minutes, not yet approved",
        MeetingStatus.CLOSED: "Minutes approved on {day} at {time}",
    },
}
AGENDA_KINDS = {
    "it": {
        AgendaKind.ZONE: "Zona",
        AgendaKind.CASE: "Caso",
        AgendaKind.ACTIONS: "Azione aperta",
        AgendaKind.REFERRAL: "Invio",
        AgendaKind.PLANNING: "Pianificazione della prossima settimana",
        AgendaKind.OTHER: "Varie",
    },
    "en": {
        AgendaKind.ZONE: "Zone",
        AgendaKind.CASE: "Case",
        AgendaKind.ACTIONS: "Open action",
        AgendaKind.REFERRAL: "Referral",
        AgendaKind.PLANNING: "Next week's planning",
        AgendaKind.OTHER: "Other business",
    },
}
# Why the agenda proposal put an item on the agenda (AgendaItem.reason).
AGENDA_REASONS = {
    "it": {
        "action_open": "azione ancora aperta da una riunione precedente",
        "zone_threshold": "pressione sopra la soglia di revisione della zona",
        "zone_pressure_rising": "pressione in aumento e presenza in calo dall'ultima riunione",
        "case_review_due": "caso da rivedere",
        "case_high_priority": "caso ad alta priorità",
        "referral_waiting": "invio in attesa di risposta",
        "referral_declined": "invio rifiutato dall'ultima riunione",
        "planning_problems": "problemi nella pianificazione della prossima settimana",
    },
    "en": {
        "action_open": "action still open from an earlier meeting",
        "zone_threshold": "pressure above the zone's review threshold",
        "zone_pressure_rising": "pressure rose while presence fell since the last meeting",
        "case_review_due": "case due for review",
        "case_high_priority": "high-priority case",
        "referral_waiting": "referral waiting for an answer",
        "referral_declined": "referral declined since the last meeting",
        "planning_problems": "problems in next week's planning",
    },
}
ACTION_STATUSES = {
    "it": {
        ActionStatus.OPEN: "aperta",
        ActionStatus.DONE: "svolta",
        ActionStatus.NOT_DONE: "non svolta",
        ActionStatus.IMPOSSIBLE: "impossibile",
    },
    "en": {
        ActionStatus.OPEN: "open",
        ActionStatus.DONE: "done",
        ActionStatus.NOT_DONE: "not done",
        ActionStatus.IMPOSSIBLE: "impossible",
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


def day_month_year(day: date, lang: str) -> str:
    """'24 novembre 2026' / '24 November 2026'."""
    return f"{day.day} {MONTH_NAMES[language(lang)][day.month - 1]} {day.year}"


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
