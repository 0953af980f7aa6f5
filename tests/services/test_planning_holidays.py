"""Public holidays in planning: a shift on one is warned about (not refused) with its name, the
province's patron saint included; copying a week leaves out the shifts that would fall on one
unless told to copy them anyway."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine

from console import db
from console.models import ShiftKind, ShiftStatus
from console.services import planning
from console.services.meetings import proposals
from console.services.planning import rules, shift_edits, week_copy
from console.services.planning.holidays import HolidayCalendar
from console.services.planning.rules import HolidayRule, ShiftInfo, ViolationKind
from console.services.planning.week_copy import CopyProblemKind
from tests.services.test_planning import (
    COORDINATOR,
    ROME,
    Team,
    at,
    create,
    draft,
    make_team,
    set_status,
    snapshot,
)

CREMONA = HolidayCalendar("CR", "it")
MILANO = HolidayCalendar("MI", "it")
CHRISTMAS_WEEK = date(2026, 12, 21)  # Friday 25 Christmas, Saturday 26 Santo Stefano
SANT_OMOBONO_WEEK = date(2026, 11, 9)  # Friday 13 November


@pytest.fixture
def team(engine: Engine) -> Team:
    return make_team(engine)


def _shift(shift_id: int, day: str, start: int, end: int, status=ShiftStatus.DRAFT) -> ShiftInfo:
    return ShiftInfo(shift_id, at(day, start), at(day, end), ShiftKind.PATROL, (1,), status)


def _holidays(found: list[rules.Violation]) -> list[tuple[int | None, str | None]]:
    return [(v.shift_id, v.holiday) for v in found if v.kind is ViolationKind.HOLIDAY]


# -- the rule --------------------------------------------------------------------------------


def test_christmas_and_sant_omobono_warn_in_cremona_not_sant_omobono_in_milan() -> None:
    shifts = [
        _shift(1, "2026-12-25", 18, 22),
        _shift(2, "2026-11-13", 18, 22),
        _shift(3, "2026-11-12", 18, 22),  # a working Thursday
    ]
    cremona = rules.check_holidays(shifts, HolidayRule(ROME, CREMONA))
    assert _holidays(cremona) == [(1, "Natale"), (2, "Sant'Omobono")]
    assert cremona[0].day == date(2026, 12, 25)
    milano = rules.check_holidays(shifts, HolidayRule(ROME, MILANO))
    assert _holidays(milano) == [(1, "Natale")]
    english = rules.check_holidays(shifts, HolidayRule(ROME, HolidayCalendar("CR", "en")))
    assert _holidays(english) == [(1, "Christmas Day"), (2, "Saint Homobonus's Day")]


def test_a_night_shift_reaching_into_new_years_day_warns() -> None:
    night = ShiftInfo(
        1, at("2026-12-31", 22), at("2027-01-01", 2), ShiftKind.PATROL, (1,), ShiftStatus.DRAFT
    )
    found = rules.check_holidays([night], HolidayRule(ROME, CREMONA))
    assert _holidays(found) == [(1, "Capodanno")]
    assert found[0].day == date(2027, 1, 1)
    # ... but a shift ending at midnight on Christmas Eve is not worked on Christmas.
    eve = ShiftInfo(2, at("2026-12-24", 20), at("2026-12-24", 24), ShiftKind.PATROL, (1,))
    assert rules.check_holidays([eve], HolidayRule(ROME, CREMONA)) == []


def test_cancelled_and_done_shifts_are_not_warned_about() -> None:
    shifts = [
        _shift(1, "2026-12-25", 18, 22, ShiftStatus.CANCELLED),
        _shift(2, "2026-12-25", 10, 14, ShiftStatus.DONE),
        _shift(3, "2026-12-25", 14, 16, ShiftStatus.PUBLISHED),
    ]
    assert _holidays(rules.check_holidays(shifts, HolidayRule(ROME, CREMONA))) == [(3, "Natale")]


def test_check_week_warns_only_when_told_which_holidays() -> None:
    shifts = [_shift(1, "2026-12-25", 18, 22)]
    start, end = at("2026-12-21", 0), at("2026-12-28", 0)
    assert rules.check_week(shifts, {}, [], start, end) == []
    found = rules.check_week(shifts, {}, [], start, end, holidays=HolidayRule(ROME, CREMONA))
    assert _holidays(found) == [(1, "Natale")]


# -- planning a shift ------------------------------------------------------------------------


def test_planning_a_shift_on_christmas_warns_and_saves(engine: Engine, team: Team) -> None:
    christmas = draft(team.roma, at("2026-12-25", 18), at("2026-12-25", 22), team.edu, team.off)
    with db.session_scope(engine) as s:
        found = shift_edits.check_draft(s, COORDINATOR, christmas, tz=ROME, holidays=CREMONA)
    assert _holidays(found) == [(planning.NEW_SHIFT_ID, "Natale")]
    row = create(engine, christmas)  # a warning, not a refusal
    with db.session_scope(engine) as s:
        plan = planning.shifts_in_week(s, COORDINATOR, CHRISTMAS_WEEK, ROME, holidays=CREMONA)
    assert _holidays(list(plan.violations)) == [(row.id, "Natale")]


def test_sant_omobono_is_a_holiday_in_cremona_only(engine: Engine, team: Team) -> None:
    row = create(engine, draft(team.roma, at("2026-11-13", 18), at("2026-11-13", 22), team.edu))
    with db.session_scope(engine) as s:
        cremona = planning.shifts_in_week(s, COORDINATOR, SANT_OMOBONO_WEEK, ROME)  # default
        milano = planning.shifts_in_week(s, COORDINATOR, SANT_OMOBONO_WEEK, ROME, holidays=MILANO)
    assert _holidays(list(cremona.violations)) == [(row.id, "Sant'Omobono")]
    assert _holidays(list(milano.violations)) == []
    assert {v.kind for v in milano.violations} == {ViolationKind.NO_OFFICER}


def test_moving_a_shift_onto_a_holiday_warns(engine: Engine, team: Team) -> None:
    row = create(engine, draft(team.roma, at("2026-12-23", 18), at("2026-12-23", 22), team.edu))
    moved = draft(team.roma, at("2026-12-26", 18), at("2026-12-26", 22), team.edu)
    with db.session_scope(engine) as s:
        found = shift_edits.check_draft(s, COORDINATOR, moved, shift_id=row.id, tz=ROME)
    assert _holidays(found) == [(row.id, "Santo Stefano")]


# -- copying a week --------------------------------------------------------------------------


def _week_before_christmas(engine: Engine, team: Team) -> dict[str, int]:
    """Shifts on Wednesday 16 and Friday 18 December: their copies fall on 23 and 25."""
    wednesday = create(
        engine, draft(team.roma, at("2026-12-16", 18), at("2026-12-16", 22), team.edu, team.off)
    )
    friday = create(
        engine,
        draft(team.marconi, at("2026-12-18", 18), at("2026-12-18", 22), team.edu2, team.off2),
    )
    return {"wednesday": wednesday.id, "friday": friday.id}


def test_the_preview_names_the_shifts_that_would_fall_on_a_holiday(
    engine: Engine, team: Team
) -> None:
    shifts = _week_before_christmas(engine, team)
    before = snapshot(engine)
    with db.session_scope(engine) as s:
        preview = week_copy.copy_preview(
            s, COORDINATOR, date(2026, 12, 14), CHRISTMAS_WEEK, ROME, holidays=CREMONA
        )
    assert snapshot(engine) == before  # a preview writes nothing
    assert preview.shifts == 2
    (landing,) = preview.on_holidays
    assert landing.source_shift_id == shifts["friday"]
    assert (landing.day, landing.holiday, landing.zone_name) == (
        date(2026, 12, 25),
        "Natale",
        "Piazza Marconi",
    )
    assert landing.starts_at == at("2026-12-25", 18)


def test_copying_leaves_out_the_shifts_on_holidays_by_default(engine: Engine, team: Team) -> None:
    shifts = _week_before_christmas(engine, team)
    with db.session_scope(engine) as s:
        result = week_copy.copy_week(
            s, COORDINATOR, date(2026, 12, 14), CHRISTMAS_WEEK, ROME, holidays=CREMONA
        )
    assert [row.starts_at for row in result.created] == [at("2026-12-23", 18)]
    skipped = [p for p in result.problems if p.kind is CopyProblemKind.HOLIDAY]
    assert [(p.source_shift_id, p.holiday, p.starts_at) for p in skipped] == [
        (shifts["friday"], "Natale", at("2026-12-25", 18))
    ]
    with db.session_scope(engine) as s:
        plan = planning.shifts_in_week(s, COORDINATOR, CHRISTMAS_WEEK, ROME)
    assert [row.starts_at for row in plan.shifts] == [at("2026-12-23", 18)]


def test_copying_the_shifts_on_holidays_anyway_warns_about_them(engine: Engine, team: Team) -> None:
    _week_before_christmas(engine, team)
    with db.session_scope(engine) as s:
        result = week_copy.copy_week(
            s,
            COORDINATOR,
            date(2026, 12, 14),
            CHRISTMAS_WEEK,
            ROME,
            holidays=CREMONA,
            skip_holidays=False,
        )
    assert len(result.created) == 2
    christmas = next(row for row in result.created if row.starts_at == at("2026-12-25", 18))
    assert not [p for p in result.problems if p.kind is CopyProblemKind.HOLIDAY]
    warned = [
        (p.shift_id, p.violation.holiday)
        for p in result.problems
        if p.violation is not None and p.violation.kind is ViolationKind.HOLIDAY
    ]
    assert warned == [(christmas.id, "Natale")]


def test_sant_omobono_is_skipped_in_a_copy_in_cremona_not_in_milan(
    engine: Engine, team: Team
) -> None:
    create(engine, draft(team.roma, at("2026-11-06", 18), at("2026-11-06", 22), team.edu))
    with db.session_scope(engine) as s:
        milano = week_copy.copy_week(
            s, COORDINATOR, date(2026, 11, 2), SANT_OMOBONO_WEEK, ROME, holidays=MILANO
        )
    assert len(milano.created) == 1
    set_status(engine, milano.created[0].id, ShiftStatus.CANCELLED)
    with db.session_scope(engine) as s:
        cremona = week_copy.copy_week(
            s, COORDINATOR, date(2026, 11, 2), SANT_OMOBONO_WEEK, ROME, holidays=CREMONA
        )
    assert cremona.created == ()
    assert [p.holiday for p in cremona.problems] == ["Sant'Omobono"]


def test_a_meeting_does_not_count_a_shift_on_a_holiday_as_a_planning_problem(
    engine: Engine, team: Team
) -> None:
    create(engine, draft(team.roma, at("2026-12-25", 18), at("2026-12-25", 22), team.edu, team.off))
    with db.session_scope(engine) as s:
        problems = proposals.week_problems(s, COORDINATOR, CHRISTMAS_WEEK, ROME)
    assert (problems.no_educator, problems.no_officer, problems.other_violations) == (0, 0, 0)
    assert problems.total == 1  # the draft, still to publish
