"""Absences (leave, sickness, training, other) per person: listed, added, changed, removed.

The planning rules read them through :mod:`console.services.planning.week`; the services here take
``(session, actor, ...)``, flush without committing and return :class:`planning.AbsenceRow`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from console.models import Absence, AbsenceKind, Person
from console.services import access, bounds
from console.services.access import Action, audit
from console.services.changes import Area, row_id, writes
from console.services.conflicts import stale_as
from console.services.errors import Entity, StaleRecord, not_found
from console.services.planning import rules
from console.services.planning.week import AbsenceRow, PlanningError, absence_row
from console.services.text_rules import TextField, clean_text


class StaleAbsence(StaleRecord, PlanningError):
    """The absence changed since the caller read it. ``current`` is its row now (None when the
    conflict was only seen while writing: reload it)."""

    def __init__(self, absence_id: int, current: AbsenceRow | None, expected_version: int) -> None:
        self.absence_id = absence_id
        self.current = current
        self.expected_version = expected_version
        super().__init__(Entity.ABSENCE, absence_id, expected_version)


def absences_of(
    session: Session, actor: access.Actor, person_id: int, start: datetime, end: datetime
) -> list[AbsenceRow]:
    """The person's absences overlapping [start, end), by start.

    Notes are shown only to those who manage absences and to the person (see
    :func:`planning.absence_row`). Raises :class:`PlanningError` for an unknown person or an
    empty range.
    """
    access.require(actor, Action.VIEW_CALENDAR)
    start, end = _range(start, end, what="the range")
    _person(session, person_id)
    found = session.scalars(
        select(Absence)
        .options(joinedload(Absence.person))
        .where(Absence.person_id == person_id, Absence.starts_at < end, Absence.ends_at > start)
        .order_by(Absence.starts_at, Absence.id)
    )
    return [absence_row(absence, actor) for absence in found]


@writes(Area.ABSENCES, ids=row_id)
def add_absence(
    session: Session,
    actor: access.Actor,
    person_id: int,
    *,
    kind: AbsenceKind,
    starts_at: datetime,
    ends_at: datetime,
    note: str | None = None,
) -> AbsenceRow:
    """Record an absence. Shifts planned meanwhile are not touched: the rules flag them.

    Raises :class:`PlanningError` for an unknown person or an absence that does not end after
    it starts.
    """
    access.require(actor, Action.MANAGE_ABSENCES)
    starts_at, ends_at = _range(starts_at, ends_at, what="an absence")
    absence = Absence(
        person=_person(session, person_id),
        kind=AbsenceKind(kind),
        starts_at=starts_at,
        ends_at=ends_at,
        note=clean_text(note, TextField.ABSENCE_NOTE) or None,
    )
    session.add(absence)
    audit.record_write(session, actor, "create", absence)
    return absence_row(absence, actor)


@writes(Area.ABSENCES, ids=row_id)
def update_absence(
    session: Session,
    actor: access.Actor,
    absence_id: int,
    *,
    kind: AbsenceKind,
    starts_at: datetime,
    ends_at: datetime,
    note: str | None,
    expected_version: int,
) -> AbsenceRow:
    """Change an absence's kind, times or note; the version grows when anything changed.

    Raises :class:`StaleAbsence` when it is no longer at ``expected_version`` and
    :class:`PlanningError` for an unknown absence or times that do not end after they start.
    """
    access.require(actor, Action.MANAGE_ABSENCES)
    starts_at, ends_at = _range(starts_at, ends_at, what="an absence")
    note = clean_text(note, TextField.ABSENCE_NOTE) or None
    absence = _absence(session, absence_id, actor, expected_version)
    absence.kind = AbsenceKind(kind)
    absence.starts_at = starts_at
    absence.ends_at = ends_at
    absence.note = note
    _flush(session, actor, absence, expected_version, "update")
    return absence_row(absence, actor)


@writes(Area.ABSENCES)
def remove_absence(
    session: Session, actor: access.Actor, absence_id: int, expected_version: int
) -> None:
    """Delete an absence (its undo is :func:`add_absence` with the same values)."""
    access.require(actor, Action.MANAGE_ABSENCES)
    absence = _absence(session, absence_id, actor, expected_version)
    session.delete(absence)
    _flush(session, actor, absence, expected_version, "delete")


def _range(start: datetime, end: datetime, *, what: str) -> tuple[datetime, datetime]:
    bounds.check_days(start, end)
    start, end = rules.utc(start), rules.utc(end)
    if end <= start:
        raise PlanningError(
            "absence_ends_before_start", "{what} must end after it starts", what=what
        )
    return start, end


def _person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise not_found(PlanningError, Entity.PERSON, person_id)
    return person


def _absence(
    session: Session, absence_id: int, actor: access.Actor, expected_version: int
) -> Absence:
    absence = session.get(Absence, absence_id, options=[joinedload(Absence.person)])
    if absence is None:
        raise not_found(PlanningError, Entity.ABSENCE, absence_id)
    if absence.version_id != expected_version:
        raise StaleAbsence(absence_id, absence_row(absence, actor), expected_version)
    return absence


def _flush(
    session: Session, actor: access.Actor, absence: Absence, expected_version: int, verb: str
) -> None:
    with stale_as(StaleAbsence(absence.id, None, expected_version)):  # built before the flush
        audit.record_write(session, actor, verb, absence)
