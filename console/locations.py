"""Where the database is, before anything opens it, and why a database is refused: a tiny pure
module (no SQLAlchemy), so the console can show its sign-in dialog while ``console.db`` loads
and opens the database on the worker. ``console.db`` re-exports these names."""

from __future__ import annotations

import enum
import os
from pathlib import Path

from console import paths
from console.redaction import hide_passwords

ENV_VAR = "CONSOLE_DB"


def given_location(
    cli_value: str | None, *, setting: str | None = None, demo: bool = False
) -> str | Path:
    """What was asked for: ``--db``, then ``CONSOLE_DB``, then the setting, then the default
    file; the demo always means the separate demo file. A value with ``://`` is a URL (a
    string, parsed by ``db.resolve_location``), anything else a file path (absolute)."""
    if demo:
        return paths.demo_database_path().resolve()
    value = cli_value or os.environ.get(ENV_VAR) or setting or None
    if value is None:
        return paths.default_database_path().resolve()
    if "://" in value:
        return value
    return Path(value).expanduser().resolve()


class Refusal(enum.StrEnum):
    NOT_A_DATABASE = "not_a_database"
    CORRUPT = "corrupt"
    NEWER_SCHEMA = "newer_schema"
    NOT_WRITABLE = "not_writable"
    NO_DRIVER = "no_driver"
    UNREACHABLE = "unreachable"
    BAD_LOCATION = "bad_location"
    NOT_UPGRADED = "not_upgraded"  # a shared server's database the workstation may not upgrade


class DatabaseRefused(Exception):
    """The database cannot be opened; nothing was changed. ``str()`` is a one-line reason,
    printed and logged: a URL's password in it is hidden."""

    def __init__(self, reason: Refusal, location: str, detail: str = "") -> None:
        self.reason = reason
        self.location = hide_passwords(location)
        self.detail = hide_passwords(" ".join(detail.split()))[:160]  # always one line
        super().__init__(self._message())

    def _message(self) -> str:
        where = self.location
        match self.reason:
            case Refusal.NOT_A_DATABASE:
                text = f"{where} is not a Coordination Console database"
            case Refusal.CORRUPT:
                text = f"{where} is damaged (corrupt); restore a backup copy"
            case Refusal.NEWER_SCHEMA:
                text = (
                    f"{where} was written by a newer version of Coordination Console "
                    "(unknown schema revision); update the program to open it"
                )
            case Refusal.NOT_WRITABLE:
                text = f"{where} cannot be written; choose a folder where you may save files"
            case Refusal.NO_DRIVER:
                text = f"the database driver for {where} is not installed"
            case Refusal.UNREACHABLE:
                text = f"cannot connect to the database server at {where}"
            case Refusal.BAD_LOCATION:
                text = f"{where} is not a database path or URL"
            case Refusal.NOT_UPGRADED:
                text = (
                    f"{where} is at an older schema revision; the server's administrator "
                    "upgrades it (console-admin init, then pg-setup)"
                )
        return f"{text} ({self.detail})" if self.detail else text
