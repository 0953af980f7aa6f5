"""Finding the person met a request is about (subject access, rectification, erasure): the
administrator searches by name, nickname or number, and every person shown is audited as a
read of their profile with the reason given, so the person's own export lists the search too.

The answer carries what the three requests need: the profile fields a correction starts from,
how much an erasure would remove, and which organizations must keep the data by law.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.models import (
    Case,
    CaseNote,
    Consent,
    Identification,
    Subject,
    SubjectAmendment,
    Zone,
)
from console.services.access import Action, Actor, audit, require
from console.services.cases.case_common import CaseworkError
from console.services.errors import Entity, not_found
from console.services.retention.erasure import erasure_blocked_by
from console.services.retention.rules import RetentionError
from console.services.retention.subject_access import checked_reason
from console.services.text_rules import clean_limited

MAX_SEARCH = 100
MAX_FOUND = 50


@dataclass(frozen=True)
class PersonFound:
    """A person met as the administrator answering a request sees them."""

    id: int
    identification: Identification
    alias: str | None
    full_name: str | None
    birth_year: int | None
    description: str
    usual_zone: str
    cases: int
    notes: int
    consents: int
    amendments: int
    keepers: tuple[str, ...]  # organizations that must keep the data: erasure refused

    @property
    def named(self) -> bool:
        return self.identification is Identification.NAMED


def _folded(text: str) -> str:
    """Case and accents ignored: "Niccolò" is found by "niccolo"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _matches(session: Session, text: str) -> list[int]:
    number = text.removeprefix("#").strip()
    if number.isdigit():
        found = session.get(Subject, int(number))
        return [found.id] if found is not None else []
    wanted = _folded(text)
    rows = session.execute(
        select(Subject.id, Subject.alias, Subject.full_name).order_by(Subject.id)
    )
    return [
        subject_id
        for subject_id, alias, full_name in rows
        if any(wanted in _folded(value) for value in (alias, full_name) if value)
    ][:MAX_FOUND]


def find_people_met(session: Session, actor: Actor, text: str, reason: str) -> list[PersonFound]:
    """The people met whose nickname or name contains ``text`` (case and accents ignored), or
    whose number it is (``12`` or ``#12``), at most :data:`MAX_FOUND`, oldest record first.

    Needs ``EXPORT_SUBJECT`` (the administrator answering a request). Names are shown, so a
    reason is required (:class:`audit.ReasonRequired`) and each person shown gets a read entry
    in the audit log with it; a blank search is ``find_text_required``. Nothing is read before
    the checks, and nothing is audited when nobody is found.
    """
    require(actor, Action.EXPORT_SUBJECT)
    why = checked_reason(reason)
    wanted = clean_limited(
        text,
        MAX_SEARCH,
        blank=lambda: RetentionError(
            "find_text_required", "type a nickname, a name or a number to search for"
        ),
        too_long=lambda: RetentionError(
            "find_text_too_long", "a search has at most {limit} characters", limit=MAX_SEARCH
        ),
    )
    ids = _matches(session, wanted)
    if not ids:
        return []
    for subject_id in ids:
        audit.record(
            session,
            actor,
            audit.AuditAction.READ,
            entity="subjects",
            entity_id=subject_id,
            details={"request_search": True},
            justification=why,
        )
    return [_found(session, subject_id) for subject_id in ids]


def person_found(session: Session, actor: Actor, subject_id: int) -> PersonFound:
    """One person again, after a request changed them (no new audit entry: the search that
    showed them was audited). Needs ``EXPORT_SUBJECT``."""
    require(actor, Action.EXPORT_SUBJECT)
    return _found(session, subject_id)


def _found(session: Session, subject_id: int) -> PersonFound:
    subject = session.get(Subject, subject_id)
    if subject is None:
        raise not_found(CaseworkError, Entity.SUBJECT, subject_id)
    case_ids = list(session.scalars(select(Case.id).where(Case.subject_id == subject_id)))
    notes = Counter(session.scalars(select(CaseNote.case_id).where(CaseNote.case_id.in_(case_ids))))
    zone = session.get(Zone, subject.usual_zone_id) if subject.usual_zone_id else None
    return PersonFound(
        id=subject.id,
        identification=subject.identification,
        alias=subject.alias,
        full_name=subject.full_name,
        birth_year=subject.birth_year,
        description=subject.description,
        usual_zone=zone.name if zone is not None else "",
        cases=len(case_ids),
        notes=sum(notes.values()),
        consents=len(
            session.scalars(select(Consent.id).where(Consent.subject_id == subject_id)).all()
        ),
        amendments=len(
            session.scalars(
                select(SubjectAmendment.id).where(SubjectAmendment.subject_id == subject_id)
            ).all()
        ),
        keepers=tuple(erasure_blocked_by(session, subject_id)),
    )
