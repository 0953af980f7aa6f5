"""Logging to a rotating file in the user log folder: details for us, no tracebacks for people.

The log folder is its owner's only (0700), the files 0600, and a database URL's password never
reaches them: every line is passed through :func:`console.redaction.hide_passwords`.

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

from console import private_files
from console.paths import APP_NAME
from console.redaction import hide_passwords

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
BACKUP_COUNT = 3


def log_file() -> Path:
    return platformdirs.user_log_path(APP_NAME, appauthor=False) / "console.log"


class _LogFile(RotatingFileHandler):
    """The rotating log file; after each rotation the crash traces follow the new file."""

    def _open(self) -> TextIO:
        return open(
            self.baseFilename,
            self.mode,
            encoding=self.encoding,
            errors=self.errors,
            opener=private_files.opener,
        )

    def doRollover(self) -> None:
        super().doRollover()
        if self.stream is not None:
            _trace_crashes_to(self.stream)


class _HidingPasswords(logging.Formatter):
    """Formats a record, its traceback included, with every URL's password hidden."""

    def format(self, record: logging.LogRecord) -> str:
        return hide_passwords(super().format(record))


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
        private_files.private_folder(target.parent)
        for rotated in range(1, BACKUP_COUNT + 1):  # written by an older console, maybe 0644
            private_files.tighten(target.with_name(f"{target.name}.{rotated}"))
        handler: logging.Handler = _LogFile(
            target, maxBytes=1_000_000, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError:
        handler, target = logging.NullHandler(), None
    handler.setFormatter(_HidingPasswords(LOG_FORMAT))
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
