"""The calendar's roster tools: "Propose week…" on the runner with progress and Cancel, the
proposal as ghost blocks and a side panel, accepting it (one undoable step) or discarding it;
the shift menu's alternatives and locks are in :mod:`slot_actions`.

:class:`RosterTools` belongs to one :class:`CalendarView` and works through it (its context,
week view, undo stack and data); the section only places its actions and panel.
"""

from __future__ import annotations

import time as clock
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from console.models import ShiftStatus
from console.services.planning.week import AssignedPerson, ShiftRow
from console.services.roster import (
    AppliedProposal,
    Proposal,
    propose_week,
)
from console.views.calendar.block_text import lookup_codes
from console.views.calendar.blocks import ShiftBlock, ghost_block
from console.views.calendar.proposal_panel import ProposalPanel
from console.views.calendar.roster_commands import AcceptProposal
from console.views.calendar.slot_actions import SlotActions
from console.views.common.errors import error_text
from console.views.common.runner import Job, operation_name
from console.views.common.section import in_session

if TYPE_CHECKING:
    from console.views.calendar.section import CalendarView

PROGRESS_TICK_MS = 200
PANEL_WIDTH = 380  # the side of the week while a proposal is shown


class RosterTools(QObject):
    """Proposals, alternatives and locks for ``section`` (its child: gone with it)."""

    def __init__(self, section: CalendarView) -> None:
        super().__init__(section)
        self.section = section
        self.proposal: Proposal | None = None
        self.ghost_keys: dict[int, str] = {}  # ghost block id (negative) -> slot key
        self.panel = ProposalPanel()
        self.panel.hide()
        self.panel.sig_accept_all.connect(self.accept_all)
        self.panel.sig_accept_selected.connect(self.accept_selected)
        self.panel.sig_discard.connect(self.discard)
        self.panel.sig_slot_chosen.connect(self._slot_chosen)
        self._job: Job | None = None
        self._progress: QProgressDialog | None = None
        self._started = 0.0
        self._limit = 0.0
        self._timer = QTimer(self)
        self._timer.setInterval(PROGRESS_TICK_MS)
        self._timer.timeout.connect(self._tick)
        #: The roster entries of a shift's right-click menu (alternatives, locks).
        self.slots = SlotActions(self)

    # -- proposing ---------------------------------------------------------------------------

    def is_proposing(self) -> bool:
        return self._job is not None

    def propose(self) -> None:
        """Ask for a proposal of the week shown, on the runner: the window stays live, a
        progress dialog counts towards the time limit and Cancel drops the answer."""
        if self._job is not None:
            return
        section = self.section
        context = section.context
        weights = context.settings.roster_weights()
        job = self._job = Job()
        self._limit = float(weights.time_limit_seconds)
        self._started = clock.monotonic()
        progress = self._progress = QProgressDialog(section)
        progress.setWindowTitle(self.tr("Propose week"))
        progress.setLabelText(
            self.tr("Looking for the best roster of the week (at most {seconds} s)…").format(
                seconds=round(self._limit)
            )
        )
        progress.setCancelButtonText(self.tr("Cancel"))
        progress.setRange(0, max(1, round(self._limit * 10)))
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.canceled.connect(self.cancel)
        progress.show()
        self._timer.start()
        service = partial(propose_week, weights=weights, holidays=section._holidays(), job=job)
        context.runner.run(
            in_session,
            context.engine,
            service,
            context.actor,
            section.monday,
            context.settings.time_zone(),
            owner=self,
            name=operation_name(propose_week),
            job=job,
            on_done=partial(self._proposed, job),
            on_error=partial(self._failed, job),
            on_cancelled=partial(self._cancelled, job),
        )

    def cancel(self) -> None:
        """Stop waiting for the proposal: its answer, when it comes, is dropped."""
        job = self._job
        if job is None:
            return
        job.cancel()
        self._end_progress()
        self._job = None

    def _tick(self) -> None:
        if self._progress is not None:
            elapsed = clock.monotonic() - self._started
            self._progress.setValue(min(round(elapsed * 10), self._progress.maximum() - 1))

    def _end_progress(self) -> None:
        self._timer.stop()
        progress, self._progress = self._progress, None
        if progress is not None:
            progress.canceled.disconnect(self.cancel)
            progress.close()
            progress.deleteLater()

    def _proposed(self, job: Job, proposal: Proposal) -> None:
        if job is not self._job:
            return
        self._job = None
        self._end_progress()
        if proposal.monday != self.section.monday:
            return  # the person moved to another week meanwhile
        self.panel.edited = False
        self.show_proposal(proposal)

    def _failed(self, job: Job, exc: BaseException) -> None:
        if job is not self._job:
            return
        self._job = None
        self._end_progress()
        QMessageBox.warning(self.section, self.tr("Propose week"), error_text(exc))

    def _cancelled(self, job: Job) -> None:
        if job is self._job:
            self._job = None
            self._end_progress()

    # -- the proposal on screen ----------------------------------------------------------------

    def show_proposal(self, proposal: Proposal, *, edited: bool = False) -> None:
        """Ghost blocks for each change, the panel beside the week; ``edited``: the person
        changed the solver's choice in a place (its costs were not worked out again)."""
        section = self.section
        tz = section.context.settings.time_zone()
        self.proposal = proposal
        names = section._names()
        colours = {}
        if section.data is not None:
            colours = {z.id: z.colour for z in section.data.choices.zones}
        zone_names = {s.zone_id: s.zone_name for s in proposal.shifts}
        codes = lookup_codes(zone_names)
        roles = {a.person_id: a for a in proposal.assignments}
        ghosts: dict[int, ShiftBlock] = {}
        self.ghost_keys = {}
        for number, shift in enumerate(proposal.changes, start=1):
            ghost_id = -number
            people = tuple(
                AssignedPerson(
                    id=person_id,
                    short_name=roles[person_id].person_name if person_id in roles else "?",
                    full_name=roles[person_id].person_name if person_id in roles else "?",
                    role=roles[person_id].role,
                    organization_id=0,
                )
                for person_id in shift.person_ids
                if person_id in roles
            )
            row = ShiftRow(
                id=ghost_id,
                zone_id=shift.zone_id,
                zone_name=shift.zone_name,
                zone_colour=colours.get(shift.zone_id, "#7f7f7f"),
                starts_at=shift.starts_at,
                ends_at=shift.ends_at,
                kind=shift.kind,
                status=ShiftStatus.DRAFT,
                objectives="",
                version_id=0,
                people=people,
            )
            notes = tuple(self.panel.change_text(shift, tz, names).splitlines()[1:])
            ghosts[ghost_id] = ghost_block(row, tz, codes[shift.zone_id], notes)
            self.ghost_keys[ghost_id] = shift.key
        self.panel.set_proposal(proposal, tz, names, edited=edited or self.panel.edited)
        self.panel.show()
        sizes = section.split.sizes()
        if len(sizes) == 2 and sizes[1] < PANEL_WIDTH:
            section.split.setSizes([max(sum(sizes) - PANEL_WIDTH, 0), PANEL_WIDTH])
        if section.act_by_zone.isChecked():
            section.act_by_zone.trigger()  # the ghosts live in the week of hours
        section.week.set_ghosts(ghosts)

    def discard(self) -> None:
        """Put the proposal away; nothing was written."""
        self.proposal = None
        self.panel.edited = False
        self.ghost_keys = {}
        self.panel.hide()
        self.section.week.set_ghosts({})

    def accept_all(self) -> None:
        self._accept(None, self.tr("Accept proposal"))

    def accept_selected(self, keys: list[str]) -> None:
        if not keys:
            return
        self._accept(list(keys), self.tr("Accept part of the proposal"))

    def _accept(self, keys: list[str] | None, text: str) -> None:
        proposal = self.proposal
        if proposal is None:
            return
        section = self.section
        section._push(
            AcceptProposal(
                section.context,
                section.book,
                proposal,
                keys,
                text,
                on_applied=self._applied,
                owner=section,
                on_error=section._show_error,
            )
        )

    def _applied(self, _applied: AppliedProposal) -> None:
        self.discard()

    def _slot_chosen(self, key: str) -> None:
        ghost = next((g for g, k in self.ghost_keys.items() if k == key), None)
        if ghost is not None:
            self.section.week.select_shift(ghost)

    def ghost_selected(self, shift_id: object) -> None:
        """A block was selected in the week: a ghost's change is highlighted in the panel."""
        if isinstance(shift_id, int) and shift_id in self.ghost_keys:
            self.panel.select_key(self.ghost_keys[shift_id])

    def week_changed(self) -> None:
        """Another week is shown: its proposal no longer applies."""
        if self.proposal is not None and self.proposal.monday != self.section.monday:
            self.discard()
        if self._job is not None:
            self.cancel()
