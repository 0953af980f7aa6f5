"""The Cases section's and the debrief flow's operations that combine several services in one
session: what the section loads (the list, its badge and its choices), what the debrief dialog
starts from, and recording a debrief linked to a case.

Each is one user action run by the views' runner; the single-service actions (``add_note``,
``refer_case``, ``record_consent``...) are called in the module that owns them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from console.services import planning
from console.services.access import Action, Actor, can
from console.services.cases import case_edits, debriefs, people_met, referrals
from console.services.cases.case_list import CaseFilter, CaseRow, list_cases
from console.services.cases.debriefs import DebriefDraft, DebriefRow
from console.services.cases.people_met import SubjectRow
from console.services.changes import Area, field_ids, row_id, writes
from console.services.planning.week import OrganizationChoice, PersonLoad, ZoneChoice

STANDALONE_LENGTH = timedelta(hours=2)  # an outing recorded on its own: the two hours until now
QUARTER_MINUTES = 15


@dataclass(frozen=True)
class CaseChoices:
    """What the filters and dialogs offer."""

    zones: tuple[ZoneChoice, ...]
    organizations: tuple[OrganizationChoice, ...]
    people: tuple[PersonLoad, ...]  # possible owners


@dataclass(frozen=True)
class CasesData:
    """The Cases section's list, as the filter asked for it."""

    rows: tuple[CaseRow, ...]
    incoming: int  # referrals waiting for the actor's organization (the badge)
    choices: CaseChoices


def load_choices(session: Session, actor: Actor, today: date, tz: ZoneInfo) -> CaseChoices:
    """Zones, organizations and the people who may own a case (this week's)."""
    calendar = planning.calendar_choices(session, actor)
    people = planning.people_for_planning(session, actor, planning.monday_of(today), tz)
    return CaseChoices(calendar.zones, calendar.organizations, tuple(people))


def new_case_subjects(session: Session, actor: Actor) -> tuple[SubjectRow, ...]:
    """The profiles of the people met a new case may be about, for those who may see them
    (nobody else gets any): read when the New case dialog opens, not with every load of the
    list, which does not show them."""
    if not can(actor, Action.VIEW_PEOPLE_MET):
        return ()
    return tuple(people_met.list_subjects(session, actor))


def load_cases(
    session: Session, actor: Actor, flt: CaseFilter, today: date, tz: ZoneInfo
) -> CasesData:
    """The filtered list, the badge count and the choices, in one session."""
    rows = list_cases(session, actor, flt, today=today)
    return CasesData(
        rows=tuple(rows),
        incoming=referrals.incoming_count(session, actor),
        choices=load_choices(session, actor, today, tz),
    )


# -- the debrief flow ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DebriefSetup:
    """What the debrief dialog needs, read in one session."""

    draft: DebriefDraft
    zones: tuple[ZoneChoice, ...]
    people: tuple[PersonLoad, ...]
    subjects: tuple[SubjectRow, ...]
    zone_name: str


def _standalone_draft(actor: Actor, zones: tuple[ZoneChoice, ...], now: datetime) -> DebriefDraft:
    end = now.replace(minute=now.minute - now.minute % QUARTER_MINUTES, second=0, microsecond=0)
    active = [zone.id for zone in zones if zone.active]
    return DebriefDraft(
        zone_id=active[0] if active else 0,
        started_at=end - STANDALONE_LENGTH,
        ended_at=end,
        participant_ids=(actor.person_id,) if actor.person_id is not None else (),
        types=("presence",),
        contacts_count=0,
        contacts_breakdown=None,
        outcome="",
        follow_up="",
    )


def load_setup(
    session: Session, actor: Actor, shift_id: int | None, tz: ZoneInfo, now: datetime
) -> DebriefSetup:
    """The draft (from the shift, or the last two hours before ``now`` on the quarter hour,
    with the actor and the first active zone), zones, people and profiles."""
    choices = planning.calendar_choices(session, actor)
    if shift_id is not None:
        draft = debriefs.draft_for_shift(session, actor, shift_id)
        if not draft.types:
            draft = replace(draft, types=("presence",))  # every outing is at least presence
    else:
        draft = _standalone_draft(actor, choices.zones, now.astimezone(tz))
    monday = planning.monday_of(draft.started_at.astimezone(tz).date())
    people = planning.people_for_planning(session, actor, monday, tz)
    subjects = people_met.list_subjects(session, actor)
    zone_name = next((z.name for z in choices.zones if z.id == draft.zone_id), "")
    return DebriefSetup(draft, choices.zones, tuple(people), tuple(subjects), zone_name)


# The shift the debrief is for becomes done, the case (an argument) gains a link.
@writes(
    Area.DEBRIEFS,
    Area.SHIFTS,
    Area.CASES,
    ids={Area.DEBRIEFS: row_id, Area.SHIFTS: field_ids("shift_id")},
)
def record_and_link(
    session: Session, actor: Actor, draft: DebriefDraft, case_id: int | None
) -> DebriefRow:
    """Record the debrief and, with ``case_id``, link it to that case: one session, so both
    or neither."""
    row = debriefs.record_debrief(session, actor, draft)
    if case_id is not None:
        case_edits.link_debrief(session, actor, case_id, row.id)
    return row
