"""Undoable calendar edits: small QUndoCommands whose redo and undo are service calls.

The commands of one section share a :class:`ShiftBook`: the version of each shift that the
last command wrote, and the id a shift has now (undoing a creation and redoing it makes a new
row). The service calls update the book themselves on the worker thread; the runner executes
operations one at a time in order, so an undo asked for right after a redo always sees what the
redo wrote, even before the redo's result has reached the GUI thread. A change made by someone
else in between still makes the undo fail as stale, as it should.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand
from shiboken6 import Shiboken
from sqlalchemy.orm import Session

from console.models import ShiftStatus
from console.services import planning
from console.services.access import Actor
from console.services.planning import shift_edits, week_copy
from console.services.planning.shift_edits import ShiftDraft
from console.services.planning.week import ShiftRow
from console.views.common.section import ViewContext

AREA_SHIFTS = "shifts"


@dataclass
class ShiftBook:
    """What this section's commands wrote: shift ids now (by any id they had) and versions."""

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
class _State:
    """What the worker learned: the ids a command touched (a created shift, a copied week)."""

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


class ServiceCommand(QUndoCommand):
    """Base: runs worker-side functions ``fn(session)`` through the context's runner."""

    def __init__(
        self,
        context: ViewContext,
        book: ShiftBook,
        text: str,
        *,
        owner: QObject,
        on_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__(text)
        self.context = context
        self.owner = owner  # the view the outcome is for (a command is not a QObject)
        self.book = book
        self.actor: Actor = context.actor
        self.state = _State()
        self._on_error = on_error

    def _run(
        self, fn: Callable[[Session], Any], on_done: Callable[[Any], None] | None = None
    ) -> None:
        self.context.run_service(
            fn, owner=self.owner, on_done=on_done, on_error=self._failed, writes=AREA_SHIFTS
        )

    def _failed(self, exc: BaseException) -> None:
        # What failed did not happen: the stack drops this step instead of replaying it (unless
        # the stack has already let go of this command, e.g. it was cleared meanwhile).
        if Shiboken.isValid(self):
            self.setObsolete(True)
        self._on_error(exc)


class CreateShift(ServiceCommand):
    def __init__(
        self, context: ViewContext, book: ShiftBook, draft: ShiftDraft, text: str, **kw: Any
    ) -> None:
        super().__init__(context, book, text, **kw)
        self.draft = draft

    def redo(self) -> None:
        def create(session: Session) -> ShiftRow:
            row = shift_edits.create_shift(session, self.actor, self.draft)
            # Commands made on an earlier incarnation of this shift now mean this row.
            self.state.aliases.append(row.id)
            for alias in self.state.aliases:
                self.book.current[alias] = row.id
            self.book.saw(row)
            self.state.shift_id = row.id
            return row

        self._run(create)

    def undo(self) -> None:
        def delete(session: Session) -> None:
            if self.state.shift_id is not None:
                shift_edits.delete_draft(session, self.actor, self.state.shift_id)
                self.state.shift_id = None

        self._run(delete)


class UpdateShift(ServiceCommand):
    """A move, a resize or an edit in the dialog: the shift goes from ``before`` to ``after``."""

    def __init__(
        self,
        context: ViewContext,
        book: ShiftBook,
        row: ShiftRow,
        after: ShiftDraft,
        text: str,
        **kw: Any,
    ) -> None:
        super().__init__(context, book, text, **kw)
        book.saw(row)
        self.shift_id = row.id
        self.before = draft_of(row)
        self.after = after

    def _apply(self, draft: ShiftDraft) -> None:
        def update(session: Session) -> ShiftRow:
            shift_id = self.book.id_of(self.shift_id)
            row = shift_edits.update_shift(
                session, self.actor, shift_id, draft, self.book.version_of(shift_id)
            )
            self.book.saw(row)
            return row

        self._run(update)

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)


class CancelShift(ServiceCommand):
    def __init__(
        self, context: ViewContext, book: ShiftBook, row: ShiftRow, text: str, **kw: Any
    ) -> None:
        super().__init__(context, book, text, **kw)
        book.saw(row)
        self.shift_id = row.id
        self.previous_status: ShiftStatus = row.status

    def redo(self) -> None:
        def cancel(session: Session) -> ShiftRow:
            shift_id = self.book.id_of(self.shift_id)
            row = shift_edits.cancel_shift(
                session, self.actor, shift_id, self.book.version_of(shift_id)
            )
            self.book.saw(row)
            return row

        self._run(cancel)

    def undo(self) -> None:
        def restore(session: Session) -> ShiftRow:
            shift_id = self.book.id_of(self.shift_id)
            row = shift_edits.restore_shift(session, self.actor, shift_id, self.previous_status)
            self.book.saw(row)
            return row

        self._run(restore)


class PublishWeek(ServiceCommand):
    def __init__(
        self,
        context: ViewContext,
        book: ShiftBook,
        monday: date,
        tz: ZoneInfo,
        *,
        text: str,
        **kw: Any,
    ) -> None:
        super().__init__(context, book, text, **kw)
        self.monday, self.tz = monday, tz

    def redo(self) -> None:
        def publish(session: Session) -> int:
            plan = planning.shifts_in_week(session, self.actor, self.monday, self.tz)
            self.state.ids = [s.id for s in plan.shifts if s.status is ShiftStatus.DRAFT]
            published = week_copy.publish_week(session, self.actor, self.monday, self.tz)
            self._saw_week(session)
            return published

        self._run(publish)

    def undo(self) -> None:
        def unpublish(session: Session) -> int:
            undone = week_copy.unpublish(session, self.actor, self.state.ids)
            self._saw_week(session)
            return undone

        self._run(unpublish)

    def _saw_week(self, session: Session) -> None:
        for row in planning.shifts_in_week(session, self.actor, self.monday, self.tz).shifts:
            self.book.saw(row)


class CopyWeek(ServiceCommand):
    """Copying a week is one step: undo removes every draft it created.

    ``on_copied(result)`` hears the first copy's :class:`CopyResult` (to show its problems).
    """

    def __init__(
        self,
        context: ViewContext,
        book: ShiftBook,
        source: date,
        target: date,
        tz: ZoneInfo,
        *,
        text: str,
        on_copied: Callable[[week_copy.CopyResult], None],
        **kw: Any,
    ) -> None:
        super().__init__(context, book, text, **kw)
        self.source, self.target, self.tz = source, target, tz
        self._on_copied: Callable[[week_copy.CopyResult], None] | None = on_copied

    def redo(self) -> None:
        def copy(session: Session) -> week_copy.CopyResult:
            result = week_copy.copy_week(session, self.actor, self.source, self.target, self.tz)
            self.state.ids = [row.id for row in result.created]
            for row in result.created:
                self.book.saw(row)
            return result

        on_copied, self._on_copied = self._on_copied, None  # only the first time
        self._run(copy, on_done=on_copied)

    def undo(self) -> None:
        def remove(session: Session) -> int:
            for shift_id in self.state.ids:
                shift_edits.delete_draft(session, self.actor, shift_id)
            removed, self.state.ids = len(self.state.ids), []
            return removed

        self._run(remove)
