"""The zone view: the week as a row per zone, each outing a chip with its time and its pair.

The second mode of the Calendar. It shows the same loaded week as the week view (the same
blocks, problems and hover cards) and edits it the same way, through signals the section
turns into the same undoable commands: drag a chip to another day or zone, double-click or
Enter to open the shift, Delete to cancel it.
"""

from __future__ import annotations

import html
import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QFrame, QWidget

from console.clock import HOME_TIME_ZONE
from console.models import ShiftStatus
from console.services.planning.week import WeekPlan
from console.views.calendar.block_text import fitted, joined, zone_codes
from console.views.calendar.blocks import ShiftBlock, nobody_text, shift_blocks
from console.views.calendar.week_layout import DAYS, Grid, moved
from console.views.calendar.week_painting import (
    HOLIDAY_BADGE,
    MARKER,
    AbsenceBadge,
    WeekFonts,
    WeekScene,
    day_tint,
    marker_rect,
    paint_header,
    paint_marker,
    paint_shift_box,
    text_fonts,
)
from console.views.calendar.week_view import (
    LOCKED,
    DayHeader,
    hover_card_shown,
    shift_key_pressed,
)
from console.views.calendar.zone_layout import (
    MIN_ROW_CHIPS,
    Cell,
    ZoneGrid,
    ZoneRow,
    cells_of,
    chip_lines,
    neighbour,
    row_heights,
    zone_rows,
)
from console.views.common import labels

GUTTER = 150.0  # the zone names
MAX_PEOPLE_LINES = 4  # a chip lists at most this many people a line each


@dataclass
class _Drag:
    shift_id: int
    press: QPointF  # content coordinates
    origin: Cell
    active: bool = False
    target: Cell | None = None


class ZoneView(QAbstractScrollArea):
    """A week of shifts by zone. Editing gestures only emit signals; the section acts.

    Positions given and returned by the public helpers are in ``viewport()`` coordinates.
    """

    sig_move_requested = Signal(int, int, object, object)  # (shift id, zone id, starts, ends)
    sig_edit_requested = Signal(int)  # shift id: double-click or Enter on a chip
    sig_cancel_requested = Signal(int)  # shift id: Delete on the selected chip
    sig_selection_changed = Signal(object)  # the selected shift id, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan: WeekPlan | None = None
        self._tz: ZoneInfo = HOME_TIME_ZONE
        self._today: date | None = None
        self._holidays: dict[int, str] = {}
        self._rows: list[ZoneRow] = []
        self._cells: dict[Cell, list[int]] = {}
        self._blocks: dict[int, ShiftBlock] = {}
        self._blocks_reusable = False  # by the next set_week (made in the same locale and font)
        self._chips: list[tuple[int, Cell, QRectF]] = []  # content coordinates
        self._selected: int | None = None
        self._read_only = False
        self._drag: _Drag | None = None
        self._fonts = WeekFonts.for_font(self.font())
        self._grid = ZoneGrid(GUTTER, 100.0, (), 40.0)
        self._lines = 2  # lines of text in a chip: the time, then the people
        self._header_height = 0
        self._header = DayHeader(self)
        self._setting_margins = False  # _relayout is moving the viewport's top
        self._stale = False  # laid out for an earlier week or size: hidden since (see _relayout)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(self.tr("Week of shifts by zone"))
        self._relayout()

    # -- public API ----------------------------------------------------------------------------

    def set_week(
        self,
        plan: WeekPlan,
        zones: tuple[tuple[int, str, str, bool], ...],
        *,
        tz: ZoneInfo = HOME_TIME_ZONE,
        today: date | None = None,
        holidays: Mapping[date, str] | None = None,
        only_zone: int | None = None,
        blocks: Mapping[int, ShiftBlock] | None = None,
    ) -> None:
        """Show ``plan`` in rows of ``zones`` ``(id, name, colour, active)`` (only
        ``only_zone`` when given), marking ``today`` and the ``holidays``. ``blocks`` are the
        plan's blocks when already made for the same plan, time zone and holidays (the week
        view's :meth:`~WeekView.plan_blocks`); without them they are made here."""
        self._plan, self._tz = plan, tz
        self._today = today if today is not None else date.today()
        self._drag = None
        self._holidays = {
            (day - plan.monday).days: name
            for day, name in (holidays or {}).items()
            if 0 <= (day - plan.monday).days < DAYS
        }
        if blocks is None:
            earlier = self._blocks if self._blocks_reusable else None
            blocks = shift_blocks(plan, tz, holidays, earlier)
        self._blocks = dict(blocks)
        self._blocks_reusable = True
        self._rows = zone_rows(
            zones, ((s.zone_id, s.zone_name, s.zone_colour) for s in plan.shifts), only_zone
        )
        self._cells = cells_of(
            ((s.id, s.zone_id, s.starts_at) for s in plan.shifts), self._rows, tz, plan.monday
        )
        if self._selected is not None and self._selected not in self._blocks:
            self._selected = None
            self.sig_selection_changed.emit(None)
        self._relayout()

    @property
    def read_only(self) -> bool:
        return self._read_only

    @read_only.setter
    def read_only(self, value: bool) -> None:
        self._read_only = bool(value)
        self._drag = None
        self.viewport().update()

    @property
    def header(self) -> QWidget:
        return self._header

    def selected_shift_id(self) -> int | None:
        return self._selected

    def select_shift(self, shift_id: int | None) -> None:
        """Select a shift of the week (None clears) and scroll its chip into view."""
        if shift_id is not None and shift_id not in self._blocks:
            shift_id = None
        if shift_id is not None:
            self._scroll_into_view(shift_id)
        if shift_id != self._selected:
            self._selected = shift_id
            self.viewport().update()
            self.sig_selection_changed.emit(shift_id)

    def shown_shift_ids(self) -> list[int]:
        """Every shift with a chip, row by row."""
        self._lay_out_if_stale()
        return [shift_id for shift_id, _cell, _rect in self._chips]

    def chip_rect(self, shift_id: int) -> QRect:
        """The shift's chip in viewport coordinates (empty when not shown)."""
        self._lay_out_if_stale()
        offset = self._scroll()
        for chip_id, _cell, rect in self._chips:
            if chip_id == shift_id:
                return rect.translated(0, -offset).toRect()
        return QRect()

    def cell_pos(self, zone_id: int, day: int) -> QPoint:
        """A point in the empty lower part of a zone's day cell, in viewport coordinates."""
        self._lay_out_if_stale()
        row = next(n for n, r in enumerate(self._rows) if r.zone_id == zone_id)
        x, y, width, height = self._grid.cell_rect((row, day))
        return QPoint(round(x + width / 2), round(y + height - 4 - self._scroll()))

    def row_names(self) -> list[str]:
        return [row.name for row in self._rows]

    def tooltip_at(self, pos: QPoint) -> str:
        """The hover card of the chip at a viewport point, the zone's name in the gutter, or ''."""
        self._lay_out_if_stale()
        content = self._content(QPointF(pos))
        chip = self._chip_at(content)
        if chip is not None:
            return self._blocks[chip].tooltip
        row = self._grid.row_at(content.y())
        if row is not None and content.x() < self._grid.gutter:
            return html.escape(self._rows[row].name)
        return ""

    def header_tooltip_at(self, pos: QPoint) -> str:
        self._lay_out_if_stale()
        name = self._holidays.get(self._grid.day_at(pos.x())) if pos.x() >= GUTTER else None
        return html.escape(self.tr("Holiday: {name}").format(name=name)) if name else ""

    # -- geometry ------------------------------------------------------------------------------

    def _relayout(self) -> None:
        """Geometry from the viewport size and the week, when the view is on screen.

        Hidden (the week view is the mode shown), it only notes that its geometry is stale:
        the section gives it every week it loads, and laying out hundreds of chips nobody
        sees cost the first paint after sign-in twice (at set_week, then at the pending
        resize the window's first paint delivers). Shown again, or asked where a chip is,
        it lays the week out then."""
        if not self.isVisible():
            self._stale = True
            return
        self._lay_out()

    def _lay_out_if_stale(self) -> None:
        if self._stale:
            self._lay_out()

    def showEvent(self, event: QShowEvent) -> None:
        self._lay_out_if_stale()
        super().showEvent(event)

    def _lay_out(self) -> None:
        self._stale = False
        metrics = QFontMetricsF(self.font())
        title = metrics.height() + 14
        holiday_line = QFontMetricsF(self._fonts.badge).height() + 6 if self._holidays else 0
        self._header_height = math.ceil(title + holiday_line + 4)
        # The viewport's resize comes back here at once (resizeEvent): this pass goes on with
        # the new size, no second pass inside it.
        self._setting_margins = True
        try:
            self.setViewportMargins(0, self._header_height, 0, 0)
        finally:
            self._setting_margins = False
        size = self.viewport().size()
        most = [
            max((len(self._cells.get((row, day), ())) for day in range(DAYS)), default=0)
            for row in range(len(self._rows))
        ]
        people = max((len(b.names) for b in self._blocks.values()), default=1)
        line = self._fonts.line_height
        self._lines = chip_lines(most, min(people, MAX_PEOPLE_LINES), line, 4.0, size.height())
        chip = self._lines * line + 8
        gutter = min(GUTTER, max(size.width() * 0.14, 90.0))
        self._grid = ZoneGrid(
            gutter=gutter,
            day_width=max((size.width() - gutter) / DAYS, 40.0),
            heights=tuple(row_heights(most, chip, 4.0, size.height(), MIN_ROW_CHIPS)),
            chip=chip,
        )
        self._chips = [
            (shift_id, cell, QRectF(*self._grid.chip_rect(cell, index)))
            for cell, ids in sorted(self._cells.items())
            for index, shift_id in enumerate(ids)
        ]
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, math.ceil(self._grid.height) - size.height()))
        bar.setPageStep(size.height())
        bar.setSingleStep(round(chip))
        viewport = self.viewport().geometry()
        self._header.setGeometry(
            viewport.x(), viewport.y() - self._header_height, viewport.width(), self._header_height
        )
        self._header.update()
        self.viewport().update()

    def _scroll(self) -> int:
        return self.verticalScrollBar().value()

    def _content(self, pos: QPointF) -> QPointF:
        return QPointF(pos.x(), pos.y() + self._scroll())

    def _chip_at(self, pos: QPointF) -> int | None:
        return next((i for i, _cell, rect in self._chips if rect.contains(pos)), None)

    def _scroll_into_view(self, shift_id: int) -> None:
        self._lay_out_if_stale()
        rect = next((r for i, _c, r in self._chips if i == shift_id), None)
        if rect is None:
            return
        bar, height = self.verticalScrollBar(), self.viewport().height()
        if rect.top() < bar.value():
            bar.setValue(round(rect.top() - 4))
        elif rect.bottom() > bar.value() + height:
            bar.setValue(round(rect.bottom() - height + 4))

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
            self._relayout()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
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
        self._drag = None
        chip = self._chip_at(pos)
        self._select_by_click(chip)
        if chip is None or self._read_only or self._blocks[chip].row.status in LOCKED:
            return
        cell = next(c for i, c, _r in self._chips if i == chip)
        self._drag = _Drag(chip, pos, cell)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        if drag is None:
            return
        pos = self._content(event.position())
        if not drag.active:
            if (pos - drag.press).manhattanLength() < QApplication.startDragDistance():
                return
            drag.active = True
        drag.target = self._grid.cell_at(pos.x(), pos.y())
        self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        self.viewport().update()
        if drag is None or not drag.active or drag.target is None or drag.target == drag.origin:
            return
        row = self._blocks[drag.shift_id].row
        days = drag.target[1] - drag.origin[1]
        starts_at, ends_at = moved(row.starts_at, row.ends_at, self._tz, days, 0)
        zone_id = self._rows[drag.target[0]].zone_id
        self.sig_move_requested.emit(drag.shift_id, zone_id, starts_at, ends_at)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        chip = self._chip_at(self._content(event.position()))
        self._drag = None
        if chip is None or event.button() != Qt.MouseButton.LeftButton:
            return
        self._select_by_click(chip)
        if not self._read_only:
            self.sig_edit_requested.emit(chip)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if shift_key_pressed(self, event, lambda shown, way: neighbour(self._cells, shown, way)):
            event.accept()
        else:
            super().keyPressEvent(event)

    def _select_by_click(self, shift_id: int | None) -> None:
        if shift_id != self._selected:
            self._selected = shift_id
            self.viewport().update()
            self.sig_selection_changed.emit(shift_id)

    # -- painting ------------------------------------------------------------------------------

    def _scene(self) -> WeekScene:
        grid = Grid(gutter=self._grid.gutter, day_width=self._grid.day_width, hour_height=1.0)
        today = None
        if self._plan is not None and self._today is not None:
            day = (self._today - self._plan.monday).days
            today = day if 0 <= day < DAYS else None
        return WeekScene(grid, self.palette(), self._fonts, today, self._holidays)

    def paint_header(self, painter: QPainter) -> None:
        """The day titles, and a holiday's name under its day (called by the header widget)."""
        scene = self._scene()
        monday = self._plan.monday if self._plan is not None else None
        paint_header(
            painter,
            scene,
            monday=monday,
            badges=self._holiday_badges(scene),
            rect=self._header.rect(),
            height=self._header_height,
        )

    def _holiday_badges(self, scene: WeekScene) -> list[tuple[QRectF, AbsenceBadge]]:
        top = QFontMetricsF(self.font()).height() + 14
        height = QFontMetricsF(self._fonts.badge).height() + 4
        return [
            (
                QRectF(scene.grid.x_of_day(day) + 3, top, scene.grid.day_width - 6, height),
                AbsenceBadge(name, name, HOLIDAY_BADGE),
            )
            for day, name in self._holidays.items()
        ]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scroll = self._scroll()
        painter.translate(0, -scroll)
        exposed = QRectF(event.rect()).translated(0, scroll)
        scene = self._scene()
        self._paint_grid(painter, scene, exposed)
        dragged = self._drag.shift_id if self._drag and self._drag.active else None
        for shift_id, _cell, rect in self._chips:
            if rect.intersects(exposed):
                painter.setOpacity(0.35 if shift_id == dragged else 1.0)
                self._paint_chip(painter, scene, self._blocks[shift_id], rect)
        painter.setOpacity(1.0)
        if self._drag is not None and self._drag.active and self._drag.target is not None:
            self._paint_target(painter, scene, self._drag)

    def _paint_grid(self, painter: QPainter, scene: WeekScene, exposed: QRectF) -> None:
        palette, grid = scene.palette, self._grid
        painter.fillRect(exposed, palette.base())
        for day in range(DAYS):
            tint = day_tint(scene, day)
            if tint is not None:
                painter.fillRect(
                    QRectF(grid.x_of_day(day), exposed.top(), grid.day_width, exposed.height()),
                    tint,
                )
        line = QColor(palette.text().color())
        line.setAlpha(50)
        painter.setPen(QPen(line, 1))
        bottom = max(grid.height, exposed.bottom())
        for day in range(DAYS + 1):
            x = math.floor(grid.x_of_day(day)) + 0.5
            painter.drawLine(QPointF(x, exposed.top()), QPointF(x, bottom))
        painter.fillRect(QRectF(0, exposed.top(), grid.gutter, exposed.height()), palette.window())
        codes = zone_codes(row.name for row in sorted(self._rows, key=lambda r: r.zone_id))
        for number, row in enumerate(self._rows):
            top, height = grid.top_of_row(number), grid.heights[number]
            painter.setPen(QPen(line, 1))
            y = math.floor(top + height) + 0.5
            painter.drawLine(QPointF(0, y), QPointF(grid.x_of_day(DAYS), y))
            painter.fillRect(QRectF(0, top + 4, 5, height - 8), QColor(row.colour))
            painter.setPen(palette.text().color())
            painter.setFont(self._fonts.title)
            box = QRectF(12, top + 4, grid.gutter - 18, height - 8)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
            used = painter.boundingRect(box, flags | Qt.TextFlag.TextWordWrap, row.name)
            painter.drawText(box, flags | Qt.TextFlag.TextWordWrap, row.name)
            painter.setPen(palette.placeholderText().color())
            painter.setFont(self._fonts.bold)
            painter.drawText(box.adjusted(0, used.height() + 2, 0, 0), flags, codes[row.name])

    def _paint_chip(
        self, painter: QPainter, scene: WeekScene, block: ShiftBlock, rect: QRectF
    ) -> None:
        paint_shift_box(painter, scene.palette, block, rect, block.row.id == self._selected)
        inner = rect.adjusted(7, 3, -3, -3)
        bold, plain, colour = text_fonts(self._fonts, block)
        width = inner.width() - (MARKER + 2 if block.problems else 0)
        bold_metrics, plain_metrics = QFontMetricsF(bold), QFontMetricsF(plain)
        times = block.times if bold_metrics.horizontalAdvance(block.times) <= width else block.start
        if block.row.status is ShiftStatus.DRAFT:
            draft = labels.shift_status_label(block.row.status)
            if bold_metrics.horizontalAdvance(f"{times} · {draft}") <= width:
                times = f"{times} · {draft}"
        line = self._fonts.line_height
        painter.save()
        painter.setClipRect(inner)
        painter.setPen(colour)
        painter.setFont(bold)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRectF(inner.left(), inner.top(), width, line), align, times)
        measure = plain_metrics.horizontalAdvance
        if not block.names:
            people = [nobody_text()]
        elif len(block.names) <= self._lines - 1:
            people = fitted(block.names, inner.width(), measure)
        else:
            people = [joined(block.names, inner.width(), measure, " · ")]
        painter.setFont(plain)
        for index, text in enumerate(people, start=1):
            elided = plain_metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
            box = QRectF(inner.left(), inner.top() + index * line, inner.width(), line)
            painter.drawText(box, align, elided)
        painter.restore()
        if block.problems:
            paint_marker(painter, self._fonts, marker_rect(rect))

    def _paint_target(self, painter: QPainter, scene: WeekScene, drag: _Drag) -> None:
        assert drag.target is not None
        colour = QColor(self._blocks[drag.shift_id].row.zone_colour)
        fill = QColor(colour)
        fill.setAlpha(40)
        rect = QRectF(*self._grid.cell_rect(drag.target)).adjusted(2, 2, -2, -2)
        painter.setBrush(fill)
        painter.setPen(QPen(colour.darker(140), 1.5, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(rect, 4, 4)
