"""The Calendar section end to end: drag to create, move, resize, undo/redo, conflicts, copy.

The editing flows run twice: with the synchronous runner and with the console's worker thread
(``settle`` waits after each action for its write and the reload it causes)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import Engine, select

from console import db
from console.config import CALENDAR_BY_ZONE, SNAP_MINUTES, Settings
from console.models import (
    Absence,
    AbsenceKind,
    Organization,
    OrganizationKind,
    Person,
    Role,
    Shift,
    ShiftStatus,
    Zone,
)
from console.services import access
from console.services.changes import Area
from console.services.planning.rules import ViolationKind
from console.views.calendar import section as calendar_section
from console.views.calendar.absences_dialog import AbsencesDialog
from console.views.calendar.copy_week_dialog import CopyResultDialog, CopyWeekDialog
from console.views.calendar.section import CalendarView
from console.views.calendar.shift_dialog import ShiftDialog
from console.views.common import formatting
from console.views.common.events import EventsHub
from console.views.common.runner import SyncRunner
from console.views.common.section import ViewContext
from tests import factories
from tests.factories import ROME, SQUARE
from tests.views.signed_in import BOTH_RUNNERS, ContextMaker, settle

MONDAY = date(2026, 11, 23)
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@dataclass
class Team:
    educator: int
    educator2: int
    officer: int
    officer2: int
    zone: int


@pytest.fixture
def team(engine: Engine) -> Team:
    with db.session_scope(engine) as s:
        coop = Organization(
            name="Cooperativa Il Cortile", short_name="Coop", kind=OrganizationKind.EDUCATIONAL
        )
        police = Organization(name="Polizia Locale", short_name="PL", kind=OrganizationKind.POLICE)
        s.add_all([coop, police])
        s.flush()
        people = [
            Person(
                first_name="Lucia",
                last_name="Bianchi",
                role=Role.EDUCATOR,
                organization_id=coop.id,
                weekly_hours=30,
            ),
            Person(
                first_name="Nicolò",
                last_name="Ferri",
                role=Role.EDUCATOR,
                organization_id=coop.id,
                weekly_hours=30,
            ),
            Person(
                first_name="Marco",
                last_name="Rossi",
                role=Role.OFFICER,
                organization_id=police.id,
                weekly_hours=36,
            ),
            Person(
                first_name="Gianni",
                last_name="Verdi",
                role=Role.OFFICER,
                organization_id=police.id,
                weekly_hours=36,
            ),
        ]
        zone = Zone(name="Piazza Roma", geometry=SQUARE, colour="#1f77b4")
        s.add_all([*people, zone])
        s.flush()
        return Team(people[0].id, people[1].id, people[2].id, people[3].id, zone.id)


@pytest.fixture
def calendar(qtbot, engine: Engine, team: Team, make_context: ContextMaker) -> CalendarView:
    """The coordinator's calendar on the week of MONDAY, on the runner ``runner_kind`` names."""
    coordinator = access.Actor(
        user_id=None, person_id=None, organization_id=None, role=Role.COORDINATOR, username="c"
    )
    context = make_context(engine, coordinator)
    view = CalendarView(context)
    context.hub.sig_changed.connect(view.on_changed)
    qtbot.addWidget(view)
    view.resize(1400, 1000)
    view.show()
    view.show_week(MONDAY)
    settle(qtbot, context)
    assert view.data is not None and view.data.plan.monday == MONDAY
    return view


@pytest.fixture
def accept_dialog_with(monkeypatch: pytest.MonkeyPatch, calendar: CalendarView):
    """Make the shift dialog accept at once with the given people ticked."""
    chosen: list[int] = []

    def fake_exec(dialog: ShiftDialog) -> int:
        if chosen:
            dialog.picker.set_people(calendar.data.people, chosen)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ShiftDialog, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return chosen


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(MONDAY + timedelta(days=day), datetime.min.time(), ROME).replace(
        hour=hour, minute=minute
    )


def drag(qtbot, calendar: CalendarView, start: QPoint, end: QPoint) -> None:
    """Drag on the week with the mouse, then wait for the write and the reload it causes."""
    target = calendar.week.viewport()
    qtbot.mousePress(target, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(target, pos=(start + end) / 2)
    qtbot.mouseMove(target, pos=end)
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=end)
    settle(qtbot, calendar.context)


def trigger(qtbot, calendar: CalendarView, action: QAction) -> None:
    """Trigger one of the calendar's actions and wait until its work is on screen."""
    action.trigger()
    settle(qtbot, calendar.context)


def shifts(engine: Engine) -> list[Shift]:
    with db.session_scope(engine) as s:
        return list(s.scalars(select(Shift).order_by(Shift.id)))


def local_times(shift: Shift) -> tuple[str, str]:
    return (
        shift.starts_at.astimezone(ROME).strftime("%a %H:%M"),
        shift.ends_at.astimezone(ROME).strftime("%a %H:%M"),
    )


@BOTH_RUNNERS
def test_drag_create_move_resize_undo_redo(
    qtbot, calendar: CalendarView, engine: Engine, team: Team, accept_dialog_with
) -> None:
    accept_dialog_with.extend([team.educator, team.officer])
    week = calendar.week
    drag(qtbot, calendar, week.pos_for(at(2, 18)), week.pos_for(at(2, 21, 55)))
    (created,) = shifts(engine)
    assert local_times(created) == ("Wed 18:00", "Wed 22:00")
    assert created.status is ShiftStatus.DRAFT
    assert not week.block_rect(created.id).isEmpty()

    # move: one day later and an hour earlier, grabbing the block in its middle
    block = week.block_rect(created.id)
    grab = block.center()
    target = week.pos_for(at(3, 19)) + (grab - week.pos_for(at(2, 20)))
    drag(qtbot, calendar, grab, target)
    (moved,) = shifts(engine)
    assert local_times(moved) == ("Thu 17:00", "Thu 21:00")

    # resize: the bottom edge down by an hour
    bottom = week.block_rect(created.id).bottomLeft() + QPoint(
        week.block_rect(created.id).width() // 2, -1
    )
    drag(qtbot, calendar, bottom, bottom + (week.pos_for(at(3, 22)) - week.pos_for(at(3, 21))))
    (resized,) = shifts(engine)
    assert local_times(resized) == ("Thu 17:00", "Thu 22:00")

    trigger(qtbot, calendar, calendar.act_undo)
    assert local_times(shifts(engine)[0]) == ("Thu 17:00", "Thu 21:00")
    trigger(qtbot, calendar, calendar.act_undo)
    assert local_times(shifts(engine)[0]) == ("Wed 18:00", "Wed 22:00")
    trigger(qtbot, calendar, calendar.act_undo)
    assert shifts(engine) == []
    assert week.block_rect(created.id).isEmpty()
    trigger(qtbot, calendar, calendar.act_redo)
    (again,) = shifts(engine)
    assert local_times(again) == ("Wed 18:00", "Wed 22:00")
    trigger(qtbot, calendar, calendar.act_redo)
    trigger(qtbot, calendar, calendar.act_redo)
    assert local_times(shifts(engine)[0]) == ("Thu 17:00", "Thu 22:00")


@BOTH_RUNNERS
def test_an_officer_in_two_overlapping_shifts_gets_a_marker(
    qtbot, calendar: CalendarView, engine: Engine, team: Team, accept_dialog_with
) -> None:
    week = calendar.week
    accept_dialog_with[:] = [team.educator, team.officer]
    drag(qtbot, calendar, week.pos_for(at(1, 15)), week.pos_for(at(1, 18, 55)))
    first = shifts(engine)[0].id
    assert week.marker_rect(first).isEmpty()
    assert calendar.problems.count() == 1  # "no problem this week"

    accept_dialog_with[:] = [team.educator2, team.officer]
    drag(qtbot, calendar, week.pos_for(at(2, 17)), week.pos_for(at(2, 20, 55)))
    assert week.marker_rect(shifts(engine)[1].id).isEmpty()  # Wednesday: no conflict yet
    grab = week.block_rect(shifts(engine)[1].id).center()
    drag(qtbot, calendar, grab, grab + (week.pos_for(at(1, 12)) - week.pos_for(at(2, 12))))
    second = shifts(engine)[1].id
    assert not week.marker_rect(first).isEmpty()
    assert not week.marker_rect(second).isEmpty()
    tooltip = week.tooltip_at(week.marker_rect(second).center())
    assert "Rossi" in tooltip
    texts = [calendar.problems.item(i).text() for i in range(calendar.problems.count())]
    assert any("Rossi" in text for text in texts)
    # clicking a problem selects its shift
    calendar.problems.itemClicked.emit(calendar.problems.item(0))
    assert week.selected_shift_id() in {first, second}

    trigger(qtbot, calendar, calendar.act_undo)  # the second shift goes, and with it the conflict
    assert week.marker_rect(first).isEmpty()


@BOTH_RUNNERS
def test_cancel_with_delete_and_undo(
    qtbot, calendar: CalendarView, engine: Engine, team: Team, accept_dialog_with
) -> None:
    accept_dialog_with[:] = [team.educator, team.officer]
    week = calendar.week
    drag(qtbot, calendar, week.pos_for(at(4, 18)), week.pos_for(at(4, 21, 55)))
    shift_id = shifts(engine)[0].id
    week.select_shift(shift_id)
    week.setFocus()
    qtbot.keyClick(week, Qt.Key.Key_Delete)
    settle(qtbot, calendar.context)
    assert shifts(engine)[0].status is ShiftStatus.CANCELLED
    trigger(qtbot, calendar, calendar.act_undo)
    assert shifts(engine)[0].status is ShiftStatus.DRAFT


@BOTH_RUNNERS
def test_publish_and_copy_week(
    qtbot, calendar: CalendarView, engine: Engine, team: Team, accept_dialog_with, monkeypatch
) -> None:
    accept_dialog_with[:] = [team.educator, team.officer]
    week = calendar.week
    drag(qtbot, calendar, week.pos_for(at(0, 18)), week.pos_for(at(0, 21, 55)))
    drag(qtbot, calendar, week.pos_for(at(5, 15)), week.pos_for(at(5, 18, 55)))
    trigger(qtbot, calendar, calendar.act_publish)
    assert {s.status for s in shifts(engine)} == {ShiftStatus.PUBLISHED}
    trigger(qtbot, calendar, calendar.act_undo)
    assert {s.status for s in shifts(engine)} == {ShiftStatus.DRAFT}
    trigger(qtbot, calendar, calendar.act_redo)

    reports: list[CopyResultDialog] = []
    monkeypatch.setattr(CopyWeekDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(CopyResultDialog, "open", lambda self: reports.append(self))  # noqa: PLW0108 - a method must take self
    calendar.next_week()
    settle(qtbot, calendar.context)
    assert calendar.monday == MONDAY + timedelta(days=7)
    trigger(qtbot, calendar, calendar.act_copy)
    copies = [
        s
        for s in shifts(engine)
        if s.starts_at.astimezone(ROME).date() >= MONDAY + timedelta(days=7)
    ]
    assert len(copies) == 2 and {s.status for s in copies} == {ShiftStatus.DRAFT}
    assert sorted(local_times(s) for s in copies) == [
        ("Mon 18:00", "Mon 22:00"),
        ("Sat 15:00", "Sat 19:00"),
    ]
    assert len(reports) == 1
    trigger(qtbot, calendar, calendar.act_undo)  # the whole copy is one step
    assert len(shifts(engine)) == 2


@BOTH_RUNNERS
def test_an_absence_added_from_the_calendar_is_announced_and_shown_as_a_problem(
    qtbot, calendar: CalendarView, engine: Engine, team: Team, accept_dialog_with, monkeypatch
) -> None:
    accept_dialog_with[:] = [team.educator, team.officer]
    week = calendar.week
    drag(qtbot, calendar, week.pos_for(at(1, 18)), week.pos_for(at(1, 21, 55)))
    assert calendar.data.plan.violations == ()
    heard: list[tuple[str, object]] = []
    calendar.context.hub.sig_changed.connect(lambda area, ids: heard.append((area, ids)))

    def add_leave(dialog: AbsencesDialog) -> int:
        dialog.sig_add_requested.emit(team.officer, AbsenceKind.LEAVE, at(1, 0), at(2, 0), "")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AbsencesDialog, "exec", add_leave)
    trigger(qtbot, calendar, calendar.act_absences)
    with db.session_scope(engine) as s:
        (absence_id,) = s.scalars(select(Absence.id).where(Absence.person_id == team.officer))
    assert heard == [(Area.ABSENCES, (absence_id,))]  # declared by the service, not the view
    assert [(v.kind, v.person_id) for v in calendar.data.plan.violations] == [
        (ViolationKind.ABSENT, team.officer)
    ]


@BOTH_RUNNERS
def test_week_navigation_shortcuts(qtbot, calendar: CalendarView) -> None:
    calendar.setFocus()
    qtbot.keyClick(calendar, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    settle(qtbot, calendar.context)
    assert calendar.monday == MONDAY + timedelta(days=7)
    assert calendar.data.plan.monday == calendar.monday
    qtbot.keyClick(calendar, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(calendar, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    settle(qtbot, calendar.context)
    assert calendar.monday == MONDAY - timedelta(days=7)
    assert calendar.data.plan.monday == calendar.monday  # not an older week arriving late
    assert "47" in calendar.title.text()


def test_people_who_cannot_plan_see_but_do_not_edit(qtbot, engine: Engine, team: Team) -> None:
    hub = EventsHub()
    officer = access.Actor(
        user_id=None, person_id=team.officer, organization_id=None, role=Role.OFFICER, username="o"
    )
    view = CalendarView(ViewContext(engine, SyncRunner(hub), hub, Settings(), officer))
    qtbot.addWidget(view)
    view.show()
    assert view.week.read_only
    assert not view.act_new.isVisible() and not view.act_publish.isVisible()
    assert view.mine.isEnabled()
    view.mine.setChecked(True)
    assert view.data is not None


def test_the_section_is_first_in_the_window() -> None:
    from console.views.sections import SECTIONS

    assert SECTIONS[0].name == "calendar"
    assert SECTIONS[0].factory.view_class() is calendar_section.CalendarView


@BOTH_RUNNERS
def test_answered_shift_dialogs_do_not_pile_up_under_the_calendar(
    qtbot, calendar: CalendarView, engine: Engine, team: Team, accept_dialog_with
) -> None:
    accept_dialog_with[:] = [team.educator, team.officer]
    week = calendar.week
    for day in range(3):
        drag(qtbot, calendar, week.pos_for(at(day, 18)), week.pos_for(at(day, 21, 55)))
    assert len(shifts(engine)) == 3
    qtbot.waitUntil(lambda: not calendar.findChildren(ShiftDialog))


def zone_drag(qtbot, calendar: CalendarView, start: QPoint, end: QPoint) -> None:
    """Drag a chip of the zone view, then wait for the write and the reload it causes."""
    target = calendar.zones.viewport()
    qtbot.mousePress(target, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(target, pos=(start + end) / 2)
    qtbot.mouseMove(target, pos=end)
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=end)
    settle(qtbot, calendar.context)


@BOTH_RUNNERS
def test_the_zone_view_moves_a_shift_to_another_day_and_zone_with_undo(
    qtbot, calendar: CalendarView, engine: Engine, team: Team, accept_dialog_with, monkeypatch
) -> None:
    accept_dialog_with[:] = [team.educator]  # no officer: a problem to click on
    drag(qtbot, calendar, calendar.week.pos_for(at(1, 18)), calendar.week.pos_for(at(1, 21, 55)))
    (created,) = shifts(engine)
    with db.session_scope(engine) as s:
        other = Zone(name="Piazza Marconi", geometry=SQUARE, colour="#d62728")
        s.add(other)
        s.flush()
        other_id = other.id
    calendar.refresh()
    settle(qtbot, calendar.context)

    calendar.activateWindow()  # the shift dialog had the focus last
    qtbot.waitUntil(calendar.isActiveWindow)
    calendar.setFocus()
    qtbot.keyClick(calendar, Qt.Key.Key_B, CTRL_SHIFT)
    settle(qtbot, calendar.context)
    zones = calendar.zones
    assert calendar.current_view() is zones and calendar.modes.currentWidget() is zones
    assert calendar.context.settings.value(CALENDAR_BY_ZONE) is True
    assert zones.shown_shift_ids() == [created.id]
    assert zones.row_names() == ["Piazza Marconi", "Piazza Roma"]

    # the Problems panel selects the chip
    calendar.problems.itemClicked.emit(calendar.problems.item(0))
    assert zones.selected_shift_id() == created.id

    zone_drag(qtbot, calendar, zones.chip_rect(created.id).center(), zones.cell_pos(other_id, 3))
    (moved,) = shifts(engine)
    assert local_times(moved) == ("Thu 18:00", "Thu 22:00") and moved.zone_id == other_id
    assert calendar.undo_stack.undoText() == "Move shift"
    trigger(qtbot, calendar, calendar.act_undo)
    (back,) = shifts(engine)
    assert local_times(back) == ("Tue 18:00", "Tue 22:00") and back.zone_id == team.zone
    assert not zones.chip_rect(created.id).isEmpty()

    opened: list[ShiftDialog] = []

    def record(dialog: ShiftDialog) -> int:
        opened.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ShiftDialog, "exec", record)
    qtbot.mouseDClick(
        zones.viewport(), Qt.MouseButton.LeftButton, pos=zones.chip_rect(created.id).center()
    )
    settle(qtbot, calendar.context)
    assert len(opened) == 1


def test_the_mode_is_remembered(qtbot, calendar: CalendarView) -> None:
    calendar.act_by_zone.trigger()
    assert calendar.current_view() is calendar.zones
    again = CalendarView(calendar.context)
    qtbot.addWidget(again)
    assert again.act_by_zone.isChecked() and again.modes.currentWidget() is again.zones
    again.act_by_zone.trigger()
    assert calendar.context.settings.value(CALENDAR_BY_ZONE) is False


def test_the_week_snaps_to_the_step_in_settings(
    qtbot, calendar: CalendarView, engine: Engine, team: Team, accept_dialog_with
) -> None:
    calendar.context.settings.set_value(SNAP_MINUTES, 60)
    calendar.on_changed(Area.SETTINGS, (SNAP_MINUTES.name,))
    week = calendar.week
    assert week.snap_minutes == 60
    accept_dialog_with[:] = [team.educator, team.officer]
    drag(qtbot, calendar, week.pos_for(at(2, 18, 20)), week.pos_for(at(2, 21, 20)))
    assert local_times(shifts(engine)[0]) == ("Wed 18:00", "Wed 21:00")


def test_the_week_carries_its_holidays(qtbot, calendar: CalendarView) -> None:
    calendar.show_week(date(2026, 12, 8))
    # named in the interface's language (English here)
    assert calendar.data.holidays == {date(2026, 12, 8): "Immaculate Conception"}
    assert "Immaculate" in calendar.zones.header_tooltip_at(
        QPoint(calendar.zones.cell_pos(calendar.data.choices.zones[0].id, 1).x(), 5)
    )


def _seed_two_weeks(engine: Engine, team: Team) -> tuple[list[int], list[int]]:
    """MONDAY's week: one shift. The next week: Lucia Bianchi in two overlapping shifts and
    a joint shift without an officer, all starting Tuesday 18:00; on Friday 15:00 another
    without an officer."""
    with db.session_scope(engine) as s:
        zone = s.get(Zone, team.zone)
        lucia, marco = s.get(Person, team.educator), s.get(Person, team.officer)
        this_week = [factories.shift(zone, at(1, 18), 3, people=[lucia, marco])]
        tuesday = at(8, 18)
        next_week = [
            factories.shift(zone, tuesday, 3, people=[lucia, marco]),
            factories.shift(zone, tuesday, 4, people=[lucia]),
            factories.shift(zone, at(11, 15), 3, people=[lucia]),
        ]
        s.add_all([*this_week, *next_week])
        s.flush()
        return [x.id for x in this_week], [x.id for x in next_week]


def test_by_zone_shows_the_week_on_screen_with_the_week_views_blocks(
    qtbot, calendar: CalendarView, engine: Engine, team: Team
) -> None:
    """The zone view is given the week view's blocks at each load: after moving on a week and
    switching modes it shows that week's shifts, with the same texts and hover cards."""
    this_week, next_week = _seed_two_weeks(engine, team)
    calendar.refresh()
    settle(qtbot, calendar.context)
    assert sorted(calendar.zones.shown_shift_ids()) == this_week
    trigger(qtbot, calendar, calendar.act_next)
    calendar.act_by_zone.trigger()
    zones = calendar.zones
    assert calendar.modes.currentWidget() is zones
    assert sorted(zones.shown_shift_ids()) == next_week
    for shift_id in next_week:
        chip = zones.chip_rect(shift_id)
        assert not chip.isEmpty()
        assert zones.tooltip_at(chip.center()) == calendar.week.plan_blocks()[shift_id].tooltip
    assert "Lucia Bianchi" in zones.tooltip_at(zones.chip_rect(next_week[0]).center())
    # The selection follows the switch back, and the week view shows the same week.
    zones.select_shift(next_week[2])
    calendar.act_by_zone.trigger()
    assert calendar.week.selected_shift_id() == next_week[2]
    assert calendar.week.plan().monday == MONDAY + timedelta(days=7)


def test_the_problems_list_names_each_problems_shift(
    qtbot, calendar: CalendarView, engine: Engine, team: Team
) -> None:
    _this_week, next_week = _seed_two_weeks(engine, team)
    trigger(qtbot, calendar, calendar.act_next)
    items = [calendar.problems.item(i) for i in range(calendar.problems.count())]
    texts = {(item.data(calendar_section.ROLE_SHIFT_ID), item.text()) for item in items}
    tuesday = f"{formatting.format_moment(at(8, 18), ROME)} · Piazza Roma\n"
    assert tuesday.startswith("Tue ") and " 18:00 · " in tuesday
    assert (next_week[0], tuesday + "L. Bianchi is in two overlapping shifts") in texts
    assert (next_week[1], tuesday + "L. Bianchi is in two overlapping shifts") in texts
    assert (next_week[1], tuesday + "Joint shift without an officer") in texts
    friday = f"{formatting.format_moment(at(11, 15), ROME)} · Piazza Roma\n"
    assert (next_week[2], friday + "Joint shift without an officer") in texts
    assert len(texts) == len(items) == 4


def _row_rects(calendar: CalendarView) -> list[tuple[int, int, int, int]]:
    problems = calendar.problems
    return [problems.visualItemRect(problems.item(i)).getRect() for i in range(problems.count())]


def test_the_problems_are_wrapped_at_the_width_they_are_shown_at(
    qtbot, calendar: CalendarView, engine: Engine, team: Team
) -> None:
    """Many problems: the list has its scroll bar and its rows wrapped beside it (laid out
    again from scratch, nothing moves); few: no scroll bar, rows as wide as the list."""
    problems = calendar.problems
    with db.session_scope(engine) as s:
        zone, lucia = s.get(Zone, team.zone), s.get(Person, team.educator)
        s.add_all(
            factories.shift(zone, at(day % 7, 8 + day // 7), 1, people=[lucia]) for day in range(40)
        )
    calendar.refresh()
    settle(qtbot, calendar.context)
    assert problems.count() >= 40
    assert problems.verticalScrollBar().isVisible()
    shown = _row_rects(calendar)
    assert all(width <= problems.viewport().width() for _x, _y, width, _h in shown)
    problems.doItemsLayout()
    assert _row_rects(calendar) == shown
    assert problems.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded

    trigger(qtbot, calendar, calendar.act_previous)  # an empty week: "No problem this week."
    assert problems.count() == 1
    qtbot.waitUntil(lambda: not problems.verticalScrollBar().isVisible())
    problems.viewport().grab()  # what a paint lays out
    assert _row_rects(calendar)[0][2] == problems.viewport().width()
