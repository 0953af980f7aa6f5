"""Human, translated text for the calendar: rule violations and the problems of a week copy."""

from __future__ import annotations

from collections.abc import Mapping
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from console.clock import HOME_TIME_ZONE
from console.services.planning.rules import Violation, ViolationKind
from console.services.planning.week_copy import CopyProblem, CopyProblemKind
from console.views.common.formatting import format_hours, format_moment
from console.views.common.labels import absence_kind_label

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
    ViolationKind.UNAVAILABLE: QT_TRANSLATE_NOOP(
        "CalendarMessages", "{person} declared they are unavailable at that time"
    ),
    ViolationKind.SHORT_REST: QT_TRANSLATE_NOOP(
        "CalendarMessages", "{person} has less than 11 consecutive hours of rest"
    ),
    ViolationKind.WEEKLY_HOURS: QT_TRANSLATE_NOOP(
        "CalendarMessages", "{person}: {hours} h planned this week, contract {contract} h"
    ),
    ViolationKind.HOLIDAY: QT_TRANSLATE_NOOP("CalendarMessages", "On a public holiday: {holiday}"),
}


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
        if violation.absence_kind is None:
            return QCoreApplication.translate(
                "CalendarMessages", "{person} is absent during this shift"
            ).format(person=person)
        absence = absence_kind_label(violation.absence_kind).lower()
        return template.format(person=person, absence=absence)
    if violation.kind is ViolationKind.WEEKLY_HOURS:
        if violation.hours is None or violation.contract_hours is None:
            return QCoreApplication.translate(
                "CalendarMessages", "{person} is planned above the weekly contract hours"
            ).format(person=person)
        return template.format(
            person=person,
            hours=format_hours(violation.hours),
            contract=format_hours(violation.contract_hours),
        )
    if violation.kind is ViolationKind.HOLIDAY:
        return template.format(holiday=violation.holiday or "?")
    return template.format(person=person)


# -- copying a week --------------------------------------------------------------------------


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
        text = QCoreApplication.translate(
            "CalendarMessages", "Not copied: the zone {zone} is no longer active"
        ).format(zone=problem.zone_name or "?")
    elif kind is CopyProblemKind.HOLIDAY:
        text = QCoreApplication.translate(
            "CalendarMessages", "Not copied: {holiday} is a public holiday ({zone})"
        ).format(holiday=problem.holiday or "?", zone=problem.zone_name or "?")
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
    if problem.starts_at is None:
        return text
    return f"{format_moment(problem.starts_at, tz)}: {text}"
