"""What the hard rules give the model: who may take which slot, which time spans one person
cannot all work, the minutes inside the week, and the rest breaches left in a solution — each
asked of :mod:`console.services.planning.rules` through :mod:`checks`."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

from console.models import ShiftKind
from console.services.planning import rules
from console.services.roster import checks
from console.services.roster.problem import Slot, WeekProblem


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


def span_info(number: int, span: Span) -> rules.ShiftInfo:
    return rules.ShiftInfo(number, span[0], span[1], ShiftKind.OUTREACH, (1,))


def conflicting_spans(spans: Sequence[Span]) -> list[tuple[Span, ...]]:
    """Sets of distinct time spans one person cannot all work, asked of :mod:`rules`: pairs
    that overlap or leave less than 11 consecutive hours of rest in 24, and triples that leave
    too little rest though no two of them do (three short outings in a day). Longer chains
    are left to the check after solving."""
    ordered = sorted(set(spans))
    pairs: set[tuple[Span, Span]] = set()
    near: dict[Span, list[Span]] = defaultdict(list)  # later spans within a day's reach
    for a, first in enumerate(ordered):
        for second in ordered[a + 1 :]:
            if second[0] - first[1] >= rules.MIN_REST + rules.MAX_SHIFT:
                break
            one, two = span_info(1, first), span_info(2, second)
            if rules.check_overlaps([one, two]) or rules.check_rest([one, two]):
                pairs.add((first, second))
            elif second[0] < first[0] + rules.REST_PERIOD:
                near[first].append(second)
    triples = [
        (first, second, third)
        for first, later in near.items()
        for i, second in enumerate(later)
        for third in later[i + 1 :]
        if (second, third) not in pairs
        and rules.check_rest([span_info(1, first), span_info(2, second), span_info(3, third)])
    ]
    return [*sorted(pairs), *triples]


def minutes_in_week(problem: WeekProblem, slot: Slot) -> int:
    inside = min(slot.ends_at, problem.week_end) - max(slot.starts_at, problem.week_start)
    return max(0, math.ceil(inside.total_seconds() / 60))


def kept_minutes(problem: WeekProblem) -> dict[int, int]:
    """Minutes inside the week each person already works in kept shifts."""
    minutes: dict[int, int] = defaultdict(int)
    for kept in problem.kept:
        inside = min(kept.ends_at, problem.week_end) - max(kept.starts_at, problem.week_start)
        if inside.total_seconds() > 0:
            for person_id in kept.person_ids:
                minutes[person_id] += math.ceil(inside.total_seconds() / 60)
    return minutes


def rest_breaches(
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
