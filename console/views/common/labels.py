"""Translated names of the model's enums (roles, kinds, statuses, audiences), declared once.

Each table marks its strings with ``QT_TRANSLATE_NOOP("Labels", ...)``; the functions translate
them when called, so a language change is seen by the next paint.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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

CONTEXT = "Labels"


def translated(source: str) -> str:
    """A string marked with ``QT_TRANSLATE_NOOP("Labels", ...)``, translated now."""
    return QCoreApplication.translate(CONTEXT, source)


SHIFT_KINDS = {
    ShiftKind.JOINT: QT_TRANSLATE_NOOP("Labels", "Joint"),
    ShiftKind.OUTREACH: QT_TRANSLATE_NOOP("Labels", "Outreach"),
    ShiftKind.PATROL: QT_TRANSLATE_NOOP("Labels", "Patrol"),
}
SHIFT_STATUSES = {
    ShiftStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
    ShiftStatus.PUBLISHED: QT_TRANSLATE_NOOP("Labels", "Published"),
    ShiftStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Done"),
    ShiftStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}
# A published shift whose end has passed (ShiftRow.to_debrief): derived from the time, never
# stored; it becomes done when its debrief is recorded.
SHIFT_TO_DEBRIEF = QT_TRANSLATE_NOOP("Labels", "To debrief")
SHIFT_TO_DEBRIEF_COLOUR = "#a15c00"  # amber: worked, the debrief is missing
LEGAL_BASES = {
    LegalBasis.CONSENT: QT_TRANSLATE_NOOP("Labels", "Consent of the person"),
    LegalBasis.LEGAL_OBLIGATION: QT_TRANSLATE_NOOP("Labels", "Legal obligation"),
    LegalBasis.PUBLIC_TASK: QT_TRANSLATE_NOOP("Labels", "Public task"),
    LegalBasis.VITAL_INTEREST: QT_TRANSLATE_NOOP("Labels", "Vital interest"),
}
ABSENCE_KINDS = {
    AbsenceKind.LEAVE: QT_TRANSLATE_NOOP("Labels", "Leave"),
    AbsenceKind.SICKNESS: QT_TRANSLATE_NOOP("Labels", "Sickness"),
    AbsenceKind.TRAINING: QT_TRANSLATE_NOOP("Labels", "Training"),
    AbsenceKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
}
ROLES = {
    Role.ADMIN: QT_TRANSLATE_NOOP("Labels", "Administrator"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("Labels", "Coordinator"),
    Role.EDUCATOR: QT_TRANSLATE_NOOP("Labels", "Educator"),
    Role.OFFICER: QT_TRANSLATE_NOOP("Labels", "Officer"),
    Role.SOCIAL_WORKER: QT_TRANSLATE_NOOP("Labels", "Social worker"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Labels", "Manager"),
}
# Short marks shown next to names on blocks and in lists: they tell educator from officer.
ROLE_MARKS = {
    Role.ADMIN: QT_TRANSLATE_NOOP("Labels", "Adm"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("Labels", "Coord"),
    Role.EDUCATOR: QT_TRANSLATE_NOOP("Labels", "Edu"),
    Role.OFFICER: QT_TRANSLATE_NOOP("Labels", "Off"),
    Role.SOCIAL_WORKER: QT_TRANSLATE_NOOP("Labels", "SW"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Labels", "Mgr"),
}
CASE_STATUSES = {
    CaseStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
    CaseStatus.MONITORING: QT_TRANSLATE_NOOP("Labels", "Monitoring"),
    CaseStatus.REFERRED: QT_TRANSLATE_NOOP("Labels", "Referred"),
    CaseStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
}
PRIORITIES = {
    Priority.LOW: QT_TRANSLATE_NOOP("Labels", "Low"),
    Priority.NORMAL: QT_TRANSLATE_NOOP("Labels", "Normal"),
    Priority.HIGH: QT_TRANSLATE_NOOP("Labels", "High"),
}
AUDIENCES = {
    Visibility.SHARED: QT_TRANSLATE_NOOP("Labels", "All partners"),
    Visibility.ORGANIZATION: QT_TRANSLATE_NOOP("Labels", "Own organization"),
    Visibility.SOCIAL_SERVICES: QT_TRANSLATE_NOOP("Labels", "Social services"),
}
AUDIENCE_COLOURS = {
    Visibility.SHARED: "#1e6b34",
    Visibility.ORGANIZATION: "#1f4e8c",
    Visibility.SOCIAL_SERVICES: "#7a3e9d",
}
REFERRAL_STATUSES = {
    ReferralStatus.SENT: QT_TRANSLATE_NOOP("Labels", "Sent, waiting"),
    ReferralStatus.ACCEPTED: QT_TRANSLATE_NOOP("Labels", "Accepted"),
    ReferralStatus.DECLINED: QT_TRANSLATE_NOOP("Labels", "Declined"),
    ReferralStatus.COMPLETED: QT_TRANSLATE_NOOP("Labels", "Completed"),
}
IDENTIFICATIONS = {
    Identification.ANONYMOUS: QT_TRANSLATE_NOOP("Labels", "Anonymous"),
    Identification.NICKNAME: QT_TRANSLATE_NOOP("Labels", "Nickname only"),
    Identification.NAMED: QT_TRANSLATE_NOOP("Labels", "Named"),
}
# What a pair may have done in an outing (models.INTERVENTION_TYPES), as the checkboxes say it.
INTERVENTION_TYPES = {
    "presence": QT_TRANSLATE_NOOP("Labels", "&Presence"),
    "contact": QT_TRANSLATE_NOOP("Labels", "C&ontact"),
    "mediation": QT_TRANSLATE_NOOP("Labels", "&Mediation"),
    "conflict_defused": QT_TRANSLATE_NOOP("Labels", "Conflict &defused"),
    "information_given": QT_TRANSLATE_NOOP("Labels", "&Information given"),
    "referral_proposed": QT_TRANSLATE_NOOP("Labels", "&Referral proposed"),
}
MEETING_STATUSES = {
    MeetingStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planned"),
    MeetingStatus.HELD: QT_TRANSLATE_NOOP("Labels", "Held"),
    MeetingStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed, minutes approved"),
}
AGENDA_KINDS = {
    AgendaKind.ZONE: QT_TRANSLATE_NOOP("Labels", "Zone"),
    AgendaKind.CASE: QT_TRANSLATE_NOOP("Labels", "Case"),
    AgendaKind.ACTIONS: QT_TRANSLATE_NOOP("Labels", "Open action"),
    AgendaKind.REFERRAL: QT_TRANSLATE_NOOP("Labels", "Referral"),
    AgendaKind.PLANNING: QT_TRANSLATE_NOOP("Labels", "Next week's planning"),
    AgendaKind.OTHER: QT_TRANSLATE_NOOP("Labels", "Other business"),
}
# Why the agenda proposal put an item on the agenda (AgendaItem.reason).
AGENDA_REASONS = {
    "action_open": QT_TRANSLATE_NOOP("Labels", "Action still open from an earlier meeting"),
    "zone_threshold": QT_TRANSLATE_NOOP("Labels", "Pressure above the zone's review threshold"),
    "zone_pressure_rising": QT_TRANSLATE_NOOP(
        "Labels", "Pressure rose while presence fell since the last meeting"
    ),
    "case_review_due": QT_TRANSLATE_NOOP("Labels", "Case due for review"),
    "case_high_priority": QT_TRANSLATE_NOOP("Labels", "High-priority case"),
    "referral_waiting": QT_TRANSLATE_NOOP("Labels", "Referral waiting for an answer"),
    "referral_declined": QT_TRANSLATE_NOOP("Labels", "Referral declined since the last meeting"),
    "planning_problems": QT_TRANSLATE_NOOP("Labels", "Problems in next week's planning"),
}
# "Open" and "Done" are also a case's and a shift's; in Italian an action (feminine) needs its
# own words, hence a context of their own.
ACTION_STATUS_CONTEXT = "ActionStatus"
ACTION_STATUSES = {
    ActionStatus.OPEN: QT_TRANSLATE_NOOP("ActionStatus", "Open"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("ActionStatus", "Done"),
    ActionStatus.NOT_DONE: QT_TRANSLATE_NOOP("ActionStatus", "Not done"),
    ActionStatus.IMPOSSIBLE: QT_TRANSLATE_NOOP("ActionStatus", "Impossible"),
}
SIGNAL_KINDS = {
    SignalKind.CITIZEN_REPORT: QT_TRANSLATE_NOOP("Labels", "Citizen report"),
    SignalKind.POLICE_INTERVENTION: QT_TRANSLATE_NOOP("Labels", "Police intervention"),
    SignalKind.MEDIA: QT_TRANSLATE_NOOP("Labels", "Media item"),
}


def shift_kind_label(kind: ShiftKind) -> str:
    return translated(SHIFT_KINDS[ShiftKind(kind)])


def shift_status_label(status: ShiftStatus) -> str:
    return translated(SHIFT_STATUSES[ShiftStatus(status)])


def shift_state_label(status: ShiftStatus, to_debrief: bool = False) -> str:
    """The status as people read it: "To debrief" for a published shift that is over."""
    return translated(SHIFT_TO_DEBRIEF) if to_debrief else shift_status_label(status)


# An absence whose kind the reader may not see (it may be health data): only that it is one.
ABSENCE_UNDISCLOSED = QT_TRANSLATE_NOOP("Labels", "Absent")


def absence_kind_label(kind: AbsenceKind | None) -> str:
    if kind is None:
        return translated(ABSENCE_UNDISCLOSED)
    return translated(ABSENCE_KINDS[AbsenceKind(kind)])


def role_label(role: Role) -> str:
    return translated(ROLES[Role(role)])


def role_mark(role: Role) -> str:
    """A two-to-five letter mark for the role ("Edu", "Off")."""
    return translated(ROLE_MARKS[Role(role)])


def case_status_label(status: CaseStatus) -> str:
    return translated(CASE_STATUSES[CaseStatus(status)])


def priority_label(priority: Priority) -> str:
    return translated(PRIORITIES[Priority(priority)])


def audience_label(visibility: Visibility) -> str:
    return translated(AUDIENCES[Visibility(visibility)])


def legal_basis_label(basis: LegalBasis) -> str:
    return translated(LEGAL_BASES[LegalBasis(basis)])


def referral_status_label(status: ReferralStatus) -> str:
    return translated(REFERRAL_STATUSES[ReferralStatus(status)])


def identification_label(identification: Identification) -> str:
    return translated(IDENTIFICATIONS[Identification(identification)])


def intervention_type_label(kind: str, *, mnemonic: bool = False) -> str:
    source = INTERVENTION_TYPES.get(kind)
    if source is None:
        return kind
    text = translated(source)
    return text if mnemonic else text.replace("&", "")


def signal_kind_label(kind: SignalKind) -> str:
    return translated(SIGNAL_KINDS[SignalKind(kind)])


def meeting_status_label(status: MeetingStatus) -> str:
    return translated(MEETING_STATUSES[MeetingStatus(status)])


def agenda_kind_label(kind: AgendaKind) -> str:
    return translated(AGENDA_KINDS[AgendaKind(kind)])


def agenda_reason_label(reason: str) -> str:
    """Why an item was proposed; "" for an item added by hand (no reason)."""
    source = AGENDA_REASONS.get(reason)
    return translated(source) if source is not None else ""


def action_status_label(status: ActionStatus) -> str:
    return QCoreApplication.translate(ACTION_STATUS_CONTEXT, ACTION_STATUSES[ActionStatus(status)])
