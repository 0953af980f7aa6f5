"""Editing shifts: checking a draft against the rules, creating, changing, cancelling, restoring
and deleting a shift, with optimistic locking on ``version_id``.

The services follow the conventions of :mod:`console.services.planning.week` (``(session, actor,
...)``, flush without committing, frozen rows back) and return its :class:`planning.ShiftRow`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from console.models import (
    Intervention,
    Person,
    Shift,
    ShiftAssignment,
    ShiftKind,
    ShiftStatus,
    Zone,
)
from console.models.base import utcnow
from console.services import access
from console.services.access import Action, audit
from console.services.changes import Area, row_id, writes
from console.services.conflicts import stale_as
from console.services.errors import Entity, StaleRecord, not_found
from console.services.planning import rules
from console.services.planning.holidays import HolidayCalendar
from console.services.planning.rules import PersonInfo, ShiftInfo
from console.services.planning.week import (
    DEFAULT_HOLIDAYS,
    DEFAULT_TZ,
    NEW_SHIFT_ID,
    PEOPLE_AND_ZONE,
    PlanningError,
    ShiftRow,
    shift_row,
    unavailability,
    violations_involving,
)
from console.services.text_rules import TextField, clean_text


class StaleShift(StaleRecord, PlanningError):
    """The shift changed since the caller read it. ``current`` is its row now (None when the
    conflict was only seen while writing: reload it)."""

    def __init__(self, shift_id: int, current: ShiftRow | None, expected_version: int) -> None:
        self.shift_id = shift_id
        self.current = current
        self.expected_version = expected_version
        now = " (now version {now})" if current is not None else ""
        super().__init__(
            Entity.SHIFT,
            shift_id,
            expected_version,
            "{entity} {id} was changed by someone else since version {version}" + now,
            **({"now": current.version_id} if current is not None else {}),
        )


@dataclass(frozen=True)
class ShiftDraft:
    """What the shift dialog holds: a shift as it would be saved."""

    zone_id: int
    starts_at: datetime  # aware, any zone
    ends_at: datetime
    kind: ShiftKind = ShiftKind.JOINT
    objectives: str = ""
    person_ids: tuple[int, ...] = field(default=())

    def __post_init__(self) -> None:
        object.__setattr__(self, "person_ids", tuple(dict.fromkeys(self.person_ids)))


def check_draft(
    session: Session,
    actor: access.Actor,
    draft: ShiftDraft,
    *,
    shift_id: int | None = None,
    tz: ZoneInfo = DEFAULT_TZ,
    holidays: HolidayCalendar = DEFAULT_HOLIDAYS,
) -> list[rules.Violation]:
    """The problems the shift would be part of if saved as drafted, a warning for a day among
    the ``holidays`` included; writes nothing.

    With ``shift_id`` the draft replaces that shift; without, it is a new shift whose
    violations carry :data:`planning.NEW_SHIFT_ID`. Raises :class:`rules.ShiftRefused` for
    times no shift may have and :class:`PlanningError` for an unknown zone or person, or a
    person who cannot be assigned.
    """
    access.require(actor, Action.PLAN_SHIFTS)
    rules.validate_times(draft.starts_at, draft.ends_at)
    status = ShiftStatus.DRAFT
    if shift_id is not None:
        status = _shift(session, shift_id).status
    _zone(session, draft.zone_id)
    people = _assignable_people(session, draft.person_ids, draft.starts_at, tz)
    info = ShiftInfo(
        NEW_SHIFT_ID if shift_id is None else shift_id,
        draft.starts_at,
        draft.ends_at,
        draft.kind,
        draft.person_ids,
        status,
    )
    extra = {p.id: _person_info(p) for p in people}
    return violations_involving(session, [info], extra, tz, holidays)


# -- editing shifts --------------------------------------------------------------------------


@writes(Area.SHIFTS, ids=row_id)
def create_shift(
    session: Session, actor: access.Actor, draft: ShiftDraft, *, tz: ZoneInfo = DEFAULT_TZ
) -> ShiftRow:
    """A new draft shift. Problems with the rules do not block; see :func:`check_draft`.

    Raises :class:`rules.ShiftRefused` (ends before it starts, longer than 12 h) and
    :class:`PlanningError` (unknown or inactive zone; unknown person, inactive, left before the
    shift's local day, or of a role that is never assigned). Nothing is written then.
    """
    access.require(actor, Action.PLAN_SHIFTS)
    rules.validate_times(draft.starts_at, draft.ends_at)
    objectives = clean_text(draft.objectives, TextField.SHIFT_OBJECTIVES)
    zone = _zone(session, draft.zone_id, must_be_active=True)
    people = _assignable_people(session, draft.person_ids, draft.starts_at, tz)
    shift = Shift(
        zone=zone,
        starts_at=rules.utc(draft.starts_at),
        ends_at=rules.utc(draft.ends_at),
        kind=draft.kind,
        status=ShiftStatus.DRAFT,
        objectives=objectives,
        created_by_id=actor.user_id,
        assignments=[ShiftAssignment(person=person) for person in people],
    )
    session.add(shift)
    audit.record_write(
        session, actor, "create", shift, extra={"people": [person.id for person in people]}
    )
    return shift_row(shift)


@writes(Area.SHIFTS, ids=row_id)
def update_shift(
    session: Session,
    actor: access.Actor,
    shift_id: int,
    draft: ShiftDraft,
    expected_version: int,
    *,
    tz: ZoneInfo = DEFAULT_TZ,
) -> ShiftRow:
    """Move, resize or edit a draft or published shift; every change bumps ``version_id``.

    Raises :class:`StaleShift` when the shift is no longer at ``expected_version``, and
    :class:`PlanningError` for a cancelled or done shift and for the reasons of
    :func:`create_shift`. A draft equal to the shift changes nothing, version included.
    """
    access.require(actor, Action.PLAN_SHIFTS)
    rules.validate_times(draft.starts_at, draft.ends_at)
    objectives = clean_text(draft.objectives, TextField.SHIFT_OBJECTIVES)
    shift = _shift(session, shift_id)
    _check_version(shift, expected_version)
    if shift.status in (ShiftStatus.CANCELLED, ShiftStatus.DONE):
        raise PlanningError(
            "shift_not_editable", "a {status} shift cannot be edited", status=shift.status
        )
    # Every query before the first change: an autoflush in between would bump the version twice.
    changed = draft.zone_id != shift.zone_id
    zone = _zone(session, draft.zone_id, must_be_active=True) if changed else shift.zone
    people = _assignable_people(session, draft.person_ids, draft.starts_at, tz)
    shift.zone = zone
    for name, value in (
        ("starts_at", rules.utc(draft.starts_at)),
        ("ends_at", rules.utc(draft.ends_at)),
        ("kind", draft.kind),
        ("objectives", objectives),
    ):
        if getattr(shift, name) != value:
            setattr(shift, name, value)
            changed = True
    wanted = {person.id for person in people}
    assigned = {a.person_id: a for a in shift.assignments}
    extra = {}
    if wanted != set(assigned):
        extra["people"] = [sorted(assigned), sorted(wanted)]
    for person_id, assignment in assigned.items():
        if person_id not in wanted:
            shift.assignments.remove(assignment)
            changed = True
    for person in people:
        if person.id not in assigned:
            shift.assignments.append(ShiftAssignment(person=person))
            changed = True
    if changed:
        _write(session, actor, shift, expected_version, extra)
    return shift_row(shift)


@writes(Area.SHIFTS, ids=row_id)
def cancel_shift(
    session: Session, actor: access.Actor, shift_id: int, expected_version: int
) -> ShiftRow:
    """Mark the shift cancelled; the row stays (calendars learn of it as STATUS:CANCELLED).

    Raises :class:`StaleShift`, or :class:`PlanningError` for a done or cancelled shift.
    """
    access.require(actor, Action.PLAN_SHIFTS)
    shift = _shift(session, shift_id)
    _check_version(shift, expected_version)
    if shift.status in (ShiftStatus.CANCELLED, ShiftStatus.DONE):
        raise PlanningError(
            "shift_not_cancellable", "a {status} shift cannot be cancelled", status=shift.status
        )
    shift.status = ShiftStatus.CANCELLED
    _write(session, actor, shift, expected_version)
    return shift_row(shift)


@writes(Area.SHIFTS, ids=row_id)
def restore_shift(
    session: Session, actor: access.Actor, shift_id: int, status: ShiftStatus
) -> ShiftRow:
    """Undo a cancellation: the cancelled shift goes back to ``status`` (draft or published)."""
    access.require(actor, Action.PLAN_SHIFTS)
    status = ShiftStatus(status)
    if status not in (ShiftStatus.DRAFT, ShiftStatus.PUBLISHED):
        raise PlanningError(
            "shift_restore_status",
            "a shift can be restored as draft or published, not {status}",
            status=status,
        )
    shift = _shift(session, shift_id)
    if shift.status is not ShiftStatus.CANCELLED:
        raise PlanningError("shift_not_cancelled", "shift {id} is not cancelled", id=shift_id)
    shift.status = status
    _write(session, actor, shift, shift.version_id)
    return shift_row(shift)


@writes(Area.SHIFTS)
def delete_draft(session: Session, actor: access.Actor, shift_id: int) -> None:
    """Delete a draft (the undo of creating it). Other shifts are cancelled, never deleted."""
    access.require(actor, Action.PLAN_SHIFTS)
    shift = _shift(session, shift_id)
    if shift.status is not ShiftStatus.DRAFT:
        raise PlanningError(
            "shift_delete_not_draft",
            "only a draft can be deleted; shift {id} is {status}",
            id=shift_id,
            status=shift.status,
        )
    if session.scalar(select(Intervention.id).where(Intervention.shift_id == shift_id)):
        raise PlanningError(
            "shift_delete_has_debrief",
            "shift {id} has a debrief and cannot be deleted",
            id=shift_id,
        )
    session.delete(shift)
    audit.record_write(session, actor, "delete", shift)


# -- helpers ---------------------------------------------------------------------------------


def _shift(session: Session, shift_id: int) -> Shift:
    shift = session.get(Shift, shift_id, options=PEOPLE_AND_ZONE)
    if shift is None:
        raise not_found(PlanningError, Entity.SHIFT, shift_id)
    return shift


def _zone(session: Session, zone_id: int, *, must_be_active: bool = False) -> Zone:
    zone = session.get(Zone, zone_id)
    if zone is None:
        raise not_found(PlanningError, Entity.ZONE, zone_id)
    if must_be_active and not zone.active:
        raise PlanningError("zone_inactive", "zone {zone} is not active", zone=zone.name)
    return zone


def _assignable_people(
    session: Session, person_ids: Sequence[int], starts_at: datetime, tz: ZoneInfo
) -> list[Person]:
    """The persons, in the given order; PlanningError for an unknown or unassignable one."""
    found = {
        person.id: person
        for person in session.scalars(select(Person).where(Person.id.in_(list(person_ids))))
    }
    local_day = starts_at.astimezone(tz).date()
    for person_id in person_ids:
        person = found.get(person_id)
        if person is None:
            raise not_found(PlanningError, Entity.PERSON, person_id)
        refusal = unavailability(person, local_day)
        if refusal is not None:
            raise refusal
    return [found[person_id] for person_id in person_ids]


def _check_version(shift: Shift, expected_version: int) -> None:
    if shift.version_id != expected_version:
        raise StaleShift(shift.id, shift_row(shift), expected_version)


def _write(
    session: Session,
    actor: access.Actor,
    shift: Shift,
    expected_version: int,
    extra: dict[str, object] | None = None,
) -> None:
    """Flush and audit a change of ``shift``, forcing the version bump.

    SQLAlchemy bumps ``version_id`` only when a column of the shifts row changes; a change of
    the people alone would not, so ``updated_at`` is always touched. A concurrent writer that
    got there first makes the versioned UPDATE match no row: that is a :class:`StaleShift`.
    """
    stale = StaleShift(shift.id, None, expected_version)  # no attribute reads after a failed flush
    shift.updated_at = utcnow()
    flag_modified(shift, "updated_at")
    with stale_as(stale):
        audit.record_write(session, actor, "update", shift, extra=extra)


def _person_info(person: Person) -> PersonInfo:
    return PersonInfo(person.id, person.short_name, person.role, person.weekly_hours)
