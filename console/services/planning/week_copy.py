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
from console.services.planning.rules import ShiftInfo
from console.services.planning.week import (
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


@dataclass(frozen=True)
class CopyProblem:
    kind: CopyProblemKind
    source_shift_id: int | None  # the copied shift (None for a violation on another shift)
    shift_id: int | None  # the new shift, or the shift a violation is on
    person_id: int | None
    message: str
    violation: rules.Violation | None = None
    starts_at: datetime | None = None  # when the copy would start (None for a violation)
    zone_name: str | None = None  # for ZONE_INACTIVE


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


@writes(Area.SHIFTS, ids=copied_ids)
def copy_week(
    session: Session,
    actor: access.Actor,
    source_monday: date,
    target_monday: date,
    tz: ZoneInfo = DEFAULT_TZ,
) -> CopyResult:
    """Copy the non-cancelled shifts starting in the source week into the target week as drafts.

    Each copy keeps the local weekday and wall-clock times (18:00-22:00 stays 18:00-22:00
    across a DST change), zone, kind, objectives and people. People who cannot be assigned any
    more are dropped, and shifts in inactive zones or whose times are refused there are not
    copied; each is a problem, as is every rule the copies break in the target week.
    """
    access.require(actor, Action.PLAN_SHIFTS)
    if source_monday == target_monday:
        raise PlanningError("week_copy_onto_itself", "a week cannot be copied onto itself")
    source_start, source_end = week_bounds(source_monday, tz)
    week_bounds(target_monday, tz)
    offset = target_monday - source_monday
    sources = session.scalars(
        select(Shift)
        .options(*PEOPLE_AND_ZONE)
        .where(
            Shift.starts_at >= source_start,
            Shift.starts_at < source_end,
            Shift.status != ShiftStatus.CANCELLED,
        )
        .order_by(Shift.starts_at, Shift.id)
    ).all()
    problems: list[CopyProblem] = []
    copies: list[tuple[Shift, Shift, datetime, list[tuple[Person, str]]]] = []
    for source in sources:
        starts_at = _same_wall_clock(source.starts_at, offset, tz)
        ends_at = _same_wall_clock(source.ends_at, offset, tz)
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
    for violation in violations_involving(session, infos, {}, tz):
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
