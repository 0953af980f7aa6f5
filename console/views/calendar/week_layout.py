"""Week view geometry: shifts cut into day pieces on the local wall clock, placed side by side."""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

DAYS = 7
DAY_MINUTES = 24 * 60
SNAP_MINUTES = 15  # the finest step a drag snaps to (the setting offers 15, 30 or 60)
SNAP_CHOICES = (15, 30, 60)


# -- the local wall clock ----------------------------------------------------------------------


def wall_position(moment: datetime, tz: ZoneInfo, monday: date) -> tuple[int, int]:
    """(day index from ``monday``, wall-clock minutes since local midnight) of an aware moment.

    The day index may fall outside 0..6 for moments outside the week. In a DST week the
    changing day is still 24 rows of wall-clock time: 01:00 is at row 1 whatever happened at
    02:00 or 03:00.
    """
    local = moment.astimezone(tz)
    return (local.date() - monday).days, local.hour * 60 + local.minute


def wall_time(monday: date, tz: ZoneInfo, day: int, minutes: int) -> datetime:
    """The aware moment (in ``tz``) shown at ``minutes`` of day ``day``; 1440 is next midnight.

    A wall time that does not exist (the spring-forward hour) comes back as the real moment
    with the same offset as before the change, i.e. an hour later on the clock.
    """
    day_start = datetime.combine(monday + timedelta(days=day), time(0), tz)
    # Adding to an aware datetime is wall-clock arithmetic on purpose: rows are wall time.
    return (day_start + timedelta(minutes=minutes)).astimezone(UTC).astimezone(tz)


def snap(minutes: float, step: int = SNAP_MINUTES) -> int:
    """The nearest multiple of ``step`` (halves round up, so 21:10 -> 21:15, 21:07 -> 21:00)."""
    return math.floor(minutes / step + 0.5) * step


def snapped_offset(start_minute: int, offset: float, step: int = SNAP_MINUTES) -> int:
    """The minutes a block starting at wall minute ``start_minute`` moves when dragged by
    ``offset``: its new start lands on the ``step`` grid (09:15 dragged by 40 minutes with a
    30-minute step starts at 10:00, not 09:45)."""
    return snap(start_minute + offset, step) - start_minute


def moved(
    starts_at: datetime, ends_at: datetime, tz: ZoneInfo, days: int, minutes: int
) -> tuple[datetime, datetime]:
    """A shift moved by whole days and minutes of wall clock, keeping its real length."""
    local = starts_at.astimezone(tz)
    # Wall-clock shift of the start (a move of "one day" keeps the time of day across DST).
    new_start = (local + timedelta(days=days, minutes=minutes)).astimezone(UTC)
    length = ends_at.astimezone(UTC) - starts_at.astimezone(UTC)
    return new_start.astimezone(tz), (new_start + length).astimezone(tz)


def span_between(
    anchor: datetime, cursor: datetime, longest: timedelta, step: int = SNAP_MINUTES
) -> tuple[datetime, datetime]:
    """The interval a drag from ``anchor`` to ``cursor`` (either way) sweeps, in the zone of
    ``anchor``: at least ``step`` minutes, and at most ``longest`` away from the anchor."""
    tz = anchor.tzinfo
    fixed, moving = anchor.astimezone(UTC), cursor.astimezone(UTC)
    quarter = timedelta(minutes=step)
    if moving >= fixed:
        start, end = fixed, min(max(moving, fixed + quarter), fixed + longest)
    else:
        start, end = max(moving, fixed - longest), fixed
    return start.astimezone(tz), end.astimezone(tz)


def resized(
    starts_at: datetime,
    ends_at: datetime,
    edge: str,
    to: datetime,
    longest: timedelta,
    *,
    step: int = SNAP_MINUTES,
) -> tuple[datetime, datetime]:
    """The shift with its "start" or "end" ``edge`` dragged to ``to``, in the zone of ``to``:
    at least ``step`` minutes and at most ``longest`` long."""
    quarter = timedelta(minutes=step)
    start, end, moment = starts_at.astimezone(UTC), ends_at.astimezone(UTC), to.astimezone(UTC)
    if edge == "end":
        end = min(max(moment, start + quarter), start + longest)
    else:
        start = max(min(moment, end - quarter), end - longest)
    return start.astimezone(to.tzinfo), end.astimezone(to.tzinfo)


# -- pieces and columns ------------------------------------------------------------------------


@dataclass(frozen=True)
class Piece:
    """The part of a shift drawn in one day column, in wall-clock minutes of that day."""

    shift_id: int
    day: int  # 0 = Monday
    start: int  # minutes since local midnight, 0..1439
    end: int  # start < end <= 1440
    first: bool  # holds the shift's start (its top edge resizes the start)
    last: bool  # holds the shift's end (its bottom edge resizes the end)
    column: int = 0  # side-by-side slot inside the cluster of overlapping pieces
    span: int = 1  # slots it may widen into (free to its right for its whole length)
    columns: int = 1  # slots in its cluster
    cluster: int = 0  # which cluster of overlapping pieces of its day it belongs to
    squeezed: bool = False  # shares its day with a "+N" strip on the right


@dataclass(frozen=True)
class Overflow:
    """The "+N" strip standing for the pieces of a crowded cluster that have no room left."""

    day: int
    start: int
    end: int
    shift_ids: tuple[int, ...]  # in time order


def cut_into_days(
    shift_id: int, starts_at: datetime, ends_at: datetime, tz: ZoneInfo, monday: date
) -> list[Piece]:
    """One piece per day column the shift touches inside the week (two across midnight)."""
    first_day, start = wall_position(starts_at, tz, monday)
    last_day, end = wall_position(ends_at, tz, monday)
    if end == 0 and last_day > first_day:  # ends at midnight: the end of the day before
        last_day, end = last_day - 1, DAY_MINUTES
    pieces = []
    for day in range(max(first_day, 0), min(last_day, DAYS - 1) + 1):
        top = start if day == first_day else 0
        bottom = end if day == last_day else DAY_MINUTES
        # The autumn night can put a short shift's wall end before its start: keep it visible.
        bottom = max(bottom, min(top + SNAP_MINUTES, DAY_MINUTES))
        top = min(top, bottom - 1)
        pieces.append(Piece(shift_id, day, top, bottom, day == first_day, day == last_day))
    return pieces


def _place_cluster(cluster: list[Piece], number: int) -> list[Piece]:
    """Greedy slots: each piece takes the leftmost slot free at its start."""
    slot_ends: list[int] = []
    slots: list[int] = []
    for piece in cluster:
        for index, busy_until in enumerate(slot_ends):
            if busy_until <= piece.start:
                slot_ends[index] = piece.end
                slots.append(index)
                break
        else:
            slot_ends.append(piece.end)
            slots.append(len(slot_ends) - 1)
    count = len(slot_ends)
    placed = []
    for piece, slot in zip(cluster, slots, strict=True):
        span = 1
        while slot + span < count and not any(
            other_slot == slot + span and other.start < piece.end and piece.start < other.end
            for other, other_slot in zip(cluster, slots, strict=True)
        ):
            span += 1
        # Made directly, not with dataclasses.replace: a busy week places hundreds of pieces.
        placed.append(
            Piece(
                piece.shift_id,
                piece.day,
                piece.start,
                piece.end,
                piece.first,
                piece.last,
                column=slot,
                span=span,
                columns=count,
                cluster=number,
                squeezed=piece.squeezed,
            )
        )
    return placed


def place_side_by_side(pieces: Iterable[Piece]) -> list[Piece]:
    """The classic calendar layout, per day: clusters of overlapping pieces share the column
    width; a piece widens to the right over slots left free for its whole length."""
    by_day: dict[int, list[Piece]] = {}
    for piece in pieces:
        by_day.setdefault(piece.day, []).append(piece)
    placed: list[Piece] = []
    for day in sorted(by_day):
        ordered = sorted(by_day[day], key=lambda p: (p.start, -p.end, p.shift_id))
        cluster: list[Piece] = []
        cluster_end = -1
        for piece in ordered:
            if cluster and piece.start >= cluster_end:
                placed.extend(_place_cluster(cluster, len(placed)))
                cluster, cluster_end = [], -1
            cluster.append(piece)
            cluster_end = max(cluster_end, piece.end)
        placed.extend(_place_cluster(cluster, len(placed)))
    return placed


def limit_columns(
    pieces: Sequence[Piece], most: int, squeezed: int
) -> tuple[list[Piece], list[Overflow]]:
    """Keep clusters to ``most`` slots: a cluster with more shows its first ``squeezed`` slots
    beside a narrow :class:`Overflow` strip for the pieces left out (``squeezed`` >= 1)."""
    clusters: dict[tuple[int, int], list[Piece]] = {}
    for piece in pieces:
        clusters.setdefault((piece.day, piece.cluster), []).append(piece)
    shown: list[Piece] = []
    overflows: list[Overflow] = []
    keep = max(squeezed, 1)
    for (day, _number), members in sorted(clusters.items()):
        if members[0].columns <= max(most, 1):
            shown.extend(members)
            continue
        hidden = sorted(
            (p for p in members if p.column >= keep), key=lambda p: (p.start, p.shift_id)
        )
        shown.extend(
            replace(p, columns=keep, span=min(p.span, keep - p.column), squeezed=True)
            for p in members
            if p.column < keep
        )
        overflows.append(
            Overflow(
                day,
                min(p.start for p in hidden),
                max(p.end for p in hidden),
                tuple(dict.fromkeys(p.shift_id for p in hidden)),
            )
        )
    return sorted(shown, key=lambda p: (p.day, p.start, p.column)), overflows


def lay_out_week(
    shifts: Iterable[tuple[int, datetime, datetime]], tz: ZoneInfo, monday: date
) -> list[Piece]:
    """Every piece of the week's shifts ``(id, starts_at, ends_at)``, placed, by day then top."""
    pieces = [
        piece
        for shift_id, starts_at, ends_at in shifts
        for piece in cut_into_days(shift_id, starts_at, ends_at, tz, monday)
    ]
    return sorted(place_side_by_side(pieces), key=lambda p: (p.day, p.start, p.column))


def neighbour(pieces: Sequence[Piece], selected: int | None, direction: str) -> int | None:
    """The shift an arrow key selects: "up"/"down" the previous/next block in time order,
    "left"/"right" the block nearest in time of day in the closest day before/after."""
    order = sorted((p for p in pieces if p.first), key=lambda p: (p.day, p.start, p.column))
    order = order or sorted(pieces, key=lambda p: (p.day, p.start, p.column))
    current = next((p for p in order if p.shift_id == selected), None)
    if current is None:
        return order[0].shift_id if order else None
    step = -1 if direction in ("up", "left") else 1
    if direction in ("up", "down"):
        index = min(max(order.index(current) + step, 0), len(order) - 1)
        return order[index].shift_id
    day = current.day + step
    while 0 <= day < DAYS:
        candidates = [p for p in order if p.day == day]
        if candidates:
            return min(candidates, key=lambda p: abs(p.start - current.start)).shift_id
        day += step
    return current.shift_id


def days_touched(
    starts_at: datetime, ends_at: datetime, tz: ZoneInfo, monday: date
) -> Sequence[int]:
    """The day columns (0..6) an interval such as an absence overlaps."""
    bounds = _midnights(monday, tz)
    starts, ends = starts_at.astimezone(UTC), ends_at.astimezone(UTC)
    return [day for day in range(DAYS) if starts < bounds[day + 1] and ends > bounds[day]]


@functools.lru_cache(maxsize=16)
def _midnights(monday: date, tz: ZoneInfo) -> tuple[datetime, ...]:
    """The eight local midnights (UTC) that bound the days of the week of ``monday``: worked
    out once per week, not for every absence of it."""
    return tuple(wall_time(monday, tz, day, 0).astimezone(UTC) for day in range(DAYS + 1))


# -- pixels ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Grid:
    """Pixel geometry of the day columns, in content coordinates (y = 0 at local midnight)."""

    gutter: float  # width of the hour labels on the left
    day_width: float
    hour_height: float
    padding: float = 6.0  # room kept free on the right of each day, to click on empty space
    overflow_width: float = 26.0  # the "+N" strip of a crowded day

    @property
    def height(self) -> float:
        """The whole day, 24 wall-clock hours (also on the 23 and 25 hour DST days)."""
        return 24 * self.hour_height

    def x_of_day(self, day: int) -> float:
        return self.gutter + day * self.day_width

    def y_of_minute(self, minutes: float) -> float:
        return minutes * self.hour_height / 60

    def day_at(self, x: float) -> int:
        return min(max(int((x - self.gutter) // self.day_width), 0), DAYS - 1)

    def minute_at(self, y: float) -> float:
        return min(max(y * 60 / self.hour_height, 0.0), float(DAY_MINUTES))

    def part_at(self, piece: Piece, y: float, edge: float) -> str:
        """Which part of a piece's block a content ``y`` is on: "start" or "end" (the resize
        edges, only where the shift really starts or ends) or "move"."""
        _x, top, _width, height = self.piece_rect(piece)
        edge = min(edge, height / 4)
        if piece.first and y - top <= edge:
            return "start"
        if piece.last and top + height - y <= edge:
            return "end"
        return "move"

    def most_columns(self, narrowest: float, *, squeezed: bool = False) -> int:
        """How many blocks at least ``narrowest`` wide fit side by side in a day (at least 1),
        ``squeezed`` beside a "+N" strip."""
        room = self.day_width - self.padding - (self.overflow_width if squeezed else 0)
        return max(1, int(room // max(narrowest, 1.0)))

    def overflow_rect(self, overflow: Overflow) -> tuple[float, float, float, float]:
        """(x, y, width, height) of a "+N" strip, on the right of its day."""
        x = self.x_of_day(overflow.day) + self.day_width - self.padding - self.overflow_width
        top = self.y_of_minute(overflow.start) + 1
        height = max(self.y_of_minute(overflow.end) - top - 1, 6.0)
        return x + 1, top, self.overflow_width - 2, height

    def piece_rect(self, piece: Piece) -> tuple[float, float, float, float]:
        """(x, y, width, height) of a placed piece, with a pixel of air around it."""
        room = self.day_width - self.padding - (self.overflow_width if piece.squeezed else 0)
        slot = room / piece.columns
        x = self.x_of_day(piece.day) + piece.column * slot + 1
        top = self.y_of_minute(piece.start) + 1
        height = max(self.y_of_minute(piece.end) - top - 1, 6.0)
        return x, top, slot * piece.span - 2, height
