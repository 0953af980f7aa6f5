"""Propose the week: the use cases the calendar and ``console-admin propose-week`` call.

:func:`propose_week` reads the week (:mod:`gather`), staffs it (:mod:`solver`, CP-SAT) and
explains it (:mod:`explain`); it writes nothing. :func:`alternatives_for_slot` ranks the people
for one place of a proposal. :func:`apply_proposal` writes all or some of a proposal as drafts
in one audited step, and :func:`revert_applied` undoes exactly that step.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from console.models import Person, Role, Shift, ShiftAssignment, ShiftStatus, SignalKind, Zone
from console.services import access
from console.services.access import Action, audit
from console.services.changes import Area, writes
from console.services.errors import Entity
from console.services.planning.holidays import HolidayCalendar
from console.services.planning.week import DEFAULT_HOLIDAYS, DEFAULT_TZ, unavailability
from console.services.roster import checks, explain, gather, solver
from console.services.roster.inputs import RosterError, StaleRoster
from console.services.roster.model import (
    Alternative,
    AppliedProposal,
    Penalty,
    Proposal,
    ProposedAssignment,
    ProposedShift,
    RosterWeights,
    SolverStatus,
)
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
) -> Proposal:
    """A proposal for the local week of ``monday``: the demand patterns' outings not planned
    yet and the week's drafts, staffed by the rules, with reasons for every empty place and
    every soft rule it breaks. Published, done and locked shifts are kept as they are; demand
    falling on one of the ``holidays`` is left out. Writes nothing.

    Raises ValueError when ``monday`` is not a Monday, ``date_out_of_range`` outside the
    console's dates, :class:`access.PermissionDenied` unless the actor plans shifts.
    """
    access.require(actor, Action.PLAN_SHIFTS)
    weights = weights or RosterWeights()
    problem = gather.week_problem(
        session, monday, tz, weights=weights, holidays=holidays, signal_weights=signal_weights
    )
    solution = solver.solve(problem)
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
        penalties=tuple(explain.penalties(problem, solution)) if found else (),
        pressure=problem.pressure,
        pressure_rule=explain.PRESSURE_RULE,
        weights=problem.weights,
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
    base_cost = sum(p.cost for p in explain.penalties(problem, solution))
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
            penalties = explain.penalties(problem, trial)
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


def applied_ids(result: AppliedProposal) -> tuple[int, ...]:
    return result.shift_ids


@writes(Area.SHIFTS, ids=applied_ids)
def apply_proposal(
    session: Session,
    actor: access.Actor,
    proposal: Proposal,
    slot_keys: Iterable[str] | None = None,
) -> AppliedProposal:
    """Write the proposal's outings named by ``slot_keys`` (default: every change) as drafts:
    new outings become draft shifts with their people, existing drafts get the proposed people
    (their locked people stay). One audit entry for the whole step. Returns what was written,
    for :func:`revert_applied`.

    Raises :class:`StaleRoster` when a draft changed (or was published) since the proposal
    was made, and :class:`RosterError` for a key the proposal lacks; nothing is written then.
    """
    access.require(actor, Action.PLAN_SHIFTS)
    wanted = (
        [s.key for s in proposal.changes] if slot_keys is None else list(dict.fromkeys(slot_keys))
    )
    by_key = {s.key: s for s in proposal.shifts}
    for key in wanted:
        if key not in by_key:
            raise RosterError(
                "slot_not_in_proposal",
                "the outing {slot} is not in this proposal; propose the week again",
                slot=key,
            )
    chosen = [by_key[key] for key in wanted if by_key[key].changed and not by_key[key].locked]
    person_ids = {p for s in chosen for p in s.person_ids}
    people = {
        p.id: p for p in session.scalars(select(Person).where(Person.id.in_(list(person_ids))))
    }
    existing = {
        s.id: s
        for s in session.scalars(
            select(Shift)
            .options(selectinload(Shift.assignments))
            .where(Shift.id.in_([s.shift_id for s in chosen if s.shift_id is not None]))
        )
    }
    zones = {z.id: z for z in session.scalars(select(Zone))}
    _check_applicable(chosen, people, existing, zones, ZoneInfo(proposal.tz_name))
    created: list[Shift] = []
    restaffed: list[tuple[int, tuple[int, ...], tuple[int, ...]]] = []
    for proposed in chosen:
        if proposed.shift_id is None:
            shift = Shift(
                zone=zones[proposed.zone_id],
                starts_at=proposed.starts_at,
                ends_at=proposed.ends_at,
                kind=proposed.kind,
                status=ShiftStatus.DRAFT,
                objectives="",
                created_by_id=actor.user_id,
                assignments=[ShiftAssignment(person=people[p]) for p in proposed.person_ids],
            )
            session.add(shift)
            created.append(shift)
        else:
            shift = existing[proposed.shift_id]
            before = tuple(sorted(a.person_id for a in shift.assignments))
            keep_roles = {
                a.person_id for a in shift.assignments if a.person_id not in people
            }  # people of other roles stay
            _set_people(shift, proposed.person_ids, people, keep=keep_roles)
            after = tuple(sorted({*proposed.person_ids, *keep_roles} & _ids(shift)))
            restaffed.append((shift.id, before, after))
    session.flush()
    result = AppliedProposal(
        created_shift_ids=tuple(s.id for s in created), restaffed=tuple(restaffed)
    )
    if chosen:
        audit.record(
            session,
            actor,
            audit.AuditAction.CREATE if created else audit.AuditAction.UPDATE,
            entity="shifts",
            details={
                "proposal": {
                    "week": proposal.monday,
                    "seed": proposal.seed,
                    "status": proposal.status,
                    "objective": proposal.objective,
                },
                "created": list(result.created_shift_ids),
                "restaffed": {str(i): [list(b), list(a)] for i, b, a in restaffed},
            },
        )
    return result


def _check_applicable(
    chosen: list[ProposedShift],
    people: dict[int, Person],
    existing: dict[int, Shift],
    zones: dict[int, Zone],
    tz: ZoneInfo,
) -> None:
    """Refuse, before anything is written, a proposal the data moved away from."""
    for proposed in chosen:
        for person_id in proposed.person_ids:
            person = people.get(person_id)
            if person is None:
                raise RosterError(
                    "proposal_person_gone",
                    "person {person} is no longer in the console; propose the week again",
                    person=person_id,
                )
            refusal = unavailability(person, proposed.starts_at.astimezone(tz).date())
            if refusal is not None:
                raise refusal
        if proposed.shift_id is not None:
            shift = existing.get(proposed.shift_id)
            if (
                shift is None
                or shift.version_id != proposed.version_id
                or shift.status is not ShiftStatus.DRAFT
            ):
                raise StaleRoster(Entity.SHIFT, proposed.shift_id, proposed.version_id or 0)
        elif proposed.zone_id not in zones:
            raise RosterError(
                "proposal_zone_gone",
                "zone {zone} is no longer in the console; propose the week again",
                zone=proposed.zone_id,
            )


def _ids(shift: Shift) -> set[int]:
    return {a.person_id for a in shift.assignments}


def _set_people(
    shift: Shift, person_ids: Iterable[int], people: dict[int, Person], *, keep: set[int]
) -> None:
    """Make the shift's planned people ``person_ids`` (locked ones and ``keep`` stay)."""
    wanted = set(person_ids)
    for assignment in list(shift.assignments):
        if assignment.person_id in wanted or assignment.person_id in keep or assignment.locked:
            continue
        if assignment.person.role in PLANNED_ROLES:
            shift.assignments.remove(assignment)
    have = _ids(shift)
    for person_id in sorted(wanted - have):
        shift.assignments.append(ShiftAssignment(person=people[person_id]))
    shift.version_id  # noqa: B018 - loaded before the flush bumps it


@writes(Area.SHIFTS, ids=applied_ids)
def revert_applied(
    session: Session, actor: access.Actor, applied: AppliedProposal
) -> AppliedProposal:
    """Undo :func:`apply_proposal`: delete the drafts it created (still drafts, without a
    debrief) and give the restaffed drafts their people back. One audit entry. Raises
    :class:`StaleRoster` when one of them is no longer a draft."""
    access.require(actor, Action.PLAN_SHIFTS)
    ids = list(applied.shift_ids)
    shifts = {
        s.id: s
        for s in session.scalars(
            select(Shift).options(selectinload(Shift.assignments)).where(Shift.id.in_(ids))
        )
    }
    for shift_id in ids:
        shift = shifts.get(shift_id)
        if shift is None or shift.status is not ShiftStatus.DRAFT:
            raise StaleRoster(Entity.SHIFT, shift_id, shift.version_id if shift else 0)
    before_ids = {p for _, before, _ in applied.restaffed for p in before}
    people = {
        p.id: p for p in session.scalars(select(Person).where(Person.id.in_(list(before_ids))))
    }
    for shift_id in applied.created_shift_ids:
        session.delete(shifts[shift_id])
    for shift_id, before, _after in applied.restaffed:
        shift = shifts[shift_id]
        for assignment in list(shift.assignments):
            if assignment.person_id not in before:
                shift.assignments.remove(assignment)
        for person_id in sorted(set(before) - _ids(shift)):
            if person_id in people:
                shift.assignments.append(ShiftAssignment(person=people[person_id]))
    session.flush()
    audit.record(
        session,
        actor,
        audit.AuditAction.DELETE if applied.created_shift_ids else audit.AuditAction.UPDATE,
        entity="shifts",
        details={
            "proposal_undone": True,
            "deleted": list(applied.created_shift_ids),
            "restored": [shift_id for shift_id, _, _ in applied.restaffed],
        },
    )
    return applied


def penalty_total(penalties: Iterable[Penalty]) -> int:
    return sum(p.cost for p in penalties)
