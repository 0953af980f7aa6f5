"""The Meetings section: the coordination meetings (the next one on top), one in detail beside
them, preparing a meeting, opening meeting mode, and the navigation badge with the reader's
open actions."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from console.models import AgendaKind, MeetingStatus
from console.services.access import Action, can
from console.services.changes import Area
from console.services.meetings import actions, meetings
from console.services.meetings.rows import MeetingRow
from console.services.planning.week import CalendarChoices, calendar_choices, monday_of
from console.services.planning.week import people_for_planning as planning_people
from console.views.cases.tables import fit_columns, make_table
from console.views.common.errors import error_text
from console.views.common.section import SectionView, ViewContext
from console.views.common.section_actions import section_action
from console.views.common.submit_dialog import SubmitDialog
from console.views.meetings.detail import MeetingDetailView
from console.views.meetings.meeting_dialog import MeetingDialog, default_when, last_meeting
from console.views.meetings.meeting_mode import open_meeting_mode
from console.views.meetings.models import ID_ROLE, MeetingsModel

START_KEYS = "Shift+F5"  # F5 is the window's Refresh; Shift+F5 starts a slideshow "from here"
# Pixels at most for the list's long columns (elided; whole in the tooltip and the detail).
LIST_WIDTHS = {
    MeetingsModel.COL_TITLE: 170,
    MeetingsModel.COL_STATUS: 100,
    MeetingsModel.COL_PLACE: 200,
}
# Areas the agenda's items point at: a change there reloads the meeting shown, not the list.
LINKED_AREAS = {
    Area.ZONES: lambda item: item.zone_id is not None,
    Area.CASES: lambda item: item.case_id is not None,
    Area.REFERRALS: lambda item: item.referral_id is not None,
    Area.SHIFTS: lambda item: item.kind is AgendaKind.PLANNING,
}
BADGE_AREAS = frozenset({Area.MEETINGS, Area.ALL})


class MeetingsView(SectionView):
    """Meetings for coordinators and partners; managers read them too (the shared minutes)."""

    reload_areas = frozenset(
        {Area.MEETINGS, Area.PERSONS, Area.ORGANIZATIONS, Area.SETTINGS, *LINKED_AREAS}
    )

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.actor = context.actor
        self.rows: tuple[MeetingRow, ...] = ()
        self._request = 0
        self._awaiting: int | None = None  # the list load whose detail sig_loaded waits for
        self.model = MeetingsModel(self, context.settings.time_zone())
        self.detail = MeetingDetailView(context)
        self.mode: QWidget | None = None  # meeting mode, while open
        self._build()
        self.table.selectionModel().currentRowChanged.connect(self._meeting_chosen)
        self.detail.sig_loaded.connect(self._detail_loaded)
        QTimer.singleShot(0, self, self.update_badge)  # the navigation shows it at once

    # -- building ----------------------------------------------------------------------------

    def _build_actions(self) -> None:
        preparer = can(self.actor, Action.PREPARE_MEETINGS)
        self.act_new = section_action(
            self, self.tr("&New meeting…"), self.new_meeting, QKeySequence.StandardKey.New
        )
        self.act_new.setVisible(preparer)
        self.act_edit = section_action(self, self.tr("&Edit meeting…"), self.edit_meeting, "Ctrl+E")
        self.act_edit.setVisible(preparer)
        self.act_start = section_action(
            self, self.tr("&Start meeting"), self.start_meeting, START_KEYS
        )
        self.act_start.setVisible(can(self.actor, Action.RUN_MEETINGS))

    def _build(self) -> None:
        self._build_actions()
        title = QLabel(self.tr("Meetings"))
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.mine = QLabel()
        self.mine.setToolTip(self.tr("Open actions you own, from every meeting"))
        tools = QToolBar()
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.act_new, self.act_edit, self.act_start):
            tools.addAction(action)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.mine)
        top.addStretch(1)
        top.addWidget(tools)
        self.table = make_table(self.model, self.tr("Meetings"))
        self.table.setWordWrap(False)
        self.table.activated.connect(lambda _index: self.detail.tabs.setFocus())
        self.count = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 2)
        split.setSizes([400, 890])  # the action tracker needs about 880 pixels
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    # -- loading -----------------------------------------------------------------------------

    def _today(self) -> date:
        return datetime.now(self.context.settings.time_zone()).date()

    def load(self) -> None:
        self._request += 1
        number = self._request
        self.context.run_service(
            meetings.list_meetings,
            self.actor,
            owner=self,
            on_done=lambda rows: self._show(number, rows),
            on_error=self._load_failed,
        )
        self.update_badge()

    def _show(self, number: int, rows: list[MeetingRow]) -> None:
        if number != self._request:
            return  # asked again meanwhile
        self.rows = tuple(rows)
        chosen = self.detail.meeting_id()
        self.model.set_rows(self.rows)
        fit_columns(self.table, LIST_WIDTHS)
        self.count.setText(self.tr("Meetings: {count}").format(count=len(rows)))
        if chosen is None or self.model.row_of(chosen) is None:
            chosen = rows[0].id if rows else None
        self._awaiting = number
        if not self._select(chosen):
            self.detail.show_meeting(chosen)
        self._enable()

    def _detail_loaded(self, _meeting_id: object) -> None:
        self._enable()
        if self._awaiting is not None and self._awaiting == self._request:
            self._awaiting = None
            self.sig_loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Meetings"), error_text(exc))

    def _select(self, meeting_id: int | None) -> bool:
        """Make the meeting's row current (loading its detail); False when it is not listed."""
        row = self.model.row_of(meeting_id) if meeting_id is not None else None
        if row is None:
            return False
        if self.table.currentIndex().row() == row:
            self.detail.show_meeting(meeting_id)  # already current: reload what changed
        else:
            self.table.setCurrentIndex(self.model.index(row, MeetingsModel.COL_TITLE))
        return True

    def _meeting_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.detail.show_meeting(current.data(ID_ROLE))
        self._enable()

    def current_meeting(self) -> MeetingRow | None:
        """The meeting shown in detail, as last read."""
        detail = self.detail.detail
        return detail.meeting if detail is not None else None

    def _enable(self) -> None:
        meeting = self.current_meeting()
        status = meeting.status if meeting is not None else None
        self.act_edit.setEnabled(status is MeetingStatus.PLANNED)
        self.act_start.setEnabled(status in (MeetingStatus.PLANNED, MeetingStatus.HELD))

    def on_changed(self, area: str, ids: object) -> None:
        if area in BADGE_AREAS and not self.isVisible():
            self.update_badge()  # the navigation shows it while the section is hidden
        linked = LINKED_AREAS.get(area)  # type: ignore[call-overload]
        if linked is not None:
            detail = self.detail.detail
            if detail is not None and any(linked(item) for item in detail.agenda):
                if self.isVisible():
                    self.detail.show_meeting(detail.meeting.id)  # the list does not show it
                else:
                    self._stale = True
            return
        super().on_changed(area, ids)

    # -- the badge ---------------------------------------------------------------------------

    def update_badge(self) -> None:
        self.context.run_service(
            actions.my_open_actions,
            self.actor,
            self._today(),
            owner=self,
            on_done=self._show_badge,
            on_error=self._badge_unknown,
        )

    def _badge_unknown(self, _exc: BaseException) -> None:
        # Logged by the runner; a badge is a hint, taken away rather than shown stale.
        self._show_badge(0)

    def _show_badge(self, count: int) -> None:
        self.mine.setText(self.tr("Your open actions: {count}").format(count=count))
        self.mine.setVisible(count > 0)
        self.sig_badge.emit(str(count) if count else "")

    # -- preparing a meeting -----------------------------------------------------------------

    def new_meeting(self) -> None:
        if can(self.actor, Action.PREPARE_MEETINGS):
            self._with_choices(None)

    def edit_meeting(self) -> None:
        meeting = self.current_meeting()
        if meeting is not None and meeting.status is MeetingStatus.PLANNED:
            self._with_choices(meeting)

    def _with_choices(self, meeting: MeetingRow | None) -> None:
        """Read the organizations and people to invite, then open the dialog."""
        self.context.run_service(
            calendar_choices,
            self.actor,
            owner=self,
            on_done=lambda choices: self._read_people(choices, meeting),
            on_error=self._load_failed,
        )

    def _read_people(self, choices: CalendarChoices, meeting: MeetingRow | None) -> None:
        tz = self.context.settings.time_zone()
        self.context.run_service(
            planning_people,
            self.actor,
            monday_of(self._today()),
            tz,
            owner=self,
            on_done=lambda people: self._open_dialog(choices, people, meeting),
            on_error=self._load_failed,
        )

    def _open_dialog(
        self, choices: CalendarChoices, people: list[object], meeting: MeetingRow | None
    ) -> None:
        tz = self.context.settings.time_zone()

        def save(dialog: SubmitDialog) -> None:
            assert isinstance(dialog, MeetingDialog)
            if meeting is None:
                operation, args = meetings.create_meeting, (dialog.draft(),)
            else:
                operation = meetings.update_meeting
                args = (meeting.id, meeting.version_id, dialog.draft())
            self.context.run_service(
                operation,
                self.actor,
                *args,
                owner=dialog,
                on_done=lambda row: (dialog.saved(row), self._select_later(row.id)),
                on_error=lambda exc: dialog.refuse(error_text(exc)),
            )

        dialog = MeetingDialog(
            choices.organizations,
            people,  # type: ignore[arg-type]
            tz,
            self,
            meeting=meeting,
            when=default_when(self.rows, self._today(), tz),
            template=last_meeting(self.rows) if self.rows else None,
            submit=save,
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _select_later(self, meeting_id: int) -> None:
        """A new or changed meeting: shown in detail (the hub reloads the list)."""
        if not self._select(meeting_id):
            self.detail.show_meeting(meeting_id)

    # -- meeting mode ------------------------------------------------------------------------

    def start_meeting(self) -> None:
        if self.mode is not None:  # one meeting on the projector: brought forward, not another
            self.mode.raise_()
            self.mode.activateWindow()
            return
        meeting = self.current_meeting()
        if meeting is None or meeting.status is MeetingStatus.CLOSED:
            return
        if not can(self.actor, Action.RUN_MEETINGS):
            return
        self.mode = open_meeting_mode(self.context, meeting.id, self)
        self.mode.sig_closed.connect(self._mode_closed)

    def _mode_closed(self, *_args: object) -> None:
        if self.mode is not None:
            self.mode.deleteLater()
        self.mode = None
        self.refresh()  # attendance, decisions and actions were recorded there
