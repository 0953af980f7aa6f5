"""The Cases section's and the debrief flow's operations that combine several services in one
session: what the section loads (the list, its badge and its choices).

Each is one user action run by the views' runner; the single-service actions (``add_note``,
``refer_case``, ``record_consent``...) are called in the module that owns them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from console.services import planning
from console.services.access import Action, Actor, can
from console.services.cases import people_met, referrals
from console.services.cases.case_list import CaseFilter, CaseRow, list_cases
from console.services.cases.people_met import SubjectRow
from console.services.planning.week import OrganizationChoice, PersonLoad, ZoneChoice


@dataclass(frozen=True)
class CaseChoices:
    """What the filters and dialogs offer."""

    zones: tuple[ZoneChoice, ...]
    organizations: tuple[OrganizationChoice, ...]
    people: tuple[PersonLoad, ...]  # possible owners
    subjects: tuple[SubjectRow, ...]  # nickname profiles, for a new case


@dataclass(frozen=True)
class CasesData:
    """The Cases section's list, as the filter asked for it."""

    rows: tuple[CaseRow, ...]
    incoming: int  # referrals waiting for the actor's organization (the badge)
    choices: CaseChoices


def load_choices(session: Session, actor: Actor, today: date, tz: ZoneInfo) -> CaseChoices:
    """Zones, organizations, the people who may own a case (this week's) and, for those who
    may see them, the profiles of the people met."""
    calendar = planning.calendar_choices(session, actor)
    people = planning.people_for_planning(session, actor, planning.monday_of(today), tz)
    subjects = (
        people_met.list_subjects(session, actor) if can(actor, Action.VIEW_PEOPLE_MET) else []
    )
    return CaseChoices(calendar.zones, calendar.organizations, tuple(people), tuple(subjects))


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
