"""Rectifying and erasing a person met.

A rectification is an amendment: the profile takes the corrected value and a
``subject_amendments`` row keeps the value before, the reason, who and when (the audit log
records that the field changed, never the names). An erasure anonymises everything linked to the
person in one step (profile, consents, amendments, the cases about them with their notes and
referrals), audited with the counts and the reason; it is refused while a consent row records a
basis that obliges an organization to keep the data (:data:`rules.KEEP_FOR_BASES`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.models import (
    Case,
    CaseNote,
    Consent,
    Identification,
    Organization,
    Role,
    Subject,
    SubjectAmendment,
)
from console.services.access import Action, Actor, audit, pg_roles, require
from console.services.access.audit import record_write
from console.services.cases.case_common import CaseworkError, today_local
from console.services.cases.people_met import (
    checked_birth_year,
    checked_description,
    checked_full_name,
    checked_nickname,
    identities_visible,
)
from console.services.changes import Area, writes
from console.services.errors import Entity, not_found
from console.services.retention.rules import KEEP_FOR_BASES, RetentionError
from console.services.retention.run import (
    anonymise_cases,
    anonymise_notes,
    anonymise_subjects,
    rebuild_search_index,
)
from console.services.retention.subject_access import checked_reason

RECTIFIABLE = ("alias", "description", "full_name", "birth_year")


@dataclass(frozen=True)
class Rectification:
    subject_id: int
    amendment_ids: tuple[int, ...]


@dataclass(frozen=True)
class Erasure:
    subject_id: int
    cases: int
    notes: int
    consents: int
    amendments: int


def _subject(session: Session, subject_id: int) -> Subject:
    subject = session.get(Subject, subject_id)
    if subject is None:
        raise not_found(CaseworkError, Entity.SUBJECT, subject_id)
    return subject


def _identity_guard(session: Session, actor: Actor, subject: Subject) -> None:
    """A name or year of birth is corrected only by whoever may see it: the administrator (the
    data-protection officer), or an organization with an active consent (or legal basis) for
    the person. Checked before any comparison, so a refusal never tells whether a guess was
    right."""
    if actor.role is Role.ADMIN:
        return
    if not identities_visible(session, actor.organization_id, [subject.id], today_local()):
        raise RetentionError(
            "rectify_identity_not_visible",
            "person met {id}'s name is not visible to your organization: only an organization "
            "with their consent (or a legal basis), or the administrator, corrects it",
            id=subject.id,
        )


def _checked(session: Session, actor: Actor, subject: Subject, field: str, value: Any) -> Any:
    if field == "alias":
        return checked_nickname(value)
    if field == "description":
        return checked_description(value)
    if subject.identification is not Identification.NAMED:
        raise RetentionError(
            "rectify_not_named",
            "person met {id} has no recorded name: record it (with consent) instead of "
            "correcting it",
            id=subject.id,
        )
    _identity_guard(session, actor, subject)
    if field == "full_name":
        return checked_full_name(value)
    return checked_birth_year(value, today_local())


@writes(Area.SUBJECTS, ids=lambda result: [result.subject_id])
def rectify_subject(
    session: Session, actor: Actor, subject_id: int, changes: dict[str, Any], reason: str
) -> Rectification:
    """Correct fields of a profile (``alias``, ``description``, and for a named person
    ``full_name`` and ``birth_year``), keeping each value before in an amendment. Needs
    ``RECTIFY_SUBJECT`` and a reason; refuses a correction that changes nothing
    (``rectify_nothing_changed``), and a coordinator's correction of a name their organization
    may not see (``rectify_identity_not_visible``). Nothing of the notes is read or returned."""
    require(actor, Action.RECTIFY_SUBJECT)
    pg_roles.require_owner(
        session, f"subject-rectify --subject {subject_id} --reason … --full-name …"
    )
    subject = _subject(session, subject_id)
    why = checked_reason(reason)
    unknown = set(changes) - set(RECTIFIABLE)
    if unknown:
        raise ValueError(f"not a rectifiable field: {sorted(unknown)}")
    amendments = []
    for field in RECTIFIABLE:
        if field not in changes:
            continue
        new = _checked(session, actor, subject, field, changes[field])
        old = getattr(subject, field)
        if new == old:
            continue
        amendments.append(
            SubjectAmendment(
                subject_id=subject.id,
                field=field,
                old_value=None if old is None else str(old),
                new_value=None if new is None else str(new),
                reason=why,
                amended_by_id=actor.user_id,
            )
        )
        setattr(subject, field, new)
    if not amendments:
        raise RetentionError(
            "rectify_nothing_changed", "the correction changes nothing: every value is the same"
        )
    record_write(session, actor, "update", subject)
    session.add_all(amendments)
    session.flush()
    ids = tuple(a.id for a in amendments)
    audit.record(
        session,
        actor,
        audit.AuditAction.CREATE,
        entity="subject_amendments",
        entity_id=subject.id,
        details={"fields": [a.field for a in amendments], "amendments": list(ids)},
        justification=why,
    )
    return Rectification(subject.id, ids)


def erasure_blocked_by(session: Session, subject_id: int) -> list[str]:
    """The organizations that must keep the person's data (a consent row, not withdrawn, on a
    basis of :data:`KEEP_FOR_BASES`); empty when erasure is allowed."""
    return list(
        session.scalars(
            select(Organization.name)
            .join(Consent, Consent.recipient_organization_id == Organization.id)
            .where(
                Consent.subject_id == subject_id,
                Consent.basis.in_(KEEP_FOR_BASES),
                Consent.withdrawn_on.is_(None),
            )
            .order_by(Organization.name)
            .distinct()
        )
    )


@writes(Area.ALL)
def erase_subject(session: Session, actor: Actor, subject_id: int, reason: str) -> Erasure:
    """Anonymise everything linked to a person met, in the caller's transaction, audited with
    the counts and ``reason``. Needs ``ERASE_SUBJECT``. Refused
    (``erasure_refused_legal_obligation``) while an organization must keep the data. Call
    :func:`console.db.compact` after the commit so the text is gone from the files."""
    require(actor, Action.ERASE_SUBJECT)
    pg_roles.require_owner(session, f"subject-erase --subject {subject_id} --reason …")
    subject = _subject(session, subject_id)
    why = checked_reason(reason)
    keepers = erasure_blocked_by(session, subject.id)
    if keepers:
        raise RetentionError(
            "erasure_refused_legal_obligation",
            "person met {id} cannot be erased: {organizations} must keep their data under a "
            "legal obligation (withdraw that basis first if it no longer applies)",
            id=subject.id,
            organizations=", ".join(keepers),
        )
    case_ids = list(session.scalars(select(Case.id).where(Case.subject_id == subject.id)))
    note_ids = list(
        session.scalars(select(CaseNote.id).where(CaseNote.case_id.in_(case_ids)))
        if case_ids
        else []
    )
    consents = session.scalar(select(func.count()).where(Consent.subject_id == subject.id))
    amendments = session.scalar(
        select(func.count()).where(SubjectAmendment.subject_id == subject.id)
    )
    anonymise_notes(session, note_ids)
    anonymise_cases(session, case_ids)
    anonymise_subjects(session, [subject.id])
    rebuild_search_index(session)
    session.expire_all()
    result = Erasure(subject.id, len(case_ids), len(note_ids), consents or 0, amendments or 0)
    audit.record(
        session,
        actor,
        audit.AuditAction.ERASE,
        entity="subjects",
        entity_id=subject.id,
        details={
            "cases": result.cases,
            "notes": result.notes,
            "consents": result.consents,
            "amendments": result.amendments,
        },
        justification=why,
    )
    return result
