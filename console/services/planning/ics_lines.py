"""iCalendar (RFC 5545) content lines written directly: TEXT escaping, UTC and local times, and
lines folded at 75 octets without cutting a UTF-8 character, so an export is written event by
event without building an object per property (see :mod:`exports`).
"""

from __future__ import annotations

from datetime import UTC, datetime

LINE_OCTETS = 75  # RFC 5545 3.1: a line is at most 75 octets, CRLF excluded


def text(value: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped.

    Five replacements, the backslash first (each a scan in C: several times quicker than
    ``str.translate`` with a table, which goes character by character in Python objects)."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\n", "\\n")
        .replace("\r", "")
    )


def utc_stamp(moment: datetime) -> str:
    """A DATE-TIME in UTC form: ``20261124T170000Z``."""
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def line(name: str, value: str) -> str:
    """``NAME:value`` folded (RFC 5545 3.1), with its CRLF."""
    content = f"{name}:{value}"
    if len(content) <= LINE_OCTETS and content.isascii():
        return content + "\r\n"
    return fold(content)


def fold(content: str) -> str:
    """Split a long line into 75-octet pieces, each continuation starting with a space and
    never inside a UTF-8 character."""
    data = content.encode("utf-8")
    if len(data) <= LINE_OCTETS:
        return content + "\r\n"
    pieces = []
    start, limit = 0, LINE_OCTETS
    while start < len(data):
        end = min(start + limit, len(data))
        while end < len(data) and data[end] & 0xC0 == 0x80:  # a continuation byte: back off
            end -= 1
        pieces.append(data[start:end].decode("utf-8"))
        start, limit = end, LINE_OCTETS - 1  # the leading space counts
    return "\r\n ".join(pieces) + "\r\n"
