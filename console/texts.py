"""Words for documents that leave the console (PDF, .ics) in Italian and English, without Qt.

The GUI translates through Qt; files are written by services and reports, which have no Qt,
so their few words live here, once.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

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
        ViolationKind.UNAVAILABLE: "{person} non è disponibile in quell'orario",
        ViolationKind.SHORT_REST: "{person} ha meno di 11 ore di riposo consecutive",
        ViolationKind.WEEKLY_HOURS: "{person} supera le ore settimanali del contratto",
        ViolationKind.HOLIDAY: "turno in un giorno festivo ({holiday})",
    },
    "en": {
        ViolationKind.NO_EDUCATOR: "joint shift without an educator",
        ViolationKind.NO_OFFICER: "joint shift without an officer",
        ViolationKind.OVERLAP: "{person} is in two overlapping shifts",
        ViolationKind.ABSENT: "{person} is absent",
        ViolationKind.UNAVAILABLE: "{person} is unavailable at that time",
        ViolationKind.SHORT_REST: "{person} has less than 11 consecutive hours of rest",
        ViolationKind.WEEKLY_HOURS: "{person} is above the weekly contract hours",
        ViolationKind.HOLIDAY: "shift on a public holiday ({holiday})",
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


def number(value: float | Decimal | int, places: int, lang: str) -> str:
    """'1.234,5' (it) or '1,234.5' (en), with ``places`` decimals."""
    text = f"{value:,.{places}f}"
    if language(lang) == "it":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


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


# -- the activity summary (reports/summary.py) -----------------------------------------------

SUMMARY = {
    "it": {
        "document": "Sintesi delle attività",
        "period": "Periodo: {period}",
        "previous": "Confronto con il periodo precedente: {period}",
        "no_previous": "Nessun periodo precedente di pari durata con attività: nessun confronto.",
        "zone_only": "Solo la zona: {zone}",
        "all_zones": "Tutte le zone del progetto",
        "threshold": "I conteggi di persone inferiori a {n} sono indicati come «<{n}».",
        "figures": "Cifre del periodo",
        "figure": "Indicatore",
        "this_period": "Periodo",
        "previous_period": "Precedente",
        "change": "Variazione",
        "joint_planned": "Turni congiunti programmati",
        "joint_done": "Turni congiunti svolti",
        "joint_to_debrief": "Turni congiunti conclusi in attesa di resoconto",
        "outings": "Uscite (resoconti)",
        "outing_hours": "Ore di presenza nelle uscite",
        "presence_hours": "Ore di presidio (indice della mappa)",
        "contacts": "Contatti",
        "people_met": "Persone incontrate",
        "cases_opened": "Casi aperti",
        "cases_closed": "Casi chiusi",
        "cases_active": "Casi attivi a fine periodo",
        "referrals": "Invii ad altri servizi",
        "signals": "Segnalazioni",
        "pressure": "Pressione (segnalazioni pesate a settimana)",
        "meetings_held": "Tavoli di coordinamento tenuti",
        "actions_done": "Azioni svolte",
        "actions_open": "Azioni aperte",
        "charts": "Grafici",
        "shifts_chart": "Turni congiunti programmati e svolti per zona",
        "planned": "programmati",
        "done": "svolti",
        "shifts_axis": "turni",
        "hours_zone_chart": "Ore di presenza per zona",
        "hours_org_chart": "Ore delle persone nelle uscite per ente",
        "hours_axis": "ore",
        "contacts_age_chart": "Contatti per fascia d'età",
        "contacts_gender_chart": "Contatti per genere",
        "contacts_axis": "contatti",
        "people_chart": "Persone incontrate per grado di identificazione",
        "people_axis": "persone",
        "cases_chart": "Casi",
        "cases_axis": "casi",
        "opened": "aperti",
        "closed": "chiusi",
        "active": "attivi",
        "referrals_chart": "Invii per stato",
        "referrals_org_chart": "Invii per ente ricevente",
        "referrals_axis": "invii",
        "signals_chart": "Segnalazioni per tipo",
        "signals_axis": "segnalazioni",
        "trend_chart": "Pressione e presidio per settimana",
        "empty_chart": "Nulla da mostrare per questo periodo",
        "trend_pressure": "Pressione (segnalazioni pesate)",
        "trend_presence": "Presidio (ore)",
        "before_after_chart": "Pressione prima e dopo l'avvio dei turni congiunti",
        "before_after_hours_chart": "Presidio prima e dopo l'avvio dei turni congiunti",
        "before": "prima",
        "after": "dopo",
        "pressure_axis": "segnalazioni pesate a settimana",
        "zones": "Zone",
        "zone": "Zona: {zone}",
        "joint_since": "Turni congiunti dal {day}: {days} giorni prima e dopo.",
        "no_joint": "Nessun turno congiunto nella zona.",
        "zone_totals_note": "Per zona solo i totali: le suddivisioni sono nel riepilogo generale.",
        "method": "Nota metodologica",
        "method_items": (
            "Il periodo va dalla mezzanotte del primo giorno a quella dopo l'ultimo ({tz}).",
            "Turni congiunti: turni con almeno un educatore e un agente che iniziano nel "
            "periodo; programmati = pubblicati o svolti, svolti = registrati come svolti.",
            "Uscite e ore: i resoconti delle uscite iniziati nel periodo e la loro durata; le "
            "ore per ente sommano le ore di ogni partecipante.",
            "Contatti: i contatti registrati nei resoconti; fascia d'età e genere dove il "
            "resoconto li riporta, il resto «non registrato».",
            "Persone incontrate: persone distinte collegate ai resoconti del periodo, per grado "
            "di identificazione (anonima, soprannome, con nome e consenso).",
            "Casi: aperti nel periodo, chiusi nel periodo, attivi alla fine del periodo. Invii: "
            "inviati nel periodo, con lo stato di oggi.",
            "Segnalazioni: cittadini, interventi di polizia e stampa nel periodo; pressione = "
            "segnalazioni pesate per settimana; presidio = ore dei turni congiunti pubblicati o "
            "svolti più i resoconti fuori turno.",
            "Riservatezza: nessun nome, nota o soprannome. Ogni conteggio di persone tra 1 e "
            "{below} è indicato come «<{n}»; se in un gruppo ne resta nascosto uno solo, si "
            "nasconde anche il più piccolo degli altri, così che il totale non lo riveli.",
        ),
        "weights": "Pesi della pressione: segnalazioni dei cittadini {citizen}, interventi di "
        "polizia {police}, stampa {media}.",
        "not_recorded": "non registrato",
        "generated": "Generato il {day} alle {time}",
        "page": "Pagina {n} di {total}",
    },
    "en": {
        "document": "Activity summary",
        "period": "Period: {period}",
        "previous": "Compared with the previous period: {period}",
        "no_previous": "No previous period of the same length with activity: no comparison.",
        "zone_only": "Zone only: {zone}",
        "all_zones": "All the project's zones",
        "threshold": "Counts of people under {n} are shown as “<{n}”.",
        "figures": "Figures of the period",
        "figure": "Figure",
        "this_period": "Period",
        "previous_period": "Previous",
        "change": "Change",
        "joint_planned": "Joint shifts planned",
        "joint_done": "Joint shifts done",
        "joint_to_debrief": "Joint shifts to debrief (worked, no debrief yet)",
        "outings": "Outings (debriefs)",
        "outing_hours": "Hours of presence in outings",
        "presence_hours": "Presence hours (the map's index)",
        "contacts": "Contacts",
        "people_met": "People met",
        "cases_opened": "Cases opened",
        "cases_closed": "Cases closed",
        "cases_active": "Cases active at the end",
        "referrals": "Referrals to other services",
        "signals": "Signals",
        "pressure": "Pressure (weighted signals per week)",
        "meetings_held": "Coordination meetings held",
        "actions_done": "Actions done",
        "actions_open": "Actions open",
        "charts": "Charts",
        "shifts_chart": "Joint shifts planned and done per zone",
        "planned": "planned",
        "done": "done",
        "shifts_axis": "shifts",
        "hours_zone_chart": "Hours of presence per zone",
        "hours_org_chart": "People's hours in outings per organization",
        "hours_axis": "hours",
        "contacts_age_chart": "Contacts by age band",
        "contacts_gender_chart": "Contacts by gender",
        "contacts_axis": "contacts",
        "people_chart": "People met by identification stage",
        "people_axis": "people",
        "cases_chart": "Cases",
        "cases_axis": "cases",
        "opened": "opened",
        "closed": "closed",
        "active": "active",
        "referrals_chart": "Referrals by status",
        "referrals_org_chart": "Referrals by receiving organization",
        "referrals_axis": "referrals",
        "signals_chart": "Signals by kind",
        "signals_axis": "signals",
        "trend_chart": "Pressure and presence per week",
        "empty_chart": "Nothing to show for this period",
        "trend_pressure": "Pressure (weighted signals)",
        "trend_presence": "Presence (hours)",
        "before_after_chart": "Pressure before and after joint shifts began",
        "before_after_hours_chart": "Presence hours before and after joint shifts began",
        "before": "before",
        "after": "after",
        "pressure_axis": "weighted signals per week",
        "zones": "Zones",
        "zone": "Zone: {zone}",
        "joint_since": "Joint shifts since {day}: {days} days before and after.",
        "no_joint": "No joint shift in the zone.",
        "zone_totals_note": "Per zone, totals only: the breakdowns are in the overall summary.",
        "method": "Method note",
        "method_items": (
            "The period runs from midnight of its first day to midnight after its last ({tz}).",
            "Joint shifts: shifts with at least one educator and one officer starting in the "
            "period; planned = published or done, done = recorded as done.",
            "Outings and hours: the debriefs of outings starting in the period and their "
            "length; hours per organization add up each participant's hours.",
            "Contacts: the contacts recorded in debriefs; age band and gender where the debrief "
            "gives them, the rest “not recorded”.",
            "People met: distinct people linked to the period's debriefs, by identification "
            "stage (anonymous, nickname, named with consent).",
            "Cases: opened in the period, closed in it, active at its end. Referrals: sent in "
            "the period, with their status today.",
            "Signals: citizen reports, police interventions and media in the period; pressure = "
            "weighted signals per week; presence = hours of joint shifts published or done plus "
            "debriefs outside a shift.",
            "Confidentiality: no name, note or nickname. Every count of people from 1 to {below} "
            "is shown as “<{n}”; when a group would hide only one, the smallest other is hidden "
            "too, so that the total does not reveal it.",
        ),
        "weights": "Weights of the pressure index: citizen reports {citizen}, police "
        "interventions {police}, media {media}.",
        "not_recorded": "not recorded",
        "generated": "Generated on {day} at {time}",
        "page": "Page {n} of {total}",
    },
}
IDENTIFICATION_STAGES = {
    "it": {"anonymous": "anonima", "nickname": "soprannome", "named": "con nome"},
    "en": {"anonymous": "anonymous", "nickname": "nickname", "named": "named"},
}
GENDER_GROUPS = {
    "it": {"f": "donne", "m": "uomini", "other": "altro"},
    "en": {"f": "women", "m": "men", "other": "other"},
}
REFERRAL_STATUSES = {
    "it": {
        "sent": "inviato",
        "accepted": "accettato",
        "declined": "rifiutato",
        "completed": "concluso",
    },
    "en": {
        "sent": "sent",
        "accepted": "accepted",
        "declined": "declined",
        "completed": "completed",
    },
}
SIGNAL_KINDS = {
    "it": {
        "citizen_report": "segnalazioni dei cittadini",
        "police_intervention": "interventi di polizia",
        "media": "rassegna stampa",
    },
    "en": {
        "citizen_report": "citizen reports",
        "police_intervention": "police interventions",
        "media": "media",
    },
}

# -- the funding report (reports/funding.py, reports/funding_xlsx.py) ----------------------

FUNDING = {
    "it": {
        "document": "Rendicontazione del progetto",
        "period": "Periodo",
        "project": "Progetto",
        "funder": "Ente finanziatore",
        "cup": "Codice CUP",
        "grant": "Contributo concesso",
        "duration": "Durata del progetto",
        "not_set": "non indicato",
        "costs": "Spese del periodo",
        "staff": "Ore di lavoro nel territorio",
        "staff_about": (
            "Ore-persona delle uscite registrate (resoconti) nel periodo, per ente e ruolo, "
            "per il costo orario di ciascuno; le ore sono arrotondate al centesimo e il costo "
            "al centesimo di euro."
        ),
        "organization": "Ente",
        "role": "Ruolo",
        "hours": "Ore",
        "hourly_cost": "Costo orario",
        "cost": "Importo",
        "no_cost": "costo orario non indicato",
        "missing_costs": (
            "Attenzione: {n} righe senza costo orario; le loro ore non sono incluse nel totale."
        ),
        "staff_total": "Totale ore di lavoro",
        "no_hours": "Nessuna uscita registrata nel periodo.",
        "expenses": "Altre spese",
        "date": "Data",
        "description": "Descrizione",
        "document_ref": "Giustificativo",
        "amount": "Importo",
        "expenses_total": "Totale altre spese",
        "no_expenses": "Nessuna altra spesa nel periodo.",
        "budget": "Spese rispetto al contributo",
        "total": "Totale spese del periodo",
        "share_used": "Quota del contributo utilizzata",
        "remaining": "Contributo residuo",
        "no_grant": "contributo non indicato",
        "results": "Risultati rispetto agli obiettivi",
        "objectives": "Obiettivi del progetto",
        "no_objectives": "Nessun obiettivo indicato nelle impostazioni del progetto.",
        "indicator": "Indicatore",
        "value": "Periodo",
        "previous": "Periodo precedente",
        "change": "Variazione",
        "previous_about": "Periodo precedente: {range}.",
        "suppressed_about": (
            "I conteggi di persone inferiori a {threshold} sono indicati come «<{threshold}» "
            "per non rendere identificabile nessuno."
        ),
        "narrative": "Relazione del coordinamento",
        "activities": "Attività svolte",
        "narrative_results": "Risultati raggiunti",
        "difficulties": "Criticità incontrate",
        "next_steps": "Prossimi passi",
        "not_written": "Non compilato.",
        "generated": "Generato il {day} alle {time}",
        "page": "Pagina {n} di {total}",
        "sheet_summary": "Riepilogo",
        "sheet_hours": "Ore e costi",
        "sheet_expenses": "Altre spese",
        "sheet_results": "Risultati",
        "sheet_narrative": "Relazione",
    },
    "en": {
        "document": "Funding report",
        "period": "Period",
        "project": "Project",
        "funder": "Funder",
        "cup": "CUP code",
        "grant": "Grant awarded",
        "duration": "Project duration",
        "not_set": "not set",
        "costs": "Costs of the period",
        "staff": "Hours of work in the field",
        "staff_about": (
            "Person-hours of the outings recorded (debriefs) in the period, by organization and "
            "role, times each one's hourly cost; hours are rounded to the hundredth and costs to "
            "the cent."
        ),
        "organization": "Organization",
        "role": "Role",
        "hours": "Hours",
        "hourly_cost": "Hourly cost",
        "cost": "Amount",
        "no_cost": "no hourly cost set",
        "missing_costs": (
            "Warning: {n} lines without an hourly cost; their hours are not in the total."
        ),
        "staff_total": "Total hours of work",
        "no_hours": "No outing recorded in the period.",
        "expenses": "Other expenses",
        "date": "Date",
        "description": "Description",
        "document_ref": "Supporting document",
        "amount": "Amount",
        "expenses_total": "Total other expenses",
        "no_expenses": "No other expense in the period.",
        "budget": "Costs against the grant",
        "total": "Total costs of the period",
        "share_used": "Share of the grant used",
        "remaining": "Grant remaining",
        "no_grant": "no grant set",
        "results": "Results against the objectives",
        "objectives": "Objectives of the project",
        "no_objectives": "No objective set in the project's settings.",
        "indicator": "Indicator",
        "value": "Period",
        "previous": "Previous period",
        "change": "Change",
        "previous_about": "Previous period: {range}.",
        "suppressed_about": (
            "Counts of people under {threshold} show as “<{threshold}” so that nobody can be "
            "identified."
        ),
        "narrative": "Coordinator's report",
        "activities": "Activities carried out",
        "narrative_results": "Results achieved",
        "difficulties": "Difficulties met",
        "next_steps": "Next steps",
        "not_written": "Not written.",
        "generated": "Generated on {day} at {time}",
        "page": "Page {n} of {total}",
        "sheet_summary": "Summary",
        "sheet_hours": "Hours and costs",
        "sheet_expenses": "Other expenses",
        "sheet_results": "Results",
        "sheet_narrative": "Report",
    },
}
FUNDING_INDICATORS = {
    "it": {
        "outings": "Uscite registrate",
        "outing_hours": "Ore di presenza nel territorio",
        "joint_shifts": "Turni congiunti svolti",
        "contacts": "Contatti",
        "people_met": "Persone incontrate",
        "cases_active": "Situazioni seguite",
        "referrals": "Invii ad altri servizi",
        "meetings": "Tavoli di coordinamento",
    },
    "en": {
        "outings": "Outings recorded",
        "outing_hours": "Hours of presence in the field",
        "joint_shifts": "Joint shifts done",
        "contacts": "Contacts",
        "people_met": "People met",
        "cases_active": "Cases followed",
        "referrals": "Referrals to other services",
        "meetings": "Coordination meetings",
    },
}
FUNDING_ROLES = {
    "it": {
        "admin": "amministratore",
        "coordinator": "coordinatore",
        "educator": "educatore",
        "officer": "agente",
        "social_worker": "assistente sociale",
        "manager": "responsabile",
    },
    "en": {
        "admin": "administrator",
        "coordinator": "coordinator",
        "educator": "educator",
        "officer": "officer",
        "social_worker": "social worker",
        "manager": "manager",
    },
}
