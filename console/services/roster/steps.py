"""The calendar's undoable roster steps: accepting a proposal (one step, undone by
:func:`~console.services.roster.propose.revert_applied`), locking a shift or a person on it,
and the alternatives of a draft shift as the week stands, without a proposal.

Like :mod:`console.services.planning.undoable`, a step keeps what it learned in a plain trail
shared with its command, and tells the stack's :class:`ShiftBook` the versions it left; the one
worker runs the steps in order, so a redo after an undo sees the versions the undo left.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.models import Role, Shift
from console.services import access
from console.services.access import Action
from console.services.changes import Area, row_id, writes
from console.services.planning.holidays import HolidayCalendar
from console.services.planning.undoable import ShiftBook
from console.services.planning.week import DEFAULT_HOLIDAYS, ShiftRow
from console.services.roster import gather, solver
from console.services.roster.apply import applied_ids, apply_proposal, revert_applied
from console.services.roster.inputs import set_assignment_locked, set_shift_locked
from console.services.roster.model import (
    Alternative,
    AppliedProposal,
    Proposal,
    RosterWeights,
    SolverStatus,
)
from console.services.roster.propose import rank_alternatives


@dataclass
class ProposalTrail:
    """What an accepted proposal's steps learned: what the last apply wrote, and the versions
    the restaffed drafts had after the last undo (a redo expects exactly those)."""

    applied: AppliedProposal | None = None
    versions: dict[int, int] = field(default_factory=dict)


def _saw(session: Session, book: ShiftBook, shift_ids: Iterable[int]) -> dict[int, int]:
    """Tell the undo stack's book the versions the step left (its other steps expect them)."""
    ids = list(shift_ids)
    if not ids:
        return {}
    query = select(Shift.id, Shift.version_id).where(Shift.id.in_(ids))
    versions = dict(session.execute(query).all())  # rows are pairs (a Result has keys())
    book.versions.update(versions)
    return versions


@writes(Area.SHIFTS, ids=applied_ids)
def accept_proposal(  # noqa: PLR0917 - the command's book and trail, then the proposal
    session: Session,
    actor: access.Actor,
    book: ShiftBook,
    trail: ProposalTrail,
    proposal: Proposal,
    slot_keys: Iterable[str] | None = None,
) -> AppliedProposal:
    """Apply the proposal (all changes, or ``slot_keys``); on a redo after an undo, the drafts
    it restaffs are expected at the versions the undo left, so a change by someone else in
    between still makes it fail as stale."""
    if trail.versions:
        proposal = replace(
            proposal,
            shifts=tuple(
                replace(s, version_id=trail.versions.get(s.shift_id, s.version_id))
                if s.shift_id is not None
                else s
                for s in proposal.shifts
            ),
        )
    applied = apply_proposal(session, actor, proposal, slot_keys)
    session.flush()
    _saw(session, book, applied.shift_ids)
    trail.applied = applied
    return applied


@writes(Area.SHIFTS, ids=applied_ids)
def undo_accepted(
    session: Session, actor: access.Actor, book: ShiftBook, trail: ProposalTrail
) -> AppliedProposal:
    """Revert what the last :func:`accept_proposal` of ``trail`` wrote."""
    applied = trail.applied
    if applied is None:
        return AppliedProposal(created_shift_ids=(), restaffed=())
    revert_applied(session, actor, applied)
    session.flush()
    restaffed = [shift_id for shift_id, _before, _after in applied.restaffed]
    trail.versions = _saw(session, book, restaffed)
    trail.applied = None
    return applied


@writes(Area.SHIFTS, ids=row_id)
def lock_shift(
    session: Session, actor: access.Actor, book: ShiftBook, shift_id: int, locked: bool
) -> ShiftRow:
    """Lock (or unlock) the shift first known as ``shift_id``, at the version the book last
    saw: a step of the calendar's undo stack."""
    shift_id = book.id_of(shift_id)
    row = set_shift_locked(
        session, actor, shift_id, locked, expected_version=book.version_of(shift_id)
    )
    book.saw(row)
    return row


@writes(Area.SHIFTS, ids=row_id)
def lock_person(  # noqa: PLR0917 - the command's book, then the shift and the person
    session: Session,
    actor: access.Actor,
    book: ShiftBook,
    shift_id: int,
    person_id: int,
    locked: bool,
) -> ShiftRow:
    """Keep (or free) ``person_id`` on the shift first known as ``shift_id``."""
    row = set_assignment_locked(session, actor, book.id_of(shift_id), person_id, locked)
    book.saw(row)
    return row


def alternatives_in_draft(  # noqa: PLR0917 - the week, then the slot
    session: Session,
    actor: access.Actor,
    monday: date,
    tz: ZoneInfo,
    shift_id: int,
    weights: RosterWeights | None = None,
    *,
    role: Role | None = None,
    holidays: HolidayCalendar | None = DEFAULT_HOLIDAYS,
) -> list[Alternative]:
    """The best people for a place on the draft ``shift_id`` with the week as it stands (the
    drafts' people as they are, no solver run), ranked as
    :func:`~console.services.roster.propose.alternatives_for_slot` ranks them. Raises
    ``slot_not_in_proposal`` when the shift is not a draft of the week to staff."""
    access.require(actor, Action.PLAN_SHIFTS)
    problem = gather.week_problem(
        session, monday, tz, weights=weights or RosterWeights(), holidays=holidays
    )
    current = solver.Solution(
        status=SolverStatus.FEASIBLE,
        people={s.key: tuple(s.previous_ids) for s in problem.slots if s.shift_id is not None},
        zones={s.key: s.zone_id for s in problem.slots},
    )
    return rank_alternatives(problem, current, f"shift:{shift_id}", role=role)
