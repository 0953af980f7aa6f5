"""What the Cases section loads in one operation each (run on the worker, never touch Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from console.services import planning
from console.services.access import Action, Actor, can
from console.services.cases import casework, people_met, referrals
from console.services.cases.casework import CaseFilter, CaseRow
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
    rows: tuple[CaseRow, ...]
    incoming: int  # referrals waiting for the actor's organization (the badge)
    choices: CaseChoices


def load_choices(session: Session, actor: Actor, today: date, tz: ZoneInfo) -> CaseChoices:
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
    rows = casework.list_cases(session, actor, flt, today=today)
    return CasesData(
        rows=tuple(rows),
        incoming=referrals.incoming_count(session, actor),
        choices=load_choices(session, actor, today, tz),
    )


def incoming_count(session: Session, actor: Actor) -> int:
    return referrals.incoming_count(session, actor)
