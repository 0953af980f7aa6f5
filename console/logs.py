"""Logging to a rotating file in the user log folder: details for us, no tracebacks for people.

Crash traces go to the same file: ``faulthandler`` writes every thread's Python stack there on
a segmentation fault or an abort, so a person whose console died has a trace to send.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import TextIO

import platformdirs

from console.paths import APP_NAME


def log_file() -> Path:
    return platformdirs.user_log_path(APP_NAME, appauthor=False) / "console.log"


class _LogFile(RotatingFileHandler):
    """The rotating log file; after each rotation the crash traces follow the new file."""

    def doRollover(self) -> None:
        super().doRollover()
        if self.stream is not None:
            _trace_crashes_to(self.stream)


def _trace_crashes_to(stream: TextIO) -> None:
    stream.flush()
    faulthandler.enable(file=stream, all_threads=True)


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send log records and crash traces to the log file; return its path (None if unwritable).

    Without a handler, Python's last-resort handler would print tracebacks on stderr.
    """
    root = logging.getLogger()
    root.setLevel(level)
    target = log_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = _LogFile(
            target, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler, target = logging.NullHandler(), None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for old in root.handlers:
        if isinstance(old, _LogFile):
            old.close()
    root.handlers[:] = [handler]
    if isinstance(handler, _LogFile) and handler.stream is not None:
        _trace_crashes_to(handler.stream)
    return target


def stop_crash_traces() -> None:
    """Send crash traces back to standard error (when a test harness calls ``main``)."""
    if sys.__stderr__ is not None:
        faulthandler.enable(file=sys.__stderr__, all_threads=True)
    else:
        faulthandler.disable()
