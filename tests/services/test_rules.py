"""Planning rules: composition, overlaps, absences, 11 h rest, weekly hours, DST and midnight."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from console.models import AbsenceKind, Role, ShiftKind, ShiftStatus
from console.services.planning import rules
from console.services.planning.rules import AbsenceInfo, PersonInfo, ShiftInfo, ViolationKind
from tests.factories import ROME

EDU, OFF, OFF2 = 1, 2, 3
PEOPLE = {
    EDU: PersonInfo(EDU, "L. Bianchi", Role.EDUCATOR, 30),
    OFF: PersonInfo(OFF, "M. Rossi", Role.OFFICER, 36),
    OFF2: PersonInfo(OFF2, "G. Verdi", Role.OFFICER, 36),
}


def at(day: str, hour: int, minute: int = 0) -> datetime:
    """A local time in Cremona (day 'YYYY-MM-DD', hour 24 = midnight at the end of the day)."""
    base = datetime.fromisoformat(day).replace(tzinfo=ROME)
    if hour == 24:
        return (base + timedelta(days=1)).replace(hour=0, minute=minute)
    return base.replace(hour=hour, minute=minute)


def shift(
    id_: int,
    start: datetime,
    end: datetime,
    *people: int,
    kind: ShiftKind = ShiftKind.JOINT,
    status: ShiftStatus = ShiftStatus.DRAFT,
) -> ShiftInfo:
    return ShiftInfo(id_, start, end, kind, tuple(people), status)


def kinds(found: list[rules.Violation]) -> list[tuple[ViolationKind, int | None, int | None]]:
    return sorted((v.kind, v.shift_id, v.person_id) for v in found)


# -- refused outright ------------------------------------------------------------------------


def test_a_shift_must_end_after_it_starts() -> None:
    with pytest.raises(rules.ShiftRefused):
        rules.validate_times(at("2026-11-24", 18), at("2026-11-24", 18))
    with pytest.raises(rules.ShiftRefused):
        rules.validate_times(at("2026-11-24", 18), at("2026-11-24", 15))


def test_twelve_hours_is_the_longest_shift() -> None:
    rules.validate_times(at("2026-11-24", 12), at("2026-11-24", 24))
    with pytest.raises(rules.ShiftRefused):
        rules.validate_times(at("2026-11-24", 12), at("2026-11-25", 0, 15))


def test_twelve_clock_hours_on_the_october_night_are_thirteen_real_ones() -> None:
    with pytest.raises(rules.ShiftRefused):
        rules.validate_times(at("2026-10-24", 20), at("2026-10-25", 8))
    rules.validate_times(at("2026-03-28", 20), at("2026-03-29", 9))  # 12 real hours


# -- composition -------------------------------------------------------------------------------


def test_joint_shift_needs_an_educator_and_an_officer() -> None:
    s, e = at("2026-11-24", 15), at("2026-11-24", 19)
    assert rules.check_composition(shift(1, s, e, EDU, OFF), PEOPLE) == []
    assert kinds(rules.check_composition(shift(1, s, e, OFF, OFF2), PEOPLE)) == [
        (ViolationKind.NO_EDUCATOR, 1, None)
    ]
    assert kinds(rules.check_composition(shift(1, s, e), PEOPLE)) == [
        (ViolationKind.NO_EDUCATOR, 1, None),
        (ViolationKind.NO_OFFICER, 1, None),
    ]


def test_other_kinds_and_cancelled_shifts_have_no_composition_rule() -> None:
    s, e = at("2026-11-24", 15), at("2026-11-24", 19)
    assert rules.check_composition(shift(1, s, e, EDU, kind=ShiftKind.OUTREACH), PEOPLE) == []
    assert rules.check_composition(shift(1, s, e, OFF, kind=ShiftKind.PATROL), PEOPLE) == []
    cancelled = shift(1, s, e, status=ShiftStatus.CANCELLED)
    assert rules.check_composition(cancelled, PEOPLE) == []


# -- overlaps ----------------------------------------------------------------------------------


def test_an_officer_in_two_overlapping_shifts_is_flagged_on_both() -> None:
    a = shift(1, at("2026-11-24", 15), at("2026-11-24", 19), EDU, OFF)
    b = shift(2, at("2026-11-24", 18), at("2026-11-24", 22), OFF)
    found = rules.check_overlaps([a, b])
    assert kinds(found) == [(ViolationKind.OVERLAP, 1, OFF), (ViolationKind.OVERLAP, 2, OFF)]
    assert {v.other_shift_id for v in found} == {1, 2}


def test_back_to_back_shifts_do_not_overlap() -> None:
    a = shift(1, at("2026-11-24", 15), at("2026-11-24", 19), OFF)
    b = shift(2, at("2026-11-24", 19), at("2026-11-24", 23), OFF)
    assert rules.check_overlaps([a, b]) == []


def test_a_cancelled_shift_overlaps_nothing() -> None:
    a = shift(1, at("2026-11-24", 15), at("2026-11-24", 19), OFF)
    b = shift(2, at("2026-11-24", 16), at("2026-11-24", 20), OFF, status=ShiftStatus.CANCELLED)
    assert rules.check_overlaps([a, b]) == []


def test_overlap_across_midnight() -> None:
    a = shift(1, at("2026-11-24", 21), at("2026-11-25", 1), OFF)
    b = shift(2, at("2026-11-25", 0, 30), at("2026-11-25", 3), OFF)
    assert len(rules.check_overlaps([a, b])) == 2


# -- absences ----------------------------------------------------------------------------------


def test_planned_while_absent() -> None:
    leave = AbsenceInfo(OFF, at("2026-11-24", 0), at("2026-11-26", 0), AbsenceKind.LEAVE)
    inside = shift(1, at("2026-11-25", 15), at("2026-11-25", 19), OFF)
    after = shift(2, at("2026-11-26", 0), at("2026-11-26", 4), OFF)
    found = rules.check_absences([inside, after], [leave])
    assert kinds(found) == [(ViolationKind.ABSENT, 1, OFF)]
    assert "leave" in found[0].message


# -- rest --------------------------------------------------------------------------------------


def test_eight_hours_between_evening_and_morning_is_too_little_rest() -> None:
    evening = shift(1, at("2026-11-24", 18), at("2026-11-24", 24), OFF)
    morning = shift(2, at("2026-11-25", 8), at("2026-11-25", 12), OFF)
    found = rules.check_rest([evening, morning])
    assert kinds(found) == [(ViolationKind.SHORT_REST, 2, OFF)]
    assert found[0].other_shift_id == 1


def test_eleven_hours_of_rest_is_enough() -> None:
    evening = shift(1, at("2026-11-24", 18), at("2026-11-24", 24), OFF)
    late_morning = shift(2, at("2026-11-25", 11), at("2026-11-25", 15), OFF)
    assert rules.check_rest([evening, late_morning]) == []


def test_rest_after_a_shift_across_midnight() -> None:
    night = shift(1, at("2026-11-24", 20), at("2026-11-25", 2), OFF)
    assert rules.check_rest([night, shift(2, at("2026-11-25", 12), at("2026-11-25", 16), OFF)])
    assert not rules.check_rest([night, shift(2, at("2026-11-25", 13), at("2026-11-25", 17), OFF)])


def test_two_evening_blocks_on_one_day_leave_enough_rest() -> None:
    first = shift(1, at("2026-11-24", 15), at("2026-11-24", 19), OFF)
    second = shift(2, at("2026-11-24", 20), at("2026-11-24", 24), OFF)
    next_day = shift(3, at("2026-11-25", 15), at("2026-11-25", 19), OFF)
    assert rules.check_rest([first, second, next_day]) == []


def test_the_march_night_is_an_hour_shorter() -> None:
    # 24:00 -> 11:00 on the clock, but 02:00 jumps to 03:00 on 29 March 2026: 10 real hours.
    evening = shift(1, at("2026-03-28", 16), at("2026-03-28", 24), OFF)
    morning = shift(2, at("2026-03-29", 11), at("2026-03-29", 15), OFF)
    assert kinds(rules.check_rest([evening, morning])) == [(ViolationKind.SHORT_REST, 2, OFF)]


def test_the_october_night_is_an_hour_longer() -> None:
    # 24:00 -> 10:00 on the clock, but 03:00 goes back to 02:00 on 25 October 2026: 11 hours.
    evening = shift(1, at("2026-10-24", 16), at("2026-10-24", 24), OFF)
    morning = shift(2, at("2026-10-25", 10), at("2026-10-25", 14), OFF)
    assert rules.check_rest([evening, morning]) == []


# -- weekly hours ------------------------------------------------------------------------------


def _week(monday: str) -> tuple[datetime, datetime]:
    start = at(monday, 0)
    end = (datetime.fromisoformat(monday) + timedelta(days=7)).replace(tzinfo=ROME)
    return start, end


def test_weekly_hours_above_contract() -> None:
    start, end = _week("2026-11-23")
    planned = [
        shift(i, at(f"2026-11-{23 + i}", 14), at(f"2026-11-{23 + i}", 22), EDU) for i in range(4)
    ]  # 4 x 8 h = 32 h, contract 30 h
    found = rules.check_weekly_hours(planned, PEOPLE, start, end)
    assert kinds(found) == [(ViolationKind.WEEKLY_HOURS, 3, EDU)]
    assert found[0].hours == pytest.approx(32)
    assert rules.check_weekly_hours(planned[:3], PEOPLE, start, end) == []


def test_a_shift_across_sunday_midnight_counts_only_its_part_in_the_week() -> None:
    start, end = _week("2026-11-23")
    planned = [
        shift(i, at(f"2026-11-{23 + i}", 14), at(f"2026-11-{23 + i}", 20), EDU) for i in range(4)
    ]  # 24 h
    planned.append(shift(9, at("2026-11-29", 20), at("2026-11-30", 4), EDU))  # 4 h inside
    found = rules.check_weekly_hours(planned, PEOPLE, start, end)
    assert found == []  # 28 h <= 30 h
    planned.append(shift(10, at("2026-11-28", 14), at("2026-11-28", 17), EDU))  # 31 h
    assert kinds(rules.check_weekly_hours(planned, PEOPLE, start, end)) == [
        (ViolationKind.WEEKLY_HOURS, 9, EDU)
    ]


def test_weekly_hours_in_the_dst_weeks_count_real_time() -> None:
    tight = {EDU: PersonInfo(EDU, "L. Bianchi", Role.EDUCATOR, 8.5)}
    night_march = shift(1, at("2026-03-28", 22), at("2026-03-29", 7), EDU)  # 9 clock, 8 real
    assert rules.check_weekly_hours([night_march], tight, *_week("2026-03-23")) == []
    night_october = shift(2, at("2026-10-24", 22), at("2026-10-25", 6), EDU)  # 8 clock, 9 real
    found = rules.check_weekly_hours([night_october], tight, *_week("2026-10-19"))
    assert found and found[0].hours == pytest.approx(9)


# -- the whole week ----------------------------------------------------------------------------


def test_check_week_reports_only_shifts_that_touch_the_week() -> None:
    start, end = _week("2026-11-23")
    sunday_before = shift(1, at("2026-11-22", 18), at("2026-11-22", 24), OFF)
    monday = shift(2, at("2026-11-23", 8), at("2026-11-23", 12), EDU, OFF)
    found = rules.check_week([sunday_before, monday], PEOPLE, [], start, end)
    assert kinds(found) == [(ViolationKind.SHORT_REST, 2, OFF)]


def test_a_weekly_unavailability_follows_local_days_across_daylight_saving() -> None:
    # Sundays, the whole day: 25 October 2026 lasts 25 hours, 1 November 24.
    days = rules.recurring_times(
        6, None, None, first_day=date(2026, 10, 19), last_day=date(2026, 11, 1), tz=ROME
    )
    assert [(end - start).total_seconds() / 3600 for start, end in days] == [25, 24]
    assert days[0][0] == datetime(2026, 10, 25, tzinfo=ROME)
    evening = rules.recurring_times(
        0, 18 * 60, 24 * 60, first_day=date(2026, 11, 23), last_day=date(2026, 11, 23), tz=ROME
    )
    assert evening == [
        (datetime(2026, 11, 23, 17, tzinfo=UTC), datetime(2026, 11, 23, 23, tzinfo=UTC))
    ]


def test_unavailable_times_flag_the_person_on_shifts_still_to_be_worked() -> None:
    start = datetime(2026, 11, 23, 18, tzinfo=ROME)
    away = [rules.UnavailableInfo(2, start + timedelta(hours=3), start + timedelta(hours=6))]
    touching = ShiftInfo(1, start, start + timedelta(hours=4), ShiftKind.JOINT, (1, 2))
    before = ShiftInfo(
        2, start - timedelta(hours=4), start + timedelta(hours=3), ShiftKind.JOINT, (2,)
    )
    cancelled = ShiftInfo(
        3, start, start + timedelta(hours=4), ShiftKind.JOINT, (2,), ShiftStatus.CANCELLED
    )
    worked = ShiftInfo(
        4, start, start + timedelta(hours=4), ShiftKind.JOINT, (2,), ShiftStatus.DONE
    )
    found = rules.check_unavailable([touching, before, cancelled, worked], away)
    assert [(v.kind, v.shift_id, v.person_id) for v in found] == [(ViolationKind.UNAVAILABLE, 1, 2)]
