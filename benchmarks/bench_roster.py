"""The roster solver (CP-SAT) against the greedy baseline on generated weeks.

For each size, a few generated weeks (``roster.synthetic``) are staffed by both; the table
gives, summed or averaged over the weeks: hard violations (asked of ``planning.rules``: must be
0 for both), empty places, fairness (evenings and weekend outings above each person's fair share
over 5 weeks, and the spread of evenings per 36 contract hours), continuity (the share of staffed
joint outings whose educator and officer worked that zone together lately), the soft cost (the
solver's objective, computed the same way for both), the solver's status, and the time.

    .venv/bin/python benchmarks/bench_roster.py                 # print the table
    .venv/bin/python benchmarks/bench_roster.py --readme        # and put it in README.md
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from console.models import Role, ShiftKind
from console.services.roster import costs, greedy, solver, synthetic, verify
from console.services.roster import penalties as soft
from console.services.roster.model import RosterWeights
from console.services.roster.problem import WeekProblem

SIZES = (  # name, zones, people, outings per zone and day, weeks, time limit (s)
    ("demo size: 3 zones, 25 people", 3, 25, 2.0, 6, 5.0),
    ("8 zones, 60 people", 8, 60, 1.5, 3, 15.0),
    ("city: 20 zones, 150 people", 20, 150, 1.5, 2, 25.0),
    ("short-staffed: 5 zones, 24 people", 5, 24, 2.5, 3, 10.0),
)
README = Path(__file__).with_name("README.md")
BEGIN, END = "<!-- bench_roster: begin -->", "<!-- bench_roster: end -->"


@dataclass
class Scores:
    violations: int = 0
    unfilled: int = 0
    excess: int = 0
    spread: list[float] | None = None
    paired: int = 0
    joint: int = 0
    cost: int = 0
    seconds: float = 0.0
    statuses: Counter[str] | None = None


def measure(problem: WeekProblem, answer: solver.Solution, scores: Scores, seconds: float) -> None:
    workers = {w.id: w for w in problem.workers}
    scores.violations += len(verify.hard_violations(problem, answer))
    evenings: dict[int, int] = defaultdict(int)
    for slot in problem.slots:
        chosen = answer.people.get(slot.key, ())
        roles = Counter(workers[p].role for p in chosen if p in workers)
        for role in (Role.EDUCATOR, Role.OFFICER):
            scores.unfilled += max(0, slot.needed(role) - roles[role])
        for person_id in chosen:
            evenings[person_id] += slot.evening
        if slot.kind is ShiftKind.JOINT and roles[Role.EDUCATOR] and roles[Role.OFFICER]:
            zone = answer.zones.get(slot.key, slot.zone_id)
            scores.joint += 1
            scores.paired += any(
                problem.pairs.get((zone, e, o))
                for e in chosen
                for o in chosen
                if workers[e].role is Role.EDUCATOR and workers[o].role is Role.OFFICER
            )
    penalties = soft.penalties(problem, answer)
    scores.excess += sum(
        p.cost // (problem.weights.fairness * costs.UNIT) for p in penalties if p.rule == "fairness"
    )
    scores.cost += sum(p.cost for p in penalties if p.rule != "unfilled")
    per_36 = [(w.past_evenings + evenings[w.id]) * 36 / w.contract_hours for w in problem.workers]
    assert scores.spread is not None
    scores.spread.append(statistics.pstdev(per_36))
    scores.seconds += seconds
    if scores.statuses is not None:
        scores.statuses[str(answer.status)] += 1


def run(zones: int, people: int, outings: float, weeks: int, limit: float) -> tuple[Scores, Scores]:
    solved = Scores(spread=[], statuses=Counter())
    baseline = Scores(spread=[], statuses=Counter())
    for seed in range(weeks):
        problem = synthetic.synthetic_week(
            1000 + seed, zones, people, outings, weights=RosterWeights(time_limit_seconds=limit)
        )
        began = time.perf_counter()
        answer = solver.solve(problem)
        measure(problem, answer, solved, time.perf_counter() - began)
        began = time.perf_counter()
        simple = greedy.greedy(problem)
        measure(problem, simple, baseline, time.perf_counter() - began)
    return solved, baseline


def table(weeks_scale: float) -> str:
    lines = [
        "| weeks | method | hard violations | empty places | above fair share | evenings sd "
        "per 36 h | known pairs | soft cost | status | time per week |",
        "|---|---|---:|---:|---:|---:|---:|---:|---|---:|",
    ]
    for name, zones, people, outings, base_weeks, limit in SIZES:
        weeks = max(1, round(base_weeks * weeks_scale))
        solved, baseline = run(zones, people, outings, weeks, limit)
        for method, scores in (("CP-SAT", solved), ("greedy", baseline)):
            statuses = ", ".join(f"{n} {s}" for s, n in sorted((scores.statuses or {}).items()))
            share = f"{100 * scores.paired / scores.joint:.0f} %" if scores.joint else "–"
            lines.append(
                f"| {name} ×{weeks} | {method} | {scores.violations} | {scores.unfilled} | "
                f"{scores.excess} | {statistics.mean(scores.spread or [0]):.2f} | {share} | "
                f"{scores.cost} | {statuses if method == 'CP-SAT' else '–'} | "
                f"{scores.seconds / weeks:.2f} s |"
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readme", action="store_true", help="write the table into README.md")
    parser.add_argument(
        "--scale", type=float, default=1.0, help="multiply the number of weeks (default 1)"
    )
    args = parser.parse_args()
    text = table(args.scale)
    print(text)
    if args.readme:
        readme = README.read_text(encoding="utf-8")
        block = f"{BEGIN}\n{text}\n{END}"
        readme = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), block, readme, flags=re.S)
        README.write_text(readme, encoding="utf-8")


if __name__ == "__main__":
    main()
