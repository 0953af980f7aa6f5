"""The calendar's layout choices as pure functions: zone codes, block texts, snapping, crowded
hours, and the zone view's rows, cells and arrow keys."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from console.views.calendar.block_text import (
    Name,
    block_lines,
    heading,
    initials,
    zone_code,
    zone_codes,
)
from console.views.calendar.week_layout import (
    Grid,
    days_touched,
    lay_out_week,
    limit_columns,
    resized,
    snapped_offset,
    span_between,
)
from console.views.calendar.zone_layout import (
    ZoneRow,
    cells_of,
    chip_lines,
    neighbour,
    row_heights,
    zone_rows,
)
from tests.factories import ROME

MONDAY = date(2026, 11, 23)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    moment = MONDAY + timedelta(days=day)
    return datetime(moment.year, moment.month, moment.day, hour, minute, tzinfo=ROME)


def measure(text: str) -> float:
    """A monospaced font: 7 pixels a character."""
    return 7.0 * len(text)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Piazza Roma", "PR"),
        ("Piazza Marconi", "PM"),
        ("Area verde di via Orti Romani", "VOR"),
        ("Stazione", "STA"),
        ("Giardini di Porta Venezia", "GPV"),
        ("Quartiere Po", "QP"),
        ("", "?"),
    ],
)
def test_a_zone_code_comes_from_its_street_or_square(name: str, code: str) -> None:
    assert zone_code(name) == code


def test_zone_codes_are_unique_in_the_week() -> None:
    codes = zone_codes(["Piazza Roma", "Parco Ronchi", "Piazza Roma", "Piazza Marconi"])
    assert codes == {"Piazza Roma": "PR", "Parco Ronchi": "PR2", "Piazza Marconi": "PM"}


def test_initials() -> None:
    assert initials("Mario Rossi") == "MR"
    assert initials("Anna De Luca") == "ADL"
    assert initials("Nicolò Ferri") == "NF"


def test_the_heading_keeps_the_start_time_and_the_zone_code() -> None:
    wide = heading("18:00–22:00", "18:00", "PM", 200, measure)
    assert wide == ("18:00–22:00 · PM", True)
    assert heading("18:00–22:00", "18:00", "PM", 70, measure) == ("18:00 · PM", True)
    # too narrow for the code beside the time: the code goes on the next line
    assert heading("18:00–22:00", "18:00", "PM", 40, measure) == ("18:00", False)
    assert block_lines(
        code_line=True, zone_name="Piazza Marconi", people=(), code="PM", rows=3, width=40,
        measure=measure,
    ) == ["PM"]  # fmt: skip


PAIR = (Name("G. Ferrari E", "GF E"), Name("A. Fontana O", "AF O"))


def test_names_shrink_to_initials_when_narrow_never_mixed() -> None:
    wide = block_lines(
        code_line=False, zone_name="Piazza Roma", people=PAIR, code="PR", rows=5, width=140,
        measure=measure,
    )  # fmt: skip
    assert wide == ["Piazza Roma", "G. Ferrari E", "A. Fontana O"]
    narrow = block_lines(
        code_line=True, zone_name="Piazza Roma", people=PAIR, code="PR", rows=3, width=50,
        measure=measure,
    )  # fmt: skip
    assert narrow == ["PR", "GF E", "AF O"]
    one_row = block_lines(
        code_line=False, zone_name="Piazza Roma", people=PAIR, code="PR", rows=1, width=70,
        measure=measure,
    )  # fmt: skip
    assert one_row == ["GF E · AF O"]
    # one name fits and the other does not: both as initials
    mixed = (Name("G. Re E", "GR E"), Name("A. Fontanaccia O", "AF O"))
    assert block_lines(
        code_line=False, zone_name="X", people=mixed, code="X", rows=2, width=60, measure=measure
    ) == ["GR E", "AF O"]


@pytest.mark.parametrize(
    ("start", "offset", "step", "expected"),
    [
        (9 * 60 + 15, 40, 30, 45),  # 09:15 dragged 40 min lands on 10:00
        (9 * 60 + 15, 40, 15, 45),  # 10:00 too, on the quarter grid
        (9 * 60 + 15, 10, 30, 15),  # 09:25 -> 09:30
        (18 * 60, 50, 60, 60),  # 18:50 -> 19:00
        (18 * 60, 20, 60, 0),  # 18:20 -> 18:00: stays
    ],
)
def test_a_moved_block_starts_on_the_snap_grid(start, offset, step, expected) -> None:
    assert snapped_offset(start, offset, step) == expected


def test_creating_and_resizing_keep_at_least_one_step() -> None:
    start, end = span_between(at(0, 18), at(0, 18, 5), timedelta(hours=12), 30)
    assert end - start == timedelta(minutes=30)
    start, end = resized(at(0, 18), at(0, 22), "end", at(0, 18), timedelta(hours=12), step=60)
    assert (start, end) == (at(0, 18), at(0, 19))


def four_on_friday() -> list:
    return lay_out_week(
        [
            (1, at(4, 18), at(4, 22)),
            (2, at(4, 18), at(4, 22)),
            (3, at(4, 19), at(4, 23)),
            (4, at(4, 20), at(4, 23)),
            (5, at(0, 18), at(0, 22)),  # Monday, alone
        ],
        ROME,
        MONDAY,
    )


def test_crowded_hours_keep_readable_blocks_and_a_plus_n_strip() -> None:
    pieces = four_on_friday()
    shown, overflows = limit_columns(pieces, most=2, squeezed=2)
    assert sorted(p.shift_id for p in shown) == [1, 2, 5]
    (overflow,) = overflows
    assert overflow.shift_ids == (3, 4) and overflow.day == 4
    assert (overflow.start, overflow.end) == (19 * 60, 23 * 60)
    grid = Grid(gutter=40, day_width=140, hour_height=30)
    rects = [grid.piece_rect(p) for p in shown if p.day == 4]
    strip = grid.overflow_rect(overflow)
    for x, _y, width, _h in rects:
        assert width >= 45  # readable, not a sliver
        assert x + width <= strip[0]  # beside the strip, not under it
    assert strip[0] + strip[2] <= grid.x_of_day(5)


def test_a_day_with_room_shows_every_block() -> None:
    shown, overflows = limit_columns(four_on_friday(), most=4, squeezed=3)
    assert len(shown) == 5 and overflows == []


def test_the_zone_rows_are_the_active_zones_and_any_zone_with_a_shift() -> None:
    zones = [(1, "Piazza Marconi", "#d62728", True), (2, "Old", "#000000", False)]
    shifts = [(3, "Piazza Roma", "#1f77b4"), (2, "Old", "#000000")]
    assert [r.zone_id for r in zone_rows(zones, shifts)] == [1, 2, 3]
    assert [r.zone_id for r in zone_rows(zones, [])] == [1]
    assert [r.zone_id for r in zone_rows(zones, shifts, only=3)] == [3]


def test_a_shift_sits_in_the_cell_of_the_day_it_starts() -> None:
    rows = [ZoneRow(1, "Piazza Roma", "#1f77b4"), ZoneRow(2, "Piazza Marconi", "#d62728")]
    shifts = [
        (10, 2, at(1, 20)),
        (11, 2, at(1, 18)),
        (12, 1, at(6, 23)),  # Sunday night across midnight: Sunday
        (13, 1, at(-1, 23)),  # started the Sunday before: Monday
        (14, 9, at(2, 18)),  # a zone not shown
    ]
    assert cells_of(shifts, rows, ROME, MONDAY) == {(1, 1): [11, 10], (0, 6): [12], (0, 0): [13]}


def test_rows_fill_the_view_and_grow_with_their_fullest_cell() -> None:
    assert row_heights([1, 3], chip=40, gap=4, room=0, least=1) == [48, 136]
    assert row_heights([1, 1], chip=40, gap=4, room=200, least=1) == [100, 100]
    # as many lines as people when they fit, down to two
    assert chip_lines([2, 2, 2], 3, line=15, gap=4, room=800) == 4
    assert chip_lines([4, 4, 4], 3, line=15, gap=4, room=500) == 2


def test_arrow_keys_in_the_zone_view() -> None:
    cells = {(0, 0): [1, 2], (0, 3): [3], (1, 0): [4]}
    assert neighbour(cells, None, "down") == 1
    assert neighbour(cells, 1, "right") == 3
    assert neighbour(cells, 2, "right") == 3
    assert neighbour(cells, 3, "left") == 1
    assert neighbour(cells, 1, "down") == 2
    assert neighbour(cells, 2, "down") == 4  # the next row, same day
    assert neighbour(cells, 4, "up") == 2  # the last chip of the row above
    assert neighbour(cells, 3, "right") == 3  # nothing further: stays


@pytest.mark.parametrize(
    ("starts", "ends", "days"),
    [
        # The autumn Sunday (25 October 2026) is 25 hours long: its evening is still Sunday.
        (datetime(2026, 10, 25, 23, 30), datetime(2026, 10, 26, 1, 0), [6]),
        (datetime(2026, 10, 24, 23, 59), datetime(2026, 10, 25, 0, 1), [5, 6]),
        (datetime(2026, 10, 19, 0, 0), datetime(2026, 10, 20, 0, 0), [0]),  # ends at midnight
        (datetime(2026, 10, 10, 8, 0), datetime(2026, 10, 21, 12, 0), [0, 1, 2]),  # from before
        (datetime(2026, 10, 22, 8, 0), datetime(2026, 11, 30, 8, 0), [3, 4, 5, 6]),  # after
        (datetime(2026, 10, 26, 0, 0), datetime(2026, 10, 27, 0, 0), []),  # the next week
    ],
)
def test_days_touched_follow_the_local_midnights(starts, ends, days) -> None:
    monday = date(2026, 10, 19)
    for _twice in range(2):  # the week's midnights are worked out once, then reused
        assert (
            days_touched(starts.replace(tzinfo=ROME), ends.replace(tzinfo=ROME), ROME, monday)
            == days
        )
