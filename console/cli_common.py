"""What every console-admin command module shares: the one failure type and opening the database."""

from __future__ import annotations

import argparse
from datetime import date
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from console import db
from console.services import bounds


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


def quoted(text: str) -> str:
    """``text`` as an error line quotes it: a 5,000-digit argument is not a sentence."""
    return repr(text) if len(text) <= 40 else f"{text[:20]!r}… ({len(text)} characters)"


def _in_range(day: date, text: str) -> date:
    if not bounds.FIRST_DAY <= day <= bounds.LAST_DAY:
        raise argparse.ArgumentTypeError(
            f"date out of range: {quoted(text)} (the console accepts "
            f"{bounds.FIRST_DAY} to {bounds.LAST_DAY})"
        )
    return day


def iso_date(text: str) -> date:
    """A day given on the command line (``--from``, ``--to``): YYYY-MM-DD between 1900 and
    2100 (``services.bounds``), or argparse's one-line error."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {quoted(text)} (use YYYY-MM-DD)") from None
    return _in_range(day, text)


def iso_week(text: str) -> date:
    """'2026-W48' -> the Monday of that ISO week, between 1900 and 2100; or argparse's error."""
    try:
        year, week = text.upper().split("-W")
        if len(year) != 4 or not 1 <= len(week) <= 2:
            raise ValueError(text)
        monday = date.fromisocalendar(int(year), int(week), 1)
    except (ValueError, OverflowError):
        raise argparse.ArgumentTypeError(
            f"not an ISO week: {quoted(text)} (use YYYY-Www)"
        ) from None
    return _in_range(monday, text)


def record_id(text: str) -> int:
    """A record's id given on the command line (``--person``, ``--zone``, ``--meeting``): a
    whole number from 1, or argparse's one-line error."""
    try:
        return bounds.whole_number(text, 1, 2**63 - 1)
    except bounds.BoundsRefusal:
        raise argparse.ArgumentTypeError(
            f"not an id: {quoted(text)} (use a number from 1)"
        ) from None
