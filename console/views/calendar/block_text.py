"""What a shift block or chip says for its size: pure text choices, measured by the caller.

The time and the zone's short code always show; names shrink to initials when the block is
narrow, and the hover card (the tooltip) keeps everything.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

Measure = Callable[[str], float]  # the width in pixels of a text in the block's font

# Words a zone's code skips: articles and prepositions (Italian and English).
_SMALL_WORDS = frozenset({
    "a", "al", "alla", "alle", "agli", "ai", "da", "dal", "dalla", "dei", "degli", "delle",
    "del", "della", "di", "d", "e", "ed", "il", "i", "in", "l", "la", "le", "lo", "gli",
    "the", "of", "and", "at",
})  # fmt: skip
# Words that start a place's own name: "Area verde di via Orti Romani" is known by its street.
_PLACE_WORDS = frozenset({
    "via", "viale", "piazza", "piazzale", "piazzetta", "corso", "largo", "vicolo", "parco",
    "giardini", "giardino", "lungo", "lungopo", "strada", "street", "square", "park",
})  # fmt: skip
MAX_CODE = 4


def zone_code(name: str) -> str:
    """A short code for a zone: the initials of its name from its street or square on
    ("Piazza Roma" -> "PR", "Area verde di via Orti Romani" -> "VOR"), small words left out;
    a one-word name gives its first three letters ("Stazione" -> "STA")."""
    words = [w for w in re.split(r"[\s'’\-/.,]+", name) if w]
    if not words:
        return "?"
    lowered = [w.lower() for w in words]
    starts = [i for i, w in enumerate(lowered) if w in _PLACE_WORDS]
    if starts and len(words) - starts[-1] >= 2:
        words = words[starts[-1] :]
    kept = [w for w in words if w.lower() not in _SMALL_WORDS] or words
    if len(kept) == 1:
        return kept[0][:3].upper()
    return "".join(w[0] for w in kept[:MAX_CODE]).upper()


def zone_codes(names: Iterable[str]) -> dict[str, str]:
    """Each distinct name's :func:`zone_code`, made unique among ``names`` by a number
    ("PR", "PR2") in the order the names come."""
    codes: dict[str, str] = {}
    used: set[str] = set()
    for name in names:
        if name in codes:
            continue
        base = code = zone_code(name)
        number = 2
        while code in used:
            code, number = f"{base}{number}", number + 1
        codes[name] = code
        used.add(code)
    return codes


def initials(full_name: str) -> str:
    """'Mario Rossi' -> 'MR', 'Anna De Luca' -> 'ADL' (capitalised words only after the first)."""
    words = [w for w in re.split(r"[\s\-]+", full_name) if w]
    if not words:
        return ""
    rest = [w for w in words[1:] if w[:1].isupper()] or words[1:]
    return (words[0][:1] + "".join(w[:1] for w in rest)).upper()


@dataclass(frozen=True)
class Name:
    """A person on a block: as much as room allows, down to the initials."""

    full: str  # "M. Rossi E"
    short: str  # "MR E"


def fitted(names: Sequence[Name], width: float, measure: Measure) -> list[str]:
    """One name a line: all whole when they all fit, else all as initials (never a mix)."""
    if all(measure(name.full) <= width for name in names):
        return [name.full for name in names]
    return [name.short for name in names]


def joined(names: Sequence[Name], width: float, measure: Measure, separator: str = ", ") -> str:
    """All names on one line: whole when they fit, else initials."""
    whole = separator.join(n.full for n in names)
    if measure(whole) <= width:
        return whole
    return " · ".join(n.short for n in names)


def heading(times: str, start: str, code: str, width: float, measure: Measure) -> tuple[str, bool]:
    """A block's first line and whether the zone code is on it: "18:00–22:00 · PR", else
    "18:00 · PR", else "18:00" (the code then goes on the next line). The dot keeps a code
    such as "PM" from reading as part of the time."""
    for text in (f"{times} · {code}", f"{start} · {code}"):
        if measure(text) <= width:
            return text, True
    return start, False


def block_lines(
    *,
    code_line: bool,
    zone_name: str,
    people: Sequence[Name],
    code: str,
    rows: int,
    width: float,
    measure: Measure,
) -> list[str]:
    """The lines under a block's first line when ``rows`` lines fit under it: the code first
    when the heading had no room for it, the zone's name when everything else fits too, then
    one person a line, or everyone on one line."""
    lines = [code] if code_line else []
    room = rows - len(lines)
    if room <= 0 or not people:
        return lines[: max(rows, 0)]
    if room >= len(people) + 1 and measure(zone_name) <= width:
        return [*lines, zone_name, *fitted(people, width, measure)]
    if room >= len(people):
        return [*lines, *fitted(people, width, measure)]
    return [*lines, joined(people, width, measure)]


def lookup_codes(zones: Mapping[int, str]) -> dict[int, str]:
    """The code of each zone id, from ``{zone id: name}`` (in id order, so codes are stable)."""
    codes = zone_codes(zones[z] for z in sorted(zones))
    return {z: codes[zones[z]] for z in zones}
