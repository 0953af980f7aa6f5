"""Interleaved timing and the row of the table a benchmark gives."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    """One row: ``console`` and ``reference`` in seconds (reference None: an absolute goal)."""

    what: str
    console: float
    reference: float | None
    reference_name: str = ""
    data: str = ""  # what the row is about: "446 rows", "11,710 events"...

    def cells(self, size: str) -> tuple[str, str, str, str, str]:
        ratio = "—" if not self.reference else f"{self.console / self.reference:.1f}×"
        reference = "—" if self.reference is None else _seconds(self.reference)
        if self.reference_name:
            reference = f"{self.reference_name} {reference}"
        data = f"{self.data}; {size}" if self.data else size
        return (self.what, _seconds(self.console), reference, ratio, data)


def _seconds(value: float) -> str:
    if value >= 1:
        return f"{value:.2f} s"
    if value >= 0.01:
        return f"{value * 1000:.0f} ms"
    return f"{value * 1000:.2f} ms"


def once(fn: Callable[[], object]) -> float:
    gc.collect()
    began = time.perf_counter()
    fn()
    return time.perf_counter() - began


def interleaved(
    console: Callable[[], object], reference: Callable[[], object] | None, repeat: int
) -> tuple[float, float | None]:
    """Medians of ``repeat`` runs of each, run in turn (console, reference, console...), after
    one warm-up run of each (caches, imports)."""
    console()
    if reference is not None:
        reference()
    mine, theirs = [], []
    for _ in range(repeat):
        mine.append(once(console))
        if reference is not None:
            theirs.append(once(reference))
    return statistics.median(mine), statistics.median(theirs) if theirs else None
