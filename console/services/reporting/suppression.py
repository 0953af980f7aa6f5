"""Small-number suppression: a count of people under the threshold is never shown, and a
group's shown cells and total never give it back by subtraction.

A :class:`Count` is a count derived from people (contacts, people met, cases, referrals) as it
may be shown: its value, or ``None`` when suppressed (the true value is not kept, so it cannot
leak into a screen or a file). Zero is shown: it identifies nobody.

Rules for a group (cells that add up to a total, e.g. contacts by age band):

1. primary: a cell or total with ``0 < value < threshold`` is suppressed;
2. secondary: when exactly one cell is suppressed and the total is shown, the smallest other
   non-zero cell is suppressed too, so that total minus the shown cells gives only the sum of
   two cells. (When the other cells are all zero the total equals the suppressed cell and is
   suppressed by rule 1.)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypeVar

from console import texts

K = TypeVar("K")

DEFAULT_THRESHOLD = 5


@dataclass(frozen=True)
class Count:
    """A count of people as it may be shown: ``value`` or, suppressed, ``None``."""

    value: int | None
    threshold: int = DEFAULT_THRESHOLD

    @property
    def suppressed(self) -> bool:
        return self.value is None

    def text(self) -> str:
        """'12', or '<5' when suppressed."""
        return f"<{self.threshold}" if self.value is None else str(self.value)

    def __str__(self) -> str:
        return self.text()


def below(value: int, threshold: int) -> bool:
    """True when ``value`` must not be shown (rule 1)."""
    return 0 < value < threshold


def count(value: int, threshold: int = DEFAULT_THRESHOLD) -> Count:
    """One count on its own (rule 1 only)."""
    return Count(None if below(value, threshold) else value, threshold)


def suppress_group(
    cells: Mapping[K, int], total: int, threshold: int = DEFAULT_THRESHOLD
) -> tuple[dict[K, Count], Count]:
    """The cells (same keys, same order) and the total as they may be shown (rules 1 and 2).

    ``total`` is what the group is shown against; it is usually the cells' sum."""
    hidden = {key for key, value in cells.items() if below(value, threshold)}
    shown_total = count(total, threshold)
    if len(hidden) == 1 and not shown_total.suppressed:
        others = [(value, key) for key, value in cells.items() if key not in hidden and value > 0]
        if others:
            hidden.add(min(others, key=lambda pair: pair[0])[1])
    shown = {
        key: Count(None if key in hidden else value, threshold) for key, value in cells.items()
    }
    return shown, shown_total


def change_text(
    current: Count | float | int, previous: Count | float | int | None, lang: str = "en"
) -> str:
    """'+3', '−2', '+1,5' (it), '0' or '' (no previous period, or either side suppressed)."""
    if previous is None:
        return ""
    now = current.value if isinstance(current, Count) else current
    before = previous.value if isinstance(previous, Count) else previous
    if now is None or before is None:
        return ""
    difference = now - before
    places = 1 if isinstance(difference, float) and not difference.is_integer() else 0
    text = texts.number(abs(difference), places, lang)
    if difference > 0:
        return f"+{text}"
    if difference < 0:
        return f"\u2212{text}"
    return "0"
