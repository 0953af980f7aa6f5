"""The tracker's undoable step: one action's status changed, and put back by undo."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from shiboken6 import Shiboken

from console.models import ActionStatus
from console.services.meetings.rows import ActionRow
from console.views.common.labels import action_status_label

Outcome = Callable[[ActionRow], None]
Failure = Callable[[BaseException], None]


class Steps(Protocol):
    """What runs a step (the tracker): one service call at a time."""

    def run_step(
        self,
        action_id: int,
        version: int,
        status: ActionStatus,
        reason: str,
        *,
        on_done: Outcome,
        on_error: Failure,
    ) -> None: ...

    def show_refusal(self, exc: BaseException) -> None: ...


class SetStatus(QUndoCommand):
    """One status change: redo applies it, undo puts back the status and reason it replaced.
    Each step expects the version the previous one left (the tracker runs one at a time)."""

    def __init__(
        self,
        tracker: Steps,
        row: ActionRow,
        status: ActionStatus,
        reason: str,
        *,
        first_done: Outcome | None = None,
        first_failed: Failure | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ActionTracker", "{status}: {action}").format(
                status=action_status_label(status), action=row.text or ""
            )
        )
        self.tracker = tracker
        self.action_id = row.id
        self.version = row.version_id
        self.before = (row.status, row.status_reason)
        self.after = (ActionStatus(status), reason)
        self._first: tuple[Outcome | None, Failure | None] | None = (first_done, first_failed)
        self.failed = False

    def redo(self) -> None:
        self._step(*self.after)

    def undo(self) -> None:
        if not self.failed:
            self._step(*self.before)

    def _step(self, status: ActionStatus, reason: str) -> None:
        done, failed = self._first or (None, None)
        self._first = None
        self.tracker.run_step(
            self.action_id,
            self.version,
            status,
            reason,
            on_done=lambda row: self._done(row, done),
            on_error=lambda exc: self._failed(exc, failed),
        )

    def _done(self, row: ActionRow, then: Outcome | None) -> None:
        self.version = row.version_id
        if then is not None:
            then(row)

    def _failed(self, exc: BaseException, then: Failure | None) -> None:
        # What failed did not happen: nothing to undo, and the stack drops the step.
        self.failed = True
        if Shiboken.isValid(self):
            self.setObsolete(True)
        if then is not None:
            then(exc)
        else:
            self.tracker.show_refusal(exc)
