"""check_week's quick paths (the shifts grouped by person once for overlaps, rest and hours;
the week's hours skipping the context around it; UTC times taken as they are) give exactly the
violations of the straightforward rules kept here, each on its own, on random weeks:
overlapping, touching, zero-length and cross-midnight shifts, times in Rome (DST night
included) and to the microsecond."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from console.models import AbsenceKind, Role, ShiftKind, ShiftStatus
from console.services.planning import rules
from console.services.planning.rules import (
    MIN_REST,
    REST_PERIOD,
    AbsenceInfo,
    PersonInfo,
    ShiftInfo,
    Violation,
    ViolationKind,
)
from tests.factories import ROME

# A week holding the end of summer time in Rome (Sunday 25 October 2026).
WEEK_START = datetime(2026, 10, 19, tzinfo=ROME)
WEEK_END = datetime(2026, 10, 26, tzinfo=ROME)
PEOPLE = {
    1: PersonInfo(1, "L. Bianchi", Role.EDUCATOR, 30),
    2: PersonInfo(2, "M. Rossi", Role.OFFICER, 36),
    3: PersonInfo(3, "G. Verdi", Role.OFFICER, 8),
    4: PersonInfo(4, "A. Neri", Role.EDUCATOR, 0),
}


def reference_rest(shifts: list[ShiftInfo]) -> list[Violation]:
    """check_rest written plainly: the longest free stretch scanned from the first shift, and
    every shift looked at for the last one in the anchor's 24 hours."""

    def longest_rest(busy: list[tuple[datetime, datetime]], start: datetime) -> timedelta:
        end = start + REST_PERIOD
        longest = timedelta(0)
        cursor = start
        for busy_start, busy_end in busy:
            if busy_end <= cursor:
                continue
            if busy_start >= end:
                break
            longest = max(longest, min(busy_start, end) - cursor)
            cursor = max(cursor, busy_end)
            if cursor >= end:
                return longest
        return max(longest, end - cursor)

    found = []
    for person_id, planned in rules._by_person(shifts).items():
        busy = [(s.starts_at, s.ends_at) for s in planned]
        flagged: set[int] = set()
        for anchor in planned:
            if longest_rest(busy, anchor.starts_at) >= MIN_REST:
                continue
            window_end = anchor.starts_at + REST_PERIOD
            later = [
                s
                for s in planned
                if s.id != anchor.id and anchor.ends_at <= s.starts_at < window_end
            ]
            if not later or later[-1].id in flagged:
                continue
            culprit = later[-1]
            flagged.add(culprit.id)
            found.append(
                Violation(
                    ViolationKind.SHORT_REST,
                    culprit.id,
                    person_id,
                    "less than 11 consecutive hours of rest in 24 hours",
                    other_shift_id=anchor.id,
                )
            )
    return found


def reference_hours(shifts: list[ShiftInfo]) -> list[Violation]:
    """check_weekly_hours as it was: every shift's part inside the week, context included."""
    week_start, week_end = rules.utc(WEEK_START), rules.utc(WEEK_END)
    hours: dict[int, timedelta] = defaultdict(timedelta)
    last: dict[int, ShiftInfo] = {}
    for person_id, planned in rules._by_person(shifts).items():
        for shift in planned:
            inside = min(shift.ends_at, week_end) - max(shift.starts_at, week_start)
            if inside > timedelta(0):
                hours[person_id] += inside
                last[person_id] = shift
    found = []
    for person_id, worked in hours.items():
        person = PEOPLE[person_id]
        planned_hours = worked.total_seconds() / 3600
        if planned_hours > person.weekly_hours + 1e-9:
            found.append(
                Violation(
                    ViolationKind.WEEKLY_HOURS,
                    last[person_id].id,
                    person_id,
                    f"{planned_hours:g} h planned, contract {person.weekly_hours:g} h",
                    hours=planned_hours,
                    contract_hours=person.weekly_hours,
                )
            )
    return found


def reference_week(shifts: list[ShiftInfo], absences: list[AbsenceInfo]) -> list[Violation]:
    """check_week as it was: each rule on its own, in the same order."""
    week_start, week_end = rules.utc(WEEK_START), rules.utc(WEEK_END)
    touching = {s.id for s in shifts if s.starts_at < week_end and s.ends_at > week_start}
    found: list[Violation] = []
    for shift in shifts:
        if shift.id in touching:
            found.extend(rules.check_composition(shift, PEOPLE))
    found.extend(rules.check_overlaps(shifts))
    found.extend(rules.check_absences(shifts, absences))
    found.extend(rules.check_unavailable(shifts, ()))
    found.extend(reference_rest(shifts))
    found.extend(reference_hours(shifts))
    return [v for v in found if v.shift_id is None or v.shift_id in touching]


# Starts from three days before the week to two after, some on the quarter hour (so that shifts
# touch and gaps are exactly 11 hours), some to the microsecond; 0 to 13 hours long.
QUARTERS = 12 * 24 * 4
moments = st.one_of(
    st.integers(0, QUARTERS).map(lambda q: timedelta(minutes=15 * q)),
    st.integers(0, QUARTERS * 15 * 60 * 1_000_000).map(lambda us: timedelta(microseconds=us)),
)
lengths = st.one_of(
    st.integers(0, 13 * 4).map(lambda q: timedelta(minutes=15 * q)),
    st.integers(0, 13 * 3600 * 1_000_000).map(lambda us: timedelta(microseconds=us)),
)
shift_specs = st.lists(
    st.tuples(
        moments,
        lengths,
        st.lists(st.sampled_from(sorted(PEOPLE)), min_size=0, max_size=3),
        st.sampled_from(list(ShiftStatus)),
        st.booleans(),  # written in Rome's time (True) or in UTC
    ),
    max_size=25,
)
absence_specs = st.lists(st.tuples(st.sampled_from(sorted(PEOPLE)), moments, lengths), max_size=4)


def build(specs: list, absence_list: list) -> tuple[list[ShiftInfo], list[AbsenceInfo]]:
    origin = rules.utc(WEEK_START) - timedelta(days=3)
    shifts = []
    for number, (offset, length, people, status, local) in enumerate(specs, start=1):
        start = origin + offset
        end = start + length
        if local:
            start, end = start.astimezone(ROME), end.astimezone(ROME)
        shifts.append(
            ShiftInfo(number, start, end, ShiftKind.JOINT, tuple(sorted(set(people))), status)
        )
    absences = [
        AbsenceInfo(person, origin + offset, origin + offset + length, AbsenceKind.LEAVE)
        for person, offset, length in absence_list
    ]
    return shifts, absences


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(shift_specs, absence_specs)
def test_the_quick_rules_find_what_the_straightforward_ones_find(specs, absence_list):
    shifts, absences = build(specs, absence_list)
    assert rules.check_rest(shifts) == reference_rest(shifts)
    assert rules.check_weekly_hours(shifts, PEOPLE, WEEK_START, WEEK_END) == reference_hours(shifts)
    assert rules.check_week(shifts, PEOPLE, absences, WEEK_START, WEEK_END) == reference_week(
        shifts, absences
    )


def test_the_random_weeks_do_break_the_rules():
    """The comparison above means something: a dense week of the kind it draws breaks rest,
    overlaps and hours, with shifts in UTC and in Rome's time mixed."""
    start = rules.utc(WEEK_START)
    shifts = [
        ShiftInfo(1, start, start + timedelta(hours=8), ShiftKind.JOINT, (1, 2)),
        ShiftInfo(2, start + timedelta(hours=7), start + timedelta(hours=9), ShiftKind.JOINT, (1,)),
        ShiftInfo(
            3,
            (start + timedelta(hours=16)).astimezone(ROME),
            (start + timedelta(hours=20)).astimezone(ROME),
            ShiftKind.JOINT,
            (2, 3),
        ),
        ShiftInfo(
            4, start + timedelta(days=1), start + timedelta(days=1, hours=9), ShiftKind.JOINT, (3,)
        ),
    ]
    found = rules.check_week(shifts, PEOPLE, [], WEEK_START, WEEK_END)
    assert found == reference_week(shifts, [])
    kinds = {v.kind for v in found}
    assert {ViolationKind.OVERLAP, ViolationKind.SHORT_REST, ViolationKind.WEEKLY_HOURS} <= kinds
