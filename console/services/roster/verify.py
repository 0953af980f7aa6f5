"""The hard rules checked on a finished proposal by :mod:`console.services.planning.rules`
itself, the way the calendar checks a week: the tests and the benchmark ask this, never the
solver's own constraints."""

from __future__ import annotations

from console.models import AbsenceKind, Role, ShiftKind, ShiftStatus
from console.services.planning import rules
from console.services.planning.rules import AbsenceInfo, ShiftInfo, UnavailableInfo, Violation
from console.services.roster import checks
from console.services.roster.problem import WeekProblem
from console.services.roster.solver import Solution

SLOT_IDS = checks.SLOT_IDS


def proposed_shifts(problem: WeekProblem, solution: Solution) -> list[ShiftInfo]:
    """The kept shifts and the proposed outings (people of other roles included), as the
    rules read a week."""
    infos = [checks.kept_info(k) for k in problem.kept]
    for index, slot in enumerate(problem.slots):
        people = tuple(sorted({*solution.people.get(slot.key, ()), *slot.other_ids}))
        infos.append(
            ShiftInfo(
                checks.slot_number(index),
                slot.starts_at,
                slot.ends_at,
                slot.kind,
                people,
                ShiftStatus.DRAFT,
            )
        )
    return infos


def hard_violations(problem: WeekProblem, solution: Solution) -> list[Violation]:
    """Every hard rule the proposal breaks on a proposed outing, as ``rules.Violation``s:
    composition of every joint outing the proposal puts someone on, overlaps, absences, recurring
    unavailability, 11 hours of rest, weekly hours. Problems of the
    kept shifts alone, and of locked people, are not the proposal's and are left out."""
    people = {w.id: checks.person_info(w) for w in problem.workers}
    shifts = proposed_shifts(problem, solution)
    away = [
        AbsenceInfo(w.id, a.starts_at, a.ends_at, AbsenceKind.OTHER)
        for w in problem.workers
        for a in w.absences
    ]
    unavailable = [
        UnavailableInfo(w.id, u.starts_at, u.ends_at)
        for w in problem.workers
        for u in w.unavailable
    ]
    found = rules.check_week(
        shifts, people, away, problem.week_start, problem.week_end, unavailable=unavailable
    )
    # Composition: only outings the proposal staffs (an empty one is an unfilled slot).
    found = [
        v
        for v in found
        if v.kind not in (rules.ViolationKind.NO_EDUCATOR, rules.ViolationKind.NO_OFFICER)
    ]
    for index, slot in enumerate(problem.slots):
        chosen = solution.people.get(slot.key, ())
        placed = set(chosen) - set(slot.fixed_ids)  # locked people alone: an unfilled outing
        if placed and not slot.locked and slot.kind is ShiftKind.JOINT:
            roles = {problem.worker(p).role for p in chosen if p in people}
            info = ShiftInfo(
                checks.slot_number(index), slot.starts_at, slot.ends_at, slot.kind, chosen
            )
            if {Role.EDUCATOR, Role.OFFICER} - roles:
                found.extend(rules.check_composition(info, people))
    return [v for v in found if _on_proposal(problem, solution, v)]


def _on_proposal(problem: WeekProblem, solution: Solution, violation: Violation) -> bool:
    """Whether a violation involves a person the proposal placed (not only kept people)."""
    ids = [i for i in (violation.shift_id, violation.other_shift_id) if i is not None]
    placed = []
    for shift_id in ids:
        if shift_id >= SLOT_IDS:
            slot = problem.slots[shift_id - SLOT_IDS]
            placed.extend(p for p in solution.people.get(slot.key, ()) if p not in slot.fixed_ids)
    if violation.kind is rules.ViolationKind.WEEKLY_HOURS:
        return any(
            violation.person_id in solution.people.get(s.key, ())
            and violation.person_id not in s.fixed_ids
            for s in problem.slots
        )
    if violation.person_id is None:
        return bool(placed) or any(i >= SLOT_IDS for i in ids)
    return violation.person_id in placed
