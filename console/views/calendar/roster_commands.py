"""Undoable roster steps of the calendar: accepting a proposal (all of it or the outings
ticked) is ONE step; its undo gives the week back as it was (``revert_applied``). The shifts it
writes are drafts, published only with the week. Locking a shift or a person is a step too."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from console.services.planning.undoable import ShiftBook
from console.services.planning.week import ShiftRow
from console.services.roster import AppliedProposal, Proposal, steps
from console.views.calendar.commands import ServiceCommand
from console.views.common.section import ViewContext


class AcceptProposal(ServiceCommand):
    """``slot_keys`` None: every change of the proposal. ``on_applied(applied)`` hears what
    the first apply wrote (the section puts the proposal away then)."""

    def __init__(
        self,
        context: ViewContext,
        book: ShiftBook,
        proposal: Proposal,
        slot_keys: list[str] | None,
        text: str,
        *,
        on_applied: Callable[[AppliedProposal], None] | None = None,
        **kw: Any,
    ) -> None:
        super().__init__(context, book, text, **kw)
        self.proposal = proposal
        self.slot_keys = None if slot_keys is None else list(slot_keys)
        self.proposal_trail = steps.ProposalTrail()
        self._on_applied = on_applied

    def redo(self) -> None:
        on_applied, self._on_applied = self._on_applied, None  # only the first time
        self._run(
            steps.accept_proposal,
            self.book,
            self.proposal_trail,
            self.proposal,
            self.slot_keys,
            on_done=on_applied,
        )

    def undo(self) -> None:
        self._run(steps.undo_accepted, self.book, self.proposal_trail)


class LockShift(ServiceCommand):
    """Lock a shift (a proposal keeps it as it is) or unlock it; undo does the opposite."""

    def __init__(
        self,
        context: ViewContext,
        book: ShiftBook,
        row: ShiftRow,
        locked: bool,
        text: str,
        **kw: Any,
    ) -> None:
        super().__init__(context, book, text, **kw)
        book.saw(row)
        self.shift_id = row.id
        self.locked = locked

    def redo(self) -> None:
        self._run(steps.lock_shift, self.book, self.shift_id, self.locked)

    def undo(self) -> None:
        self._run(steps.lock_shift, self.book, self.shift_id, not self.locked)


class LockPerson(ServiceCommand):
    """Keep a person on a shift whatever a proposal suggests, or free them; undoable."""

    def __init__(  # noqa: PLR0917 - the command's context, then the shift, person and state
        self,
        context: ViewContext,
        book: ShiftBook,
        row: ShiftRow,
        person_id: int,
        locked: bool,
        text: str,
        **kw: Any,
    ) -> None:
        super().__init__(context, book, text, **kw)
        book.saw(row)
        self.shift_id, self.person_id, self.locked = row.id, person_id, locked

    def redo(self) -> None:
        self._run(steps.lock_person, self.book, self.shift_id, self.person_id, self.locked)

    def undo(self) -> None:
        self._run(steps.lock_person, self.book, self.shift_id, self.person_id, not self.locked)
