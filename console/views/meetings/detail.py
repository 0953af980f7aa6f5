"""A meeting in detail: its header (title, when, where, who is invited, status) and three tabs —
the agenda, the minutes and the meeting's actions."""

from __future__ import annotations

from datetime import datetime
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from console.services.changes import Area
from console.services.meetings import meetings
from console.services.meetings.rows import MeetingDetail, MeetingRow
from console.views.common import labels
from console.views.common.errors import error_text
from console.views.common.formatting import format_moment
from console.views.common.section import ViewContext
from console.views.meetings.actions_view import ActionTracker
from console.views.meetings.agenda_panel import AgendaPanel
from console.views.meetings.labels import narrow_label
from console.views.meetings.minutes_panel import MinutesPanel

TITLE_STYLE = "font-size: 14pt; font-weight: 600;"
TAB_AGENDA, TAB_MINUTES, TAB_ACTIONS = range(3)


class MeetingDetailView(QWidget):
    """Shows one meeting at a time (:meth:`show_meeting`); its panels write through the
    services, and the section reloads what the hub says changed."""

    sig_loaded = Signal(object)  # meeting id: its detail is on screen; None: it could not load

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: MeetingDetail | None = None
        self._meeting_id: int | None = None
        self._request = 0
        self.title = narrow_label()
        self.title.setStyleSheet(TITLE_STYLE)
        self.facts = narrow_label()
        self.guests = narrow_label()
        self.agenda = AgendaPanel(context)
        self.minutes = MinutesPanel(context)
        self.tracker: ActionTracker | None = None  # the Actions tab, once a meeting is shown
        self._tracker_stale = False
        self.tabs = QTabWidget()
        self.tabs.addTab(self.agenda, self.tr("Agenda"))
        self.tabs.addTab(self.minutes, self.tr("Minutes"))
        self.tabs.addTab(QWidget(), self.tr("Actions"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.guests)
        layout.addWidget(self.tabs, 1)
        self.agenda.sig_item_chosen.connect(self.minutes.set_item)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.set_detail(None)

    def _show_actions(self, meeting_id: int) -> None:
        """The action tracker, filtered to the meeting shown; made when first needed (it
        loads as it is made), kept current as the meeting reloads."""
        if self.tracker is None:
            self.tracker = ActionTracker(self.context, meeting_id=meeting_id)
            current = self.tabs.currentIndex()
            placeholder = self.tabs.widget(TAB_ACTIONS)
            self.tabs.removeTab(TAB_ACTIONS)
            placeholder.deleteLater()
            # Its row of filters is wide: it scrolls sideways rather than widening the detail.
            area = QScrollArea()
            area.setWidget(self.tracker)
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            self.tabs.insertTab(TAB_ACTIONS, area, self.tr("Actions"))
            self.tabs.setCurrentIndex(current)
        elif self.tracker.meeting_id != meeting_id:
            self.tracker.set_meeting(meeting_id)
        elif self.tracker.isVisible():
            self.tracker.on_changed(Area.MEETINGS, None)
        else:
            self._tracker_stale = True  # reloaded when its tab is shown

    def _tab_shown(self, index: int) -> None:
        if index == TAB_ACTIONS and self.tracker is not None and self._tracker_stale:
            self._tracker_stale = False
            self.tracker.reload()

    # -- loading -------------------------------------------------------------------------------

    def meeting_id(self) -> int | None:
        return self._meeting_id

    def show_meeting(self, meeting_id: int | None) -> None:
        """Load the meeting (None clears)."""
        self._request += 1
        number = self._request
        self._meeting_id = meeting_id
        if meeting_id is None:
            self.set_detail(None)
            self.sig_loaded.emit(None)
            return
        tz = self.context.settings.time_zone()
        self.context.run_service(
            partial(meetings.meeting_detail, today=datetime.now(tz).date()),
            self.context.actor,
            meeting_id,
            owner=self,
            on_done=lambda detail: self._loaded(number, detail),
            on_error=lambda exc: self._failed(number, exc),
        )

    def _loaded(self, number: int, detail: MeetingDetail) -> None:
        if number != self._request:
            return  # another meeting was chosen meanwhile
        self.set_detail(detail)
        self.sig_loaded.emit(detail.meeting.id)

    def _failed(self, number: int, exc: BaseException) -> None:
        if number == self._request:
            self.set_detail(None)
            self.title.setText(error_text(exc))
            self.sig_loaded.emit(None)

    def set_detail(self, detail: MeetingDetail | None) -> None:
        self.detail = detail
        self.tabs.setVisible(detail is not None)
        self.facts.setVisible(detail is not None)
        self.guests.setVisible(detail is not None)
        if detail is None:
            self.title.setText(self.tr("Choose a meeting in the list."))
            self.title.setToolTip("")
        else:
            self._show_header(detail.meeting)
        self.agenda.set_detail(detail)
        self.minutes.set_detail(detail)
        if detail is not None:
            self._show_actions(detail.meeting.id)
        self._count_tabs(detail)

    def _show_header(self, meeting: MeetingRow) -> None:
        tz = self.context.settings.time_zone()
        self.title.setText(meeting.title)
        self.title.setToolTip(meeting.title)
        parts = [format_moment(meeting.held_at, tz)]
        if meeting.location:
            parts.append(meeting.location)
        parts.append(labels.meeting_status_label(meeting.status))
        self.facts.setText(" · ".join(parts))
        organizations = ", ".join(meeting.organization_names) or "—"
        people = ", ".join(p.name for p in meeting.participants) or "—"
        lines = (
            self.tr("Organizations invited: {organizations}").format(organizations=organizations),
            self.tr("People: {people}").format(people=people),
        )
        self.guests.setText("\n".join(lines))

    def _count_tabs(self, detail: MeetingDetail | None) -> None:
        agenda = len(detail.agenda) if detail is not None else 0
        shown = [
            e for e in (detail.minutes if detail else ()) if self.minutes.writer or not e.restricted
        ]
        entries = len(shown)
        actions = len(detail.actions) if detail is not None else 0
        self.tabs.setTabText(TAB_AGENDA, self.tr("Agenda ({count})").format(count=agenda))
        self.tabs.setTabText(TAB_MINUTES, self.tr("Minutes ({count})").format(count=entries))
        self.tabs.setTabText(TAB_ACTIONS, self.tr("Actions ({count})").format(count=actions))
