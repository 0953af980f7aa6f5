"""Whole weeks: publishing and unpublishing them, copying one onto another."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import Engine

from console import db
from console.models import ShiftKind, ShiftStatus
from console.services.changes import Area, declared_writes
from console.services.planning import shift_edits, week_copy
from console.services.planning.rules import ViolationKind
from console.services.planning.week import PlanningError
from console.services.planning.week_copy import CopyProblemKind
from tests.services.test_planning import (
    COORDINATOR,
    NOVEMBER,
    ROME,
    Team,
    add_absence,
    at,
    create,
    draft,
    make_team,
    set_status,
    snapshot,
    week,
)


@pytest.fixture
def team(engine: Engine) -> Team:
    return make_team(engine)


# -- publishing ------------------------------------------------------------------------------


def test_publish_week_publishes_only_the_drafts_of_that_week(engine: Engine, team: Team) -> None:
    def add(start: datetime, end: datetime, status: ShiftStatus = ShiftStatus.DRAFT) -> int:
        row = create(engine, draft(team.roma, start, end, team.edu))
        if status is not ShiftStatus.DRAFT:
            set_status(engine, row.id, status)
        return row.id

    tuesday = add(at("2026-11-24", 15), at("2026-11-24", 19))
    from_sunday = add(at("2026-11-22", 22), at("2026-11-23", 2))  # shown in this week too
    published = add(at("2026-11-25", 15), at("2026-11-25", 19), ShiftStatus.PUBLISHED)
    cancelled = add(at("2026-11-26", 15), at("2026-11-26", 19), ShiftStatus.CANCELLED)
    next_week = add(at("2026-11-30", 15), at("2026-11-30", 19))
    week_before = add(at("2026-11-20", 15), at("2026-11-20", 19))
    before = {row.id: row for row in week(engine).shifts}

    with db.session_scope(engine) as s:
        assert week_copy.publish_week(s, COORDINATOR, NOVEMBER, ROME) == 2
    after = {row.id: row for row in week(engine).shifts}
    for shift_id in (tuesday, from_sunday):
        assert after[shift_id].status is ShiftStatus.PUBLISHED
        assert after[shift_id].version_id == before[shift_id].version_id + 1
    assert after[published] == before[published]
    assert after[cancelled] == before[cancelled]
    assert week(engine, date(2026, 11, 30)).shifts[0].status is ShiftStatus.DRAFT
    assert week(engine, date(2026, 11, 16)).shifts[0].id == week_before
    assert week(engine, date(2026, 11, 16)).shifts[0].status is ShiftStatus.DRAFT
    assert next_week not in after

    with db.session_scope(engine) as s:
        assert week_copy.unpublish(s, COORDINATOR, [tuesday, from_sunday, next_week]) == 2
    undone = {row.id: row for row in week(engine).shifts}
    assert undone[tuesday].status is ShiftStatus.DRAFT
    assert undone[published].status is ShiftStatus.PUBLISHED


# -- copying a week --------------------------------------------------------------------------


def test_copy_week_keeps_local_wall_clock_times_across_the_march_change(
    engine: Engine, team: Team
) -> None:
    wednesday = create(
        engine,
        draft(
            team.roma,
            at("2026-03-18", 18),
            at("2026-03-18", 22),
            team.edu,
            team.off,
            objectives="Evening presence",
        ),
    )
    thursday = create(
        engine,
        draft(team.marconi, at("2026-03-19", 18), at("2026-03-19", 22), team.leaver, team.off2),
    )
    friday = create(engine, draft(team.roma, at("2026-03-20", 18), at("2026-03-20", 22), team.edu))
    with db.session_scope(engine) as s:
        shift_edits.cancel_shift(s, COORDINATOR, friday.id, friday.version_id)
    add_absence(engine, team.off, at("2026-03-31", 0), at("2026-04-03", 0))

    with db.session_scope(engine) as s:
        result = week_copy.copy_week(s, COORDINATOR, date(2026, 3, 16), date(2026, 3, 30), ROME)

    wed_copy, thu_copy = result.created
    assert wed_copy.starts_at.astimezone(ROME) == at("2026-04-01", 18)
    assert wed_copy.ends_at.astimezone(ROME) == at("2026-04-01", 22)
    assert wednesday.starts_at.hour == 17 and wed_copy.starts_at.hour == 16  # UTC: CET vs CEST
    assert (wed_copy.zone_id, wed_copy.kind, wed_copy.objectives) == (
        team.roma,
        ShiftKind.JOINT,
        "Evening presence",
    )
    assert [p.id for p in wed_copy.people] == [team.edu, team.off]
    assert [p.id for p in thu_copy.people] == [team.off2]  # the leaver is dropped
    assert {row.status for row in result.created} == {ShiftStatus.DRAFT}

    problems = {(p.kind, p.source_shift_id, p.shift_id, p.person_id) for p in result.problems}
    assert (CopyProblemKind.PERSON_DROPPED, thursday.id, thu_copy.id, team.leaver) in problems
    dropped = next(p for p in result.problems if p.kind is CopyProblemKind.PERSON_DROPPED)
    assert "Luca Esposito has left" in dropped.message
    violations = sorted(
        (p.violation.kind, p.source_shift_id, p.shift_id, p.person_id)
        for p in result.problems
        if p.violation is not None
    )
    assert violations == [
        (ViolationKind.ABSENT, wednesday.id, wed_copy.id, team.off),
        (ViolationKind.NO_EDUCATOR, thursday.id, thu_copy.id, None),
    ]
    shown = {row.id for row in week(engine, date(2026, 3, 30)).shifts}
    assert shown == {wed_copy.id, thu_copy.id}


def test_copy_week_reports_overlaps_with_shifts_already_there(engine: Engine, team: Team) -> None:
    create(engine, draft(team.roma, at("2026-11-17", 15), at("2026-11-17", 19), team.edu, team.off))
    there = create(
        engine,
        draft(team.marconi, at("2026-11-24", 17), at("2026-11-24", 21), team.edu2, team.off),
    )
    with db.session_scope(engine) as s:
        result = week_copy.copy_week(s, COORDINATOR, date(2026, 11, 16), NOVEMBER, ROME)
    (copy,) = result.created
    assert {
        (p.violation.kind, p.shift_id, p.violation.other_shift_id)
        for p in result.problems
        if p.violation is not None
    } == {
        (ViolationKind.OVERLAP, copy.id, there.id),
        (ViolationKind.OVERLAP, there.id, copy.id),
    }


def test_a_twelve_hour_night_copied_onto_the_october_night_is_refused(
    engine: Engine, team: Team
) -> None:
    night = create(engine, draft(team.roma, at("2026-10-17", 20), at("2026-10-18", 8), team.off))
    with db.session_scope(engine) as s:
        result = week_copy.copy_week(s, COORDINATOR, date(2026, 10, 12), date(2026, 10, 19), ROME)
    assert result.created == ()
    (problem,) = result.problems
    assert (problem.kind, problem.source_shift_id) == (CopyProblemKind.TIMES_REFUSED, night.id)
    assert "at most 12 hours" in problem.message
    assert week(engine, date(2026, 10, 19)).shifts == ()


def test_copy_week_refuses_a_week_onto_itself(engine: Engine, team: Team) -> None:
    create(engine, draft(team.roma, at("2026-11-24", 15), at("2026-11-24", 19), team.edu))
    before = snapshot(engine)
    with pytest.raises(PlanningError, match="onto itself"), db.session_scope(engine) as s:
        week_copy.copy_week(s, COORDINATOR, NOVEMBER, NOVEMBER, ROME)
    with pytest.raises(ValueError, match="not a Monday"), db.session_scope(engine) as s:
        week_copy.copy_week(s, COORDINATOR, NOVEMBER, date(2026, 12, 1), ROME)
    assert snapshot(engine) == before


def test_whole_weeks_declare_that_they_write_shifts_and_which_copies(
    engine: Engine, team: Team
) -> None:
    create(engine, draft(team.roma, at("2026-11-17", 15), at("2026-11-17", 19), team.edu))
    with db.session_scope(engine) as s:
        result = week_copy.copy_week(s, COORDINATOR, date(2026, 11, 16), NOVEMBER, ROME)
    (copy,) = result.created
    copying = declared_writes(week_copy.copy_week)
    assert copying is not None and copying.changes(result) == [(Area.SHIFTS, (copy.id,))]
    for service in (week_copy.publish_week, week_copy.unpublish):
        declared = declared_writes(service)
        assert declared is not None and declared.changes(1) == [(Area.SHIFTS, None)]
