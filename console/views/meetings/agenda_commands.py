"""Undoable agenda edits: moving an item, and removing one (put back as it was on undo).

Each command's redo and undo are service operations run through the context's runner. Putting
an item back makes a new row, so the commands of one agenda share an :class:`ItemBook`: the id
each item has now, under the id it had when its first command was made. The panel lets the
stack move only when no step is under way, so a step that needs the new id starts only once it
is known. Removing again (a redo) reads the item's version first: a move of another item
renumbers it, and so changes its version.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand
from shiboken6 import Shiboken

from console.services.meetings import agenda, meetings
from console.services.meetings.common import MeetingError
from console.services.meetings.rows import AgendaItemRow, MeetingDetail


class AgendaEditor(Protocol):
    """What the commands need from the agenda panel: running a step for it, and hearing that
    a step failed (it did not happen)."""

    def run_step(
        self,
        operation: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None: ...

    def step_failed(self, exc: BaseException) -> None: ...


class ItemBook:
    """The id each agenda item has now, under the id the commands first knew it by."""

    def __init__(self) -> None:
        self._now: dict[int, int] = {}

    def current(self, item_id: int) -> int:
        return self._now.get(item_id, item_id)

    def moved_to(self, item_id: int, new_id: int) -> None:
        """The item known as ``item_id`` now has ``new_id`` (and so do its older names)."""
        old = self.current(item_id)
        for name, now in self._now.items():
            if now == old:
                self._now[name] = new_id
        self._now[item_id] = new_id
        self._now[old] = new_id


class AgendaCommand(QUndoCommand):
    def __init__(self, editor: AgendaEditor, book: ItemBook, text: str) -> None:
        super().__init__(text)
        self.editor = editor
        self.book = book

    def _run(
        self, operation: Callable[..., Any], *args: Any, then: Callable[[Any], None] | None = None
    ) -> None:
        self.editor.run_step(operation, *args, on_done=then or _ignore, on_error=self.failed)

    def failed(self, exc: BaseException) -> None:
        # What failed did not happen: the stack drops this step instead of replaying it.
        if Shiboken.isValid(self):
            self.setObsolete(True)
        self.editor.step_failed(exc)


class MoveItem(AgendaCommand):
    """The item goes from position ``old`` to ``new`` (0-based)."""

    def __init__(
        self, editor: AgendaEditor, book: ItemBook, item_id: int, old: int, new: int, *, text: str
    ) -> None:
        super().__init__(editor, book, text)
        self.item_id, self.old, self.new = item_id, old, new

    def redo(self) -> None:
        self._run(agenda.move_agenda_item, self.book.current(self.item_id), self.new)

    def undo(self) -> None:
        self._run(agenda.move_agenda_item, self.book.current(self.item_id), self.old)


class RemoveItem(AgendaCommand):
    """Remove an item; undo puts it back as it was (proposed or added by hand, with its notes
    and what it is about) at its place."""

    def __init__(
        self, editor: AgendaEditor, book: ItemBook, item: AgendaItemRow, position: int, *, text: str
    ) -> None:
        super().__init__(editor, book, text)
        self.item, self.position = item, position
        self._first = True

    def redo(self) -> None:
        if self._first:  # the version the person saw: a change made meanwhile is refused
            self._first = False
            self._run(agenda.remove_agenda_item, self.item.id, self.item.version_id)
            return
        self._run(meetings.meeting_detail, self.item.meeting_id, then=self._remove_again)

    def _remove_again(self, detail: MeetingDetail) -> None:
        current = self.book.current(self.item.id)
        row = next((r for r in detail.agenda if r.id == current), None)
        if row is None:  # removed by someone else meanwhile
            self.failed(
                MeetingError("agenda_item_not_found", "agenda item {id} is gone", id=current)
            )
            return
        self._run(agenda.remove_agenda_item, row.id, row.version_id)

    def undo(self) -> None:
        self._run(agenda.restore_agenda_item, self.item, self.position, then=self._restored)

    def _restored(self, row: AgendaItemRow) -> None:
        self.book.moved_to(self.item.id, row.id)


def _ignore(_result: object) -> None:
    """A step whose result nobody needs (the hub's reload shows it)."""
