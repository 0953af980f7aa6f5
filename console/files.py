"""Writing files whole and private: a temporary file beside the target, renamed over it."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, TypeVar

from console import private_files

T = TypeVar("T")


def write_atomically(target: Path, content: bytes) -> None:
    """Write ``content`` to ``target`` entirely or not at all (raises OSError on failure).

    A reader never sees half a file, and a failed write leaves the old file as it was. The file
    is readable by its owner only (0600), whatever the umask: exports hold personal data.
    """
    write_streamed(target, lambda out: out.write(content))


def write_streamed(target: Path, write: Callable[[BinaryIO], T]) -> T:
    """As :func:`write_atomically`, the content written piece by piece by ``write(out)``
    (whose result is returned): a large export never sits whole in memory. Whatever
    ``write`` raises leaves the old file as it was."""
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out:
            if private_files.ENFORCED:
                os.fchmod(out.fileno(), private_files.FILE_MODE)
            result = write(out)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return result
