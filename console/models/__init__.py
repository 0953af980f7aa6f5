"""The ORM vocabulary of the console: one module per area, no Qt, no services."""

from console.models.audit import AuditAnchor, AuditEvent
from console.models.base import Base, UTCDateTime
from console.models.cases import (
    Case,
    CaseNote,
    CaseStatus,
    Consent,
    Identification,
    Priority,
    Referral,
    ReferralStatus,
    Subject,
    Visibility,
    case_interventions,
    case_signals,
)
from console.models.field import (
    INTERVENTION_TYPES,
    Intervention,
    InterventionParticipant,
    InterventionSubject,
)
from console.models.meetings import (
    ActionItem,
    AgendaItem,
    AgendaKind,
    Decision,
    Meeting,
    MeetingStatus,
    meeting_participants,
)
from console.models.meta import META_DEMO, META_STARTED_EMPTY, ConsoleMeta
from console.models.people import (
    Absence,
    AbsenceKind,
    Organization,
    OrganizationKind,
    Person,
    Role,
    User,
)
from console.models.shifts import Shift, ShiftAssignment, ShiftKind, ShiftStatus
from console.models.zones import Signal, SignalKind, Zone

__all__ = [
    "INTERVENTION_TYPES",
    "META_DEMO",
    "META_STARTED_EMPTY",
    "Absence",
    "AbsenceKind",
    "ActionItem",
    "AgendaItem",
    "AgendaKind",
    "AuditAnchor",
    "AuditEvent",
    "Base",
    "Case",
    "CaseNote",
    "CaseStatus",
    "Consent",
    "ConsoleMeta",
    "Decision",
    "Identification",
    "Intervention",
    "InterventionParticipant",
    "InterventionSubject",
    "Meeting",
    "MeetingStatus",
    "Organization",
    "OrganizationKind",
    "Person",
    "Priority",
    "Referral",
    "ReferralStatus",
    "Role",
    "Shift",
    "ShiftAssignment",
    "ShiftKind",
    "ShiftStatus",
    "Signal",
    "SignalKind",
    "Subject",
    "UTCDateTime",
    "User",
    "Visibility",
    "Zone",
    "case_interventions",
    "case_signals",
    "meeting_participants",
]
