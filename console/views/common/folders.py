"""Where file dialogs open by default."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def default_folder() -> Path:
    """The user's documents folder when it exists, else the home folder."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()
