"""Planning: the week of shifts (``week``), shift edits with their rules, copying and publishing
weeks, absences, exports of the plan (iCalendar; the printable week plan in ``printout``) and the
week overview. The Calendar's user actions are named here too: what it loads for a week
(``operations``) and the steps of its undo stack (``undoable``).

The package's front gives the week's names (``planning.shifts_in_week``, ``planning.ShiftRow``);
the other modules are imported by name.
"""

from __future__ import annotations

from console.services.planning.week import (
    ASSIGNABLE_ROLES,
    CONTEXT_AFTER,
    CONTEXT_BEFORE,
    DEFAULT_TZ,
    NEW_SHIFT_ID,
    PEOPLE_AND_ZONE,
    WEEK,
    AbsenceRow,
    AssignedPerson,
    CalendarChoices,
    OrganizationChoice,
    PersonLoad,
    PlanningError,
    ShiftRow,
    WeekPlan,
    ZoneChoice,
    absence_row,
    calendar_choices,
    monday_of,
    overlapping,
    people_for_planning,
    people_of,
    shift_row,
    shifts_in_week,
    unavailability,
    violations_involving,
    week_bounds,
)

__all__ = [
    "ASSIGNABLE_ROLES",
    "CONTEXT_AFTER",
    "CONTEXT_BEFORE",
    "DEFAULT_TZ",
    "NEW_SHIFT_ID",
    "PEOPLE_AND_ZONE",
    "WEEK",
    "AbsenceRow",
    "AssignedPerson",
    "CalendarChoices",
    "OrganizationChoice",
    "PersonLoad",
    "PlanningError",
    "ShiftRow",
    "WeekPlan",
    "ZoneChoice",
    "absence_row",
    "calendar_choices",
    "monday_of",
    "overlapping",
    "people_for_planning",
    "people_of",
    "shift_row",
    "shifts_in_week",
    "unavailability",
    "violations_involving",
    "week_bounds",
]
