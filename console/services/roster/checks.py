"""Can this person take this slot? Each hard rule asked of :mod:`console.services.planning.rules`
itself (never a second copy of it), on the person's kept shifts plus the candidate.

Used to filter the solver's candidates, to give the reasons of an unfilled place, to rank
alternatives and by the greedy baseline, so all four agree with the calendar's own checks.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from console.models import AbsenceKind, ShiftKind, ShiftStatus
from console.services.planning import rules
from console.services.planning.rules import AbsenceInfo, PersonInfo, ShiftInfo
from console.services.roster.model import Blocker
from console.services.roster.problem import KeptShift, Slot, WeekProblem, Worker, local_days

CANDIDATE_ID = -1  # the id the candidate slot carries in the rule checks
SLOT_IDS = 2_000_000_000  # slots are numbered from here in the rule checks


def busy_of(problem: WeekProblem) -> dict[int, list[ShiftInfo]]:
    """Each person's kept shifts as the rules read them (``ShiftInfo``), by start."""
    found: dict[int, list[ShiftInfo]] = {}
    for kept in problem.kept:
        info = kept_info(kept)
        for person_id in kept.person_ids:
            found.setdefault(person_id, []).append(info)
    for index, slot in enumerate(problem.slots):  # people locked on a draft stay there
        for person_id in slot.fixed_ids:
            found.setdefault(person_id, []).append(
                slot_info(slot, (person_id,), slot_number(index))
            )
    for infos in found.values():
        infos.sort(key=lambda s: (s.starts_at, s.id))
    return found


def slot_number(index: int) -> int:
    """The id the rule checks give the slot at ``index`` (apart from any shift's id)."""
    return SLOT_IDS + index


def kept_info(kept: KeptShift) -> ShiftInfo:
    return ShiftInfo(kept.id, kept.starts_at, kept.ends_at, kept.kind, kept.person_ids, kept.status)


def slot_info(slot: Slot, person_ids: Sequence[int], shift_id: int) -> ShiftInfo:
    # Outreach: composition is the solver's business, not one person's
    return ShiftInfo(
        shift_id,
        slot.starts_at,
        slot.ends_at,
        ShiftKind.OUTREACH,
        tuple(person_ids),
        ShiftStatus.DRAFT,
    )


def person_info(worker: Worker) -> PersonInfo:
    return PersonInfo(worker.id, worker.name, worker.role, worker.contract_hours)


def blocker(
    problem: WeekProblem,
    worker: Worker,
    starts_at: datetime,
    ends_at: datetime,
    others: Iterable[ShiftInfo],
    *,
    check_time: bool = True,
) -> Blocker | None:
    """The first hard rule ``worker`` would break by working [starts_at, ends_at) on top of
    ``others`` (their shifts: kept ones, and for a whole proposal the proposed ones), in
    :class:`Blocker` order; None when none. ``check_time`` False skips the person's own time
    (inactive, absent, unavailable) to judge only the clash with ``others``."""
    if check_time:
        found = time_blocker(problem, worker, starts_at, ends_at)
        if found is not None:
            return found
    return clash_blocker(problem, worker, starts_at, ends_at, others)


def time_blocker(
    problem: WeekProblem, worker: Worker, starts_at: datetime, ends_at: datetime
) -> Blocker | None:
    """Whether the person's own time rules the slot out: left, absent, unavailable."""
    if not worker.active or (
        worker.last_day is not None
        and any(day > worker.last_day for day in local_days(starts_at, ends_at, problem.tz))
    ):
        return Blocker.INACTIVE
    candidate = ShiftInfo(
        CANDIDATE_ID, starts_at, ends_at, ShiftKind.OUTREACH, (worker.id,), ShiftStatus.DRAFT
    )
    for blocked, intervals in (
        (Blocker.ABSENT, worker.absences),
        (Blocker.UNAVAILABLE, worker.unavailable),
    ):
        away = [
            AbsenceInfo(worker.id, a.starts_at, a.ends_at, AbsenceKind.OTHER) for a in intervals
        ]
        if rules.check_absences([candidate], away):
            return blocked
    return None


def clash_blocker(
    problem: WeekProblem,
    worker: Worker,
    starts_at: datetime,
    ends_at: datetime,
    others: Iterable[ShiftInfo],
) -> Blocker | None:
    """Whether the slot clashes with the person's other shifts: overlap, rest, hours."""
    candidate = ShiftInfo(
        CANDIDATE_ID, starts_at, ends_at, ShiftKind.OUTREACH, (worker.id,), ShiftStatus.DRAFT
    )
    mine = [s for s in others if worker.id in s.person_ids]
    planned = [*mine, candidate]
    if any(CANDIDATE_ID in (v.shift_id, v.other_shift_id) for v in rules.check_overlaps(planned)):
        return Blocker.BUSY
    # A new breach anywhere in the person's week: the candidate may squeeze the rest between
    # two shifts it is neither the first nor the last of.
    if _rest_breaches(planned) - _rest_breaches(mine):
        return Blocker.SHORT_REST
    if rules.check_weekly_hours(
        planned, {worker.id: person_info(worker)}, problem.week_start, problem.week_end
    ):
        return Blocker.WEEKLY_LIMIT
    return None


def _rest_breaches(planned: list[ShiftInfo]) -> set[tuple[int | None, int | None]]:
    return {(v.shift_id, v.other_shift_id) for v in rules.check_rest(planned)}


def preferred(worker: Worker, starts_at: datetime, ends_at: datetime) -> bool:
    """Inside one of the person's preferred times, or the person states none."""
    if not worker.preferred:
        return True
    return any(p.starts_at <= starts_at and ends_at <= p.ends_at for p in worker.preferred)
