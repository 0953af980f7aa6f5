"""Human, translated text for the calendar: labels, rule violations, copy problems, refusals."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QLocale, QTime

from console.clock import HOME_TIME_ZONE
from console.models import AbsenceKind, Role, ShiftKind, ShiftStatus
from console.services.access import PermissionDenied
from console.services.planning.rules import Violation, ViolationKind
from console.services.planning.week_copy import CopyProblem, CopyProblemKind

DEFAULT_TZ = HOME_TIME_ZONE


def _t(source: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP("CalendarMessages", ...), translated now."""
    return QCoreApplication.translate("CalendarMessages", source)


# -- labels ----------------------------------------------------------------------------------

SHIFT_KINDS = {
    ShiftKind.JOINT: QT_TRANSLATE_NOOP("CalendarMessages", "Joint"),
    ShiftKind.OUTREACH: QT_TRANSLATE_NOOP("CalendarMessages", "Outreach"),
    ShiftKind.PATROL: QT_TRANSLATE_NOOP("CalendarMessages", "Patrol"),
}
SHIFT_STATUSES = {
    ShiftStatus.DRAFT: QT_TRANSLATE_NOOP("CalendarMessages", "Draft"),
    ShiftStatus.PUBLISHED: QT_TRANSLATE_NOOP("CalendarMessages", "Published"),
    ShiftStatus.DONE: QT_TRANSLATE_NOOP("CalendarMessages", "Done"),
    ShiftStatus.CANCELLED: QT_TRANSLATE_NOOP("CalendarMessages", "Cancelled"),
}
ABSENCE_KINDS = {
    AbsenceKind.LEAVE: QT_TRANSLATE_NOOP("CalendarMessages", "Leave"),
    AbsenceKind.SICKNESS: QT_TRANSLATE_NOOP("CalendarMessages", "Sickness"),
    AbsenceKind.TRAINING: QT_TRANSLATE_NOOP("CalendarMessages", "Training"),
    AbsenceKind.OTHER: QT_TRANSLATE_NOOP("CalendarMessages", "Other"),
}
ROLES = {
    Role.ADMIN: QT_TRANSLATE_NOOP("CalendarMessages", "Administrator"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("CalendarMessages", "Coordinator"),
    Role.EDUCATOR: QT_TRANSLATE_NOOP("CalendarMessages", "Educator"),
    Role.OFFICER: QT_TRANSLATE_NOOP("CalendarMessages", "Officer"),
    Role.SOCIAL_WORKER: QT_TRANSLATE_NOOP("CalendarMessages", "Social worker"),
    Role.MANAGER: QT_TRANSLATE_NOOP("CalendarMessages", "Manager"),
}
# Short marks shown next to names on blocks and in lists: they tell educator from officer.
ROLE_MARKS = {
    Role.ADMIN: QT_TRANSLATE_NOOP("CalendarMessages", "Adm"),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("CalendarMessages", "Coord"),
    Role.EDUCATOR: QT_TRANSLATE_NOOP("CalendarMessages", "Edu"),
    Role.OFFICER: QT_TRANSLATE_NOOP("CalendarMessages", "Off"),
    Role.SOCIAL_WORKER: QT_TRANSLATE_NOOP("CalendarMessages", "SW"),
    Role.MANAGER: QT_TRANSLATE_NOOP("CalendarMessages", "Mgr"),
}


def shift_kind_label(kind: ShiftKind) -> str:
    return _t(SHIFT_KINDS[ShiftKind(kind)])


def shift_status_label(status: ShiftStatus) -> str:
    return _t(SHIFT_STATUSES[ShiftStatus(status)])


def absence_kind_label(kind: AbsenceKind) -> str:
    return _t(ABSENCE_KINDS[AbsenceKind(kind)])


def role_label(role: Role) -> str:
    return _t(ROLES[Role(role)])


def role_mark(role: Role) -> str:
    """A two-to-five letter mark for the role ("Edu", "Off")."""
    return _t(ROLE_MARKS[Role(role)])


# -- numbers, dates, weeks -------------------------------------------------------------------


def format_hours(hours: float) -> str:
    """Hours as the locale writes them, without useless decimals: "38", "37,5"."""
    return QLocale().toString(float(round(hours, 2)), "g", 6)


def format_date(day: date, fmt: QLocale.FormatType = QLocale.FormatType.ShortFormat) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def format_time(moment: time) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def format_moment(moment: datetime, tz: ZoneInfo = DEFAULT_TZ) -> str:
    """An aware datetime as a short local date and time in ``tz``: "Mon 16/11/2026 18:00"."""
    local = moment.astimezone(tz)
    locale = QLocale()
    day = locale.dayName(local.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{day} {format_date(local.date())} {format_time(local.time())}"


def week_range_text(monday: date) -> str:
    """The seven days of a week in words: "16–22 November 2026", "30 November – 6 December
    2026", "28 December 2026 – 3 January 2027"."""
    sunday = monday + timedelta(days=6)
    locale = QLocale()
    month = locale.monthName(monday.month, QLocale.FormatType.LongFormat)
    last_month = locale.monthName(sunday.month, QLocale.FormatType.LongFormat)
    first, last = locale.toString(monday.day), locale.toString(sunday.day)
    if monday.month == sunday.month:
        return QCoreApplication.translate(
            "CalendarMessages", "{first}–{last} {month} {year}"
        ).format(first=first, last=last, month=month, year=monday.year)
    if monday.year == sunday.year:
        return QCoreApplication.translate(
            "CalendarMessages", "{first} {month} – {last} {last_month} {year}"
        ).format(first=first, month=month, last=last, last_month=last_month, year=monday.year)
    return QCoreApplication.translate(
        "CalendarMessages", "{first} {month} {year} – {last} {last_month} {last_year}"
    ).format(
        first=first,
        month=month,
        year=monday.year,
        last=last,
        last_month=last_month,
        last_year=sunday.year,
    )


def week_label(monday: date) -> str:
    """ "week 47 (16–22 November 2026)": the ISO week number and its days."""
    return QCoreApplication.translate("CalendarMessages", "week {number} ({days})").format(
        number=monday.isocalendar().week, days=week_range_text(monday)
    )


def qdatetime(moment: datetime) -> QDateTime:
    """An aware datetime for Qt APIs that want one (same instant)."""
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


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
