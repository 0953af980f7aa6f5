"""Propose the week: the use cases the calendar and ``console-admin propose-week`` call.

:func:`propose_week` reads the week (:mod:`gather`), staffs it (:mod:`solver`, CP-SAT) and
explains it (:mod:`explain`, :mod:`penalties`); it writes nothing. :func:`alternatives_for_slot`
ranks the people for one place of a proposal. Writing a proposal is :mod:`apply`'s.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from console.models import Role, SignalKind
from console.services import access
from console.services.access import Action
from console.services.planning.holidays import HolidayCalendar
from console.services.planning.week import DEFAULT_HOLIDAYS, DEFAULT_TZ
from console.services.roster import checks, explain, gather, solver
from console.services.roster.inputs import RosterError
from console.services.roster.model import (
    Alternative,
    Proposal,
    ProposedAssignment,
    ProposedShift,
    RosterWeights,
    SolverStatus,
)
from console.services.roster.penalties import penalties as listed_penalties
from console.services.roster.problem import PLANNED_ROLES, WeekProblem

MAX_ALTERNATIVES = 10


def propose_week(
    session: Session,
    actor: access.Actor,
    monday: date,
    tz: ZoneInfo = DEFAULT_TZ,
    *,
    weights: RosterWeights | None = None,
    holidays: HolidayCalendar | None = DEFAULT_HOLIDAYS,
    signal_weights: Mapping[SignalKind, float] | None = None,
    job: Any = None,
) -> Proposal:
    """A proposal for the local week of ``monday``: the demand patterns' outings not planned
    yet and the week's drafts, staffed by the rules, with reasons for every empty place and
    every soft rule it breaks. Published, done and locked shifts are kept as they are; demand
    falling on one of the ``holidays`` is left out. Writes nothing.

    Raises ValueError when ``monday`` is not a Monday, ``date_out_of_range`` outside the
    console's dates, :class:`access.PermissionDenied` unless the actor plans shifts. With a
    ``job`` (anything with ``is_cancelled()`` and ``check()``), cancelling it stops the search at
    once and ``job.check()`` raises.
    """
    access.require(actor, Action.PLAN_SHIFTS)
    weights = weights or RosterWeights()
    problem = gather.week_problem(
        session, monday, tz, weights=weights, holidays=holidays, signal_weights=signal_weights
    )
    solution = solver.solve(problem, stop=None if job is None else job.is_cancelled)
    if job is not None:
        job.check()
    return proposal_of(problem, solution)


def proposal_of(problem: WeekProblem, solution: solver.Solution) -> Proposal:
    """The proposal a solution makes of a problem (also for the benchmark and the tests)."""
    workers = {w.id: w for w in problem.workers}
    names = explain.zone_names(problem)
    shifts = []
    assignments = []
    for slot in problem.slots:
        chosen = solution.people.get(slot.key, tuple(slot.fixed_ids))
        zone_id = solution.zones.get(slot.key, slot.zone_id)
        shifts.append(
            ProposedShift(
                key=slot.key,
                shift_id=slot.shift_id,
                version_id=slot.version_id,
                zone_id=zone_id,
                zone_name=names.get(zone_id, slot.zone_name),
                starts_at=slot.starts_at,
                ends_at=slot.ends_at,
                kind=slot.kind,
                status=slot.status,
                educators_needed=slot.educators,
                officers_needed=slot.officers,
                person_ids=tuple(sorted(chosen)),
                previous_person_ids=tuple(sorted(slot.previous_ids)),
                locked=slot.locked,
                demand_id=slot.demand_id,
                moved_from_zone_id=slot.zone_id if zone_id != slot.zone_id else None,
            )
        )
        for person_id in sorted(chosen):
            worker = workers.get(person_id)
            assignments.append(
                ProposedAssignment(
                    slot_key=slot.key,
                    person_id=person_id,
                    person_name=worker.name if worker else f"#{person_id}",
                    role=worker.role if worker else Role.EDUCATOR,
                    locked=slot.locked or person_id in slot.fixed_ids,
                    new=person_id not in slot.previous_ids,
                )
            )
    found = solution.status in (SolverStatus.OPTIMAL, SolverStatus.FEASIBLE)
    return Proposal(
        monday=problem.monday,
        tz_name=problem.tz.key,
        week_start=problem.week_start,
        week_end=problem.week_end,
        status=solution.status,
        seed=problem.weights.seed,
        workers=problem.weights.workers,
        time_limit_seconds=problem.weights.time_limit_seconds,
        objective=solution.objective,
        best_bound=solution.best_bound,
        wall_time_seconds=solution.wall_time_seconds,
        shifts=tuple(shifts),
        assignments=tuple(assignments),
        unfilled=tuple(explain.unfilled(problem, solution)) if found else (),
        penalties=tuple(listed_penalties(problem, solution)) if found else (),
        pressure=problem.pressure,
        pressure_rule=explain.PRESSURE_RULE,
        weights=problem.weights,
        known_shift_ids=frozenset(
            {s.shift_id for s in problem.slots if s.shift_id is not None}
            | {k.id for k in problem.kept}
        ),
    )


def alternatives_for_slot(
    session: Session,
    actor: access.Actor,
    proposal: Proposal,
    slot_key: str,
    *,
    role: Role | None = None,
    limit: int = MAX_ALTERNATIVES,
    holidays: HolidayCalendar | None = DEFAULT_HOLIDAYS,
    signal_weights: Mapping[SignalKind, float] | None = None,
) -> list[Alternative]:
    """The best people for a place in ``slot_key`` of ``proposal``, ranked: first those who
    keep every hard rule (with the proposal's other outings as they are), by the cost their
    choice adds, then the others with what stops them. ``role`` narrows to educators or
    officers (default: both). Each alternative replaces the unlocked person of its role on the
    slot when the slot is full, else fills an empty place. Writes nothing.

    Raises :class:`RosterError` ``slot_not_in_proposal`` for a key the proposal lacks.
    """
    access.require(actor, Action.PLAN_SHIFTS)
    problem = gather.week_problem(
        session,
        proposal.monday,
        ZoneInfo(proposal.tz_name),
        weights=proposal.weights,
        holidays=holidays,
        signal_weights=signal_weights,
    )
    return rank_alternatives(problem, _solution_of(proposal), slot_key, role=role, limit=limit)


def _solution_of(proposal: Proposal) -> solver.Solution:
    return solver.Solution(
        status=proposal.status,
        people={s.key: s.person_ids for s in proposal.shifts},
        zones={s.key: s.zone_id for s in proposal.shifts},
        objective=proposal.objective,
    )


def rank_alternatives(
    problem: WeekProblem,
    solution: solver.Solution,
    slot_key: str,
    *,
    role: Role | None = None,
    limit: int = MAX_ALTERNATIVES,
) -> list[Alternative]:
    """:func:`alternatives_for_slot` on a problem and a solution (no database)."""
    try:
        index, slot = next((i, s) for i, s in enumerate(problem.slots) if s.key == slot_key)
    except StopIteration:
        raise RosterError(
            "slot_not_in_proposal",
            "the outing {slot} is not in this proposal; propose the week again",
            slot=slot_key,
        ) from None
    workers = {w.id: w for w in problem.workers}
    chosen = list(solution.people.get(slot_key, ()))
    base_cost = sum(p.cost for p in listed_penalties(problem, solution))
    busy = explain.proposed_busy(problem, solution)
    number = checks.slot_number(index)
    found: list[tuple[tuple[int, int, str, int], Alternative]] = []
    for wanted in [role] if role is not None else list(PLANNED_ROLES):
        if slot.needed(wanted) <= 0 or slot.locked:
            continue
        same = [p for p in chosen if p in workers and workers[p].role is wanted]
        movable = [p for p in same if p not in slot.fixed_ids]
        replaces = movable[-1] if len(same) >= slot.needed(wanted) and movable else None
        if len(same) >= slot.needed(wanted) and replaces is None:
            continue  # full of locked people
        for worker in problem.workers:
            if worker.role is not wanted or worker.id in chosen:
                continue
            others = [s for s in busy.get(worker.id, ()) if s.id != number]
            reason = checks.blocker(problem, worker, slot.starts_at, slot.ends_at, others)
            team = [p for p in chosen if p != replaces] + [worker.id]
            trial = replace(solution, people={**solution.people, slot_key: tuple(sorted(team))})
            penalties = listed_penalties(problem, trial)
            cost = sum(p.cost for p in penalties) - base_cost
            mine = tuple(
                p
                for p in penalties
                if p.slot_key == slot_key or p.person_id in (worker.id, replaces)
            )
            blockers = () if reason is None else (reason,)
            alternative = Alternative(
                person_id=worker.id,
                person_name=worker.name,
                role=worker.role,
                rank=0,
                cost=cost,
                blockers=blockers,
                replaces_person_id=replaces,
                penalties=mine,
            )
            found.append(((len(blockers), cost, worker.name, worker.id), alternative))
    found.sort(key=lambda item: item[0])
    return [replace(a, rank=rank) for rank, (_, a) in enumerate(found[:limit], start=1)]
