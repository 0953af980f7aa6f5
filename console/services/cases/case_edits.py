"""Opening and changing cases, their detail, and the debriefs and signals linked to them.

Part of the casework services (``casework`` re-exports these names): ``(session, actor,
...)``, :mod:`access` first, flush never commit, frozen rows back, every write audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, selectinload

from console.models import (
    Case,
    CaseStatus,
    Intervention,
    Person,
    Priority,
    Shift,
    ShiftStatus,
    Signal,
    SignalKind,
    Subject,
    Zone,
    case_interventions,
    case_signals,
)
from console.models.base import utcnow
from console.services import bounds
from console.services.access import Action, Actor, ScopedWrite, audit, require, require_holder
from console.services.access.audit import record_write
from console.services.cases import debriefs, people_met, referrals
from console.services.cases.case_common import (
    CaseworkError,
    StaleCase,
    case_holders,
    load_case,
    today_local,
)
from console.services.cases.case_list import CaseRow, case_rows
from console.services.changes import Area, row_id, writes
from console.services.conflicts import stale_as
from console.services.errors import Entity, not_found
from console.services.text_rules import LIMITS, TextField, clean_text

MAX_TITLE = LIMITS[TextField.CASE_TITLE]
UNCHANGED: Any = ...  # update_case: leave next_review_on as it is


@dataclass(frozen=True)
class CaseDraft:
    title: str
    zone_id: int | None = None
    subject_id: int | None = None
    priority: Priority = Priority.NORMAL
    next_review_on: date | None = None
    owner_id: int | None = None  # a person; None: the actor's own person


class LinkedShift(NamedTuple):
    shift_id: int
    starts_at: datetime
    ends_at: datetime
    zone_name: str
    status: ShiftStatus


class LinkedSignal(NamedTuple):
    signal_id: int
    occurred_at: datetime
    kind: SignalKind
    summary: str


@dataclass(frozen=True)
class CaseDetail:
    """A case with its person and links. No notes: those come from ``casework.case_notes``
    with a reason; the subject is the summary (the profile: ``people_met.subject_profile``)."""

    case: CaseRow
    subject: people_met.SubjectRow | None
    referrals: tuple[referrals.ReferralRow, ...]
    debriefs: tuple[debriefs.DebriefRow, ...]
    shifts: tuple[LinkedShift, ...]  # the shifts of the linked debriefs
    signals: tuple[LinkedSignal, ...]


@writes(Area.CASES, ids=row_id)
def open_case(session: Session, actor: Actor, draft: CaseDraft) -> CaseRow:
    """A new open case, owned by ``draft.owner_id`` (default: the actor) in the owner's
    organization. Raises :class:`CaseworkError` for a blank title or an unknown zone,
    person met or owner."""
    require(actor, Action.WRITE_CASES)
    title = _title(draft.title)
    bounds.check_day(draft.next_review_on)
    owner = _owner(session, draft.owner_id if draft.owner_id is not None else actor.person_id)
    # A case is opened in the actor's own organization: giving it to another is a hand-over.
    require_holder(actor, ScopedWrite.HAND_OVER_CASE, {owner.organization_id})
    _exists(session, Zone, draft.zone_id, Entity.ZONE)
    _exists(session, Subject, draft.subject_id, Entity.SUBJECT)
    case = Case(
        title=title,
        zone_id=draft.zone_id,
        subject_id=draft.subject_id,
        status=CaseStatus.OPEN,
        priority=Priority(draft.priority),
        owner_id=owner.id,
        organization_id=owner.organization_id,
        next_review_on=draft.next_review_on,
        opened_at=utcnow(),
    )
    session.add(case)
    record_write(session, actor, "create", case)
    return case_rows(session, actor, [case], today_local())[0]


@writes(Area.CASES, ids=row_id)
def update_case(
    session: Session,
    actor: Actor,
    case_id: int,
    expected_version: int,
    *,
    status: CaseStatus | None = None,
    priority: Priority | None = None,
    owner_id: int | None = None,
    next_review_on: date | None = UNCHANGED,
    title: str | None = None,
) -> CaseRow:
    """Change what is given (``next_review_on=None`` clears the date). Closing sets
    ``closed_at``, reopening clears it; a new owner brings the case to their organization.
    Raises :class:`StaleCase` when the case is no longer at ``expected_version``, and
    :class:`~console.services.access.HeldElsewhere` unless the actor's organization holds the
    case (a hand-over: owns it)."""
    require(actor, Action.WRITE_CASES)
    case = load_case(session, case_id)
    require_holder(actor, ScopedWrite.CHANGE_CASE, case_holders(session, case))
    if case.version_id != expected_version:
        raise StaleCase(Entity.CASE, case_id, expected_version)
    owner = _owner(session, owner_id) if owner_id is not None else None
    if owner is not None and owner.id != case.owner_id:
        require_holder(actor, ScopedWrite.HAND_OVER_CASE, {case.organization_id})
    if title is not None:
        case.title = _title(title)
    if priority is not None:
        case.priority = Priority(priority)
    if next_review_on is not UNCHANGED:
        bounds.check_day(next_review_on)
        case.next_review_on = next_review_on
    if owner is not None and owner.id != case.owner_id:
        case.owner_id, case.organization_id = owner.id, owner.organization_id
    if status is not None and CaseStatus(status) is not case.status:
        case.status = CaseStatus(status)
        case.closed_at = utcnow() if case.status is CaseStatus.CLOSED else None
    with stale_as(StaleCase(Entity.CASE, case_id, expected_version)):
        record_write(session, actor, "update", case)
    return case_rows(session, actor, [case], today_local())[0]


def case_detail(
    session: Session, actor: Actor, case_id: int, *, today: date | None = None
) -> CaseDetail:
    """The case, its person (summary), referrals, linked debriefs, their shifts and signals."""
    require(actor, Action.VIEW_CASES)
    today = today or today_local()
    case = load_case(session, case_id)
    subject = None
    if case.subject_id is not None:
        loaded = session.get(Subject, case.subject_id, options=[selectinload(Subject.consents)])
        if loaded is not None:
            subject = people_met.subject_row(session, actor, loaded, profile=False, today=today)
    debrief_ids = list(
        session.scalars(
            select(case_interventions.c.intervention_id).where(
                case_interventions.c.case_id == case.id
            )
        )
    )
    linked = debriefs.debriefs_by_id(session, debrief_ids)
    shift_ids = [row.shift_id for row in linked if row.shift_id is not None]
    shifts = session.execute(
        select(Shift.id, Shift.starts_at, Shift.ends_at, Zone.name, Shift.status)
        .join(Zone, Zone.id == Shift.zone_id)
        .where(Shift.id.in_(shift_ids))
        .order_by(Shift.starts_at, Shift.id)
    )
    signals = session.execute(
        select(Signal.id, Signal.occurred_at, Signal.kind, Signal.summary)
        .join(case_signals, case_signals.c.signal_id == Signal.id)
        .where(case_signals.c.case_id == case.id)
        .order_by(Signal.occurred_at, Signal.id)
    )
    return CaseDetail(
        case=case_rows(session, actor, [case], today)[0],
        subject=subject,
        referrals=tuple(referrals.case_referrals(session, actor, case.id)),
        debriefs=tuple(linked),
        shifts=tuple(LinkedShift(*row) for row in shifts),
        signals=tuple(LinkedSignal(*row) for row in signals),
    )


@writes(Area.CASES)
def link_debrief(session: Session, actor: Actor, case_id: int, debrief_id: int) -> None:
    """Tie a debrief to the case (nothing happens when it already is)."""
    _link(
        session,
        actor,
        case_id,
        debrief_id,
        model=Intervention,
        link_table=case_interventions,
        entity=Entity.DEBRIEF,
    )


@writes(Area.CASES)
def link_signal(session: Session, actor: Actor, case_id: int, signal_id: int) -> None:
    """Tie a signal to the case (nothing happens when it already is)."""
    _link(
        session,
        actor,
        case_id,
        signal_id,
        model=Signal,
        link_table=case_signals,
        entity=Entity.SIGNAL,
    )


def _link(
    session: Session,
    actor: Actor,
    case_id: int,
    other_id: int,
    *,
    model: type,
    link_table: Any,
    entity: Entity,
) -> None:
    require(actor, Action.WRITE_CASES)
    case = load_case(session, case_id)
    require_holder(actor, ScopedWrite.CHANGE_CASE, case_holders(session, case))
    _exists(session, model, other_id, entity)
    other_col = next(c for c in link_table.c if c.name != "case_id")
    present = session.scalar(
        select(link_table.c.case_id).where(link_table.c.case_id == case.id, other_col == other_id)
    )
    if present is not None:
        return
    session.execute(insert(link_table).values({"case_id": case.id, other_col.name: other_id}))
    audit.record(
        session,
        actor,
        audit.AuditAction.UPDATE,
        entity="cases",
        entity_id=case.id,
        details={"linked": {other_col.name: other_id}},
    )


def _title(value: str | None) -> str:
    return clean_text(
        value,
        TextField.CASE_TITLE,
        blank=lambda: CaseworkError("case_title_required", "a title is required"),
        too_long=lambda: CaseworkError(
            "case_title_too_long", "a title has at most {limit} characters", limit=MAX_TITLE
        ),
    )


def _owner(session: Session, person_id: int | None) -> Person:
    if person_id is None:
        raise CaseworkError("case_owner_required", "choose who owns the case")
    person = session.get(Person, person_id)
    if person is None:
        raise not_found(CaseworkError, Entity.PERSON, person_id)
    if not person.active:
        raise CaseworkError(
            "case_owner_inactive",
            "{owner} is no longer active: choose another owner",
            owner=person.full_name,
        )
    return person


def _exists(session: Session, model: type, record_id: int | None, entity: Entity) -> None:
    if record_id is not None and session.get(model, record_id) is None:
        raise not_found(CaseworkError, entity, record_id)
