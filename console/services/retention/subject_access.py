"""A person's own data on request (subject access): everything the console holds about one
person met, gathered for them, and the record that it was gathered, with the reason.

"About them", from the data model: their profile and its amendments, their consents, the cases
whose subject they are with the notes and referrals of those cases (a case has one subject, so
its notes are about that person), the outings where they were met (date and zone), and the audit
log's readings of their profile or of those cases. Not included: the other people met on the
same outings, cases about someone else, and the names of the staff who wrote (their
organization is given), which are other people's data.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from console.models import (
    AuditEvent,
    Case,
    CaseNote,
    Consent,
    Intervention,
    InterventionSubject,
    Organization,
    Referral,
    Subject,
    SubjectAmendment,
    Zone,
)
from console.models.base import utcnow
from console.services.access import Action, Actor, audit, require
from console.services.access.audit import ReasonRequired
from console.services.cases.case_common import CaseworkError
from console.services.errors import Entity, not_found
from console.services.text_rules import TextField, clean_text


@dataclass(frozen=True)
class ExportedNote:
    id: int
    written_at: datetime
    organization: str
    audience: str
    body: str
    amends_note_id: int | None


@dataclass(frozen=True)
class ExportedReferral:
    id: int
    from_organization: str
    to_organization: str
    status: str
    reason: str
    decline_reason: str | None
    sent_at: datetime
    answered_at: datetime | None
    completed_at: datetime | None


@dataclass(frozen=True)
class ExportedCase:
    id: int
    title: str
    status: str
    zone: str
    organization: str
    opened_at: datetime
    closed_at: datetime | None
    notes: tuple[ExportedNote, ...]
    referrals: tuple[ExportedReferral, ...]


@dataclass(frozen=True)
class ExportedConsent:
    id: int
    organization: str
    basis: str
    legal_reference: str | None
    given_on: date
    expires_on: date | None
    withdrawn_on: date | None


@dataclass(frozen=True)
class ExportedAmendment:
    field: str
    old_value: str | None
    new_value: str | None
    reason: str
    amended_at: datetime


@dataclass(frozen=True)
class ExportedContact:
    on: datetime
    zone: str


@dataclass(frozen=True)
class ExportedReading:
    at: datetime
    who: str
    what: str  # "profile" or "case N"
    reason: str


@dataclass(frozen=True)
class SubjectExport:
    subject_id: int
    produced_at: datetime
    reason: str
    identification: str
    alias: str | None
    full_name: str | None
    birth_year: int | None
    description: str
    usual_zone: str
    in_care: bool
    care_reference: str | None
    recorded_at: datetime
    amendments: tuple[ExportedAmendment, ...]
    consents: tuple[ExportedConsent, ...]
    cases: tuple[ExportedCase, ...]
    contacts: tuple[ExportedContact, ...]
    readings: tuple[ExportedReading, ...]

    def as_json(self) -> str:
        return json.dumps(_plain(asdict(self)), ensure_ascii=False, indent=2, sort_keys=False)


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _names(session: Session, model: Any) -> dict[int, str]:
    return {row[0]: row[1] for row in session.execute(select(model.id, model.name))}


def subject_export(session: Session, actor: Actor, subject_id: int, reason: str) -> SubjectExport:
    """Everything held about ``subject_id`` for the person themself; audited as an export with
    ``reason`` (blank: :class:`audit.ReasonRequired`). Needs ``EXPORT_SUBJECT``; an unknown
    subject is ``not_found``. Nothing is read before the checks."""
    require(actor, Action.EXPORT_SUBJECT)
    subject = session.get(Subject, subject_id)
    if subject is None:
        raise not_found(CaseworkError, Entity.SUBJECT, subject_id)
    entry = audit.record(
        session,
        actor,
        audit.AuditAction.EXPORT,
        entity="subjects",
        entity_id=subject.id,
        details={"subject_access": True},
        justification=checked_reason(reason),
    )
    orgs = _names(session, Organization)
    zones = _names(session, Zone)
    cases = session.scalars(select(Case).where(Case.subject_id == subject.id).order_by(Case.id))
    exported_cases = tuple(_case(session, case, orgs, zones) for case in cases)
    case_ids = [case.id for case in exported_cases]
    return SubjectExport(
        subject_id=subject.id,
        produced_at=utcnow(),
        reason=entry.justification or "",
        identification=subject.identification.value,
        alias=subject.alias,
        full_name=subject.full_name,
        birth_year=subject.birth_year,
        description=subject.description,
        usual_zone=zones.get(subject.usual_zone_id, "") if subject.usual_zone_id else "",
        in_care=subject.in_care,
        care_reference=subject.care_reference,
        recorded_at=subject.created_at,
        amendments=tuple(
            ExportedAmendment(a.field, a.old_value, a.new_value, a.reason, a.amended_at)
            for a in session.scalars(
                select(SubjectAmendment)
                .where(SubjectAmendment.subject_id == subject.id)
                .order_by(SubjectAmendment.id)
            )
        ),
        consents=tuple(
            ExportedConsent(
                c.id,
                orgs.get(c.recipient_organization_id, ""),
                c.basis.value,
                c.legal_basis,
                c.given_on,
                c.expires_on,
                c.withdrawn_on,
            )
            for c in session.scalars(
                select(Consent).where(Consent.subject_id == subject.id).order_by(Consent.id)
            )
        ),
        cases=exported_cases,
        contacts=tuple(
            ExportedContact(started_at, zones.get(zone_id, ""))
            for started_at, zone_id in session.execute(
                select(Intervention.started_at, Intervention.zone_id)
                .join(InterventionSubject, InterventionSubject.intervention_id == Intervention.id)
                .where(InterventionSubject.subject_id == subject.id)
                .order_by(Intervention.started_at)
            )
        ),
        readings=_readings(session, subject.id, case_ids, before=entry.id),
    )


def checked_reason(reason: str) -> str:
    """The reason as the audit keeps it, checked as for reading a profile: blank is
    :class:`audit.ReasonRequired`, control characters and excess length the text refusals."""
    cleaned = clean_text(" ".join(reason.split()), TextField.JUSTIFICATION, blank=ReasonRequired)
    return cleaned[: audit.MAX_JUSTIFICATION]


def _case(
    session: Session, case: Case, orgs: dict[int, str], zones: dict[int, str]
) -> ExportedCase:
    notes = session.scalars(
        select(CaseNote).where(CaseNote.case_id == case.id).order_by(CaseNote.written_at)
    )
    referrals = session.scalars(
        select(Referral).where(Referral.case_id == case.id).order_by(Referral.sent_at)
    )
    return ExportedCase(
        id=case.id,
        title=case.title,
        status=case.status.value,
        zone=zones.get(case.zone_id, "") if case.zone_id else "",
        organization=orgs.get(case.organization_id, ""),
        opened_at=case.opened_at,
        closed_at=case.closed_at,
        notes=tuple(
            ExportedNote(
                n.id,
                n.written_at,
                orgs.get(n.organization_id, ""),
                n.visibility.value,
                n.body,
                n.amends_note_id,
            )
            for n in notes
        ),
        referrals=tuple(
            ExportedReferral(
                r.id,
                orgs.get(r.from_organization_id, ""),
                orgs.get(r.to_organization_id, ""),
                r.status.value,
                r.reason,
                r.decline_reason,
                r.sent_at,
                r.answered_at,
                r.completed_at,
            )
            for r in referrals
        ),
    )


def _readings(
    session: Session, subject_id: int, case_ids: list[int], *, before: int
) -> tuple[ExportedReading, ...]:
    about = or_(
        and_(AuditEvent.entity == "subjects", AuditEvent.entity_id == str(subject_id)),
        and_(AuditEvent.entity == "cases", AuditEvent.entity_id.in_([str(i) for i in case_ids])),
    )
    events = session.scalars(
        select(AuditEvent)
        .where(
            about,
            AuditEvent.action.in_([audit.AuditAction.READ, audit.AuditAction.EXPORT]),
            AuditEvent.id < before,
        )
        .order_by(AuditEvent.id)
    )
    return tuple(
        ExportedReading(
            e.at,
            e.username,
            "profile" if e.entity == "subjects" else f"case {e.entity_id}",
            e.justification or "",
        )
        for e in events
    )
