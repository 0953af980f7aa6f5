"""The .ics content lines written directly: escaping, folding at 75 octets without cutting a
UTF-8 character, read back by icalendar's own parser."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar.parser import Contentline, Contentlines

from console.services.planning import ics_lines
from tests.factories import ROME


@pytest.mark.parametrize(
    "value",
    [
        "corto",
        "x" * 200,
        "è" * 100,  # two octets each: a fold never splits one
        "€" * 60 + "a" * 7,  # three octets each, the boundary moved by the ASCII tail
        "Presenza, ascolto; vicino alle panchine\\nseconda riga\ncon a capo " * 4,
        "😀 emoji " * 30,  # four octets each
    ],
)
def test_a_folded_line_reads_back_whole_and_no_piece_is_longer_than_75_octets(
    value: str,
) -> None:
    written = ics_lines.line("DESCRIPTION", ics_lines.text(value))
    assert written.endswith("\r\n")
    pieces = written[:-2].split("\r\n")
    assert all(len(piece.encode("utf-8")) <= 75 for piece in pieces)
    assert all(piece.startswith(" ") for piece in pieces[1:])
    [unfolded] = Contentlines.from_ical(written)[:1]
    assert Contentline(unfolded).parts() == ("DESCRIPTION", {}, value.replace("\r", ""))


def test_text_escapes_what_rfc_5545_says() -> None:
    assert ics_lines.text("a\\b;c,d\ne\r") == "a\\\\b\\;c\\,d\\ne"


def test_times_in_utc_form() -> None:
    moment = datetime(2026, 11, 24, 18, 0, tzinfo=ROME)
    assert ics_lines.utc_stamp(moment) == "20261124T170000Z"
    assert ics_lines.utc_stamp(moment.astimezone(UTC)) == "20261124T170000Z"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab \\;,:\n\r"èé€😀')), max_size=40))
def test_any_text_escaped_reads_back_as_it_was_without_carriage_returns(value: str) -> None:
    escaped = ics_lines.text(value)
    assert "\n" not in escaped and "\r" not in escaped
    [unfolded] = Contentlines.from_ical(ics_lines.line("DESCRIPTION", escaped))[:1]
    assert Contentline(unfolded).parts() == ("DESCRIPTION", {}, value.replace("\r", ""))
