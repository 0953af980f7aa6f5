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
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from console.models import Role, ShiftKind
from console.services.planning import rules
from console.services.roster import checks
from console.services.roster.model import SolverStatus
from console.services.roster.problem import PLANNED_ROLES, Slot, WeekProblem

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


Span = tuple[datetime, datetime]


def _conflicting_spans(spans: Sequence[Span]) -> list[tuple[Span, Span]]:
    """Pairs of distinct time spans one person cannot both work: they overlap, or together
    leave less than 11 consecutive hours of rest in 24 (both asked of :mod:`rules`)."""
    ordered = sorted(set(spans))
    found = []
    for a, (start_a, end_a) in enumerate(ordered):
        for start_b, end_b in ordered[a + 1 :]:
            if start_b - end_a >= rules.MIN_REST + rules.MAX_SHIFT:
                break
            first = rules.ShiftInfo(1, start_a, end_a, ShiftKind.OUTREACH, (1,))
            second = rules.ShiftInfo(2, start_b, end_b, ShiftKind.OUTREACH, (1,))
            if rules.check_overlaps([first, second]) or rules.check_rest([first, second]):
                found.append(((start_a, end_a), (start_b, end_b)))
    return found


class _Model:
    """The CP-SAT model of one problem: ``x[slot index, person]`` is 1 (a locked person), a
    Boolean variable (a candidate), or absent (the person may not take the slot)."""

    def __init__(self, problem: WeekProblem) -> None:
        from ortools.sat.python import cp_model  # noqa: PLC0415 - loaded only when proposing

        self.cp_model = cp_model
        self.problem = problem
        self.weights = problem.weights
        self.slots = problem.slots
        self.workers = {w.id: w for w in problem.workers}
        self.model = cp_model.CpModel()
        self.x: dict[tuple[int, int], Any] = {}
        for (index, person_id), fixed in sorted(candidates(problem).items()):
            self.x[index, person_id] = (
                1 if fixed else self.model.NewBoolVar(f"x{index}_{person_id}")
            )
        self.by_person: dict[int, list[int]] = defaultdict(list)
        self.by_slot: dict[int, list[int]] = defaultdict(list)
        for index, person_id in sorted(self.x):
            self.by_person[person_id].append(index)
            self.by_slot[index].append(person_id)
        self.objective: list[Any] = []
        self.opened: dict[int, Any] = {}
        self.choose: dict[tuple[int, int], Any] = {}
        # Auxiliary variables and what they are made of, so a hint can set them too.
        self.excesses: list[tuple[Any, int, list[Any]]] = []  # var >= over + sum(terms)
        self.bonuses: list[tuple[Any, list[Any]]] = []  # var <= each term
        self.new_pairs: list[tuple[Any, Any, list[Any]]] = []  # var >= open - sum(bonuses)

    def at_most(self, terms: Sequence[Any], limit: int) -> None:
        """sum(terms) <= limit, with constant terms (locked people) taken out; when the
        constants alone pass the limit (a locked clash), the variables are 0 and the locked
        people are left as they are."""
        constants = sum(1 for t in terms if isinstance(t, int))
        variables = [t for t in terms if not isinstance(t, int)]
        if not variables:
            return
        if constants > limit:
            for var in variables:
                self.model.Add(var == 0)
        elif len(variables) > 1 and limit - constants == 1:
            self.model.AddAtMostOne(variables)
        else:
            self.model.Add(sum(variables) <= limit - constants)

    def role_terms(self, index: int, role: Role) -> list[Any]:
        return [
            self.x[index, p]
            for p in self.by_slot.get(index, [])
            if p in self.workers and self.workers[p].role is role
        ]

    # -- hard rules ---------------------------------------------------------------------

    def add_time_rules(self) -> None:
        """One slot per span, none of two spans that overlap or squeeze the rest."""
        spans = {i: (s.starts_at, s.ends_at) for i, s in enumerate(self.slots)}
        clashes = _conflicting_spans(list(spans.values()))
        for person_id, indexes in self.by_person.items():
            mine: dict[Span, list[Any]] = defaultdict(list)
            for index in indexes:
                mine[spans[index]].append(self.x[index, person_id])
            for terms in mine.values():
                self.at_most(terms, 1)
            for first, second in clashes:
                if first in mine and second in mine:
                    self.at_most([*mine[first], *mine[second]], 1)

    def add_hours(self) -> None:
        kept_minutes = _kept_minutes(self.problem)
        for person_id, indexes in self.by_person.items():
            worker = self.workers.get(person_id)
            if worker is None:
                continue
            limit = int(worker.contract_hours * 60 + 1e-6) - kept_minutes.get(person_id, 0)
            terms = [
                (self.x[i, person_id], _minutes_in_week(self.problem, self.slots[i]))
                for i in indexes
            ]
            variables = [(v, m) for v, m in terms if not isinstance(v, int) and m]
            constant = sum(m for v, m in terms if isinstance(v, int))
            if variables:
                self.model.Add(sum(v * m for v, m in variables) <= max(limit - constant, 0))

    def add_slots(self) -> None:
        """Capacity, joint composition, empty places and follow-pressure zones."""
        for index, slot in enumerate(self.slots):
            terms = {role: self.role_terms(index, role) for role in PLANNED_ROLES}
            for role in PLANNED_ROLES:
                self.at_most(terms[role], slot.needed(role))
            if slot.locked:
                continue
            free = [t for role in PLANNED_ROLES for t in terms[role] if not isinstance(t, int)]
            if slot.kind is ShiftKind.JOINT and slot.educators > 0 and slot.officers > 0:
                is_open = self.model.NewBoolVar(f"open{index}")
                self.opened[index] = is_open
                for var in free:
                    self.model.Add(var <= is_open)
                for role in PLANNED_ROLES:
                    self.model.Add(sum(terms[role]) >= is_open)
            cost = unfilled_cost(self.problem, slot)
            for role in PLANNED_ROLES:
                if slot.needed(role) > 0:
                    self.objective.append(cost * (slot.needed(role) - sum(terms[role])))
            if slot.zone_options:
                options = [
                    self.model.NewBoolVar(f"zone{index}_{o.zone_id}") for o in slot.zone_options
                ]
                self.model.AddExactlyOne(options)
                for option, var in zip(slot.zone_options, options, strict=True):
                    self.choose[index, option.zone_id] = var
                    if option.cost and self.weights.pressure:
                        self.objective.append(self.weights.pressure * option.cost * var)

    # -- soft rules ---------------------------------------------------------------------

    def add_fairness(self) -> None:
        if not self.weights.fairness:
            return
        targets = fair_targets(self.problem)
        for worker in self.problem.workers:
            indexes = self.by_person.get(worker.id, [])
            for what, past, flag in (
                ("evening", worker.past_evenings, lambda s: s.evening),
                ("weekend", worker.past_weekends, lambda s: s.weekend),
            ):
                terms = [self.x[i, worker.id] for i in indexes if flag(self.slots[i])]
                over = past - targets.get((worker.id, what), 0)
                if not terms:
                    if over > 0:
                        self.objective.append(self.weights.fairness * UNIT * over)
                    continue
                excess = self.model.NewIntVar(0, len(terms) + past, f"{what}{worker.id}")
                self.model.Add(excess >= over + sum(terms))
                self.excesses.append((excess, over, terms))
                self.objective.append(self.weights.fairness * UNIT * excess)

    def add_continuity(self) -> None:
        if not self.weights.continuity:
            return
        for index, is_open in sorted(self.opened.items()):
            slot = self.slots[index]
            people = self.by_slot.get(index, [])
            educators = [p for p in people if self.workers[p].role is Role.EDUCATOR]
            officers = [p for p in people if self.workers[p].role is Role.OFFICER]
            bonuses = []
            for zone_id in [o.zone_id for o in slot.zone_options] or [slot.zone_id]:
                for e in educators:
                    for o in officers:
                        if not self.problem.pairs.get((zone_id, e, o)):
                            continue
                        bonus = self.model.NewBoolVar(f"pair{index}_{zone_id}_{e}_{o}")
                        terms = [self.x[index, e], self.x[index, o]]
                        if (index, zone_id) in self.choose:
                            terms.append(self.choose[index, zone_id])
                        for term in terms:
                            if not isinstance(term, int):
                                self.model.Add(bonus <= term)
                        self.bonuses.append((bonus, terms))
                        bonuses.append(bonus)
            new_pair = self.model.NewBoolVar(f"newpair{index}")
            self.model.Add(new_pair >= is_open - sum(bonuses))
            self.new_pairs.append((new_pair, is_open, bonuses))
            self.objective.append(self.weights.continuity * UNIT * new_pair)

    def add_preferences_and_changes(self) -> None:
        weights = self.weights
        for (index, person_id), var in sorted(self.x.items()):
            if isinstance(var, int):
                continue
            slot = self.slots[index]
            worker = self.workers[person_id]
            if weights.preferences and not checks.preferred(worker, slot.starts_at, slot.ends_at):
                self.objective.append(weights.preferences * UNIT * var)
            if weights.changes and slot.shift_id is not None:
                if person_id in slot.previous_ids:
                    self.objective.append(weights.changes * UNIT * (1 - var))
                else:
                    self.objective.append(weights.changes * UNIT * var)
        if weights.changes:
            for index, slot in enumerate(self.slots):
                gone = [p for p in slot.previous_ids if (index, p) not in self.x]
                self.objective.append(weights.changes * UNIT * len(gone))

    def add_hint(self, hint: Mapping[str, Sequence[int]]) -> None:
        """Start from ``hint`` (slot key -> people, keeping every hard rule, such as the
        greedy baseline's): every variable gets its value, so the solver has a first proposal
        at once; follow-pressure outings start in their own zone."""
        value: dict[int, int] = {}

        def of(term: Any) -> int:
            return term if isinstance(term, int) else value[term.Index()]

        def hint_var(var: Any, number: int) -> None:
            value[var.Index()] = number
            self.model.AddHint(var, number)

        for index, slot in enumerate(self.slots):
            chosen = set(hint.get(slot.key, ()))
            placed = 0
            for person_id in self.by_slot.get(index, []):
                var = self.x[index, person_id]
                if not isinstance(var, int):
                    on = int(person_id in chosen)
                    hint_var(var, on)
                    placed |= on
            if index in self.opened:
                hint_var(self.opened[index], placed)
            for option in slot.zone_options:
                hint_var(self.choose[index, option.zone_id], int(option.zone_id == slot.zone_id))
        for var, over, terms in self.excesses:
            hint_var(var, max(0, over + sum(of(t) for t in terms)))
        for var, terms in self.bonuses:
            hint_var(var, min(of(t) for t in terms))
        for var, is_open, bonuses in self.new_pairs:
            hint_var(var, max(0, of(is_open) - sum(of(b) for b in bonuses)))

    # -- solving --------------------------------------------------------------------------

    def run(self, started: float) -> tuple[SolverStatus, Any, dict[tuple[int, int], bool]]:
        """Solve; then check the rest with :mod:`rules`, forbid what breaks it, solve again.
        All rounds share one time budget (wall clock from ``started``, and deterministic)."""
        cp_model = self.cp_model
        self.model.Minimize(sum(self.objective))
        solver = cp_model.CpSolver()
        solver.parameters.random_seed = self.weights.seed
        solver.parameters.num_workers = max(1, self.weights.workers)
        solver.parameters.interleave_search = self.weights.workers > 1  # deterministic then
        # The LP relaxation with the cuts of level 2 proves the demo week optimal in a fraction
        # of a second (about 20 times faster than the default, measured on generated weeks).
        solver.parameters.linearization_level = 2
        limit = self.weights.time_limit_seconds
        spent = 0.0  # deterministic time used by earlier rounds
        for _round in range(MAX_REST_ROUNDS):
            solver.parameters.max_time_in_seconds = max(
                0.5, limit - (clock.perf_counter() - started)
            )
            solver.parameters.max_deterministic_time = max(0.5, limit - spent)
            code = solver.Solve(self.model)
            spent += solver.ResponseProto().deterministic_time
            if code not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
                status = (
                    SolverStatus.INFEASIBLE if code == cp_model.INFEASIBLE else SolverStatus.UNKNOWN
                )
                return status, solver, {}
            values = {
                key: (var == 1 if isinstance(var, int) else bool(solver.Value(var)))
                for key, var in self.x.items()
            }
            breaches = _rest_breaches(self.problem, values)
            if not breaches:
                status = SolverStatus.OPTIMAL if code == cp_model.OPTIMAL else SolverStatus.FEASIBLE
                return status, solver, values
            for person_id, indexes in breaches:
                self.at_most([self.x[i, person_id] for i in indexes], len(indexes) - 1)
        return SolverStatus.UNKNOWN, solver, {}  # no proposal that surely keeps the rest


def solve(problem: WeekProblem, *, hint: Mapping[str, Sequence[int]] | None = None) -> Solution:
    """Staff the week, starting from ``hint`` (slot key -> people; default: the greedy
    baseline's week, which keeps every hard rule, so a proposal is found at once).

    Deterministic for the same problem and weights: a fixed seed, one search worker by default
    (several are interleaved), and a deterministic time limit besides the wall-clock one (only
    a machine so slow that the wall clock stops it first could give another answer)."""
    started = clock.perf_counter()
    if not problem.slots:
        return Solution(SolverStatus.EMPTY)
    built = _Model(problem)
    built.add_time_rules()
    built.add_hours()
    built.add_slots()
    built.add_fairness()
    built.add_continuity()
    built.add_preferences_and_changes()
    if hint is None:
        from console.services.roster.greedy import greedy  # noqa: PLC0415 - it imports us

        hint = greedy(problem).people
    built.add_hint(hint)
    status, solver, values = built.run(started)
    people: dict[str, tuple[int, ...]] = {}
    zones: dict[str, int] = {}
    for index, slot in enumerate(problem.slots):
        chosen = [p for p in built.by_slot.get(index, []) if values.get((index, p))]
        people[slot.key] = tuple(sorted(chosen if values else slot.fixed_ids))
        zones[slot.key] = slot.zone_id
        for option in slot.zone_options if values else ():
            if solver.Value(built.choose[index, option.zone_id]):
                zones[slot.key] = option.zone_id
    return Solution(
        status=status,
        people=people,
        zones=zones,
        objective=round(solver.ObjectiveValue()) if values else None,
        best_bound=round(solver.BestObjectiveBound()) if values else None,
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
            if any(person_id not in problem.slots[i].fixed_ids for i in inside):
                found.append((person_id, sorted(inside)))  # else: the locks' own clash
    return found
