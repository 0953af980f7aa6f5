"""The Calendar section: the week of shifts, its problems, and the coordinator's tools."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from functools import partial
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.config import CALENDAR_BY_ZONE, HOLIDAY_PROVINCE
from console.models import ShiftKind, ShiftStatus
from console.services import access, planning, roster
from console.services.access import Action
from console.services.changes import Area
from console.services.planning import absences, availability, shift_edits
from console.services.planning.holidays import HolidayCalendar
from console.services.planning.operations import CalendarData, WeekFilter, load_week
from console.services.planning.shift_edits import ShiftDraft
from console.services.planning.to_debrief import ToDebrief, shifts_to_debrief
from console.services.planning.undoable import ShiftBook, draft_of
from console.services.planning.week import ShiftRow
from console.services.planning.week_copy import CopyResult, copy_preview
from console.views.calendar import commands, messages
from console.views.calendar.absences_dialog import AbsencesDialog
from console.views.calendar.copy_week_dialog import CopyResultDialog, CopyWeekDialog
from console.views.calendar.demand_dialog import edit_demand
from console.views.calendar.export_dialog import ExportIcsDialog
from console.views.calendar.holiday_settings import holiday_calendar
from console.views.calendar.proposing import RosterTools
from console.views.calendar.shift_dialog import ShiftDialog
from console.views.calendar.to_debrief import ToDebriefButton
from console.views.calendar.week_view import WeekView
from console.views.calendar.zone_view import ZoneView
from console.views.common import formatting
from console.views.common.errors import error_text
from console.views.common.folders import default_folder
from console.views.common.formatting import console_dates
from console.views.common.section import SectionView, ViewContext
from console.views.common.section_actions import section_action
from console.views.common.undo_actions import undo_actions
from console.views.debrief.flow import may_debrief, open_debrief

ROLE_SHIFT_ID = Qt.ItemDataRole.UserRole + 1
PROBLEMS_BATCH = 40  # problem rows laid out per turn of the event loop
# The keys work wherever the focus is in the window (the navigation, a filter), but only while
# the calendar is on screen: Qt matches a window shortcut only for an action on a visible widget,
# so a hidden section (the Map, with its own Ctrl+Z) never competes, nor does a locked window.
SHORTCUT_CONTEXT = Qt.ShortcutContext.WindowShortcut
# Shifts become "to debrief" as time passes, not only on a change: the badge is read again
# this often (and after every change of shifts or debriefs).
BADGE_REFRESH_MS = 5 * 60 * 1000
BADGE_AREAS = frozenset({Area.SHIFTS, Area.DEBRIEFS, Area.ALL})


def _language() -> str:
    return "it" if QLocale().language() == QLocale.Language.Italian else "en"


class CalendarView(SectionView):
    """Plan a week: the view loads only the shown week, off the GUI thread, and every edit is
    an undoable service call."""

    reload_areas = frozenset({Area.SHIFTS, Area.ABSENCES, Area.PERSONS, Area.ZONES, Area.SETTINGS})

    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.actor = context.actor
        self.can_plan = access.can(self.actor, Action.PLAN_SHIFTS)
        self.monday = planning.monday_of(self._today())
        self.data: CalendarData | None = None
        self._request = 0
        self.undo_stack = QUndoStack(self)
        self.book = ShiftBook()

        self.week = WeekView()
        self.week.read_only = not self.can_plan
        self.zones = ZoneView()
        self.zones.read_only = not self.can_plan
        self.roster = RosterTools(self)
        self.modes = QStackedWidget()
        self.modes.addWidget(self.week)
        self.modes.addWidget(self.zones)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems of the week"))
        self.problems.setWordWrap(True)
        # A busy week has hundreds of problems: the rows in view are laid out first, the
        # others on the next turns of the event loop (the week paints meanwhile).
        self.problems.setLayoutMode(QListView.LayoutMode.Batched)
        self.problems.setBatchSize(PROBLEMS_BATCH)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.span = QLabel()
        self.date_pick = console_dates(QDateEdit())
        self.date_pick.setCalendarPopup(True)
        self.zone_filter = QComboBox()
        self.org_filter = QComboBox()
        for combo in (self.zone_filter, self.org_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.mine = QCheckBox(self.tr("&My shifts"))
        self.mine.setEnabled(self.actor.person_id is not None)
        self.to_debrief = ToDebriefButton(context.settings.time_zone())
        self._select_after_load: int | None = None  # a shift chosen in the to-debrief menu
        self._badge_timer = QTimer(self)
        self._badge_timer.setInterval(BADGE_REFRESH_MS)
        self._badge_timer.timeout.connect(self.update_badge)
        self._badge_timer.start()
        QTimer.singleShot(0, self, self._badge_if_hidden)  # the navigation shows it at once
        self._build_actions()
        self._lay_out()
        self._connect()
        self.act_by_zone.setChecked(context.settings.value(CALENDAR_BY_ZONE))
        self._show_mode(self.act_by_zone.isChecked())

    # -- building ----------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.act_previous = section_action(
            self, self.tr("◀ Previous week"), self.previous_week, "Alt+Left"
        )
        self.act_today = section_action(self, self.tr("This week"), self.this_week, "Alt+Home")
        self.act_next = section_action(self, self.tr("Next week ▶"), self.next_week, "Alt+Right")
        self.act_pick = section_action(self, self.tr("Go to date…"), self._focus_date, "Ctrl+G")
        self.act_new = section_action(
            self, self.tr("&New shift…"), self.new_shift, QKeySequence.StandardKey.New
        )
        self.act_publish = section_action(
            self, self.tr("&Publish week"), self.publish_week, "Ctrl+Shift+P"
        )
        self.act_copy = section_action(
            self, self.tr("&Copy a week…"), self.copy_week, "Ctrl+Shift+C"
        )
        self.act_absences = section_action(
            self, self.tr("&Absences…"), self.open_absences, "Ctrl+Shift+A"
        )
        self.act_propose = section_action(
            self, self.tr("P&ropose week…"), self.roster.propose, "Ctrl+Alt+P"
        )
        self.act_demand = section_action(
            self, self.tr("Weekly de&mand…"), self.open_demand, "Ctrl+Alt+D"
        )
        self.act_export = section_action(self, self.tr("Export .&ics…"), self.export_ics, "Ctrl+E")
        self.act_print = section_action(
            self, self.tr("&Print / Save as PDF…"), self.print_week, "Ctrl+P"
        )
        self.act_debrief = section_action(
            self, self.tr("Record &debrief…"), self.record_debrief, "Ctrl+D"
        )
        #: The Calendar's second mode: a row per zone, a column per day.
        self.act_by_zone = section_action(
            self, self.tr("By &zone"), self._by_zone_toggled, "Ctrl+Shift+B", checkable=True
        )
        self.act_debrief.setVisible(access.can(self.actor, Action.RECORD_DEBRIEFS))
        self.act_debrief.setEnabled(False)
        # Fixed labels ("Undo change", not the dialogs' "Cancel"), the step in the tooltip: the
        # toolbar does not jump as the step's name changes.
        self.act_undo, self.act_redo = undo_actions(self, self.undo_stack)
        for action in (self.act_undo, self.act_redo):
            action.setShortcutContext(SHORTCUT_CONTEXT)
            self.addAction(action)
        for action in (
            self.act_new,
            self.act_publish,
            self.act_copy,
            self.act_undo,
            self.act_redo,
            self.act_propose,
            self.act_demand,
        ):
            action.setVisible(self.can_plan)
        self.roster_button = QToolButton()
        self.roster_button.setDefaultAction(self.act_propose)
        self.roster_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        roster_menu = QMenu(self.roster_button)
        roster_menu.addAction(self.act_propose)
        roster_menu.addAction(self.act_demand)
        self.roster_button.setMenu(roster_menu)
        self.roster_button.setVisible(self.can_plan)

    def _lay_out(self) -> None:
        navigation = QToolBar()
        for action in (self.act_previous, self.act_today, self.act_next):
            navigation.addAction(action)
        tools = QToolBar()
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.act_undo, self.act_redo, self.act_new, self.act_publish, self.act_copy):
            tools.addAction(action)
        tools.addSeparator()
        for action in (self.act_debrief, self.act_absences, self.act_export, self.act_print):
            tools.addAction(action)
        tools.addSeparator()
        tools.addAction(self.act_by_zone)

        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.span)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        top.addWidget(self.to_debrief)
        top.addWidget(navigation)
        # Beside the toolbar, not in it: a narrow window would fold it away, and Ctrl+G with it.
        top.addWidget(self.date_pick)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Zone:")))
        filters.addWidget(self.zone_filter)
        filters.addWidget(QLabel(self.tr("Organization:")))
        filters.addWidget(self.org_filter)
        filters.addWidget(self.mine)
        filters.addStretch(1)
        # Beside the filters, where the toolbar's row has no room left: the proposal of the
        # week, its menu holding the weekly demand it staffs.
        filters.addWidget(self.roster_button)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(QLabel(self.tr("Problems")))
        side_layout.addWidget(self.problems)
        side_layout.addWidget(self.roster.panel, 2)
        split = QSplitter()
        split.addWidget(self.modes)
        split.addWidget(side)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setSizes([960, 200])
        self.split = split  # a proposal widens the side for its panel

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(tools)
        layout.addLayout(filters)
        layout.addWidget(split, 1)

    def _connect(self) -> None:
        self.week.sig_create_requested.connect(self._create_at)
        self.week.sig_move_requested.connect(self._move)
        self.week.sig_edit_requested.connect(self.edit_shift)
        self.week.sig_cancel_requested.connect(self.cancel_shift)
        self.week.sig_selection_changed.connect(lambda _id: self._update_debrief())
        self.week.sig_selection_changed.connect(self.roster.ghost_selected)
        self.to_debrief.sig_shift_chosen.connect(self._debrief_chosen)
        self.week.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.week.customContextMenuRequested.connect(self._week_menu)
        self.zones.sig_move_requested.connect(self._move_to_zone)
        self.zones.sig_edit_requested.connect(self.edit_shift)
        self.zones.sig_cancel_requested.connect(self.cancel_shift)
        self.zones.sig_selection_changed.connect(lambda _id: self._update_debrief())
        self.zones.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.zones.customContextMenuRequested.connect(self._zones_menu)
        self.problems.itemActivated.connect(self._problem_chosen)
        self.problems.itemClicked.connect(self._problem_chosen)
        self.date_pick.dateChanged.connect(self._date_picked)
        self.zone_filter.activated.connect(lambda _i: self.refresh())
        self.org_filter.activated.connect(lambda _i: self.refresh())
        self.mine.toggled.connect(lambda _on: self.refresh())

    # -- loading -----------------------------------------------------------------------------

    def _today(self) -> date:
        return datetime.now(self.context.settings.time_zone()).date()

    def _holidays(self) -> HolidayCalendar:
        return holiday_calendar(self.context.settings)

    def _filter(self) -> WeekFilter:
        return WeekFilter(
            zone_id=self.zone_filter.currentData(),
            organization_id=self.org_filter.currentData(),
            person_id=self.actor.person_id if self.mine.isChecked() else None,
        )

    def load(self) -> None:
        self._request += 1
        number = self._request
        tz = self.context.settings.time_zone()
        iso_year, iso_week, _ = self.monday.isocalendar()
        self.title.setText(self.tr("Week {week} of {year}").format(week=iso_week, year=iso_year))
        self.span.setText(formatting.week_range_text(self.monday))
        self.context.run_service(
            partial(load_week, holidays=self._holidays()),
            self.actor,
            self.monday,
            tz,
            self._filter(),
            owner=self,
            on_done=lambda data: self._show(number, data),
            on_error=self._show_error,
        )

    def _show(self, number: int, data: CalendarData) -> None:
        if number != self._request:
            return  # an older week arrived after the user moved on
        self.data = data
        tz = self.context.settings.time_zone()
        self._fill_filters(data)
        self.week.snap_minutes = self.context.settings.snap_minutes
        self.week.set_week(data.plan, tz, self._today(), data.holidays)
        self.zones.set_week(
            data.plan,
            tuple((z.id, z.name, z.colour, z.active) for z in data.choices.zones),
            tz=tz,
            today=self._today(),
            holidays=data.holidays,
            only_zone=self.zone_filter.currentData(),
            blocks=self.week.plan_blocks(),  # made once for both modes
        )
        self._fill_problems(data)
        self.act_publish.setEnabled(any(s.status is ShiftStatus.DRAFT for s in data.plan.shifts))
        self.date_pick.blockSignals(True)
        self.date_pick.setDate(QDate(self.monday.year, self.monday.month, self.monday.day))
        self.date_pick.blockSignals(False)
        self.act_today.setEnabled(self.monday != planning.monday_of(self._today()))
        if self._select_after_load is not None:
            self.week.select_shift(self._select_after_load)
            self._select_after_load = None
        self._update_debrief()
        # The count for the badge once the week is painted: the worker reads nothing while
        # the GUI thread lays the week out and paints it (they would share the interpreter).
        # Asked before what sig_loaded starts (the window's other sections' imports).
        QTimer.singleShot(0, self, self.update_badge)
        self.sig_loaded.emit()

    def _fill_filters(self, data: CalendarData) -> None:
        for combo, everything, items in (
            (
                self.zone_filter,
                self.tr("All zones"),
                [(z.name, z.id) for z in data.choices.zones],
            ),
            (
                self.org_filter,
                self.tr("All organizations"),
                [(o.name, o.id) for o in data.choices.organizations],
            ),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)

    def _names(self) -> dict[int, str]:
        if self.data is None:
            return {}
        names = {p.id: p.short_name for p in self.data.people}
        names |= {p.id: p.short_name for s in self.data.plan.shifts for p in s.people}
        return names

    def _fill_problems(self, data: CalendarData) -> None:
        self.problems.clear()
        shifts = {s.id: s for s in data.plan.shifts}
        tz = self.context.settings.time_zone()
        names = self._names()
        # A busy week has hundreds of problems on a few dozen start times: each written once.
        moments: dict[datetime, str] = {}
        for violation in data.plan.violations:
            shift = shifts.get(violation.shift_id or -1)
            text = messages.violation_text(violation, names)
            if shift is not None:
                when = moments.get(shift.starts_at)
                if when is None:
                    when = moments[shift.starts_at] = formatting.format_moment(shift.starts_at, tz)
                text = f"{when} · {shift.zone_name}\n{text}"
            item = QListWidgetItem(text)
            item.setData(ROLE_SHIFT_ID, violation.shift_id)
            self.problems.addItem(item)
        if not data.plan.violations:
            self.problems.addItem(QListWidgetItem(self.tr("No problem this week.")))
        self._lay_out_problems()

    def _lay_out_problems(self) -> None:
        """Lay the problems out once, at the width they end up with.

        Left to itself, the list wraps every row at its full width, then finds it needs its
        scroll bar and wraps every row again at the narrower width (hundreds of rows on a
        busy week, twice). Laid out with the bar already there, it wraps them once; the bar
        then goes back to "as needed" and leaves only when the rows fit, where a second
        layout of those few rows is cheap."""
        problems = self.problems
        if not problems.isVisible() or problems.verticalScrollBar().isVisible():
            return  # laid out when shown; or the bar is there already: one layout anyway
        problems.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        problems.doItemsLayout()
        problems.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def _problem_chosen(self, item: QListWidgetItem) -> None:
        shift_id = item.data(ROLE_SHIFT_ID)
        if shift_id is not None:
            self.select_shift(int(shift_id))
            self.current_view().setFocus()

    # -- the two modes -----------------------------------------------------------------------

    def current_view(self) -> WeekView | ZoneView:
        """The mode on screen: the week of hours or the zones' rows."""
        return self.zones if self.act_by_zone.isChecked() else self.week

    def select_shift(self, shift_id: int | None) -> None:
        """Select a shift in the mode on screen (and in the other, for when it comes back)."""
        other = self.week if self.current_view() is self.zones else self.zones
        other.blockSignals(True)
        other.select_shift(shift_id)
        other.blockSignals(False)
        self.current_view().select_shift(shift_id)

    def _by_zone_toggled(self, on: bool) -> None:
        self.context.settings.set_value(CALENDAR_BY_ZONE, bool(on))
        self._show_mode(on)

    def _show_mode(self, by_zone: bool) -> None:
        shown, hidden = (self.zones, self.week) if by_zone else (self.week, self.zones)
        selected = hidden.selected_shift_id()
        had_focus = hidden.hasFocus()
        self.modes.setCurrentWidget(shown)
        self.setFocusProxy(shown)  # a keyboard user arriving here lands on the shifts
        shown.select_shift(selected)
        if had_focus:
            shown.setFocus()
        self._update_debrief()

    def _show_error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Calendar"), error_text(exc))
        self.refresh()

    # -- navigation --------------------------------------------------------------------------

    def show_week(self, day: date) -> None:
        self.monday = planning.monday_of(day)
        self.roster.week_changed()
        self.refresh()

    def previous_week(self) -> None:
        self.show_week(self.monday - timedelta(days=7))

    def next_week(self) -> None:
        self.show_week(self.monday + timedelta(days=7))

    def this_week(self) -> None:
        self.show_week(self._today())

    def _focus_date(self) -> None:
        """Ctrl+G: type a date (or Alt+Down for the month) and the week follows."""
        self.date_pick.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _date_picked(self, picked: QDate) -> None:
        self.show_week(date(picked.year(), picked.month(), picked.day()))

    # -- editing -----------------------------------------------------------------------------

    def _shift(self, shift_id: int) -> ShiftRow | None:
        if self.data is None:
            return None
        return next((s for s in self.data.plan.shifts if s.id == shift_id), None)

    def _push(self, command: commands.ServiceCommand) -> None:
        self.undo_stack.push(command)

    def _dialog(self, initial: ShiftRow | ShiftDraft) -> ShiftDialog | None:
        """Run the shift dialog, checking the draft against the rules as it changes."""
        if self.data is None:
            return None
        zones = [(z.id, z.name, z.colour) for z in self.data.choices.zones if z.active]
        # The shift being edited is left out of the rules' view of the week (it is the draft).
        problems = partial(
            shift_edits.check_draft,
            shift_id=initial.id if isinstance(initial, ShiftRow) else None,
            holidays=self._holidays(),
        )

        def check(draft: ShiftDraft) -> None:
            self.context.run_service(
                problems,
                self.actor,
                draft,
                owner=dialog,
                on_done=lambda found: dialog.show_problems(found, self._names(), draft=draft),
                on_error=lambda exc: dialog.show_check_failed(exc),  # noqa: PLW0108 - dialog is bound below
            )

        tz = self.context.settings.time_zone()
        shift_id = initial.id if isinstance(initial, ShiftRow) else None
        offered = [p.id for p in self.data.people]
        if isinstance(initial, ShiftRow):
            offered += [p.id for p in initial.people if p.id not in offered]
        who = partial(availability.availability, shift_id=shift_id, tz=tz)

        def check_people(draft: ShiftDraft) -> None:
            self.context.run_service(
                who,
                self.actor,
                draft.starts_at,
                draft.ends_at,
                offered,
                owner=dialog,
                on_done=lambda found: dialog.show_availability(found, draft=draft),
                # Logged by the runner; the rules' problems below still tell about the chosen.
                on_error=lambda _exc: dialog.show_availability({}, draft=draft),
            )

        dialog = ShiftDialog(
            zones, self.data.people, tz, initial, self, check=check, check_people=check_people
        )
        accepted = dialog.exec() == ShiftDialog.DialogCode.Accepted
        dialog.deleteLater()  # the caller reads it now; deleted once back in the event loop
        return dialog if accepted else None

    def new_shift(self) -> None:
        """A new evening shift (18:00-22:00) today, or on the Monday of another week."""
        today = self._today()
        day = today if self.monday <= today < self.monday + timedelta(days=7) else self.monday
        start = datetime.combine(day, time(18), self.context.settings.time_zone())
        self._create_at(start, start + timedelta(hours=4))

    def _default_zone(self) -> int | None:
        if self.zone_filter.currentData() is not None:
            return int(self.zone_filter.currentData())
        if self.data is None:
            return None
        active = [z.id for z in self.data.choices.zones if z.active]
        return active[0] if active else None

    def _create_at(self, starts_at: datetime, ends_at: datetime) -> None:
        if not self.can_plan:
            return
        zone_id = self._default_zone()
        if zone_id is None:
            QMessageBox.information(
                self, self.tr("New shift"), self.tr("There is no active zone to plan a shift in.")
            )
            return
        draft = ShiftDraft(
            zone_id=zone_id, starts_at=starts_at, ends_at=ends_at, kind=ShiftKind.JOINT
        )
        dialog = self._dialog(draft)
        if dialog is not None:
            self._push(
                commands.CreateShift(
                    self.context,
                    self.book,
                    dialog.draft(),
                    self.tr("New shift"),
                    owner=self,
                    on_error=self._show_error,
                )
            )

    def edit_shift(self, shift_id: int) -> None:
        row = self._shift(shift_id)
        if (
            row is None
            or not self.can_plan
            or row.status in {ShiftStatus.CANCELLED, ShiftStatus.DONE}
        ):
            return
        dialog = self._dialog(row)
        if dialog is not None and dialog.draft() != draft_of(row):
            self._push(
                commands.UpdateShift(
                    self.context,
                    self.book,
                    row,
                    dialog.draft(),
                    self.tr("Edit shift"),
                    owner=self,
                    on_error=self._show_error,
                )
            )

    def _confirm_published(self, row: ShiftRow) -> bool:
        if row.status is not ShiftStatus.PUBLISHED:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Change a published shift"),
            self.tr(
                "This shift is published: people may already have it in their calendar. Change it?"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _move_to_zone(
        self, shift_id: int, zone_id: int, starts_at: datetime, ends_at: datetime
    ) -> None:
        self._move(shift_id, starts_at, ends_at, zone_id=zone_id)

    def _move(
        self, shift_id: int, starts_at: datetime, ends_at: datetime, zone_id: int | None = None
    ) -> None:
        row = self._shift(shift_id)
        if row is None or not self.can_plan or not self._confirm_published(row):
            self.refresh()  # put the block back where it is
            return
        after = replace(
            draft_of(row),
            starts_at=starts_at,
            ends_at=ends_at,
            zone_id=row.zone_id if zone_id is None else zone_id,
        )
        self._push(
            commands.UpdateShift(
                self.context,
                self.book,
                row,
                after,
                self.tr("Move shift"),
                owner=self,
                on_error=self._show_error,
            )
        )

    def cancel_shift(self, shift_id: int) -> None:
        row = self._shift(shift_id)
        if row is None or not self.can_plan or row.status is ShiftStatus.CANCELLED:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Cancel shift"),
            self.tr(
                "Cancel the shift of {when} in {zone}? It stays in the calendar, struck "
                "through, and phone calendars remove it."
            ).format(
                when=formatting.format_moment(row.starts_at, self.context.settings.time_zone()),
                zone=row.zone_name,
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._push(
                commands.CancelShift(
                    self.context,
                    self.book,
                    row,
                    self.tr("Cancel shift"),
                    owner=self,
                    on_error=self._show_error,
                )
            )

    def publish_week(self) -> None:
        if self.data is None or not access.can(self.actor, Action.PUBLISH_WEEK):
            return
        drafts = sum(1 for s in self.data.plan.shifts if s.status is ShiftStatus.DRAFT)
        problems = len(self.data.plan.violations)
        text = self.tr("Publish the %n draft shift(s) of this week?", "", drafts)
        if problems:
            text += "\n\n" + self.tr("The week still has %n problem(s).", "", problems)
        if (
            QMessageBox.question(self, self.tr("Publish week"), text)
            == QMessageBox.StandardButton.Yes
        ):
            self._push(
                commands.PublishWeek(
                    self.context,
                    self.book,
                    self.monday,
                    self.context.settings.time_zone(),
                    text=self.tr("Publish week"),
                    owner=self,
                    on_error=self._show_error,
                )
            )

    def copy_week(self) -> None:
        tz = self.context.settings.time_zone()
        holidays = self._holidays()
        preview = partial(copy_preview, holidays=holidays)

        def look(source: date) -> None:
            self.context.run_service(
                preview,
                self.actor,
                source,
                self.monday,
                tz,
                owner=dialog,
                on_done=lambda found: dialog.show_preview(found),  # noqa: PLW0108 - bound below
                on_error=lambda exc: dialog.show_preview_failed(exc),  # noqa: PLW0108
            )

        dialog = CopyWeekDialog(self.monday, self, tz=tz, preview=look)
        accepted = dialog.exec() == CopyWeekDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return

        def copied(result: CopyResult) -> None:
            report = CopyResultDialog(result, self._names(), tz, self)
            report.sig_shift_activated.connect(self.select_shift)
            report.finished.connect(report.deleteLater)
            report.open()

        self._push(
            commands.CopyWeek(
                self.context,
                self.book,
                dialog.source_monday(),
                self.monday,
                tz,
                holidays=holidays,
                skip_holidays=dialog.skip_holidays(),
                text=self.tr("Copy week"),
                on_copied=copied,
                owner=self,
                on_error=self._show_error,
            )
        )

    # -- debriefs ----------------------------------------------------------------------------

    def _update_debrief(self) -> None:
        shift_id = self.current_view().selected_shift_id()
        row = self._shift(shift_id) if shift_id is not None else None
        self.act_debrief.setEnabled(may_debrief(self.actor, row))

    def record_debrief(self) -> None:
        """The debrief of the selected shift (not cancelled, not done yet): it becomes done."""
        shift_id = self.current_view().selected_shift_id()
        if shift_id is not None and may_debrief(self.actor, self._shift(shift_id)):
            open_debrief(self, self.context, shift_id)

    def on_changed(self, area: str, ids: object) -> None:
        if area in BADGE_AREAS and not self.isVisible():
            self.update_badge()  # the navigation shows it while the section is hidden
        super().on_changed(area, ids)

    def _badge_if_hidden(self) -> None:
        # Shown, the section asks once its week is painted (_show); hidden, it asks now.
        if not self.isVisible():
            self.update_badge()

    def update_badge(self) -> None:
        """Count the shifts to debrief (published, over) for the button and the navigation."""
        self.context.run_service(
            shifts_to_debrief,
            self.actor,
            owner=self,
            on_done=self._show_badge,
            on_error=self._badge_unknown,
        )

    def _badge_unknown(self, _exc: BaseException) -> None:
        # Logged by the runner; a badge is a hint, taken away rather than shown stale.
        self._show_badge(ToDebrief(0, ()))

    def _show_badge(self, found: ToDebrief) -> None:
        self.to_debrief.set_shifts(found)
        self.sig_badge.emit(str(found.count) if found.count else "")

    def _debrief_chosen(self, row: ShiftRow) -> None:
        """A shift from the to-debrief menu: show it in its week and record its debrief."""
        self._select_after_load = row.id
        self.show_week(row.starts_at.astimezone(self.context.settings.time_zone()).date())
        if may_debrief(self.actor, row):
            open_debrief(self, self.context, row.id)

    def _week_menu(self, pos: QPoint) -> None:
        """Right-click on a block selects its shift and offers what can be done with it."""
        shifts = self.data.plan.shifts if self.data is not None else ()
        for shift in shifts:
            if any(rect.contains(pos) for rect in self.week.block_rects(shift.id)):
                self.week.select_shift(shift.id)
                break
        self._shift_menu(self.week, pos)

    def _zones_menu(self, pos: QPoint) -> None:
        """Right-click on a chip: as on a block of the week."""
        shifts = self.data.plan.shifts if self.data is not None else ()
        for shift in shifts:
            if self.zones.chip_rect(shift.id).contains(pos):
                self.zones.select_shift(shift.id)
                break
        self._shift_menu(self.zones, pos)

    def shift_menu(self, shift_id: int | None) -> QMenu:
        """The right-click menu of a shift (``None``: of no shift); the caller deletes it."""
        menu = QMenu(self)
        menu.addAction(self.act_debrief)
        self.roster.slots.add_to_menu(menu, shift_id)
        return menu

    def _shift_menu(self, view: WeekView | ZoneView, pos: QPoint) -> None:
        menu = self.shift_menu(view.selected_shift_id())
        menu.exec(view.viewport().mapToGlobal(pos))
        menu.deleteLater()  # one menu per right-click: do not keep them all

    # -- absences, exports -------------------------------------------------------------------

    def open_absences(self) -> None:
        tz = self.context.settings.time_zone()
        dialog = AbsencesDialog(tz, self, editable=access.can(self.actor, Action.MANAGE_ABSENCES))
        dialog.set_people(self.data.people if self.data else ())
        start, end = planning.week_bounds(self.monday, tz)
        window = (start - timedelta(days=60), end + timedelta(days=120))

        def show(person_id: int) -> None:
            self.context.run_service(
                absences.absences_of,
                self.actor,
                person_id,
                *window,
                owner=dialog,
                on_done=lambda rows: dialog.set_absences(person_id, rows),
                on_error=self._show_error,
            )
            self.context.run_service(
                roster.availability_of,
                self.actor,
                person_id,
                owner=dialog,
                on_done=lambda rows: dialog.availability.set_rows(person_id, rows),
                on_error=self._show_error,
            )

        def changed(*_args: object) -> None:
            person = dialog.current_person_id()
            if person is not None:
                show(person)

        def write(service: Callable[..., object], *args: object, **kwargs: object) -> None:
            self.context.run_service(
                partial(service, **kwargs),
                self.actor,
                *args,
                owner=dialog,
                on_done=changed,
                on_error=lambda exc: QMessageBox.warning(
                    dialog, self.tr("Absences"), error_text(exc)
                ),
            )

        dialog.sig_person_selected.connect(show)
        dialog.sig_add_requested.connect(
            lambda person, kind, starts, ends, note: write(
                absences.add_absence, person, kind=kind, starts_at=starts, ends_at=ends, note=note
            )
        )
        dialog.sig_update_requested.connect(
            lambda absence, kind, starts, ends, note, version: write(
                absences.update_absence,
                absence,
                kind=kind,
                starts_at=starts,
                ends_at=ends,
                note=note,
                expected_version=version,
            )
        )
        dialog.sig_remove_requested.connect(
            lambda absence, version: write(absences.remove_absence, absence, version)
        )
        weekly = dialog.availability
        weekly.sig_add_requested.connect(
            lambda person, draft: write(roster.add_availability, person, draft)
        )
        weekly.sig_update_requested.connect(
            lambda rule, draft, version: write(
                roster.update_availability, rule, draft, expected_version=version
            )
        )
        weekly.sig_remove_requested.connect(
            lambda rule, version: write(roster.remove_availability, rule, expected_version=version)
        )
        dialog.exec()
        dialog.deleteLater()

    def open_demand(self) -> None:
        """The weekly demand of the zones: read and edited on the runner, refusals in a box."""
        zones = [(z.id, z.name) for z in self.data.choices.zones if z.active] if self.data else []
        edit_demand(self, self.context, zones, editable=self.can_plan, on_error=self._show_error)

    def export_ics(self) -> None:
        if self.data is None:
            return
        zones = [(z.id, z.name, z.colour) for z in self.data.choices.zones]
        dialog = ExportIcsDialog(self.monday, self.data.people, zones, self)
        accepted = dialog.exec() == ExportIcsDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return
        request = dialog.request()
        from console.services.planning.exports import write_ics  # noqa: PLC0415 - icalendar

        self.context.run_service(
            write_ics,
            self.actor,
            request,
            self.context.settings.time_zone(),
            _language(),
            owner=self,
            on_done=lambda count: self._saved(
                request.path, self.tr("%n shift(s) exported to the calendar file.", "", count)
            ),
            on_error=self._show_error,
        )

    def print_week(self) -> None:
        iso_year, iso_week, _ = self.monday.isocalendar()
        suggested = default_folder() / self.tr("week-plan-{year}-W{week:02d}.pdf").format(
            year=iso_year, week=iso_week
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the week plan as PDF"),
            str(suggested),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return
        path = Path(chosen if chosen.lower().endswith(".pdf") else f"{chosen}.pdf")
        # reportlab and matplotlib's fonts load when a plan is printed, not at start-up.
        from console.services.planning.printout import PlanRequest, write_week_plan  # noqa: PLC0415

        request = PlanRequest(
            self.monday,
            self.context.settings.time_zone(),
            _language(),
            path,
            province=self.context.settings.value(HOLIDAY_PROVINCE),
        )
        self.context.run_service(
            write_week_plan,
            self.actor,
            request,
            owner=self,
            on_done=lambda _count: self._saved(
                path, self.tr("Week plan saved. Open it to print it."), open_it=True
            ),
            on_error=self._show_error,
        )

    def _saved(self, path: Path, text: str, *, open_it: bool = False) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Saved"), f"{text}\n{path}", parent=self
        )
        opener = (
            box.addButton(self.tr("Open"), QMessageBox.ButtonRole.ActionRole) if open_it else None
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if opener is not None and box.clickedButton() is opener:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        box.deleteLater()
