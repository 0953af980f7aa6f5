"""The zone view: a row per zone, a chip per outing, edits as signals like the week view."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QStackedWidget, QWidget

from console.views.calendar.zone_view import ZoneView
from tests.factories import ROME
from tests.views.test_week_view import (
    ZONES,
    at,
    busy_week,
    day,
    drag,
    small_week,
)

ZONE_CHOICES = tuple((zone_id, name, colour, True) for zone_id, (name, colour) in ZONES.items())
HOLIDAYS = {day(1): "Festa di prova"}


@pytest.fixture
def view(qtbot) -> ZoneView:
    widget = ZoneView()
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.set_week(small_week(), ZONE_CHOICES, tz=ROME, today=day(2), holidays=HOLIDAYS)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_every_shift_of_the_week_has_a_chip_in_its_zone_and_day(view: ZoneView) -> None:
    assert sorted(view.shown_shift_ids()) == [s.id for s in small_week().shifts]
    assert view.row_names() == [name for name, _colour in ZONES.values()]
    for row in small_week().shifts:
        chip = view.chip_rect(row.id)
        assert not chip.isEmpty()
        local = row.starts_at.astimezone(ROME).date()
        cell = view.cell_pos(row.zone_id, (local - day(0)).days)
        assert abs(chip.center().x() - cell.x()) < chip.width() / 2  # its day's column
        assert chip.top() <= cell.y()  # and its zone's row
    # the two Thursday shifts in different zones do not overlap
    assert not view.chip_rect(3).intersects(view.chip_rect(4))


def test_the_chip_tooltip_has_everything(view: ZoneView) -> None:
    text = view.tooltip_at(view.chip_rect(6).center())
    assert "Giulia Verdi" in text and "Anna Neri" in text and "Piazza Marconi (PM)" in text
    assert "Holiday: Festa di prova" in view.tooltip_at(view.chip_rect(2).center())


def test_a_holiday_is_named_in_the_day_header(view: ZoneView) -> None:
    tuesday = view.cell_pos(1, 1)
    assert "Festa di prova" in view.header_tooltip_at(QPoint(tuesday.x(), 5))
    assert view.header_tooltip_at(QPoint(view.cell_pos(1, 3).x(), 5)) == ""


def test_dragging_a_chip_to_another_day_and_zone_asks_to_move_it(qtbot, view: ZoneView) -> None:
    grab = view.chip_rect(1).center()  # Monday, Piazza Roma, 18:00-22:00
    with qtbot.waitSignal(view.sig_move_requested) as moved:
        drag(qtbot, view, grab, view.cell_pos(2, 3))  # Thursday, Piazza Marconi
    assert moved.args == [1, 2, at(day(3), 18), at(day(3), 22)]
    assert view.selected_shift_id() == 1


def test_a_drop_on_its_own_cell_asks_nothing(qtbot, view: ZoneView) -> None:
    asked = []
    view.sig_move_requested.connect(lambda *args: asked.append(args))
    grab = view.chip_rect(1).center()
    drag(qtbot, view, grab, grab + QPoint(10, 40))
    assert asked == []


def test_double_click_edits_delete_cancels_arrows_walk(qtbot, view: ZoneView) -> None:
    with qtbot.waitSignal(view.sig_edit_requested) as edited:
        qtbot.mouseDClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.chip_rect(3).center()
        )
    assert edited.args == [3]
    with qtbot.waitSignal(view.sig_cancel_requested) as cancelled:
        qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert cancelled.args == [3]
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected_shift_id() == 5  # Friday, same zone


def test_read_only_and_locked_shifts_emit_no_edit(qtbot, view: ZoneView) -> None:
    asked = []
    for signal in (view.sig_move_requested, view.sig_cancel_requested):
        signal.connect(lambda *args: asked.append(args))
    drag(qtbot, view, view.chip_rect(7).center(), view.cell_pos(1, 2))  # cancelled
    view.read_only = True
    drag(qtbot, view, view.chip_rect(1).center(), view.cell_pos(1, 2))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert asked == []


def test_a_busy_week_fits_and_renders(qtbot, tmp_path) -> None:
    widget = ZoneView()
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.set_week(busy_week(), ZONE_CHOICES, tz=ROME, today=date(2026, 11, 25))
    widget.show()
    qtbot.waitExposed(widget)
    assert len(widget.shown_shift_ids()) == len(busy_week().shifts)
    chips = [widget.chip_rect(i) for i in widget.shown_shift_ids()]
    assert all(not a.intersects(b) for n, a in enumerate(chips) for b in chips[n + 1 :])
    assert widget.grab().save(str(tmp_path / "zone_view.png"))


def test_hidden_it_shows_the_last_week_it_was_given(qtbot) -> None:
    """Hidden behind the week view, the zone view lays a week out only when shown or asked
    where a chip is: what it then shows is the last week it was given, where a view that
    stayed on screen would have put it."""
    on_screen = ZoneView()
    qtbot.addWidget(on_screen)
    on_screen.resize(1200, 700)
    on_screen.show()
    qtbot.waitExposed(on_screen)
    on_screen.set_week(busy_week(), ZONE_CHOICES, tz=ROME, today=day(2))
    expected = {i: on_screen.chip_rect(i) for i in on_screen.shown_shift_ids()}
    assert len(expected) == len(busy_week().shifts)

    # In a stack, as in the section: a page shown again gets no resize, only a show event.
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    week_page, hidden = QWidget(), ZoneView()
    stack.addWidget(week_page)
    stack.addWidget(hidden)
    stack.resize(1200, 700)
    stack.setCurrentWidget(hidden)
    stack.show()
    qtbot.waitExposed(stack)
    hidden.set_week(small_week(), ZONE_CHOICES, tz=ROME, today=day(2))
    stack.setCurrentWidget(week_page)
    hidden.set_week(busy_week(), ZONE_CHOICES, tz=ROME, today=day(2))
    hidden.set_week(small_week(), ZONE_CHOICES, tz=ROME, today=day(3))
    # Asked while hidden: laid out then.
    assert sorted(hidden.shown_shift_ids()) == [s.id for s in small_week().shifts]
    hidden.set_week(busy_week(), ZONE_CHOICES, tz=ROME, today=day(2))
    stack.setCurrentWidget(hidden)
    assert hidden.size() == on_screen.size()
    rgb = QImage.Format.Format_RGB32
    shown = hidden.grab().toImage().convertToFormat(rgb)
    assert shown == on_screen.grab().toImage().convertToFormat(rgb)
    assert {i: hidden.chip_rect(i) for i in hidden.shown_shift_ids()} == expected
