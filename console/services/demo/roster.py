"""The Cremona demo's weekly demand per zone and a few people's recurring availability, so
"Propose week" has something to staff from the first start."""

from __future__ import annotations

from datetime import timedelta

from console.models import (
    AvailabilityKind,
    AvailabilityRule,
    DemandPattern,
    Person,
    ShiftKind,
    ShiftStatus,
)
from console.services.demo import texts
from console.services.demo.state import ROME, WEEKS, DemoState
from console.services.planning.rules import recurring_times

WEEKDAYS = 0b0011111  # Monday to Friday
WEEKEND = 0b1100000
EVERY_DAY = 0b1111111

# zone, days, start and end (minutes after midnight), kind, educators, officers, follows pressure
DEMAND = (
    (texts.ROMA, WEEKDAYS, 18 * 60, 22 * 60, ShiftKind.JOINT, 1, 1, False),
    (texts.ROMA, WEEKEND, 20 * 60, 24 * 60, ShiftKind.JOINT, 1, 2, False),
    (texts.MARCONI, EVERY_DAY, 15 * 60, 19 * 60, ShiftKind.JOINT, 1, 1, False),
    (texts.MARCONI, 0b0010100, 18 * 60, 22 * 60, ShiftKind.OUTREACH, 2, 0, False),
    (texts.ORTI, 0b0101010, 16 * 60, 20 * 60, ShiftKind.JOINT, 1, 1, False),
    # One evening outing a week goes wherever pressure is highest against presence.
    (texts.ORTI, 0b0010000, 19 * 60, 23 * 60, ShiftKind.JOINT, 1, 1, True),
)

# person, weekday, start and end minutes (None: all day), kind; an unavailability moves to a
# later weekday when the person already has a shift to work then (see _free_weekday)
AVAILABILITY = (
    ("Davide Locatelli", 2, None, None, AvailabilityKind.UNAVAILABLE),  # studies on Wednesdays
    ("Simone Gatti", 6, None, None, AvailabilityKind.UNAVAILABLE),
    ("Anna Pedretti", 0, 17 * 60, 24 * 60, AvailabilityKind.UNAVAILABLE),
    ("Luca Bonetti", 5, None, None, AvailabilityKind.PREFERRED),
    ("Luca Bonetti", 6, None, None, AvailabilityKind.PREFERRED),
    ("Stefano Mainardi", 1, None, None, AvailabilityKind.PREFERRED),
    ("Stefano Mainardi", 3, None, None, AvailabilityKind.PREFERRED),
    ("Laura Vailati", 4, None, None, AvailabilityKind.UNAVAILABLE),
)


def seed_roster_inputs(demo: DemoState) -> None:
    """The demand patterns of the three zones and the availability above (no randomness)."""
    zones = {zone.name: zone for zone in demo.zones.values()}
    for name, days, start, end, kind, educators, officers, follows in DEMAND:
        zone = zones.get(name)
        if zone is None:
            continue
        demo.session.add(
            DemandPattern(
                zone=zone,
                days=days,
                start_minute=start,
                end_minute=end,
                kind=kind,
                educators=educators,
                officers=officers,
                follows_pressure=follows,
            )
        )
    for full_name, wanted, start, end, kind in AVAILABILITY:
        person = demo.people.get(full_name)
        if person is None:
            continue
        weekday = wanted
        if kind is AvailabilityKind.UNAVAILABLE:
            weekday = _free_weekday(demo, person, wanted, start, end)
            if weekday is None:
                continue
        demo.session.add(
            AvailabilityRule(
                person=person, kind=kind, weekday=weekday, start_minute=start, end_minute=end
            )
        )
    demo.session.flush()


def _free_weekday(
    demo: DemoState, person: Person, wanted: int, start: int | None, end: int | None
) -> int | None:
    """The weekday from ``wanted`` on whose times none of the person's shifts still to be
    worked touch, so the demo keeps its one documented rule break (the calendar warns about an
    unavailability on those shifts); None when every weekday is taken."""
    mine = [
        (s.starts_at, s.ends_at)
        for s in demo.shifts
        if s.status in (ShiftStatus.DRAFT, ShiftStatus.PUBLISHED)
        and any(a.person is person for a in s.assignments)
    ]
    first = demo.first_monday - timedelta(days=1)
    last = demo.first_monday + timedelta(weeks=WEEKS, days=1)
    for step in range(7):
        weekday = (wanted + step) % 7
        times = recurring_times(weekday, start, end, first_day=first, last_day=last, tz=ROME)
        if not any(a < e and s < b for a, b in times for s, e in mine):
            return weekday
    return None
