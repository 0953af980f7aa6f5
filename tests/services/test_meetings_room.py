"""Meeting mode: what the projector shows for an item, for the room (every organization present
must be in a text's audience, and the coordinator at the keyboard too); "Restricted" with the
agencies involved instead of the content; the person's name only with everyone's consent; one
audited reading per item per meeting."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import Engine, select

from console import db
from console.models import (
    ActionItem,
    AgendaItem,
    AgendaKind,
    AgendaSource,
    AuditEvent,
    Case,
    Consent,
    Identification,
    Referral,
    ReferralStatus,
    Role,
    ShiftStatus,
    Subject,
    Zone,
)
from console.services.access import PermissionDenied
from console.services.cases import casework
from console.services.meetings import agenda, room
from console.services.meetings.common import MeetingError
from tests import factories
from tests.services.casework_world import TODAY, run
from tests.services.meetings_world import (
    HELD_AT,
    ORG,
    SHARED,
    SOCIAL,
    World,
    held_meeting,
    make_world,
    plan_meeting,
)

C, E, P, S, M = Role.COORDINATOR, Role.EDUCATOR, Role.OFFICER, Role.SOCIAL_WORKER, Role.MANAGER
NOTES = {
    "condivisa": (E, "coop", SHARED),
    "cooperativa": (E, "coop", ORG),
    "sociale": (S, "sst", SOCIAL),
    "polizia": (P, "pl", ORG),
}


@pytest.fixture
def world(engine: Engine) -> World:
    world = make_world(engine)
    for word, (role, org, audience) in NOTES.items():
        run(
            engine,
            casework.add_note,
            world.actor(role, org),
            world.case_id,
            f"Nota {word}",
            audience,
        )
    return world


def _case_item(engine: Engine, world: World, meeting: int) -> int:
    coordinator = world.actor(C)
    return run(
        engine,
        agenda.add_agenda_item,
        coordinator,
        meeting,
        "Panchine",
        AgendaKind.CASE,
        None,
        world.case_id,
    ).id


def _shown_notes(view: room.ItemView) -> dict[str, bool]:
    """For each note (by its word): shown (True) or restricted (False)."""
    assert view.case is not None
    found = {}
    for note in view.case.notes:
        if note.restricted:
            assert note.body is None
            continue
        found[note.body.split()[-1]] = True  # type: ignore[union-attr]
    return {word: found.get(word, False) for word in NOTES}


# (who attends, who looks) -> which notes the projector shows
ROOMS = [
    pytest.param(
        [(C, "coop"), (P, "pl")], (C, "coop"),
        {"condivisa": True, "cooperativa": False, "sociale": False, "polizia": False},
        id="coop-and-police",
    ),
    pytest.param(
        [(C, "coop"), (E, "coop")], (C, "coop"),
        {"condivisa": True, "cooperativa": True, "sociale": False, "polizia": False},
        id="only-the-cooperative",
    ),
    pytest.param(
        [(P, "pl"), (C, "pl")], (C, "pl"),
        {"condivisa": True, "cooperativa": False, "sociale": False, "polizia": True},
        id="only-the-police",
    ),
    pytest.param(
        [(S, "sst"), (C, "sst")], (S, "sst"),
        {"condivisa": True, "cooperativa": False, "sociale": True, "polizia": False},
        id="only-social-services",
    ),
    pytest.param(
        [(S, "sst"), (C, "sst")], (C, "sst"),  # the room may, the one looking may not
        {"condivisa": True, "cooperativa": False, "sociale": False, "polizia": False},
        id="social-services-seen-by-their-coordinator",
    ),
    pytest.param(
        [(C, "coop"), (P, "pl"), (S, "sst"), (C, "comune")], (C, "coop"),
        {"condivisa": True, "cooperativa": False, "sociale": False, "polizia": False},
        id="every-agency",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("present", "looking", "expected"), ROOMS)
def test_the_projector_shows_only_what_the_whole_room_may_read(
    engine: Engine,
    world: World,
    present: list[tuple[Role, str]],
    looking: tuple[Role, str],
    expected: dict[str, bool],
) -> None:
    meeting = held_meeting(engine, world, *present)
    item = _case_item(engine, world, meeting)
    view = run(engine, room.item_view, world.actor(*looking), meeting, item, today=TODAY)
    assert view.room.organization_ids == tuple(sorted({world.orgs[o] for _, o in present}))
    assert _shown_notes(view) == expected
    assert view.case is not None
    for note in view.case.notes:
        if note.restricted:
            assert note.body is None and note.organization_name  # "Restricted" and the agency
    # Every agency involved is named, whatever the room reads.
    assert set(view.case.agencies_involved) == {"COOP", "PL", "SST"}


def test_a_room_without_social_services_sees_their_notes_as_restricted(
    engine: Engine, world: World
) -> None:
    meeting = held_meeting(engine, world, (C, "coop"), (P, "pl"))
    view = run(engine, room.item_view, world.actor(C), meeting, _case_item(engine, world, meeting))
    assert view.case is not None
    social = [n for n in view.case.notes if n.audience is SOCIAL]
    assert [(n.restricted, n.body, n.organization_name) for n in social] == [(True, None, "SST")]
    assert "sociale" not in repr(view)


def test_opening_a_case_item_is_audited_once_per_item_per_meeting(
    engine: Engine, world: World
) -> None:
    meeting = held_meeting(engine, world, (C, "coop"), (P, "pl"))
    first = _case_item(engine, world, meeting)
    second = _case_item(engine, world, meeting)
    for _ in range(3):
        run(engine, room.item_view, world.actor(C), meeting, first)
    run(engine, room.item_view, world.actor(C, "coop"), meeting, second)
    run(engine, room.item_view, world.actor(E, "coop"), meeting, second)
    other = held_meeting(engine, world, (C, "coop"), held_at=HELD_AT + timedelta(days=7))
    other_item = _case_item(engine, world, other)
    run(engine, room.item_view, world.actor(C), other, other_item)
    case = str(world.case_id)
    with db.session_scope(engine) as s:
        reads = [
            (e.entity, e.entity_id, e.justification, e.details)
            for e in s.scalars(
                select(AuditEvent).where(AuditEvent.action == "read").order_by(AuditEvent.id)
            )
        ]
    assert reads == [
        ("cases", case, room.REASON, {"meeting": meeting, "agenda_item": first}),
        ("cases", case, room.REASON, {"meeting": meeting, "agenda_item": second}),
        ("cases", case, room.REASON, {"meeting": other, "agenda_item": other_item}),
    ]
    assert room.REASON == "coordination meeting"


def _name_the_person(engine: Engine, world: World, consents: list[str]) -> None:
    with db.session_scope(engine) as s:
        subject = Subject(
            identification=Identification.NAMED, alias="giacca rossa", full_name="Mario Bianchi"
        )
        s.add(subject)
        s.flush()
        for org in consents:
            s.add(
                Consent(
                    subject_id=subject.id,
                    recipient_organization_id=world.orgs[org],
                    legal_basis="consenso",
                    given_on=TODAY - timedelta(days=30),
                )
            )
        s.get_one(Case, world.case_id).subject_id = subject.id


@pytest.mark.parametrize(
    ("consents", "label"),
    [
        (["coop", "pl"], "Mario Bianchi"),  # everyone present has consent
        (["coop"], "giacca rossa"),  # the police present have none: the nickname
        ([], "giacca rossa"),
    ],
)
def test_the_name_only_with_consent_for_every_organization_present(
    engine: Engine, world: World, consents: list[str], label: str
) -> None:
    _name_the_person(engine, world, consents)
    meeting = held_meeting(engine, world, (C, "coop"), (P, "pl"))
    view = run(engine, room.item_view, world.actor(C), meeting, _case_item(engine, world, meeting))
    assert view.case is not None
    assert (view.case.subject_label, view.case.identification) == (label, Identification.NAMED)
    if label != "Mario Bianchi":
        assert "Bianchi" not in repr(view)


def test_an_anonymous_person_has_no_label(engine: Engine, world: World) -> None:
    with db.session_scope(engine) as s:
        subject = Subject(identification=Identification.ANONYMOUS)
        s.add(subject)
        s.flush()
        s.get_one(Case, world.case_id).subject_id = subject.id
    meeting = held_meeting(engine, world)
    view = run(engine, room.item_view, world.actor(C), meeting, _case_item(engine, world, meeting))
    assert view.case is not None
    assert (view.case.subject_label, view.case.identification) == (None, Identification.ANONYMOUS)


def _generated(engine: Engine, meeting: int, kind: AgendaKind, **links: object) -> int:
    with db.session_scope(engine) as s:
        count = len(s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting)).all())
        item = AgendaItem(
            meeting_id=meeting,
            position=count,
            kind=kind,
            source=AgendaSource.GENERATED,
            reason="test",
            title="x",
            **links,
        )
        s.add(item)
        s.flush()
        return item.id


def test_a_carried_over_action_beyond_the_room_is_restricted(engine: Engine, world: World) -> None:
    earlier = held_meeting(engine, world, held_at=HELD_AT - timedelta(days=14))
    with db.session_scope(engine) as s:
        action = ActionItem(
            meeting_id=earlier,
            text="Solo cooperativa",
            audience=ORG,
            organization_id=world.orgs["coop"],
            status_reason="",
        )
        s.add(action)
        s.flush()
        action_id = action.id
    only_coop = held_meeting(engine, world, (C, "coop"), (E, "coop"))
    mixed = held_meeting(engine, world, (C, "coop"), (P, "pl"), held_at=HELD_AT + timedelta(1))
    for meeting, restricted in ((only_coop, False), (mixed, True)):
        item = _generated(engine, meeting, AgendaKind.ACTIONS, action_item_id=action_id)
        view = run(engine, room.item_view, world.actor(C), meeting, item)
        assert view.action is not None and view.action.id == action_id
        assert view.action.restricted is restricted
        assert ("Solo cooperativa" in repr(view)) is not restricted


def test_zone_referral_and_planning_items(engine: Engine, world: World) -> None:
    with db.session_scope(engine) as s:
        referral = Referral(
            case_id=world.case_id,
            from_organization_id=world.orgs["coop"],
            to_organization_id=world.orgs["sst"],
            status=ReferralStatus.SENT,
            reason="Ragione riservata",
        )
        s.add(referral)
        monday = date(2026, 11, 30)
        zone = s.get_one(Zone, world.zones["roma"])
        s.add(factories.shift(zone, HELD_AT + timedelta(days=6), 3, status=ShiftStatus.DRAFT))
        s.flush()
        referral_id = referral.id
    meeting = held_meeting(engine, world)
    zone_item = _generated(engine, meeting, AgendaKind.ZONE, zone_id=world.zones["roma"])
    referral_item = _generated(engine, meeting, AgendaKind.REFERRAL, referral_id=referral_id)
    planning_item = _generated(engine, meeting, AgendaKind.PLANNING, week_monday=monday)
    coordinator = world.actor(C)
    assert (
        run(engine, room.item_view, coordinator, meeting, zone_item).zone_id == world.zones["roma"]
    )
    shown = run(engine, room.item_view, coordinator, meeting, referral_item)
    assert shown.referral is not None
    assert (shown.referral.status, shown.referral.from_name, shown.referral.to_name) == (
        ReferralStatus.SENT,
        "COOP",
        "SST",
    )
    assert "Ragione riservata" not in repr(shown)
    problems = run(engine, room.item_view, coordinator, meeting, planning_item).planning
    assert problems is not None and problems.monday == monday
    # A joint shift with nobody: no educator, no officer, and a draft.
    assert (problems.no_educator, problems.no_officer, problems.drafts) == (1, 1, 1)


def test_the_projector_needs_a_meeting_under_way(engine: Engine, world: World) -> None:
    meeting = plan_meeting(engine, world)
    item = _case_item(engine, world, meeting)
    with pytest.raises(MeetingError) as refused:
        run(engine, room.item_view, world.actor(C), meeting, item)
    assert refused.value.code == "meeting_not_held"


def test_a_manager_sees_no_case_on_the_projector(engine: Engine, world: World) -> None:
    meeting = held_meeting(engine, world)
    item = _case_item(engine, world, meeting)
    with pytest.raises(PermissionDenied):
        run(engine, room.item_view, world.actor(M), meeting, item)


def test_an_item_of_another_meeting_is_refused(engine: Engine, world: World) -> None:
    meeting = held_meeting(engine, world)
    other = plan_meeting(engine, world, held_at=HELD_AT + timedelta(days=7))
    item = _case_item(engine, world, other)
    with pytest.raises(MeetingError) as refused:
        run(engine, room.item_view, world.actor(C), meeting, item)
    assert refused.value.code == "agenda_item_other_meeting"
