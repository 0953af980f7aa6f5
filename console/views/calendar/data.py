"""What the calendar loads in one operation, and the worker-side jobs that write files."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from console import files
from console.reports.week_plan import week_plan_pdf
from console.services import planning
from console.services.access import Actor
from console.services.planning import exports
from console.views.calendar.export_dialog import IcsRequest


@dataclass(frozen=True)
class WeekFilter:
    zone_id: int | None = None
    organization_id: int | None = None
    person_id: int | None = None


@dataclass(frozen=True)
class CalendarData:
    """Everything the section shows for one week, read in one session."""

    plan: planning.WeekPlan
    choices: planning.CalendarChoices
    people: tuple[planning.PersonLoad, ...]


def load_week(
    session: Session, actor: Actor, monday: date, tz: ZoneInfo, shown: WeekFilter
) -> CalendarData:
    """The week (filtered as shown), the choices for the filters, and the people to plan."""
    plan = planning.shifts_in_week(
        session,
        actor,
        monday,
        tz,
        zone_id=shown.zone_id,
        organization_id=shown.organization_id,
        person_id=shown.person_id,
    )
    return CalendarData(
        plan=plan,
        choices=planning.calendar_choices(session, actor),
        people=tuple(planning.people_for_planning(session, actor, monday, tz)),
    )


def write_ics(
    session: Session, actor: Actor, request: IcsRequest, tz: ZoneInfo, language: str
) -> int:
    """Export as asked and write the file whole (a temporary file renamed over the target)."""
    result = exports.calendar_ics(
        session,
        actor,
        first_day=request.first_day,
        last_day=request.last_day,
        tz=tz,
        person_id=request.person_id,
        zone_id=request.zone_id,
        include_drafts=request.include_drafts,
        language=language,
    )
    files.write_atomically(request.path, result.content)
    return result.events


@dataclass(frozen=True)
class PlanRequest:
    """Print the (unfiltered) week of ``monday`` in ``language`` to ``path``."""

    monday: date
    tz: ZoneInfo
    language: str
    path: Path


def write_week_plan(session: Session, actor: Actor, request: PlanRequest) -> int:
    """Write the printable week plan as asked; returns how many shifts it holds."""
    plan = planning.shifts_in_week(session, actor, request.monday, request.tz)
    pdf = week_plan_pdf(plan, language=request.language, generated_at=datetime.now(UTC))
    files.write_atomically(request.path, pdf)
    return len(plan.shifts)
