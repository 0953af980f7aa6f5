"""The printable week plan: the whole week read for the actor, laid out as a PDF by
:mod:`console.reports.week_plan` and written whole to the file asked for."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from console import files
from console.reports.week_plan import week_plan_pdf
from console.services.access import Actor
from console.services.planning.holidays import DEFAULT_PROVINCE, HolidayCalendar
from console.services.planning.week import shifts_in_week


@dataclass(frozen=True)
class PlanRequest:
    """Print the (unfiltered) week of ``monday`` in ``language`` to ``path``, with the
    holidays of ``province`` named."""

    monday: date
    tz: ZoneInfo
    language: str
    path: Path
    province: str = DEFAULT_PROVINCE


def write_week_plan(session: Session, actor: Actor, request: PlanRequest) -> int:
    """Write the printable week plan as asked (a temporary file renamed over the target);
    returns how many shifts it holds."""
    holidays = HolidayCalendar(request.province, request.language)
    plan = shifts_in_week(session, actor, request.monday, request.tz, holidays=holidays)
    pdf = week_plan_pdf(
        plan,
        language=request.language,
        generated_at=datetime.now(UTC),
        holidays=holidays.between(plan.monday, plan.monday + timedelta(days=6)),
    )
    files.write_atomically(request.path, pdf)
    return len(plan.shifts)
