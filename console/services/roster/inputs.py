"""The inputs of a proposal people edit: each zone's weekly demand, each person's recurring
availability, and the locks that keep a shift (or one person on it) as it is.

The services follow the planning conventions (``(session, actor, ...)``, access first, flush
without committing, frozen rows back, one audit entry per write, optimistic locking on
``version_id``). Demand is planning (``PLAN_SHIFTS``); availability is edited with the absences
(``MANAGE_ABSENCES``), and a person may read their own.
"""

from __future__ import annotations

from datetime import time

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from console.models import (
    AvailabilityKind,
    AvailabilityRule,
    DemandPattern,
    Person,
    Shift,
    ShiftAssignment,
    ShiftKind,
    Zone,
)
from console.models.roster import MAX_OUTING_MINUTES, MINUTES_PER_DAY
from console.services import access
from console.services.access import Action, audit
from console.services.changes import Area, row_id, writes
from console.services.conflicts import stale_as
from console.services.errors import Entity, Refusal, StaleRecord, not_found
from console.services.planning.week import PEOPLE_AND_ZONE, ShiftRow, shift_row
from console.services.roster.model import (
    AvailabilityDraft,
    AvailabilityRow,
    DemandDraft,
    DemandRow,
)


class RosterError(Refusal):
    """The demand, availability or proposal cannot be written as asked; nothing was."""


class StaleRoster(StaleRecord, RosterError):
    """A demand pattern, availability or shift changed since the caller read it: reload."""


# -- minutes <-> times -----------------------------------------------------------------------


def _minute(moment: time) -> int:
    return moment.hour * 60 + moment.minute


def _time(minute: int) -> time:
    minute %= MINUTES_PER_DAY
    return time(minute // 60, minute % 60)


def days_mask(days: tuple[int, ...] | list[int]) -> int:
    """Weekdays (0 Monday ... 6 Sunday) as the stored bit mask."""
    mask = 0
    for day in days:
        if not (isinstance(day, int) and 0 <= day <= 6):
            raise RosterError(
                "demand_bad_day", "{day} is not a weekday (0 Monday to 6 Sunday)", day=day
            )
        mask |= 1 << day
    return mask


def mask_days(mask: int) -> tuple[int, ...]:
    return tuple(day for day in range(7) if mask & (1 << day))


# -- demand ----------------------------------------------------------------------------------


def demand_row(pattern: DemandPattern) -> DemandRow:
    return DemandRow(
        id=pattern.id,
        zone_id=pattern.zone_id,
        zone_name=pattern.zone.name,
        days=mask_days(pattern.days),
        starts=_time(pattern.start_minute),
        ends=_time(pattern.end_minute),
        kind=pattern.kind,
        educators=pattern.educators,
        officers=pattern.officers,
        follows_pressure=pattern.follows_pressure,
        active=pattern.active,
        version_id=pattern.version_id,
    )


def demand_patterns(
    session: Session, actor: access.Actor, *, zone_id: int | None = None, active_only: bool = False
) -> list[DemandRow]:
    """The weekly demand, by zone name, then start, then id."""
    access.require(actor, Action.VIEW_CALENDAR)
    query = select(DemandPattern).join(Zone, Zone.id == DemandPattern.zone_id)
    if zone_id is not None:
        query = query.where(DemandPattern.zone_id == zone_id)
    if active_only:
        query = query.where(DemandPattern.active.is_(True))
    query = query.options(joinedload(DemandPattern.zone)).order_by(
        Zone.name, DemandPattern.start_minute, DemandPattern.id
    )
    return [demand_row(p) for p in session.scalars(query)]


def _checked_demand(session: Session, draft: DemandDraft) -> dict[str, object]:
    """The columns of a valid draft, or the refusal saying what is wrong."""
    zone = session.get(Zone, draft.zone_id)
    if zone is None:
        raise not_found(RosterError, Entity.ZONE, draft.zone_id)
    if not draft.days:
        raise RosterError("demand_no_days", "choose at least one day of the week")
    mask = days_mask(list(draft.days))
    start = _minute(draft.starts)
    end = _minute(draft.ends)
    if end <= start:
        end += MINUTES_PER_DAY
    if end - start > MAX_OUTING_MINUTES:
        raise RosterError(
            "demand_too_long",
            "an outing may last at most {hours} hours",
            hours=MAX_OUTING_MINUTES // 60,
        )
    educators, officers = int(draft.educators), int(draft.officers)
    if not (0 <= educators <= 10 and 0 <= officers <= 10) or educators + officers < 1:
        raise RosterError(
            "demand_people", "an outing needs 1 to 10 educators and officers, at least one person"
        )
    kind = ShiftKind(draft.kind)
    if kind is ShiftKind.JOINT and (educators < 1 or officers < 1):
        raise RosterError(
            "demand_joint_needs_both", "a joint outing needs at least one educator and one officer"
        )
    return {
        "zone": zone,
        "days": mask,
        "start_minute": start,
        "end_minute": end,
        "kind": kind,
        "educators": educators,
        "officers": officers,
        "follows_pressure": bool(draft.follows_pressure),
        "active": bool(draft.active),
    }


@writes(Area.SHIFTS, ids=row_id)
def add_demand(session: Session, actor: access.Actor, draft: DemandDraft) -> DemandRow:
    """Add a weekly outing to a zone's demand. Raises :class:`RosterError` for an unknown
    zone, no day, an outing over 12 hours or a team that cannot be (a joint outing without
    an educator or an officer)."""
    access.require(actor, Action.PLAN_SHIFTS)
    pattern = DemandPattern(**_checked_demand(session, draft))
    session.add(pattern)
    audit.record_write(session, actor, "create", pattern)
    return demand_row(pattern)


@writes(Area.SHIFTS, ids=row_id)
def update_demand(
    session: Session,
    actor: access.Actor,
    demand_id: int,
    draft: DemandDraft,
    *,
    expected_version: int,
) -> DemandRow:
    """Change a demand pattern; :class:`StaleRoster` when it is no longer at
    ``expected_version``."""
    access.require(actor, Action.PLAN_SHIFTS)
    values = _checked_demand(session, draft)
    pattern = _demand(session, demand_id, expected_version)
    for name, value in values.items():
        setattr(pattern, name, value)
    with stale_as(StaleRoster(Entity.DEMAND, demand_id, expected_version)):
        audit.record_write(session, actor, "update", pattern)
    return demand_row(pattern)


@writes(Area.SHIFTS)
def remove_demand(
    session: Session, actor: access.Actor, demand_id: int, *, expected_version: int
) -> None:
    """Delete a demand pattern (shifts already made from it stay)."""
    access.require(actor, Action.PLAN_SHIFTS)
    pattern = _demand(session, demand_id, expected_version)
    session.delete(pattern)
    with stale_as(StaleRoster(Entity.DEMAND, demand_id, expected_version)):
        audit.record_write(session, actor, "delete", pattern)


def _demand(session: Session, demand_id: int, expected_version: int) -> DemandPattern:
    pattern = session.get(DemandPattern, demand_id, options=[joinedload(DemandPattern.zone)])
    if pattern is None:
        raise not_found(RosterError, Entity.DEMAND, demand_id)
    if pattern.version_id != expected_version:
        raise StaleRoster(Entity.DEMAND, demand_id, expected_version)
    return pattern


# -- availability ----------------------------------------------------------------------------


def availability_row(rule: AvailabilityRule) -> AvailabilityRow:
    return AvailabilityRow(
        id=rule.id,
        person_id=rule.person_id,
        person_name=rule.person.full_name,
        kind=rule.kind,
        weekday=rule.weekday,
        starts=None if rule.start_minute is None else _time(rule.start_minute),
        ends=None if rule.end_minute is None else _time(rule.end_minute),
        version_id=rule.version_id,
    )


def availability_of(
    session: Session, actor: access.Actor, person_id: int | None = None
) -> list[AvailabilityRow]:
    """Recurring availability, of one person or of everyone, by person then weekday then
    start. Those who manage absences read everyone's; anyone reads their own."""
    if person_id is None or person_id != actor.person_id:
        access.require(actor, Action.MANAGE_ABSENCES)
    query = (
        select(AvailabilityRule)
        .options(joinedload(AvailabilityRule.person))
        .order_by(
            AvailabilityRule.person_id,
            AvailabilityRule.weekday,
            AvailabilityRule.start_minute,
            AvailabilityRule.id,
        )
    )
    if person_id is not None:
        query = query.where(AvailabilityRule.person_id == person_id)
    return [availability_row(rule) for rule in session.scalars(query)]


def _checked_availability(draft: AvailabilityDraft) -> dict[str, object]:
    weekday = draft.weekday
    if not (isinstance(weekday, int) and 0 <= weekday <= 6):
        raise RosterError(
            "demand_bad_day", "{day} is not a weekday (0 Monday to 6 Sunday)", day=weekday
        )
    if (draft.starts is None) != (draft.ends is None):
        raise RosterError(
            "availability_half_times", "give both a start and an end time, or neither (all day)"
        )
    start = end = None
    if draft.starts is not None and draft.ends is not None:
        start, end = _minute(draft.starts), _minute(draft.ends)
        if end == 0:
            end = MINUTES_PER_DAY
        if end <= start:
            raise RosterError(
                "availability_ends_before_start",
                "the time must end after it starts on the same day",
            )
    return {
        "kind": AvailabilityKind(draft.kind),
        "weekday": weekday,
        "start_minute": start,
        "end_minute": end,
    }


@writes(Area.ABSENCES, ids=row_id)
def add_availability(
    session: Session, actor: access.Actor, person_id: int, draft: AvailabilityDraft
) -> AvailabilityRow:
    """Record a recurring unavailability or preference of a person."""
    access.require(actor, Action.MANAGE_ABSENCES)
    values = _checked_availability(draft)
    person = session.get(Person, person_id)
    if person is None:
        raise not_found(RosterError, Entity.PERSON, person_id)
    rule = AvailabilityRule(person=person, **values)
    session.add(rule)
    audit.record_write(session, actor, "create", rule)
    return availability_row(rule)


@writes(Area.ABSENCES, ids=row_id)
def update_availability(
    session: Session,
    actor: access.Actor,
    availability_id: int,
    draft: AvailabilityDraft,
    *,
    expected_version: int,
) -> AvailabilityRow:
    access.require(actor, Action.MANAGE_ABSENCES)
    values = _checked_availability(draft)
    rule = _availability(session, availability_id, expected_version)
    for name, value in values.items():
        setattr(rule, name, value)
    with stale_as(StaleRoster(Entity.AVAILABILITY, availability_id, expected_version)):
        audit.record_write(session, actor, "update", rule)
    return availability_row(rule)


@writes(Area.ABSENCES)
def remove_availability(
    session: Session, actor: access.Actor, availability_id: int, *, expected_version: int
) -> None:
    access.require(actor, Action.MANAGE_ABSENCES)
    rule = _availability(session, availability_id, expected_version)
    session.delete(rule)
    with stale_as(StaleRoster(Entity.AVAILABILITY, availability_id, expected_version)):
        audit.record_write(session, actor, "delete", rule)


def _availability(
    session: Session, availability_id: int, expected_version: int
) -> AvailabilityRule:
    rule = session.get(
        AvailabilityRule, availability_id, options=[joinedload(AvailabilityRule.person)]
    )
    if rule is None:
        raise not_found(RosterError, Entity.AVAILABILITY, availability_id)
    if rule.version_id != expected_version:
        raise StaleRoster(Entity.AVAILABILITY, availability_id, expected_version)
    return rule


# -- locks -----------------------------------------------------------------------------------


@writes(Area.SHIFTS, ids=row_id)
def set_shift_locked(
    session: Session, actor: access.Actor, shift_id: int, locked: bool, *, expected_version: int
) -> ShiftRow:
    """Lock a shift (a proposal keeps its times, zone and people) or unlock it."""
    access.require(actor, Action.PLAN_SHIFTS)
    shift = session.get(Shift, shift_id, options=list(PEOPLE_AND_ZONE))
    if shift is None:
        raise not_found(RosterError, Entity.SHIFT, shift_id)
    if shift.version_id != expected_version:
        raise StaleRoster(Entity.SHIFT, shift_id, expected_version)
    shift.locked = bool(locked)
    with stale_as(StaleRoster(Entity.SHIFT, shift_id, expected_version)):
        audit.record_write(session, actor, "update", shift)
    return shift_row(shift)


@writes(Area.SHIFTS, ids=lambda row: [row.id])
def set_assignment_locked(
    session: Session, actor: access.Actor, shift_id: int, person_id: int, locked: bool
) -> ShiftRow:
    """Keep ``person_id`` on the shift whatever a proposal suggests (or let it move them)."""
    access.require(actor, Action.PLAN_SHIFTS)
    assignment = session.scalar(
        select(ShiftAssignment).where(
            ShiftAssignment.shift_id == shift_id, ShiftAssignment.person_id == person_id
        )
    )
    if assignment is None:
        raise RosterError(
            "assignment_not_found",
            "person {person} is not on shift {shift}",
            person=person_id,
            shift=shift_id,
        )
    assignment.locked = bool(locked)
    audit.record_write(session, actor, "update", assignment)
    shift = session.get(Shift, shift_id, options=list(PEOPLE_AND_ZONE))
    assert shift is not None
    return shift_row(shift)


def locked_people(session: Session, shift_ids: list[int]) -> dict[int, set[int]]:
    """The locked assignments of the given shifts: shift id -> person ids."""
    found: dict[int, set[int]] = {}
    if not shift_ids:
        return found
    rows = session.execute(
        select(ShiftAssignment.shift_id, ShiftAssignment.person_id).where(
            ShiftAssignment.shift_id.in_(shift_ids), ShiftAssignment.locked.is_(True)
        )
    )
    for shift_id, person_id in rows:
        found.setdefault(shift_id, set()).add(person_id)
    return found
