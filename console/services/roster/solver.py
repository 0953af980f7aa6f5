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
zone under less pressure. :func:`console.services.roster.penalties.penalties` computes the same
costs from a solution, outside the solver, and says who and what each one is.
"""

from __future__ import annotations

import contextlib
import threading
import time as clock
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from console.models import Role, ShiftKind
from console.services.roster import checks, hard
from console.services.roster.costs import UNIT, fair_targets, unfilled_cost
from console.services.roster.model import SolverStatus
from console.services.roster.problem import PLANNED_ROLES, WeekProblem

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
        for (index, person_id), fixed in sorted(hard.candidates(problem).items()):
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
        clashes = hard.conflicting_spans(list(spans.values()))
        for person_id, indexes in self.by_person.items():
            mine: dict[hard.Span, list[Any]] = defaultdict(list)
            for index in indexes:
                mine[spans[index]].append(self.x[index, person_id])
            for terms in mine.values():
                self.at_most(terms, 1)
            for clash in clashes:
                if all(span in mine for span in clash):
                    self.at_most([t for span in clash for t in mine[span]], len(clash) - 1)

    def add_hours(self) -> None:
        kept_minutes = hard.kept_minutes(self.problem)
        for person_id, indexes in self.by_person.items():
            worker = self.workers.get(person_id)
            if worker is None:
                continue
            limit = int(worker.contract_hours * 60 + 1e-6) - kept_minutes.get(person_id, 0)
            terms = [
                (self.x[i, person_id], hard.minutes_in_week(self.problem, self.slots[i]))
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

    def run(
        self, started: float, stop: Callable[[], bool] | None = None
    ) -> tuple[SolverStatus, Any, dict[tuple[int, int], bool]]:
        """Solve; then check the rest with :mod:`rules`, forbid what breaks it, solve again.
        All rounds share one time budget (wall clock from ``started``, and deterministic).
        Once ``stop()`` answers true (polled beside the search), the search stops at once."""
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
            with _stopping(solver, stop):
                code = solver.Solve(self.model)
            if stop is not None and stop():
                return SolverStatus.UNKNOWN, solver, {}
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
            breaches = hard.rest_breaches(self.problem, values)
            if not breaches:
                status = SolverStatus.OPTIMAL if code == cp_model.OPTIMAL else SolverStatus.FEASIBLE
                return status, solver, values
            for person_id, indexes in breaches:
                self.at_most([self.x[i, person_id] for i in indexes], len(indexes) - 1)
        return SolverStatus.UNKNOWN, solver, {}  # no proposal that surely keeps the rest


@contextlib.contextmanager
def _stopping(solver: Any, stop: Callable[[], bool] | None) -> Iterator[None]:
    """While the search runs, a watcher asks ``stop()`` ten times a second and stops the search
    once it answers true (``StopSearch`` is safe from another thread)."""
    if stop is None:
        yield
        return
    done = threading.Event()

    def watch() -> None:
        while not done.wait(0.1):
            if stop():
                solver.StopSearch()
                return

    watcher = threading.Thread(target=watch, name="roster-stop", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        done.set()
        watcher.join()


def solve(
    problem: WeekProblem,
    *,
    hint: Mapping[str, Sequence[int]] | None = None,
    stop: Callable[[], bool] | None = None,
) -> Solution:
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
    baseline = None
    if hint is None:
        from console.services.roster.greedy import greedy  # noqa: PLC0415 - it imports us

        baseline = greedy(problem)
        hint = baseline.people
    built.add_hint(hint)
    status, solver, values = built.run(started, stop)
    if not values and status is SolverStatus.UNKNOWN and baseline is not None:
        # Out of time before the solver's own answer kept the rest: the starting week keeps
        # every hard rule, so it is the proposal (not optimized).
        from console.services.roster.penalties import penalties  # noqa: PLC0415 - imports us

        cost = sum(p.cost for p in penalties(problem, baseline))
        return replace(
            baseline,
            objective=cost,
            wall_time_seconds=round(clock.perf_counter() - started, 3),
        )
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
