"""The roster entries of a shift's right-click menu: the alternatives for its place (ranked,
each with what it costs; the one chosen is assigned as an undoable edit), and the locks of the
shift and of the people on it (undoable too). On a ghost block, the alternatives for its place
in the proposal: the one chosen changes the proposal before anything is written.

:class:`SlotActions` belongs to the calendar's :class:`RosterTools` and works through its
section.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from console.models import ShiftStatus
from console.services.planning.shift_edits import ShiftDraft
from console.services.planning.undoable import draft_of
from console.services.planning.week import ShiftRow
from console.services.roster import (
    Alternative,
    Proposal,
    ProposedAssignment,
    alternatives_for_slot,
    steps,
)
from console.views.calendar import commands
from console.views.calendar.alternatives_dialog import AlternativesDialog
from console.views.calendar.proposal_panel import span_text
from console.views.calendar.roster_commands import LockPerson, LockShift

if TYPE_CHECKING:
    from console.views.calendar.proposing import RosterTools


class SlotActions(QObject):
    """Alternatives and locks for the shifts (and ghost blocks) of ``tools``' section."""

    def __init__(self, tools: RosterTools) -> None:
        super().__init__(tools)
        self.tools = tools
        self.section = tools.section

    def add_to_menu(self, menu: QMenu, shift_id: int | None) -> None:
        """The roster entries of a shift's menu: alternatives, and its locks; of a ghost
        block, the alternatives for its place in the proposal."""
        section = self.section
        if shift_id is not None and shift_id in self.tools.ghost_keys and section.can_plan:
            menu.addSeparator()
            action = menu.addAction(self.tr("&Alternatives for this slot…"))
            action.triggered.connect(partial(self.proposal_alternatives, shift_id))
            return
        row = section._shift(shift_id) if shift_id is not None else None
        if row is None or not section.can_plan or row.status is not ShiftStatus.DRAFT:
            return
        menu.addSeparator()
        alternatives = menu.addAction(self.tr("&Alternatives for this slot…"))
        alternatives.triggered.connect(partial(self.alternatives, row.id))
        lock = menu.addAction(self.tr("&Lock shift"))
        lock.setCheckable(True)
        lock.setChecked(row.locked)
        lock.setToolTip(self.tr("A proposal of the week keeps a locked shift as it is."))
        lock.triggered.connect(partial(self.set_locked, row.id, not row.locked))
        if row.people:
            keep = menu.addMenu(self.tr("&Keep on this shift"))
            for person in row.people:
                action = keep.addAction(person.full_name)
                action.setCheckable(True)
                action.setChecked(person.locked)
                action.triggered.connect(
                    partial(self.set_person_locked, row.id, person.id, not person.locked)
                )

    def set_locked(self, shift_id: int, locked: bool) -> None:
        row = self.section._shift(shift_id)
        if row is None:
            return
        text = self.tr("Lock shift") if locked else self.tr("Unlock shift")
        self._push(
            LockShift(self.section.context, self.section.book, row, locked, text, **self._kw())
        )

    def set_person_locked(self, shift_id: int, person_id: int, locked: bool) -> None:
        row = self.section._shift(shift_id)
        if row is None:
            return
        text = self.tr("Keep on shift") if locked else self.tr("Free from shift")
        self._push(
            LockPerson(
                self.section.context, self.section.book, row, person_id, locked, text, **self._kw()
            )
        )

    def _kw(self) -> dict[str, object]:
        return {"owner": self.section, "on_error": self.section._show_error}

    def _push(self, command: commands.ServiceCommand) -> None:
        self.section._push(command)

    def alternatives(self, shift_id: int) -> None:
        """Rank the people for a place on the draft ``shift_id`` (on the runner), then show
        them; the one chosen is assigned as an undoable edit."""
        section = self.section
        context = section.context
        row = section._shift(shift_id)
        if row is None:
            return
        service = partial(
            steps.alternatives_in_draft,
            weights=context.settings.roster_weights(),
            holidays=section._holidays(),
        )
        context.run_service(
            service,
            section.actor,
            section.monday,
            context.settings.time_zone(),
            shift_id,
            owner=section,
            on_done=partial(self._show_alternatives, row),
            on_error=section._show_error,
        )

    def _show_alternatives(self, row: ShiftRow, found: list[Alternative]) -> None:
        section = self.section
        tz = section.context.settings.time_zone()
        title = f"{span_text(row.starts_at, row.ends_at, tz)} · {row.zone_name}"
        dialog = AlternativesDialog(title, found, section._names(), section)
        accepted = dialog.exec() == AlternativesDialog.DialogCode.Accepted
        chosen = dialog.chosen()
        dialog.deleteLater()
        if accepted and chosen is not None:
            self.assign(row, chosen)

    def proposal_alternatives(self, ghost_id: int) -> None:
        """Rank the people for the place of a ghost block in the proposal (on the runner);
        the one chosen replaces the proposal's choice there, before anything is written."""
        proposal, key = self.tools.proposal, self.tools.ghost_keys.get(ghost_id)
        if proposal is None or key is None:
            return
        section = self.section
        section.context.run_service(
            partial(alternatives_for_slot, holidays=section._holidays()),
            section.actor,
            proposal,
            key,
            owner=self,
            on_done=partial(self._show_proposal_alternatives, proposal, key),
            on_error=section._show_error,
        )

    def _show_proposal_alternatives(
        self, proposal: Proposal, key: str, found: list[Alternative]
    ) -> None:
        if proposal is not self.tools.proposal:
            return  # discarded or proposed again meanwhile
        section = self.section
        shift = proposal.shift(key)
        tz = section.context.settings.time_zone()
        title = f"{span_text(shift.starts_at, shift.ends_at, tz)} · {shift.zone_name}"
        names = section._names() | {a.person_id: a.person_name for a in proposal.assignments}
        dialog = AlternativesDialog(title, found, names, section)
        accepted = dialog.exec() == AlternativesDialog.DialogCode.Accepted
        chosen = dialog.chosen()
        dialog.deleteLater()
        if accepted and chosen is not None and proposal is self.tools.proposal:
            self.tools.show_proposal(with_alternative(proposal, key, chosen), edited=True)

    def assign(self, row: ShiftRow, alternative: Alternative) -> None:
        """Put the alternative's person on the shift (instead of the one it replaces)."""
        before = draft_of(row)
        people = [p for p in before.person_ids if p != alternative.replaces_person_id]
        after = ShiftDraft(
            zone_id=before.zone_id,
            starts_at=before.starts_at,
            ends_at=before.ends_at,
            kind=before.kind,
            objectives=before.objectives,
            person_ids=(*people, alternative.person_id),
        )
        section = self.section
        section._push(
            commands.UpdateShift(
                section.context,
                section.book,
                row,
                after,
                self.tr("Assign {person}").format(person=alternative.person_name),
                owner=section,
                on_error=section._show_error,
            )
        )


def with_alternative(proposal: Proposal, key: str, chosen: Alternative) -> Proposal:
    """``proposal`` with ``chosen`` in the place of ``key`` (instead of the person it
    replaces, or in an empty place); the rest, costs included, as the solver found it."""
    shift = proposal.shift(key)
    people = tuple(
        sorted({p for p in shift.person_ids if p != chosen.replaces_person_id} | {chosen.person_id})
    )
    shifts = tuple(replace(s, person_ids=people) if s.key == key else s for s in proposal.shifts)
    kept = [
        a
        for a in proposal.assignments
        if a.slot_key != key or a.person_id != chosen.replaces_person_id
    ]
    kept.append(
        ProposedAssignment(
            slot_key=key,
            person_id=chosen.person_id,
            person_name=chosen.person_name,
            role=chosen.role,
            locked=False,
            new=chosen.person_id not in shift.previous_person_ids,
        )
    )
    kept.sort(key=lambda a: (a.slot_key, a.person_id))
    return replace(proposal, shifts=shifts, assignments=tuple(kept))
