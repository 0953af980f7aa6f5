"""The Cremona demo's coordination meetings: last week's, held and closed with approved minutes
(shared, for the cooperative only, for social services), attendance acknowledged, decisions (one
turned into a shift) and actions (one overdue, one done, one impossible); and next week's,
planned, with its agenda proposed from the data by the meetings service itself.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import insert

from console.models import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    AgendaSource,
    Decision,
    EffectKind,
    Meeting,
    MeetingStatus,
    MinuteEntry,
    Role,
    ShiftKind,
    ShiftStatus,
    meeting_organizations,
    meeting_participants,
)
from console.services.access import Actor
from console.services.demo import meeting_texts as texts
from console.services.demo.state import ROME, WEEKS_BEFORE, DemoState
from console.services.meetings import agenda

# Who prepares the next meeting's agenda in the seed: the audit says it was the demo's seeding.
SEED_ACTOR = Actor(
    user_id=None, person_id=None, organization_id=None, role=Role.COORDINATOR, username="seed-demo"
)


def seed_meeting(demo: DemoState) -> None:
    """Last week's Wednesday meeting (closed) and next week's (planned, agenda proposed).

    Runs after the cases and the shifts: its agenda, decisions and actions point at them.
    """
    _past_meeting(demo)
    demo.session.flush()
    upcoming = demo.at(7 * (WEEKS_BEFORE + 1) + 2, 10)  # next week's Wednesday
    meeting = _meeting(demo, texts.NEXT_TITLE, upcoming, MeetingStatus.PLANNED)
    demo.session.flush()
    _invite(demo, meeting, attended=False)
    agenda.propose_agenda(demo.session, SEED_ACTOR, meeting.id, demo.today, ROME)


def _meeting(demo: DemoState, title: str, held_at: datetime, status: MeetingStatus) -> Meeting:
    meeting = Meeting(
        title=title,
        held_at=held_at,
        location=texts.LOCATION,
        status=status,
        created_by_id=demo.users["coordinatore"].id,
        created_at=held_at - timedelta(days=7),
    )
    demo.session.add(meeting)
    return meeting


def _invite(demo: DemoState, meeting: Meeting, *, attended: bool) -> None:
    demo.session.execute(
        insert(meeting_organizations),
        [{"meeting_id": meeting.id, "organization_id": org.id} for org in demo.orgs.values()],
    )
    demo.session.execute(
        insert(meeting_participants),
        [
            {
                "meeting_id": meeting.id,
                "person_id": demo.people[name].id,
                "attended": attended,
                "acknowledged_at": meeting.held_at if attended else None,
            }
            for name in texts.PARTICIPANTS
        ],
    )


def _past_meeting(demo: DemoState) -> None:
    held = demo.at(7 * (WEEKS_BEFORE - 1) + 2, 10)  # last week's Wednesday
    meeting = _meeting(demo, texts.TITLE, held, MeetingStatus.CLOSED)
    meeting.minutes = texts.SUMMARY
    meeting.confidentiality_text = texts.CONFIDENTIALITY
    meeting.approved_at = held + timedelta(days=2, hours=3)
    meeting.approved_by_id = demo.users["coordinatore"].id
    meeting.agenda = [
        AgendaItem(
            position=position,
            kind=kind,
            source=AgendaSource.GENERATED if reason else AgendaSource.FREE,
            reason=reason,
            title=title,
            zone_id=demo.zones[zone].id if zone else None,
            case_id=demo.cases[case].id if case else None,
            notes="",
        )
        for position, (kind, title, zone, case, reason) in enumerate(texts.AGENDA)
    ]
    demo.session.flush()
    _invite(demo, meeting, attended=True)
    coordinator = demo.users["coordinatore"]
    comune = coordinator.person.organization_id if coordinator.person else None
    decisions = [
        Decision(
            meeting_id=meeting.id,
            agenda_item_id=meeting.agenda[position].id,
            text=text,
            organization_id=comune,
            created_by_id=coordinator.id,
            created_at=held + timedelta(minutes=20 * (position + 1)),
        )
        for position, text in texts.DECISIONS
    ]
    shift = _decided_shift(demo, held)
    if shift is not None:
        decisions[0].effect_kind, decisions[0].effect_id = EffectKind.SHIFT, shift
    demo.session.add_all(decisions)
    for position, text, owner, audience, due_in, status, reason in texts.ACTIONS:
        person = demo.people[owner]
        closed = status is not ActionStatus.OPEN
        due = (held.astimezone(ROME).date() if closed else demo.today) + timedelta(days=due_in)
        demo.session.add(
            ActionItem(
                meeting_id=meeting.id,
                agenda_item_id=meeting.agenda[position].id,
                text=text,
                audience=audience,
                owner_id=person.id,
                organization_id=person.organization_id,
                due_on=due,
                status=status,
                status_reason=reason,
                done_at=held + timedelta(days=2) if closed else None,
                created_at=held,
            )
        )
    for position, author, audience, body in texts.MINUTES:
        user = demo.users[author]
        demo.session.add(
            MinuteEntry(
                meeting_id=meeting.id,
                agenda_item_id=meeting.agenda[position].id if position is not None else None,
                body=body,
                audience=audience,
                organization_id=user.person.organization_id if user.person else comune,
                author_id=user.id,
                written_at=held + timedelta(hours=2),
            )
        )


def _decided_shift(demo: DemoState, held: datetime) -> int | None:
    """The joint shift in piazza Marconi the meeting added: the first planned after it."""
    marconi = demo.zones[texts.MARCONI]
    after = [
        s
        for s in demo.shifts
        if s.zone is marconi
        and s.kind is ShiftKind.JOINT
        and s.status is not ShiftStatus.CANCELLED
        and s.starts_at > held
    ]
    if not after:
        return None
    return min(after, key=lambda s: (s.starts_at, s.id)).id
