"""What a refused request means and what to do about it, in the user's language: the one place
where the services' refusals (``console.services.errors``) become text, for the window and for
the command line.

Each area's module holds a ``TEXTS`` table from refusal code to an English template marked with
``QT_TRANSLATE_NOOP("Errors", ...)``; the placeholders are the refusal's params, shown as the
locale writes them (dates, numbers, labels of enum members). No English message is ever parsed.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from console.models import (
    AbsenceKind,
    ActionStatus,
    CaseStatus,
    MeetingStatus,
    ReferralStatus,
    Role,
    ShiftKind,
    ShiftStatus,
    SignalKind,
    Visibility,
)
from console.services.access import Action, PermissionDenied, ScopedWrite
from console.services.access.session_guard import AccountChange
from console.services.errors import Entity, Refusal
from console.services.text_rules import TextField
from console.views.common import labels
from console.views.common.errors import (
    access,
    cases,
    funding,
    general,
    meetings,
    places,
    planning,
    retention,
)
from console.views.common.formatting import format_date, format_hours, format_moment
from console.views.common.runner import one_line

CONTEXT = "Errors"


def _duplicates(*tables: dict[str, str]) -> set[str]:
    seen: set[str] = set()
    twice: set[str] = set()
    for table in tables:
        twice |= seen & table.keys()
        seen |= table.keys()
    return twice


_TABLES = (
    general.TEXTS,
    planning.TEXTS,
    places.TEXTS,
    cases.TEXTS,
    access.TEXTS,
    meetings.TEXTS,
    funding.TEXTS,
    retention.TEXTS,
)
assert not _duplicates(*_TABLES), _duplicates(*_TABLES)
TEXTS: dict[str, str] = {code: text for table in _TABLES for code, text in table.items()}

ENTITIES = {
    Entity.SHIFT: QT_TRANSLATE_NOOP("Errors", "shift"),
    Entity.ABSENCE: QT_TRANSLATE_NOOP("Errors", "absence"),
    Entity.ZONE: QT_TRANSLATE_NOOP("Errors", "zone"),
    Entity.PERSON: QT_TRANSLATE_NOOP("Errors", "person"),
    Entity.ORGANIZATION: QT_TRANSLATE_NOOP("Errors", "organization"),
    Entity.USER: QT_TRANSLATE_NOOP("Errors", "account"),
    Entity.CASE: QT_TRANSLATE_NOOP("Errors", "case"),
    Entity.NOTE: QT_TRANSLATE_NOOP("Errors", "note"),
    Entity.REFERRAL: QT_TRANSLATE_NOOP("Errors", "referral"),
    Entity.DEBRIEF: QT_TRANSLATE_NOOP("Errors", "debrief"),
    Entity.SUBJECT: QT_TRANSLATE_NOOP("Errors", "person met"),
    Entity.CONSENT: QT_TRANSLATE_NOOP("Errors", "consent"),
    Entity.SIGNAL: QT_TRANSLATE_NOOP("Errors", "signal"),
    Entity.MEETING: QT_TRANSLATE_NOOP("Errors", "meeting"),
    Entity.DEMAND: QT_TRANSLATE_NOOP("Errors", "demand pattern"),
    Entity.AVAILABILITY: QT_TRANSLATE_NOOP("Errors", "availability"),
}
# The free-text fields, as a refusal names them (services.text_rules.LIMITS).
FIELDS = {
    TextField.NOTE: QT_TRANSLATE_NOOP("Errors", "note"),
    TextField.CASE_TITLE: QT_TRANSLATE_NOOP("Errors", "case title"),
    TextField.REFERRAL_REASON: QT_TRANSLATE_NOOP("Errors", "reason for the referral"),
    TextField.DECLINE_REASON: QT_TRANSLATE_NOOP("Errors", "reason for declining"),
    TextField.NICKNAME: QT_TRANSLATE_NOOP("Errors", "nickname"),
    TextField.FULL_NAME: QT_TRANSLATE_NOOP("Errors", "full name"),
    TextField.SUBJECT_DESCRIPTION: QT_TRANSLATE_NOOP("Errors", "description"),
    TextField.CARE_REFERENCE: QT_TRANSLATE_NOOP("Errors", "care reference"),
    TextField.LEGAL_BASIS: QT_TRANSLATE_NOOP("Errors", "legal basis"),
    TextField.DEBRIEF_OUTCOME: QT_TRANSLATE_NOOP("Errors", "outcome"),
    TextField.DEBRIEF_FOLLOW_UP: QT_TRANSLATE_NOOP("Errors", "follow-up"),
    TextField.SHIFT_OBJECTIVES: QT_TRANSLATE_NOOP("Errors", "shift objectives"),
    TextField.ABSENCE_NOTE: QT_TRANSLATE_NOOP("Errors", "absence note"),
    TextField.ZONE_NAME: QT_TRANSLATE_NOOP("Errors", "zone name"),
    TextField.SIGNAL_SUMMARY: QT_TRANSLATE_NOOP("Errors", "signal summary"),
    TextField.SIGNAL_CATEGORY: QT_TRANSLATE_NOOP("Errors", "signal category"),
    TextField.SIGNAL_SOURCE: QT_TRANSLATE_NOOP("Errors", "signal source"),
    TextField.MEETING_TITLE: QT_TRANSLATE_NOOP("Errors", "meeting title"),
    TextField.MEETING_LOCATION: QT_TRANSLATE_NOOP("Errors", "meeting place"),
    TextField.AGENDA_TITLE: QT_TRANSLATE_NOOP("Errors", "agenda item title"),
    TextField.AGENDA_NOTES: QT_TRANSLATE_NOOP("Errors", "agenda item notes"),
    TextField.DECISION: QT_TRANSLATE_NOOP("Errors", "decision"),
    TextField.ACTION: QT_TRANSLATE_NOOP("Errors", "action"),
    TextField.ACTION_REASON: QT_TRANSLATE_NOOP("Errors", "reason for the action's outcome"),
    TextField.MINUTE: QT_TRANSLATE_NOOP("Errors", "minutes paragraph"),
    TextField.CONFIDENTIALITY: QT_TRANSLATE_NOOP("Errors", "confidentiality statement"),
    TextField.PROJECT_TITLE: QT_TRANSLATE_NOOP("Errors", "project title"),
    TextField.FUNDER: QT_TRANSLATE_NOOP("Errors", "funder"),
    TextField.PROJECT_OBJECTIVES: QT_TRANSLATE_NOOP("Errors", "project objectives"),
    TextField.NARRATIVE: QT_TRANSLATE_NOOP("Errors", "narrative"),
    TextField.EXPENSE_DESCRIPTION: QT_TRANSLATE_NOOP("Errors", "expense description"),
    TextField.DOCUMENT_REF: QT_TRANSLATE_NOOP("Errors", "supporting document"),
    TextField.JUSTIFICATION: QT_TRANSLATE_NOOP("Errors", "reason for reading"),
    TextField.TEXT: QT_TRANSLATE_NOOP("Errors", "text"),
}
# What each action is, as "You are not allowed to {action}" ends.
ACTIONS = {
    Action.VIEW_CALENDAR: QT_TRANSLATE_NOOP("Errors", "see the calendar"),
    Action.PLAN_SHIFTS: QT_TRANSLATE_NOOP("Errors", "plan shifts"),
    Action.PUBLISH_WEEK: QT_TRANSLATE_NOOP("Errors", "publish a week"),
    Action.MANAGE_ABSENCES: QT_TRANSLATE_NOOP("Errors", "manage absences"),
    Action.EXPORT_CALENDAR: QT_TRANSLATE_NOOP("Errors", "export the calendar"),
    Action.VIEW_MAP: QT_TRANSLATE_NOOP("Errors", "see the map"),
    Action.RECORD_SIGNALS: QT_TRANSLATE_NOOP("Errors", "record signals"),
    Action.EDIT_ZONES: QT_TRANSLATE_NOOP("Errors", "edit zones"),
    Action.RECORD_DEBRIEFS: QT_TRANSLATE_NOOP("Errors", "record debriefs"),
    Action.VIEW_CASES: QT_TRANSLATE_NOOP("Errors", "see cases"),
    Action.WRITE_CASES: QT_TRANSLATE_NOOP("Errors", "open or change cases"),
    Action.WRITE_NOTES: QT_TRANSLATE_NOOP("Errors", "write case notes"),
    Action.VIEW_PEOPLE_MET: QT_TRANSLATE_NOOP("Errors", "see the people met"),
    Action.VIEW_AGGREGATES: QT_TRANSLATE_NOOP("Errors", "see the activity figures"),
    Action.READ_AUDIT: QT_TRANSLATE_NOOP("Errors", "read the audit log"),
    Action.MANAGE_USERS: QT_TRANSLATE_NOOP("Errors", "manage accounts"),
    Action.VIEW_MEETINGS: QT_TRANSLATE_NOOP("Errors", "see meetings"),
    Action.PREPARE_MEETINGS: QT_TRANSLATE_NOOP("Errors", "prepare meetings"),
    Action.RUN_MEETINGS: QT_TRANSLATE_NOOP("Errors", "run meetings"),
    Action.WRITE_MINUTES: QT_TRANSLATE_NOOP("Errors", "write minutes"),
    Action.APPROVE_MINUTES: QT_TRANSLATE_NOOP("Errors", "approve minutes"),
    Action.UPDATE_ACTIONS: QT_TRANSLATE_NOOP("Errors", "update actions"),
    Action.MANAGE_FUNDING: QT_TRANSLATE_NOOP("Errors", "manage the funding report"),
    Action.MANAGE_RETENTION: QT_TRANSLATE_NOOP("Errors", "set how long personal data is kept"),
    Action.RUN_RETENTION: QT_TRANSLATE_NOOP("Errors", "run the retention rules"),
    Action.EXPORT_SUBJECT: QT_TRANSLATE_NOOP("Errors", "export a person's data for them"),
    Action.RECTIFY_SUBJECT: QT_TRANSLATE_NOOP("Errors", "correct a person's profile"),
    Action.ERASE_SUBJECT: QT_TRANSLATE_NOOP("Errors", "erase a person's data"),
}
# What each organization-scoped write is, as "Only the organization … may {write}" ends.
WRITES = {
    ScopedWrite.CHANGE_CASE: QT_TRANSLATE_NOOP("Errors", "change this case"),
    ScopedWrite.HAND_OVER_CASE: QT_TRANSLATE_NOOP("Errors", "give this case to someone"),
    ScopedWrite.REFER_CASE: QT_TRANSLATE_NOOP("Errors", "refer this case"),
    ScopedWrite.CHANGE_DEBRIEF: QT_TRANSLATE_NOOP("Errors", "change this debrief"),
    ScopedWrite.RECORD_CONSENT: QT_TRANSLATE_NOOP(
        "Errors", "record a consent or legal basis for this person"
    ),
    ScopedWrite.WITHDRAW_CONSENT: QT_TRANSLATE_NOOP("Errors", "withdraw this consent"),
}
# How a signed-in account changed, as "Your account {change} since you signed in" reads.
ACCOUNT_CHANGES = {
    AccountChange.DISABLED: QT_TRANSLATE_NOOP("Errors", "was disabled"),
    AccountChange.LOCKED: QT_TRANSLATE_NOOP("Errors", "is locked after too many wrong passwords"),
    AccountChange.ROLE_CHANGED: QT_TRANSLATE_NOOP("Errors", "was given another role"),
    AccountChange.REMOVED: QT_TRANSLATE_NOOP("Errors", "was removed"),
}
# Enum members in a sentence are shown by their label, in lower case ("bozza", "coordinatore").
_ENUM_LABELS: dict[type[enum.Enum], Any] = {
    ShiftStatus: labels.shift_status_label,
    ShiftKind: labels.shift_kind_label,
    AbsenceKind: labels.absence_kind_label,
    Role: labels.role_label,
    CaseStatus: labels.case_status_label,
    ReferralStatus: labels.referral_status_label,
    Visibility: labels.audience_label,
    SignalKind: labels.signal_kind_label,
    MeetingStatus: labels.meeting_status_label,
    ActionStatus: labels.action_status_label,
}


def _t(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def shown(value: object) -> str:  # noqa: PLR0911 - one return per kind of value
    """A refusal's param as the sentence shows it, in the user's language and locale."""
    if isinstance(value, Entity):
        return _t(ENTITIES[value])
    if isinstance(value, TextField):
        return _t(FIELDS[value])
    if isinstance(value, Action):
        return _t(ACTIONS[value])
    if isinstance(value, ScopedWrite):
        return _t(WRITES[value])
    if isinstance(value, AccountChange):
        return _t(ACCOUNT_CHANGES[value])
    if isinstance(value, enum.Enum) and type(value) in _ENUM_LABELS:
        return _ENUM_LABELS[type(value)](value).lower()
    if isinstance(value, datetime):
        return format_moment(value) if value.tzinfo is not None else value.isoformat(" ")
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, float):
        return format_hours(value)
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(shown(item) for item in value)
    return str(value)


def permission_text(exc: PermissionDenied) -> str:
    """A refusal by role, or by more than the role (``Refused`` carries its own code)."""
    code = getattr(exc, "code", None)
    if code is not None and code in TEXTS:
        params = {name: shown(value) for name, value in getattr(exc, "params", {}).items()}
        return _t(TEXTS[code]).format(**params)
    return _t(
        QT_TRANSLATE_NOOP(
            "Errors",
            "You are not allowed to {action} as {role}. Ask an administrator if your work "
            "needs it.",
        )
    ).format(action=shown(exc.action), role=shown(exc.actor.role))


def error_text(exc: BaseException) -> str:
    """What went wrong and what to do, in one or two sentences in the user's language.

    Knows every refusal code the services raise (a test keeps it so), permission refusals and
    file errors; anything else falls back to its own first line.
    """
    if isinstance(exc, PermissionDenied):
        return permission_text(exc)
    if isinstance(exc, Refusal):
        template = TEXTS.get(exc.code)
        if template is None:
            return one_line(exc)
        return _t(template).format(**{name: shown(v) for name, v in exc.params.items()})
    if isinstance(exc, OSError):
        return _t(
            QT_TRANSLATE_NOOP("Errors", "The file could not be read or written: {reason}")
        ).format(reason=exc.strerror or one_line(exc))
    return one_line(exc)
