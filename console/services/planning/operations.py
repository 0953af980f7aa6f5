"""The Calendar's reads that combine several planning services into one operation: the week
shown, with the choices for its filters and the people to plan.

Its edits are in :mod:`undoable` (the steps of its undo stack), its files in :mod:`exports`
(.ics) and :mod:`printout` (the printable week plan).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from console.services.access import Actor
from console.services.planning.holidays import HolidayCalendar
from console.services.planning.week import (
    DEFAULT_HOLIDAYS,
    CalendarChoices,
    PersonLoad,
    WeekPlan,
    calendar_choices,
    people_for_planning,
    shifts_in_week,
)


@dataclass(frozen=True)
class WeekFilter:
    """What the calendar narrows the week to (None: everything)."""

    zone_id: int | None = None
    organization_id: int | None = None
    person_id: int | None = None


@dataclass(frozen=True)
class CalendarData:
    """Everything the Calendar shows for one week, read in one session."""

    plan: WeekPlan
    choices: CalendarChoices
    people: tuple[PersonLoad, ...]
    holidays: dict[date, str] = field(default_factory=dict)  # the week's holidays, named


def load_week(
    session: Session,
    actor: Actor,
    monday: date,
    tz: ZoneInfo,
    shown: WeekFilter,
    *,
    holidays: HolidayCalendar = DEFAULT_HOLIDAYS,
) -> CalendarData:
    """The week (filtered as shown, its shifts on ``holidays`` among its problems), the
    choices for the filters, the people to plan, and the week's holidays, named."""
    plan = shifts_in_week(
        session,
        actor,
        monday,
        tz,
        zone_id=shown.zone_id,
        organization_id=shown.organization_id,
        person_id=shown.person_id,
        holidays=holidays,
    )
    return CalendarData(
        plan=plan,
        choices=calendar_choices(session, actor),
        people=tuple(people_for_planning(session, actor, monday, tz)),
        holidays=holidays.between(monday, monday + timedelta(days=6)),
    )
