"""The agenda proposed from the data (carried-over actions, zones, cases, referrals, next week's
problems, in that order, each subject once), idempotent and respectful of what was removed by
hand; and the agenda edited freely: added, moved, retitled, removed, positions 0..n-1."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import Engine

from console import db
from console.models import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    AgendaKind,
    AgendaSource,
    Case,
    CaseStatus,
    Priority,
    Referral,
    ReferralStatus,
    Role,
    ShiftStatus,
    Signal,
    SignalKind,
    Zone,
)
from console.services.access import PermissionDenied
from console.services.meetings import agenda, meetings
from console.services.meetings.common import MeetingError, StaleMeeting
from tests import factories
from tests.services.casework_world import TODAY, audit_entries, last_audit_id, run
from tests.services.meetings_world import (
    HELD_AT,
    ORG,
    SHARED,
    World,
    held_meeting,
    make_world,
    plan_meeting,
)

C, E = Role.COORDINATOR, Role.EDUCATOR
DAY = timedelta(days=1)
LAST = HELD_AT - 14 * DAY  # the last meeting: 11 November


def _at(day: date, hour: int = 21) -> datetime:
    return datetime.combine(day, datetime.min.time(), factories.ROME).replace(hour=hour)


@pytest.fixture
def data(engine: Engine) -> tuple[World, dict[str, int]]:
    """The last meeting two weeks ago with open actions; Roma above its threshold; Marconi
    busier since the last meeting with nobody there; cases due, urgent or closed; referrals;
    a draft shift next week."""
    world = make_world(engine)
    last = held_meeting(engine, world, held_at=LAST)
    ids: dict[str, int] = {}
    with db.session_scope(engine) as s:
        coop = world.orgs["coop"]
        for name, due, audience, status in (
            ("later", TODAY + 3 * DAY, SHARED, ActionStatus.OPEN),
            ("sooner", TODAY - DAY, ORG, ActionStatus.OPEN),
            ("done", TODAY - 2 * DAY, SHARED, ActionStatus.DONE),
        ):
            action = ActionItem(
                meeting_id=last,
                text=f"Azione {name}",
                audience=audience,
                organization_id=coop,
                owner_id=world.person(E),
                due_on=due,
                status=status,
                status_reason="",
            )
            s.add(action)
            s.flush()
            ids[f"action_{name}"] = action.id
        roma, marconi = (
            s.get_one(Zone, world.zones["roma"]),
            s.get_one(Zone, world.zones["marconi"]),
        )
        roma.review_threshold, marconi.review_threshold = 1.0, 100.0
        for n in range(8):  # 2 a week over the last four weeks, as many before as after
            s.add(_signal(roma, _at(date(2026, 11, 2) + 2 * n * DAY)))
        s.add(_signal(marconi, _at(date(2026, 11, 5))))
        for n in range(3):
            s.add(_signal(marconi, _at(date(2026, 11, 15) + n * DAY)))
        s.add(factories.shift(marconi, _at(date(2026, 11, 3), 18), 3))  # presence before only
        s.add(factories.shift(roma, _at(date(2026, 12, 1), 18), 3, status=ShiftStatus.DRAFT))
        owner = world.person(C)
        cases = {
            "due": Case(title="Da rivedere", next_review_on=date(2026, 11, 20)),
            "due_and_urgent": Case(
                title="Urgente e da rivedere",
                priority=Priority.HIGH,
                next_review_on=date(2026, 11, 24),
            ),
            "urgent": Case(title="Urgente", priority=Priority.HIGH),
            "closed": Case(
                title="Chiuso",
                priority=Priority.HIGH,
                status=CaseStatus.CLOSED,
                next_review_on=date(2026, 11, 1),
                closed_at=_at(date(2026, 11, 2)),
            ),
            "later": Case(title="Più avanti", next_review_on=date(2026, 12, 20)),
        }
        for key, case in cases.items():
            case.owner_id, case.organization_id = owner, coop
            s.add(case)
            s.flush()
            ids[f"case_{key}"] = case.id
        sst = world.orgs["sst"]
        for key, status, answered in (
            ("waiting", ReferralStatus.SENT, None),
            ("declined", ReferralStatus.DECLINED, _at(date(2026, 11, 18))),
            ("declined_before", ReferralStatus.DECLINED, _at(date(2026, 11, 5))),
            ("accepted", ReferralStatus.ACCEPTED, _at(date(2026, 11, 18))),
        ):
            referral = Referral(
                case_id=world.case_id,
                from_organization_id=coop,
                to_organization_id=sst,
                status=status,
                answered_at=answered,
                decline_reason="No" if status is ReferralStatus.DECLINED else None,
                sent_at=_at(date(2026, 11, 1)),
            )
            s.add(referral)
            s.flush()
            ids[f"referral_{key}"] = referral.id
    return world, ids


def _signal(zone: Zone, when: datetime) -> Signal:
    return Signal(
        kind=SignalKind.CITIZEN_REPORT,
        occurred_at=when,
        zone=zone,
        category="noise",
        summary="Schiamazzi",
    )


def _summary(rows: list[agenda.AgendaItemRow]) -> list[tuple[str, object]]:
    def subject(row: agenda.AgendaItemRow) -> object:
        return (
            row.action_item_id or row.referral_id or row.zone_id or row.week_monday or row.case_id
        )

    return [(row.reason, subject(row)) for row in rows]


def test_the_data_proposes_the_agenda_in_order(
    engine: Engine, data: tuple[World, dict[str, int]]
) -> None:
    world, ids = data
    meeting = plan_meeting(engine, world)
    since = last_audit_id(engine)
    rows = run(engine, agenda.propose_agenda, world.actor(C), meeting, TODAY)
    assert _summary(rows) == [
        ("action_open", ids["action_sooner"]),
        ("action_open", ids["action_later"]),
        ("zone_threshold", world.zones["roma"]),
        ("zone_pressure_rising", world.zones["marconi"]),
        ("case_review_due", ids["case_due"]),
        ("case_review_due", ids["case_due_and_urgent"]),
        ("case_high_priority", ids["case_urgent"]),
        ("referral_waiting", ids["referral_waiting"]),
        ("referral_declined", ids["referral_declined"]),
        ("planning_problems", date(2026, 11, 30)),
    ]
    assert [r.position for r in rows] == list(range(len(rows)))
    assert {r.source for r in rows} == {AgendaSource.GENERATED}
    assert [r.kind for r in rows][:4] == [AgendaKind.ACTIONS] * 2 + [AgendaKind.ZONE] * 2
    titles = [r.title for r in rows]
    # An action for its organization only is titled by who does it, not by what it says.
    assert titles[0] == "Educator COOP · COOP" and titles[1] == "Azione later"
    assert titles[2:4] == ["Piazza Roma", "Piazza Marconi"]
    assert titles[7] == "Conflitti alle panchine · COOP → SST"
    assert titles[9] == "2026-W49"
    created = [e for e in audit_entries(engine, since) if e[:2] == ("create", "agenda_items")]
    assert len(created) == len(rows)


def test_proposing_again_adds_nothing_and_never_what_was_removed(
    engine: Engine, data: tuple[World, dict[str, int]]
) -> None:
    world, ids = data
    coordinator = world.actor(C)
    meeting = plan_meeting(engine, world)
    first = run(engine, agenda.propose_agenda, coordinator, meeting, TODAY)
    assert run(engine, agenda.propose_agenda, coordinator, meeting, TODAY) == []
    roma = next(r for r in first if r.reason == "zone_threshold")
    run(engine, agenda.remove_agenda_item, coordinator, roma.id, roma.version_id)
    assert run(engine, agenda.propose_agenda, coordinator, meeting, TODAY) == []
    with db.session_scope(engine) as s:
        s.get_one(Case, ids["case_later"]).priority = Priority.HIGH
    added = run(engine, agenda.propose_agenda, coordinator, meeting, TODAY)
    assert _summary(added) == [("case_high_priority", ids["case_later"])]
    assert added[0].position == len(first) - 1  # after what is there, positions 0..n-1
    # Another meeting is proposed the removed zone again.
    other = plan_meeting(engine, world, held_at=HELD_AT + DAY)
    again = run(engine, agenda.propose_agenda, coordinator, other, TODAY)
    assert ("zone_threshold", world.zones["roma"]) in _summary(again)


def test_an_item_added_by_hand_is_not_proposed_twice(
    engine: Engine, data: tuple[World, dict[str, int]]
) -> None:
    world, ids = data
    coordinator = world.actor(C)
    meeting = plan_meeting(engine, world)
    run(
        engine,
        agenda.add_agenda_item,
        coordinator,
        meeting,
        "Urgente",
        AgendaKind.CASE,
        None,
        ids["case_urgent"],
    )
    rows = run(engine, agenda.propose_agenda, coordinator, meeting, TODAY)
    assert ("case_high_priority", ids["case_urgent"]) not in _summary(rows)
    assert rows[0].position == 1


def test_the_next_meeting_carries_over_what_is_still_open(
    engine: Engine, data: tuple[World, dict[str, int]]
) -> None:
    world, ids = data
    coordinator = world.actor(C)
    with db.session_scope(engine) as s:
        s.get_one(ActionItem, ids["action_later"]).status = ActionStatus.IMPOSSIBLE
    meeting = plan_meeting(engine, world)
    carried = [
        r.action_item_id
        for r in run(engine, agenda.propose_agenda, coordinator, meeting, TODAY)
        if r.reason == "action_open"
    ]
    assert carried == [ids["action_sooner"]]


def test_no_problems_next_week_no_planning_item(engine: Engine) -> None:
    world = make_world(engine)
    meeting = plan_meeting(engine, world)
    assert run(engine, agenda.propose_agenda, world.actor(C), meeting, TODAY) == []


# -- editing by hand -------------------------------------------------------------------------


def test_items_are_added_moved_edited_and_removed(engine: Engine) -> None:
    world = make_world(engine)
    coordinator = world.actor(C)
    meeting = plan_meeting(engine, world)
    a = run(engine, agenda.add_agenda_item, coordinator, meeting, "Uno")
    b = run(
        engine,
        agenda.add_agenda_item,
        coordinator,
        meeting,
        "Due",
        AgendaKind.ZONE,
        world.zones["roma"],
    )
    c = run(
        engine,
        agenda.add_agenda_item,
        coordinator,
        meeting,
        "Tre",
        AgendaKind.CASE,
        None,
        world.case_id,
    )
    assert (b.zone_name, c.case_id, a.source) == ("Piazza Roma", world.case_id, AgendaSource.FREE)
    moved = run(engine, agenda.move_agenda_item, coordinator, c.id, 0)
    assert [(r.id, r.position) for r in moved] == [(c.id, 0), (a.id, 1), (b.id, 2)]
    moved = run(engine, agenda.move_agenda_item, coordinator, c.id, 99)  # clamped to the end
    assert [r.id for r in moved] == [a.id, b.id, c.id]
    b_now = next(r for r in moved if r.id == b.id)
    edited = run(
        engine,
        agenda.edit_agenda_item,
        coordinator,
        b.id,
        b_now.version_id,
        "Roma",
        "Portare i dati",
    )
    assert (edited.title, edited.notes) == ("Roma", "Portare i dati")
    with pytest.raises(StaleMeeting):
        run(engine, agenda.edit_agenda_item, coordinator, b.id, b_now.version_id, "X", "")
    run(
        engine,
        agenda.remove_agenda_item,
        coordinator,
        a.id,
        next(r for r in moved if r.id == a.id).version_id,
    )
    detail = run(engine, meetings.meeting_detail, coordinator, meeting)
    assert [(r.id, r.position) for r in detail.agenda] == [(b.id, 0), (c.id, 1)]
    manager = run(engine, meetings.meeting_detail, world.actor(Role.MANAGER), meeting)
    assert [(r.title, r.notes) for r in manager.agenda] == [("Roma", ""), ("", "")]


@pytest.mark.parametrize(
    ("kind", "code"),
    [
        (AgendaKind.ZONE, "agenda_zone_required"),
        (AgendaKind.CASE, "agenda_case_required"),
        (AgendaKind.ACTIONS, "agenda_kind_not_free"),
        (AgendaKind.PLANNING, "agenda_kind_not_free"),
        (AgendaKind.REFERRAL, "agenda_kind_not_free"),
    ],
)
def test_a_free_item_is_about_a_zone_a_case_or_anything_else(
    engine: Engine, kind: AgendaKind, code: str
) -> None:
    world = make_world(engine)
    meeting = plan_meeting(engine, world)
    with pytest.raises(MeetingError) as refused:
        run(engine, agenda.add_agenda_item, world.actor(C), meeting, "Punto", kind)
    assert refused.value.code == code
    with pytest.raises(MeetingError) as refused:
        run(engine, agenda.add_agenda_item, world.actor(C), meeting, " ")
    assert refused.value.code == "agenda_title_required"
    with pytest.raises(MeetingError) as refused:
        run(engine, agenda.add_agenda_item, world.actor(C), meeting, "Z", AgendaKind.ZONE, 999)
    assert refused.value.code == "not_found"


def test_a_referral_item_names_its_case_only_for_the_partners(engine: Engine) -> None:
    world = make_world(engine)
    meeting = plan_meeting(engine, world)
    with db.session_scope(engine) as s:
        case = s.get(Case, world.case_id)
        assert case is not None
        referral = Referral(
            case_id=case.id,
            from_organization_id=world.orgs["coop"],
            to_organization_id=world.orgs["pl"],
            reason="Segnalazione",
        )
        s.add(referral)
        s.flush()
        s.add(
            AgendaItem(
                meeting_id=meeting,
                position=0,
                kind=AgendaKind.REFERRAL,
                source=AgendaSource.GENERATED,
                reason="referral_waiting",
                title=f"{case.title} · COOP → PL",
                case_id=case.id,
                referral_id=referral.id,
            )
        )
    partner = run(engine, meetings.meeting_detail, world.actor(C), meeting).agenda
    manager = run(engine, meetings.meeting_detail, world.actor(Role.MANAGER), meeting).agenda
    assert [r.title for r in partner] == ["Conflitti alle panchine · COOP → PL"]
    assert [(r.title, r.referral_id) for r in manager] == [("", partner[0].referral_id)]


def test_a_removed_proposal_is_put_back_as_it_was(
    engine: Engine, data: tuple[World, dict[str, int]]
) -> None:
    world, _ids = data
    coordinator = world.actor(C)
    meeting = plan_meeting(engine, world)
    first = run(engine, agenda.propose_agenda, coordinator, meeting, TODAY)
    roma = next(r for r in first if r.reason == "zone_threshold")
    roma = run(engine, agenda.edit_agenda_item, coordinator, roma.id, roma.version_id,
               roma.title, "Portare il grafico")  # fmt: skip
    run(engine, agenda.remove_agenda_item, coordinator, roma.id, roma.version_id)
    with pytest.raises(PermissionDenied):
        run(engine, agenda.restore_agenda_item, world.actor(E), roma, roma.position)
    back = run(engine, agenda.restore_agenda_item, coordinator, roma, roma.position)
    same = ("kind", "source", "reason", "title", "zone_id", "notes", "position")
    assert [getattr(back, f) for f in same] == [getattr(roma, f) for f in same]
    detail = run(engine, meetings.meeting_detail, coordinator, meeting)
    assert [r.position for r in detail.agenda] == list(range(len(first)))
    assert run(engine, agenda.propose_agenda, coordinator, meeting, TODAY) == []  # on it again
    run(engine, agenda.remove_agenda_item, coordinator, back.id, back.version_id)
    assert run(engine, agenda.propose_agenda, coordinator, meeting, TODAY) == []  # removed again
