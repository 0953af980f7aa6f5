"""Shift status follows time: published shifts that are over are "to debrief" (rows, the
Calendar's list and count, the Overview), and who can work a drafted time (availability)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from console import db
from console.models import Role, ShiftStatus
from console.services import access, planning
from console.services.planning import availability, to_debrief
from console.services.planning import week as week_module
from console.services.planning.overview import WeekOverview, ZoneWeek, week_overview
from console.services.planning.rules import awaits_debrief
from tests.services.test_planning import (
    COORDINATOR,
    NOVEMBER,
    ROME,
    Team,
    actor,
    add_absence,
    at,
    create,
    draft,
    make_team,
    set_status,
    week,
)

END = at("2026-11-24", 22)  # the end of the published shift of most tests
MINUTE = timedelta(minutes=1)


@pytest.fixture
def team(engine: Engine) -> Team:
    return make_team(engine)


def published(
    engine: Engine, team: Team, start: int = 18, end: int = 22, day: str = "2026-11-24"
) -> planning.ShiftRow:
    row = create(engine, draft(team.roma, at(day, start), at(day, end), team.edu, team.off))
    set_status(engine, row.id, ShiftStatus.PUBLISHED)
    return row


# -- the derived state -----------------------------------------------------------------------


def test_a_published_shift_over_a_minute_ago_is_to_debrief_one_ending_in_a_minute_is_not() -> None:
    assert awaits_debrief(ShiftStatus.PUBLISHED, END, END + MINUTE)
    assert awaits_debrief(ShiftStatus.PUBLISHED, END, END)  # over the moment it ends
    assert not awaits_debrief(ShiftStatus.PUBLISHED, END, END - MINUTE)
    for status in (ShiftStatus.DRAFT, ShiftStatus.DONE, ShiftStatus.CANCELLED):
        assert not awaits_debrief(status, END, END + timedelta(days=3))


def test_week_rows_carry_to_debrief_as_of_now(engine: Engine, team: Team) -> None:
    shift = published(engine, team)
    draft_shift = create(
        engine, draft(team.marconi, at("2026-11-24", 8), at("2026-11-24", 12), team.edu2)
    )
    with db.session_scope(engine) as s:
        before = week_rows(s, END - MINUTE)
        after = week_rows(s, END + MINUTE)
    assert before == {shift.id: False, draft_shift.id: False}
    assert after == {shift.id: True, draft_shift.id: False}
    set_status(engine, shift.id, ShiftStatus.DONE)
    with db.session_scope(engine) as s:
        assert week_rows(s, END + MINUTE)[shift.id] is False


def week_rows(session: Session, now: datetime) -> dict[int, bool]:
    plan = planning.shifts_in_week(session, COORDINATOR, NOVEMBER, ROME, now=now)
    return {row.id: row.to_debrief for row in plan.shifts}


def test_rows_read_without_a_time_follow_the_clock(
    engine: Engine, team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    shift = published(engine, team)
    monkeypatch.setattr(week_module, "utc_now", lambda: END + MINUTE)
    assert next(r for r in week(engine).shifts if r.id == shift.id).to_debrief
    monkeypatch.setattr(week_module, "utc_now", lambda: END - MINUTE)
    assert not next(r for r in week(engine).shifts if r.id == shift.id).to_debrief


# -- the count and list for the badge --------------------------------------------------------


def test_the_badge_counts_the_shifts_to_debrief_newest_first(engine: Engine, team: Team) -> None:
    older = published(engine, team, 9, 12)
    newer = published(engine, team)
    later = published(engine, team, 18, 22, day="2026-11-26")  # not over yet
    with db.session_scope(engine) as s:
        found = to_debrief.shifts_to_debrief(s, COORDINATOR, END + MINUTE)
        none_yet = to_debrief.shifts_to_debrief(s, COORDINATOR, at("2026-11-24", 11, 59))
    assert found.count == 2
    assert [row.id for row in found.shifts] == [newer.id, older.id]
    assert all(row.to_debrief for row in found.shifts)
    assert later.id not in {row.id for row in found.shifts}
    assert none_yet.count == 0
    set_status(engine, newer.id, ShiftStatus.DONE)  # the debrief was recorded
    with db.session_scope(engine) as s:
        assert to_debrief.shifts_to_debrief(s, COORDINATOR, END + MINUTE).count == 1


def test_an_educator_counts_only_the_shifts_they_are_on_a_manager_none(
    engine: Engine, team: Team
) -> None:
    published(engine, team)  # edu and off
    create_other = create(
        engine, draft(team.marconi, at("2026-11-24", 18), at("2026-11-24", 22), team.edu2)
    )
    set_status(engine, create_other.id, ShiftStatus.PUBLISHED)
    now = END + MINUTE
    with db.session_scope(engine) as s:
        assert to_debrief.shifts_to_debrief(s, COORDINATOR, now).count == 2
        assert to_debrief.shifts_to_debrief(s, actor(Role.EDUCATOR, team.edu), now).count == 1
        assert to_debrief.shifts_to_debrief(s, actor(Role.OFFICER, team.off2), now).count == 0
        assert to_debrief.shifts_to_debrief(s, actor(Role.MANAGER, team.manager), now).count == 0


# -- the Overview ----------------------------------------------------------------------------


def test_the_overview_counts_to_debrief_apart_from_published_and_done(
    engine: Engine, team: Team
) -> None:
    published(engine, team)
    published(engine, team, 18, 22, day="2026-11-26")
    done = published(engine, team, 9, 12)
    set_status(engine, done.id, ShiftStatus.DONE)
    with db.session_scope(engine) as s:
        roma = zone_week(week_overview(s, NOVEMBER, ROME, END + MINUTE), team.roma)
        ahead = zone_week(week_overview(s, NOVEMBER, ROME, END - MINUTE), team.roma)
    assert (roma.published, roma.to_debrief, roma.done, roma.shifts) == (1, 1, 1, 3)
    assert (ahead.published, ahead.to_debrief, ahead.done) == (2, 0, 1)


def zone_week(overview: WeekOverview, zone_id: int) -> ZoneWeek:
    return next(z for z in overview.zones if z.zone_id == zone_id)


# -- who can work a time ---------------------------------------------------------------------


def test_availability_says_who_is_absent_busy_short_of_rest_or_over_hours(
    engine: Engine, team: Team
) -> None:
    evening = published(engine, team)  # 18-22 on Tuesday: edu, off
    add_absence(engine, team.off2, at("2026-11-25", 0), at("2026-11-26", 0))
    for day in ("2026-11-23", "2026-11-24"):  # 2 x 8 h of edu2's 20 h contract
        create(engine, draft(team.marconi, at(day, 8), at(day, 16), team.edu2))
    everyone = (team.edu, team.off, team.off2, team.edu2, team.sw)
    # Wednesday 06:00-10:00: off2 absent, edu and off rested only 8 h since 22:00, edu2 over.
    with db.session_scope(engine) as s:
        early = availability.availability(
            s, COORDINATOR, at("2026-11-25", 6), at("2026-11-25", 10), everyone
        )
        # Tuesday 20:00-23:00 in another zone: edu and off are busy in the evening shift.
        clash = availability.availability(
            s, COORDINATOR, at("2026-11-24", 20), at("2026-11-24", 23), everyone
        )
        # The evening shift itself, edited: its own people are not busy in it.
        itself = availability.availability(
            s,
            COORDINATOR,
            at("2026-11-24", 18),
            at("2026-11-24", 22),
            everyone,
            shift_id=evening.id,
        )
    assert early[team.off2].absent and not early[team.off2].busy
    assert early[team.edu].short_rest and early[team.off].short_rest
    assert team.edu2 not in early  # 16 + 4 h: right at the contract's 20 h, not above
    assert team.sw not in early
    assert [(b.id, b.zone_name) for b in clash[team.edu].busy] == [(evening.id, "Piazza Roma")]
    assert clash[team.off].busy[0].starts_at == at("2026-11-24", 18)
    assert team.off2 not in clash and team.sw not in clash
    assert team.edu not in itself and team.off not in itself


def test_availability_reports_hours_above_the_contract(engine: Engine, team: Team) -> None:
    for day in ("2026-11-23", "2026-11-24"):  # 2 x 8 h of edu2's 20 h contract
        create(engine, draft(team.marconi, at(day, 8), at(day, 16), team.edu2))
    with db.session_scope(engine) as s:
        found = availability.availability(
            s, COORDINATOR, at("2026-11-26", 8), at("2026-11-26", 16), (team.edu2, team.edu)
        )
    assert found[team.edu2].hours == pytest.approx(24)
    assert found[team.edu2].contract_hours == pytest.approx(20)
    assert team.edu not in found


def test_availability_never_tells_the_kind_of_an_absence_and_is_for_planners(
    engine: Engine, team: Team
) -> None:
    add_absence(engine, team.off2, at("2026-11-25", 0), at("2026-11-26", 0))
    with db.session_scope(engine) as s:
        found = availability.availability(
            s, COORDINATOR, at("2026-11-25", 18), at("2026-11-25", 22), (team.off2,)
        )
        assert not hasattr(found[team.off2], "absence_kind")
        with pytest.raises(access.PermissionDenied):
            availability.availability(
                s,
                actor(Role.EDUCATOR, team.edu),
                at("2026-11-25", 18),
                at("2026-11-25", 22),
                (team.off2,),
            )
