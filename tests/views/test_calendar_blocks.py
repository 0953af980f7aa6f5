"""The texts of the calendar's shift blocks: each shift its own times and names, however many
shifts share a time or a person (the texts are made once per distinct value)."""

from __future__ import annotations

import dataclasses

from console.services.planning.rules import Violation, ViolationKind
from console.views.calendar.blocks import LOCK_MARK, shift_blocks
from tests.factories import ROME
from tests.views.test_week_view import BIANCHI, NERI, ROSSI, at, day, plan, shift


def test_shared_times_and_people_keep_each_shift_its_own_texts(qtbot) -> None:
    locked_rossi = dataclasses.replace(ROSSI, locked=True)
    week = plan(
        day(0),
        [
            shift(1, at(day(0), 18), at(day(0), 22), people=(ROSSI, BIANCHI)),
            shift(2, at(day(1), 18), at(day(1), 22), people=(locked_rossi, BIANCHI)),
            shift(3, at(day(2), 18, 30), at(day(2), 21, 45), people=(ROSSI, NERI)),
            shift(4, at(day(3), 22), at(day(4), 2), people=()),
        ],
        violations=(Violation(ViolationKind.NO_EDUCATOR, 4, None, "no educator"),),
    )
    blocks = shift_blocks(week, ROME)
    assert [blocks[i].times for i in (1, 2, 3, 4)] == [
        "18:00–22:00",
        "18:00–22:00",
        "18:30–21:45",
        "22:00–02:00",
    ]
    assert [blocks[i].start for i in (1, 3, 4)] == ["18:00", "18:30", "22:00"]
    assert blocks[1].people == ("M. Rossi E", "L. Bianchi O")
    assert blocks[2].people == (f"{LOCK_MARK}M. Rossi E", "L. Bianchi O")  # locked here only
    assert [n.short for n in blocks[2].names] == [f"{LOCK_MARK}MR E", "LB O"]
    assert blocks[3].people == ("M. Rossi E", "A. Neri O")
    assert blocks[4].people == ()
    assert blocks[4].problems == ("Joint shift without an educator",)
    assert not blocks[1].problems
