"""Files only their owner may read: the console's folders 0700, its files 0600, whatever the umask.

Case notes, accounts and the audit trail live in these files, and the settings may name a
database server; another user of the same computer must not be able to copy any of them. On
Windows the modes mean nothing and nothing is changed (profile folders are private there).
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

log = logging.getLogger(__name__)

FOLDER_MODE = 0o700
FILE_MODE = 0o600
ENFORCED = os.name == "posix"
_GROUP_AND_OTHERS = 0o077


def private_folder(path: Path) -> Path:
    """Create ``path`` (missing parents too, with their usual mode) for its owner only, or take
    away what group and others may do with it when it exists."""
    path.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    tighten(path)
    return path


def create_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 when it is missing; tighten it when it exists.

    Made before another library opens it (SQLite, QSettings), which would create it with the
    umask's mode; SQLite gives its -wal, -shm and -journal files the mode of the database file.
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        tighten(path)
        return
    try:
        if ENFORCED:
            os.fchmod(fd, FILE_MODE)  # the umask may have taken more than group and others
    finally:
        os.close(fd)


def opener(path: str, flags: int) -> int:
    """For ``open(..., opener=opener)``: the file is 0600, whether created now or before."""
    fd = os.open(path, flags, FILE_MODE)
    if ENFORCED:
        try:
            os.fchmod(fd, FILE_MODE)
        except OSError:
            os.close(fd)
            raise
    return fd


def tighten(path: Path) -> None:
    """Take away what group and others may do with ``path``, saying so in the log; a file of
    another owner, which cannot be changed, is only logged."""
    if not ENFORCED:
        return
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return
    if not mode & _GROUP_AND_OTHERS:
        return
    private = mode & ~_GROUP_AND_OTHERS
    try:
        os.chmod(path, private)
    except OSError as exc:
        log.warning("cannot make %s private (mode %o): %s", path, mode, exc.strerror or exc)
    else:
        log.info("made %s private: mode %o, it was %o", path, private, mode)
