"""The baseline the solver is measured against (``benchmarks/bench_roster.py``), and the
solver's starting point: outings in order of pressure, then of time; for each, the free people
of each role — a draft's own people first, then those with the fewest hours so far. Keeps
every hard rule (each choice is asked of :mod:`checks`), ignores the other soft ones.
"""

from __future__ import annotations

import time as clock
from collections import defaultdict

from console.models import ShiftKind
from console.services.roster import checks
from console.services.roster.model import SolverStatus
from console.services.roster.problem import PLANNED_ROLES, WeekProblem
from console.services.roster.solver import Solution


def greedy(problem: WeekProblem) -> Solution:
    started = clock.perf_counter()
    busy = checks.busy_of(problem)
    workers = {w.id: w for w in problem.workers}
    hours: dict[int, float] = defaultdict(float)
    people: dict[str, tuple[int, ...]] = {}
    order = sorted(
        enumerate(problem.slots), key=lambda item: (-item[1].pressure_share, item[1].starts_at)
    )
    for index, slot in order:
        team = list(slot.fixed_ids)
        if slot.locked:
            people[slot.key] = tuple(sorted(team))
            continue
        number = checks.slot_number(index)
        added = []
        for role in PLANNED_ROLES:
            have = sum(1 for p in team if p in workers and workers[p].role is role)
            free = [
                w
                for w in problem.workers
                if w.role is role
                and w.id not in team
                and checks.blocker(
                    problem,
                    w,
                    slot.starts_at,
                    slot.ends_at,
                    [s for s in busy.get(w.id, ()) if s.id != number],
                )
                is None
            ]
            # The draft's own people first (fewest changes), then the least busy.
            free.sort(key=lambda w: (w.id not in slot.previous_ids, hours[w.id], w.id))
            for worker in free[: max(0, slot.needed(role) - have)]:
                team.append(worker.id)
                added.append(worker.id)
        roles = {workers[p].role for p in team if p in workers}
        joint = slot.kind is ShiftKind.JOINT and slot.educators > 0 and slot.officers > 0
        if joint and not set(PLANNED_ROLES) <= roles:
            team = list(slot.fixed_ids)  # half a joint outing is no outing
            added = []
        for person_id in added:
            busy.setdefault(person_id, []).append(checks.slot_info(slot, (person_id,), number))
            hours[person_id] += slot.minutes / 60
        people[slot.key] = tuple(sorted(team))
    return Solution(
        status=SolverStatus.FEASIBLE,
        people=people,
        zones={s.key: s.zone_id for s in problem.slots},
        wall_time_seconds=round(clock.perf_counter() - started, 3),
    )
