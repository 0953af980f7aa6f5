"""Areas are declared once; an operation's declaration says what it writes and which rows."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import pytest

from console.services.cases.debriefs import record_debrief
from console.services.cases.operations import record_and_link
from console.services.changes import Area, declared_writes, field_ids, row_id, writes


@dataclass(frozen=True)
class _Row:
    id: int


@writes(Area.SHIFTS, Area.CASES, ids=row_id)
def _saves(_session: object, value: int) -> _Row:
    return _Row(value)


def test_a_declaration_names_areas_and_the_ids_of_the_result() -> None:
    declared = declared_writes(functools.partial(_saves, value=4))
    assert declared is not None
    assert declared.changes(_Row(4)) == [(Area.SHIFTS, (4,)), (Area.CASES, (4,))]


def test_reads_declare_nothing_and_areas_must_be_areas() -> None:
    assert declared_writes(len) is None
    with pytest.raises(TypeError, match="not an Area"):
        writes("shifts")  # type: ignore[arg-type]


def test_area_values_are_the_table_names_views_already_hear() -> None:
    assert Area.SHIFTS == "shifts" and Area.DEBRIEFS == "interventions"
    assert len({a.value for a in Area}) == len(Area)


@dataclass(frozen=True)
class _Debrief:
    id: int
    shift_id: int | None


def test_ids_may_be_declared_per_area() -> None:
    declared = declared_writes(record_debrief)
    assert declared is not None
    assert declared.changes(_Debrief(7, 3)) == [(Area.DEBRIEFS, (7,)), (Area.SHIFTS, (3,))]
    assert declared.changes(_Debrief(8, None)) == [(Area.DEBRIEFS, (8,)), (Area.SHIFTS, ())]
    linked = declared_writes(record_and_link)
    assert linked is not None  # the case is an argument: any case may have changed
    assert linked.changes(_Debrief(7, 3))[2] == (Area.CASES, None)
    with pytest.raises(TypeError, match="not written"):
        writes(Area.SHIFTS, ids={Area.CASES: row_id})
    assert field_ids("shift_id").__name__ == "ids_in_shift_id"
