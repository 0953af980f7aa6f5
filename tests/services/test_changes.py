"""Areas are declared once; an operation's declaration says what it writes and which rows."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import pytest

from console.services.changes import Area, declared_writes, row_id, writes


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
