"""Undoable calendar edits: small QUndoCommands whose redo and undo are service operations.

The commands of one section share a :class:`ShiftBook`: the version of each shift that the
last command wrote, and the id a shift has now (undoing a creation and redoing it makes a new
row). The operations (:mod:`console.services.planning.undoable`) update the book themselves on
the worker thread; the runner executes operations one at a time in order, so an undo asked for
right after a redo always sees what the redo wrote, even before the redo's result has reached
the GUI thread. A change made by someone else in between still makes the undo fail as stale, as
it should.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand
from shiboken6 import Shiboken

from console.models import ShiftStatus
from console.services.access import Actor
from console.services.planning import undoable
from console.services.planning.holidays import HolidayCalendar
from console.services.planning.shift_edits import ShiftDraft
from console.services.planning.undoable import EditTrail, ShiftBook, draft_of
from console.services.planning.week import ShiftRow
from console.services.planning.week_copy import CopyResult
from console.views.common.section import ViewContext


class ServiceCommand(QUndoCommand):
    """Base: runs its steps, ``operation(session, actor, *args)``, through the context's
    runner; ``trail`` is what its steps learn for the next one."""

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
        self.trail = EditTrail()
        self._on_error = on_error

    def _run(
        self,
        operation: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
    ) -> None:
        self.context.run_service(
            operation,
            self.actor,
            *args,
            owner=self.owner,
            on_done=on_done,
            on_error=self._failed,
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
        self._run(undoable.create_shift, self.book, self.trail, self.draft)

    def undo(self) -> None:
        self._run(undoable.delete_created_shift, self.trail)


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

    def redo(self) -> None:
        self._run(undoable.update_shift, self.book, self.shift_id, self.after)

    def undo(self) -> None:
        self._run(undoable.update_shift, self.book, self.shift_id, self.before)


class CancelShift(ServiceCommand):
    def __init__(
        self, context: ViewContext, book: ShiftBook, row: ShiftRow, text: str, **kw: Any
    ) -> None:
        super().__init__(context, book, text, **kw)
        book.saw(row)
        self.shift_id = row.id
        self.previous_status: ShiftStatus = row.status

    def redo(self) -> None:
        self._run(undoable.cancel_shift, self.book, self.shift_id)

    def undo(self) -> None:
        self._run(undoable.restore_shift, self.book, self.shift_id, self.previous_status)


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
        self._run(undoable.publish_week, self.book, self.trail, self.monday, self.tz)

    def undo(self) -> None:
        self._run(undoable.unpublish_week, self.book, self.trail, self.monday, self.tz)


class CopyWeek(ServiceCommand):
    """Copying a week is one step: undo removes every draft it created.

    ``on_copied(result)`` hears the first copy's :class:`CopyResult` (to show its problems).
    The shifts that would fall on one of the ``holidays`` are left out if ``skip_holidays``.
    """

    def __init__(
        self,
        context: ViewContext,
        book: ShiftBook,
        source: date,
        target: date,
        tz: ZoneInfo,
        *,
        holidays: HolidayCalendar,
        skip_holidays: bool,
        text: str,
        on_copied: Callable[[CopyResult], None],
        **kw: Any,
    ) -> None:
        super().__init__(context, book, text, **kw)
        self.source, self.target, self.tz = source, target, tz
        self.holidays, self.skip_holidays = holidays, skip_holidays
        self._on_copied: Callable[[CopyResult], None] | None = on_copied

    def redo(self) -> None:
        on_copied, self._on_copied = self._on_copied, None  # only the first time
        self._run(
            partial(undoable.copy_week, holidays=self.holidays, skip_holidays=self.skip_holidays),
            self.book,
            self.trail,
            self.source,
            self.target,
            self.tz,
            on_done=on_copied,
        )

    def undo(self) -> None:
        self._run(undoable.remove_copied_week, self.trail)
