"""The Calendar's operations as services: the week it loads in one session and the printable
week plan it writes (the undoable edits are in ``test_undoable``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine

from console import db
from console.models import Role, ShiftKind
from console.services import access
from console.services.planning import operations, printout
from console.services.planning.holidays import HolidayCalendar
from console.services.planning.operations import WeekFilter
from console.services.planning.rules import ViolationKind
from tests.reports.test_week_plan import pdf_text
from tests.services.test_planning import (
    COORDINATOR,
    NOVEMBER,
    ROME,
    Team,
    actor,
    at,
    create,
    draft,
    make_team,
)


@pytest.fixture
def team(engine: Engine) -> Team:
    return make_team(engine)


def _load(engine: Engine, shown: WeekFilter, reader: access.Actor = COORDINATOR):
    with db.session_scope(engine) as s:
        return operations.load_week(s, reader, NOVEMBER, ROME, shown)


def test_load_week_reads_the_week_as_filtered_with_all_the_choices(
    engine: Engine, team: Team
) -> None:
    joint = create(
        engine, draft(team.roma, at("2026-11-24", 15), at("2026-11-24", 19), team.edu, team.off)
    )
    overlapping = create(
        engine,
        draft(
            team.marconi,
            at("2026-11-24", 17),
            at("2026-11-24", 21),
            team.off,
            kind=ShiftKind.PATROL,
        ),
    )

    everything = _load(engine, WeekFilter())
    assert [row.id for row in everything.plan.shifts] == [joint.id, overlapping.id]
    assert ViolationKind.OVERLAP in {v.kind for v in everything.plan.violations}
    assert everything.plan.monday == NOVEMBER

    only_roma = _load(engine, WeekFilter(zone_id=team.roma))
    assert [row.id for row in only_roma.plan.shifts] == [joint.id]
    # The filters narrow the shifts, never the choices offered nor the people to plan.
    assert only_roma.choices == everything.choices
    assert only_roma.people == everything.people
    assert {z.name for z in only_roma.choices.zones} == {"Piazza Roma", "Piazza Marconi"}
    assert {p.id for p in only_roma.people} >= {team.edu, team.off, team.off2, team.sw}
    assert [row.id for row in _load(engine, WeekFilter(person_id=team.edu)).plan.shifts] == [
        joint.id
    ]
    police = _load(engine, WeekFilter(organization_id=team.police))
    assert [row.id for row in police.plan.shifts] == [joint.id, overlapping.id]


def test_load_week_is_read_by_every_role(engine: Engine, team: Team) -> None:
    create(engine, draft(team.roma, at("2026-11-24", 15), at("2026-11-24", 19), team.edu))
    for role in Role:
        data = _load(engine, WeekFilter(), actor(role, team.edu))
        assert data.plan.monday == NOVEMBER


def test_write_week_plan_writes_the_whole_week_as_a_pdf(
    engine: Engine, team: Team, tmp_path: Path
) -> None:
    create(engine, draft(team.roma, at("2026-11-24", 15), at("2026-11-24", 19), team.edu))
    create(engine, draft(team.marconi, at("2026-11-27", 18), at("2026-11-27", 22), team.off))
    target = tmp_path / "piano.pdf"
    request = printout.PlanRequest(NOVEMBER, ROME, "en", target)
    with db.session_scope(engine) as s:
        assert printout.write_week_plan(s, COORDINATOR, request) == 2
    text = pdf_text(target.read_bytes())
    assert "Piazza Roma" in text and "Piazza Marconi" in text


def test_write_week_plan_into_a_missing_folder_raises(
    engine: Engine, team: Team, tmp_path: Path
) -> None:
    target = tmp_path / "missing" / "piano.pdf"
    with db.session_scope(engine) as s, pytest.raises(OSError):
        printout.write_week_plan(s, COORDINATOR, printout.PlanRequest(NOVEMBER, ROME, "it", target))
    assert not target.parent.exists()


def test_the_week_comes_with_its_holidays_named_in_the_language_asked(
    engine: Engine, team: Team
) -> None:
    with db.session_scope(engine) as s:
        omobono = date(2026, 11, 9)  # the week of Sant'Omobono, Cremona's patron saint
        cremona = operations.load_week(s, COORDINATOR, omobono, ROME, WeekFilter())
        milan = operations.load_week(
            s, COORDINATOR, omobono, ROME, WeekFilter(), holidays=HolidayCalendar("MI")
        )
        english = operations.load_week(
            s,
            COORDINATOR,
            date(2026, 12, 7),
            ROME,
            WeekFilter(),
            holidays=HolidayCalendar(language="en"),
        )
    assert cremona.holidays == {date(2026, 11, 13): "Sant'Omobono"}
    assert milan.holidays == {}
    assert english.holidays == {date(2026, 12, 8): "Immaculate Conception"}
