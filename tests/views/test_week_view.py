"""The week view: blocks where the wall clock says, side by side, and edits as signals."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QFontMetricsF, QHelpEvent
from PySide6.QtWidgets import QApplication, QMenu, QToolTip

from console.models import AbsenceKind, Role, ShiftKind, ShiftStatus
from console.services.planning.rules import Violation, ViolationKind
from console.services.planning.week import (
    AbsenceRow,
    AssignedPerson,
    ShiftRow,
    WeekPlan,
    week_bounds,
)
from console.views.calendar.week_view import WeekView
from tests.factories import ROME

MONDAY = date(2026, 11, 23)
DST_MONDAY = date(2026, 10, 19)  # Sunday 25 October 2026: 03:00 CEST -> 02:00 CET
ZONES = {
    1: ("Piazza Roma", "#1f77b4"),
    2: ("Piazza Marconi", "#d62728"),
    3: ("Area verde di via Orti Romani", "#2ca02c"),
}
ROSSI = AssignedPerson(1, "M. Rossi", "Mario Rossi", Role.EDUCATOR, 10)
BIANCHI = AssignedPerson(2, "L. Bianchi", "Luca Bianchi", Role.OFFICER, 20)
VERDI = AssignedPerson(3, "G. Verdi", "Giulia Verdi", Role.EDUCATOR, 10)
NERI = AssignedPerson(4, "A. Neri", "Anna Neri", Role.OFFICER, 20)
PEOPLE = (ROSSI, BIANCHI, VERDI, NERI)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """A local wall-clock time in Rome (aware)."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=ROME)


def shift(
    shift_id: int,
    starts_at: datetime,
    ends_at: datetime,
    *,
    zone: int = 1,
    status: ShiftStatus = ShiftStatus.PUBLISHED,
    people: tuple[AssignedPerson, ...] = (ROSSI, BIANCHI),
) -> ShiftRow:
    name, colour = ZONES[zone]
    return ShiftRow(
        id=shift_id,
        zone_id=zone,
        zone_name=name,
        zone_colour=colour,
        starts_at=starts_at.astimezone(UTC),
        ends_at=ends_at.astimezone(UTC),
        kind=ShiftKind.JOINT,
        status=status,
        objectives="",
        version_id=1,
        people=people,
    )


def plan(
    monday: date,
    shifts: list[ShiftRow],
    violations: tuple[Violation, ...] = (),
    absences: tuple[AbsenceRow, ...] = (),
) -> WeekPlan:
    starts_at, ends_at = week_bounds(monday, ROME)
    return WeekPlan(
        monday=monday,
        tz_name="Europe/Rome",
        starts_at=starts_at,
        ends_at=ends_at,
        shifts=tuple(sorted(shifts, key=lambda s: s.starts_at)),
        absences=absences,
        violations=violations,
    )


def day(offset: int) -> date:
    return MONDAY + timedelta(days=offset)


SATURDAY_ABSENCE = AbsenceRow(
    id=1,
    person_id=VERDI.id,
    person_name=VERDI.full_name,
    kind=AbsenceKind.LEAVE,
    starts_at=at(day(5), 0).astimezone(UTC),
    ends_at=at(day(7), 0).astimezone(UTC),
    note=None,
    version_id=1,
)


def small_week() -> WeekPlan:
    """Monday evening; Tuesday across midnight; two overlapping on Thursday; a draft on
    Friday; Saturday with a person planned while absent; a cancelled one on Sunday.
    Wednesday evening is free."""
    return plan(
        MONDAY,
        [
            shift(1, at(day(0), 18), at(day(0), 22)),
            shift(2, at(day(1), 20), at(day(2), 2), zone=2),
            shift(3, at(day(3), 17), at(day(3), 21)),
            shift(4, at(day(3), 19), at(day(3), 23), zone=3, people=(VERDI, NERI)),
            shift(5, at(day(4), 15), at(day(4), 19), status=ShiftStatus.DRAFT),
            shift(6, at(day(5), 10), at(day(5), 14), zone=2, people=(VERDI, NERI)),
            shift(7, at(day(6), 16), at(day(6), 20), status=ShiftStatus.CANCELLED),
        ],
        violations=(
            Violation(ViolationKind.ABSENT, 6, VERDI.id, "person planned while absent (leave)"),
        ),
        absences=(SATURDAY_ABSENCE,),
    )


@pytest.fixture
def view(qtbot) -> WeekView:
    widget = WeekView()
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.set_week(small_week(), ROME, today=day(2))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def drag(qtbot, view: WeekView, start: QPoint, end: QPoint) -> None:
    """Press, move halfway, move to the end, release: what a hand does."""
    target = view.viewport()
    qtbot.mousePress(target, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(target, pos=(start + end) / 2)
    qtbot.mouseMove(target, pos=end)
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=end)


def test_it_opens_on_the_evening_hours(view: WeekView) -> None:
    seven, midnight = (
        view.pos_for(at(day(0), 7)),
        view.pos_for(at(day(1), 0) - timedelta(minutes=1)),
    )
    assert abs(seven.y()) <= 1  # 07:00 at the top
    assert midnight.y() <= view.viewport().height()  # and 24:00 still on screen


def test_dragging_on_empty_space_asks_for_a_new_shift_snapped_to_15_minutes(qtbot, view):
    start, end = view.pos_for(at(day(2), 18)), view.pos_for(at(day(2), 21, 10))
    with qtbot.waitSignal(view.sig_create_requested) as created:
        drag(qtbot, view, start, end)
    starts_at, ends_at = created.args
    assert (starts_at, ends_at) == (at(day(2), 18), at(day(2), 21, 15))
    assert starts_at.tzinfo is not None and starts_at.utcoffset() == timedelta(hours=1)
    assert starts_at.tzinfo == ROME and ends_at.tzinfo == ROME


def test_a_plain_click_on_empty_space_only_clears_the_selection(qtbot, view):
    view.select_shift(1)
    created = []
    view.sig_create_requested.connect(lambda *args: created.append(args))
    with qtbot.waitSignal(view.sig_selection_changed) as changed:
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.pos_for(at(day(2), 19))
        )
    assert changed.args == [None]
    assert view.selected_shift_id() is None
    assert created == []


def test_dragging_a_block_a_day_and_half_an_hour_later_asks_to_move_it(qtbot, view):
    grab = view.block_rect(1).center()
    offset = view.pos_for(at(day(1), 18, 30)) - view.pos_for(at(day(0), 18))
    with qtbot.waitSignal(view.sig_move_requested) as moved:
        drag(qtbot, view, grab, grab + offset)
    assert moved.args == [1, at(day(1), 18, 30), at(day(1), 22, 30)]
    assert view.selected_shift_id() == 1


def test_dragging_the_bottom_edge_resizes_the_end(qtbot, view):
    rect = view.block_rect(1)
    edge = QPoint(rect.center().x(), rect.bottom() - 1)
    qtbot.mouseMove(view.viewport(), pos=edge)
    assert view.viewport().cursor().shape() == Qt.CursorShape.SizeVerCursor
    end = QPoint(edge.x(), view.pos_for(at(day(0), 23, 2)).y())
    with qtbot.waitSignal(view.sig_move_requested) as resized:
        drag(qtbot, view, edge, end)
    assert resized.args == [1, at(day(0), 18), at(day(0), 23)]


def test_dragging_the_top_edge_resizes_the_start(qtbot, view):
    rect = view.block_rect(5)
    edge = QPoint(rect.center().x(), rect.top() + 1)
    start = QPoint(edge.x(), view.pos_for(at(day(4), 13, 50)).y())
    with qtbot.waitSignal(view.sig_move_requested) as resized:
        drag(qtbot, view, edge, start)
    assert resized.args == [5, at(day(4), 13, 45), at(day(4), 19)]


def test_double_click_edits_delete_cancels_enter_edits(qtbot, view):
    centre = view.block_rect(3).center()
    with qtbot.waitSignal(view.sig_edit_requested) as edited:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert edited.args == [3]
    assert view.selected_shift_id() == 3
    with qtbot.waitSignal(view.sig_cancel_requested) as cancelled:
        qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert cancelled.args == [3]
    with qtbot.waitSignal(view.sig_edit_requested) as edited:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert edited.args == [3]


def test_read_only_emits_no_edit(qtbot, view):
    view.read_only = True
    asked = []
    for signal in (
        view.sig_create_requested,
        view.sig_move_requested,
        view.sig_edit_requested,
        view.sig_cancel_requested,
    ):
        signal.connect(lambda *args: asked.append(args))
    drag(qtbot, view, view.pos_for(at(day(2), 18)), view.pos_for(at(day(2), 21)))
    grab = view.block_rect(1).center()
    drag(qtbot, view, grab, grab + QPoint(0, 80))
    rect = view.block_rect(1)
    drag(
        qtbot,
        view,
        QPoint(rect.center().x(), rect.bottom() - 1),
        QPoint(rect.center().x(), rect.bottom() + 80),
    )
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.block_rect(1).center())
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert asked == []
    assert view.selected_shift_id() == 1  # looking around still works


def test_a_cancelled_shift_cannot_be_dragged_nor_cancelled_again(qtbot, view):
    asked = []
    view.sig_move_requested.connect(lambda *args: asked.append(args))
    view.sig_cancel_requested.connect(lambda *args: asked.append(args))
    grab = view.block_rect(7).center()
    drag(qtbot, view, grab, grab + QPoint(0, 80))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert view.selected_shift_id() == 7
    assert asked == []


def test_overlapping_shifts_sit_side_by_side(view: WeekView) -> None:
    first, second = view.block_rect(3), view.block_rect(4)
    assert not first.isEmpty() and not second.isEmpty()
    assert not first.intersects(second)
    assert first.right() < second.left()  # the earlier one on the left
    assert first.top() < second.top() < first.bottom()  # they do overlap in time
    thursday = view.pos_for(at(day(3), 12), fraction=0).x()
    friday = view.pos_for(at(day(4), 12), fraction=0).x()
    assert thursday <= first.left() and second.right() <= friday


def test_a_shift_across_midnight_is_drawn_in_both_days(view: WeekView) -> None:
    evening, night = view.block_rects(2)
    assert evening.top() == pytest.approx(view.pos_for(at(day(1), 20)).y(), abs=2)
    assert evening.contains(view.pos_for(at(day(1), 23)))
    assert night.contains(view.pos_for(at(day(2), 1)))
    assert night.bottom() == pytest.approx(view.pos_for(at(day(2), 2)).y(), abs=3)


def test_a_dst_night_is_drawn_on_the_wall_clock(qtbot) -> None:
    sunday = DST_MONDAY + timedelta(days=6)
    night = shift(1, at(sunday, 1), at(sunday, 4))
    assert night.ends_at - night.starts_at == timedelta(hours=4)  # a real hour longer
    widget = WeekView()
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.set_week(plan(DST_MONDAY, [night]), ROME, today=sunday)
    widget.show()
    qtbot.waitExposed(widget)
    widget.select_shift(1)  # scrolls the night into view
    rect = widget.block_rect(1)
    hour = widget.pos_for(at(sunday, 2)).y() - widget.pos_for(at(sunday, 1)).y()
    assert rect.top() == pytest.approx(widget.pos_for(at(sunday, 1)).y(), abs=2)
    assert rect.height() == pytest.approx(3 * hour, abs=3)  # three rows, 01:00 to 04:00
    assert rect.left() >= widget.pos_for(at(sunday, 1), fraction=0).x()


def test_the_problem_marker_tooltip_names_the_person(qtbot, view):
    marker = view.marker_rect(6)
    assert not marker.isEmpty()
    assert view.marker_rect(1).isEmpty()  # no problem, no marker
    assert "G. Verdi" in view.tooltip_at(marker.center())
    event = QHelpEvent(
        QEvent.Type.ToolTip, marker.center(), view.viewport().mapToGlobal(marker.center())
    )
    QApplication.sendEvent(view.viewport(), event)
    assert "G. Verdi" in QToolTip.text()
    QToolTip.hideText()


def test_a_selected_block_keeps_a_light_fill(qtbot, view):
    """Whatever was painted before it (a red problem marker), a selected block stays light."""
    view.verticalScrollBar().setValue(0)
    for shift_id in (1, 3, 5, 6, 7):
        view.select_shift(shift_id)
        rect = view.block_rect(shift_id)
        image = view.viewport().grab().toImage()
        inside = image.pixelColor(rect.left() + 8, rect.bottom() - 6)  # under the text lines
        assert inside.lightnessF() > 0.6, (shift_id, inside.name())


def test_absences_are_badges_in_the_day_header(view: WeekView) -> None:
    badges = view.absence_badge_rects()
    assert len(badges) == 2  # Saturday and Sunday
    assert "Giulia Verdi" in view.header_tooltip_at(badges[0].center())
    assert view.header_tooltip_at(QPoint(2, 2)) == ""


def test_select_shift_scrolls_it_into_view_and_announces_it(qtbot, view):
    view.verticalScrollBar().setValue(0)  # midnight at the top: Monday evening is below
    assert not view.viewport().rect().contains(view.block_rect(1))
    with qtbot.waitSignal(view.sig_selection_changed) as changed:
        view.select_shift(1)
    assert changed.args == [1]
    assert view.selected_shift_id() == 1
    assert view.viewport().rect().contains(view.block_rect(1))


def test_arrow_keys_walk_the_blocks(qtbot, view):
    view.select_shift(3)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.selected_shift_id() == 2  # the nearest block the day before (Wednesday is empty)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected_shift_id() == 4  # Thursday's block nearest to 20:00
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.selected_shift_id() == 5  # the next block in time


def test_escape_drops_a_drag(qtbot, view):
    asked = []
    view.sig_move_requested.connect(lambda *args: asked.append(args))
    grab = view.block_rect(1).center()
    target = view.viewport()
    qtbot.mousePress(target, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(target, pos=grab + QPoint(0, 60))
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=grab + QPoint(0, 60))
    assert asked == []


def test_a_reload_keeps_the_selection_only_if_the_shift_is_still_there(qtbot, view):
    view.select_shift(5)
    view.set_week(small_week(), ROME, today=day(2))
    assert view.selected_shift_id() == 5
    emptier = plan(MONDAY, [s for s in small_week().shifts if s.id != 5])
    with qtbot.waitSignal(view.sig_selection_changed) as changed:
        view.set_week(emptier, ROME, today=day(2))
    assert changed.args == [None]


def busy_week() -> WeekPlan:
    """About twenty shifts over the three zones, as a coordinator's week looks."""
    rows = []
    next_id = iter(range(1, 100))
    for offset in range(7):
        rows.append(shift(next(next_id), at(day(offset), 18), at(day(offset), 22), zone=1))
        rows.append(
            shift(
                next(next_id),
                at(day(offset), 19, 30),
                at(day(offset), 23, 30),
                zone=2,
                people=(VERDI, NERI),
                status=ShiftStatus.DRAFT if offset >= 4 else ShiftStatus.PUBLISHED,
            )
        )
        if offset % 2 == 0:
            rows.append(
                shift(
                    next(next_id),
                    at(day(offset), 14),
                    at(day(offset), 17, 30),
                    zone=3,
                    people=(ROSSI, NERI, VERDI),
                    status=ShiftStatus.DONE if offset == 0 else ShiftStatus.PUBLISHED,
                )
            )
    rows.append(shift(next(next_id), at(day(5), 22), at(day(6), 3), zone=3))
    rows.append(shift(next(next_id), at(day(3), 9), at(day(3), 12), status=ShiftStatus.CANCELLED))
    problems = (
        Violation(ViolationKind.OVERLAP, 3, NERI.id, "person planned in two overlapping shifts"),
        Violation(ViolationKind.NO_OFFICER, 4, None, "joint shift without an officer"),
    )
    return plan(MONDAY, rows, problems, (SATURDAY_ABSENCE,))


def test_a_busy_week_renders(qtbot, tmp_path: Path) -> None:
    widget = WeekView()
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.set_week(busy_week(), ROME, today=day(2))
    widget.show()
    qtbot.waitExposed(widget)
    image = widget.grab()
    assert not image.isNull()
    assert image.save(str(tmp_path / "week_view.png"))


def test_drags_snap_to_the_step_set(qtbot, view):
    view.snap_minutes = 30
    start, end = view.pos_for(at(day(2), 18)), view.pos_for(at(day(2), 21, 10))
    with qtbot.waitSignal(view.sig_create_requested) as created:
        drag(qtbot, view, start, end)
    assert created.args == [at(day(2), 18), at(day(2), 21)]  # not 21:15
    view.snap_minutes = 7  # not a choice: back to the finest step
    assert view.snap_minutes == 15


def test_a_moved_block_lands_on_the_half_hours(qtbot) -> None:
    widget = WeekView()
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.set_week(plan(MONDAY, [shift(1, at(day(1), 9, 15), at(day(1), 12))]), ROME, day(1))
    widget.show()
    qtbot.waitExposed(widget)
    widget.snap_minutes = 30
    widget.select_shift(1)
    grab = widget.block_rect(1).center()
    offset = widget.pos_for(at(day(1), 10, 55)) - widget.pos_for(at(day(1), 10, 15))
    with qtbot.waitSignal(widget.sig_move_requested) as moved:
        drag(qtbot, widget, grab, grab + offset)
    assert moved.args == [1, at(day(1), 10), at(day(1), 12, 45)]  # 09:15 + 40 min -> 10:00


def crowded_friday() -> WeekPlan:
    """Four overlapping Friday shifts, as in the issue."""
    friday = day(4)
    return plan(
        MONDAY,
        [
            shift(1, at(friday, 18), at(friday, 22)),
            shift(2, at(friday, 18), at(friday, 22), zone=2, people=(VERDI, NERI)),
            shift(3, at(friday, 19), at(friday, 23), zone=3),
            shift(4, at(friday, 20), at(friday, 23), zone=2, people=(VERDI, NERI)),
        ],
    )


def test_crowded_hours_show_readable_blocks_and_a_plus_n_that_lists_the_rest(qtbot) -> None:
    widget = WeekView()
    qtbot.addWidget(widget)
    widget.resize(900, 800)  # about 120 pixels a day
    widget.set_week(crowded_friday(), ROME, today=day(0))
    widget.show()
    qtbot.waitExposed(widget)
    ((strip, hidden),) = widget.overflow_rects()
    shown = [i for i in (1, 2, 3, 4) if not widget.block_rect(i).isEmpty()]
    assert sorted(shown + list(hidden)) == [1, 2, 3, 4]
    start_width = QFontMetricsF(widget.font()).horizontalAdvance("18:00")
    for shift_id in shown:
        rect = widget.block_rect(shift_id)
        assert rect.width() - 10 >= start_width * 0.9  # the start time fits: no sliver
        assert not rect.intersects(strip)
    tooltip = widget.tooltip_at(strip.center())
    assert tooltip.count("Piazza") + tooltip.count("Area verde") == len(hidden)

    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=strip.center())
    menu = widget.findChild(QMenu)
    assert menu is not None and len(menu.actions()) == len(hidden)
    with qtbot.waitSignal(widget.sig_edit_requested) as edited:
        menu.actions()[0].trigger()
    assert edited.args == [hidden[0]]
    assert widget.selected_shift_id() == hidden[0]


def test_a_holiday_is_marked_in_the_day_header(qtbot) -> None:
    widget = WeekView()
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    holidays = {day(1): "Festa di prova", day(9): "Not this week"}
    widget.set_week(small_week(), ROME, today=day(2), holidays=holidays)
    widget.show()
    qtbot.waitExposed(widget)
    tuesday = widget.pos_for(at(day(1), 12)).x()
    assert widget.header_tooltip_at(QPoint(tuesday, 8)) == "Festa di prova"
    assert widget.header_tooltip_at(QPoint(widget.pos_for(at(day(3), 12)).x(), 8)) == ""
    badges = widget.absence_badge_rects()
    assert len(badges) == 3  # the holiday, and the absence on Saturday and Sunday
    assert "Festa di prova" in widget.header_tooltip_at(badges[0].center())
    assert "Holiday: Festa di prova" in widget.tooltip_at(widget.block_rect(2).center())


def test_a_week_read_again_keeps_the_blocks_of_the_rows_that_did_not_change(view: WeekView):
    """Blocks are made again only for rows that are new objects (a changed shift) or whose
    problems changed, and all of them after a change of locale."""
    before = small_week()
    view.set_week(before, ROME, today=day(2))
    blocks = dict(view._blocks)
    view.set_week(before, ROME, today=day(2))
    assert all(view._blocks[i] is blocks[i] for i in blocks)
    moved = dataclasses.replace(before.shifts[0], version_id=2)
    again = dataclasses.replace(
        before, shifts=(moved, *before.shifts[1:]), violations=before.violations[:0]
    )
    view.set_week(again, ROME, today=day(2))
    kept = {i for i in blocks if view._blocks[i] is blocks[i]}
    assert kept == {2, 3, 4, 5, 7}  # not the moved one (1), not the one that lost a problem (6)
    assert view._blocks[6].problems == ()
    QApplication.sendEvent(view, QEvent(QEvent.Type.LocaleChange))
    assert not any(view._blocks[i] is blocks[i] for i in view._blocks)


def test_a_repaint_from_the_kept_texts_draws_what_a_new_view_draws(qtbot, view: WeekView):
    """Block texts are laid out once per block, size and font: after a change of font the
    view draws what a view made with that font draws, and repaints the same."""
    first = view.grab().toImage()
    assert view.grab().toImage() == first
    bigger = view.font()
    bigger.setPointSizeF(bigger.pointSizeF() * 1.3)
    view.setFont(bigger)
    fresh = WeekView()
    qtbot.addWidget(fresh)
    fresh.setFont(bigger)
    fresh.resize(view.size())
    fresh.set_week(view._plan, ROME, today=day(2))
    fresh.show()
    qtbot.waitExposed(fresh)
    fresh.verticalScrollBar().setValue(view.verticalScrollBar().value())
    changed = view.grab().toImage()
    assert changed != first
    assert changed == fresh.grab().toImage()


def test_a_grid_first_drawn_straight_has_the_pixels_of_its_pixmap(qtbot) -> None:
    """The first paint of a grid draws it straight into the viewport (a week shown once makes
    no pixmap of the whole day); the next paints copy it from the pixmap they then make. Both
    give the same pixels, at the top of the day and scrolled."""
    widget = WeekView()
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    for scroll, today in ((None, day(2)), (0, day(3)), (137, day(5))):
        if scroll is not None:
            widget.verticalScrollBar().setValue(scroll)
        # A new today: a new grid, drawn straight at its first paint.
        widget.set_week(small_week(), ROME, today=today, holidays={day(4): "Festa"})
        straight = widget.viewport().grab().toImage()
        assert widget._background is not None and widget._background[1] is None
        copied = widget.viewport().grab().toImage()
        assert widget._background[1] is not None
        assert straight == copied, (scroll, today)
