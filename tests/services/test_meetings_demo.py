"""The demo's meetings: last week's closed with its minutes for each audience, decisions and
actions; next week's planned with the agenda the data proposes (the flagged zone, the cases due,
the actions carried over, the problems of the week after), which proposing again leaves alone."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from console import db
from console.models import (
    ActionStatus,
    Case,
    CaseStatus,
    EffectKind,
    Meeting,
    MeetingStatus,
    Shift,
    Subject,
    User,
    Visibility,
)
from console.services import access, demo
from console.services.meetings import actions, agenda, document, meetings
from console.services.meetings.rows import ActionFilter
from tests.factories import ROME
from tests.services.casework_world import run

TODAY = date(2026, 3, 11)  # a Wednesday
NEXT_MEETING_DAY = date(2026, 3, 18)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    path: Path = tmp_path_factory.mktemp("meetings-demo") / "demo.db"
    engine = db.open_database(db.sqlite_url(path)).engine
    with db.session_scope(engine) as s:
        demo.seed_demo(s, TODAY)
    yield engine
    engine.dispose()


def _actor(engine: Engine, username: str) -> access.Actor:
    with db.session_scope(engine) as s:
        return access.actor_for(s.scalars(select(User).where(User.username == username)).one())


def _meetings(engine: Engine) -> tuple[meetings.MeetingRow, meetings.MeetingRow]:
    rows = run(engine, meetings.list_meetings, _actor(engine, "coordinatore"))
    assert [r.status for r in rows] == [MeetingStatus.PLANNED, MeetingStatus.CLOSED]
    return rows[0], rows[1]


def test_last_weeks_meeting_is_closed_with_its_minutes(seeded: Engine) -> None:
    _, past = _meetings(seeded)
    assert past.held_at < datetime.combine(TODAY, datetime.min.time(), ROME)
    assert past.approved_at is not None and len(past.organization_ids) == 4
    assert past.participants and all(
        p.attended and p.acknowledged_at is not None for p in past.participants
    )
    social = _actor(seeded, "assistente")
    detail = run(seeded, meetings.meeting_detail, social, past.id, today=TODAY)
    assert {m.audience for m in detail.minutes} == set(Visibility)
    shifted = [d for d in detail.decisions if d.effect_kind is EffectKind.SHIFT]
    assert len(shifted) == 1
    with db.session_scope(seeded) as s:
        shift = s.get_one(Shift, shifted[0].effect_id)
        assert shift.zone.name == "Piazza Marconi" and shift.starts_at > past.held_at
    statuses = sorted((a.status, a.overdue) for a in detail.actions)
    assert statuses == sorted(
        [
            (ActionStatus.OPEN, True),
            (ActionStatus.OPEN, False),
            (ActionStatus.DONE, False),
            (ActionStatus.IMPOSSIBLE, False),
        ]
    )
    impossible = next(a for a in detail.actions if a.status is ActionStatus.IMPOSSIBLE)
    assert impossible.restricted  # for the Polizia Locale only: the social worker sees its agency
    with db.session_scope(seeded) as s:
        assert s.get_one(Meeting, past.id).confidentiality_text


def test_next_weeks_agenda_is_proposed_from_the_data(seeded: Engine) -> None:
    upcoming, past = _meetings(seeded)
    assert upcoming.held_at.astimezone(ROME).date() == NEXT_MEETING_DAY
    assert len(upcoming.organization_ids) == 4 and len(upcoming.participants) == 6
    assert not any(p.attended for p in upcoming.participants)
    coordinator = _actor(seeded, "coordinatore")
    items = run(seeded, meetings.meeting_detail, coordinator, upcoming.id).agenda
    reasons = [item.reason for item in items]
    assert reasons == sorted(reasons, key=ORDER.index)  # the order of the proposal
    # The flagged zone.
    assert [i.zone_name for i in items if i.reason == "zone_threshold"] == ["Piazza Marconi"]
    # The cases due by the meeting's day.
    with db.session_scope(seeded) as s:
        due = set(
            s.scalars(
                select(Case.id).where(
                    Case.next_review_on <= NEXT_MEETING_DAY, Case.status != CaseStatus.CLOSED
                )
            )
        )
    assert len(due) >= 2
    assert {i.case_id for i in items if i.reason == "case_review_due"} == due
    # Every action still open from last week, carried over.
    past_detail = run(seeded, meetings.meeting_detail, coordinator, past.id)
    still_open = {a.id for a in past_detail.actions if a.status is ActionStatus.OPEN}
    assert {i.action_item_id for i in items if i.reason == "action_open"} == still_open
    # The problems of the week after the meeting.
    (planning,) = [i for i in items if i.reason == "planning_problems"]
    assert planning.week_monday == NEXT_MEETING_DAY + timedelta(days=5)
    assert "referral_waiting" in reasons
    # Proposing again adds nothing.
    assert run(seeded, agenda.propose_agenda, coordinator, upcoming.id, TODAY) == []


ORDER = [
    "action_open",
    "zone_threshold",
    "zone_pressure_rising",
    "case_review_due",
    "case_high_priority",
    "referral_waiting",
    "referral_declined",
    "planning_problems",
]


def test_the_demo_minutes_carry_no_name_of_a_person_met(seeded: Engine) -> None:
    _, past = _meetings(seeded)
    with db.session_scope(seeded) as s:
        names = [n for n in s.scalars(select(Subject.full_name)) if n]
    assert names
    for audience in (Visibility.SHARED, Visibility.SOCIAL_SERVICES):
        doc = run(seeded, document.minutes_document, access.COMMAND_LINE, past.id, audience)
        printed = repr(doc)
        assert all(name not in printed for name in names)
        assert doc.summary and doc.items


def test_the_tracker_shows_the_overdue_action_first_and_the_badge_counts(seeded: Engine) -> None:
    coordinator = _actor(seeded, "coordinatore")
    rows = run(seeded, actions.action_tracker, coordinator, ActionFilter(), TODAY)
    assert rows[0].overdue and not any(r.overdue for r in rows[1:])
    assert run(seeded, actions.my_open_actions, coordinator, TODAY) == 0  # hers is done
    manager = _actor(seeded, "dirigente")
    shown = run(seeded, actions.action_tracker, manager, ActionFilter(), TODAY)
    assert [r.restricted for r in shown].count(True) == 1  # the police's own, for a manager
