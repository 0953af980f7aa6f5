"""The Cases section's load reads in a fixed number of SQL statements, whatever the number of
cases, people met, consents, notes and referrals (no query per row)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, event

from console import db
from console.models import (
    Case,
    CaseNote,
    Consent,
    Identification,
    Referral,
    Subject,
    User,
    Visibility,
)
from console.services.cases import operations
from console.services.cases.casework import CaseFilter
from tests.services.casework_world import ROME, TODAY, C, E, S, World, make_world


@pytest.fixture
def world(engine: Engine) -> World:
    return make_world(engine)


def add_cases(engine: Engine, world: World, count: int) -> None:
    """``count`` cases, each about its own named person met with two consents recorded by
    different accounts, with notes for every audience and a referral."""
    x, y = world.orgs["x"], world.orgs["y"]
    educator, social = world.actor(E, "x"), world.actor(S, "y")
    with db.session_scope(engine) as s:
        for number in range(count):
            subject = Subject(
                identification=Identification.NAMED,
                alias=f"Soprannome {number}",
                full_name=f"Persona {number}",
                usual_zone_id=world.zones["roma" if number % 2 else "marconi"],
                created_by_id=educator.user_id,
            )
            s.add(subject)
            s.flush()
            for org, recorder in ((x, educator), (y, social)):
                s.add(
                    Consent(
                        subject_id=subject.id,
                        recipient_organization_id=org,
                        given_on=TODAY - timedelta(days=30),
                        recorded_by_id=recorder.user_id,
                    )
                )
            case = Case(
                title=f"Caso {number}",
                subject_id=subject.id,
                zone_id=world.zones["roma"],
                owner_id=educator.person_id,
                organization_id=x,
                next_review_on=date(2026, 12, 1),
            )
            s.add(case)
            s.flush()
            for visibility in Visibility:
                s.add(
                    CaseNote(
                        case_id=case.id,
                        author_id=educator.user_id,
                        organization_id=x,
                        visibility=visibility,
                        body=f"nota {number}",
                    )
                )
            s.add(Referral(case_id=case.id, from_organization_id=x, to_organization_id=y))


def statements_of(engine: Engine, service: Any, *args: Any) -> tuple[int, Any]:
    """(SQL statements issued, result) of ``service(session, *args)``."""
    issued: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        issued.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        with db.session_scope(engine) as s:
            result = service(s, *args)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    return len(issued), result


def statements_to_load(engine: Engine, world: World) -> tuple[int, int, int, int]:
    """(SQL statements, rows) of the coordinator's load of the section, and (SQL statements,
    people met) of what the New case dialog reads when it opens."""
    coordinator = world.actor(C, "x")
    issued, data = statements_of(
        engine, operations.load_cases, coordinator, CaseFilter(), TODAY, ROME
    )
    asked, subjects = statements_of(engine, operations.new_case_subjects, coordinator)
    return issued, len(data.rows), asked, len(subjects)


def test_the_cases_load_in_as_many_statements_for_100_cases_as_for_10(
    engine: Engine, world: World
) -> None:
    add_cases(engine, world, 10)
    few, rows, few_asked, people = statements_to_load(engine, world)
    assert (rows, people) == (10, 10)
    add_cases(engine, world, 90)
    many, rows, many_asked, people = statements_to_load(engine, world)
    assert (rows, people) == (100, 100)
    assert (many, many_asked) == (few, few_asked)
    assert few <= 20  # a handful: the list, its names and counts, the choices
    assert few_asked <= 8  # the people met, their consents, names and identities


def test_each_person_met_keeps_its_consents_and_recorders(engine: Engine, world: World) -> None:
    add_cases(engine, world, 3)
    with db.session_scope(engine) as s:
        subjects = operations.new_case_subjects(s, world.actor(C, "x"))
        recorders = {u.id: u.username for u in s.query(User)}
    assert recorders  # the accounts that recorded the consents exist
    for subject in subjects:
        assert subject.identity_visible and subject.display_name.startswith("Persona")
        assert [c.recipient_name for c in subject.consents] == [
            "Organization X",
            "Organization Y",
        ]
        assert {c.recorded_by for c in subject.consents} == {"E. X", "S. Y"}
        assert subject.usual_zone_name in {"Piazza Roma", "Piazza Marconi"}
