"""Human, translated text for the calendar: rule violations, copy problems, refusals."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from console.clock import HOME_TIME_ZONE
from console.models import AbsenceKind, ShiftStatus
from console.services.access import PermissionDenied
from console.services.planning.rules import Violation, ViolationKind
from console.services.planning.week_copy import CopyProblem, CopyProblemKind
from console.views.common.formatting import format_date, format_hours, format_moment
from console.views.common.labels import absence_kind_label, shift_status_label

DEFAULT_TZ = HOME_TIME_ZONE


def _t(source: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP("CalendarMessages", ...), translated now."""
    return QCoreApplication.translate("CalendarMessages", source)


# -- rule violations -------------------------------------------------------------------------

VIOLATIONS = {
    ViolationKind.NO_EDUCATOR: QT_TRANSLATE_NOOP(
        "CalendarMessages", "Joint shift without an educator"
    ),
    ViolationKind.NO_OFFICER: QT_TRANSLATE_NOOP(
        "CalendarMessages", "Joint shift without an officer"
    ),
    ViolationKind.OVERLAP: QT_TRANSLATE_NOOP(
        "CalendarMessages", "{person} is in two overlapping shifts"
    ),
    ViolationKind.ABSENT: QT_TRANSLATE_NOOP("CalendarMessages", "{person} is absent ({absence})"),
    ViolationKind.SHORT_REST: QT_TRANSLATE_NOOP(
        "CalendarMessages", "{person} has less than 11 consecutive hours of rest"
    ),
    ViolationKind.WEEKLY_HOURS: QT_TRANSLATE_NOOP(
        "CalendarMessages", "{person}: {hours} h planned this week, contract {contract} h"
    ),
}
# rules.py writes these English details; the views only read the numbers and kinds back.
_ABSENCE_KIND = re.compile(r"\((\w+)\)\s*$")
_CONTRACT = re.compile(r"contract ([0-9.]+) h")


def person_name(names: Mapping[int, str], person_id: int | None) -> str:
    if person_id is not None and person_id in names:
        return names[person_id]
    if person_id is None:
        return _t(QT_TRANSLATE_NOOP("CalendarMessages", "Someone"))
    return QCoreApplication.translate("CalendarMessages", "Person {id}").format(id=person_id)


def violation_text(violation: Violation, names: Mapping[int, str]) -> str:
    """One sentence for a rule violation, naming the person ("M. Rossi is in two ...")."""
    person = person_name(names, violation.person_id)
    template = _t(VIOLATIONS[ViolationKind(violation.kind)])
    if violation.kind is ViolationKind.ABSENT:
        found = _ABSENCE_KIND.search(violation.message)
        try:
            absence = absence_kind_label(AbsenceKind(found.group(1))) if found else ""
        except ValueError:
            absence = found.group(1) if found else ""
        if not absence:
            return QCoreApplication.translate(
                "CalendarMessages", "{person} is absent during this shift"
            ).format(person=person)
        return template.format(person=person, absence=absence.lower())
    if violation.kind is ViolationKind.WEEKLY_HOURS:
        contract = _CONTRACT.search(violation.message)
        if violation.hours is None or contract is None:
            return QCoreApplication.translate(
                "CalendarMessages", "{person} is planned above the weekly contract hours"
            ).format(person=person)
        return template.format(
            person=person,
            hours=format_hours(violation.hours),
            contract=format_hours(float(contract.group(1))),
        )
    return template.format(person=person)


# -- copying a week --------------------------------------------------------------------------

_WHEN = re.compile(r"^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}): ")
_ZONE = re.compile(r"zone (.+) is not active")


def _when(message: str, tz: ZoneInfo) -> str | None:
    """The local start week_copy writes at the head of its messages, formatted for people."""
    found = _WHEN.match(message)
    if found is None:
        return None
    local = datetime.strptime(found.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=tz)
    return format_moment(local, tz)


def copy_problem_text(
    problem: CopyProblem, names: Mapping[int, str], tz: ZoneInfo = DEFAULT_TZ
) -> str:
    """One sentence for a problem of a week copy, with the shift's local start when known."""
    kind = CopyProblemKind(problem.kind)
    if kind is CopyProblemKind.VIOLATION and problem.violation is not None:
        return violation_text(problem.violation, names)
    if kind is CopyProblemKind.PERSON_DROPPED:
        text = QCoreApplication.translate(
            "CalendarMessages",
            "{person} was left out of the copy: no longer active, left, or never on shifts",
        ).format(person=person_name(names, problem.person_id))
    elif kind is CopyProblemKind.ZONE_INACTIVE:
        zone = _ZONE.search(problem.message)
        text = QCoreApplication.translate(
            "CalendarMessages", "Not copied: the zone {zone} is no longer active"
        ).format(zone=zone.group(1) if zone else "?")
    elif kind is CopyProblemKind.TIMES_REFUSED:
        text = _t(
            QT_TRANSLATE_NOOP(
                "CalendarMessages",
                "Not copied: the same times are not a valid shift in this week (a change of "
                "daylight saving time). Create it by hand.",
            )
        )
    else:
        text = problem.message
    when = _when(problem.message, tz)
    return f"{when}: {text}" if when else text


# -- refusals from the services --------------------------------------------------------------

# English reasons raised by planning, shift_edits, week_copy, absences and rules, matched in
# order; the translation says what was wrong and what to do.
REFUSALS = (
    (
        re.compile(r"a shift must end after it starts"),
        QT_TRANSLATE_NOOP(
            "CalendarMessages",
            "A shift must end after it starts. Choose another end time (an end time earlier "
            "than the start means the next day).",
        ),
    ),
    (
        re.compile(r"a shift may last at most 12 hours"),
        QT_TRANSLATE_NOOP(
            "CalendarMessages",
            "A shift may last at most 12 hours. Bring the start and the end closer, or split "
            "the outing into two shifts.",
        ),
    ),
    (
        re.compile(r"^shift \d+ was changed by someone else"),
        QT_TRANSLATE_NOOP(
            "CalendarMessages",
            "Someone else changed this shift in the meantime. Look at it as it is now and make "
            "your change again.",
        ),
    ),
    (
        re.compile(r"^absence \d+ was changed by someone else"),
        QT_TRANSLATE_NOOP(
            "CalendarMessages",
            "Someone else changed this absence in the meantime. Look at it as it is now and "
            "make your change again.",
        ),
    ),
    (
        re.compile(r"^a week cannot be copied onto itself"),
        QT_TRANSLATE_NOOP(
            "CalendarMessages", "A week cannot be copied onto itself. Choose another week."
        ),
    ),
    (
        re.compile(r"^a (?P<status>\w+) shift cannot be (edited|cancelled)"),
        QT_TRANSLATE_NOOP(
            "CalendarMessages",
            "This shift is {status} and can no longer be changed. Create a new shift instead.",
        ),
    ),
    (
        re.compile(r"^only a draft can be deleted"),
        QT_TRANSLATE_NOOP(
            "CalendarMessages",
            "Only a draft can be deleted. Cancel a published shift instead.",
        ),
    ),
    (
        re.compile(r"^shift \d+ has a debrief"),
        QT_TRANSLATE_NOOP(
            "CalendarMessages",
            "This shift already has a debrief, so it cannot be deleted. Cancel it instead.",
        ),
    ),
    (
        re.compile(r"^(shift|absence) \d+ does not exist"),
        QT_TRANSLATE_NOOP(
            "CalendarMessages",
            "It no longer exists: someone else may have removed it. Reload the week.",
        ),
    ),
    (
        re.compile(r"^zone (?P<zone>.+) is not active"),
        QT_TRANSLATE_NOOP(
            "CalendarMessages", "The zone {zone} is no longer active. Choose another zone."
        ),
    ),
    (
        re.compile(r"^zone \d+ does not exist"),
        QT_TRANSLATE_NOOP(
            "CalendarMessages", "This zone no longer exists. Reload the week and choose a zone."
        ),
    ),
    (
        re.compile(r"^person \d+ does not exist"),
        QT_TRANSLATE_NOOP(
            "CalendarMessages",
            "One of the people chosen no longer exists. Reload the week and choose again.",
        ),
    ),
    (
        re.compile(r"^(?P<person>.+) \(\w+\) is never assigned to shifts"),
        QT_TRANSLATE_NOOP(
            "CalendarMessages",
            "{person} does not go out on shifts. Remove them from the people of the shift.",
        ),
    ),
    (
        re.compile(r"^(?P<person>.+) is no longer active"),
        QT_TRANSLATE_NOOP(
            "CalendarMessages",
            "{person} is no longer active. Remove them from the people of the shift.",
        ),
    ),
    (
        re.compile(r"^(?P<person>.+) has left \(on (?P<day>\d{4}-\d{2}-\d{2})\)"),
        QT_TRANSLATE_NOOP(
            "CalendarMessages",
            "{person} left on {day}. Remove them from the people of the shift.",
        ),
    ),
    (
        re.compile(r"must end after it starts"),
        QT_TRANSLATE_NOOP(
            "CalendarMessages", "The end must come after the start. Check the dates and times."
        ),
    ),
)


def planning_error_text(exc: BaseException) -> str:
    """What a refused planning operation means and how to fix it, in the user's language.

    Knows the reasons of PlanningError, StaleShift, StaleAbsence, ShiftRefused and
    PermissionDenied; anything else falls back to its own one-line message.
    """
    if isinstance(exc, PermissionDenied):
        return _t(
            QT_TRANSLATE_NOOP(
                "CalendarMessages",
                "You are not allowed to do this. Ask a coordinator or an administrator.",
            )
        )
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    for pattern, template in REFUSALS:
        found = pattern.search(message)
        if found is None:
            continue
        values = found.groupdict()
        if "day" in values:
            values["day"] = format_date(date.fromisoformat(values["day"]))
        if values.get("status") in set(ShiftStatus):
            values["status"] = shift_status_label(ShiftStatus(values["status"])).lower()
        return _t(template).format(**values)
    return message
