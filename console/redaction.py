"""Passwords out of sight: a database URL's password is hidden wherever it is shown or logged,
and never stored in the settings.

A URL is handled by SQLAlchemy when it parses; one that does not parse (a typo in the port) is
never echoed raw either: a regular expression hides what stands between ``user:`` and ``@``.
"""

from __future__ import annotations

import re

HIDDEN = "***"  # what SQLAlchemy's render_as_string(hide_password=True) writes too

# scheme://user:password@ — the password runs to the last "@" before a blank or a quote, so a
# user or password with a raw "@" or "/" in it (a URL that does not parse) is hidden whole;
# better too much hidden (a port, in a URL with a stray "@") than a password shown.
_PASSWORD_IN_URL = re.compile(
    r"(?P<head>[A-Za-z][A-Za-z0-9+.\-]*://[^:/\s'\"]*):(?P<password>[^\s'\"]*)@"
)


def hide_passwords(text: str) -> str:
    """``text`` with the password of every URL in it replaced by ``***``."""
    return _PASSWORD_IN_URL.sub(rf"\g<head>:{HIDDEN}@", text)


def has_password(location: str) -> bool:
    """Whether a database location (a path or a URL, parsed or not) carries a password."""
    if "://" not in location:
        return False
    # SQLAlchemy loads for a URL only: a file path (the everyday case) is answered before.
    from sqlalchemy import make_url  # noqa: PLC0415
    from sqlalchemy.exc import ArgumentError  # noqa: PLC0415

    try:
        return bool(make_url(location).password)
    except (ArgumentError, ValueError):
        return any(m.group("password") for m in _PASSWORD_IN_URL.finditer(location))


def without_password(location: str) -> str:
    """The location with its URL's password left out (a path comes back as it is)."""
    if not has_password(location):
        return location
    from sqlalchemy import URL, make_url  # noqa: PLC0415 - see has_password
    from sqlalchemy.exc import ArgumentError  # noqa: PLC0415

    try:
        url = make_url(location)
    except (ArgumentError, ValueError):
        return _PASSWORD_IN_URL.sub(r"\g<head>@", location)
    # URL.set() takes None for "unchanged": the URL is made again without the password.
    bare = URL.create(
        url.drivername,
        username=url.username,
        host=url.host,
        port=url.port,
        database=url.database,
        query=url.query,
    )
    return bare.render_as_string(hide_password=False)


def command_line_warning(location: str | None) -> str | None:
    """The warning for a ``--db`` value with a password (None without one): every user of the
    computer can read a command line in the process list."""
    if not location or not has_password(location):
        return None
    return (
        "the password given with --db can be read by every user of this computer in the "
        "process list; give the URL in $CONSOLE_DB instead, or the password in ~/.pgpass"
    )
