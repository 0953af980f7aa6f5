"""Zone view geometry: a row per zone, a column per day, each outing a chip in its cell.

Pure functions: which zones are rows, which cell holds each shift (the day it starts on), the
rows' heights for the room there is, and where the arrow keys go.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from console.views.calendar.week_layout import DAYS, wall_position

Cell = tuple[int, int]  # (row index, day 0..6)
MIN_ROW_CHIPS = 2  # rows keep room for two chips even when emptier


@dataclass(frozen=True)
class ZoneRow:
    zone_id: int
    name: str
    colour: str


def zone_rows(
    zones: Iterable[tuple[int, str, str, bool]],
    shifts: Iterable[tuple[int, str, str]],
    only: int | None = None,
) -> list[ZoneRow]:
    """The rows: the active ``zones`` ``(id, name, colour, active)`` in their order, and any
    other zone with a shift ``(zone id, name, colour)`` this week; only zone ``only`` when the
    calendar is narrowed to one."""
    rows: dict[int, ZoneRow] = {}
    busy = {zone_id: (name, colour) for zone_id, name, colour in shifts}
    for zone_id, name, colour, active in zones:
        if active or zone_id in busy:
            rows[zone_id] = ZoneRow(zone_id, name, colour)
    for zone_id, (name, colour) in busy.items():
        rows.setdefault(zone_id, ZoneRow(zone_id, name, colour))
    return [row for row in rows.values() if only is None or row.zone_id == only]


def cells_of(
    shifts: Iterable[tuple[int, int, datetime]],
    rows: Sequence[ZoneRow],
    tz: ZoneInfo,
    monday: date,
) -> dict[Cell, list[int]]:
    """The shift ids ``(id, zone id, starts_at)`` in each cell, by start: a shift sits on the
    day it starts (one that started the Sunday before, across midnight, on Monday)."""
    index = {row.zone_id: number for number, row in enumerate(rows)}
    found: dict[Cell, list[tuple[datetime, int]]] = {}
    for shift_id, zone_id, starts_at in shifts:
        if zone_id not in index:
            continue
        day, _minute = wall_position(starts_at, tz, monday)
        cell = (index[zone_id], min(max(day, 0), DAYS - 1))
        found.setdefault(cell, []).append((starts_at, shift_id))
    return {cell: [i for _at, i in sorted(items)] for cell, items in found.items()}


def row_heights(
    chips: Sequence[int], chip: float, gap: float, room: float, least: int = 1
) -> list[float]:
    """Each row as tall as its fullest cell (``chips`` of them, at least ``least``), the
    room left over shared out evenly so the rows fill the view."""
    needed = [max(count, least) * (chip + gap) + gap for count in chips]
    spare = room - sum(needed)
    if spare > 0 and needed:
        needed = [height + spare / len(needed) for height in needed]
    return needed


def chip_lines(chips: Sequence[int], most_people: int, line: float, gap: float, room: float) -> int:
    """How many lines of text each chip gets: a line for the time and one per person when
    the rows still fit in ``room`` that way, else fewer, down to two (the people on one)."""
    for lines in range(max(most_people, 1) + 1, 2, -1):
        if sum(row_heights(chips, lines * line + 8, gap, 0.0, MIN_ROW_CHIPS)) <= room:
            return lines
    return 2


@dataclass(frozen=True)
class ZoneGrid:
    """Pixel geometry, content coordinates: zone names on the left, then the day columns."""

    gutter: float
    day_width: float
    heights: tuple[float, ...]
    chip: float  # height of a chip
    gap: float = 4.0

    @property
    def height(self) -> float:
        return sum(self.heights)

    def x_of_day(self, day: int) -> float:
        return self.gutter + day * self.day_width

    def top_of_row(self, row: int) -> float:
        return sum(self.heights[:row])

    def day_at(self, x: float) -> int:
        return min(max(int((x - self.gutter) // self.day_width), 0), DAYS - 1)

    def row_at(self, y: float) -> int | None:
        top = 0.0
        for row, height in enumerate(self.heights):
            if top <= y < top + height:
                return row
            top += height
        return None

    def cell_at(self, x: float, y: float) -> Cell | None:
        """The cell under a content point (None over the zone names or below the rows)."""
        row = self.row_at(y)
        if row is None or x < self.gutter:
            return None
        return row, self.day_at(x)

    def chip_rect(self, cell: Cell, index: int) -> tuple[float, float, float, float]:
        """(x, y, width, height) of the ``index``-th chip of a cell."""
        row, day = cell
        x = self.x_of_day(day) + self.gap
        y = self.top_of_row(row) + self.gap + index * (self.chip + self.gap)
        return x, y, self.day_width - 2 * self.gap, self.chip

    def cell_rect(self, cell: Cell) -> tuple[float, float, float, float]:
        row, day = cell
        return self.x_of_day(day), self.top_of_row(row), self.day_width, self.heights[row]


def neighbour(
    cells: Mapping[Cell, Sequence[int]], selected: int | None, direction: str
) -> int | None:
    """The chip an arrow key selects: "left"/"right" the nearest chip in the same row on an
    earlier/later day, "up"/"down" the chip above/below in the cell, then in the rows around."""
    where = {i: (cell, n) for cell, ids in cells.items() for n, i in enumerate(ids)}
    if not where:
        return None
    if selected not in where:
        return cells[min(cells)][0]
    cell, index = where[selected]
    if direction in ("left", "right"):
        found = _sideways(cells, cell, index, -1 if direction == "left" else 1)
    else:
        found = _vertically(cells, cell, index, -1 if direction == "up" else 1)
    return selected if found is None else found


def _sideways(cells: Mapping[Cell, Sequence[int]], cell: Cell, index: int, step: int) -> int | None:
    row, day = cell
    other = day + step
    while 0 <= other < DAYS:
        ids = cells.get((row, other))
        if ids:
            return ids[min(index, len(ids) - 1)]
        other += step
    return None


def _vertically(
    cells: Mapping[Cell, Sequence[int]], cell: Cell, index: int, step: int
) -> int | None:
    row, day = cell
    ids = cells[cell]
    if 0 <= index + step < len(ids):
        return ids[index + step]
    rows = sorted(r for r, d in cells if d == day and (r - row) * step > 0)
    if not rows:
        return None
    target = cells[(rows[0] if step > 0 else rows[-1], day)]
    return target[0] if step > 0 else target[-1]
