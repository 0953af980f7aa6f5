"""What every console-admin command module shares: the one failure type and opening the database."""

from __future__ import annotations

import argparse
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from console import db


class CommandFailed(Exception):
    """A command could not be carried out; ``str()`` is the one-line reason for the user."""


def refused(exc: BaseException, consequence: str = "", where: object = None) -> CommandFailed:
    """The one-line failure for a refusal of the services, in the words the window uses
    (``views/common/errors``): after ``where`` (a file, a database) when given, and followed by
    what it means for the command ("Nothing was imported.")."""
    from console.views.common.errors import error_text  # noqa: PLC0415 - Qt loads only here

    text = " ".join(part for part in (error_text(exc), consequence) if part)
    return CommandFailed(f"{where}: {text}" if where is not None else text)


def open_database(args: argparse.Namespace) -> db.OpenedDatabase:
    return db.open_database(db.resolve_location(args.db))


def time_zone(name: str) -> ZoneInfo:
    """An IANA zone name given on the command line (``--tz``), or argparse's one-line error."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise argparse.ArgumentTypeError(f"unknown time zone: {name!r}") from None


def province(code: str) -> str:
    """A province code given on the command line (``--province``, e.g. CR or MI), or
    argparse's one-line error."""
    from console.services.planning import holidays  # noqa: PLC0415 - loads only when asked

    for candidate in (code, code.upper(), code.capitalize()):
        if holidays.is_province(candidate):
            return candidate
    raise argparse.ArgumentTypeError(
        f"unknown province: {code!r} (use its two-letter code, e.g. CR for Cremona)"
    )
