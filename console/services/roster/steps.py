"""The calendar's undoable roster steps: accepting a proposal (one step, undone by
:func:`~console.services.roster.propose.revert_applied`) and the alternatives of a draft shift
as the week stands, without a proposal.

Like :mod:`console.services.planning.undoable`, a step keeps what it learned in a plain trail
shared with its command; the one worker runs the steps in order, so a redo after an undo sees
the versions the undo left.
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
from console.services.changes import Area, writes
from console.services.planning.holidays import HolidayCalendar
from console.services.planning.week import DEFAULT_HOLIDAYS
from console.services.roster import gather, solver
from console.services.roster.model import (
    Alternative,
    AppliedProposal,
    Proposal,
    RosterWeights,
    SolverStatus,
)
from console.services.roster.propose import (
    applied_ids,
    apply_proposal,
    rank_alternatives,
    revert_applied,
)


@dataclass
class ProposalTrail:
    """What an accepted proposal's steps learned: what the last apply wrote, and the versions
    the restaffed drafts had after the last undo (a redo expects exactly those)."""

    applied: AppliedProposal | None = None
    versions: dict[int, int] = field(default_factory=dict)


@writes(Area.SHIFTS, ids=applied_ids)
def accept_proposal(
    session: Session,
    actor: access.Actor,
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
    trail.applied = applied
    return applied


@writes(Area.SHIFTS, ids=applied_ids)
def undo_accepted(session: Session, actor: access.Actor, trail: ProposalTrail) -> AppliedProposal:
    """Revert what the last :func:`accept_proposal` of ``trail`` wrote."""
    applied = trail.applied
    if applied is None:
        return AppliedProposal(created_shift_ids=(), restaffed=())
    revert_applied(session, actor, applied)
    session.flush()
    restaffed = [shift_id for shift_id, _before, _after in applied.restaffed]
    trail.versions = (
        dict(session.execute(select(Shift.id, Shift.version_id).where(Shift.id.in_(restaffed))))
        if restaffed
        else {}
    )
    trail.applied = None
    return applied


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
