"""Every write of the meetings services is audited (its free text only as "changed"), every
writing operation declares what it changes, and minutes and decisions carry no names of the
people met."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from console import db
from console.models import (
    ActionStatus,
    Case,
    Consent,
    Identification,
    Meeting,
    Role,
    Subject,
)
from console.services.access.audit import REDACTED_VALUE
from console.services.changes import Area, declared_writes
from console.services.meetings import (
    actions,
    agenda,
    attendance,
    decisions,
    document,
    meetings,
    minutes,
)
from console.services.meetings.common import MeetingError
from console.services.meetings.rows import ActionDraft, MeetingDraft
from tests.services.casework_world import TODAY, audit_entries, audit_text, last_audit_id, run
from tests.services.declarations import writing_functions
from tests.services.meetings_world import (
    HELD_AT,
    ORG,
    SHARED,
    STATEMENT,
    World,
    held_meeting,
    make_world,
)

C, E, P = Role.COORDINATOR, Role.EDUCATOR, Role.OFFICER
PACKAGE = Path(meetings.__file__).parent
PRIVATE_WORDS = (
    "riservatissima",  # agenda notes
    "decisionesegreta",
    "azionesegreta",
    "ragionesegreta",
    "verbalesegreto",
    "rettificasegreta",
)


@pytest.fixture
def world(engine: Engine) -> World:
    return make_world(engine)


def test_every_write_is_audited_without_its_text(engine: Engine, world: World) -> None:
    c, e = world.actor(C), world.actor(E)
    steps = []

    def step(expected: list[tuple[str, str]], fn: object, *args: object) -> object:
        since = last_audit_id(engine)
        result = run(engine, fn, *args)  # type: ignore[arg-type]
        steps.append((fn, [(a, entity) for a, entity, _ in audit_entries(engine, since)], expected))
        return result

    draft = MeetingDraft("Tavolo", HELD_AT, "Sala", (world.orgs["coop"],), (world.person(C),))
    meeting = step([("create", "meetings")], meetings.create_meeting, c, draft)
    meeting = step(
        [("update", "meetings")],
        meetings.update_meeting,
        c,
        meeting.id,
        meeting.version_id,
        MeetingDraft("Tavolo di marzo", HELD_AT),
    )
    first = step([("create", "agenda_items")], agenda.add_agenda_item, c, meeting.id, "Varie")
    second = step([("create", "agenda_items")], agenda.add_agenda_item, c, meeting.id, "Altro")
    first = step(
        [("update", "agenda_items")],
        agenda.edit_agenda_item,
        c,
        first.id,
        first.version_id,
        "Varie",
        "riservatissima",
    )
    step([("update", "agenda_items")], agenda.move_agenda_item, c, second.id, 0)
    step([("update", "meetings")], agenda.remove_agenda_item, c, second.id, second.version_id + 1)
    step(
        [("update", "meetings")],
        attendance.record_attendance,
        c,
        meeting.id,
        world.person(C),
        True,
        True,
    )
    step([("update", "meetings")], attendance.start_meeting, c, meeting.id, STATEMENT)
    decision = step(
        [("create", "decisions")],
        decisions.record_decision,
        c,
        meeting.id,
        first.id,
        "decisionesegreta",
        ORG,
    )
    step(
        [("create", "case_notes"), ("update", "decisions")],
        decisions.decide_note,
        c,
        decision.id,
        world.case_id,
        "Nota del tavolo",
        ORG,
    )
    todo = ActionDraft("azionesegreta", world.person(E), None, None)
    action = step([("create", "action_items")], actions.add_action, c, meeting.id, todo)
    action = step(
        [("update", "action_items")],
        actions.edit_action,
        c,
        action.id,
        action.version_id,
        ActionDraft("azionesegreta due", world.person(E), None, TODAY),
    )
    step(
        [("update", "action_items")],
        actions.set_action_status,
        e,
        action.id,
        action.version_id,
        ActionStatus.IMPOSSIBLE,
        "ragionesegreta",
    )
    entry = step(
        [("create", "minute_entries")],
        minutes.add_minute_entry,
        e,
        meeting.id,
        first.id,
        "verbalesegreto",
        SHARED,
    )
    step(
        [("create", "minute_entries")], minutes.amend_minute_entry, e, entry.id, "rettificasegreta"
    )
    with db.session_scope(engine) as s:
        version = s.get_one(Meeting, meeting.id).version_id
    step([("update", "meetings")], minutes.approve_minutes, c, meeting.id, version)
    for fn, found, expected in steps:
        assert found == expected, fn
    text = audit_text(engine)
    for word in PRIVATE_WORDS:
        assert word not in text
    assert REDACTED_VALUE in text
    assert '"agenda_removed"' in text and '"attendance"' in text


def _declared() -> set[str]:
    found = set()
    for module in (meetings, agenda, attendance, decisions, actions, minutes, document):
        for name in dir(module):
            fn = getattr(module, name)
            own = callable(fn) and getattr(fn, "__module__", "") == module.__name__
            if own and declared_writes(fn) is not None:
                found.add(f"{module.__name__.rsplit('.', 1)[-1]}.{name}")
    return found


def test_no_writing_operation_is_left_undeclared() -> None:
    writers = {"audit_write", "record", "_link"}
    found = writing_functions(PACKAGE, writers) - {"common.audit_write"}  # the helper itself
    assert found == _declared()
    assert len(_declared()) == 23


@pytest.mark.parametrize(
    ("fn", "areas"),
    [
        (decisions.decide_shift, (Area.MEETINGS, Area.SHIFTS)),
        (decisions.decide_case_review, (Area.MEETINGS, Area.CASES)),
        (decisions.decide_case_owner, (Area.MEETINGS, Area.CASES)),
        (decisions.decide_referral, (Area.MEETINGS, Area.REFERRALS, Area.CASES)),
        (decisions.decide_note, (Area.MEETINGS, Area.NOTES)),
        (decisions.decide_zone_threshold, (Area.MEETINGS, Area.ZONES)),
    ],
)
def test_an_effect_announces_the_decision_and_the_row_it_made(fn: object, areas: tuple) -> None:
    declared = declared_writes(fn)  # type: ignore[arg-type]
    assert declared is not None and declared.areas == areas

    class Row:
        id = 4
        effect_id = 9

    changes = dict(declared.changes(Row()))
    assert changes[Area.MEETINGS] == (4,)
    assert changes[areas[1]] == (9,)


# -- no names of people met -----------------------------------------------------------------


@pytest.fixture
def named(engine: Engine, world: World) -> World:
    """The case's person is Mario Bianchi; the cooperative has his consent, the police not."""
    with db.session_scope(engine) as s:
        subject = Subject(
            identification=Identification.NAMED, alias="giacca rossa", full_name="Mario Bianchi"
        )
        s.add(subject)
        s.flush()
        s.add(
            Consent(
                subject_id=subject.id,
                recipient_organization_id=world.orgs["coop"],
                legal_basis="consenso",
                given_on=TODAY - timedelta(days=30),
            )
        )
        s.get_one(Case, world.case_id).subject_id = subject.id
    return world


def _held(engine: Engine, world: World) -> tuple[int, int]:
    meeting = held_meeting(engine, world)
    item = run(
        engine,
        agenda.add_agenda_item,
        world.actor(C),
        meeting,
        "Panchine",
        agenda.AgendaKind.CASE,
        None,
        world.case_id,
    ).id
    return meeting, item


@pytest.mark.parametrize("text", ["Parlato con Mario Bianchi", "MARIO BIANCHI ha accettato"])
def test_minutes_and_decisions_refuse_a_name_the_writer_knows(
    engine: Engine, named: World, text: str
) -> None:
    meeting, item = _held(engine, named)
    calls = [
        lambda: run(engine, minutes.add_minute_entry, named.actor(E), meeting, item, text, SHARED),
        lambda: run(engine, decisions.record_decision, named.actor(C), meeting, item, text, SHARED),
        lambda: run(
            engine,
            actions.add_action,
            named.actor(C),
            meeting,
            ActionDraft(text, None, named.orgs["coop"], None),
        ),
    ]
    for call in calls:
        with pytest.raises(MeetingError) as refused:
            call()
        assert refused.value.code == "meeting_text_names_person"


def test_the_minutes_blank_a_name_the_writer_was_never_shown(engine: Engine, named: World) -> None:
    meeting, item = _held(engine, named)
    officer = named.actor(P, "pl")  # the police have no consent: the console never named him
    run(engine, minutes.add_minute_entry, officer, meeting, item, "Visto Mario Bianchi", SHARED)
    for audience, org in ((SHARED, None), (ORG, named.orgs["pl"])):
        doc = run(engine, document.minutes_document, officer, meeting, audience, org)
        printed = repr(doc)
        assert "Bianchi" not in printed and "Visto […]" in printed
