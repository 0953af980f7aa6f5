"""Absences: listed by range, added, changed with optimistic locking, removed; notes kept close."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Engine, func, select

from console import db
from console.models import (
    Absence,
    AbsenceKind,
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
from console.services.changes import Area, declared_writes
from console.services.planning import absences
from console.services.planning.absences import StaleAbsence
from console.services.planning.rules import ViolationKind
from console.services.planning.week import PlanningError
from tests.factories import ROME, SQUARE

COORDINATOR = access.Actor(
    user_id=None, person_id=None, organization_id=None, role=Role.COORDINATOR, username="c"
)


def day(iso: str, hour: int = 0) -> datetime:
    return datetime.fromisoformat(iso).replace(hour=hour, tzinfo=ROME)


@dataclass(frozen=True)
class People:
    off: int
    off2: int


@pytest.fixture
def people(engine: Engine) -> People:
    with db.session_scope(engine) as s:
        police = Organization(name="Polizia Locale", short_name="PL", kind=OrganizationKind.POLICE)
        off = Person(first_name="Marco", last_name="Rossi", role=Role.OFFICER, organization=police)
        off2 = Person(
            first_name="Giulia", last_name="Verdi", role=Role.OFFICER, organization=police
        )
        s.add_all([police, off, off2])
        s.flush()
        return People(off.id, off2.id)


def add(
    engine: Engine, person_id: int, start: datetime, end: datetime, note: str | None = None
) -> planning.AbsenceRow:
    with db.session_scope(engine) as s:
        return absences.add_absence(
            s,
            COORDINATOR,
            person_id,
            kind=AbsenceKind.LEAVE,
            starts_at=start,
            ends_at=end,
            note=note,
        )


def listed(
    engine: Engine, person_id: int, actor: access.Actor = COORDINATOR
) -> list[planning.AbsenceRow]:
    with db.session_scope(engine) as s:
        return absences.absences_of(
            s, actor, person_id, day("2026-11-23"), day("2026-11-23") + timedelta(days=7)
        )


def count(engine: Engine) -> int:
    with engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(Absence)) or 0


def test_an_absence_is_added_in_utc_and_listed_for_the_range(
    engine: Engine, people: People
) -> None:
    row = add(engine, people.off, day("2026-11-25"), day("2026-11-27"), note="ferie")
    assert (row.person_name, row.kind, row.note, row.version_id) == (
        "Marco Rossi",
        AbsenceKind.LEAVE,
        "ferie",
        1,
    )
    assert row.starts_at == day("2026-11-25") and row.starts_at.tzinfo is UTC
    add(engine, people.off, day("2026-11-16"), day("2026-11-23"))  # ends as the range starts
    add(engine, people.off, day("2026-11-29", 12), day("2026-12-02"))  # runs past its end
    add(engine, people.off2, day("2026-11-25"), day("2026-11-26"))  # someone else
    assert [(a.starts_at, a.ends_at) for a in listed(engine, people.off)] == [
        (day("2026-11-25"), day("2026-11-27")),
        (day("2026-11-29", 12), day("2026-12-02")),
    ]


@pytest.mark.parametrize("hours", [0, -4])
def test_an_absence_must_end_after_it_starts(engine: Engine, people: People, hours: int) -> None:
    start = day("2026-11-25", 8)
    with pytest.raises(PlanningError, match="must end after it starts"):
        add(engine, people.off, start, start + timedelta(hours=hours))
    assert count(engine) == 0


def test_unknown_people_and_absences_are_planning_errors(engine: Engine, people: People) -> None:
    with pytest.raises(PlanningError, match="person 999 does not exist"):
        add(engine, 999, day("2026-11-25"), day("2026-11-26"))
    with (
        pytest.raises(PlanningError, match="absence 5 does not exist"),
        db.session_scope(engine) as s,
    ):
        absences.remove_absence(s, COORDINATOR, 5, 1)


def test_update_changes_the_absence_and_its_version(engine: Engine, people: People) -> None:
    row = add(engine, people.off, day("2026-11-25"), day("2026-11-27"))
    with db.session_scope(engine) as s:
        changed = absences.update_absence(
            s,
            COORDINATOR,
            row.id,
            kind=AbsenceKind.SICKNESS,
            starts_at=day("2026-11-24"),
            ends_at=day("2026-11-28"),
            note="certificato",
            expected_version=1,
        )
    assert (changed.kind, changed.starts_at, changed.note, changed.version_id) == (
        AbsenceKind.SICKNESS,
        day("2026-11-24"),
        "certificato",
        2,
    )
    assert listed(engine, people.off) == [changed]


def test_a_stale_change_raises_and_changes_nothing(engine: Engine, people: People) -> None:
    row = add(engine, people.off, day("2026-11-25"), day("2026-11-27"))
    with db.session_scope(engine) as s:
        newer = absences.update_absence(
            s,
            COORDINATOR,
            row.id,
            kind=AbsenceKind.TRAINING,
            starts_at=row.starts_at,
            ends_at=row.ends_at,
            note=None,
            expected_version=1,
        )
    with pytest.raises(StaleAbsence) as stale, db.session_scope(engine) as s:
        absences.update_absence(
            s,
            COORDINATOR,
            row.id,
            kind=AbsenceKind.OTHER,
            starts_at=row.starts_at,
            ends_at=row.ends_at,
            note=None,
            expected_version=1,
        )
    assert stale.value.current == newer
    with pytest.raises(StaleAbsence), db.session_scope(engine) as s:
        absences.remove_absence(s, COORDINATOR, row.id, 1)
    assert listed(engine, people.off) == [newer]


def test_remove_deletes_the_absence(engine: Engine, people: People) -> None:
    row = add(engine, people.off, day("2026-11-25"), day("2026-11-27"))
    with db.session_scope(engine) as s:
        absences.remove_absence(s, COORDINATOR, row.id, row.version_id)
    assert listed(engine, people.off) == []


def test_the_note_is_for_planners_and_the_absent_person_only(
    engine: Engine, people: People
) -> None:
    add(engine, people.off, day("2026-11-25"), day("2026-11-27"), note="visita medica")

    def reader(role: Role, person_id: int | None) -> access.Actor:
        return access.Actor(None, person_id, None, role, role.value)

    assert listed(engine, people.off, reader(Role.OFFICER, people.off))[0].note == "visita medica"
    assert listed(engine, people.off, reader(Role.OFFICER, people.off2))[0].note is None
    assert listed(engine, people.off, reader(Role.MANAGER, None))[0].note is None
    with db.session_scope(engine) as s:
        plan = planning.shifts_in_week(s, reader(Role.EDUCATOR, None), date(2026, 11, 23), ROME)
    assert [(a.person_id, a.note) for a in plan.absences] == [(people.off, None)]


def test_the_writes_declare_the_absences_area_and_the_row(engine: Engine, people: People) -> None:
    row = add(engine, people.off, day("2026-11-25"), day("2026-11-27"))
    for service in (absences.add_absence, absences.update_absence):
        declared = declared_writes(functools.partial(service, kind=AbsenceKind.LEAVE))
        assert declared is not None and declared.changes(row) == [(Area.ABSENCES, (row.id,))]
    removal = declared_writes(absences.remove_absence)
    assert removal is not None and removal.changes(None) == [(Area.ABSENCES, None)]
    assert declared_writes(absences.absences_of) is None  # a read announces nothing


@pytest.mark.parametrize("kind", list(AbsenceKind))
def test_the_kind_is_health_data_but_a_holiday(engine: Engine, people: People, kind) -> None:
    """A holiday is no secret; any other kind (sickness above all) is seen by coordinators,
    the person and their own organization; the others see only that they are absent, in the
    absences and in the problems of the week alike."""
    with db.session_scope(engine) as s:
        police = s.get_one(Person, people.off).organization_id
        coop = Organization(
            name="Cooperativa", short_name="Coop", kind=OrganizationKind.EDUCATIONAL
        )
        educator = Person(
            first_name="Anna", last_name="Bassi", role=Role.EDUCATOR, organization=coop
        )
        s.add_all([coop, educator])
        s.flush()
        other_org, other_person = coop.id, educator.id
        absences.add_absence(
            s,
            COORDINATOR,
            people.off,
            kind=kind,
            starts_at=day("2026-11-24"),
            ends_at=day("2026-11-26"),
        )
        shift = Shift(
            zone=Zone(name="Piazza Roma", geometry=SQUARE, colour="#d62728"),
            starts_at=day("2026-11-24", 18),
            ends_at=day("2026-11-24", 22),
            kind=ShiftKind.JOINT,
            status=ShiftStatus.PUBLISHED,
            assignments=[ShiftAssignment(person_id=people.off)],
        )
        s.add(shift)
    readers = {
        "coordinator of another body": (COORDINATOR, True),
        "the person": (access.Actor(None, people.off, police, Role.OFFICER, "o"), True),
        "a colleague": (access.Actor(None, people.off2, police, Role.OFFICER, "o2"), True),
        "another body": (access.Actor(None, other_person, other_org, Role.EDUCATOR, "e"), False),
        "a manager": (access.Actor(None, None, None, Role.MANAGER, "m"), False),
        "an administrator": (access.Actor(None, None, None, Role.ADMIN, "a"), False),
    }
    for name, (reader, sees) in readers.items():
        shown = kind if sees or kind is AbsenceKind.LEAVE else None
        with db.session_scope(engine) as s:
            plan = planning.shifts_in_week(s, reader, date(2026, 11, 23), ROME)
        assert [a.kind for a in plan.absences] == [shown], name
        absent = [v for v in plan.violations if v.kind is ViolationKind.ABSENT]
        assert [v.absence_kind for v in absent] == [shown], name
