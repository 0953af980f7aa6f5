"""Planning services: the week, its problems, the people to plan, rights, speed.

Editing shifts is tested in ``test_shift_edits``, publishing and copying weeks in
``test_week_copy``; both use the helpers here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, event, func, select

from console import db
from console.models import (
    Absence,
    AbsenceKind,
    AvailabilityKind,
    AvailabilityRule,
    Organization,
    OrganizationKind,
    Person,
    Role,
    Shift,
    ShiftAssignment,
    ShiftKind,
    ShiftStatus,
    Zone,
)
from console.services import access, planning
from console.services.planning import absences, availability, shift_edits, week_copy
from console.services.planning.rules import ViolationKind
from console.services.planning.shift_edits import ShiftDraft
from tests.factories import ROME, SQUARE

NOVEMBER = date(2026, 11, 23)  # an ordinary week
COORDINATOR = access.Actor(
    user_id=None, person_id=None, organization_id=None, role=Role.COORDINATOR, username="c"
)


def at(day: str, hour: int, minute: int = 0) -> datetime:
    """A local time in Cremona (hour 24 = midnight at the end of the day)."""
    base = datetime.fromisoformat(day).replace(tzinfo=ROME)
    if hour == 24:
        return (base + timedelta(days=1)).replace(hour=0, minute=minute)
    return base.replace(hour=hour, minute=minute)


@dataclass(frozen=True)
class Team:
    comune: int
    coop: int
    police: int
    social: int
    edu: int  # Lucia Bianchi, educator, 30 h
    edu2: int  # Paolo Neri, educator, 20 h
    off: int  # Marco Rossi, officer, 36 h
    off2: int  # Giulia Verdi, officer, 36 h
    sw: int  # Anna Gallo, social worker, 18 h
    coord: int  # Carla Conti, coordinator of the Comune
    manager: int  # never assigned
    leaver: int  # educator who left on 2026-03-25
    inactive: int  # educator switched off
    roma: int
    marconi: int


def make_team(engine: Engine) -> Team:
    """Four organizations, nine people and two zones; the ``team`` fixture of each planning
    test module."""
    with db.session_scope(engine) as s:
        orgs = {
            kind: Organization(name=name, short_name=name[:6], kind=kind)
            for kind, name in (
                (OrganizationKind.MUNICIPALITY, "Comune di Cremona"),
                (OrganizationKind.EDUCATIONAL, "Cooperativa Il Cortile"),
                (OrganizationKind.POLICE, "Polizia Locale"),
                (OrganizationKind.SOCIAL_SERVICES, "Servizio Sociale"),
            )
        }
        s.add_all(orgs.values())
        s.flush()

        def person(first: str, last: str, role: Role, kind: OrganizationKind, **kw: Any) -> Person:
            p = Person(
                first_name=first,
                last_name=last,
                role=role,
                organization_id=orgs[kind].id,
                weekly_hours=kw.pop("hours", 36),
                **kw,
            )
            s.add(p)
            return p

        edu = person("Lucia", "Bianchi", Role.EDUCATOR, OrganizationKind.EDUCATIONAL, hours=30)
        edu2 = person("Paolo", "Neri", Role.EDUCATOR, OrganizationKind.EDUCATIONAL, hours=20)
        off = person("Marco", "Rossi", Role.OFFICER, OrganizationKind.POLICE)
        off2 = person("Giulia", "Verdi", Role.OFFICER, OrganizationKind.POLICE)
        sw = person("Anna", "Gallo", Role.SOCIAL_WORKER, OrganizationKind.SOCIAL_SERVICES, hours=18)
        coord = person("Carla", "Conti", Role.COORDINATOR, OrganizationKind.MUNICIPALITY)
        manager = person("Mario", "Mori", Role.MANAGER, OrganizationKind.MUNICIPALITY)
        leaver = person(
            "Luca",
            "Esposito",
            Role.EDUCATOR,
            OrganizationKind.EDUCATIONAL,
            left_on=date(2026, 3, 25),
        )
        inactive = person("Ivo", "Fermi", Role.EDUCATOR, OrganizationKind.EDUCATIONAL, active=False)
        roma = Zone(name="Piazza Roma", geometry=SQUARE, colour="#d62728")
        marconi = Zone(name="Piazza Marconi", geometry=SQUARE, colour="#2ca02c")
        s.add_all([roma, marconi])
        s.flush()
        return Team(
            comune=orgs[OrganizationKind.MUNICIPALITY].id,
            coop=orgs[OrganizationKind.EDUCATIONAL].id,
            police=orgs[OrganizationKind.POLICE].id,
            social=orgs[OrganizationKind.SOCIAL_SERVICES].id,
            edu=edu.id,
            edu2=edu2.id,
            off=off.id,
            off2=off2.id,
            sw=sw.id,
            coord=coord.id,
            manager=manager.id,
            leaver=leaver.id,
            inactive=inactive.id,
            roma=roma.id,
            marconi=marconi.id,
        )


@pytest.fixture
def team(engine: Engine) -> Team:
    return make_team(engine)


def draft(
    zone: int,
    start: datetime,
    end: datetime,
    *people: int,
    kind: ShiftKind = ShiftKind.JOINT,
    objectives: str = "",
) -> ShiftDraft:
    return ShiftDraft(zone, start, end, kind, objectives, people)


def create(engine: Engine, shift: ShiftDraft) -> planning.ShiftRow:
    with db.session_scope(engine) as s:
        return shift_edits.create_shift(s, COORDINATOR, shift)


def week(engine: Engine, monday: date = NOVEMBER, **filters: int) -> planning.WeekPlan:
    with db.session_scope(engine) as s:
        return planning.shifts_in_week(s, COORDINATOR, monday, ROME, **filters)


def set_status(engine: Engine, shift_id: int, status: ShiftStatus) -> None:
    with db.session_scope(engine) as s:
        s.get_one(Shift, shift_id).status = status


def add_absence(engine: Engine, person_id: int, start: datetime, end: datetime) -> None:
    with db.session_scope(engine) as s:
        absences.add_absence(
            s, COORDINATOR, person_id, kind=AbsenceKind.LEAVE, starts_at=start, ends_at=end
        )


def snapshot(engine: Engine) -> tuple[object, ...]:
    """Everything a planning service could write, to prove that nothing was written."""
    with engine.connect() as conn:
        shifts = conn.execute(
            select(
                Shift.id,
                Shift.starts_at,
                Shift.ends_at,
                Shift.status,
                Shift.objectives,
                Shift.version_id,
                Shift.updated_at,
            ).order_by(Shift.id)
        ).all()
        assignments = conn.execute(
            select(ShiftAssignment.shift_id, ShiftAssignment.person_id).order_by(
                ShiftAssignment.shift_id, ShiftAssignment.person_id
            )
        ).all()
        away = conn.execute(
            select(Absence.id, Absence.starts_at, Absence.ends_at, Absence.version_id)
        ).all()
    return tuple(shifts), tuple(assignments), tuple(away)


def found(violations: Any) -> list[tuple[ViolationKind, int | None, int | None]]:
    return sorted((v.kind, v.shift_id, v.person_id) for v in violations)


# -- weeks -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("monday", "hours"),
    [(date(2026, 11, 23), 168), (date(2026, 3, 23), 167), (date(2026, 10, 19), 169)],
)
def test_week_bounds_are_local_midnights_in_utc(monday: date, hours: int) -> None:
    start, end = planning.week_bounds(monday, ROME)
    assert start.tzinfo is UTC and end.tzinfo is UTC
    assert start.astimezone(ROME).replace(tzinfo=None) == datetime.combine(
        monday, datetime.min.time()
    )
    assert end.astimezone(ROME).date() == monday + timedelta(days=7)
    assert end.astimezone(ROME).hour == 0
    assert end - start == timedelta(hours=hours)


def test_week_bounds_refuse_a_day_that_is_not_a_monday() -> None:
    with pytest.raises(ValueError, match="not a Monday"):
        planning.week_bounds(date(2026, 11, 24), ROME)


def test_a_shift_across_sunday_midnight_is_in_both_weeks(engine: Engine, team: Team) -> None:
    night = create(engine, draft(team.roma, at("2026-11-29", 22), at("2026-11-30", 2), team.off))
    ends_at_monday = create(engine, draft(team.roma, at("2026-11-22", 20), at("2026-11-23", 0)))
    starts_next_monday = create(engine, draft(team.roma, at("2026-11-30", 0), at("2026-11-30", 4)))
    this_week = {row.id for row in week(engine, NOVEMBER).shifts}
    next_week = {row.id for row in week(engine, date(2026, 11, 30)).shifts}
    assert night.id in this_week and night.id in next_week
    assert ends_at_monday.id not in this_week
    assert starts_next_monday.id not in this_week and starts_next_monday.id in next_week


def test_the_week_lists_shifts_by_start_with_zone_and_people(engine: Engine, team: Team) -> None:
    later = create(engine, draft(team.roma, at("2026-11-26", 18), at("2026-11-26", 22), team.off))
    first = create(
        engine,
        draft(team.marconi, at("2026-11-24", 15), at("2026-11-24", 19), team.off, team.edu),
    )
    plan = week(engine)
    assert [row.id for row in plan.shifts] == [first.id, later.id]
    row = plan.shifts[0]
    assert (row.zone_name, row.zone_colour, row.status) == (
        "Piazza Marconi",
        "#2ca02c",
        ShiftStatus.DRAFT,
    )
    assert [(p.short_name, p.role) for p in row.people] == [
        ("L. Bianchi", Role.EDUCATOR),
        ("M. Rossi", Role.OFFICER),
    ]
    assert row.starts_at == at("2026-11-24", 15) and row.starts_at.tzinfo is UTC
    assert (plan.tz_name, plan.monday) == ("Europe/Rome", NOVEMBER)


def test_filters_by_zone_organization_and_person(engine: Engine, team: Team) -> None:
    joint = create(
        engine, draft(team.roma, at("2026-11-24", 15), at("2026-11-24", 19), team.edu, team.off)
    )
    patrol = create(
        engine,
        draft(
            team.marconi,
            at("2026-11-25", 15),
            at("2026-11-25", 19),
            team.off2,
            kind=ShiftKind.PATROL,
        ),
    )
    outreach = create(
        engine,
        draft(
            team.roma, at("2026-11-26", 9), at("2026-11-26", 13), team.sw, kind=ShiftKind.OUTREACH
        ),
    )

    def ids(**filters: int) -> set[int]:
        return {row.id for row in week(engine, **filters).shifts}

    assert ids() == {joint.id, patrol.id, outreach.id}
    assert ids(zone_id=team.marconi) == {patrol.id}
    assert ids(organization_id=team.police) == {joint.id, patrol.id}
    assert ids(organization_id=team.social) == {outreach.id}
    assert ids(person_id=team.edu) == {joint.id}
    assert ids(zone_id=team.roma, organization_id=team.police) == {joint.id}


def test_absences_of_the_week_follow_the_person_and_organization_filters(
    engine: Engine, team: Team
) -> None:
    add_absence(engine, team.off2, at("2026-11-25", 0), at("2026-11-27", 0))
    add_absence(engine, team.edu, at("2026-11-28", 0), at("2026-12-05", 0))
    add_absence(engine, team.edu, at("2026-11-10", 0), at("2026-11-23", 0))  # ends at Monday 00:00
    assert [a.person_name for a in week(engine).absences] == ["Giulia Verdi", "Lucia Bianchi"]
    assert [a.person_id for a in week(engine, person_id=team.edu).absences] == [team.edu]
    assert [a.person_id for a in week(engine, organization_id=team.police).absences] == [team.off2]


def test_a_long_absence_that_began_months_before_the_week_is_in_it(
    engine: Engine, team: Team
) -> None:
    # Read by its end: the week reads by their start only the absences begun up to two
    # months before it. One that ended long ago, and one that ended just before, are not in it.
    add_absence(engine, team.edu, at("2026-05-04", 0), at("2027-02-01", 0))
    add_absence(engine, team.off2, at("2026-01-05", 0), at("2026-05-01", 0))
    add_absence(engine, team.off, at("2026-06-01", 0), at("2026-11-23", 0))
    shift = create(
        engine,
        draft(team.roma, at("2026-11-25", 15), at("2026-11-25", 19), team.edu, team.off),
    )
    plan = week(engine)
    assert [a.person_id for a in plan.absences] == [team.edu]
    assert (ViolationKind.ABSENT, shift.id, team.edu) in found(plan.violations)


# -- problems --------------------------------------------------------------------------------


def test_an_officer_in_two_overlapping_shifts_is_a_problem_on_both(
    engine: Engine, team: Team
) -> None:
    a = create(
        engine, draft(team.roma, at("2026-11-24", 15), at("2026-11-24", 19), team.edu, team.off)
    )
    b = create(
        engine,
        draft(team.marconi, at("2026-11-24", 18), at("2026-11-24", 22), team.edu2, team.off),
    )
    assert found(week(engine).violations) == [
        (ViolationKind.OVERLAP, a.id, team.off),
        (ViolationKind.OVERLAP, b.id, team.off),
    ]
    # Filtered to one zone, the problem is still seen, but only on the shown shift.
    shown = week(engine, zone_id=team.roma).violations
    assert found(shown) == [(ViolationKind.OVERLAP, a.id, team.off)]
    assert shown[0].other_shift_id == b.id


def test_short_rest_from_sunday_night_to_monday_morning_crosses_the_weeks(
    engine: Engine, team: Team
) -> None:
    sunday = create(
        engine, draft(team.roma, at("2026-11-29", 18), at("2026-11-29", 24), team.edu, team.off)
    )
    monday = create(
        engine, draft(team.roma, at("2026-11-30", 8), at("2026-11-30", 12), team.edu2, team.off)
    )
    next_week = week(engine, date(2026, 11, 30))
    assert found(next_week.violations) == [(ViolationKind.SHORT_REST, monday.id, team.off)]
    assert next_week.violations[0].other_shift_id == sunday.id
    assert [row.id for row in next_week.shifts] == [monday.id]
    assert week(engine).violations == ()  # reported on the Monday shift, not in this week


def test_a_shift_planned_during_an_absence_is_a_problem(engine: Engine, team: Team) -> None:
    add_absence(engine, team.off2, at("2026-11-25", 0), at("2026-11-27", 0))
    shift = create(
        engine,
        draft(team.roma, at("2026-11-25", 15), at("2026-11-25", 19), team.edu, team.off2),
    )
    assert found(week(engine).violations) == [(ViolationKind.ABSENT, shift.id, team.off2)]


def add_weekly(
    engine: Engine,
    person_id: int,
    weekday: int,
    hours: tuple[int, int] | None = None,
    kind: AvailabilityKind = AvailabilityKind.UNAVAILABLE,
) -> None:
    """A recurring availability rule (the whole day when ``hours`` is None)."""
    start, end = (None, None) if hours is None else (hours[0] * 60, hours[1] * 60)
    with db.session_scope(engine) as s:
        s.add(
            AvailabilityRule(
                person_id=person_id, kind=kind, weekday=weekday, start_minute=start, end_minute=end
            )
        )


def test_a_shift_in_a_time_declared_unavailable_is_a_problem_like_an_absence(
    engine: Engine, team: Team
) -> None:
    add_weekly(engine, team.off2, 2, (14, 18))  # Wednesdays 14-18
    add_weekly(engine, team.edu2, 4)  # never on Fridays
    add_weekly(engine, team.edu, 2, (14, 18), AvailabilityKind.PREFERRED)  # no rule
    wednesday = create(
        engine, draft(team.roma, at("2026-11-25", 17), at("2026-11-25", 21), team.edu, team.off2)
    )
    evening = create(  # after the unavailable hours: fine
        engine,
        draft(team.marconi, at("2026-11-25", 18), at("2026-11-25", 22), team.edu2, team.off),
    )
    night = create(  # Thursday night into Friday
        engine, draft(team.roma, at("2026-11-26", 22), at("2026-11-27", 2), team.edu2, team.off)
    )
    plan = week(engine)
    assert found(plan.violations) == sorted(
        [
            (ViolationKind.UNAVAILABLE, wednesday.id, team.off2),
            (ViolationKind.UNAVAILABLE, night.id, team.edu2),
        ]
    )
    assert evening.id not in {v.shift_id for v in plan.violations}
    # The shift dialog hears it before saving, and its people picker says who.
    with db.session_scope(engine) as s:
        problems = shift_edits.check_draft(
            s,
            COORDINATOR,
            draft(team.roma, at("2026-11-25", 9), at("2026-11-25", 15), team.edu, team.off2),
        )
        assert found(problems) == [(ViolationKind.UNAVAILABLE, 0, team.off2)]
        free = availability.availability(
            s, COORDINATOR, at("2026-11-27", 9), at("2026-11-27", 12), [team.edu, team.edu2]
        )
        assert set(free) == {team.edu2} and free[team.edu2].unavailable
        assert not free[team.edu2].free


def test_cancelled_shifts_are_shown_but_break_no_rule(engine: Engine, team: Team) -> None:
    a = create(engine, draft(team.roma, at("2026-11-24", 15), at("2026-11-24", 19), team.off))
    b = create(engine, draft(team.roma, at("2026-11-24", 16), at("2026-11-24", 20), team.off))
    with db.session_scope(engine) as s:
        shift_edits.cancel_shift(s, COORDINATOR, b.id, b.version_id)
    plan = week(engine)
    assert [row.status for row in plan.shifts] == [ShiftStatus.DRAFT, ShiftStatus.CANCELLED]
    assert {v.kind for v in plan.violations} == {ViolationKind.NO_EDUCATOR}
    assert {v.shift_id for v in plan.violations} == {a.id}


# -- people for the dialog -------------------------------------------------------------------


def test_people_for_planning_by_organization_with_planned_and_contract_hours(
    engine: Engine, team: Team
) -> None:
    create(engine, draft(team.roma, at("2026-11-24", 15), at("2026-11-24", 19), team.edu, team.off))
    create(engine, draft(team.roma, at("2026-11-29", 22), at("2026-11-30", 3), team.edu))  # 2 h in
    gone = create(engine, draft(team.roma, at("2026-11-25", 15), at("2026-11-25", 19), team.edu))
    with db.session_scope(engine) as s:
        shift_edits.cancel_shift(s, COORDINATOR, gone.id, gone.version_id)
        people = planning.people_for_planning(s, COORDINATOR, NOVEMBER, ROME)
    assert [(p.organization_name, p.full_name) for p in people] == [
        ("Comune di Cremona", "Carla Conti"),
        ("Cooperativa Il Cortile", "Lucia Bianchi"),
        ("Cooperativa Il Cortile", "Paolo Neri"),
        ("Polizia Locale", "Marco Rossi"),
        ("Polizia Locale", "Giulia Verdi"),
        ("Servizio Sociale", "Anna Gallo"),
    ]  # no manager, no one inactive, no one who left before the week
    load = {p.id: p for p in people}
    assert load[team.edu].planned_hours == pytest.approx(6)
    assert load[team.edu].weekly_hours == 30
    assert load[team.off].planned_hours == pytest.approx(4)
    assert load[team.sw].planned_hours == 0
    assert all(p.active for p in people)


def test_planned_hours_are_real_hours_on_the_october_night(engine: Engine, team: Team) -> None:
    create(engine, draft(team.roma, at("2026-10-24", 22), at("2026-10-25", 6), team.off))
    with db.session_scope(engine) as s:
        people = planning.people_for_planning(s, COORDINATOR, date(2026, 10, 19), ROME)
    assert next(p for p in people if p.id == team.off).planned_hours == pytest.approx(9)


def test_someone_who_left_but_is_still_planned_is_listed_as_not_active(
    engine: Engine, team: Team
) -> None:
    create(
        engine, draft(team.roma, at("2026-03-24", 15), at("2026-03-24", 19), team.leaver, team.off)
    )
    with db.session_scope(engine) as s:
        after_leaving = planning.people_for_planning(s, COORDINATOR, date(2026, 3, 30), ROME)
        while_there = planning.people_for_planning(s, COORDINATOR, date(2026, 3, 23), ROME)
    assert team.leaver not in {p.id for p in after_leaving}
    leaver = next(p for p in while_there if p.id == team.leaver)
    assert leaver.active and leaver.planned_hours == pytest.approx(4)


# -- rights ----------------------------------------------------------------------------------

NOT_PLANNERS = [role for role in Role if role is not Role.COORDINATOR]


def actor(role: Role, person_id: int | None = None) -> access.Actor:
    return access.Actor(
        user_id=None, person_id=person_id, organization_id=None, role=role, username=role.value
    )


@dataclass(frozen=True)
class Planned:
    shift: int
    published: int
    cancelled: int
    absence: int
    change: ShiftDraft


@pytest.fixture
def planned(engine: Engine, team: Team) -> Planned:
    shift = create(
        engine, draft(team.roma, at("2026-11-24", 15), at("2026-11-24", 19), team.edu, team.off)
    )
    published = create(engine, draft(team.roma, at("2026-11-25", 15), at("2026-11-25", 19)))
    set_status(engine, published.id, ShiftStatus.PUBLISHED)
    cancelled = create(engine, draft(team.roma, at("2026-11-26", 15), at("2026-11-26", 19)))
    set_status(engine, cancelled.id, ShiftStatus.CANCELLED)
    with db.session_scope(engine) as s:
        absence = absences.add_absence(
            s,
            COORDINATOR,
            team.off2,
            kind=AbsenceKind.SICKNESS,
            starts_at=at("2026-11-27", 0),
            ends_at=at("2026-11-28", 0),
            note="certificate received",
        )
    change = draft(team.marconi, at("2026-11-24", 16), at("2026-11-24", 20), team.edu2)
    return Planned(shift.id, published.id, cancelled.id, absence.id, change)


WRITERS: dict[str, Callable[[Any, access.Actor, Planned], object]] = {
    "create_shift": lambda s, a, p: shift_edits.create_shift(s, a, p.change),
    "update_shift": lambda s, a, p: shift_edits.update_shift(s, a, p.shift, p.change, 1),
    "cancel_shift": lambda s, a, p: shift_edits.cancel_shift(s, a, p.shift, 1),
    "restore_shift": lambda s, a, p: shift_edits.restore_shift(
        s, a, p.cancelled, ShiftStatus.DRAFT
    ),
    "delete_draft": lambda s, a, p: shift_edits.delete_draft(s, a, p.shift),
    "publish_week": lambda s, a, p: week_copy.publish_week(s, a, NOVEMBER, ROME),
    "unpublish": lambda s, a, p: week_copy.unpublish(s, a, [p.published]),
    "copy_week": lambda s, a, p: week_copy.copy_week(s, a, NOVEMBER, date(2026, 11, 30), ROME),
    "check_draft": lambda s, a, p: shift_edits.check_draft(s, a, p.change),  # a planner's tool
    "add_absence": lambda s, a, p: absences.add_absence(
        s,
        a,
        p.change.person_ids[0],
        kind=AbsenceKind.LEAVE,
        starts_at=at("2026-11-24", 0),
        ends_at=at("2026-11-25", 0),
    ),
    "update_absence": lambda s, a, p: absences.update_absence(
        s,
        a,
        p.absence,
        kind=AbsenceKind.LEAVE,
        starts_at=at("2026-11-27", 0),
        ends_at=at("2026-11-29", 0),
        note=None,
        expected_version=1,
    ),
    "remove_absence": lambda s, a, p: absences.remove_absence(s, a, p.absence, 1),
}


@pytest.mark.parametrize("role", NOT_PLANNERS)
def test_only_a_coordinator_plans(engine: Engine, planned: Planned, role: Role) -> None:
    before = snapshot(engine)
    for name, service in WRITERS.items():
        with pytest.raises(access.PermissionDenied), db.session_scope(engine) as s:
            service(s, actor(role), planned)
        assert snapshot(engine) == before, name


@pytest.mark.parametrize("service", sorted(WRITERS))
def test_a_coordinator_may_do_each_of_them(engine: Engine, planned: Planned, service: str) -> None:
    before = snapshot(engine)
    with db.session_scope(engine) as s:
        WRITERS[service](s, COORDINATOR, planned)
    if service != "check_draft":
        assert snapshot(engine) != before


@pytest.mark.parametrize("role", list(Role))
def test_every_role_reads_the_calendar(
    engine: Engine, team: Team, planned: Planned, role: Role
) -> None:
    reader = actor(role)
    with db.session_scope(engine) as s:
        plan = planning.shifts_in_week(s, reader, NOVEMBER, ROME)
        people = planning.people_for_planning(s, reader, NOVEMBER, ROME)
        away = absences.absences_of(s, reader, team.off2, at("2026-11-23", 0), at("2026-11-30", 0))
    assert len(plan.shifts) == 3 and len(plan.absences) == 1
    assert team.edu in {p.id for p in people}
    assert [a.id for a in away] == [planned.absence]


# -- speed -----------------------------------------------------------------------------------


def test_the_week_takes_a_few_queries_whatever_the_number_of_shifts(
    engine: Engine, team: Team
) -> None:
    people = [team.edu, team.off, team.edu2, team.off2, team.sw]

    def add_shifts(first: int, last: int) -> None:
        with db.session_scope(engine) as s:
            for i in range(first, last):
                start = at("2026-11-23", 0) + timedelta(hours=3 * i)
                s.add(
                    Shift(
                        zone_id=team.roma if i % 2 else team.marconi,
                        starts_at=start,
                        ends_at=start + timedelta(hours=2),
                        kind=ShiftKind.JOINT,
                        assignments=[
                            ShiftAssignment(person_id=people[i % 5]),
                            ShiftAssignment(person_id=people[(i + 1) % 5]),
                        ],
                    )
                )

    def statements_for_the_week() -> tuple[int, planning.WeekPlan]:
        statements: list[str] = []

        def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            statements.append(statement)

        event.listen(engine, "before_cursor_execute", count)
        try:
            plan = week(engine)
        finally:
            event.remove(engine, "before_cursor_execute", count)
        return len(statements), plan

    add_absence(engine, team.off2, at("2026-11-25", 0), at("2026-11-27", 0))
    for person_id in people:  # everyone's weekly rules are read at once
        add_weekly(engine, person_id, 6, (3, 4))
        add_weekly(engine, person_id, 5, kind=AvailabilityKind.PREFERRED)
    add_shifts(0, 5)
    few, plan = statements_for_the_week()
    assert len(plan.shifts) == 5 and plan.violations
    add_shifts(5, 50)
    many, plan = statements_for_the_week()
    assert len(plan.shifts) == 50
    assert {len(row.people) for row in plan.shifts} == {2}
    assert few == many <= 6
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(Shift)) == 50


def test_calendar_choices_list_zones_and_organizations_by_name(engine) -> None:
    make_team(engine)
    with db.session_scope(engine) as s:
        choices = planning.calendar_choices(s, actor(Role.EDUCATOR))
    assert [z.name for z in choices.zones] == sorted(z.name for z in choices.zones)
    assert len(choices.zones) >= 2 and len(choices.organizations) >= 2
