"""Week view painting: grid, hours, shift blocks, problem markers, drag preview and day header.

Pure drawing from what the view hands over; the view keeps the state and calls these from its
paint events. Rectangles of the day columns are in content coordinates (scrolled), those of the
header in the header's own coordinates.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen, QPixmap

from console.models import AbsenceKind, ShiftStatus
from console.views.calendar.block_text import block_lines, heading
from console.views.calendar.blocks import ShiftBlock, nobody_text
from console.views.calendar.week_layout import DAYS, Grid, Overflow, Piece
from console.views.common import formatting, labels

__all__ = ["ShiftBlock"]  # re-exported: the painting's callers build them

MARKER = 14.0  # diameter of the red problem marker
WHITE = QColor("#ffffff")
TEXT = QColor("#1f1f1f")
MUTED_TEXT = QColor("#7a7a7a")
PROBLEM = QColor("#c62828")
TO_DEBRIEF = QColor(labels.SHIFT_TO_DEBRIEF_COLOUR)
HOLIDAY = QColor("#b3261e")  # a holiday's day title, like the red days of a paper calendar
HOLIDAY_BADGE = QColor("#fde7c4")
ABSENCE_COLOURS = {
    AbsenceKind.LEAVE: QColor("#dcecfb"),
    AbsenceKind.SICKNESS: QColor("#fbe0dd"),
    AbsenceKind.TRAINING: QColor("#ebe3f7"),
    AbsenceKind.OTHER: QColor("#ececec"),
}


@dataclass(frozen=True)
class AbsenceBadge:
    """An absence in the day header: "M. Rossi · Leave", with its period in the tooltip."""

    text: str
    tooltip: str
    colour: QColor


@dataclass(frozen=True)
class DragPreview:
    """The span a drag would ask for, laid out in the week's day columns."""

    starts_at: datetime
    ends_at: datetime
    zone_colour: str | None  # the dragged shift's zone; None for a new shift
    pieces: Sequence[Piece]


@dataclass(frozen=True)
class WeekFonts:
    """The fonts of the week view, derived from the widget's font."""

    block: QFont
    bold: QFont
    title: QFont
    badge: QFont
    line_height: float  # of a line of block text

    @classmethod
    def for_font(cls, font: QFont) -> WeekFonts:
        base = QFont(font)
        block = QFont(base)
        block.setPointSizeF(max(base.pointSizeF() * 0.9, 7.0))
        bold = QFont(block)
        bold.setBold(True)
        title = QFont(base)
        line_height = QFontMetricsF(block).height()
        badge = QFont(block)
        badge.setPointSizeF(max(block.pointSizeF() * 0.95, 7.0))
        return cls(block, bold, title, badge, line_height)


@dataclass(frozen=True)
class WeekScene:
    """What every paint of the week shares: geometry, colours, fonts and today's column."""

    grid: Grid
    palette: QPalette
    fonts: WeekFonts
    today: int | None  # the day column of today; None when today is not in the week shown
    holidays: Mapping[int, str] = field(default_factory=dict)  # day column -> holiday name


def proposed_text() -> str:
    """The label of a ghost block: an outing a proposal of the week would add or change."""
    return QCoreApplication.translate("WeekView", "Proposed")


def marker_rect(block: QRectF) -> QRectF:
    """The problem marker in the top right corner of a block's rectangle."""
    return QRectF(block.right() - MARKER - 3, block.top() + 3, MARKER, MARKER)


def _mix(colour: QColor, other: QColor, amount: float) -> QColor:
    """``colour`` moved ``amount`` (0..1) of the way towards ``other``."""
    return QColor.fromRgbF(
        *(
            a + (b - a) * amount
            for a, b in zip(colour.getRgbF()[:3], other.getRgbF()[:3], strict=True)
        )
    )


def _day_month_pattern(pattern: str) -> str:
    """The locale's short date pattern without the year: 'dd/MM' (it, en_GB), 'M/d' (en_US)."""
    return re.sub(r"[^dMy]*y+[^dMy]*", "", pattern).strip(" .,/-") or "d/M"


# -- the day columns ---------------------------------------------------------------------------


def paint_days(
    painter: QPainter,
    scene: WeekScene,
    *,
    scroll: int,
    dirty: QRect,
    blocks: Mapping[int, ShiftBlock],
    rects: Sequence[tuple[Piece, QRectF]],
    overflows: Sequence[tuple[Overflow, QRectF]] = (),
    selected: int | None,
    dragged: int | None,
    preview: DragPreview | None,
    background: QPixmap | None = None,
) -> None:
    """Paint the viewport: ``dirty`` in viewport coordinates, ``scroll`` pixels down the content.

    ``dragged`` (a shift id) is drawn faded under the ``preview`` of where it would go.
    ``background``, when given, is :func:`grid_pixmap` of the same scene: copied, not drawn.
    """
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(0, -scroll)
    exposed = QRectF(dirty).translated(0, scroll)
    if background is None:
        # Clipped to what is exposed, but laid out over the whole day as in the pixmap: the
        # lines' ends and the fills are the very pixels the pixmap would give.
        painter.save()
        painter.setClipRect(exposed)
        _paint_grid(painter, scene, _day_area(scene, exposed.left(), exposed.width()))
        painter.restore()
    else:
        ratio = background.devicePixelRatio()
        source = QRectF(
            exposed.x() * ratio,
            exposed.y() * ratio,
            exposed.width() * ratio,
            exposed.height() * ratio,
        )
        painter.drawPixmap(exposed, background, source)
    for piece, rect in rects:
        if rect.intersects(exposed):
            painter.setOpacity(0.35 if piece.shift_id == dragged else 1.0)
            block = blocks[piece.shift_id]
            paint_shift_box(painter, scene.palette, block, rect, piece.shift_id == selected)
            _paint_block_text(painter, scene.fonts, block, rect)
            if block.row.locked and not block.ghost:
                paint_lock(painter, rect)
            if block.problems:
                paint_marker(painter, scene.fonts, marker_rect(rect))
    painter.setOpacity(1.0)
    for overflow, rect in overflows:
        if rect.intersects(exposed):
            _paint_overflow(
                painter, scene, overflow=overflow, rect=rect, blocks=blocks, selected=selected
            )
    if preview is not None:
        _paint_preview(painter, scene, preview)
    _paint_hours(painter, scene, exposed)


def grid_pixmap(scene: WeekScene, width: int, ratio: float) -> QPixmap:
    """The day columns, their tints and the hour lines over the whole day, ``width`` pixels
    wide: what every paint of the same week, size and palette shares."""
    area = _day_area(scene, 0, width)
    pixmap = QPixmap(math.ceil(width * ratio), math.ceil(area.height() * ratio))
    pixmap.setDevicePixelRatio(ratio)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _paint_grid(painter, scene, area)
    painter.end()
    return pixmap


def _day_area(scene: WeekScene, left: float, width: float) -> QRectF:
    """The whole day's height of the grid, ``width`` wide from ``left`` (content coordinates)."""
    return QRectF(left, 0, width, math.ceil(scene.grid.height))


def day_tint(scene: WeekScene, day: int) -> QColor | None:
    """The wash over a day column: today, a holiday, a weekend day, or None."""
    if day == scene.today:
        tint = QColor(scene.palette.highlight().color())
        tint.setAlpha(28)
        return tint
    if day in scene.holidays:
        tint = QColor(HOLIDAY)
        tint.setAlpha(20)
        return tint
    if day >= 5:
        return QColor(0, 0, 0, 8)
    return None


def _paint_grid(painter: QPainter, scene: WeekScene, exposed: QRectF) -> None:
    palette, grid = scene.palette, scene.grid
    painter.fillRect(exposed, palette.base())
    for day in range(DAYS):
        column = QRectF(grid.x_of_day(day), exposed.top(), grid.day_width, exposed.height())
        tint = day_tint(scene, day)
        if tint is not None:
            painter.fillRect(column, tint)
    line = QColor(palette.text().color())
    first = max(0, int(exposed.top() // (grid.hour_height / 2)))
    last = min(48, int(exposed.bottom() // (grid.hour_height / 2)) + 1)
    right = grid.x_of_day(DAYS)
    for half in range(first, last + 1):
        line.setAlpha(40 if half % 2 == 0 else 16)
        painter.setPen(QPen(line, 1))
        y = math.floor(grid.y_of_minute(half * 30)) + 0.5
        painter.drawLine(QPointF(grid.gutter, y), QPointF(right, y))
    line.setAlpha(50)
    painter.setPen(QPen(line, 1))
    for day in range(DAYS + 1):
        x = math.floor(grid.x_of_day(day)) + 0.5
        painter.drawLine(QPointF(x, exposed.top()), QPointF(x, exposed.bottom()))


def _paint_hours(painter: QPainter, scene: WeekScene, exposed: QRectF) -> None:
    grid, palette, line_height = scene.grid, scene.palette, scene.fonts.line_height
    painter.fillRect(QRectF(0, exposed.top(), grid.gutter, exposed.height()), palette.window())
    painter.setFont(scene.fonts.block)
    painter.setPen(palette.placeholderText().color())
    # Each label sits just under its hour line, so the top hour is never cut in half.
    for hour in range(24):
        y = grid.y_of_minute(hour * 60)
        if exposed.top() - line_height <= y <= exposed.bottom():
            label = formatting.format_time(time(hour, 0))
            rect = QRectF(0, y + 1, grid.gutter - 6, line_height)
            painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, label)


def paint_shift_box(
    painter: QPainter, palette: QPalette, block: ShiftBlock, rect: QRectF, selected: bool
) -> None:
    """A shift's box in its zone's colour: hatched when a draft, grey when cancelled, faded
    when done, see-through with a thick dashed edge when proposed (a ghost), darker with a
    ring when selected (the text is the caller's)."""
    if block.ghost:
        _paint_ghost_box(painter, palette, block, rect, selected)
        return
    status = block.row.status
    zone = QColor("#9e9e9e" if status is ShiftStatus.CANCELLED else block.row.zone_colour)
    painter.save()
    if status is ShiftStatus.DONE:  # over: still readable, but steps back
        painter.setOpacity(painter.opacity() * 0.6)
    painter.setPen(Qt.PenStyle.NoPen)
    lightness = 0.86 if status is ShiftStatus.DRAFT else 0.75
    if selected:
        lightness -= 0.2  # the selected block stands out from its neighbours of the same zone
    painter.setBrush(_mix(zone, WHITE, lightness))
    painter.drawRoundedRect(rect, 3, 3)
    border = QPen(zone.darker(120), 1)
    if status is ShiftStatus.DRAFT:
        hatch = QColor(zone)
        hatch.setAlpha(45)
        painter.setBrush(QBrush(hatch, Qt.BrushStyle.BDiagPattern))
        painter.drawRoundedRect(rect, 3, 3)
        border.setStyle(Qt.PenStyle.DashLine)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(border)
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
    bar = QRectF(rect.left(), rect.top(), 4, rect.height())
    painter.fillRect(bar, _mix(zone, WHITE, 0.35) if status is ShiftStatus.DRAFT else zone)
    if block.row.to_debrief:  # worked, debrief missing: an amber edge on the right
        painter.fillRect(QRectF(rect.right() - 4, rect.top(), 4, rect.height()), TO_DEBRIEF)
    painter.restore()
    if selected:
        painter.setPen(QPen(palette.highlight().color(), 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)


def _paint_ghost_box(
    painter: QPainter, palette: QPalette, block: ShiftBlock, rect: QRectF, selected: bool
) -> None:
    """A proposed outing: a pale, see-through fill and a thick dashed edge in its zone's
    colour, so it reads as "not there yet" beside the draft's solid blocks."""
    zone = QColor(block.row.zone_colour)
    painter.save()
    fill = _mix(zone, WHITE, 0.55 if selected else 0.8)
    fill.setAlpha(150)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, 4, 4)
    pen = QPen(zone.darker(140), 2)
    pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 4, 4)
    painter.restore()
    if selected:
        painter.setPen(QPen(palette.highlight().color(), 2.5, Qt.PenStyle.DotLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 4, 4)


def paint_lock(painter: QPainter, rect: QRectF) -> None:
    """A small padlock in the bottom right corner of a locked shift's block."""
    size = 9.0
    if rect.width() < 3 * size or rect.height() < 2.2 * size:
        return
    left, top = rect.right() - size - 5, rect.bottom() - size - 4
    painter.save()
    painter.setPen(QPen(TEXT, 1.2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawArc(QRectF(left + 1.5, top - 3.5, size - 3, 7), 0, 180 * 16)
    painter.setBrush(TEXT)
    painter.drawRect(QRectF(left, top + 1, size, size - 2))
    painter.restore()


def text_fonts(fonts: WeekFonts, block: ShiftBlock) -> tuple[QFont, QFont, QColor]:
    """The bold and plain fonts and the colour of a block's text (struck when cancelled)."""
    struck = block.row.status is ShiftStatus.CANCELLED
    bold, plain = QFont(fonts.bold), QFont(fonts.block)
    bold.setStrikeOut(struck)
    plain.setStrikeOut(struck)
    return bold, plain, MUTED_TEXT if struck else TEXT


@dataclass(frozen=True)
class _BlockText:
    """What a block's text is at one size: worked out once, drawn at every paint."""

    colour: QColor
    bold: QFont
    first_text: str  # the times, and the zone's code when it fits
    state: tuple[QFont, QColor, float, str] | None  # the italic label after them, if any
    lines: tuple[tuple[QFont, str], ...]  # the other lines, elided


# Block texts by (block, size, fonts, device resolution). The blocks of a week read again are
# the same objects (see blocks.shift_blocks), so a repaint or a reload lays out no text again.
_TEXTS: dict[tuple, tuple[ShiftBlock, WeekFonts, _BlockText]] = {}
_TEXTS_KEPT = 4096


def _block_text(
    painter: QPainter, fonts: WeekFonts, block: ShiftBlock, inner: QRectF
) -> _BlockText:
    key = (id(block), id(fonts), inner.width(), inner.height(), painter.device().logicalDpiY())
    found = _TEXTS.get(key)
    if found is not None and found[0] is block and found[1] is fonts:
        return found[2]
    status, line = block.row.status, fonts.line_height
    bold, plain, colour = text_fonts(fonts, block)
    # First line: the times and the zone's code ("18:00 PR" when the range does not fit).
    width = inner.width() - (MARKER + 2 if block.problems else 0)
    bold_metrics, plain_metrics = QFontMetricsF(bold), QFontMetricsF(plain)
    first_text, code_shown = heading(
        block.times, block.start, block.code, width, bold_metrics.horizontalAdvance
    )
    draft_line = False
    shown_state = None
    state = labels.shift_state_label(status, block.row.to_debrief)  # "Draft", "To debrief"
    if block.ghost:
        state = proposed_text()
    if status is ShiftStatus.DRAFT or block.row.to_debrief:
        used = bold_metrics.horizontalAdvance(first_text) + 5
        label = QFont(fonts.block)
        label.setItalic(True)
        if QFontMetricsF(label).horizontalAdvance(state) <= width - used:
            shown_state = (label, TO_DEBRIEF if block.row.to_debrief else TEXT, used, state)
        else:
            draft_line = True  # on a line of its own at the bottom, when there is room
    rows = max(0, int(inner.height() // line) - 1)
    people = block.names or ()
    lines = block_lines(
        code_line=not code_shown,
        zone_name=block.row.zone_name,
        people=people,
        code=block.code,
        rows=rows,
        width=inner.width(),
        measure=plain_metrics.horizontalAdvance,
    )
    if not people and len(lines) < rows:
        lines.append(nobody_text())
    draft_line = draft_line and rows >= len(lines) + 1
    if draft_line:
        lines.append(state)
    painter.save()
    fonted = []
    for index, text in enumerate(lines, start=1):
        font = plain
        if draft_line and index == len(lines):
            font = QFont(plain)
            font.setItalic(True)
        painter.setFont(font)
        elided = painter.fontMetrics().elidedText(
            text, Qt.TextElideMode.ElideRight, round(inner.width())
        )
        fonted.append((font, elided))
    painter.restore()
    made = _BlockText(colour, bold, first_text, shown_state, tuple(fonted))
    if len(_TEXTS) >= _TEXTS_KEPT:
        _TEXTS.clear()
    _TEXTS[key] = (block, fonts, made)
    return made


def _paint_block_text(painter: QPainter, fonts: WeekFonts, block: ShiftBlock, rect: QRectF) -> None:
    inner = rect.adjusted(7, 2, -3, -2)
    if inner.width() < 8 or inner.height() < 6:
        return
    text = _block_text(painter, fonts, block, inner)
    line = fonts.line_height
    width = inner.width() - (MARKER + 2 if block.problems else 0)
    painter.save()
    painter.setClipRect(inner)
    painter.setPen(text.colour)
    first = QRectF(inner.left(), inner.top(), width, line)
    painter.setFont(text.bold)
    left_middle = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    painter.drawText(first, left_middle, text.first_text)
    if text.state is not None:
        label, pen, used, state = text.state
        painter.setFont(label)
        painter.setPen(pen)
        painter.drawText(first.adjusted(used, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, state)
        painter.setPen(text.colour)
    for index, (font, elided) in enumerate(text.lines, start=1):
        painter.setFont(font)
        box = QRectF(inner.left(), inner.top() + index * line, inner.width(), line)
        painter.drawText(box, left_middle, elided)
    painter.restore()


def _paint_overflow(
    painter: QPainter,
    scene: WeekScene,
    *,
    overflow: Overflow,
    rect: QRectF,
    blocks: Mapping[int, ShiftBlock],
    selected: int | None,
) -> None:
    """The "+N" strip: the zone colours of what it holds as dots, the count on top."""
    palette = scene.palette
    painter.save()
    painter.setPen(QPen(palette.mid().color(), 1, Qt.PenStyle.DashLine))
    painter.setBrush(palette.window())
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
    painter.setPen(TEXT)
    painter.setFont(scene.fonts.bold)
    line = scene.fonts.line_height
    box = QRectF(rect.left(), rect.top() + 2, rect.width(), line)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, f"+{len(overflow.shift_ids)}")
    painter.setPen(Qt.PenStyle.NoPen)
    for index, shift_id in enumerate(overflow.shift_ids):
        top = rect.top() + line + 6 + index * 9
        if top + 6 > rect.bottom():
            break
        colour = QColor(blocks[shift_id].row.zone_colour) if shift_id in blocks else TEXT
        painter.setBrush(colour)
        painter.drawEllipse(QRectF(rect.center().x() - 3, top, 6, 6))
    painter.restore()
    if selected in overflow.shift_ids:
        painter.setPen(QPen(palette.highlight().color(), 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)


def paint_marker(painter: QPainter, fonts: WeekFonts, rect: QRectF) -> None:
    painter.save()
    painter.setPen(QPen(WHITE, 1.2))
    painter.setBrush(PROBLEM)
    painter.drawEllipse(rect)
    font = QFont(fonts.bold)
    font.setPixelSize(max(8, round(rect.height() * 0.8)))
    painter.setFont(font)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "!")
    painter.restore()


def _paint_preview(painter: QPainter, scene: WeekScene, preview: DragPreview) -> None:
    starts_at, ends_at = preview.starts_at, preview.ends_at
    if preview.zone_colour is not None:
        colour = QColor(preview.zone_colour)
    else:
        colour = QColor(scene.palette.highlight().color())
    fill = QColor(colour)
    fill.setAlpha(90)
    text = f"{formatting.format_time(starts_at.time())}–{formatting.format_time(ends_at.time())}"
    for piece in preview.pieces:
        rect = QRectF(*scene.grid.piece_rect(piece))
        painter.setBrush(fill)
        painter.setPen(QPen(colour.darker(140), 1.5, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(TEXT)
        painter.setFont(scene.fonts.bold)
        painter.drawText(rect.adjusted(6, 2, -2, -2), Qt.AlignmentFlag.AlignLeft, text)


# -- the day header ----------------------------------------------------------------------------


def paint_header(
    painter: QPainter,
    scene: WeekScene,
    *,
    monday: date | None,
    badges: Sequence[tuple[QRectF, AbsenceBadge]],
    rect: QRect,
    height: int,
) -> None:
    """Paint the day titles and absence ``badges`` of the week of ``monday`` (None: no week yet)
    into the header's ``rect``, with its bottom line at ``height``."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    palette, grid, fonts = scene.palette, scene.grid, scene.fonts
    painter.fillRect(rect, palette.window())
    line = QColor(palette.text().color())
    line.setAlpha(60)
    if monday is None:
        return
    locale = QLocale()
    pattern = _day_month_pattern(locale.dateFormat(QLocale.FormatType.ShortFormat))
    metrics = QFontMetricsF(fonts.title)
    for day in range(DAYS):
        moment = monday + timedelta(days=day)
        name = locale.dayName(moment.isoweekday(), QLocale.FormatType.ShortFormat)
        day_month = locale.toString(QDate(moment.year, moment.month, moment.day), pattern)
        title = f"{name} {day_month}"
        box = QRectF(grid.x_of_day(day), 3, grid.day_width, metrics.height() + 8)
        font = QFont(fonts.title)
        tint = day_tint(scene, day)
        if tint is not None and (day == scene.today or day in scene.holidays):
            painter.fillRect(QRectF(grid.x_of_day(day), 0, grid.day_width, height), tint)
        if day == scene.today:
            font.setBold(True)
            width = QFontMetricsF(font).horizontalAdvance(title) + 16
            pill = QRectF(box.center().x() - width / 2, box.top(), width, box.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.highlight())
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setPen(palette.highlightedText().color())
        elif day in scene.holidays:
            font.setBold(True)
            painter.setPen(HOLIDAY)
        else:
            painter.setPen(palette.text().color())
        painter.setFont(font)
        elided = QFontMetricsF(font).elidedText(title, Qt.TextElideMode.ElideRight, box.width() - 4)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, elided)
    painter.setFont(fonts.badge)
    badge_metrics = QFontMetricsF(fonts.badge)
    for badge_rect, badge in badges:
        text, colour = badge.text, badge.colour
        painter.setPen(QPen(colour.darker(130), 1))
        painter.setBrush(colour)
        painter.drawRoundedRect(badge_rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        painter.setPen(TEXT)
        elided = badge_metrics.elidedText(text, Qt.TextElideMode.ElideRight, badge_rect.width() - 8)
        painter.drawText(badge_rect.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter, elided)
    painter.setPen(QPen(line, 1))
    bottom = height - 0.5
    painter.drawLine(QPointF(0, bottom), QPointF(rect.width(), bottom))
    for day in range(DAYS + 1):
        x = math.floor(grid.x_of_day(day)) + 0.5
        painter.drawLine(QPointF(x, 0), QPointF(x, bottom))
