"""The whole permission table, through the services: every role x every action, on the demo data.

The expected table is written here from the issue's rules, independently of access.PERMISSIONS:
a change to the code's table that nobody meant shows up as a failure. Every call runs in its own
session that is rolled back, so the cases do not depend on each other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from console import db
from console.models import (
    AbsenceKind,
    ActionItem,
    ActionStatus,
    AuditEvent,
    Case,
    Meeting,
    MeetingStatus,
    Person,
    Role,
    SignalKind,
    Subject,
    User,
    Visibility,
    Zone,
)
from console.services import access, demo, funding, planning
from console.services.access import Action, PermissionDenied, accounts, audit
from console.services.cases import case_edits, case_list, casework, debriefs, people_met
from console.services.meetings import actions, attendance, meetings, minutes
from console.services.meetings.rows import MeetingDraft
from console.services.places import signals, zones
from console.services.planning import absences, exports, shift_edits, week_copy
from console.services.retention import erasure, subject_access
from console.services.retention import rules as retention_rules
from console.services.retention import run as retention_run
from tests.factories import ROME

TODAY = date(2026, 11, 24)
MONDAY = TODAY - timedelta(days=TODAY.weekday())
ROLE_OF = {
    "A": Role.ADMIN,
    "C": Role.COORDINATOR,
    "E": Role.EDUCATOR,
    "O": Role.OFFICER,
    "S": Role.SOCIAL_WORKER,
    "M": Role.MANAGER,
}

# Who may take each action, from the issue: coordinators plan and publish; everyone sees the
# calendar; educators, officers and coordinators record debriefs; the partners work on cases;
# managers see aggregates only; admins manage users and read the audit log, never notes.
EXPECTED: dict[Action, str] = {
    Action.VIEW_CALENDAR: "ACEOSM",
    Action.PLAN_SHIFTS: "C",
    Action.PUBLISH_WEEK: "C",
    Action.MANAGE_ABSENCES: "C",
    Action.EXPORT_CALENDAR: "ACEOSM",
    Action.VIEW_MAP: "ACEOSM",
    Action.RECORD_SIGNALS: "CEO",
    Action.EDIT_ZONES: "AC",
    Action.RECORD_DEBRIEFS: "CEO",
    Action.VIEW_CASES: "CEOS",
    Action.WRITE_CASES: "CEOS",
    Action.WRITE_NOTES: "CEOS",
    Action.VIEW_PEOPLE_MET: "CEOS",
    Action.VIEW_AGGREGATES: "ACEOSM",
    Action.READ_AUDIT: "A",
    Action.MANAGE_USERS: "A",
    # Meetings: the partners take part, managers read the shared minutes, coordinators prepare,
    # run and approve; every partner writes minutes and updates the actions that are theirs.
    Action.VIEW_MEETINGS: "CEOSM",
    Action.PREPARE_MEETINGS: "C",
    Action.RUN_MEETINGS: "C",
    Action.WRITE_MINUTES: "CEOS",
    Action.APPROVE_MINUTES: "C",
    Action.UPDATE_ACTIONS: "CEOS",
    # The funding report: managers account for the grant, coordinators write its narrative,
    # admins set the project up.
    Action.MANAGE_FUNDING: "ACM",
    # Personal data over time: the administrator (the data-protection officer) sets and runs
    # retention, exports a person's data (it holds notes of every audience) and erases a
    # person; a correction of the profile (no note shown) also by a coordinator.
    Action.MANAGE_RETENTION: "A",
    Action.RUN_RETENTION: "A",
    Action.EXPORT_SUBJECT: "A",
    Action.RECTIFY_SUBJECT: "AC",
    Action.ERASE_SUBJECT: "A",
}


@dataclass(frozen=True)
class Demo:
    engine: Engine
    actors: dict[Role, access.Actor]
    zone_id: int
    case_id: int
    subject_id: int
    person_id: int
    planned_meeting_id: int  # the demo's next meeting


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    path: Path = tmp_path_factory.mktemp("permissions") / "demo.db"
    engine = db.open_database(db.sqlite_url(path)).engine
    with db.session_scope(engine) as s:
        demo.seed_demo(s, today=TODAY)
    with db.session_scope(engine) as s:
        actors = {
            user.role: access.actor_for(user)
            for user in s.scalars(select(User).where(User.username.in_(
                [account.username for account in demo.DEMO_ACCOUNTS]
            )))
        }  # fmt: skip
        found = Demo(
            engine=engine,
            actors=actors,
            zone_id=s.scalars(select(Zone.id).order_by(Zone.id)).first(),
            case_id=s.scalars(select(Case.id).order_by(Case.id)).first(),
            subject_id=s.scalars(select(Subject.id).order_by(Subject.id)).first(),
            person_id=s.scalars(
                select(Person.id).where(Person.role == Role.EDUCATOR, Person.active)
            ).first(),
            planned_meeting_id=s.scalars(
                select(Meeting.id).where(Meeting.status == MeetingStatus.PLANNED)
            ).one(),
        )
    assert set(found.actors) == set(Role)
    yield found
    engine.dispose()


def local(hour: int, days: int = 0) -> datetime:
    return datetime.combine(TODAY + timedelta(days=days), datetime.min.time(), ROME).replace(
        hour=hour
    )


SQUARE = {
    "type": "Polygon",
    "coordinates": [[[10.0, 45.0], [10.001, 45.0], [10.001, 45.001], [10.0, 45.001], [10.0, 45.0]]],
}

Call = Callable[[Session, access.Actor, Demo], Any]


def _approve_held(s: Session, a: access.Actor, w: Demo) -> object:
    """Approve the minutes of the next meeting, made held first (rolled back afterwards)."""
    meeting = s.get(Meeting, w.planned_meeting_id)
    assert meeting is not None
    meeting.status = MeetingStatus.HELD
    s.flush()
    return minutes.approve_minutes(s, a, meeting.id, meeting.version_id)


def _update_own_action(s: Session, a: access.Actor, w: Demo) -> object:
    """Mark done an action the actor's own person owns: only the role may stop them."""
    action = ActionItem(
        meeting_id=w.planned_meeting_id,
        text="Chiamare il servizio",
        owner_id=a.person_id,
        organization_id=a.organization_id,
    )
    s.add(action)
    s.flush()
    return actions.set_action_status(s, a, action.id, action.version_id, ActionStatus.DONE)


CALLS: dict[Action, Call] = {
    Action.VIEW_CALENDAR: lambda s, a, w: planning.shifts_in_week(s, a, MONDAY, ROME),
    Action.PLAN_SHIFTS: lambda s, a, w: shift_edits.create_shift(
        s, a, shift_edits.ShiftDraft(w.zone_id, local(18, 30), local(22, 30)), tz=ROME
    ),
    Action.PUBLISH_WEEK: lambda s, a, w: week_copy.publish_week(s, a, MONDAY, ROME),
    Action.MANAGE_ABSENCES: lambda s, a, w: absences.add_absence(
        s, a, w.person_id, kind=AbsenceKind.LEAVE, starts_at=local(0, 40), ends_at=local(0, 41)
    ),
    Action.EXPORT_CALENDAR: lambda s, a, w: exports.calendar_ics(
        s, a, first_day=MONDAY, last_day=MONDAY + timedelta(days=6), tz=ROME
    ),
    Action.VIEW_MAP: lambda s, a, w: zones.list_zones(s, a),
    Action.RECORD_SIGNALS: lambda s, a, w: signals.create_signal(
        s,
        a,
        signals.SignalDraft(
            SignalKind.CITIZEN_REPORT, local(21), "noise", "telefono", "rumore", zone_id=w.zone_id
        ),
    ),
    Action.EDIT_ZONES: lambda s, a, w: zones.create_zone(
        s, a, zones.ZoneDraft("Giardini di piazza Cadorna", "#336699", SQUARE)
    ),
    Action.RECORD_DEBRIEFS: lambda s, a, w: debriefs.record_debrief(
        s,
        a,
        debriefs.DebriefDraft(
            zone_id=w.zone_id,
            started_at=local(18, -1),
            ended_at=local(21, -1),
            participant_ids=(w.person_id,),
            types=("presence",),
            contacts_count=2,
            contacts_breakdown=None,
            outcome="calm",
            follow_up="",
        ),
    ),
    Action.VIEW_CASES: lambda s, a, w: case_list.list_cases(s, a, today=TODAY),
    Action.WRITE_CASES: lambda s, a, w: case_edits.open_case(
        s, a, case_edits.CaseDraft(title="Panchine di piazza Roma", zone_id=w.zone_id)
    ),
    Action.WRITE_NOTES: lambda s, a, w: casework.add_note(s, a, w.case_id, "Incontro sereno."),
    Action.VIEW_PEOPLE_MET: lambda s, a, w: people_met.subject_profile(
        s, a, w.subject_id, "follow-up", today=TODAY
    ),
    Action.VIEW_AGGREGATES: lambda s, a, w: debriefs.presence_hours(
        s, a, local(0, -28), local(0, 1)
    ),
    Action.READ_AUDIT: lambda s, a, w: audit.find_events(s, a, audit.AuditQuery()),
    Action.MANAGE_USERS: lambda s, a, w: accounts.create_user(
        s, a, "nuovo.agente", Role.OFFICER, "una-parola-lunga"
    ),
    Action.VIEW_MEETINGS: lambda s, a, w: meetings.list_meetings(s, a),
    Action.PREPARE_MEETINGS: lambda s, a, w: meetings.create_meeting(
        s, a, MeetingDraft("Tavolo straordinario", local(10, 10), "Comune")
    ),
    Action.RUN_MEETINGS: lambda s, a, w: attendance.record_attendance(
        s, a, w.planned_meeting_id, w.person_id, True, True
    ),
    Action.WRITE_MINUTES: lambda s, a, w: minutes.add_minute_entry(
        s, a, w.planned_meeting_id, None, "Il gruppo si è confrontato.", Visibility.SHARED
    ),
    Action.APPROVE_MINUTES: _approve_held,
    Action.UPDATE_ACTIONS: _update_own_action,
    Action.MANAGE_FUNDING: lambda s, a, w: funding.funding_report(s, a, MONDAY, TODAY, tz=ROME),
    Action.MANAGE_RETENTION: lambda s, a, w: retention_rules.retention_rules(s, a),
    Action.RUN_RETENTION: lambda s, a, w: retention_run.preview_retention(s, a, TODAY),
    Action.EXPORT_SUBJECT: lambda s, a, w: subject_access.subject_export(
        s, a, w.subject_id, "richiesta dell'interessato"
    ),
    Action.RECTIFY_SUBJECT: lambda s, a, w: erasure.rectify_subject(
        s, a, w.subject_id, {"description": "Descrizione corretta"}, "richiesta di rettifica"
    ),
    Action.ERASE_SUBJECT: lambda s, a, w: erasure.erase_subject(
        s, a, w.subject_id, "richiesta di cancellazione"
    ),
}


def test_the_table_and_the_calls_cover_every_action() -> None:
    assert set(EXPECTED) == set(Action) == set(CALLS)
    assert {letter for roles in EXPECTED.values() for letter in roles} <= set(ROLE_OF)


CASES = [
    pytest.param(action, role, id=f"{action.value}-{role.value}")
    for action in Action
    for role in Role
]


@pytest.mark.parametrize(("action", "role"), CASES)
def test_every_role_and_action_through_the_services(
    world: Demo, action: Action, role: Role
) -> None:
    allowed = role in {ROLE_OF[letter] for letter in EXPECTED[action]}
    actor = world.actors[role]
    assert access.can(actor, action) is allowed  # what the UI asks to hide or show
    session = Session(world.engine, expire_on_commit=False)
    try:
        before = session.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1))
        if allowed:
            CALLS[action](session, actor, world)
        else:
            with pytest.raises(PermissionDenied):
                CALLS[action](session, actor, world)
            after = session.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1))
            assert after == before  # a refusal reads and writes nothing, not even the audit
    finally:
        session.rollback()
        session.close()


def test_the_command_line_is_an_administrator() -> None:
    assert access.COMMAND_LINE.role is Role.ADMIN
    assert not access.can(access.COMMAND_LINE, Action.VIEW_CASES)


def test_a_refused_action_says_who_and_what_in_one_line() -> None:
    actor = access.Actor(user_id=1, person_id=1, organization_id=1, role=Role.MANAGER, username="m")
    with pytest.raises(PermissionDenied) as refused:
        access.require(actor, Action.WRITE_NOTES)
    assert str(refused.value) == "manager may not write notes"
    assert refused.value.action is Action.WRITE_NOTES


def test_times_used_by_the_calls_are_aware() -> None:
    assert local(18).tzinfo is ROME and local(18).astimezone(UTC).hour == 17
