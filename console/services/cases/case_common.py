"""What the casework services share: their errors, text checks, loading a case, the note
audience rule as SQL, and names by id.

Imported by :mod:`casework`, :mod:`people_met`, :mod:`debriefs`, :mod:`referrals`,
:mod:`case_list`, :mod:`case_edits` and :mod:`search`; it imports none of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, false, or_, select
from sqlalchemy.orm import Session

from console.models import (
    Case,
    CaseNote,
    Intervention,
    Person,
    Referral,
    ReferralStatus,
    Subject,
    User,
)
from console.services import access
from console.services.access import Action, Actor, PermissionDenied, Reach
from console.services.errors import Entity, Refusal, StaleRecord, not_found
from console.services.planning.week import DEFAULT_TZ


class CaseworkError(Refusal):
    """The request cannot be carried out as asked: ``code`` says why, ``params`` with what."""


class StaleCase(StaleRecord, CaseworkError):
    """The row changed since the caller read it: reload it and apply the change again."""

    def __init__(self, entity: Entity, row_id: int, expected_version: int) -> None:
        self.row_id = row_id
        super().__init__(
            entity,
            row_id,
            expected_version,
            "{entity} {id} was changed by someone else since version {version}; "
            "reload it and try again",
        )


class Refused(PermissionDenied):
    """A :class:`PermissionDenied` whose reason is not the role alone (e.g. the organization).

    Like a :class:`~console.services.errors.Refusal` it carries a ``code`` naming the reason
    and the ``params`` its sentence needs; ``str()`` is the English sentence. The code comes
    first, as for every refusal, so that the raise sites read (and are found) alike.
    """

    def __init__(
        self, code: str, text: str, actor: Actor, action: Action, /, **params: Any
    ) -> None:
        super().__init__(actor, action)
        self.code = code
        self.params = params
        self.args = (text.format(**params) if params else text,)


def today_local() -> date:
    """Today in Cremona: consents and review dates are local days."""
    return datetime.now(DEFAULT_TZ).date()


def load_case(session: Session, case_id: int, *, lock: bool = False) -> Case:
    """The case with this id; :class:`CaseworkError` (``not_found``) when there is none.

    ``lock``: read it afresh and hold its row until the transaction ends (``FOR UPDATE`` on
    PostgreSQL), for a write that changes the case after writing something else."""
    case = session.get(Case, case_id, with_for_update=lock or None, populate_existing=lock)
    if case is None:
        raise not_found(CaseworkError, Entity.CASE, case_id)
    return case


# -- who holds a record (services.access.SCOPED_WRITES) ------------------------------------------


def _organization_of(session: Session, user_id: int | None) -> int | None:
    """The organization of the person an account belongs to (None: no account or person)."""
    if user_id is None:
        return None
    return session.scalar(
        select(Person.organization_id)
        .join(User, User.person_id == Person.id)
        .where(User.id == user_id)
    )


def case_holders(session: Session, case: Case) -> set[int]:
    """The case's organization and every organization that accepted a referral of it."""
    accepted = session.scalars(
        select(Referral.to_organization_id).where(
            Referral.case_id == case.id, Referral.status == ReferralStatus.ACCEPTED
        )
    )
    return {case.organization_id, *accepted}


def subject_holders(session: Session, subject: Subject) -> set[int]:
    """The organizations that hold the relationship with a person met: the organization of
    whoever first recorded them (for a profile recorded outside the window, the owners of the
    cases about them), and every organization that accepted a referral of a case about them.

    Opening a case of one's own about someone does not make an organization a holder: the
    consent gate is opened by who met the person, or by who took them over."""
    holders: set[int] = set()
    cases = select(Case.id).where(Case.subject_id == subject.id)
    recorder = _organization_of(session, subject.created_by_id)
    if recorder is not None:
        holders.add(recorder)
    if not holders:
        holders.update(
            session.scalars(select(Case.organization_id).where(Case.subject_id == subject.id))
        )
    holders.update(
        session.scalars(
            select(Referral.to_organization_id).where(
                Referral.case_id.in_(cases), Referral.status == ReferralStatus.ACCEPTED
            )
        )
    )
    return holders


def debrief_holders(session: Session, intervention: Intervention) -> set[int]:
    """The organizations of the people on the outing and of whoever recorded its debrief."""
    people = [p.person_id for p in intervention.participants]
    holders = set(session.scalars(select(Person.organization_id).where(Person.id.in_(people))))
    recorder = _organization_of(session, intervention.recorded_by_id)
    if recorder is not None:
        holders.add(recorder)
    return holders


# -- the note audience rule, as SQL ------------------------------------------------------------


def readable_notes(actor: Actor) -> ColumnElement[bool]:
    """A WHERE clause on :class:`CaseNote` true exactly when :func:`access.may_read_note` is.

    Built from :data:`access.NOTE_AUDIENCES`, so the SQL follows the one table; the tests
    check both forms agree for every reader and visibility.
    """
    if actor.role not in access.PARTNERS:
        return false()
    clauses: list[ColumnElement[bool]] = []
    if actor.user_id is not None:
        clauses.append(CaseNote.author_id == actor.user_id)
    for visibility, (roles, reach) in access.NOTE_AUDIENCES.items():
        if actor.role not in roles:
            continue
        if reach is Reach.EVERY_ORGANIZATION:
            clauses.append(CaseNote.visibility == visibility)
        elif actor.organization_id is not None:
            clauses.append(
                and_(
                    CaseNote.visibility == visibility,
                    CaseNote.organization_id == actor.organization_id,
                )
            )
    return or_(*clauses) if clauses else false()


def names_by_id(session: Session, key: Any, name: Any, ids: Iterable[int | None]) -> dict[int, str]:
    """``{id: name}`` for the given ids (None skipped) in one query: ``key`` and ``name`` are
    columns, e.g. ``Organization.id, Organization.short_name``."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return dict(session.execute(select(key, name).where(key.in_(wanted))).all())
