"""What every console-admin command module shares: the one failure type and opening the database."""

from __future__ import annotations

import argparse

from console import db


class CommandFailed(Exception):
    """A command could not be carried out; ``str()`` is the one-line reason for the user."""


def open_database(args: argparse.Namespace) -> db.OpenedDatabase:
    return db.open_database(db.resolve_location(args.db))
