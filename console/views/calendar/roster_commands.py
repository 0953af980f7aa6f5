"""Undoable roster steps of the calendar: accepting a proposal (all of it or the outings
ticked) is ONE step; its undo gives the week back as it was (``revert_applied``). The shifts it
writes are drafts, published only with the week."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from console.services.planning.undoable import ShiftBook
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
            self.proposal_trail,
            self.proposal,
            self.slot_keys,
            on_done=on_applied,
        )

    def undo(self) -> None:
        self._run(steps.undo_accepted, self.proposal_trail)
