"""The week's staffing as a CP-SAT model (Google OR-Tools), built from a
:class:`~console.services.roster.problem.WeekProblem`; OR-Tools is imported only here, when a
proposal is asked for, so starting the console never loads it.

Hard rules (constraints): a person only on slots they may take (:mod:`checks`: active, not
absent, not unavailable, no clash with kept shifts, rest and hours with them); at most one of
any overlapping slots; for every pair of slots that together leave less than 11 consecutive
hours of rest in 24 (asked of ``rules.check_rest``), at most one; weekly hours within the
contract; a joint outing either has at least one educator and one officer or nobody but its
locked people; locked people stay. Longer chains that squeeze the rest (three short shifts in
a day) are caught by checking each solution with ``rules.check_rest`` and forbidding what it
finds, then solving again (a few rounds at most).

Soft rules (the objective, in whole units, see :data:`UNIT`): each empty place (weighted by
the zone's pressure share), evenings and weekends above a person's fair share, joint outings
whose educator and officer have not worked that zone together lately, people planned outside
their preferred times, changes to the existing draft, and a follow-pressure outing left in a
zone under less pressure. :func:`console.services.roster.explain.penalties` computes the same
costs from a solution, outside the solver, and says who and what each one is.
"""

from __future__ import annotations

import math
import time as clock
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from console.models import Role, ShiftKind
from console.services.planning import rules
from console.services.roster import checks
from console.services.roster.model import SolverStatus
from console.services.roster.problem import PLANNED_ROLES, Slot, WeekProblem, Worker

UNIT = 10  # cost units per weight point and breach
UNFILLED_COST = 1000  # one empty place, before the pressure share is added
MAX_REST_ROUNDS = 6


@dataclass(frozen=True)
class Solution:
    """The solver's answer: who is on each slot (locked people included) and where
    follow-pressure outings go."""

    status: SolverStatus
    people: dict[str, tuple[int, ...]] = field(default_factory=dict)  # slot key -> person ids
    zones: dict[str, int] = field(default_factory=dict)  # slot key -> zone id
    objective: int | None = None
    best_bound: int | None = None
    wall_time_seconds: float = 0.0


def unfilled_cost(problem: WeekProblem, slot: Slot, zone_share: float | None = None) -> int:
    """What one empty place of ``slot`` costs: more where the pressure share is higher."""
    share = slot.pressure_share if zone_share is None else zone_share
    if slot.zone_options:
        shares = {z.zone_id: z for z in problem.pressure}
        share = max(
            (shares[o.zone_id].share for o in slot.zone_options if o.zone_id in shares),
            default=share,
        )
    return UNFILLED_COST + problem.weights.pressure * round(10 * share)


def fair_targets(problem: WeekProblem) -> dict[tuple[int, str], int]:
    """Each person's fair number of evenings and weekend outings over the last 4 weeks and
    this one: the role's total (past ones plus this week's places) shared by contract hours,
    rounded up."""
    targets: dict[tuple[int, str], int] = {}
    for role in PLANNED_ROLES:
        team = [w for w in problem.workers if w.role is role]
        hours = sum(w.contract_hours for w in team)
        if not team or hours <= 0:
            continue
        for what, past, flag in (
            ("evening", lambda w: w.past_evenings, lambda s: s.evening),
            ("weekend", lambda w: w.past_weekends, lambda s: s.weekend),
        ):
            total = sum(past(w) for w in team) + sum(
                s.needed(role) for s in problem.slots if flag(s)
            )
            for worker in team:
                targets[worker.id, what] = math.ceil(total * worker.contract_hours / hours)
    return targets


def candidates(problem: WeekProblem) -> dict[tuple[int, int], bool]:
    """(slot index, person id) -> True when fixed there; every pair the person may take."""
    busy = checks.busy_of(problem)
    found: dict[tuple[int, int], bool] = {}
    for index, slot in enumerate(problem.slots):
        own = checks.slot_number(index)
        for person_id in slot.fixed_ids:
            found[index, person_id] = True
        if slot.locked:
            continue
        for worker in problem.workers:
            if slot.needed(worker.role) <= 0 or (index, worker.id) in found:
                continue
            others = [s for s in busy.get(worker.id, ()) if s.id != own]
            if checks.blocker(problem, worker, slot.starts_at, slot.ends_at, others) is None:
                found[index, worker.id] = False
    return found


def _short_rest_pairs(problem: WeekProblem) -> set[tuple[int, int]]:
    """Pairs of slot indexes (i < j) that cannot both be one person's: they overlap, or
    together leave less than 11 consecutive hours of rest in 24."""
    slots = problem.slots
    order = sorted(range(len(slots)), key=lambda i: slots[i].starts_at)
    times: dict[tuple[Any, Any], list[int]] = defaultdict(list)
    for index in order:
        times[slots[index].starts_at, slots[index].ends_at].append(index)
    spans = sorted(times)
    bad: set[tuple[Any, Any, Any, Any]] = set()
    for a, (start_a, end_a) in enumerate(spans):
        for start_b, end_b in spans[a:]:
            if start_b - end_a >= rules.MIN_REST + rules.MAX_SHIFT:
                break
            if (start_a, end_a) == (start_b, end_b):
                continue
            first = rules.ShiftInfo(1, start_a, end_a, ShiftKind.OUTREACH, (1,))
            second = rules.ShiftInfo(2, start_b, end_b, ShiftKind.OUTREACH, (1,))
            if rules.check_overlaps([first, second]) or rules.check_rest([first, second]):
                bad.add((start_a, end_a, start_b, end_b))
    pairs: set[tuple[int, int]] = set()
    for start_a, end_a, start_b, end_b in bad:
        for i in times[start_a, end_a]:
            for j in times[start_b, end_b]:
                pairs.add((min(i, j), max(i, j)))
    return pairs


def solve(problem: WeekProblem, *, hint: dict[str, Sequence[int]] | None = None) -> Solution:
    """Staff the week. Deterministic for the same problem and weights (fixed seed and number
    of workers, interleaved search, a deterministic time limit besides the wall-clock one)."""
    from ortools.sat.python import cp_model  # noqa: PLC0415 - loaded only when proposing

    started = clock.perf_counter()
    if not problem.slots:
        return Solution(SolverStatus.EMPTY, wall_time_seconds=0.0)
    weights = problem.weights
    slots = problem.slots
    workers = {w.id: w for w in problem.workers}
    allowed = candidates(problem)
    model = cp_model.CpModel()
    x: dict[tuple[int, int], Any] = {}
    for (index, person_id), fixed in sorted(allowed.items()):
        if fixed:
            x[index, person_id] = 1
        else:
            x[index, person_id] = model.NewBoolVar(f"x_{index}_{person_id}")
    by_person: dict[int, list[int]] = defaultdict(list)
    for index, person_id in sorted(x):
        by_person[person_id].append(index)
    by_slot: dict[int, list[int]] = defaultdict(list)
    for index, person_id in sorted(x):
        by_slot[index].append(person_id)

    def at_most(terms: list[Any], limit: int) -> None:
        constants = sum(1 for t in terms if isinstance(t, int))
        variables = [t for t in terms if not isinstance(t, int)]
        if not variables:
            return
        if constants > limit:
            for var in variables:
                model.Add(var == 0)
        else:
            model.Add(sum(variables) <= limit - constants)

    # -- no overlaps, 11 h of rest between any two ----------------------------------------
    pairs = _short_rest_pairs(problem)
    for person_id, indexes in by_person.items():
        mine = set(indexes)
        for i, j in pairs:
            if i in mine and j in mine:
                at_most([x[i, person_id], x[j, person_id]], 1)

    # -- weekly hours -----------------------------------------------------------------------
    kept_minutes = _kept_minutes(problem)
    for person_id, indexes in by_person.items():
        worker = workers.get(person_id)
        if worker is None:
            continue
        limit = int(worker.contract_hours * 60 + 1e-6) - kept_minutes.get(person_id, 0)
        terms = [(x[i, person_id], _minutes_in_week(problem, slots[i])) for i in indexes]
        variables = [(v, m) for v, m in terms if not isinstance(v, int)]
        constant = sum(m for v, m in terms if isinstance(v, int))
        if variables:
            model.Add(sum(v * m for v, m in variables) <= max(limit - constant, 0))

    # -- capacity, composition, unfilled places -------------------------------------------
    objective: list[Any] = []
    opened: dict[int, Any] = {}
    choose: dict[tuple[int, int], Any] = {}
    for index, slot in enumerate(slots):
        people = by_slot.get(index, [])
        role_terms = {
            role: [x[index, p] for p in people if p in workers and workers[p].role is role]
            for role in PLANNED_ROLES
        }
        for role in PLANNED_ROLES:
            at_most(role_terms[role], slot.needed(role))
        free = [t for role in PLANNED_ROLES for t in role_terms[role] if not isinstance(t, int)]
        if slot.locked:
            continue
        if slot.kind is ShiftKind.JOINT and slot.educators > 0 and slot.officers > 0:
            is_open = model.NewBoolVar(f"open_{index}")
            opened[index] = is_open
            for var in free:
                model.Add(var <= is_open)
            for role in PLANNED_ROLES:
                model.Add(sum(role_terms[role]) >= is_open)
        missing_cost = unfilled_cost(problem, slot)
        for role in PLANNED_ROLES:
            need = slot.needed(role)
            if need > 0:
                objective.append(missing_cost * (need - sum(role_terms[role])))
        if slot.zone_options:
            options = [model.NewBoolVar(f"zone_{index}_{o.zone_id}") for o in slot.zone_options]
            model.AddExactlyOne(options)
            for option, var in zip(slot.zone_options, options, strict=True):
                choose[index, option.zone_id] = var
                if option.cost and weights.pressure:
                    objective.append(weights.pressure * option.cost * var)

    # -- fairness -------------------------------------------------------------------------
    if weights.fairness:
        targets = fair_targets(problem)
        for worker in problem.workers:
            indexes = by_person.get(worker.id, [])
            for what, past, flag in (
                ("evening", worker.past_evenings, lambda s: s.evening),
                ("weekend", worker.past_weekends, lambda s: s.weekend),
            ):
                terms = [x[i, worker.id] for i in indexes if flag(slots[i])]
                over = past - targets.get((worker.id, what), 0)
                if not terms:
                    if over > 0:
                        objective.append(weights.fairness * UNIT * over)
                    continue
                excess = model.NewIntVar(0, len(terms) + past, f"{what}_{worker.id}")
                model.Add(excess >= over + sum(terms))
                objective.append(weights.fairness * UNIT * excess)

    # -- continuity of educator–officer pairs --------------------------------------------
    if weights.continuity:
        for index, is_open in sorted(opened.items()):
            slot = slots[index]
            people = by_slot.get(index, [])
            educators = [p for p in people if workers[p].role is Role.EDUCATOR]
            officers = [p for p in people if workers[p].role is Role.OFFICER]
            zones = [o.zone_id for o in slot.zone_options] or [slot.zone_id]
            bonuses = []
            for zone_id in zones:
                for e in educators:
                    for o in officers:
                        if not problem.pairs.get((zone_id, e, o)):
                            continue
                        bonus = model.NewBoolVar(f"pair_{index}_{zone_id}_{e}_{o}")
                        for term in (x[index, e], x[index, o], choose.get((index, zone_id), 1)):
                            if not isinstance(term, int):
                                model.Add(bonus <= term)
                        bonuses.append(bonus)
            new_pair = model.NewBoolVar(f"newpair_{index}")
            model.Add(new_pair >= is_open - sum(bonuses))
            objective.append(weights.continuity * UNIT * new_pair)

    # -- preferences and changes ------------------------------------------------------------
    for (index, person_id), var in sorted(x.items()):
        if isinstance(var, int):
            continue
        slot = slots[index]
        worker = workers[person_id]
        if weights.preferences and not checks.preferred(worker, slot.starts_at, slot.ends_at):
            objective.append(weights.preferences * UNIT * var)
        if weights.changes and slot.shift_id is not None:
            if person_id in slot.previous_ids:
                objective.append(weights.changes * UNIT * (1 - var))
            else:
                objective.append(weights.changes * UNIT * var)
    if weights.changes:
        for index, slot in enumerate(slots):
            gone = [p for p in slot.previous_ids if (index, p) not in x]
            objective.append(weights.changes * UNIT * len(gone))

    model.Minimize(sum(objective))
    if hint:
        for index, slot in enumerate(slots):
            chosen = set(hint.get(slot.key, ()))
            for person_id in by_slot.get(index, []):
                var = x[index, person_id]
                if not isinstance(var, int):
                    model.AddHint(var, 1 if person_id in chosen else 0)

    solver = cp_model.CpSolver()
    solver.parameters.random_seed = weights.seed
    solver.parameters.num_workers = max(1, weights.workers)
    solver.parameters.interleave_search = True
    solver.parameters.max_time_in_seconds = weights.time_limit_seconds
    solver.parameters.max_deterministic_time = weights.time_limit_seconds
    status = SolverStatus.UNKNOWN
    values: dict[tuple[int, int], bool] = {}
    for _round in range(MAX_REST_ROUNDS):
        code = solver.Solve(model)
        if code not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            status = (
                SolverStatus.INFEASIBLE if code == cp_model.INFEASIBLE else SolverStatus.UNKNOWN
            )
            values = {}
            break
        status = SolverStatus.OPTIMAL if code == cp_model.OPTIMAL else SolverStatus.FEASIBLE
        values = {
            key: (var == 1 if isinstance(var, int) else bool(solver.Value(var)))
            for key, var in x.items()
        }
        breaches = _rest_breaches(problem, values)
        if not breaches:
            break
        for person_id, indexes in breaches:
            at_most([x[i, person_id] for i in indexes], len(indexes) - 1)
    else:  # still breaking the rest after every round: keep no doubtful proposal
        status, values = SolverStatus.UNKNOWN, {}

    people: dict[str, tuple[int, ...]] = {}
    zones: dict[str, int] = {}
    for index, slot in enumerate(slots):
        chosen = [p for p in by_slot.get(index, []) if values.get((index, p))]
        if not values:
            chosen = list(slot.fixed_ids)
        people[slot.key] = tuple(sorted(chosen))
        zones[slot.key] = slot.zone_id
        if values and slot.zone_options:
            for option in slot.zone_options:
                if solver.Value(choose[index, option.zone_id]):
                    zones[slot.key] = option.zone_id
    found = bool(values)
    return Solution(
        status=status,
        people=people,
        zones=zones,
        objective=round(solver.ObjectiveValue()) if found else None,
        best_bound=round(solver.BestObjectiveBound()) if found else None,
        wall_time_seconds=round(clock.perf_counter() - started, 3),
    )


def _minutes_in_week(problem: WeekProblem, slot: Slot) -> int:
    inside = min(slot.ends_at, problem.week_end) - max(slot.starts_at, problem.week_start)
    return max(0, math.ceil(inside.total_seconds() / 60))


def _kept_minutes(problem: WeekProblem) -> dict[int, int]:
    """Minutes inside the week each person already works in kept shifts."""
    minutes: dict[int, int] = defaultdict(int)
    for kept in problem.kept:
        inside = min(kept.ends_at, problem.week_end) - max(kept.starts_at, problem.week_start)
        if inside.total_seconds() > 0:
            for person_id in kept.person_ids:
                minutes[person_id] += math.ceil(inside.total_seconds() / 60)
    return minutes


def _rest_breaches(
    problem: WeekProblem, values: dict[tuple[int, int], bool]
) -> list[tuple[int, list[int]]]:
    """(person, slot indexes) whose proposed slots, with the kept shifts, leave less than 11
    consecutive hours of rest in some 24 hours: all of those slots in that window."""
    busy = checks.busy_of(problem)
    mine: dict[int, list[int]] = defaultdict(list)
    for (index, person_id), on in values.items():
        if on and not problem.slots[index].locked:
            mine[person_id].append(index)
    found = []
    for person_id, indexes in sorted(mine.items()):
        infos = {checks.slot_number(i): i for i in indexes}
        planned = [s for s in busy.get(person_id, ()) if s.id not in infos] + [
            checks.slot_info(problem.slots[i], (person_id,), n) for n, i in infos.items()
        ]
        for violation in rules.check_rest(planned):
            anchor = next(s for s in planned if s.id == violation.other_shift_id)
            window_end = anchor.starts_at + rules.REST_PERIOD
            inside = [
                i
                for n, i in infos.items()
                if problem.slots[i].starts_at < window_end
                and problem.slots[i].ends_at > anchor.starts_at
            ]
            if inside:
                found.append((person_id, sorted(inside)))
    return found


def worker_of(problem: WeekProblem, person_id: int) -> Worker:
    return problem.worker(person_id)
