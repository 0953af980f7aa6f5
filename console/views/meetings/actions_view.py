"""The action tracker (SafeLives MARAC): every action across meetings, filtered by owner, agency,
status and due date, "Mine" for one's own; overdue ones marked; the status changed to done, not
done or impossible (the last two with a reason) or reopened, each change undoable (Ctrl+Z)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.models import ActionStatus, Role
from console.services.access import Action, PermissionDenied, can
from console.services.access.permissions import PARTNERS
from console.services.changes import Area
from console.services.meetings import actions
from console.services.meetings.actions import TRACKED
from console.services.meetings.rows import ActionFilter, ActionRow
from console.services.planning import week
from console.views.cases.form_dialog import OptionalDate
from console.views.common.errors import error_text
from console.views.common.labels import action_status_label
from console.views.common.section import ViewContext
from console.views.common.section_actions import section_action
from console.views.common.submit_dialog import SubmitDialog
from console.views.common.undo_actions import undo_text
from console.views.common.validated_dialog import refused_label
from console.views.meetings.action_commands import Failure, Outcome, SetStatus
from console.views.meetings.action_dialogs import StatusReasonDialog
from console.views.meetings.tracker_model import ID_ROLE, SORT_ROLE, TrackerModel

ACTION_WIDTH = 360  # pixels for the action's text before it is elided
COMBO_CHARACTERS = 16  # the owner and agency filters' width, in characters


class ActionTracker(QWidget):
    """All actions (or one meeting's, ``meeting_id``); :meth:`reload` asks again. Connect the
    events hub's ``sig_changed`` to :meth:`on_changed` to follow others' changes."""

    def __init__(
        self, context: ViewContext, parent: QWidget | None = None, meeting_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.actor = context.actor
        self.meeting_id = meeting_id
        self.tz = context.settings.time_zone()
        self._request = 0
        self._steps = 0  # status changes on their way: undo waits for them
        self._choices_asked = False
        self._mine_touched = False
        self.stack = QUndoStack(self)
        self.model = TrackerModel(self.tz, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = self._table()
        self._filters()
        self._buttons()
        self.count = QLabel()
        self.count.setObjectName("tracker_count")
        self.refused = refused_label()
        self.refused.hide()
        self._lay_out()
        self.act_undo = section_action(self, undo_text(), self.undo, "Ctrl+Z")
        self.act_redo = section_action(self, self.tr("&Redo"), self.redo, "Ctrl+Shift+Z")
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.stack.canUndoChanged.connect(self.act_undo.setEnabled)
        self.stack.canRedoChanged.connect(self.act_redo.setEnabled)
        self.act_undo.setEnabled(False)
        self.act_redo.setEnabled(False)
        self._update_buttons()
        self.reload()

    # -- building --------------------------------------------------------------------------

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("action_tracker")
        table.setModel(self.proxy)
        table.setAccessibleName(self.tr("Actions"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setSortingEnabled(True)
        table.sortByColumn(TrackerModel.COL_DUE, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        table.selectionModel().currentRowChanged.connect(self._update_buttons)
        return table

    def _filters(self) -> None:
        self.mine = QCheckBox(self.tr("&Mine"))
        self.mine.setObjectName("mine")
        self.mine.setToolTip(self.tr("Only the actions you own"))
        self.mine.setChecked(self._mine_by_default())
        self.mine.setVisible(self.actor.person_id is not None)
        self.owner = QComboBox()
        self.owner.setObjectName("owner_filter")
        self.owner.addItem(self.tr("Any owner"), None)
        self.organization = QComboBox()
        self.organization.setObjectName("organization_filter")
        self.organization.addItem(self.tr("Any agency"), None)
        self.status = QComboBox()
        self.status.setObjectName("status_filter")
        self.status.addItem(self.tr("Any status"), None)
        for status in ActionStatus:
            self.status.addItem(action_status_label(status), status)
        today = datetime.now(self.tz).date()
        self.due_by = OptionalDate(self.tr("Due by"), today)
        self.due_by.setObjectName("due_by_filter")
        for combo in (self.owner, self.organization):  # long names are elided, not widening
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(COMBO_CHARACTERS)
        self.mine.toggled.connect(self._mine_toggled)
        for combo in (self.owner, self.organization, self.status):
            combo.currentIndexChanged.connect(self.reload)
        self.due_by.enabled.toggled.connect(self.reload)
        self.due_by.edit.dateChanged.connect(self.reload)
        self.owner.setEnabled(not self.mine.isChecked())

    def _buttons(self) -> None:
        self.done = QPushButton(self.tr("&Done"))
        self.not_done = QPushButton(self.tr("&Not done…"))
        self.impossible = QPushButton(self.tr("&Impossible…"))
        self.reopen = QPushButton(self.tr("&Reopen"))
        for button, status in (
            (self.done, ActionStatus.DONE),
            (self.not_done, ActionStatus.NOT_DONE),
            (self.impossible, ActionStatus.IMPOSSIBLE),
            (self.reopen, ActionStatus.OPEN),
        ):
            button.setObjectName(f"set_{status.value}")
            button.clicked.connect(lambda _checked=False, s=status: self.change_status(s))
            button.setVisible(can(self.actor, Action.UPDATE_ACTIONS))

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.mine)
        filters.addWidget(self.owner, 1)
        filters.addWidget(self.organization, 1)
        filters.addWidget(self.status)
        filters.addWidget(self.due_by)
        buttons = QHBoxLayout()
        for button in (self.done, self.not_done, self.impossible, self.reopen):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.refused)
        layout.addLayout(buttons)

    def _mine_by_default(self) -> bool:
        """Partners see their own actions first; one meeting's actions are shown whole."""
        return (
            self.meeting_id is None
            and self.actor.person_id is not None
            and Role(self.actor.role) in PARTNERS
        )

    # -- loading ---------------------------------------------------------------------------

    def filters(self) -> ActionFilter:
        status = self.status.currentData()
        return ActionFilter(
            owner_id=None if self.mine.isChecked() else self.owner.currentData(),
            organization_id=self.organization.currentData(),
            statuses=frozenset({ActionStatus(status)}) if status is not None else frozenset(),
            due_by=self.due_by.value(),
            mine=self.mine.isChecked(),
            meeting_id=self.meeting_id,
        )

    def reload(self) -> None:
        """Ask for the actions the filters describe (the newest answer wins)."""
        self._request += 1
        number = self._request
        today = datetime.now(self.tz).date()
        self.context.run_service(
            actions.action_tracker,
            self.actor,
            self.filters(),
            today,
            owner=self,
            on_done=lambda rows: self._show(number, rows),
            on_error=self.show_refusal,
        )
        if not self._choices_asked:
            self._choices_asked = True
            self.context.run_service(
                week.calendar_choices, self.actor, owner=self, on_done=self._set_organizations
            )
            self.context.run_service(
                week.people_for_planning,
                self.actor,
                week.monday_of(today),
                self.tz,
                owner=self,
                on_done=self._set_owners,
            )

    def set_meeting(self, meeting_id: int | None) -> None:
        """Show one meeting's actions (None: every meeting's)."""
        if meeting_id == self.meeting_id:
            return
        self.meeting_id = meeting_id
        self.stack.clear()  # steps of other rows than those shown
        if not self._mine_touched:
            self.mine.blockSignals(True)
            self.mine.setChecked(self._mine_by_default())
            self.mine.blockSignals(False)
            self.owner.setEnabled(not self.mine.isChecked())
        self.reload()

    def on_changed(self, area: str, _ids: object) -> None:
        """Hub slot: the actions may have changed elsewhere."""
        if area in (Area.ALL, Area.MEETINGS) and self.isVisible() and not self._steps:
            self.reload()

    def _set_organizations(self, choices: week.CalendarChoices) -> None:
        _refill(self.organization, [(o.name, o.id) for o in choices.organizations])

    def _set_owners(self, people: list[week.PersonLoad]) -> None:
        _refill(self.owner, [(f"{p.full_name} — {p.organization_name}", p.id) for p in people])

    def _show(self, number: int, rows: list[ActionRow]) -> None:
        if number != self._request:
            return
        self.table.setColumnHidden(TrackerModel.COL_MEETING, self.meeting_id is not None)
        chosen = self.current_action()
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if self.table.columnWidth(TrackerModel.COL_ACTION) > ACTION_WIDTH:
            self.table.setColumnWidth(TrackerModel.COL_ACTION, ACTION_WIDTH)
        if chosen is not None:
            self.select(chosen.id)
        overdue = sum(1 for row in rows if row.overdue)
        text = self.tr("%n action(s)", "", len(rows)) + ", " + self.tr("%n overdue", "", overdue)
        if len(rows) >= TRACKED:
            text += " " + self.tr("(the first {count}: narrow the filters)").format(count=TRACKED)
        self.count.setText(text)
        self._update_buttons()

    # -- the selected action ---------------------------------------------------------------

    def current_action(self) -> ActionRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_for(index.data(ID_ROLE))

    def select(self, action_id: int) -> None:
        for number in range(self.proxy.rowCount()):
            index = self.proxy.index(number, 0)
            if index.data(ID_ROLE) == action_id:
                self.table.setCurrentIndex(index)
                return

    def may_update(self, row: ActionRow) -> bool:
        """The owner, their agency or a coordinator (the service decides in the end)."""
        if not can(self.actor, Action.UPDATE_ACTIONS):
            return False
        return (
            self.actor.role is Role.COORDINATOR
            or (row.owner_id is not None and row.owner_id == self.actor.person_id)
            or (
                row.organization_id is not None
                and row.organization_id == self.actor.organization_id
            )
        )

    def _update_buttons(self, *_args: object) -> None:
        row = self.current_action()
        allowed = row is not None and self.may_update(row) and not self._steps
        for button, status in (
            (self.done, ActionStatus.DONE),
            (self.not_done, ActionStatus.NOT_DONE),
            (self.impossible, ActionStatus.IMPOSSIBLE),
            (self.reopen, ActionStatus.OPEN),
        ):
            button.setEnabled(allowed and row is not None and row.status is not status)

    # -- changing the status ---------------------------------------------------------------

    def change_status(self, status: ActionStatus) -> None:
        """Done or reopened at once; not done and impossible after asking why."""
        row = self.current_action()
        if row is None or self._steps or not self.may_update(row) or row.status is status:
            return
        self.refused.hide()
        if status not in (ActionStatus.NOT_DONE, ActionStatus.IMPOSSIBLE):
            self.stack.push(SetStatus(self, row, status, ""))
            return

        def submit(dialog: SubmitDialog) -> None:
            assert isinstance(dialog, StatusReasonDialog)
            self.stack.push(
                SetStatus(
                    self,
                    row,
                    status,
                    dialog.value(),
                    first_done=dialog.saved,
                    first_failed=lambda exc: dialog.refuse(error_text(exc)),
                )
            )

        dialog = StatusReasonDialog(status, row.text or "", self, submit=submit)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def run_step(
        self,
        action_id: int,
        version: int,
        status: ActionStatus,
        reason: str,
        *,
        on_done: Outcome,
        on_error: Failure,
    ) -> None:
        self._steps += 1
        self._update_buttons()

        def done(row: ActionRow) -> None:
            self._steps -= 1
            on_done(row)
            self.reload()

        def failed(exc: BaseException) -> None:
            self._steps -= 1
            on_error(exc)
            self.reload()

        self.context.run_service(
            actions.set_action_status,
            self.actor,
            action_id,
            version,
            status,
            reason,
            owner=self,
            on_done=done,
            on_error=failed,
        )

    def undo(self) -> None:
        if not self._steps and self.stack.canUndo():
            self.refused.hide()
            self.stack.undo()

    def redo(self) -> None:
        if not self._steps and self.stack.canRedo():
            self.refused.hide()
            self.stack.redo()

    def show_refusal(self, exc: BaseException) -> None:
        self.refused.setText(error_text(exc))
        self.refused.show()
        if isinstance(exc, PermissionDenied):
            self._update_buttons()

    def _mine_toggled(self, checked: bool) -> None:
        self._mine_touched = True
        self.owner.setEnabled(not checked)
        self.reload()


def _refill(combo: QComboBox, choices: list[tuple[str, int]]) -> None:
    """Keep the first entry ("any") and the choice made, replace the rest."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    while combo.count() > 1:
        combo.removeItem(1)
    for text, value in choices:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    combo.blockSignals(False)
