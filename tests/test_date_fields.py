"""Every date field of the window offers only the days the services accept (1900-2100): each
``QDateEdit``/``QDateTimeEdit`` is made through ``formatting.console_dates``. A year typed as
9999 is then impossible to enter instead of refused after a click."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDateEdit

from console.services import bounds
from console.views.common.formatting import console_dates

VIEWS = Path(__file__).resolve().parent.parent / "console" / "views"
MADE = re.compile(r"\bQDate(?:Time)?Edit\(")


def _constructions() -> list[tuple[str, int, str]]:
    found = []
    for path in sorted(VIEWS.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if MADE.search(line) and not line.lstrip().startswith(("class ", "#")):
                found.append((str(path.relative_to(VIEWS)), number, line.strip()))
    return found


def test_there_are_date_fields_to_check() -> None:
    assert len(_constructions()) > 10


@pytest.mark.parametrize(("where", "number", "line"), _constructions())
def test_every_date_field_is_bounded(where: str, number: int, line: str) -> None:
    assert "console_dates(" in line, f"{where}:{number} makes a date field without its range"


def test_the_range_is_the_services(qtbot) -> None:
    edit = console_dates(QDateEdit())
    qtbot.addWidget(edit)
    assert edit.minimumDate().toPython() == bounds.FIRST_DAY
    assert edit.maximumDate().toPython() == bounds.LAST_DAY
