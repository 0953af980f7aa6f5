"""Referrals: a case handed from one organization to another (sent, accepted, declined with a
reason, completed), and the incoming ones the receiving side sees with a count badge.

Only a member of the receiving organization answers a referral. The reasons are free text
about a person: the two organizations involved read them, other partners see that the
referral exists, and the audit log records only that they changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.models import Case, CaseStatus, Organization, Referral, ReferralStatus
from console.models.base import utcnow
from console.services.access import (
    Action,
    Actor,
    PermissionDenied,
    ScopedWrite,
    require,
    require_holder,
)
from console.services.access.audit import record_write
from console.services.cases.case_common import (
    CaseworkError,
    Refused,
    StaleCase,
    case_holders,
    load_case,
)
from console.services.changes import Area, field_ids, row_id, writes
from console.services.conflicts import stale_as
from console.services.errors import Entity, not_found
from console.services.text_rules import LIMITS, TextField, clean_text

MAX_REASON = LIMITS[TextField.REFERRAL_REASON]
# A referral in these states stands: the case is with the other organization.
STANDING = (ReferralStatus.SENT, ReferralStatus.ACCEPTED)


@dataclass(frozen=True)
class ReferralRow:
    id: int
    case_id: int
    case_title: str
    from_organization_id: int
    from_name: str
    to_organization_id: int
    to_name: str
    status: ReferralStatus
    reason: str  # "" for a reader outside the two organizations
    decline_reason: str | None  # likewise None
    sent_at: datetime
    answered_at: datetime | None
    completed_at: datetime | None
    version_id: int


def referral_rows(
    session: Session, actor: Actor, referrals: Iterable[Referral]
) -> list[ReferralRow]:
    """Rows for loaded referrals, in the given order (no permission check: callers check)."""
    referrals = list(referrals)
    if not referrals:
        return []
    titles = dict(
        session.execute(
            select(Case.id, Case.title).where(Case.id.in_({r.case_id for r in referrals}))
        ).all()
    )
    org_ids = {r.from_organization_id for r in referrals} | {
        r.to_organization_id for r in referrals
    }
    names = dict(
        session.execute(
            select(Organization.id, Organization.name).where(Organization.id.in_(org_ids))
        ).all()
    )
    rows = []
    for r in referrals:
        involved = actor.organization_id in (r.from_organization_id, r.to_organization_id)
        rows.append(
            ReferralRow(
                id=r.id,
                case_id=r.case_id,
                case_title=titles.get(r.case_id, ""),
                from_organization_id=r.from_organization_id,
                from_name=names.get(r.from_organization_id, ""),
                to_organization_id=r.to_organization_id,
                to_name=names.get(r.to_organization_id, ""),
                status=r.status,
                reason=r.reason if involved else "",
                decline_reason=r.decline_reason if involved else None,
                sent_at=r.sent_at,
                answered_at=r.answered_at,
                completed_at=r.completed_at,
                version_id=r.version_id,
            )
        )
    return rows


# -- reading -------------------------------------------------------------------------------------


def incoming_referrals(
    session: Session, actor: Actor, *, status: ReferralStatus | None = ReferralStatus.SENT
) -> list[ReferralRow]:
    """Referrals to the actor's organization (``status`` None: all of them), newest first."""
    require(actor, Action.VIEW_CASES)
    if actor.organization_id is None:
        return []
    query = (
        select(Referral)
        .where(Referral.to_organization_id == actor.organization_id)
        .order_by(Referral.sent_at.desc(), Referral.id.desc())
    )
    if status is not None:
        query = query.where(Referral.status == ReferralStatus(status))
    return referral_rows(session, actor, session.scalars(query))


def incoming_count(session: Session, actor: Actor) -> int:
    """How many referrals wait for the actor's organization to answer (the badge)."""
    require(actor, Action.VIEW_CASES)
    if actor.organization_id is None:
        return 0
    return (
        session.scalar(
            select(func.count())
            .select_from(Referral)
            .where(
                Referral.to_organization_id == actor.organization_id,
                Referral.status == ReferralStatus.SENT,
            )
        )
        or 0
    )


def case_referrals(session: Session, actor: Actor, case_id: int) -> list[ReferralRow]:
    """Every referral of a case, oldest first."""
    require(actor, Action.VIEW_CASES)
    query = (
        select(Referral).where(Referral.case_id == case_id).order_by(Referral.sent_at, Referral.id)
    )
    return referral_rows(session, actor, session.scalars(query))


# -- writing -------------------------------------------------------------------------------------


# Sending or declining a referral may move its case's status (referred, back to open).
@writes(Area.REFERRALS, Area.CASES, ids={Area.REFERRALS: row_id, Area.CASES: field_ids("case_id")})
def refer_case(
    session: Session, actor: Actor, case_id: int, to_organization_id: int, reason: str
) -> ReferralRow:
    """Refer the case from the actor's organization to another; the case becomes referred.

    Refused (:class:`CaseworkError`) for a closed case, the actor's own organization, or an
    organization the case already stands referred to (sent or accepted).
    """
    require(actor, Action.WRITE_CASES)
    if actor.organization_id is None:
        raise PermissionDenied(actor, Action.WRITE_CASES)
    text = clean_text(
        reason,
        TextField.REFERRAL_REASON,
        blank=lambda: CaseworkError(
            "referral_reason_required", "a reason for the referral is required"
        ),
        too_long=lambda: CaseworkError(
            "referral_reason_too_long",
            "a reason for the referral has at most {limit} characters",
            limit=MAX_REASON,
        ),
    )
    case = load_case(session, case_id, lock=True)
    require_holder(actor, ScopedWrite.REFER_CASE, case_holders(session, case))
    if case.status is CaseStatus.CLOSED:
        raise CaseworkError(
            "referral_case_closed", "a closed case cannot be referred: reopen it first"
        )
    target = session.get(Organization, to_organization_id)
    if target is None:
        raise not_found(CaseworkError, Entity.ORGANIZATION, to_organization_id)
    if target.id == actor.organization_id:
        raise CaseworkError(
            "referral_to_own_organization",
            "a case is referred to another organization, not to your own",
        )
    standing = session.scalar(
        select(Referral.id).where(
            Referral.case_id == case.id,
            Referral.to_organization_id == target.id,
            Referral.status.in_(STANDING),
        )
    )
    if standing is not None:
        raise CaseworkError(
            "referral_already_standing",
            "the case is already referred to {organization}",
            organization=target.name,
        )
    referral = Referral(
        case_id=case.id,
        from_organization_id=actor.organization_id,
        to_organization_id=target.id,
        status=ReferralStatus.SENT,
        reason=text,
        sent_by_id=actor.user_id,
        sent_at=utcnow(),
    )
    session.add(referral)
    record_write(session, actor, "create", referral)
    if case.status is not CaseStatus.REFERRED:
        _set_case_status(session, actor, case, CaseStatus.REFERRED, referral.id)
    return referral_rows(session, actor, [referral])[0]


@writes(Area.REFERRALS, ids=row_id)
def accept_referral(
    session: Session, actor: Actor, referral_id: int, *, expected_version: int | None = None
) -> ReferralRow:
    """The receiving organization takes the case on."""
    referral = _answerable(session, actor, referral_id, expected_version, ReferralStatus.SENT)
    stale = StaleCase(Entity.REFERRAL, referral_id, referral.version_id)
    referral.status = ReferralStatus.ACCEPTED
    referral.answered_at = utcnow()
    return _write(session, actor, referral, stale)


@writes(Area.REFERRALS, Area.CASES, ids={Area.REFERRALS: row_id, Area.CASES: field_ids("case_id")})
def decline_referral(
    session: Session,
    actor: Actor,
    referral_id: int,
    reason: str,
    *,
    expected_version: int | None = None,
) -> ReferralRow:
    """The receiving organization declines, saying why; with no other referral standing the
    case goes back to open."""
    text = clean_text(
        reason,
        TextField.DECLINE_REASON,
        blank=lambda: CaseworkError(
            "referral_decline_reason_required", "a reason for declining is required"
        ),
        too_long=lambda: CaseworkError(
            "referral_decline_reason_too_long",
            "a reason for declining has at most {limit} characters",
            limit=MAX_REASON,
        ),
    )
    referral = _answerable(session, actor, referral_id, expected_version, ReferralStatus.SENT)
    stale = StaleCase(Entity.REFERRAL, referral_id, referral.version_id)
    case = session.get(Case, referral.case_id, with_for_update=True, populate_existing=True)
    others = session.scalar(
        select(func.count())
        .select_from(Referral)
        .where(
            Referral.case_id == referral.case_id,
            Referral.id != referral.id,
            Referral.status.in_(STANDING),
        )
    )
    referral.status = ReferralStatus.DECLINED
    referral.decline_reason = text
    referral.answered_at = utcnow()
    row = _write(session, actor, referral, stale)
    if case is not None and case.status is CaseStatus.REFERRED and not others:
        _set_case_status(session, actor, case, CaseStatus.OPEN, referral.id)
    return row


@writes(Area.REFERRALS, ids=row_id)
def complete_referral(
    session: Session, actor: Actor, referral_id: int, *, expected_version: int | None = None
) -> ReferralRow:
    """The receiving organization has done what was asked; the case's owner decides what next."""
    referral = _answerable(session, actor, referral_id, expected_version, ReferralStatus.ACCEPTED)
    stale = StaleCase(Entity.REFERRAL, referral_id, referral.version_id)
    referral.status = ReferralStatus.COMPLETED
    referral.completed_at = utcnow()
    return _write(session, actor, referral, stale)


def _set_case_status(
    session: Session, actor: Actor, case: Case, status: CaseStatus, referral_id: int
) -> None:
    """A referral moved the case's status: audited as a change of the case, naming it.

    The caller locked the case's row before writing anything (``FOR UPDATE`` on PostgreSQL),
    so no one changes it in between and two writers never wait on each other in a cycle."""
    stale = StaleCase(Entity.CASE, case.id, case.version_id)  # before the flush
    case.status = status
    with stale_as(stale):
        record_write(session, actor, "update", case, extra={"referral": referral_id})


def _answerable(
    session: Session,
    actor: Actor,
    referral_id: int,
    expected_version: int | None,
    status: ReferralStatus,
) -> Referral:
    require(actor, Action.WRITE_CASES)
    referral = session.get(Referral, referral_id)
    if referral is None:
        raise not_found(CaseworkError, Entity.REFERRAL, referral_id)
    if actor.organization_id != referral.to_organization_id:
        raise Refused(
            "referral_answered_by_receiver",
            "only the organization a case is referred to answers the referral",
            actor,
            Action.WRITE_CASES,
        )
    if expected_version is not None and referral.version_id != expected_version:
        raise StaleCase(Entity.REFERRAL, referral_id, expected_version)
    if referral.status is not status:
        raise CaseworkError(
            "referral_wrong_status",
            "referral {referral} is {status}, not {expected}",
            referral=referral_id,
            status=referral.status,
            expected=status,
        )
    return referral


def _write(session: Session, actor: Actor, referral: Referral, stale: StaleCase) -> ReferralRow:
    """Flush and audit the answer; ``stale`` (built before any change) when someone else
    answered the referral meanwhile."""
    with stale_as(stale):
        record_write(session, actor, "update", referral)
    return referral_rows(session, actor, [referral])[0]
