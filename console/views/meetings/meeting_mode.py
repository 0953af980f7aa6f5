"""Meeting mode: the meeting run on a projector, full screen, large type, one item at a time and
driven from the keyboard. Attendance and the confidentiality statement first; then each agenda
item with its live data for the room beside its decisions and actions.

Keys: Right/PageDown next item, Left/PageUp previous, Home/End first/last, Ctrl+D record a
decision, Ctrl+Shift+A add an action, F5 reload the item, F1 the keys, Esc or Ctrl+W close.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from console.models import ActionStatus, AgendaKind, MeetingStatus
from console.services.access import Action, can
from console.services.meetings import actions, meetings, room
from console.services.meetings.actions import WITH_REASON
from console.services.meetings.room import ItemView
from console.services.meetings.rows import AgendaItemRow, MeetingDetail, MeetingRow
from console.services.places.indicators import ZonePanel
from console.services.places.map_data import load_panel
from console.services.planning import week
from console.views.common.errors import error_text
from console.views.common.formatting import format_moment
from console.views.common.section import ViewContext
from console.views.common.submit_dialog import SubmitDialog
from console.views.meetings.action_dialogs import StatusReasonDialog
from console.views.meetings.attendance_page import AttendancePage
from console.views.meetings.decision_dialogs import fit_to_type
from console.views.meetings.decisions_panel import DecisionsPanel
from console.views.meetings.meeting_items import ItemPage
from console.views.meetings.room_style import room_sheet, text_label
from console.views.meetings.room_zone import panel_request

ATTENDANCE = -1  # the position of the attendance page, before the first item

# The keys, as F1 lists them (the shortcuts themselves are made in MeetingMode._keys).
KEYS = (
    (
        QT_TRANSLATE_NOOP("MeetingModeKeys", "Right, Page Down"),
        QT_TRANSLATE_NOOP("MeetingModeKeys", "Next item"),
    ),
    (
        QT_TRANSLATE_NOOP("MeetingModeKeys", "Left, Page Up"),
        QT_TRANSLATE_NOOP("MeetingModeKeys", "Previous item (the first goes back to attendance)"),
    ),
    (
        QT_TRANSLATE_NOOP("MeetingModeKeys", "Home, End"),
        QT_TRANSLATE_NOOP("MeetingModeKeys", "First item, last item"),
    ),
    ("Ctrl+D", QT_TRANSLATE_NOOP("MeetingModeKeys", "Record a decision on the item")),
    ("Ctrl+Shift+A", QT_TRANSLATE_NOOP("MeetingModeKeys", "Add an action on the item")),
    ("F5", QT_TRANSLATE_NOOP("MeetingModeKeys", "Reload the item's data")),
    ("F1", QT_TRANSLATE_NOOP("MeetingModeKeys", "Show or hide these keys")),
    (
        QT_TRANSLATE_NOOP("MeetingModeKeys", "Esc, Ctrl+W"),
        QT_TRANSLATE_NOOP("MeetingModeKeys", "Leave meeting mode"),
    ),
)


def open_meeting_mode(context: ViewContext, meeting_id: int, parent: QWidget | None) -> MeetingMode:
    """Show meeting ``meeting_id`` full screen, in a window of its own."""
    mode = MeetingMode(context, meeting_id, parent)
    mode.showFullScreen()
    mode.activateWindow()
    return mode


class KeysHelp(QFrame):
    """What the keys do (F1), over the page."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("keys_help")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(text_label(self.tr("Keys"), bold=True))
        # One grid, so the meanings line up however long a key's name is in the language shown.
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        for number, (keys, meaning) in enumerate(KEYS):
            shown = QLabel(QCoreApplication.translate("MeetingModeKeys", keys))
            shown.setStyleSheet("font-weight: bold;")
            grid.addWidget(shown, number, 0)
            grid.addWidget(
                QLabel(QCoreApplication.translate("MeetingModeKeys", meaning)), number, 1
            )
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.hide()

    def place(self) -> None:
        self.adjustSize()
        parent = self.parentWidget()
        self.move((parent.width() - self.width()) // 2, (parent.height() - self.height()) // 3)
        self.raise_()


class MeetingMode(QWidget):
    """The meeting on the projector; closes on Esc or Ctrl+W after asking."""

    sig_closed = Signal()  # the window was closed (the section may refresh the meeting)
    sig_item_shown = Signal(object)  # int | None: the item now on screen with its data (None:
    # the attendance page)

    def __init__(
        self, context: ViewContext, meeting_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setObjectName("meeting_mode")
        self.setStyleSheet(room_sheet())
        self.context = context
        self.meeting_id = meeting_id
        self.tz = context.settings.time_zone()
        self.detail: MeetingDetail | None = None
        self.position = ATTENDANCE
        self.view: ItemView | None = None
        self._loading: int | None = None  # the item whose data is being fetched
        self._closed = False

        self.title = text_label(bold=True)
        self.title.setObjectName("meeting_title")
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.room_line = QLabel()
        self.room_line.setObjectName("room_line")
        self.hints = QLabel(
            self.tr("← → items · Ctrl+D decision · Ctrl+Shift+A action · F1 keys · Esc leave")
        )
        self.attendance = AttendancePage(context)
        self.attendance.sig_begun.connect(self._begun)
        self.attendance.sig_attendance.connect(self._attendance_recorded)
        self.items_widget = self._items_page(context)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.attendance)
        self.pages.addWidget(self.items_widget)
        self.message = text_label()
        self.message.setObjectName("refused")
        self.message.setContentsMargins(32, 8, 32, 0)  # in line with the pages' text
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(_bar(self.title, self.room_line, margin=10))
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)
        layout.addWidget(_bar(self.hints, margin=6))
        self.keys_help = KeysHelp(self)
        self._keys()
        self.setWindowTitle(self.tr("Meeting mode"))
        self.load()

    def _items_page(self, context: ViewContext) -> QWidget:
        """The page of the items: the item with its data, its decisions and actions beside."""
        self.item_page = ItemPage(self.tz)
        self.item_page.may_update_actions = can(context.actor, Action.UPDATE_ACTIONS)
        self.item_page.action_bar.sig_status_requested.connect(self.change_action_status)
        self.decisions = DecisionsPanel(context)
        self.decisions.sig_recorded.connect(self._recorded)
        items = QWidget()
        items_layout = QHBoxLayout(items)
        items_layout.setContentsMargins(32, 20, 32, 12)
        items_layout.setSpacing(32)
        items_layout.addWidget(self.item_page, 62)
        items_layout.addWidget(self.decisions, 38)
        return items

    def _keys(self) -> None:
        bindings = (
            ((Qt.Key.Key_Right, Qt.Key.Key_PageDown), self.next_item),
            ((Qt.Key.Key_Left, Qt.Key.Key_PageUp), self.previous_item),
            ((Qt.Key.Key_Home,), self.first_item),
            ((Qt.Key.Key_End,), self.last_item),
            (("Ctrl+D",), self.record_decision),
            (("Ctrl+Shift+A",), self.add_action),
            ((Qt.Key.Key_F5,), self.reload_item),
            ((Qt.Key.Key_F1,), self.toggle_keys),
            ((Qt.Key.Key_Escape, "Ctrl+W"), self.ask_to_close),
        )
        self.shortcuts: list[QShortcut] = []
        for keys, slot in bindings:
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self, slot)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                self.shortcuts.append(shortcut)

    # -- loading ---------------------------------------------------------------------------

    def load(self) -> None:
        self.context.run_service(
            meetings.meeting_detail,
            self.context.actor,
            self.meeting_id,
            owner=self,
            on_done=self._loaded,
            on_error=self._show_refusal,
        )
        today = datetime.now(self.tz).date()
        self.context.run_service(
            week.people_for_planning,
            self.context.actor,
            week.monday_of(today),
            self.tz,
            owner=self,
            on_done=self.attendance.set_people,
        )

    def _loaded(self, detail: MeetingDetail) -> None:
        self.detail = detail
        self._show_meeting(detail.meeting)
        self.attendance.set_meeting(detail.meeting)
        if detail.meeting.status is MeetingStatus.HELD:
            self.go_to(0)
        else:
            self.go_to(ATTENDANCE)
            if detail.meeting.status is MeetingStatus.CLOSED:
                self._show_message(
                    self.tr("The minutes of this meeting are approved: it can no longer be run.")
                )

    def _show_meeting(self, meeting: MeetingRow) -> None:
        self.title.setText(f"{meeting.title} · {format_moment(meeting.held_at, self.tz)}")
        present = sorted({p.organization_name for p in meeting.participants if p.attended})
        self._show_room(present)

    def _show_room(self, names: list[str] | tuple[str, ...]) -> None:
        self.room_line.setText(
            self.tr("In the room: {agencies}").format(agencies=" · ".join(names))
            if names
            else self.tr("Nobody recorded as present yet")
        )

    def _attendance_recorded(self, meeting: MeetingRow) -> None:
        """The room line follows the boxes as they are ticked (not only once the meeting
        begins)."""
        if self.detail is not None:
            self.detail = replace(self.detail, meeting=meeting)
        self._show_meeting(meeting)

    def _begun(self, meeting: MeetingRow) -> None:
        if self.detail is not None:
            self.detail = replace(self.detail, meeting=meeting)
        self._show_meeting(meeting)
        self.go_to(0)

    # -- navigation ------------------------------------------------------------------------

    @property
    def agenda(self) -> tuple[AgendaItemRow, ...]:
        return self.detail.agenda if self.detail is not None else ()

    def current_item(self) -> AgendaItemRow | None:
        if 0 <= self.position < len(self.agenda):
            return self.agenda[self.position]
        return None

    def started(self) -> bool:
        return self.detail is not None and self.detail.meeting.status is MeetingStatus.HELD

    def go_to(self, position: int) -> None:
        """Show the attendance page (ATTENDANCE) or item ``position`` (clamped); items only
        once the meeting has begun."""
        if self.detail is None:
            return
        if position != ATTENDANCE and not self.started():
            self._show_message(self.tr("Take attendance and begin the meeting first."))
            return
        self.message.hide()
        if position == ATTENDANCE:
            self.position = ATTENDANCE
            self.pages.setCurrentWidget(self.attendance)
            self.sig_item_shown.emit(None)
            return
        count = len(self.agenda)
        self.position = max(0, min(position, count - 1)) if count else 0
        self.pages.setCurrentWidget(self.items_widget)
        item = self.current_item()
        if item is None:
            self.item_page.show_nothing(self.tr("The agenda is empty."))
            self.decisions.show_item(self.meeting_id, None)
            self.sig_item_shown.emit(None)
            return
        self.item_page.set_item(item, self.position + 1, count)
        self.decisions.show_item(self.meeting_id, item.id)
        self._request_item()

    def next_item(self) -> None:
        if self.position == ATTENDANCE:
            self.go_to(0)
        elif self.position < len(self.agenda) - 1:
            self.go_to(self.position + 1)

    def previous_item(self) -> None:
        if self.position > 0:
            self.go_to(self.position - 1)
        elif self.position == 0:
            self.go_to(ATTENDANCE)

    def first_item(self) -> None:
        self.go_to(0)

    def last_item(self) -> None:
        self.go_to(len(self.agenda) - 1)

    # -- an item's data --------------------------------------------------------------------

    def _request_item(self) -> None:
        """Fetch the current item's data, one fetch at a time: items skipped over while one
        is being fetched are never read (nor audited)."""
        item = self.current_item()
        if item is None or self._loading is not None:
            return
        self._loading = item.id
        self.context.run_service(
            room.item_view,
            self.context.actor,
            self.meeting_id,
            item.id,
            owner=self,
            on_done=self._item_loaded,
            on_error=self._item_failed,
        )

    def _still_wanted(self, item_id: int) -> bool:
        """Done fetching ``item_id``: True when it is still the item shown; otherwise fetch
        the one that is."""
        self._loading = None
        current = self.current_item()
        if current is not None and current.id == item_id and self.position != ATTENDANCE:
            return True
        self._request_item()
        return False

    def _item_loaded(self, view: ItemView) -> None:
        if view.item.kind is AgendaKind.ZONE and view.zone_id is not None:
            if self._is_current(view.item.id):
                self.item_page.set_view(view)  # the heading's data; the panel follows
            today = datetime.now(self.tz).date()
            self.context.run_service(
                load_panel,
                self.context.actor,
                panel_request(self.context, view.zone_id, today),
                owner=self,
                on_done=lambda panel: self._zone_loaded(view, panel),
                on_error=self._item_failed,
            )
            return
        if self._still_wanted(view.item.id):
            self._shown(view)

    def _zone_loaded(self, view: ItemView, panel: ZonePanel) -> None:
        if self._still_wanted(view.item.id):
            self.item_page.set_zone(panel)
            self._shown(view)

    def _shown(self, view: ItemView) -> None:
        self.view = view
        if view.item.kind is not AgendaKind.ZONE:
            self.item_page.set_view(view)
        self._show_room(view.room.organization_names)
        self.sig_item_shown.emit(view.item.id)

    def _is_current(self, item_id: int) -> bool:
        current = self.current_item()
        return current is not None and current.id == item_id

    def _item_failed(self, exc: BaseException) -> None:
        loading = self._loading
        if loading is not None and self._still_wanted(loading):
            self.item_page.show_status(error_text(exc), alert=True)
            self.sig_item_shown.emit(loading)

    def reload_item(self) -> None:
        if self.position != ATTENDANCE:
            self._request_item()

    def _recorded(self, effect: object) -> None:
        """A decision's effect changes the item's data (a review date, a threshold)."""
        if effect is not None:
            self.reload_item()

    # -- recording -------------------------------------------------------------------------

    def change_action_status(self, status: ActionStatus) -> None:
        """The outcome of the carried-over action on screen (a reason for not done and
        impossible); the item shows it once recorded."""
        action = self.view.action if self.view is not None else None
        if action is None or action.status is status:
            return
        if status not in WITH_REASON:
            self.context.run_service(
                actions.set_action_status,
                self.context.actor,
                action.id,
                action.version_id,
                status,
                "",
                owner=self,
                on_done=lambda _row: self.reload_item(),
                on_error=lambda exc: self.item_page.show_status(error_text(exc), alert=True),
            )
            return

        def submit(dialog: SubmitDialog) -> None:
            assert isinstance(dialog, StatusReasonDialog)
            self.context.run_service(
                actions.set_action_status,
                self.context.actor,
                action.id,
                action.version_id,
                status,
                dialog.value(),
                owner=dialog,
                on_done=lambda row: self._status_saved(dialog, row),
                on_error=lambda exc: dialog.refuse(error_text(exc)),
            )

        dialog = StatusReasonDialog(status, action.text or "", self, submit=submit)
        fit_to_type(dialog)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _status_saved(self, dialog: SubmitDialog, row: object) -> None:
        dialog.saved(row)
        self.reload_item()

    def record_decision(self) -> None:
        if self.position != ATTENDANCE:
            self.decisions.record_decision()

    def add_action(self) -> None:
        if self.position != ATTENDANCE:
            self.decisions.add_action()

    # -- keys, messages, closing -----------------------------------------------------------

    def toggle_keys(self) -> None:
        if self.keys_help.isVisible():
            self.keys_help.hide()
        else:
            self.keys_help.place()
            self.keys_help.show()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _show_refusal(self, exc: BaseException) -> None:
        self._show_message(error_text(exc))

    def ask_to_close(self) -> None:
        if self.keys_help.isVisible():
            self.keys_help.hide()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Leave meeting mode"),
            self.tr(
                "Leave meeting mode? The meeting stays under way: decisions and actions are "
                "saved, and you can come back to it."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted() and not self._closed:
            self._closed = True
            self.sig_closed.emit()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.keys_help.isVisible():
            self.keys_help.place()


def _bar(*labels: QLabel, margin: int) -> QFrame:
    """A dark bar across the window (white text): the meeting at the top, the keys below."""
    bar = QFrame()
    bar.setObjectName("room_bar")
    layout = QHBoxLayout(bar)
    layout.setContentsMargins(24, margin, 24, margin)
    for number, label in enumerate(labels):
        layout.addWidget(label, 1 if number == 0 else 0)
    return bar
