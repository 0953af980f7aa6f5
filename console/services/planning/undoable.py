"""The Calendar's undoable edits as service operations: each is one step (a redo or an undo) of
a command on the Calendar's undo stack, and keeps that stack's :class:`ShiftBook` up to date.

A step may run long after the command was made, and after other steps changed the shift, so it
finds the shift's id and version in the book when it runs, not when it was asked for. The book
and a command's :class:`EditTrail` are plain objects shared with the commands; only these
operations write them, and the one worker runs operations one at a time in the order they were
asked for, so a step always sees what the steps before it wrote.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from console.models import ShiftStatus
from console.services.access import Actor
from console.services.changes import Area, row_id, writes
from console.services.planning import shift_edits, week_copy
from console.services.planning.holidays import HolidayCalendar
from console.services.planning.shift_edits import ShiftDraft
from console.services.planning.week import DEFAULT_HOLIDAYS, ShiftRow, shifts_in_week
from console.services.planning.week_copy import CopyResult


@dataclass
class ShiftBook:
    """What one undo stack's steps wrote: shift ids now (by any id they had) and versions."""

    current: dict[int, int] = field(default_factory=dict)
    versions: dict[int, int] = field(default_factory=dict)

    def id_of(self, shift_id: int) -> int:
        return self.current.get(shift_id, shift_id)

    def version_of(self, shift_id: int) -> int:
        return self.versions[self.id_of(shift_id)]

    def saw(self, row: ShiftRow) -> None:
        """A row as loaded or written: its version is the one the next change expects."""
        self.versions[row.id] = row.version_id


@dataclass
class EditTrail:
    """What one command's steps learned, for its next step: the shift it created (and the ids
    earlier incarnations of that shift had), or the shifts it published or copied."""

    shift_id: int | None = None
    aliases: list[int] = field(default_factory=list)
    ids: list[int] = field(default_factory=list)


def draft_of(row: ShiftRow) -> ShiftDraft:
    """The draft that recreates ``row`` as it is now (what an undo puts back)."""
    return ShiftDraft(
        zone_id=row.zone_id,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        kind=row.kind,
        objectives=row.objectives,
        person_ids=tuple(p.id for p in row.people),
    )


# -- one shift -------------------------------------------------------------------------------


@writes(Area.SHIFTS, ids=row_id)
def create_shift(
    session: Session, actor: Actor, book: ShiftBook, trail: EditTrail, draft: ShiftDraft
) -> ShiftRow:
    """Create the draft shift (again, on a redo: a new row, that earlier steps now mean)."""
    row = shift_edits.create_shift(session, actor, draft)
    trail.aliases.append(row.id)
    for alias in trail.aliases:
        book.current[alias] = row.id
    book.saw(row)
    trail.shift_id = row.id
    return row


@writes(Area.SHIFTS)
def delete_created_shift(session: Session, actor: Actor, trail: EditTrail) -> None:
    """Undo :func:`create_shift`: delete the draft it made (nothing if it made none)."""
    if trail.shift_id is not None:
        shift_edits.delete_draft(session, actor, trail.shift_id)
        trail.shift_id = None


@writes(Area.SHIFTS, ids=row_id)
def update_shift(
    session: Session, actor: Actor, book: ShiftBook, shift_id: int, draft: ShiftDraft
) -> ShiftRow:
    """Move, resize or edit the shift first known as ``shift_id`` into ``draft``, at the
    version the book last saw (raises ``StaleShift`` when someone else changed it since)."""
    shift_id = book.id_of(shift_id)
    row = shift_edits.update_shift(session, actor, shift_id, draft, book.version_of(shift_id))
    book.saw(row)
    return row


@writes(Area.SHIFTS, ids=row_id)
def cancel_shift(session: Session, actor: Actor, book: ShiftBook, shift_id: int) -> ShiftRow:
    """Cancel the shift first known as ``shift_id``, at the version the book last saw."""
    shift_id = book.id_of(shift_id)
    row = shift_edits.cancel_shift(session, actor, shift_id, book.version_of(shift_id))
    book.saw(row)
    return row


@writes(Area.SHIFTS, ids=row_id)
def restore_shift(
    session: Session, actor: Actor, book: ShiftBook, shift_id: int, status: ShiftStatus
) -> ShiftRow:
    """Undo :func:`cancel_shift`: the shift goes back to ``status``."""
    row = shift_edits.restore_shift(session, actor, book.id_of(shift_id), status)
    book.saw(row)
    return row


# -- whole weeks -----------------------------------------------------------------------------


def _saw_week(session: Session, actor: Actor, book: ShiftBook, monday: date, tz: ZoneInfo) -> None:
    for row in shifts_in_week(session, actor, monday, tz).shifts:
        book.saw(row)


@writes(Area.SHIFTS)
def publish_week(  # noqa: PLR0917 - the command's book and trail, then the week
    session: Session, actor: Actor, book: ShiftBook, trail: EditTrail, monday: date, tz: ZoneInfo
) -> int:
    """Publish the drafts of the week, noting which they were; returns how many."""
    plan = shifts_in_week(session, actor, monday, tz)
    trail.ids = [s.id for s in plan.shifts if s.status is ShiftStatus.DRAFT]
    published = week_copy.publish_week(session, actor, monday, tz)
    _saw_week(session, actor, book, monday, tz)
    return published


@writes(Area.SHIFTS)
def unpublish_week(  # noqa: PLR0917 - as publish_week
    session: Session, actor: Actor, book: ShiftBook, trail: EditTrail, monday: date, tz: ZoneInfo
) -> int:
    """Undo :func:`publish_week`: the shifts it published are drafts again; returns how many."""
    undone = week_copy.unpublish(session, actor, trail.ids)
    _saw_week(session, actor, book, monday, tz)
    return undone


@writes(Area.SHIFTS, ids=week_copy.copied_ids)
def copy_week(  # noqa: PLR0917 - the command's book and trail, then the weeks
    session: Session,
    actor: Actor,
    book: ShiftBook,
    trail: EditTrail,
    source: date,
    target: date,
    tz: ZoneInfo,
    *,
    holidays: HolidayCalendar = DEFAULT_HOLIDAYS,
    skip_holidays: bool = True,
) -> CopyResult:
    """Copy the week of ``source`` onto the week of ``target`` as drafts, noting them (the
    shifts that would fall on one of the ``holidays`` are left out if ``skip_holidays``)."""
    result = week_copy.copy_week(
        session,
        actor,
        source,
        target,
        tz,
        holidays=holidays,
        skip_holidays=skip_holidays,
    )
    trail.ids = [row.id for row in result.created]
    for row in result.created:
        book.saw(row)
    return result


@writes(Area.SHIFTS)
def remove_copied_week(session: Session, actor: Actor, trail: EditTrail) -> int:
    """Undo :func:`copy_week`: delete every draft it created; returns how many."""
    for shift_id in trail.ids:
        shift_edits.delete_draft(session, actor, shift_id)
    removed, trail.ids = len(trail.ids), []
    return removed
