"""Writing files whole and private: a temporary file beside the target, renamed over it."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from console import private_files


def write_atomically(target: Path, content: bytes) -> None:
    """Write ``content`` to ``target`` entirely or not at all (raises OSError on failure).

    A reader never sees half a file, and a failed write leaves the old file as it was. The file
    is readable by its owner only (0600), whatever the umask: exports hold personal data.
    """
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out:
            if private_files.ENFORCED:
                os.fchmod(out.fileno(), private_files.FILE_MODE)
            out.write(content)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
