"""The roster solver on made-up weeks, no database: every hard rule kept (asked of
``planning.rules`` through ``roster.verify``), locked people kept, the same answer twice, the
objective equal to the penalties listed, and an empty place explained in words."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from console.clock import HOME_TIME_ZONE
from console.models import Role, ShiftKind
from console.services.planning.week import week_bounds
from console.services.roster import greedy, propose, solver, synthetic, verify
from console.services.roster import penalties as soft
from console.services.roster.model import Blocker, PenaltyRule, RosterWeights, SolverStatus
from console.services.roster.problem import Interval, KeptShift, Slot, WeekProblem, Worker

FAST = RosterWeights(time_limit_seconds=3.0)
MONDAY = synthetic.MONDAY  # 7 December 2026
SATURDAY = MONDAY + timedelta(days=5)


def local(day_offset: int, hour: int) -> datetime:
    day = MONDAY + timedelta(days=day_offset)
    return datetime(day.year, day.month, day.day, hour, tzinfo=HOME_TIME_ZONE).astimezone(UTC)


def check(problem: WeekProblem, solution: solver.Solution) -> None:
    """What every proposal must be, whatever the week."""
    assert verify.hard_violations(problem, solution) == []
    workers = {w.id: w for w in problem.workers}
    for slot in problem.slots:
        chosen = solution.people[slot.key]
        assert set(slot.fixed_ids) <= set(chosen), "a locked person moved"
        if slot.locked:
            assert chosen == tuple(sorted(slot.fixed_ids)), "a locked shift changed"
            continue
        for role in (Role.EDUCATOR, Role.OFFICER):
            have = sum(1 for p in chosen if p in workers and workers[p].role is role)
            assert have <= max(slot.needed(role), 0) or have <= sum(
                1 for p in slot.fixed_ids if workers[p].role is role
            )


@settings(
    max_examples=6,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    seed=st.integers(0, 10_000),
    zones=st.integers(1, 4),
    people=st.integers(4, 24),
    outings=st.floats(0.5, 2.5),
    drafts=st.floats(0.0, 0.6),
    locked=st.floats(0.0, 0.5),
)
def test_generated_weeks_keep_every_hard_rule(
    seed: int, zones: int, people: int, outings: float, drafts: float, locked: float
) -> None:
    problem = synthetic.synthetic_week(
        seed, zones, people, outings, weights=FAST, drafts=drafts, locked=locked
    )
    solution = solver.solve(problem)
    assert solution.status in (SolverStatus.OPTIMAL, SolverStatus.FEASIBLE)
    check(problem, solution)
    listed = soft.penalties(problem, solution)
    assert sum(p.cost for p in listed) == solution.objective
    baseline = greedy.greedy(problem)
    check(problem, baseline)


def test_many_generated_weeks_keep_every_hard_rule() -> None:
    for seed in range(12):
        problem = synthetic.synthetic_week(seed, 3, 16, 1.5, weights=FAST, locked=0.3)
        solution = solver.solve(problem)
        assert solution.status in (SolverStatus.OPTIMAL, SolverStatus.FEASIBLE), seed
        check(problem, solution)


def test_the_same_week_gives_the_same_proposal() -> None:
    problem = synthetic.synthetic_week(7, 3, 25, 2.0, weights=FAST)
    first, second = solver.solve(problem), solver.solve(problem)
    assert first.people == second.people
    assert first.zones == second.zones
    assert first.objective == second.objective
    assert propose.proposal_of(problem, first).seed == FAST.seed


def test_locked_shifts_and_people_never_move() -> None:
    problem = synthetic.synthetic_week(3, 2, 12, 2.0, weights=FAST, drafts=1.0, locked=1.0)
    assert any(s.locked for s in problem.slots) and any(
        s.fixed_ids and not s.locked for s in problem.slots
    )
    solution = solver.solve(problem)
    for slot in problem.slots:
        if slot.locked:
            assert solution.people[slot.key] == tuple(sorted(slot.fixed_ids))
        assert set(slot.fixed_ids) <= set(solution.people[slot.key])


def _short_week() -> WeekProblem:
    """One joint outing on Saturday 18-22 that no officer can take, for a different reason
    each: 3 absent, 1 unavailable, 2 without 11 h of rest, 4 at their weekly limit."""
    week_start, week_end = week_bounds(MONDAY, HOME_TIME_ZONE)
    saturday = Interval(local(5, 0), local(6, 0))
    workers = [Worker(1, "E. Uno", Role.EDUCATOR, 36.0), Worker(2, "E. Due", Role.EDUCATOR, 36.0)]
    officers = []
    for number in range(10, 20):
        extra: dict[str, object] = {}
        if number < 13:
            extra["absences"] = (saturday,)
        elif number == 13:
            extra["unavailable"] = (Interval(local(5, 17), local(5, 23)),)
        officers.append(Worker(number, f"A. {number}", Role.OFFICER, 12.0, **extra))
    kept = [
        # Saturday 08-12 leaves less than 11 h of rest with 18-22.
        KeptShift(100 + n, local(5, 8), local(5, 12), ShiftKind.PATROL, (n,))
        for n in (14, 15)
    ] + [
        # Twelve hours already this week: the contract's limit.
        KeptShift(200 + n, local(1, 8), local(1, 20), ShiftKind.PATROL, (n,))
        for n in (16, 17, 18, 19)
    ]
    slot = Slot(
        key="demand:1:2026-12-12",
        zone_id=1,
        zone_name="Piazza Roma",
        starts_at=local(5, 18),
        ends_at=local(5, 22),
        kind=ShiftKind.JOINT,
        educators=1,
        officers=1,
        weekend=True,
        evening=True,
    )
    return WeekProblem(
        monday=MONDAY,
        tz=HOME_TIME_ZONE,
        week_start=week_start,
        week_end=week_end,
        workers=(*workers, *officers),
        slots=(slot,),
        kept=tuple(kept),
        weights=FAST,
    )


def test_an_empty_place_says_why_for_every_candidate() -> None:
    problem = _short_week()
    solution = solver.solve(problem)
    assert solution.status is SolverStatus.OPTIMAL
    assert solution.people["demand:1:2026-12-12"] == ()  # no half joint outing
    proposal = propose.proposal_of(problem, solution)
    officer = next(u for u in proposal.unfilled if u.role is Role.OFFICER)
    assert {c.blocker: c.count for c in officer.counts} == {
        Blocker.ABSENT: 3,
        Blocker.UNAVAILABLE: 1,
        Blocker.SHORT_REST: 2,
        Blocker.WEEKLY_LIMIT: 4,
    }
    assert officer.text("en") == (
        "no officer available Saturday 18–22 (Piazza Roma): 3 absent, 1 unavailable at that "
        "time, 2 without 11 h rest, 4 at weekly limit"
    )
    assert officer.text("it") == (
        "nessun agente disponibile sabato 18–22 (Piazza Roma): 3 assenti, 1 non disponibile "
        "in quell'orario, 2 senza 11 h di riposo, 4 al limite di ore settimanali"
    )
    educator = next(u for u in proposal.unfilled if u.role is Role.EDUCATOR)
    assert educator.text("en").endswith("2 free, but no officer for the joint outing")
    unfilled = [p for p in proposal.penalties if p.rule is PenaltyRule.UNFILLED]
    assert len(unfilled) == 2 and sum(p.cost for p in unfilled) == proposal.objective


def test_a_freed_officer_fills_the_place_and_the_reasons_go() -> None:
    problem = _short_week()
    freed = dataclasses.replace(problem.workers[-1], contract_hours=36.0)  # no longer at limit
    problem = dataclasses.replace(problem, workers=(*problem.workers[:-1], freed))
    solution = solver.solve(problem)
    assert solution.people["demand:1:2026-12-12"] in ((1, freed.id), (2, freed.id))
    assert propose.proposal_of(problem, solution).unfilled == ()


def test_a_person_needed_elsewhere_is_counted_as_taken() -> None:
    problem = _short_week()
    freed = dataclasses.replace(problem.workers[-1], contract_hours=36.0)
    twin = dataclasses.replace(problem.slots[0], key="demand:2:2026-12-12", zone_id=2)
    problem = dataclasses.replace(
        problem, workers=(*problem.workers[:-1], freed), slots=(*problem.slots, twin)
    )
    proposal = propose.proposal_of(problem, solver.solve(problem))
    officer = next(u for u in proposal.unfilled if u.role is Role.OFFICER)
    assert {c.blocker: c.count for c in officer.counts}[Blocker.TAKEN] == 1


def test_alternatives_rank_the_possible_first_by_cost() -> None:
    problem = synthetic.synthetic_week(11, 2, 14, 1.5, weights=FAST)
    solution = solver.solve(problem)
    slot = next(s for s in problem.slots if solution.people[s.key] and not s.fixed_ids)
    ranked = propose.rank_alternatives(problem, solution, slot.key, role=Role.OFFICER, limit=50)
    assert ranked and [a.rank for a in ranked] == list(range(1, len(ranked) + 1))
    possible = [a for a in ranked if a.possible]
    assert ranked[: len(possible)] == possible
    assert [a.cost for a in possible] == sorted(a.cost for a in possible)
    # Choosing someone else never beats the optimum.
    if solution.status is SolverStatus.OPTIMAL:
        assert all(a.cost >= 0 for a in possible)
    assert all(a.role is Role.OFFICER for a in ranked)


def test_starting_the_console_does_not_load_the_solver() -> None:
    """OR-Tools (and pandas behind it) load only when a proposal is asked for."""
    code = (
        "import sys; import console.app, console.cli, console.config, console.services.roster; "
        "import console.views.main_window; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('ortools', 'pandas')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    assert out.strip() == "[]"


def test_out_of_time_the_starting_week_is_the_proposal(monkeypatch) -> None:
    """When the solver has no answer of its own in time, the greedy week it started from
    (every hard rule kept) is proposed, with its cost, rather than nothing."""
    problem = synthetic.synthetic_week(5, 3, 16, 2.0, weights=FAST)

    def out_of_time(
        self: object, started: float, stop: object = None
    ) -> tuple[SolverStatus, None, dict]:
        return SolverStatus.UNKNOWN, None, {}

    monkeypatch.setattr(solver._Model, "run", out_of_time)
    solution = solver.solve(problem)
    assert solution.status is SolverStatus.FEASIBLE
    assert solution.people == greedy.greedy(problem).people
    check(problem, solution)
    assert solution.objective == sum(p.cost for p in soft.penalties(problem, solution))


def test_the_same_week_from_two_processes_gives_the_same_proposal() -> None:
    """Nothing in building the model follows Python's per-process hash order."""
    code = (
        "from console.services.roster import synthetic, solver; "
        "from console.services.roster.model import RosterWeights; "
        "p = synthetic.synthetic_week(7, 3, 25, 2.0, weights=RosterWeights(time_limit_seconds=3)); "
        "s = solver.solve(p); print(sorted(s.people.items()), sorted(s.zones.items()), s.objective)"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    }
    assert len(outputs) == 1


def test_weeks_with_a_clock_change_keep_every_hard_rule() -> None:
    """The last Sundays of October and March: a 169- and a 167-hour week."""
    for monday in (date(2026, 10, 19), date(2027, 3, 22)):
        problem = synthetic.synthetic_week(21, 3, 18, 2.0, weights=FAST, monday=monday)
        assert (problem.week_end - problem.week_start).total_seconds() / 3600 in (167, 169)
        solution = solver.solve(problem)
        assert solution.status in (SolverStatus.OPTIMAL, SolverStatus.FEASIBLE)
        check(problem, solution)


@pytest.mark.timeout(60)
def test_a_cancelled_search_stops_at_once_not_at_its_time_limit() -> None:
    """Cancel in the calendar stops the solver itself: the runner is free again at once, not
    after the time limit (here ten minutes, so only stopping can end the test in time)."""
    slow = dataclasses.replace(FAST, time_limit_seconds=600.0)
    problem = synthetic.synthetic_week(11, 20, 150, 2.0, weights=slow)
    asked: list[bool] = []

    def stop() -> bool:
        asked.append(True)
        return True

    solution = solver.solve(problem, stop=stop)
    assert asked
    # What a stopped search gives back is the starting week, which keeps every hard rule.
    assert solution.people == greedy.greedy(problem).people
