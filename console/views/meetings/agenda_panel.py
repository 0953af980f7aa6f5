"""The Agenda tab of a meeting: proposed from the data, then edited by hand — items added,
retitled and annotated, moved (Alt+Up, Alt+Down) and removed (Delete), with undo for the
moves and removals. Read-only once the minutes are approved."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMessageBox, QToolBar, QVBoxLayout, QWidget
from shiboken6 import Shiboken

from console.config import WEIGHT_CITIZEN_REPORT, WEIGHT_MEDIA, WEIGHT_POLICE_INTERVENTION
from console.models import MeetingStatus, SignalKind
from console.services.access import Action, can
from console.services.cases.case_list import list_cases
from console.services.changes import declared_writes
from console.services.meetings import agenda
from console.services.meetings.rows import AgendaItemRow, MeetingDetail
from console.services.planning.week import CalendarChoices, calendar_choices
from console.views.cases.tables import fit_columns, make_table
from console.views.common.errors import error_text
from console.views.common.section import ViewContext
from console.views.common.submit_dialog import SubmitDialog
from console.views.common.undo_actions import redo_text, undo_text
from console.views.meetings.agenda_commands import ItemBook, MoveItem, RemoveItem
from console.views.meetings.agenda_dialogs import AddItemDialog, EditItemDialog
from console.views.meetings.labels import narrow_label
from console.views.meetings.models import AgendaModel, agenda_about, agenda_title, agenda_why

TITLE_WIDTH = 280  # pixels at most for the item's title
ABOUT_WIDTH = 180


class AgendaPanel(QWidget):
    """Fed a meeting's detail (:meth:`set_detail`); every write goes through the services and
    is announced on the hub, and the section reloads the meeting."""

    sig_item_chosen = Signal(object)  # id of the agenda item now current, None for none

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.actor = context.actor
        self.detail: MeetingDetail | None = None
        self.editable = can(self.actor, Action.PREPARE_MEETINGS)
        self.book = ItemBook()
        self.stack = QUndoStack(self)
        self._steps = 0  # service steps under way: the stack waits for them
        # A step changed the agenda and the rows shown are not yet the reloaded ones: their
        # versions are stale (a removal renumbers the items after it), so edits wait too.
        self._awaiting_reload = False
        self._details_shown = 0  # how many times set_detail has run (a reload has landed)
        self._select_after: int | None = None  # item to make current once the agenda reloads
        self.model = AgendaModel(self, cases_visible=can(self.actor, Action.VIEW_CASES))
        self.table = make_table(self.model, self.tr("Agenda of the meeting"))
        self.table.setWordWrap(False)
        self.notes = narrow_label()  # the current item's notes, in full
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = narrow_label()
        self._build_actions()
        tools = QToolBar()
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.act_propose, self.act_add, self.act_edit, self.act_remove):
            tools.addAction(action)
        tools.addSeparator()
        for action in (self.act_up, self.act_down, self.act_undo, self.act_redo):
            tools.addAction(action)
        if not self.editable:  # (setVisible(True) would open it as a window: no parent yet)
            tools.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.status)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(lambda _index: self.edit_item())
        self.stack.indexChanged.connect(self._stack_moved)
        self.set_detail(None)

    def _action(
        self, text: str, slot: Callable[[], object], keys: str | None = None, tip: str = ""
    ) -> QAction:
        """An action of the agenda: its keys work while the focus is in the agenda."""
        action = QAction(text, self)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
            shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            what = tip or text
            action.setToolTip(self.tr("{action} ({keys})").format(action=what, keys=shown))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_propose = self._action(self.tr("Propose from the data"), self.propose)
        self.act_propose.setToolTip(
            self.tr(
                "Add what the data says needs discussing: open actions, flagged zones, cases "
                "due for review, referrals, next week's planning problems"
            )
        )
        self.act_add = self._action(self.tr("Add item…"), self.add_item, "Ins")
        self.act_edit = self._action(self.tr("Edit…"), self.edit_item, "F2")
        self.act_remove = self._action(self.tr("Remove"), self.remove_item, "Del")
        self.act_up = self._action(
            self.tr("Up"), partial(self.move_item, -1), "Alt+Up", self.tr("Move the item up")
        )
        self.act_down = self._action(
            self.tr("Down"), partial(self.move_item, 1), "Alt+Down", self.tr("Move the item down")
        )
        self.act_undo = self._action(undo_text(), self.undo, "Ctrl+Z")
        self.act_redo = self._action(redo_text(), self.redo, "Ctrl+Shift+Z")

    # -- showing -------------------------------------------------------------------------------

    def set_detail(self, detail: MeetingDetail | None) -> None:
        same = (
            detail is not None
            and self.detail is not None
            and detail.meeting.id == self.detail.meeting.id
        )
        self._details_shown += 1
        self._awaiting_reload = False
        if not same:  # another meeting: its edits are not this one's to undo
            self.stack.clear()
            self.book = ItemBook()
            self.status.clear()
        chosen = self._select_after or (self.current_item().id if self.current_item() else None)
        self._select_after = None
        self.detail = detail
        self.model.set_rows(detail.agenda if detail is not None else ())
        fit_columns(
            self.table, {AgendaModel.COL_TITLE: TITLE_WIDTH, AgendaModel.COL_ABOUT: ABOUT_WIDTH}
        )
        row = self.model.row_of(chosen) if chosen is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, AgendaModel.COL_TITLE))
        self._enable()
        self._show_notes()

    def writable(self) -> bool:
        """Whether this reader may change the agenda now (not once the minutes are approved)."""
        return (
            self.editable
            and self.detail is not None
            and self.detail.meeting.status is not MeetingStatus.CLOSED
        )

    def current_item(self) -> AgendaItemRow | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._enable()
        self._show_notes()
        self.sig_item_chosen.emit(self.model.row(current.row()).id if current.isValid() else None)

    def free(self) -> bool:
        """No step under way, and the rows shown are the agenda as it is now."""
        return self._steps == 0 and not self._awaiting_reload

    def _enable(self) -> None:
        writable = self.writable()
        free = self.free()
        row = self.table.currentIndex().row() if self.current_item() is not None else -1
        for action in (self.act_propose, self.act_add):
            action.setEnabled(writable)
        for action in (self.act_edit, self.act_remove):
            action.setEnabled(writable and free and row >= 0)
        self.act_up.setEnabled(writable and free and row > 0)
        self.act_down.setEnabled(writable and free and 0 <= row < self.model.rowCount() - 1)
        self.act_undo.setEnabled(writable and free and self.stack.canUndo())
        self.act_redo.setEnabled(writable and free and self.stack.canRedo())
        # The whole step in the text and the tooltip; the toolbar shows the short icon text,
        # or an item's long title would push Undo and Redo off the toolbar.
        for action, verb, what in (
            (self.act_undo, self.tr("Undo"), self.stack.undoText()),
            (self.act_redo, self.tr("Redo"), self.stack.redoText()),
        ):
            action.setText(self._stack_text(verb, what))
            # The toolbar's fixed label ("Undo change"): not the dialogs' "Cancel" in Italian.
            action.setIconText(undo_text() if action is self.act_undo else redo_text())
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(self.tr("{action} ({keys})").format(action=action.text(), keys=keys))
        if self.detail is not None and self.detail.meeting.status is MeetingStatus.CLOSED:
            self.status.setText(
                self.tr("The minutes are approved: the agenda can no longer change.")
            )

    def _stack_moved(self, _index: int) -> None:
        # The stack empties itself as it is destroyed with the panel: nothing to show then.
        if Shiboken.isValid(self.stack):
            self._enable()

    def _show_notes(self) -> None:
        """Below the table, the current item in full: what it is about, why, its notes."""
        item = self.current_item()
        if item is None:
            self.notes.clear()
            return
        lines = [self.tr("{about} · {why}").format(about=agenda_about(item), why=agenda_why(item))]
        if item.notes:
            lines.append(self.tr("Notes: {notes}").format(notes=item.notes))
        elif self.writable():
            lines.append(self.tr("No notes. Edit the item (F2) to add some for the partners."))
        self.notes.setText("\n".join(lines))

    def _stack_text(self, verb: str, what: str) -> str:
        return self.tr("{verb}: {what}").format(verb=verb, what=what) if what else verb

    # -- running steps (agenda_commands.AgendaEditor) ----------------------------------------

    def run_step(
        self,
        operation: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self._steps += 1
        self._enable()
        writes = declared_writes(operation) is not None
        shown = self._details_shown
        self.context.run_service(
            operation,
            self.actor,
            *args,
            owner=self,
            on_done=lambda result: self._step_over(
                on_done, result, reload=writes and self._details_shown == shown
            ),
            on_error=lambda exc: self._step_over(on_error, exc, reload=False),
        )

    def _step_over(self, then: Callable[[Any], None], outcome: Any, *, reload: bool) -> None:
        """A step ended; after a write the agenda waits for its reload (announced on the hub)
        unless it has already landed (the synchronous runner reloads before delivering)."""
        self._steps -= 1
        self._awaiting_reload = self._awaiting_reload or reload
        then(outcome)
        self._enable()

    def step_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Agenda not changed"), error_text(exc))

    # -- editing ------------------------------------------------------------------------------

    def propose(self) -> None:
        if not self.writable():
            return
        tz = self.context.settings.time_zone()
        settings = self.context.settings
        weights = {
            SignalKind.CITIZEN_REPORT: float(settings.value(WEIGHT_CITIZEN_REPORT)),
            SignalKind.POLICE_INTERVENTION: float(settings.value(WEIGHT_POLICE_INTERVENTION)),
            SignalKind.MEDIA: float(settings.value(WEIGHT_MEDIA)),
        }
        self.run_step(
            partial(agenda.propose_agenda, weights=weights),
            self.detail.meeting.id,
            datetime.now(tz).date(),
            tz,
            on_done=self._proposed,
            on_error=self.step_failed,
        )

    def _proposed(self, added: list[AgendaItemRow]) -> None:
        if added:
            self.status.setText(self.tr("Added from the data: {count}.").format(count=len(added)))
            self._select_after = added[0].id
        else:
            self.status.setText(
                self.tr(
                    "Nothing new to propose: what the data points at is on the agenda already, "
                    "or was removed from it by hand."
                )
            )

    def add_item(self) -> None:
        if not self.writable():
            return
        self.context.run_service(
            calendar_choices,
            self.actor,
            owner=self,
            on_done=self._zones_read,
            on_error=self.step_failed,
        )

    def _zones_read(self, choices: CalendarChoices) -> None:
        self.context.run_service(
            list_cases,
            self.actor,
            owner=self,
            on_done=lambda cases: self._open_add_dialog(choices, cases),
            on_error=self.step_failed,
        )

    def _open_add_dialog(self, choices: CalendarChoices, cases: list[Any]) -> None:
        if not self.writable():
            return
        meeting_id = self.detail.meeting.id

        def save(dialog: SubmitDialog) -> None:
            assert isinstance(dialog, AddItemDialog)
            self.context.run_service(
                agenda.add_agenda_item,
                self.actor,
                meeting_id,
                dialog.text(),
                dialog.chosen_kind(),
                dialog.zone_id(),
                dialog.case_id(),
                owner=dialog,
                on_done=lambda row: (self._select_later(row.id), dialog.saved(row)),
                on_error=lambda exc: dialog.refuse(error_text(exc)),
            )

        zones = [z for z in choices.zones if z.active]
        dialog = AddItemDialog(zones, cases, self, submit=save)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _select_later(self, item_id: int) -> None:
        """Make the item current once the agenda has it (now, or at the next reload)."""
        row = self.model.row_of(item_id)
        if row is None:
            self._select_after = item_id
        else:
            self.table.setCurrentIndex(self.model.index(row, AgendaModel.COL_TITLE))

    def edit_item(self) -> None:
        item = self.current_item()
        if item is None or not self.writable() or not self.free():
            return

        def save(dialog: SubmitDialog) -> None:
            assert isinstance(dialog, EditItemDialog)
            self.context.run_service(
                agenda.edit_agenda_item,
                self.actor,
                item.id,
                item.version_id,
                dialog.text(),
                dialog.notes_text(),
                owner=dialog,
                on_done=dialog.saved,
                on_error=lambda exc: dialog.refuse(error_text(exc)),
            )

        dialog = EditItemDialog(item, self, submit=save)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def move_item(self, step: int) -> None:
        item = self.current_item()
        if item is None or not self.writable() or not self.free():
            return
        old = self.table.currentIndex().row()
        new = old + step
        if not 0 <= new < self.model.rowCount():
            return
        self._select_after = item.id
        # Shown moved at once (the reload confirms it), before the step: the synchronous runner
        # reloads while the command is pushed.
        self.model.set_rows(self._moved(old, new))
        self.table.setCurrentIndex(self.model.index(new, AgendaModel.COL_TITLE))
        text = self.tr("move “{item}”").format(item=agenda_title(item))
        self.stack.push(MoveItem(self, self.book, item.id, old, new, text=text))

    def _moved(self, old: int, new: int) -> list[AgendaItemRow]:
        rows = [self.model.row(n) for n in range(self.model.rowCount())]
        rows.insert(new, rows.pop(old))
        return rows

    def remove_item(self) -> None:
        item = self.current_item()
        if item is None or not self.writable() or not self.free():
            return
        text = self.tr("remove “{item}”").format(item=agenda_title(item))
        position = self.table.currentIndex().row()
        self.stack.push(RemoveItem(self, self.book, item, position, text=text))

    def undo(self) -> None:
        if self.writable() and self.free() and self.stack.canUndo():
            self.stack.undo()

    def redo(self) -> None:
        if self.writable() and self.free() and self.stack.canRedo():
            self.stack.redo()
