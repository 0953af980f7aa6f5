"""Planning rules as pure functions: a week's shifts in, :class:`Violation` values out.

Times are aware datetimes (any zone), turned into UTC on the way in: Python subtracts two
datetimes that share a tzinfo on the wall clock, which would make the DST nights (last Sunday of
March and of October) an hour off. Durations here are real elapsed time. No database access.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from console.models import AbsenceKind, Role, ShiftKind, ShiftStatus
from console.services import bounds
from console.services.errors import Refusal
from console.services.planning.holidays import HolidayCalendar

MAX_HOURS = 12
MAX_SHIFT = timedelta(hours=MAX_HOURS)
MIN_REST = timedelta(hours=11)
REST_PERIOD = timedelta(hours=24)


class ViolationKind(enum.StrEnum):
    NO_EDUCATOR = "no_educator"
    NO_OFFICER = "no_officer"
    OVERLAP = "overlap"
    ABSENT = "absent"
    UNAVAILABLE = "unavailable"  # in a time the person declared unavailable every week
    SHORT_REST = "short_rest"
    WEEKLY_HOURS = "weekly_hours"
    HOLIDAY = "holiday"  # a warning: the shift falls on a public holiday


def utc(moment: datetime) -> datetime:
    """The same instant in UTC; naive datetimes are a bug and refused."""
    if moment.tzinfo is UTC:  # already (what the database gives): the same instant, no work
        return moment
    if moment.tzinfo is None:
        raise ValueError(f"naive datetime {moment!r}")
    return moment.astimezone(UTC)


@dataclass(frozen=True)
class PersonInfo:
    id: int
    name: str
    role: Role
    weekly_hours: float


@dataclass(frozen=True)
class ShiftInfo:
    id: int
    starts_at: datetime
    ends_at: datetime
    kind: ShiftKind
    person_ids: tuple[int, ...]
    status: ShiftStatus = ShiftStatus.DRAFT

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts_at", utc(self.starts_at))
        object.__setattr__(self, "ends_at", utc(self.ends_at))

    @property
    def duration(self) -> timedelta:
        return self.ends_at - self.starts_at


@dataclass(frozen=True)
class AbsenceInfo:
    person_id: int
    starts_at: datetime
    ends_at: datetime
    kind: AbsenceKind

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts_at", utc(self.starts_at))
        object.__setattr__(self, "ends_at", utc(self.ends_at))


@dataclass(frozen=True)
class UnavailableInfo:
    """A stretch of time a person declared unavailable (one day of a recurring rule)."""

    person_id: int
    starts_at: datetime
    ends_at: datetime

    def __post_init__(self) -> None:
        object.__setattr__(self, "starts_at", utc(self.starts_at))
        object.__setattr__(self, "ends_at", utc(self.ends_at))


def local_minute(day: date, minute: int, tz: ZoneInfo) -> datetime:
    """``minute`` minutes after local midnight of ``day`` (1440 and past: a later day), UTC."""
    day = day + timedelta(days=minute // 1440)
    minute %= 1440
    return datetime.combine(day, time(minute // 60, minute % 60), tz).astimezone(UTC)


def recurring_times(
    weekday: int,
    start_minute: int | None,
    end_minute: int | None,
    *,
    first_day: date,
    last_day: date,
    tz: ZoneInfo,
) -> list[tuple[datetime, datetime]]:
    """The local times of a weekly rule (on ``weekday``, 0 Monday; the whole day when both
    minutes are None) on the days from ``first_day`` to ``last_day`` included, as UTC pairs."""
    start = 0 if start_minute is None else start_minute
    end = 1440 if end_minute is None else end_minute
    day = first_day + timedelta(days=(weekday - first_day.weekday()) % 7)
    found = []
    while day <= last_day:
        found.append((local_minute(day, start, tz), local_minute(day, end, tz)))
        day += timedelta(days=7)
    return found


@dataclass(frozen=True)
class Violation:
    """A problem found by a rule. ``message`` is English for logs; views build their own text
    from the kind and the values."""

    kind: ViolationKind
    shift_id: int | None
    person_id: int | None
    message: str
    hours: float | None = None  # for WEEKLY_HOURS: hours planned in the week
    contract_hours: float | None = None  # for WEEKLY_HOURS: the person's contract hours
    absence_kind: AbsenceKind | None = None  # for ABSENT: the kind of absence
    other_shift_id: int | None = None  # for OVERLAP
    holiday: str | None = None  # for HOLIDAY: the holiday's name
    day: date | None = None  # for HOLIDAY: the local day of the holiday


def awaits_debrief(status: ShiftStatus, ends_at: datetime, now: datetime) -> bool:
    """A published shift whose end has passed: it was (or should have been) worked, and waits
    for its debrief to become done. A derived state, never stored: it follows the clock."""
    return ShiftStatus(status) is ShiftStatus.PUBLISHED and utc(ends_at) <= utc(now)


class ShiftRefused(Refusal):
    """A shift that can never be saved (ends before it starts, or longer than 12 hours)."""


def validate_times(starts_at: datetime, ends_at: datetime) -> None:
    """Refuse outright what no draft may hold (dates outside :mod:`console.services.bounds`
    included)."""
    try:
        bounds.check_days(starts_at, ends_at)
    except bounds.BoundsRefusal as exc:  # a ShiftRefused, as the shift dialog expects here
        raise ShiftRefused(
            "date_out_of_range",
            "{day} is outside the dates the console accepts ({first} to {last}): check the year",
            **exc.params,
        ) from None
    starts_at, ends_at = utc(starts_at), utc(ends_at)
    if ends_at <= starts_at:
        raise ShiftRefused("shift_ends_before_start", "a shift must end after it starts")
    if ends_at - starts_at > MAX_SHIFT:
        raise ShiftRefused(
            "shift_too_long", "a shift may last at most {hours} hours", hours=MAX_HOURS
        )


def _active(shifts: Iterable[ShiftInfo]) -> list[ShiftInfo]:
    return [s for s in shifts if s.status is not ShiftStatus.CANCELLED]


def check_composition(shift: ShiftInfo, people: dict[int, PersonInfo]) -> list[Violation]:
    """A joint shift needs at least one educator and at least one officer."""
    if shift.kind is not ShiftKind.JOINT or shift.status is ShiftStatus.CANCELLED:
        return []
    roles = {people[p].role for p in shift.person_ids if p in people}
    found = []
    if Role.EDUCATOR not in roles:
        found.append(
            Violation(ViolationKind.NO_EDUCATOR, shift.id, None, "joint shift without an educator")
        )
    if Role.OFFICER not in roles:
        found.append(
            Violation(ViolationKind.NO_OFFICER, shift.id, None, "joint shift without an officer")
        )
    return found


def _by_person(shifts: Sequence[ShiftInfo]) -> dict[int, list[ShiftInfo]]:
    mine: dict[int, list[ShiftInfo]] = defaultdict(list)
    for shift in _active(shifts):
        for person_id in shift.person_ids:
            mine[person_id].append(shift)
    for planned in mine.values():
        planned.sort(key=lambda s: (s.starts_at, s.id))
    return mine


def check_overlaps(shifts: Sequence[ShiftInfo]) -> list[Violation]:
    """A person in two shifts that overlap in time (reported on both shifts)."""
    return _overlaps(_by_person(shifts))


def _overlaps(mine: dict[int, list[ShiftInfo]]) -> list[Violation]:
    found = []
    for person_id, planned in mine.items():
        for i, first in enumerate(planned):
            for second in planned[i + 1 :]:
                if second.starts_at >= first.ends_at:
                    break
                for this, other in ((first, second), (second, first)):
                    found.append(
                        Violation(
                            ViolationKind.OVERLAP,
                            this.id,
                            person_id,
                            "person planned in two overlapping shifts",
                            other_shift_id=other.id,
                        )
                    )
    return found


def check_absences(shifts: Sequence[ShiftInfo], absences: Sequence[AbsenceInfo]) -> list[Violation]:
    """A person planned while absent (leave, sickness, training, other)."""
    away: dict[int, list[AbsenceInfo]] = defaultdict(list)
    for absence in absences:
        away[absence.person_id].append(absence)
    found = []
    for shift in _active(shifts):
        for person_id in shift.person_ids:
            for absence in away.get(person_id, ()):
                if absence.starts_at < shift.ends_at and shift.starts_at < absence.ends_at:
                    found.append(
                        Violation(
                            ViolationKind.ABSENT,
                            shift.id,
                            person_id,
                            f"person planned while absent ({absence.kind.value})",
                            absence_kind=absence.kind,
                        )
                    )
                    break
    return found


def check_unavailable(
    shifts: Sequence[ShiftInfo], unavailable: Sequence[UnavailableInfo]
) -> list[Violation]:
    """A person planned in a time they declared unavailable every week (their recurring
    availability rules; preferred days are no rule), on a shift still to be worked (draft or
    published: the rule says how they work now, not how they worked). Once per shift and
    person."""
    away: dict[int, list[UnavailableInfo]] = defaultdict(list)
    for stretch in unavailable:
        away[stretch.person_id].append(stretch)
    found = []
    for shift in shifts:
        if shift.status not in (ShiftStatus.DRAFT, ShiftStatus.PUBLISHED):
            continue
        for person_id in shift.person_ids:
            if any(
                u.starts_at < shift.ends_at and shift.starts_at < u.ends_at
                for u in away.get(person_id, ())
            ):
                found.append(
                    Violation(
                        ViolationKind.UNAVAILABLE,
                        shift.id,
                        person_id,
                        "person planned in a time they declared unavailable",
                    )
                )
    return found


def _longest_rest(busy: list[tuple[datetime, datetime]], start: datetime) -> timedelta:
    """The longest free stretch in [start, start + 24 h) given sorted busy intervals."""
    end = start + REST_PERIOD
    longest = timedelta(0)
    cursor = start
    for busy_start, busy_end in busy:
        if busy_end <= cursor:
            continue
        if busy_start >= end:
            break
        longest = max(longest, min(busy_start, end) - cursor)
        cursor = max(cursor, busy_end)
        if cursor >= end:
            return longest
    return max(longest, end - cursor)


def check_rest(shifts: Sequence[ShiftInfo]) -> list[Violation]:
    """Less than 11 consecutive hours of rest in the 24 hours from the start of a shift.

    D.Lgs. 66/2003 art. 7 gives 11 consecutive hours of rest in every 24; the 24 hours are
    counted from the start of each shift, as rosters usually read it. The violation is reported
    on the last shift inside that window (the one that squeezes the rest), once per shift;
    shifts that overlap are left to :func:`check_overlaps`.
    """
    return _rest(_by_person(shifts))


def _rest(mine: dict[int, list[ShiftInfo]]) -> list[Violation]:
    found = []
    for person_id, planned in mine.items():
        busy = [(s.starts_at, s.ends_at) for s in planned]
        flagged: set[int] = set()
        for anchor in planned:
            if _longest_rest(busy, anchor.starts_at) >= MIN_REST:
                continue
            window_end = anchor.starts_at + REST_PERIOD
            later = [
                s
                for s in planned
                if s.id != anchor.id and anchor.ends_at <= s.starts_at < window_end
            ]
            if not later or later[-1].id in flagged:
                continue
            culprit = later[-1]
            flagged.add(culprit.id)
            found.append(
                Violation(
                    ViolationKind.SHORT_REST,
                    culprit.id,
                    person_id,
                    "less than 11 consecutive hours of rest in 24 hours",
                    other_shift_id=anchor.id,
                )
            )
    return found


def check_weekly_hours(
    shifts: Sequence[ShiftInfo],
    people: dict[int, PersonInfo],
    week_start: datetime,
    week_end: datetime,
) -> list[Violation]:
    """Hours planned in [week_start, week_end) above the person's contract hours.

    A shift crossing the week boundary counts only its part inside the week. The violation is
    reported on the person's last shift of the week, where the limit is crossed.
    """
    return _weekly_hours(_by_person(shifts), people, utc(week_start), utc(week_end))


def _weekly_hours(
    mine: dict[int, list[ShiftInfo]],
    people: dict[int, PersonInfo],
    week_start: datetime,
    week_end: datetime,
) -> list[Violation]:
    hours: dict[int, timedelta] = defaultdict(timedelta)
    last: dict[int, ShiftInfo] = {}
    for person_id, planned in mine.items():
        for shift in planned:
            if shift.ends_at <= week_start or shift.starts_at >= week_end:
                continue  # the context around the week: nothing inside it
            inside = min(shift.ends_at, week_end) - max(shift.starts_at, week_start)
            if inside > timedelta(0):
                hours[person_id] += inside
                last[person_id] = shift
    found = []
    for person_id, worked in hours.items():
        person = people.get(person_id)
        planned_hours = worked.total_seconds() / 3600
        if person is not None and planned_hours > person.weekly_hours + 1e-9:
            found.append(
                Violation(
                    ViolationKind.WEEKLY_HOURS,
                    last[person_id].id,
                    person_id,
                    f"{planned_hours:g} h planned, contract {person.weekly_hours:g} h",
                    hours=planned_hours,
                    contract_hours=person.weekly_hours,
                )
            )
    return found


@dataclass(frozen=True)
class HolidayRule:
    """Warn about shifts on the holidays of ``calendar``, taking a shift's days in ``tz``."""

    tz: ZoneInfo
    calendar: HolidayCalendar


def holiday_of(
    starts_at: datetime, ends_at: datetime, rule: HolidayRule
) -> tuple[date, str] | None:
    """The first holiday a shift from ``starts_at`` to ``ends_at`` is worked on (its local
    start day, or a day it reaches after midnight), with its name; None on working days."""
    day = starts_at.astimezone(rule.tz).date()
    last = (ends_at - timedelta(microseconds=1)).astimezone(rule.tz).date()
    while day <= last:
        name = rule.calendar.name(day)
        if name is not None:
            return day, name
        day += timedelta(days=1)
    return None


def check_holidays(shifts: Iterable[ShiftInfo], rule: HolidayRule) -> list[Violation]:
    """A shift still to be worked (draft or published) on a public holiday: a warning, so that
    nobody is planned on Christmas or on the patron saint's day by accident."""
    found = []
    for shift in shifts:
        if shift.status not in (ShiftStatus.DRAFT, ShiftStatus.PUBLISHED):
            continue
        holiday = holiday_of(shift.starts_at, shift.ends_at, rule)
        if holiday is not None:
            day, name = holiday
            found.append(
                Violation(
                    ViolationKind.HOLIDAY,
                    shift.id,
                    None,
                    f"shift on a public holiday ({name}, {day:%Y-%m-%d})",
                    holiday=name,
                    day=day,
                )
            )
    return found


def check_week(
    shifts: Sequence[ShiftInfo],
    people: dict[int, PersonInfo],
    absences: Sequence[AbsenceInfo],
    week_start: datetime,
    week_end: datetime,
    *,
    holidays: HolidayRule | None = None,
    unavailable: Sequence[UnavailableInfo] = (),
) -> list[Violation]:
    """Every rule over a week. Pass the shifts of the week plus those within 24 h around it,
    so rest and overlaps across the boundary are seen; only violations on shifts that touch the
    week are returned. Shifts on holidays are warned about only when ``holidays`` says which;
    ``unavailable`` are the times people declared unavailable (:func:`recurring_times`)."""
    week_start, week_end = utc(week_start), utc(week_end)
    touching = {s.id for s in shifts if s.starts_at < week_end and s.ends_at > week_start}
    found: list[Violation] = []
    for shift in shifts:
        if shift.id in touching:
            found.extend(check_composition(shift, people))
    mine = _by_person(shifts)  # once for the three rules that read each person's shifts
    found.extend(_overlaps(mine))
    found.extend(check_absences(shifts, absences))
    found.extend(check_unavailable(shifts, unavailable))
    found.extend(_rest(mine))
    found.extend(_weekly_hours(mine, people, week_start, week_end))
    if holidays is not None:
        found.extend(check_holidays((s for s in shifts if s.id in touching), holidays))
    return [v for v in found if v.shift_id is None or v.shift_id in touching]
