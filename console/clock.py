"""The project's home time zone, named once (no Qt: services, the CLI and the views share it).

Times are stored in UTC and shown in the configured zone; this is that setting's default and
the zone of the command line and of the demo data.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

HOME_TIME_ZONE_NAME = "Europe/Rome"
HOME_TIME_ZONE = ZoneInfo(HOME_TIME_ZONE_NAME)
