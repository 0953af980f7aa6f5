"""Python's cyclic garbage collection, kept on the GUI thread.

Left automatic, a collection runs in whichever thread crosses the allocation threshold; when
that is the runner's worker, Qt objects caught in reference cycles are destroyed off the GUI
thread and the process crashes. So automatic collection is off, and a GUI-thread timer collects
in generations with the interpreter's own thresholds: the young generation when it is full,
the older ones only when enough younger collections have passed (as calibre, pyqtgraph and
novelWriter do).
"""

from __future__ import annotations

import gc
import logging
import time

from PySide6.QtCore import QObject, QTimer
from shiboken6 import Shiboken

log = logging.getLogger(__name__)

INTERVAL_MS = 500  # how often the counts are looked at; a look costs well under a microsecond
FREEZE_DELAY_MS = 3000  # after the first window has painted: the start-up objects are in place
SLOW_MS = 20.0  # a collection longer than this is logged (a dropped frame is ~16 ms)


class GarbageCollector(QObject):
    """Turns automatic collection off and collects from a timer on the thread it lives on.

    ``check()`` may also be called directly (the tests call it between tests).
    """

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.longest_ms = 0.0
        self.collections = [0, 0, 0]
        self._frozen = False
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> int | None:
        """Collect the oldest generation that is due, as the interpreter would; which one."""
        young, middle, old = gc.get_count()
        if young <= self.thresholds[0]:
            return None
        generation = 0
        if middle > self.thresholds[1]:
            generation = 1
            if old > self.thresholds[2]:
                generation = 2
        started = time.perf_counter()
        gc.collect(generation)
        took_ms = (time.perf_counter() - started) * 1000
        self.collections[generation] += 1
        self.longest_ms = max(self.longest_ms, took_ms)
        if took_ms > SLOW_MS:
            log.info("garbage collection of generation %d took %.1f ms", generation, took_ms)
        return generation

    def freeze_start_up(self) -> None:
        """Collect once, then move every object alive now out of the collector's sight.

        What start-up builds (modules, classes, the ORM's mappings, the window) lives as long
        as the process: traversing it made a full collection take ~105 ms on the demo window
        (214,000 tracked objects), six dropped frames; frozen, a full collection takes ~0.3 ms.
        Done once per process (a later sign-in changes nothing).
        """
        if self._frozen:
            return
        self._frozen = True
        gc.collect()
        gc.freeze()
        log.info("%d start-up objects frozen out of garbage collection", gc.get_freeze_count())

    def stop(self) -> None:
        """Give collection back to the interpreter (at exit, once Qt objects are gone)."""
        self._timer.stop()
        gc.enable()


_installed: GarbageCollector | None = None


def install_collector(app: QObject) -> GarbageCollector:
    """Set up the one collector of this process, owned by ``app`` (the QApplication)."""
    global _installed  # noqa: PLW0603 - one per process, like the QApplication it belongs to
    if _installed is None or not Shiboken.isValid(_installed):
        _installed = GarbageCollector(app)
    return _installed
