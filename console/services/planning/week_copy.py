"""Whole weeks of shifts: publishing and unpublishing them, copying one week onto another.

The services follow the conventions of :mod:`console.services.planning.week` (``(session, actor,
...)``, flush without committing, frozen rows back).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.models import Person, Shift, ShiftAssignment, ShiftStatus
from console.services import access
from console.services.access import Action, audit
from console.services.changes import Area, writes
from console.services.planning import rules
from console.services.planning.holidays import HolidayCalendar
from console.services.planning.rules import ShiftInfo
from console.services.planning.week import (
    DEFAULT_HOLIDAYS,
    DEFAULT_TZ,
    NEW_SHIFT_ID,
    PEOPLE_AND_ZONE,
    PlanningError,
    ShiftRow,
    overlapping,
    people_of,
    shift_row,
    unavailability,
    violations_involving,
    week_bounds,
)


class CopyProblemKind(enum.StrEnum):
    PERSON_DROPPED = "person_dropped"  # left, inactive or no longer assignable: not copied
    ZONE_INACTIVE = "zone_inactive"  # the shift was not copied
    TIMES_REFUSED = "times_refused"  # the same wall-clock times are not a valid shift there
    VIOLATION = "violation"  # a rule the copy breaks in the target week (see ``violation``)
    HOLIDAY = "holiday"  # the copy would fall on a public holiday: left out, as asked


@dataclass(frozen=True)
class CopyProblem:
    kind: CopyProblemKind
    source_shift_id: int | None  # the copied shift (None for a violation on another shift)
    shift_id: int | None  # the new shift, or the shift a violation is on
    person_id: int | None
    message: str
    violation: rules.Violation | None = None
    starts_at: datetime | None = None  # when the copy would start (None for a violation)
    zone_name: str | None = None  # for ZONE_INACTIVE and HOLIDAY
    holiday: str | None = None  # for HOLIDAY: the holiday's name


@dataclass(frozen=True)
class CopyResult:
    created: tuple[ShiftRow, ...]
    problems: tuple[CopyProblem, ...]


def copied_ids(result: CopyResult) -> tuple[int, ...]:
    """The ids a copy wrote (what :func:`copy_week` announces)."""
    return tuple(row.id for row in result.created)


@writes(Area.SHIFTS)
def publish_week(
    session: Session, actor: access.Actor, monday: date, tz: ZoneInfo = DEFAULT_TZ
) -> int:
    """Publish the drafts overlapping the local week of ``monday`` (what its view shows).

    Returns how many were published. To undo it, pass the draft ids the view showed to
    :func:`unpublish`.
    """
    access.require(actor, Action.PUBLISH_WEEK)
    week_start, week_end = week_bounds(monday, tz)
    drafts = session.scalars(
        select(Shift).where(overlapping(week_start, week_end), Shift.status == ShiftStatus.DRAFT)
    ).all()
    for shift in drafts:
        shift.status = ShiftStatus.PUBLISHED
    session.flush()
    if drafts:
        _audit_status(session, actor, drafts, ShiftStatus.DRAFT, ShiftStatus.PUBLISHED)
    return len(drafts)


@writes(Area.SHIFTS)
def unpublish(session: Session, actor: access.Actor, shift_ids: Iterable[int]) -> int:
    """Turn the published shifts among ``shift_ids`` back into drafts (the undo of publishing).

    Others are left alone. Returns how many changed.
    """
    access.require(actor, Action.PUBLISH_WEEK)
    published = session.scalars(
        select(Shift).where(Shift.id.in_(list(shift_ids)), Shift.status == ShiftStatus.PUBLISHED)
    ).all()
    for shift in published:
        shift.status = ShiftStatus.DRAFT
    session.flush()
    if published:
        _audit_status(session, actor, published, ShiftStatus.PUBLISHED, ShiftStatus.DRAFT)
    return len(published)


def _audit_status(
    session: Session,
    actor: access.Actor,
    shifts: Sequence[Shift],
    old: ShiftStatus,
    new: ShiftStatus,
) -> None:
    """One entry for a status change of many shifts at once (publishing a week)."""
    audit.record(
        session,
        actor,
        audit.AuditAction.UPDATE,
        entity="shifts",
        details={"changes": {"status": [old, new]}, "ids": sorted(s.id for s in shifts)},
    )


@dataclass(frozen=True)
class HolidayLanding:
    """A shift of the source week whose copy would fall on a public holiday."""

    source_shift_id: int
    zone_name: str
    starts_at: datetime  # aware UTC: when the copy would start
    ends_at: datetime  # aware UTC
    day: date  # the holiday (local)
    holiday: str  # its name


@dataclass(frozen=True)
class CopyPreview:
    """What copying ``source_monday``'s week onto ``target_monday``'s would bring: how many
    shifts, and which of them would fall on a holiday."""

    source_monday: date
    target_monday: date
    shifts: int  # non-cancelled shifts starting in the source week
    on_holidays: tuple[HolidayLanding, ...]  # by start


def copy_preview(
    session: Session,
    actor: access.Actor,
    source_monday: date,
    target_monday: date,
    tz: ZoneInfo = DEFAULT_TZ,
    *,
    holidays: HolidayCalendar = DEFAULT_HOLIDAYS,
) -> CopyPreview:
    """Before :func:`copy_week`: the shifts it would copy onto one of the ``holidays``
    (those in an inactive zone or with refused times are not copied anyway). Writes nothing."""
    access.require(actor, Action.PLAN_SHIFTS)
    rule = rules.HolidayRule(tz, holidays)
    landings = []
    sources = _sources(session, source_monday, target_monday, tz)
    for source in sources:
        starts_at, ends_at = _moved(source, target_monday - source_monday, tz)
        holiday = rules.holiday_of(starts_at, ends_at, rule)
        if holiday is None or not source.zone.active or _refused(starts_at, ends_at):
            continue
        landings.append(HolidayLanding(source.id, source.zone.name, starts_at, ends_at, *holiday))
    return CopyPreview(source_monday, target_monday, len(sources), tuple(landings))


@writes(Area.SHIFTS, ids=copied_ids)
def copy_week(
    session: Session,
    actor: access.Actor,
    source_monday: date,
    target_monday: date,
    tz: ZoneInfo = DEFAULT_TZ,
    *,
    holidays: HolidayCalendar = DEFAULT_HOLIDAYS,
    skip_holidays: bool = True,
) -> CopyResult:
    """Copy the non-cancelled shifts starting in the source week into the target week as drafts.

    Each copy keeps the local weekday and wall-clock times (18:00-22:00 stays 18:00-22:00
    across a DST change), zone, kind, objectives and people. People who cannot be assigned any
    more are dropped, and shifts in inactive zones or whose times are refused there are not
    copied; each is a problem, as is every rule the copies break in the target week. A copy
    that would fall on one of the ``holidays`` is left out (a HOLIDAY problem names it) unless
    ``skip_holidays`` is False: then it is copied and warned about like any shift on a holiday.
    """
    access.require(actor, Action.PLAN_SHIFTS)
    sources = _sources(session, source_monday, target_monday, tz)
    offset = target_monday - source_monday
    rule = rules.HolidayRule(tz, holidays)
    problems: list[CopyProblem] = []
    copies: list[tuple[Shift, Shift, datetime, list[tuple[Person, str]]]] = []
    for source in sources:
        starts_at, ends_at = _moved(source, offset, tz)
        when = f"{starts_at.astimezone(tz):%Y-%m-%d %H:%M}"
        try:
            rules.validate_times(starts_at, ends_at)
        except rules.ShiftRefused as refused:
            problems.append(
                CopyProblem(
                    CopyProblemKind.TIMES_REFUSED,
                    source.id,
                    None,
                    None,
                    f"{when}: {refused}",
                    starts_at=starts_at,
                )
            )
            continue
        if not source.zone.active:
            message = f"{when}: zone {source.zone.name} is not active; shift not copied"
            problems.append(
                CopyProblem(
                    CopyProblemKind.ZONE_INACTIVE,
                    source.id,
                    None,
                    None,
                    message,
                    starts_at=starts_at,
                    zone_name=source.zone.name,
                )
            )
            continue
        holiday = rules.holiday_of(starts_at, ends_at, rule) if skip_holidays else None
        if holiday is not None:
            problems.append(
                CopyProblem(
                    CopyProblemKind.HOLIDAY,
                    source.id,
                    None,
                    None,
                    f"{when}: {holiday[1]} is a public holiday; shift not copied",
                    starts_at=starts_at,
                    zone_name=source.zone.name,
                    holiday=holiday[1],
                )
            )
            continue
        kept, dropped = [], []
        local_day = starts_at.astimezone(tz).date()
        for person in people_of(source):
            reason = unavailability(person, local_day)
            if reason is None:
                kept.append(person)
            else:
                dropped.append((person, f"{when}: {reason}; not copied"))
        copy = Shift(
            zone=source.zone,
            starts_at=starts_at,
            ends_at=ends_at,
            kind=source.kind,
            status=ShiftStatus.DRAFT,
            objectives=source.objectives,
            created_by_id=actor.user_id,
            assignments=[ShiftAssignment(person=person) for person in kept],
        )
        session.add(copy)
        copies.append((source, copy, starts_at, dropped))
    session.flush()
    if copies:
        audit.record(
            session,
            actor,
            audit.AuditAction.CREATE,
            entity="shifts",
            details={
                "copied_from_week": source_monday,
                "to_week": target_monday,
                "ids": sorted(copy.id for _source, copy, _starts, _dropped in copies),
            },
        )

    source_of = {copy.id: source.id for source, copy, _starts, _dropped in copies}
    for source, copy, starts_at, dropped in copies:
        problems.extend(
            CopyProblem(
                CopyProblemKind.PERSON_DROPPED,
                source.id,
                copy.id,
                person.id,
                message,
                starts_at=starts_at,
            )
            for person, message in dropped
        )
    infos = [_shift_info(copy) for _source, copy, _starts, _dropped in copies]
    for violation in violations_involving(session, infos, {}, tz, holidays):
        problems.append(
            CopyProblem(
                CopyProblemKind.VIOLATION,
                source_of.get(violation.shift_id or NEW_SHIFT_ID),
                violation.shift_id,
                violation.person_id,
                violation.message,
                violation,
            )
        )
    return CopyResult(
        created=tuple(shift_row(copy) for _source, copy, _starts, _dropped in copies),
        problems=tuple(problems),
    )


def _sources(
    session: Session, source_monday: date, target_monday: date, tz: ZoneInfo
) -> Sequence[Shift]:
    """The shifts to copy: the non-cancelled ones starting in the source week, by start."""
    if source_monday == target_monday:
        raise PlanningError("week_copy_onto_itself", "a week cannot be copied onto itself")
    source_start, source_end = week_bounds(source_monday, tz)
    week_bounds(target_monday, tz)
    return session.scalars(
        select(Shift)
        .options(*PEOPLE_AND_ZONE)
        .where(
            Shift.starts_at >= source_start,
            Shift.starts_at < source_end,
            Shift.status != ShiftStatus.CANCELLED,
        )
        .order_by(Shift.starts_at, Shift.id)
    ).all()


def _moved(source: Shift, offset: timedelta, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """When the copy of ``source`` would start and end, ``offset`` later on the calendar."""
    return (
        _same_wall_clock(source.starts_at, offset, tz),
        _same_wall_clock(source.ends_at, offset, tz),
    )


def _refused(starts_at: datetime, ends_at: datetime) -> bool:
    try:
        rules.validate_times(starts_at, ends_at)
    except rules.ShiftRefused:
        return True
    return False


def _same_wall_clock(moment: datetime, offset: timedelta, tz: ZoneInfo) -> datetime:
    """``moment`` moved by whole days on the local calendar, keeping its local clock time."""
    local = moment.astimezone(tz)
    return datetime.combine(local.date() + offset, local.time(), tz).astimezone(UTC)


def _shift_info(shift: Shift) -> ShiftInfo:
    return ShiftInfo(
        shift.id,
        shift.starts_at,
        shift.ends_at,
        shift.kind,
        tuple(sorted(a.person_id for a in shift.assignments)),
        shift.status,
    )
