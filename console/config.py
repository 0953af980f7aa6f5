"""The console's settings, each declared once with its type and default, stored in an INI file.

The file is its owner's only (0600, in a 0700 folder) and never holds a password: a database
URL is stored without one (PostgreSQL passwords come from ~/.pgpass or $CONSOLE_DB).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QByteArray, QSettings

from console import paths, private_files
from console.clock import HOME_TIME_ZONE_NAME
from console.redaction import has_password, hide_passwords
from console.services.roster_weights import RosterWeights

log = logging.getLogger(__name__)

T = TypeVar("T", str, int, bool, QByteArray)

DEFAULT_TIME_ZONE = HOME_TIME_ZONE_NAME


@dataclass(frozen=True)
class Option(Generic[T]):
    """One setting: its key in the INI file, its Python type and its default value."""

    name: str
    type: type[T]
    default: T


LANGUAGE = Option("language", str, "")  # "" follows the system, else "en" or "it"
TIME_ZONE = Option("time_zone", str, DEFAULT_TIME_ZONE)  # an IANA zone name
# A file path or a SQLAlchemy URL without password; "" is the default file.
DATABASE = Option("database", str, "")
WINDOW_GEOMETRY = Option("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Option("window/state", QByteArray, QByteArray())
# Minutes without input before the window hides its data until the password is typed again.
IDLE_LOCK_MINUTES = Option("security/idle_lock_minutes", int, 10)
# An offline basemap for the zone map: an .mbtiles file or a z/x/y tile folder; "" is none.
BASEMAP = Option("map/basemap", str, "")
# Weights of each signal kind in the pressure index (equal by default).
WEIGHT_CITIZEN_REPORT = Option("map/weight_citizen_report", int, 1)
WEIGHT_POLICE_INTERVENTION = Option("map/weight_police_intervention", int, 1)
WEIGHT_MEDIA = Option("map/weight_media", int, 1)
# The confidentiality statement each attendee of a coordination meeting acknowledges; "" is the
# console's standard statement, in the interface language (views.meetings.confidentiality).
CONFIDENTIALITY = Option("meetings/confidentiality", str, "")
# Counts of people under this number print as "<N" in summaries (services.reporting).
SUPPRESSION_THRESHOLD = Option("reports/suppression_threshold", int, 5)
# The province whose patron saint is a holiday besides Italy's national ones
# (services.planning.holidays); Cremona by default.
HOLIDAY_PROVINCE = Option("calendar/holiday_province", str, "CR")
# The step in minutes a drag or resize in the calendar snaps to: 15, 30 or 60.
SNAP_MINUTES = Option("calendar/snap_minutes", int, 30)
SNAP_CHOICES = (15, 30, 60)
# The calendar shows the zones as rows (True) or the week's hours (False); the last one used.
CALENDAR_BY_ZONE = Option("calendar/by_zone", bool, False)

# "Propose the week" (services.roster): the weights of the soft rules (0 turns one off) and
# the solver's limits. Defaults are those of roster.RosterWeights; read them with
# Settings.roster_weights().
ROSTER_WEIGHT_FAIRNESS = Option("roster/weight_fairness", int, RosterWeights.fairness)
ROSTER_WEIGHT_CONTINUITY = Option("roster/weight_continuity", int, RosterWeights.continuity)
ROSTER_WEIGHT_PREFERENCES = Option("roster/weight_preferences", int, RosterWeights.preferences)
ROSTER_WEIGHT_PRESSURE = Option("roster/weight_pressure", int, RosterWeights.pressure)
ROSTER_WEIGHT_CHANGES = Option("roster/weight_changes", int, RosterWeights.changes)
ROSTER_FOLLOW_PRESSURE = Option("roster/follow_pressure", bool, RosterWeights.follow_pressure)
ROSTER_TIME_LIMIT = Option("roster/time_limit_seconds", int, int(RosterWeights.time_limit_seconds))
ROSTER_SEED = Option("roster/seed", int, RosterWeights.seed)
ROSTER_WEIGHTS = (
    ROSTER_WEIGHT_FAIRNESS,
    ROSTER_WEIGHT_CONTINUITY,
    ROSTER_WEIGHT_PREFERENCES,
    ROSTER_WEIGHT_PRESSURE,
    ROSTER_WEIGHT_CHANGES,
)
ROSTER_WEIGHT_MAX = 20
ROSTER_TIME_LIMIT_RANGE = (1, 120)

LANGUAGES = ("", "en", "it")


def settings_file() -> Path:
    return paths.user_config_dir() / "settings.ini"


class Settings:
    """Typed access to the settings file; widgets only ``load()`` from and ``save()`` to it."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or settings_file()
        try:
            if path is None:
                private_files.private_folder(self.path.parent)
            if self.path.parent.is_dir():
                # Made 0600 before QSettings writes it, which would follow the umask.
                private_files.create_private_file(self.path)
        except OSError as exc:  # QSettings then keeps the settings for this run only
            log.warning("cannot create %s: %s", self.path, exc.strerror or exc)
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)

    def value(self, option: Option[T]) -> T:
        return self._store.value(option.name, option.default, type=option.type)

    def set_value(self, option: Option[T], value: T) -> None:
        if not isinstance(value, option.type):
            raise TypeError(f"setting {option.name} takes {option.type.__name__}, not {value!r}")
        if option is DATABASE and has_password(str(value)):
            raise ValueError(f"a password is never stored in the settings: {hide_passwords(value)}")
        self._store.setValue(option.name, value)

    def sync(self) -> None:
        """Write pending changes to disk now (Qt also does it later on its own)."""
        self._store.sync()

    @property
    def language(self) -> str:
        value = self.value(LANGUAGE)
        return value if value in LANGUAGES else ""

    @property
    def database(self) -> str:
        return self.value(DATABASE).strip()

    @property
    def snap_minutes(self) -> int:
        """The calendar's snap step; a value edited by hand into something else falls back."""
        value = self.value(SNAP_MINUTES)
        return value if value in SNAP_CHOICES else SNAP_MINUTES.default

    def roster_weights(self) -> RosterWeights:
        """The proposal's weights and limits; values edited by hand out of range fall back."""

        def weight(option: Option[int]) -> int:
            value = self.value(option)
            return value if 0 <= value <= ROSTER_WEIGHT_MAX else option.default

        low, high = ROSTER_TIME_LIMIT_RANGE
        limit = self.value(ROSTER_TIME_LIMIT)
        return RosterWeights(
            fairness=weight(ROSTER_WEIGHT_FAIRNESS),
            continuity=weight(ROSTER_WEIGHT_CONTINUITY),
            preferences=weight(ROSTER_WEIGHT_PREFERENCES),
            pressure=weight(ROSTER_WEIGHT_PRESSURE),
            changes=weight(ROSTER_WEIGHT_CHANGES),
            follow_pressure=self.value(ROSTER_FOLLOW_PRESSURE),
            time_limit_seconds=float(limit if low <= limit <= high else ROSTER_TIME_LIMIT.default),
            seed=self.value(ROSTER_SEED),
        )

    def time_zone(self) -> ZoneInfo:
        """The configured zone; a name edited by hand into something unknown falls back."""
        name = self.value(TIME_ZONE)
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            log.warning("unknown time zone %r in %s; using %s", name, self.path, DEFAULT_TIME_ZONE)
            return ZoneInfo(DEFAULT_TIME_ZONE)
