"""A week to staff as plain values: the slots, the people, what is kept, and the history the
soft rules read. Built from the database by :mod:`console.services.roster.gather`, or made up by
the benchmark and the tests; the solver and the greedy baseline read nothing else.

Times are aware UTC datetimes; the rules of :mod:`console.services.planning.rules` judge them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from console.models import Role, ShiftKind, ShiftStatus
from console.services.roster.model import RosterWeights, ZonePressure

EVENING_FROM = 20 * 60  # a shift still running after 20:00 local is an evening
PLANNED_ROLES = (Role.EDUCATOR, Role.OFFICER)


@dataclass(frozen=True)
class Interval:
    """A stretch of time a person may be unavailable in (aware UTC)."""

    starts_at: datetime
    ends_at: datetime

    def overlaps(self, starts_at: datetime, ends_at: datetime) -> bool:
        return self.starts_at < ends_at and starts_at < self.ends_at


@dataclass(frozen=True)
class Worker:
    """A person the proposal may plan (an educator or an officer)."""

    id: int
    name: str  # "M. Rossi"
    role: Role
    contract_hours: float
    last_day: date | None = None  # left_on: not planned on a later local day
    active: bool = True
    absences: tuple[Interval, ...] = ()  # with their kinds unsaid (health data)
    unavailable: tuple[Interval, ...] = ()  # recurring unavailability, within the week's reach
    preferred: tuple[Interval, ...] = ()  # recurring preferred times (empty: no preference)
    past_evenings: int = 0  # in the 4 weeks before the proposed one
    past_weekends: int = 0


@dataclass(frozen=True)
class KeptShift:
    """A shift the proposal does not change (published, done, locked, or outside the week):
    its people are busy then, and it counts for their rest and hours."""

    id: int
    starts_at: datetime
    ends_at: datetime
    kind: ShiftKind
    person_ids: tuple[int, ...]
    status: ShiftStatus = ShiftStatus.PUBLISHED


@dataclass(frozen=True)
class ZoneOption:
    """Where a "follow pressure" outing may go instead, and the cost units of going there."""

    zone_id: int
    zone_name: str
    cost: int  # 0 in the zone under most pressure


@dataclass(frozen=True)
class Slot:
    """One outing to staff. ``fixed_ids`` are on it whatever happens (locked people, and on a
    locked shift everyone); ``previous_ids`` are the people on the existing draft."""

    key: str
    zone_id: int
    zone_name: str
    starts_at: datetime
    ends_at: datetime
    kind: ShiftKind
    educators: int
    officers: int
    shift_id: int | None = None
    version_id: int | None = None
    status: ShiftStatus = ShiftStatus.DRAFT
    locked: bool = False
    fixed_ids: tuple[int, ...] = ()
    previous_ids: tuple[int, ...] = ()
    other_ids: tuple[int, ...] = ()  # people of other roles on the draft, left as they are
    demand_id: int | None = None
    evening: bool = False
    weekend: bool = False
    pressure_share: float = 0.0  # the zone's share of the pressure index (0..1)
    zone_options: tuple[ZoneOption, ...] = ()  # a follow-pressure outing: where it may go

    @property
    def minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)

    def needed(self, role: Role) -> int:
        return self.educators if role is Role.EDUCATOR else self.officers


@dataclass(frozen=True)
class WeekProblem:
    monday: date
    tz: ZoneInfo
    week_start: datetime
    week_end: datetime
    workers: tuple[Worker, ...]
    slots: tuple[Slot, ...]
    kept: tuple[KeptShift, ...]  # in and around the week
    # (zone id, educator id, officer id) -> joint outings done together in that zone lately
    pairs: dict[tuple[int, int, int], int] = field(default_factory=dict)
    pressure: tuple[ZonePressure, ...] = ()
    weights: RosterWeights = field(default_factory=RosterWeights)

    def worker(self, person_id: int) -> Worker:
        return self._workers()[person_id]

    def _workers(self) -> dict[int, Worker]:
        cached = self.__dict__.get("_by_id")
        if cached is None:
            cached = {w.id: w for w in self.workers}
            object.__setattr__(self, "_by_id", cached)
        return cached

    def slot(self, key: str) -> Slot:
        for slot in self.slots:
            if slot.key == key:
                return slot
        raise KeyError(key)


def is_evening(starts_at: datetime, ends_at: datetime, tz: ZoneInfo) -> bool:
    """Still running after 20:00 local on its first day (or past midnight)."""
    local_start = starts_at.astimezone(tz)
    local_end = ends_at.astimezone(tz)
    if local_end.date() > local_start.date():
        return True
    return local_end.hour * 60 + local_end.minute > EVENING_FROM


def is_weekend(starts_at: datetime, tz: ZoneInfo) -> bool:
    return starts_at.astimezone(tz).weekday() >= 5


def local_days(starts_at: datetime, ends_at: datetime, tz: ZoneInfo) -> list[date]:
    first = starts_at.astimezone(tz).date()
    last = (ends_at - timedelta(microseconds=1)).astimezone(tz).date()
    days = []
    while first <= last:
        days.append(first)
        first += timedelta(days=1)
    return days
