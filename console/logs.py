"""Logging to a rotating file in the user log folder: details for us, no tracebacks for people."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

from console.paths import APP_NAME


def log_file() -> Path:
    return platformdirs.user_log_path(APP_NAME, appauthor=False) / "console.log"


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the console's log records to the log file; return its path (None if unwritable).

    Without a handler, Python's last-resort handler would print tracebacks on stderr.
    """
    root = logging.getLogger()
    root.setLevel(level)
    target = log_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            target, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler, target = logging.NullHandler(), None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.handlers[:] = [handler]
    return target
