"""What the casework operations declare they change: the areas the runner announces after each
one, and the rows it names."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from console.services.cases import (
    case_edits,
    casework,
    debriefs,
    operations,
    people_met,
    referrals,
)
from console.services.changes import Area, declared_writes
from tests.services.declarations import writing_functions

CASES_PACKAGE = Path(operations.__file__).parent


@dataclass(frozen=True)
class _Row:
    id: int = 7
    case_id: int = 5  # a referral's case
    shift_id: int = 3  # a debrief's shift


ROW, CASE, SHIFT, ANY = (7,), (5,), (3,), None
# operation -> the areas it writes, each with the ids announced for a row like _Row()
DECLARED: dict[Callable[..., Any], dict[Area, tuple[int, ...] | None]] = {
    casework.add_note: {Area.NOTES: ROW},
    case_edits.open_case: {Area.CASES: ROW},
    case_edits.update_case: {Area.CASES: ROW},
    case_edits.link_debrief: {Area.CASES: ANY},
    case_edits.link_signal: {Area.CASES: ANY},
    people_met.create_subject: {Area.SUBJECTS: ROW},
    people_met.name_subject: {Area.SUBJECTS: ROW},
    people_met.mark_in_care: {Area.SUBJECTS: ROW},
    people_met.record_consent: {Area.CONSENTS: ROW},
    people_met.withdraw_consent: {Area.CONSENTS: ROW},
    referrals.refer_case: {Area.REFERRALS: ROW, Area.CASES: CASE},  # the case becomes referred
    referrals.accept_referral: {Area.REFERRALS: ROW},
    referrals.decline_referral: {Area.REFERRALS: ROW, Area.CASES: CASE},  # it may reopen
    referrals.complete_referral: {Area.REFERRALS: ROW},
    debriefs.record_debrief: {Area.DEBRIEFS: ROW, Area.SHIFTS: SHIFT},  # the shift becomes done
    debriefs.update_debrief: {Area.DEBRIEFS: ROW},
    # the case is an argument, not in the result: any case may have changed
    operations.record_and_link: {Area.DEBRIEFS: ROW, Area.SHIFTS: SHIFT, Area.CASES: ANY},
}


@pytest.mark.parametrize("operation", DECLARED, ids=lambda fn: fn.__qualname__)
def test_each_writing_operation_declares_its_areas_and_rows(
    operation: Callable[..., Any],
) -> None:
    expected = DECLARED[operation]
    declared = declared_writes(functools.partial(operation, "through a partial, as views call"))
    assert declared is not None
    assert declared.areas == tuple(expected)
    assert declared.changes(_Row()) == list(expected.items())


def test_the_views_call_the_declared_functions_by_their_usual_names() -> None:
    # casework re-exports the case edits: the same function objects, the same declaration.
    assert casework.open_case is case_edits.open_case
    assert casework.update_case is case_edits.update_case
    assert casework.link_debrief is case_edits.link_debrief


def _writing_functions() -> set[str]:
    """Public functions of the package that write a row through the audit or call one that
    does in the same module."""
    writers = {"record_write", "_write", "_link", "_set_case_status", "record_debrief"}
    return writing_functions(CASES_PACKAGE, writers)


def test_no_writing_operation_is_left_undeclared() -> None:
    declared = {f"{fn.__module__.rsplit('.', 1)[-1]}.{fn.__name__}" for fn in DECLARED}
    assert _writing_functions() == declared  # equal: the search finds what it must
