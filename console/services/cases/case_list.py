"""The list of cases: filters, and rows with what each actor may know about each case.

Every partner sees every case's facts (``VIEW_CASES``); what differs per reader is the name
of the person (the identity rule of :mod:`people_met`), how many notes they may read (a
count only: notes are read through ``casework.case_notes`` with a reason) and how many
referrals wait for their organization. A handful of queries whatever the number of cases.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from console.models import (
    Case,
    CaseNote,
    CaseStatus,
    Organization,
    Person,
    Priority,
    Referral,
    ReferralStatus,
    Zone,
)
from console.services.access import Action, Actor, ScopedWrite, may_write, require
from console.services.cases import people_met, search
from console.services.cases.case_common import names_by_id, readable_notes, today_local

MAX_ROWS = 500


@dataclass(frozen=True)
class CaseFilter:
    status: CaseStatus | None = None
    zone_id: int | None = None
    owner_id: int | None = None  # a person id
    review_due: bool = False  # not closed, next review on or before today
    referrals_waiting: bool = False  # a referral to the actor's organization waits (sent)
    text: str = ""  # words in the title or in a note the actor may read (see search)


@dataclass(frozen=True)
class CaseRow:
    id: int
    title: str
    subject_display: str  # alias, or full name if this actor may see it; "" without subject
    zone_id: int | None
    zone_name: str
    status: CaseStatus
    priority: Priority
    owner_id: int
    owner_name: str
    organization_id: int
    organization_name: str
    next_review_on: date | None
    review_due: bool
    referrals_waiting: int  # to the actor's organization, not answered yet
    notes_count: int  # the notes this actor may read
    version_id: int
    subject_id: int | None = None
    opened_at: datetime | None = None
    closed_at: datetime | None = None
    # The actor's organization holds the case: its facts, links and referrals are theirs to
    # change (services.access.SCOPED_WRITES); the services refuse the others whatever the UI.
    may_change: bool = False


def list_cases(
    session: Session,
    actor: Actor,
    flt: CaseFilter = CaseFilter(),
    *,
    today: date | None = None,
    limit: int = MAX_ROWS,
) -> list[CaseRow]:
    """The cases that pass the filter: open ones first, high priority, next review first.

    At most ``limit`` rows (the view says when the list is full: narrow the filters).
    """
    require(actor, Action.VIEW_CASES)
    today = today or today_local()
    query = select(Case)
    if flt.status is not None:
        query = query.where(Case.status == CaseStatus(flt.status))
    if flt.zone_id is not None:
        query = query.where(Case.zone_id == flt.zone_id)
    if flt.owner_id is not None:
        query = query.where(Case.owner_id == flt.owner_id)
    if flt.review_due:
        query = query.where(Case.next_review_on <= today, Case.status != CaseStatus.CLOSED)
    if flt.referrals_waiting:
        waiting = select(Referral.case_id).where(
            Referral.to_organization_id == actor.organization_id,
            Referral.status == ReferralStatus.SENT,
        )
        query = query.where(Case.id.in_(waiting))
    if search.terms(flt.text):
        query = query.where(Case.id.in_(search.case_ids_matching(session, actor, flt.text)))
    query = query.order_by(
        case((Case.status == CaseStatus.CLOSED, 1), else_=0),
        case((Case.priority == Priority.HIGH, 0), (Case.priority == Priority.NORMAL, 1), else_=2),
        Case.next_review_on.is_(None),
        Case.next_review_on,
        Case.id.desc(),
    ).limit(max(1, limit))
    return case_rows(session, actor, session.scalars(query).all(), today)


def case_rows(session: Session, actor: Actor, cases: Sequence[Case], today: date) -> list[CaseRow]:
    """Rows for loaded cases, in the given order (no permission check: callers check)."""
    if not cases:
        return []
    ids = [c.id for c in cases]
    zones = names_by_id(session, Zone.id, Zone.name, {c.zone_id for c in cases})
    orgs = names_by_id(
        session, Organization.id, Organization.name, {c.organization_id for c in cases}
    )
    owners = {
        pid: f"{first} {last}"
        for pid, first, last in session.execute(
            select(Person.id, Person.first_name, Person.last_name).where(
                Person.id.in_({c.owner_id for c in cases})
            )
        )
    }
    subjects = people_met.subject_names(
        session, actor, {c.subject_id for c in cases if c.subject_id is not None}, today
    )
    notes = dict(
        session.execute(
            select(CaseNote.case_id, func.count())
            .where(CaseNote.case_id.in_(ids), readable_notes(actor))
            .group_by(CaseNote.case_id)
        ).all()
    )
    waiting: dict[int, int] = {}
    accepted: set[int] = set()
    if actor.organization_id is not None:
        accepted = set(
            session.scalars(
                select(Referral.case_id).where(
                    Referral.case_id.in_(ids),
                    Referral.to_organization_id == actor.organization_id,
                    Referral.status == ReferralStatus.ACCEPTED,
                )
            )
        )
        waiting = dict(
            session.execute(
                select(Referral.case_id, func.count())
                .where(
                    Referral.case_id.in_(ids),
                    Referral.to_organization_id == actor.organization_id,
                    Referral.status == ReferralStatus.SENT,
                )
                .group_by(Referral.case_id)
            ).all()
        )
    return [
        CaseRow(
            id=c.id,
            title=c.title,
            subject_display=subjects.get(c.subject_id, "") if c.subject_id else "",
            zone_id=c.zone_id,
            zone_name=zones.get(c.zone_id, ""),
            status=c.status,
            priority=c.priority,
            owner_id=c.owner_id,
            owner_name=owners.get(c.owner_id, ""),
            organization_id=c.organization_id,
            organization_name=orgs.get(c.organization_id, ""),
            next_review_on=c.next_review_on,
            review_due=(
                c.next_review_on is not None
                and c.next_review_on <= today
                and c.status is not CaseStatus.CLOSED
            ),
            referrals_waiting=waiting.get(c.id, 0),
            notes_count=notes.get(c.id, 0),
            version_id=c.version_id,
            subject_id=c.subject_id,
            opened_at=c.opened_at,
            closed_at=c.closed_at,
            may_change=may_write(
                actor,
                ScopedWrite.CHANGE_CASE,
                {c.organization_id, *({actor.organization_id} if c.id in accepted else ())},
            ),
        )
        for c in cases
    ]
