"""What every console-admin command module shares: the one failure type and opening the database."""

from __future__ import annotations

import argparse

from console import db


class CommandFailed(Exception):
    """A command could not be carried out; ``str()`` is the one-line reason for the user."""


def refused(exc: BaseException, consequence: str = "") -> CommandFailed:
    """The one-line failure for a refusal of the services, in the words the window uses
    (``views/common/errors``), followed by what it means for the command ("Nothing was
    imported.")."""
    from console.views.common.errors import error_text  # noqa: PLC0415 - Qt loads only here

    text = error_text(exc)
    return CommandFailed(f"{text} {consequence}" if consequence else text)


def open_database(args: argparse.Namespace) -> db.OpenedDatabase:
    return db.open_database(db.resolve_location(args.db))
