"""The project's home time zone, named once (no Qt: services, the CLI and the views share it).

Times are stored in UTC and shown in the configured zone; this is that setting's default and
the zone of the command line and of the demo data. :func:`utc_now` is the one place services
read the time: they take a ``now`` argument that defaults to it, so tests pass their own.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

HOME_TIME_ZONE_NAME = "Europe/Rome"
HOME_TIME_ZONE = ZoneInfo(HOME_TIME_ZONE_NAME)


def utc_now() -> datetime:
    """Now, as an aware UTC datetime."""
    return datetime.now(UTC)


def day_start_utc(day: date, tz: ZoneInfo) -> datetime:
    """The first instant of ``day`` in ``tz``, in UTC (DST days have 23 or 25 hours)."""
    return datetime.combine(day, time(0), tzinfo=tz).astimezone(UTC)
