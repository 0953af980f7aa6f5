"""How an audit entry's details read to people: each recorded field by its name in the reader's
language, ids as "case no. 3" or the organization's name, stored codes as their labels.

Administrators read the log, not people's data: free texts (titles, nicknames, notes, reasons)
show only that they were recorded, never what they say. Which fields those are is the services'
rule (:func:`console.services.access.audit_details.is_hidden`, also used by the CSV exports);
FIELDS names every column the log may name and how its value reads; a field missing from it
shows as stored.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from console.models import (
    AbsenceKind,
    ActionStatus,
    AgendaKind,
    CaseStatus,
    Identification,
    LegalBasis,
    MeetingStatus,
    Priority,
    ReferralStatus,
    Role,
    ShiftKind,
    ShiftStatus,
    SignalKind,
    Visibility,
)
from console.services.access.audit_details import is_hidden
from console.views.common import labels

CONTEXT = "AuditFields"
NOTHING = "—"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class Field:
    """A recorded field: its label (source text in the AuditFields context) and how its value
    reads: "value" as recorded (numbers, dates), "id" of a record (``ref`` names the kind),
    "organization", "enum" (``labels`` by entity). Whether it is shown at all is
    :func:`is_hidden`'s decision."""

    label: str
    kind: str = "value"
    ref: str = ""


def _id(label: str, ref: str) -> Field:
    return Field(label, "id", ref)


# "No. {id}" of each kind of record, in the AuditFields context (Italian needs the gender).
REFERENCES: dict[str, str] = {
    "case": QT_TRANSLATE_NOOP("AuditFields", "case no. {id}"),
    "meeting": QT_TRANSLATE_NOOP("AuditFields", "meeting no. {id}"),
    "zone": QT_TRANSLATE_NOOP("AuditFields", "zone no. {id}"),
    "person": QT_TRANSLATE_NOOP("AuditFields", "person no. {id}"),
    "user": QT_TRANSLATE_NOOP("AuditFields", "account no. {id}"),
    "shift": QT_TRANSLATE_NOOP("AuditFields", "shift no. {id}"),
    "subject": QT_TRANSLATE_NOOP("AuditFields", "person met no. {id}"),
    "note": QT_TRANSLATE_NOOP("AuditFields", "note no. {id}"),
    "referral": QT_TRANSLATE_NOOP("AuditFields", "referral no. {id}"),
    "action": QT_TRANSLATE_NOOP("AuditFields", "action no. {id}"),
    "item": QT_TRANSLATE_NOOP("AuditFields", "agenda item no. {id}"),
    "decision": QT_TRANSLATE_NOOP("AuditFields", "decision no. {id}"),
    "intervention": QT_TRANSLATE_NOOP("AuditFields", "debrief no. {id}"),
    "signal": QT_TRANSLATE_NOOP("AuditFields", "signal no. {id}"),
    "entry": QT_TRANSLATE_NOOP("AuditFields", "paragraph no. {id}"),
    "record": QT_TRANSLATE_NOOP("AuditFields", "record no. {id}"),
}

FIELDS: dict[str, Field] = {
    # who and which
    "case_id": _id(QT_TRANSLATE_NOOP("AuditFields", "Case"), "case"),
    "meeting_id": _id(QT_TRANSLATE_NOOP("AuditFields", "Meeting"), "meeting"),
    "zone_id": _id(QT_TRANSLATE_NOOP("AuditFields", "Zone"), "zone"),
    "usual_zone_id": _id(QT_TRANSLATE_NOOP("AuditFields", "Usual zone"), "zone"),
    "person_id": _id(QT_TRANSLATE_NOOP("AuditFields", "Person"), "person"),
    "owner_id": _id(QT_TRANSLATE_NOOP("AuditFields", "Owner"), "person"),
    "author_id": _id(QT_TRANSLATE_NOOP("AuditFields", "Author"), "person"),
    "created_by_id": _id(QT_TRANSLATE_NOOP("AuditFields", "Created by"), "person"),
    "updated_by_id": _id(QT_TRANSLATE_NOOP("AuditFields", "Changed by"), "person"),
    "approved_by_id": _id(QT_TRANSLATE_NOOP("AuditFields", "Approved by"), "person"),
    "recorded_by_id": _id(QT_TRANSLATE_NOOP("AuditFields", "Recorded by"), "person"),
    "sent_by_id": _id(QT_TRANSLATE_NOOP("AuditFields", "Sent by"), "person"),
    "user_id": _id(QT_TRANSLATE_NOOP("AuditFields", "Account"), "user"),
    "shift_id": _id(QT_TRANSLATE_NOOP("AuditFields", "Shift"), "shift"),
    "subject_id": _id(QT_TRANSLATE_NOOP("AuditFields", "Person met"), "subject"),
    "amends_note_id": _id(QT_TRANSLATE_NOOP("AuditFields", "Amends"), "note"),
    "amends_entry_id": _id(QT_TRANSLATE_NOOP("AuditFields", "Amends"), "entry"),
    "referral_id": _id(QT_TRANSLATE_NOOP("AuditFields", "Referral"), "referral"),
    "action_item_id": _id(QT_TRANSLATE_NOOP("AuditFields", "Action"), "action"),
    "agenda_item_id": _id(QT_TRANSLATE_NOOP("AuditFields", "Agenda item"), "item"),
    "decision_id": _id(QT_TRANSLATE_NOOP("AuditFields", "Decision"), "decision"),
    "intervention_id": _id(QT_TRANSLATE_NOOP("AuditFields", "Debrief"), "intervention"),
    "signal_id": _id(QT_TRANSLATE_NOOP("AuditFields", "Signal"), "signal"),
    "effect_id": _id(QT_TRANSLATE_NOOP("AuditFields", "Effect"), "record"),
    "entity_id": _id(QT_TRANSLATE_NOOP("AuditFields", "Record"), "record"),
    "id": _id(QT_TRANSLATE_NOOP("AuditFields", "Record"), "record"),
    "organization_id": Field(QT_TRANSLATE_NOOP("AuditFields", "Organization"), "organization"),
    "from_organization_id": Field(QT_TRANSLATE_NOOP("AuditFields", "From"), "organization"),
    "to_organization_id": Field(QT_TRANSLATE_NOOP("AuditFields", "To"), "organization"),
    "recipient_organization_id": Field(
        QT_TRANSLATE_NOOP("AuditFields", "Recipient"), "organization"
    ),
    # stored codes
    "status": Field(QT_TRANSLATE_NOOP("AuditFields", "Status"), "enum"),
    "kind": Field(QT_TRANSLATE_NOOP("AuditFields", "Kind"), "enum"),
    "role": Field(QT_TRANSLATE_NOOP("AuditFields", "Role"), "enum"),
    "visibility": Field(QT_TRANSLATE_NOOP("AuditFields", "Audience"), "enum"),
    "audience": Field(QT_TRANSLATE_NOOP("AuditFields", "Audience"), "enum"),
    "identification": Field(QT_TRANSLATE_NOOP("AuditFields", "Identification"), "enum"),
    "priority": Field(QT_TRANSLATE_NOOP("AuditFields", "Priority"), "enum"),
    "types": Field(QT_TRANSLATE_NOOP("AuditFields", "What was done"), "enum"),
    "reason": Field(QT_TRANSLATE_NOOP("AuditFields", "Reason"), "enum"),
    "legal_basis": Field(QT_TRANSLATE_NOOP("AuditFields", "Legal reference")),
    "basis": Field(QT_TRANSLATE_NOOP("AuditFields", "Legal basis"), "enum"),
    "source": Field(QT_TRANSLATE_NOOP("AuditFields", "Source"), "enum"),
    "effect_kind": Field(QT_TRANSLATE_NOOP("AuditFields", "Effect"), "enum"),
    "action": Field(QT_TRANSLATE_NOOP("AuditFields", "Action")),
    "entity": Field(QT_TRANSLATE_NOOP("AuditFields", "Kind")),
    "category": Field(QT_TRANSLATE_NOOP("AuditFields", "Category"), "value"),
    "months": Field(QT_TRANSLATE_NOOP("AuditFields", "Months")),
    "changed_at": Field(QT_TRANSLATE_NOOP("AuditFields", "Changed on")),
    "changed_by_id": _id(QT_TRANSLATE_NOOP("AuditFields", "Changed by"), "user"),
    "field": Field(QT_TRANSLATE_NOOP("AuditFields", "Field")),
    "old_value": Field(QT_TRANSLATE_NOOP("AuditFields", "Value before")),
    "new_value": Field(QT_TRANSLATE_NOOP("AuditFields", "Corrected value")),
    "amended_by_id": _id(QT_TRANSLATE_NOOP("AuditFields", "Corrected by"), "user"),
    "amended_at": Field(QT_TRANSLATE_NOOP("AuditFields", "Corrected on")),
    # when
    "starts_at": Field(QT_TRANSLATE_NOOP("AuditFields", "Starts")),
    "ends_at": Field(QT_TRANSLATE_NOOP("AuditFields", "Ends")),
    "starts_on": Field(QT_TRANSLATE_NOOP("AuditFields", "First day")),
    "ends_on": Field(QT_TRANSLATE_NOOP("AuditFields", "Last day")),
    "started_at": Field(QT_TRANSLATE_NOOP("AuditFields", "Started")),
    "ended_at": Field(QT_TRANSLATE_NOOP("AuditFields", "Ended")),
    "occurred_at": Field(QT_TRANSLATE_NOOP("AuditFields", "Occurred")),
    "written_at": Field(QT_TRANSLATE_NOOP("AuditFields", "Written")),
    "recorded_at": Field(QT_TRANSLATE_NOOP("AuditFields", "Recorded")),
    "created_at": Field(QT_TRANSLATE_NOOP("AuditFields", "Created")),
    "opened_at": Field(QT_TRANSLATE_NOOP("AuditFields", "Opened")),
    "closed_at": Field(QT_TRANSLATE_NOOP("AuditFields", "Closed")),
    "sent_at": Field(QT_TRANSLATE_NOOP("AuditFields", "Sent")),
    "answered_at": Field(QT_TRANSLATE_NOOP("AuditFields", "Answered")),
    "completed_at": Field(QT_TRANSLATE_NOOP("AuditFields", "Completed")),
    "approved_at": Field(QT_TRANSLATE_NOOP("AuditFields", "Approved")),
    "acknowledged_at": Field(QT_TRANSLATE_NOOP("AuditFields", "Acknowledged")),
    "held_at": Field(QT_TRANSLATE_NOOP("AuditFields", "Held")),
    "done_at": Field(QT_TRANSLATE_NOOP("AuditFields", "Done")),
    "due_on": Field(QT_TRANSLATE_NOOP("AuditFields", "Due")),
    "next_review_on": Field(QT_TRANSLATE_NOOP("AuditFields", "Next review")),
    "given_on": Field(QT_TRANSLATE_NOOP("AuditFields", "Given")),
    "expires_on": Field(QT_TRANSLATE_NOOP("AuditFields", "Expires")),
    "withdrawn_on": Field(QT_TRANSLATE_NOOP("AuditFields", "Withdrawn")),
    "left_on": Field(QT_TRANSLATE_NOOP("AuditFields", "Left")),
    "spent_on": Field(QT_TRANSLATE_NOOP("AuditFields", "Spent")),
    "period_start": Field(QT_TRANSLATE_NOOP("AuditFields", "Period from")),
    "period_end": Field(QT_TRANSLATE_NOOP("AuditFields", "Period to")),
    "week_monday": Field(QT_TRANSLATE_NOOP("AuditFields", "Week of")),
    "last_login_at": Field(QT_TRANSLATE_NOOP("AuditFields", "Last sign-in")),
    "locked_until": Field(QT_TRANSLATE_NOOP("AuditFields", "Locked until")),
    "until": Field(QT_TRANSLATE_NOOP("AuditFields", "Locked until")),
    "today": Field(QT_TRANSLATE_NOOP("AuditFields", "Day")),
    "at": Field(QT_TRANSLATE_NOOP("AuditFields", "When")),
    # numbers and flags
    "position": Field(QT_TRANSLATE_NOOP("AuditFields", "Position")),
    "contacts_count": Field(QT_TRANSLATE_NOOP("AuditFields", "Contacts")),
    "weekly_hours": Field(QT_TRANSLATE_NOOP("AuditFields", "Weekly hours")),
    "review_threshold": Field(QT_TRANSLATE_NOOP("AuditFields", "Review threshold")),
    "failed_logins": Field(QT_TRANSLATE_NOOP("AuditFields", "Failed sign-ins")),
    "amount": Field(QT_TRANSLATE_NOOP("AuditFields", "Amount")),
    "grant_amount": Field(QT_TRANSLATE_NOOP("AuditFields", "Grant")),
    "hourly_cost": Field(QT_TRANSLATE_NOOP("AuditFields", "Hourly cost")),
    "rows": Field(QT_TRANSLATE_NOOP("AuditFields", "Rows")),
    "active": Field(QT_TRANSLATE_NOOP("AuditFields", "Active")),
    # Propose the week (services.roster): demand patterns, availability, locks.
    "locked": Field(QT_TRANSLATE_NOOP("AuditFields", "Locked")),
    "days": Field(QT_TRANSLATE_NOOP("AuditFields", "Days (Monday = 1, Sunday = 64)")),
    "weekday": Field(QT_TRANSLATE_NOOP("AuditFields", "Weekday (0 = Monday)")),
    "start_minute": Field(QT_TRANSLATE_NOOP("AuditFields", "Start (minutes after midnight)")),
    "end_minute": Field(QT_TRANSLATE_NOOP("AuditFields", "End (minutes after midnight)")),
    "educators": Field(QT_TRANSLATE_NOOP("AuditFields", "Educators")),
    "officers": Field(QT_TRANSLATE_NOOP("AuditFields", "Officers")),
    "follows_pressure": Field(QT_TRANSLATE_NOOP("AuditFields", "Follows pressure")),
    "disabled": Field(QT_TRANSLATE_NOOP("AuditFields", "Disabled")),
    "attended": Field(QT_TRANSLATE_NOOP("AuditFields", "Attended")),
    "in_care": Field(QT_TRANSLATE_NOOP("AuditFields", "In care")),
    "colour": Field(QT_TRANSLATE_NOOP("AuditFields", "Colour")),
    "lat": Field(QT_TRANSLATE_NOOP("AuditFields", "Latitude")),
    "lon": Field(QT_TRANSLATE_NOOP("AuditFields", "Longitude")),
    "cup": Field(QT_TRANSLATE_NOOP("AuditFields", "CUP")),
    "username": Field(QT_TRANSLATE_NOOP("AuditFields", "Username")),
    "name": Field(QT_TRANSLATE_NOOP("AuditFields", "Name")),
    "short_name": Field(QT_TRANSLATE_NOOP("AuditFields", "Short name")),
    "funder": Field(QT_TRANSLATE_NOOP("AuditFields", "Funder")),
    "file": Field(QT_TRANSLATE_NOOP("AuditFields", "File")),
    "ids": _id(QT_TRANSLATE_NOOP("AuditFields", "Records"), "record"),
    "key": Field(QT_TRANSLATE_NOOP("AuditFields", "Key")),
    "value": Field(QT_TRANSLATE_NOOP("AuditFields", "Value")),
    # free texts: said to have been recorded, never shown (audit_details.HIDDEN_FIELDS)
    "title": Field(QT_TRANSLATE_NOOP("AuditFields", "Title")),
    "alias": Field(QT_TRANSLATE_NOOP("AuditFields", "Nickname")),
    "first_name": Field(QT_TRANSLATE_NOOP("AuditFields", "First name")),
    "last_name": Field(QT_TRANSLATE_NOOP("AuditFields", "Last name")),
    "full_name": Field(QT_TRANSLATE_NOOP("AuditFields", "Full name")),
    "email": Field(QT_TRANSLATE_NOOP("AuditFields", "Email")),
    "phone": Field(QT_TRANSLATE_NOOP("AuditFields", "Phone")),
    "birth_year": Field(QT_TRANSLATE_NOOP("AuditFields", "Year of birth")),
    "care_reference": Field(QT_TRANSLATE_NOOP("AuditFields", "Care reference")),
    "description": Field(QT_TRANSLATE_NOOP("AuditFields", "Description")),
    "body": Field(QT_TRANSLATE_NOOP("AuditFields", "Text")),
    "text": Field(QT_TRANSLATE_NOOP("AuditFields", "Text")),
    "note": Field(QT_TRANSLATE_NOOP("AuditFields", "Note")),
    "notes": Field(QT_TRANSLATE_NOOP("AuditFields", "Notes")),
    "summary": Field(QT_TRANSLATE_NOOP("AuditFields", "Summary")),
    "outcome": Field(QT_TRANSLATE_NOOP("AuditFields", "Outcome")),
    "follow_up": Field(QT_TRANSLATE_NOOP("AuditFields", "Follow-up")),
    "next_steps": Field(QT_TRANSLATE_NOOP("AuditFields", "Next steps")),
    "decline_reason": Field(QT_TRANSLATE_NOOP("AuditFields", "Reason for declining")),
    "status_reason": Field(QT_TRANSLATE_NOOP("AuditFields", "Reason for the status")),
    "difficulties": Field(QT_TRANSLATE_NOOP("AuditFields", "Difficulties")),
    "results": Field(QT_TRANSLATE_NOOP("AuditFields", "Results")),
    "objectives": Field(QT_TRANSLATE_NOOP("AuditFields", "Objectives")),
    "activities": Field(QT_TRANSLATE_NOOP("AuditFields", "Activities")),
    "minutes": Field(QT_TRANSLATE_NOOP("AuditFields", "Minutes")),
    "location": Field(QT_TRANSLATE_NOOP("AuditFields", "Place")),
    "document_ref": Field(QT_TRANSLATE_NOOP("AuditFields", "Document")),
    "confidentiality_text": Field(QT_TRANSLATE_NOOP("AuditFields", "Confidentiality statement")),
    "contacts_breakdown": Field(QT_TRANSLATE_NOOP("AuditFields", "Contacts by group")),
    "geometry": Field(QT_TRANSLATE_NOOP("AuditFields", "Shape")),
    "details": Field(QT_TRANSLATE_NOOP("AuditFields", "Details")),
    "justification": Field(QT_TRANSLATE_NOOP("AuditFields", "Reason given")),
    "password_hash": Field(QT_TRANSLATE_NOOP("AuditFields", "Password")),
    "linked": Field(QT_TRANSLATE_NOOP("AuditFields", "Linked")),
    "demo_data": Field(QT_TRANSLATE_NOOP("AuditFields", "Demo data")),
    "agenda_removed": Field(QT_TRANSLATE_NOOP("AuditFields", "Removed from the agenda")),
    "agenda_restored": Field(QT_TRANSLATE_NOOP("AuditFields", "Put back on the agenda")),
}

RECORDED = QT_TRANSLATE_NOOP("AuditFields", "(recorded, not shown)")
CHANGED = QT_TRANSLATE_NOOP("AuditFields", "changed")
YES = QT_TRANSLATE_NOOP("AuditFields", "yes")
NO = QT_TRANSLATE_NOOP("AuditFields", "no")
SOURCES = {
    "generated": QT_TRANSLATE_NOOP("AuditFields", "proposed from the data"),
    "manual": QT_TRANSLATE_NOOP("AuditFields", "added by hand"),
    "geojson": QT_TRANSLATE_NOOP("AuditFields", "GeoJSON file"),
}

# Why a sign-in failed (services/access/login.py), for entries about accounts.
SIGN_IN_FAILURES = {
    "unknown user": QT_TRANSLATE_NOOP("AuditFields", "unknown username"),
    "wrong password": QT_TRANSLATE_NOOP("AuditFields", "wrong password"),
    "locked": QT_TRANSLATE_NOOP("AuditFields", "account locked"),
    "disabled": QT_TRANSLATE_NOOP("AuditFields", "account disabled"),
}


def _enum_label(table: dict, value: str, cast: type[enum.Enum] | None = None) -> str | None:
    try:
        key = cast(value) if cast else value
    except ValueError:
        return None
    source = table.get(key)
    return labels.translated(source) if source else None


AVAILABILITY_KINDS = {
    "unavailable": QT_TRANSLATE_NOOP("AuditFields", "unavailable"),
    "preferred": QT_TRANSLATE_NOOP("AuditFields", "preferred"),
}


# Which table of labels a code reads through, by field and (for status and kind) entity.
_ENUMS: dict[tuple[str, str | None], Callable[[str], str | None]] = {
    ("status", "shifts"): lambda v: _enum_label(labels.SHIFT_STATUSES, v, ShiftStatus),
    ("status", "cases"): lambda v: _enum_label(labels.CASE_STATUSES, v, CaseStatus),
    ("status", "referrals"): lambda v: _enum_label(labels.REFERRAL_STATUSES, v, ReferralStatus),
    ("status", "meetings"): lambda v: _enum_label(labels.MEETING_STATUSES, v, MeetingStatus),
    ("status", "action_items"): lambda v: labels.action_status_label(ActionStatus(v)),
    ("kind", "shifts"): lambda v: _enum_label(labels.SHIFT_KINDS, v, ShiftKind),
    ("kind", "demand_patterns"): lambda v: _enum_label(labels.SHIFT_KINDS, v, ShiftKind),
    ("kind", "availability_rules"): lambda v: (
        _tr(AVAILABILITY_KINDS[v]) if v in AVAILABILITY_KINDS else None
    ),
    ("kind", "absences"): lambda v: _enum_label(labels.ABSENCE_KINDS, v, AbsenceKind),
    ("kind", "signals"): lambda v: _enum_label(labels.SIGNAL_KINDS, v, SignalKind),
    ("kind", "agenda_items"): lambda v: _enum_label(labels.AGENDA_KINDS, v, AgendaKind),
    ("role", None): lambda v: _enum_label(labels.ROLES, v, Role),
    ("visibility", None): lambda v: _enum_label(labels.AUDIENCES, v, Visibility),
    ("audience", None): lambda v: _enum_label(labels.AUDIENCES, v, Visibility),
    ("identification", None): lambda v: _enum_label(labels.IDENTIFICATIONS, v, Identification),
    ("priority", None): lambda v: _enum_label(labels.PRIORITIES, v, Priority),
    ("basis", None): lambda v: _enum_label(labels.LEGAL_BASES, v, LegalBasis),
    ("types", None): labels.intervention_type_label,
    ("reason", "agenda_items"): lambda v: _enum_label(labels.AGENDA_REASONS, v),
    ("source", None): lambda v: _tr(SOURCES[v]) if v in SOURCES else None,
    ("reason", "users"): lambda v: _tr(SIGN_IN_FAILURES[v]) if v in SIGN_IN_FAILURES else None,
}


@dataclass(frozen=True)
class Names:
    """What the reader may see to tell records apart: organizations by name."""

    organizations: Mapping[int, str]


def field_label(name: str) -> str:
    known = FIELDS.get(name)
    return _tr(known.label) if known else name


def _moment(text: str, locale: QLocale) -> str | None:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    day = QDate(moment.year, moment.month, moment.day)
    short = locale.toString(day, QLocale.FormatType.ShortFormat)
    if len(text) <= len("2026-01-01"):
        return short
    return f"{short} {moment.hour:02d}:{moment.minute:02d}"


def _code(field: Field, name: str, entity: str | None, value: Any, names: Names) -> str:
    read = _ENUMS.get((name, entity)) or _ENUMS.get((name, None))
    try:
        shown = read(value) if read and isinstance(value, str) else None
    except ValueError:
        shown = None
    return shown or str(value)


def _reference(field: Field, name: str, entity: str | None, value: Any, names: Names) -> str:
    return _tr(REFERENCES[field.ref]).format(id=value)


def _organization(field: Field, name: str, entity: str | None, value: Any, names: Names) -> str:
    return names.organizations.get(value) or _tr(REFERENCES["record"]).format(id=value)


def _plain(field: Field, name: str, entity: str | None, value: Any, names: Names) -> str:
    locale = QLocale()
    if isinstance(value, bool):
        return _tr(YES if value else NO)
    if isinstance(value, int):
        return locale.toString(value)
    if isinstance(value, float):
        return locale.toString(value, "f", 2)
    if isinstance(value, str) and value[:4].isdigit() and value[4:5] == "-":
        return _moment(value, locale) or value
    return str(value)


_READERS = {
    "value": _plain,
    "id": _reference,
    "organization": _organization,
    "enum": _code,
}


def value_text(name: str, entity: str | None, value: Any, names: Names) -> str | None:
    """``value`` of field ``name`` as people read it; None for a field not in the table (the
    caller shows it as stored)."""
    if value is None or value in ("", []):
        return NOTHING
    if is_hidden(name, entity):
        return _tr(RECORDED)
    field = FIELDS.get(name)
    if field is None:
        return None
    if isinstance(value, list):
        return ", ".join(value_text(name, entity, item, names) or str(item) for item in value)
    if isinstance(value, bool):
        return _plain(field, name, entity, value, names)
    return _READERS[field.kind](field, name, entity, value, names)
