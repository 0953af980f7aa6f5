"""The Qt binding in use keeps reference counts right (PySide6 6.12.0 did not: see pyproject)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    sig_ping = Signal()  # no payload
    sig_flag = Signal(bool)  # a bool payload


def test_emitting_signals_does_not_leak_references_to_true_or_false(qapp) -> None:
    emitter = _Emitter()
    received: list[bool] = []
    emitter.sig_flag.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(500):
        emitter.sig_ping.emit()
        emitter.sig_flag.emit(False)
    received.clear()
    after = sys.getrefcount(True), sys.getrefcount(False)
    # A faulty binding loses one reference per emit, and the interpreter aborts at exit.
    assert after[0] >= before[0] - 10, "this PySide6 release loses references to True"
    assert after[1] >= before[1] - 10, "this PySide6 release loses references to False"
