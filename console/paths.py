"""Where the console keeps its files, and its packaged resources (via importlib.resources)."""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

import platformdirs

APP_NAME = "coordination-console"


def user_data_dir() -> Path:
    """Per-user data folder (databases, backups); honours XDG_DATA_HOME on Linux."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def user_config_dir() -> Path:
    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    return user_data_dir() / "console.db"


def demo_database_path() -> Path:
    """The demo database lives apart: real data never mixes with demo data."""
    return user_data_dir() / "demo.db"


def resource(*parts: str) -> Traversable:
    """A file shipped in resources/ (inside the wheel as console.resources)."""
    node = resources.files("console.resources")
    for part in parts:
        node = node / part
    return node


def migrations_dir() -> Path:
    """The alembic script directory shipped as console.migrations (a real folder on disk)."""
    return Path(str(resources.files("console.migrations")))
