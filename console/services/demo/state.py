"""What the Cremona demo's steps share: the session, the random source, the calendar, the rows."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from console.clock import HOME_TIME_ZONE
from console.models import (
    Absence,
    Case,
    CaseNote,
    Intervention,
    Organization,
    Person,
    Shift,
    Signal,
    User,
    Zone,
)

ROME = HOME_TIME_ZONE
WEEKS_BEFORE = 4  # done weeks before today's week; 3 more follow it
WEEKS = 8


@dataclass
class DemoState:
    """What the steps share: the session, the random source, the dates and the rows so far.

    Every step draws from the one ``rng`` in turn, so the steps must run in a fixed order
    for the same ``today`` to give the same demo.
    """

    session: Session
    rng: random.Random
    today: date
    first_monday: date = field(init=False)
    orgs: dict[str, Organization] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)  # by full name
    users: dict[str, User] = field(default_factory=dict)  # by username
    zones: dict[str, Zone] = field(default_factory=dict)
    absences: list[Absence] = field(default_factory=list)
    shifts: list[Shift] = field(default_factory=list)
    interventions: list[Intervention] = field(default_factory=list)
    signals: list[Signal] = field(default_factory=list)
    cases: dict[str, Case] = field(default_factory=dict)
    notes: list[CaseNote] = field(default_factory=list)

    def __post_init__(self) -> None:
        monday = self.today - timedelta(days=self.today.weekday())
        self.first_monday = monday - timedelta(weeks=WEEKS_BEFORE)

    def day(self, offset: int) -> date:
        return self.first_monday + timedelta(days=offset)

    def at(self, offset: int, hour: int, minute: int = 0) -> datetime:
        return _local(self.day(offset), hour, minute)

    def week_of(self, moment: datetime) -> int:
        return (moment.astimezone(ROME).date() - self.first_monday).days // 7

    @property
    def days_before_today(self) -> int:
        return (self.today - self.first_monday).days


def _local(day: date, hour: int, minute: int = 0) -> datetime:
    """Wall-clock time in Cremona; hour 24 is the following midnight."""
    if hour == 24:
        return datetime.combine(day + timedelta(days=1), time(0), tzinfo=ROME)
    return datetime.combine(day, time(hour, minute), tzinfo=ROME)
