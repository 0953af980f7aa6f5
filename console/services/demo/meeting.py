"""The Cremona demo's coordination meeting: held last week, with agenda, decisions and actions."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import insert

from console.models import (
    ActionItem,
    AgendaItem,
    Decision,
    Meeting,
    MeetingStatus,
    meeting_participants,
)
from console.services.demo import case_texts as texts
from console.services.demo.state import WEEKS_BEFORE, DemoState


def seed_meeting(demo: DemoState) -> None:
    """Last week's Wednesday morning coordination meeting, held, with its minutes.

    Runs after the cases: its agenda points at one of them.
    """
    held = demo.at(7 * (WEEKS_BEFORE - 1) + 2, 10)
    meeting = Meeting(
        title=texts.MEETING_TITLE,
        held_at=held,
        location=texts.MEETING_LOCATION,
        status=MeetingStatus.HELD,
        minutes=texts.MINUTES,
        created_by_id=demo.users["coordinatore"].id,
        created_at=held - timedelta(days=7),
    )
    meeting.agenda = [
        AgendaItem(
            position=position,
            kind=kind,
            title=title,
            zone_id=demo.zones[zone].id if zone else None,
            case_id=demo.cases[case].id if case else None,
        )
        for position, (kind, title, zone, case) in enumerate(texts.AGENDA)
    ]
    demo.session.add(meeting)
    demo.session.flush()
    rows = [
        {"meeting_id": meeting.id, "person_id": demo.people[n].id}
        for n in texts.MEETING_PARTICIPANTS
    ]
    demo.session.execute(insert(meeting_participants), rows)
    demo.session.add_all(
        Decision(meeting_id=meeting.id, agenda_item_id=meeting.agenda[position].id, text=text)
        for position, text in texts.DECISIONS
    )
    for text, owner, due_in, done in texts.ACTION_ITEMS:
        due = held.date() if done else demo.today
        demo.session.add(
            ActionItem(
                meeting_id=meeting.id,
                text=text,
                owner_id=demo.people[owner].id,
                due_on=due + timedelta(days=due_in),
                done_at=held + timedelta(days=2) if done else None,
            )
        )
