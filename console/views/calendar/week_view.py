"""The week view: seven day columns of shift blocks, drawn and edited with the mouse."""

from __future__ import annotations

import html
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Protocol, cast
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QFrame, QMenu, QToolTip, QWidget

from console.clock import HOME_TIME_ZONE
from console.models import AbsenceKind, ShiftStatus
from console.services.planning.rules import MAX_SHIFT
from console.services.planning.week import AbsenceRow, WeekPlan
from console.views.calendar.blocks import shift_blocks, shortened
from console.views.calendar.week_layout import (
    DAYS,
    SNAP_CHOICES,
    SNAP_MINUTES,
    Grid,
    Overflow,
    Piece,
    days_touched,
    lay_out_week,
    limit_columns,
    moved,
    neighbour,
    resized,
    snap,
    snapped_offset,
    span_between,
    wall_position,
    wall_time,
)
from console.views.calendar.week_painting import (
    ABSENCE_COLOURS,
    HOLIDAY_BADGE,
    AbsenceBadge,
    DragPreview,
    ShiftBlock,
    WeekFonts,
    WeekScene,
    grid_pixmap,
    marker_rect,
    paint_days,
    paint_header,
)
from console.views.common import formatting, labels

DEFAULT_TZ = HOME_TIME_ZONE
FIRST_SHOWN_HOUR = 7  # the view opens on 07:00-24:00, when the outings happen
MIN_HOUR_HEIGHT = 24.0
EDGE = 5.0  # pixels at a block's top and bottom edge that resize instead of moving
MAX_BADGE_ROWS = 3  # absence badges per day before "+N more"
# Shifts that are over: the services refuse to move or cancel them, so the view does not offer it.
LOCKED = frozenset({ShiftStatus.CANCELLED, ShiftStatus.DONE})


def hover_card_shown(view: Any, event: QEvent) -> bool:
    """A tooltip event over either calendar view: the hover card of what lies under the
    pointer (``view.tooltip_at``), or none. True when the event was a tooltip request."""
    if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
        return False
    text = view.tooltip_at(event.pos())
    if text:
        QToolTip.showText(event.globalPos(), text, view.viewport())
    else:
        QToolTip.hideText()
        event.ignore()
    return True


def shift_key_pressed(
    view: Any, event: QKeyEvent, find: Callable[[int | None, str], int | None]
) -> bool:
    """The keys both calendar views share: Escape drops a drag, Delete cancels the selected
    shift, Enter opens it, the arrows select the shift ``find`` says lies that way. ``view``
    has the week and zone views' ``_drag``, ``_selected``, ``_read_only``, ``_blocks``, their
    request signals and ``select_shift``. True when the key was one of these."""
    key, selected = event.key(), view._selected
    if key == Qt.Key.Key_Escape and view._drag is not None:
        view._drag = None
        view.viewport().update()
    elif key == Qt.Key.Key_Delete and selected is not None:
        locked = view._blocks[selected].row.status in LOCKED
        if not view._read_only and not locked:
            view.sig_cancel_requested.emit(selected)
    elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and selected is not None:
        if not view._read_only:
            view.sig_edit_requested.emit(selected)
    elif key in ARROWS:
        found = find(selected, ARROWS[key])
        if found is not None:
            view.select_shift(found)
    else:
        return False
    return True


ARROWS = {
    Qt.Key.Key_Up: "up",
    Qt.Key.Key_Down: "down",
    Qt.Key.Key_Left: "left",
    Qt.Key.Key_Right: "right",
}


class HeaderOwner(Protocol):
    """A view with a :class:`DayHeader`: it paints the header and answers its tooltips."""

    def paint_header(self, painter: QPainter) -> None: ...
    def header_tooltip_at(self, pos: QPoint) -> str: ...


@dataclass
class _Drag:
    mode: str  # "create", "move", "start" (resize the start) or "end" (resize the end)
    press: QPointF  # content coordinates
    shift_id: int | None = None
    active: bool = False  # past the start-drag distance
    preview: tuple[datetime, datetime] | None = None


class DayHeader(QWidget):
    """The day titles and badges above the columns, painted by the view that owns it (the
    week view or the zone view: ``paint_header(painter)`` and ``header_tooltip_at(pos)``)."""

    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self._view = cast(HeaderOwner, view)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self._view.paint_header(painter)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self._view.header_tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


class WeekView(QAbstractScrollArea):
    """A week of shifts. Editing gestures only emit signals; the section calls the services.

    Positions given and returned by the public helpers are in ``viewport()`` coordinates.
    """

    sig_create_requested = Signal(object, object)  # (starts_at, ends_at): aware, in the view's tz
    sig_move_requested = Signal(int, object, object)  # (shift id, new starts_at, new ends_at)
    sig_edit_requested = Signal(int)  # shift id: double-click or Enter on a block
    sig_cancel_requested = Signal(int)  # shift id: Delete on the selected block
    sig_selection_changed = Signal(object)  # the selected shift id, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan: WeekPlan | None = None
        self._tz = DEFAULT_TZ
        self._today: date | None = None
        self._blocks: dict[int, ShiftBlock] = {}  # the plan's and the ghosts'
        self._plan_blocks: dict[int, ShiftBlock] = {}  # the plan's only
        self._blocks_reusable = False  # by the next set_week (made in the same locale and font)
        self._ghosts: dict[int, ShiftBlock] = {}  # a proposal's outings, by negative id
        self._pieces: list[Piece] = []
        self._rects: list[tuple[Piece, QRectF]] = []  # content coordinates, by day then top
        self._overflows: list[tuple[Overflow, QRectF]] = []  # "+N" boxes, content coordinates
        self._holidays: dict[int, str] = {}  # day column -> holiday name
        self._snap = SNAP_MINUTES
        self._absences: list[list[AbsenceBadge]] = [[] for _ in range(DAYS)]
        self._badges: list[tuple[QRectF, AbsenceBadge]] = []  # header coordinates
        self._selected: int | None = None
        self._read_only = False
        self._drag: _Drag | None = None
        self._top_minute = FIRST_SHOWN_HOUR * 60.0
        self._grid = Grid(gutter=48, day_width=100, hour_height=MIN_HOUR_HEIGHT)
        self._header_height = 0
        self._header = DayHeader(self)
        self._setting_margins = False  # _relayout is moving the viewport's top
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(self.tr("Week of shifts"))
        self._fonts = WeekFonts.for_font(self.font())
        # The grid painted once for a size, week and palette (see _grid_background).
        self._background: tuple[tuple[Any, ...], QPixmap | None] | None = None
        self._relayout()

    # -- public API ----------------------------------------------------------------------------

    def set_week(
        self,
        plan: WeekPlan,
        tz: ZoneInfo = DEFAULT_TZ,
        today: date | None = None,
        holidays: Mapping[date, str] | None = None,
    ) -> None:
        """Show ``plan`` in ``tz``, marking ``today`` (the system date when None) and the
        ``holidays`` (date -> name) of the week.

        Keeps the scroll position and the selection when the selected shift is still there.
        """
        self._plan, self._tz = plan, tz
        self._today = today if today is not None else date.today()
        self._drag = None
        names = {p.id: p.short_name for s in plan.shifts for p in s.people}
        self._holidays = {
            (day - plan.monday).days: name
            for day, name in (holidays or {}).items()
            if 0 <= (day - plan.monday).days < DAYS
        }
        earlier = self._plan_blocks if self._blocks_reusable else None
        self._plan_blocks = shift_blocks(plan, tz, holidays, earlier)
        self._blocks_reusable = True
        self._blocks = {**self._plan_blocks, **self._ghosts}
        rows = [*plan.shifts, *(block.row for block in self._ghosts.values())]
        self._pieces = lay_out_week(
            ((row.id, row.starts_at, row.ends_at) for row in rows), tz, plan.monday
        )
        self._absences = [[] for _ in range(DAYS)]
        for day, name in self._holidays.items():
            self._absences[day].append(self._holiday_badge(name))
        for absence in plan.absences:
            badge = self._badge(absence, names.get(absence.person_id))
            for day in days_touched(absence.starts_at, absence.ends_at, tz, plan.monday):
                self._absences[day].append(badge)
        if self._selected is not None and self._selected not in self._blocks:
            self._selected = None
            self.sig_selection_changed.emit(None)
        self._relayout()

    def plan(self) -> WeekPlan | None:
        return self._plan

    def plan_blocks(self) -> Mapping[int, ShiftBlock]:
        """The blocks of the plan shown (not a proposal's ghosts), as the last
        :meth:`set_week` made them: the zone view shows the same ones."""
        return self._plan_blocks

    def set_ghosts(self, ghosts: Mapping[int, ShiftBlock]) -> None:
        """Show the outings of a proposal (blocks with negative ids) beside the week's shifts;
        an empty mapping takes them away. They can be selected, never dragged or edited."""
        self._ghosts = dict(ghosts)
        if self._plan is not None:
            self.set_week(self._plan, self._tz, self._today, self._holiday_dates())

    def ghost_ids(self) -> frozenset[int]:
        return frozenset(self._ghosts)

    @property
    def snap_minutes(self) -> int:
        """The step (15, 30 or 60 minutes) drags snap times and lengths to."""
        return self._snap

    @snap_minutes.setter
    def snap_minutes(self, minutes: int) -> None:
        self._snap = minutes if minutes in SNAP_CHOICES else SNAP_MINUTES

    def overflow_rects(self) -> list[tuple[QRect, tuple[int, ...]]]:
        """The "+N" boxes (viewport coordinates) and the shifts each stands for."""
        offset = self._scroll()
        return [
            (rect.translated(0, -offset).toRect(), overflow.shift_ids)
            for overflow, rect in self._overflows
        ]

    def time_zone(self) -> ZoneInfo:
        return self._tz

    @property
    def read_only(self) -> bool:
        """True for actors who cannot plan: no creating, moving, editing or cancelling."""
        return self._read_only

    @read_only.setter
    def read_only(self, value: bool) -> None:
        self._read_only = bool(value)
        self._drag = None
        self.viewport().unsetCursor()
        self.viewport().update()

    def selected_shift_id(self) -> int | None:
        return self._selected

    def select_shift(self, shift_id: int | None) -> None:
        """Select a shift of the week (None clears) and scroll its block into view."""
        if shift_id is not None and shift_id not in self._blocks:
            shift_id = None
        if shift_id is not None:
            self._scroll_into_view(shift_id)
        if shift_id != self._selected:
            self._selected = shift_id
            self.viewport().update()
            self.sig_selection_changed.emit(shift_id)

    def pos_for(self, moment: datetime, fraction: float = 0.5) -> QPoint:
        """The viewport point at ``moment`` (aware), ``fraction`` across its day column."""
        assert self._plan is not None, "set_week() first"
        local = moment.astimezone(self._tz)
        day = (local.date() - self._plan.monday).days
        minutes = local.hour * 60 + local.minute + local.second / 60
        x = self._grid.x_of_day(day) + fraction * self._grid.day_width
        y = self._grid.y_of_minute(minutes) - self._scroll()
        return QPoint(round(x), round(y))

    def block_rects(self, shift_id: int) -> list[QRect]:
        """The rectangles of a shift's pieces (two across midnight), in viewport coordinates."""
        offset = self._scroll()
        return [
            rect.translated(0, -offset).toRect()
            for piece, rect in self._rects
            if piece.shift_id == shift_id
        ]

    def block_rect(self, shift_id: int) -> QRect:
        """The rectangle of the shift's first piece (empty when not shown)."""
        rects = self.block_rects(shift_id)
        return rects[0] if rects else QRect()

    def marker_rect(self, shift_id: int) -> QRect:
        """The problem marker of the shift's first piece (empty when it has no problem)."""
        block = self._blocks.get(shift_id)
        rect = self.block_rect(shift_id)
        if block is None or not block.problems or rect.isEmpty():
            return QRect()
        return marker_rect(QRectF(rect)).toRect()

    def tooltip_at(self, pos: QPoint) -> str:
        """The tooltip for a viewport point: the block's shift and its problems, or the
        shifts of a "+N" box, or ''."""
        content = self._content(QPointF(pos))
        hit = self._hit(content)
        if hit:
            return self._blocks[hit[0].shift_id].tooltip
        overflow = self._overflow_at(content)
        if overflow is None:
            return ""
        return "<hr>".join(self._blocks[i].tooltip for i in overflow.shift_ids)

    def header_tooltip_at(self, pos: QPoint) -> str:
        """The tooltip for a point of the day header: the badge under it, the holiday of the
        day title under it, or ''."""
        badge = next((badge.tooltip for rect, badge in self._badges if rect.contains(pos)), "")
        if badge or pos.y() > self._title_height:
            return badge
        return html.escape(self._holidays.get(self._grid.day_at(pos.x()), ""))

    def absence_badge_rects(self) -> list[QRect]:
        """The absence badges of the day header, in the header's coordinates."""
        return [rect.toRect() for rect, _badge in self._badges]

    @property
    def header(self) -> QWidget:
        return self._header

    # -- building ------------------------------------------------------------------------------

    def _relayout(self) -> None:
        """Geometry from the viewport size and the week: run on resize and set_week, not paint."""
        metrics = QFontMetricsF(self.font())
        gutter = metrics.horizontalAdvance(formatting.format_time(time(23, 0))) + 14
        badge_rows = max((len(day) for day in self._absences), default=0)
        badge_rows = min(badge_rows, MAX_BADGE_ROWS)
        badge_height = QFontMetricsF(self._fonts.badge).height() + 4
        title_height = metrics.height() + 14
        self._header_height = math.ceil(title_height + badge_rows * (badge_height + 2) + 4)
        # The viewport's resize comes back here at once (resizeEvent): this pass goes on with
        # the new size, no second pass inside it.
        self._setting_margins = True
        try:
            self.setViewportMargins(0, self._header_height, 0, 0)
        finally:
            self._setting_margins = False
        size = self.viewport().size()
        hours_shown = 24 - FIRST_SHOWN_HOUR
        self._grid = Grid(
            gutter=gutter,
            day_width=max((size.width() - gutter) / DAYS, 20.0),
            hour_height=max(MIN_HOUR_HEIGHT, size.height() / hours_shown),
        )
        # The narrowest block still shows its start time whole (the text has 10 px of margins).
        narrowest = QFontMetricsF(self._fonts.bold).horizontalAdvance("00:00") + 12
        shown, overflows = limit_columns(
            self._pieces,
            self._grid.most_columns(narrowest),
            self._grid.most_columns(narrowest, squeezed=True),
        )
        self._rects = [(piece, QRectF(*self._grid.piece_rect(piece))) for piece in shown]
        self._overflows = [(o, QRectF(*self._grid.overflow_rect(o))) for o in overflows]
        self._title_height = title_height
        self._lay_out_badges(title_height, badge_height)
        bar = self.verticalScrollBar()
        top = self._top_minute
        bar.setRange(0, max(0, math.ceil(self._grid.height) - size.height()))
        bar.setPageStep(size.height())
        bar.setSingleStep(max(1, round(self._grid.hour_height / 2)))
        bar.setValue(round(self._grid.y_of_minute(top)))
        self._top_minute = top
        viewport = self.viewport().geometry()
        self._header.setGeometry(
            viewport.x(), viewport.y() - self._header_height, viewport.width(), self._header_height
        )
        self._header.update()
        self.viewport().update()

    def _lay_out_badges(self, top: float, height: float) -> None:
        """One badge a row under the day's title; "+N more" in the last row when they overflow."""
        self._badges = []
        for day, badges in enumerate(self._absences):
            shown = badges if len(badges) <= MAX_BADGE_ROWS else badges[: MAX_BADGE_ROWS - 1]
            rest = badges[len(shown) :]
            if rest:
                shown = [
                    *shown,
                    AbsenceBadge(
                        self.tr("+%n more", "absences not shown", len(rest)),
                        "<br><br>".join(badge.tooltip for badge in rest),
                        ABSENCE_COLOURS[AbsenceKind.OTHER],
                    ),
                ]
            x, width = self._grid.x_of_day(day) + 3, self._grid.day_width - 6
            for row, badge in enumerate(shown):
                self._badges.append((QRectF(x, top + row * (height + 2), width, height), badge))

    def _holiday_badge(self, name: str) -> AbsenceBadge:
        tooltip = html.escape(self.tr("Holiday: {name}").format(name=name))
        return AbsenceBadge(name, tooltip, HOLIDAY_BADGE)

    def _badge(self, absence: AbsenceRow, short_name: str | None) -> AbsenceBadge:
        kind = labels.absence_kind_label(absence.kind)
        period = (
            f"{formatting.format_moment(absence.starts_at, self._tz)} – "
            f"{formatting.format_moment(absence.ends_at, self._tz)}"
        )
        lines = [
            f"<b>{html.escape(absence.person_name)}</b>: {html.escape(kind)}",
            html.escape(period),
        ]
        if absence.note:
            lines.append(f"<i>{html.escape(shortened(absence.note, 160))}</i>")
        return AbsenceBadge(
            f"{short_name or _short_name(absence.person_name)} · {kind}",
            "<br>".join(lines),
            ABSENCE_COLOURS.get(absence.kind, ABSENCE_COLOURS[AbsenceKind.OTHER]),
        )

    # -- geometry helpers ----------------------------------------------------------------------

    def _scroll(self) -> int:
        return self.verticalScrollBar().value()

    def _content(self, pos: QPointF) -> QPointF:
        return QPointF(pos.x(), pos.y() + self._scroll())

    def _hit(self, pos: QPointF) -> tuple[Piece, str] | None:
        """The piece under a content point and the part hit: "start", "end" or "move"."""
        for piece, rect in reversed(self._rects):
            if rect.contains(pos):
                return piece, self._grid.part_at(piece, pos.y(), EDGE)
        return None

    def _overflow_at(self, pos: QPointF) -> Overflow | None:
        """The "+N" box under a content point."""
        return next((o for o, rect in self._overflows if rect.contains(pos)), None)

    def _scroll_into_view(self, shift_id: int) -> None:
        rects = [rect for piece, rect in self._rects if piece.shift_id == shift_id]
        rects += [rect for o, rect in self._overflows if shift_id in o.shift_ids]
        if not rects:
            return
        rect, bar = rects[0], self.verticalScrollBar()
        height = self.viewport().height()
        if rect.top() < bar.value():
            bar.setValue(round(rect.top() - self._grid.hour_height / 2))
        elif rect.bottom() > bar.value() + height:
            bar.setValue(
                round(min(rect.top() - self._grid.hour_height / 2, rect.bottom() - height + 8))
            )

    def _wall(self, pos: QPointF) -> datetime:
        """The snapped aware moment (in the view's tz) under a content point."""
        assert self._plan is not None
        minutes = snap(self._grid.minute_at(pos.y()), self._snap)
        return wall_time(self._plan.monday, self._tz, self._grid.day_at(pos.x()), minutes)

    # -- Qt events -----------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(1000, 700)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._setting_margins:
            self._relayout()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LocaleChange):
            self._fonts = WeekFonts.for_font(self.font())
            self._blocks_reusable = False
            if self._plan is not None:
                self.set_week(self._plan, self._tz, self._today, self._holiday_dates())
            else:
                self._relayout()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self._top_minute = self._grid.minute_at(self._scroll())
        self.viewport().scroll(dx, dy)

    def viewportEvent(self, event: QEvent) -> bool:
        if hover_card_shown(self, event):
            return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._plan is None:
            super().mousePressEvent(event)
            return
        pos = self._content(event.position())
        hit = self._hit(pos)
        self._drag = None
        overflow = self._overflow_at(pos) if hit is None else None
        if overflow is not None:
            self._open_overflow(overflow, event.position().toPoint())
            return
        if hit is None:
            self.select_shift(None)
            if not self._read_only and pos.x() >= self._grid.gutter:
                self._drag = _Drag("create", pos)
            return
        piece, part = hit
        self._selected_by_click(piece.shift_id)
        block = self._blocks[piece.shift_id]
        if not self._read_only and not block.ghost and block.row.status not in LOCKED:
            self._drag = _Drag(part, pos, piece.shift_id)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        if drag is None:
            self._hover(self._content(event.position()))
            return
        self._autoscroll(event.position().y())
        pos = self._content(event.position())
        if not drag.active:
            if (pos - drag.press).manhattanLength() < QApplication.startDragDistance():
                return
            drag.active = True
        drag.preview = self._preview(drag, pos)
        self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None or not drag.active or drag.preview is None:
            return
        self.viewport().update()
        starts_at, ends_at = drag.preview
        if drag.mode == "create":
            self.sig_create_requested.emit(starts_at, ends_at)
            return
        assert drag.shift_id is not None
        row = self._blocks[drag.shift_id].row
        if (starts_at, ends_at) != (row.starts_at, row.ends_at):  # aware: compares instants
            self.sig_move_requested.emit(drag.shift_id, starts_at, ends_at)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(self._content(event.position()))
        self._drag = None
        if hit is None or event.button() != Qt.MouseButton.LeftButton:
            return
        self._selected_by_click(hit[0].shift_id)
        if not self._read_only and not self._blocks[hit[0].shift_id].ghost:
            self.sig_edit_requested.emit(hit[0].shift_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if shift_key_pressed(self, event, lambda shown, way: neighbour(self._pieces, shown, way)):
            event.accept()
        else:
            super().keyPressEvent(event)

    # -- gestures ------------------------------------------------------------------------------

    def _selected_by_click(self, shift_id: int) -> None:
        if shift_id != self._selected:
            self._selected = shift_id
            self.viewport().update()
            self.sig_selection_changed.emit(shift_id)

    def _open_overflow(self, overflow: Overflow, at: QPoint) -> None:
        """A click on "+N": the shifts it stands for, each opening (or selecting) its shift."""
        menu = QMenu(self)
        for shift_id in overflow.shift_ids:
            block = self._blocks[shift_id]
            people = ", ".join(block.people) or self.tr("No one assigned")
            action = menu.addAction(f"{block.times}  {block.code} · {people}")
            action.setToolTip(block.tooltip)
            action.triggered.connect(lambda _on=False, i=shift_id: self._overflow_chosen(i))
        # Not modal: the actions still fire after the menu hides, before it is deleted.
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(self.viewport().mapToGlobal(at))

    def _overflow_chosen(self, shift_id: int) -> None:
        self._selected_by_click(shift_id)
        if not self._read_only and self._blocks[shift_id].row.status not in LOCKED:
            self.sig_edit_requested.emit(shift_id)

    def _hover(self, pos: QPointF) -> None:
        hit = None if self._read_only else self._hit(pos)
        if (
            hit is not None
            and hit[1] in ("start", "end")
            and self._blocks[hit[0].shift_id].row.status not in LOCKED
        ):
            self.viewport().setCursor(Qt.CursorShape.SizeVerCursor)
        else:
            self.viewport().unsetCursor()

    def _autoscroll(self, y: float) -> None:
        bar, margin = self.verticalScrollBar(), 16
        if y < margin:
            bar.setValue(bar.value() - round(margin - y))
        elif y > self.viewport().height() - margin:
            bar.setValue(bar.value() + round(y - self.viewport().height() + margin))

    def _preview(self, drag: _Drag, pos: QPointF) -> tuple[datetime, datetime]:
        """The aware (starts_at, ends_at), in the view's tz, the drag would ask for."""
        if drag.mode == "create":
            return span_between(self._wall(drag.press), self._wall(pos), MAX_SHIFT, self._snap)
        assert drag.shift_id is not None
        row = self._blocks[drag.shift_id].row
        if drag.mode == "move":
            days = self._grid.day_at(pos.x()) - self._grid.day_at(drag.press.x())
            _day, start = wall_position(row.starts_at, self._tz, self._plan.monday)
            offset = self._grid.minute_at(pos.y()) - self._grid.minute_at(drag.press.y())
            minutes = snapped_offset(start, offset, self._snap)
            return moved(row.starts_at, row.ends_at, self._tz, days, minutes)
        return resized(
            row.starts_at, row.ends_at, drag.mode, self._wall(pos), MAX_SHIFT, step=self._snap
        )

    # -- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        scene = self._scene()
        paint_days(
            painter,
            scene,
            scroll=self._scroll(),
            dirty=event.rect(),
            blocks=self._blocks,
            rects=self._rects,
            overflows=self._overflows,
            selected=self._selected,
            dragged=self._drag.shift_id if self._drag and self._drag.active else None,
            preview=self._drag_preview(),
            background=self._grid_background(scene),
        )

    def _grid_background(self, scene: WeekScene) -> QPixmap | None:
        """The grid of ``scene`` as a pixmap, painted again only when what it shows changed.

        None at the first paint of a grid: :func:`paint_days` then draws the part on screen
        straight into the viewport, with the same pixels. A grid painted once (the first paint
        after sign-in among them) never pays for a new pixmap of the whole day, all 24 hours
        allocated and filled; the pixmap is made at the grid's second paint (a scroll, a
        selection)."""
        width = self.viewport().width()
        ratio = self.viewport().devicePixelRatioF()
        key = (
            scene.grid,
            width,
            ratio,
            scene.palette.cacheKey(),
            scene.today,
            tuple(sorted(scene.holidays.items())),
        )
        if self._background is None or self._background[0] != key:
            self._background = (key, None)
        elif self._background[1] is None:
            self._background = (key, grid_pixmap(scene, width, ratio))
        return self._background[1]

    def paint_header(self, painter: QPainter) -> None:
        """Paint the day titles and absence badges (called by the header widget)."""
        paint_header(
            painter,
            self._scene(),
            monday=self._plan.monday if self._plan is not None else None,
            badges=self._badges,
            rect=self._header.rect(),
            height=self._header_height,
        )

    def _scene(self) -> WeekScene:
        return WeekScene(
            self._grid, self.palette(), self._fonts, self._today_column(), self._holidays
        )

    def _holiday_dates(self) -> dict[date, str]:
        assert self._plan is not None
        return {self._plan.monday + timedelta(days=d): n for d, n in self._holidays.items()}

    def _today_column(self) -> int | None:
        """The day column of today, None when today is not in the week shown."""
        if self._plan is None or self._today is None:
            return None
        day = (self._today - self._plan.monday).days
        return day if 0 <= day < DAYS else None

    def _drag_preview(self) -> DragPreview | None:
        drag = self._drag
        if drag is None or drag.preview is None:
            return None
        assert self._plan is not None
        starts_at, ends_at = drag.preview
        zone = self._blocks[drag.shift_id].row.zone_colour if drag.shift_id is not None else None
        pieces = lay_out_week([(0, starts_at, ends_at)], self._tz, self._plan.monday)
        return DragPreview(starts_at, ends_at, zone, pieces)


def _short_name(full_name: str) -> str:
    """'Mario Rossi' -> 'M. Rossi', as Person.short_name writes it."""
    first, _, rest = full_name.partition(" ")
    return f"{first[:1]}. {rest}" if rest else full_name
