"""Made-up weeks to staff, for the benchmark and the property tests: zones with a daily demand,
educators and officers with contracts, absences, unavailability, preferences and history,
shifts kept around the week (the Sunday night before it, the Monday morning after it,
published ones inside it), drafts with people on them, locked drafts and locked people.
Deterministic for a seed. No database.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from console.clock import HOME_TIME_ZONE
from console.models import Role, ShiftKind, ShiftStatus
from console.services.planning.week import week_bounds
from console.services.roster.model import RosterWeights, ZonePressure
from console.services.roster.problem import (
    Interval,
    KeptShift,
    Slot,
    WeekProblem,
    Worker,
    ZoneOption,
    is_evening,
    is_weekend,
)

TIMES = ((15, 19), (18, 22), (20, 24), (16, 20), (10, 14), (21, 25))  # local hours; 25: 01:00
MONDAY = date(2026, 12, 7)


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day + timedelta(days=hour // 24), time(hour % 24), HOME_TIME_ZONE)


def _pressure(rng: random.Random, zones: int) -> tuple[ZonePressure, ...]:
    shares = sorted((rng.random() for _ in range(zones)), reverse=True)
    top = shares[0] if shares and shares[0] > 0 else 1.0
    return tuple(
        ZonePressure(z + 1, f"Zone {z + 1}", round(s * 10, 2), 8.0, round(s, 4), round(s / top, 4))
        for z, s in enumerate(shares)
    )


def _worker(rng: random.Random, number: int, monday: date) -> Worker:
    """A person: some absent for days or hours, some never on one weekday, some preferring
    three days, each with evenings and weekends already worked."""
    absences = []
    if rng.random() < 0.2:
        first = rng.randrange(-1, 7)
        length = rng.randint(1, 4)
        absences.append(
            Interval(_at(monday + timedelta(days=first), 0), _at(monday, 24 * (first + length)))
        )
    if rng.random() < 0.1:
        day = monday + timedelta(days=rng.randrange(7))
        absences.append(Interval(_at(day, 14), _at(day, 19)))
    unavailable = []
    if rng.random() < 0.3:
        day = monday + timedelta(days=rng.randrange(7))
        unavailable.append(Interval(_at(day, 0), _at(day, 24)))
    preferred = []
    if rng.random() < 0.25:
        for offset in rng.sample(range(7), 3):
            day = monday + timedelta(days=offset)
            preferred.append(Interval(_at(day, 0), _at(day, 24)))
    return Worker(
        id=number,
        name=f"P. {number:03d}",
        role=Role.EDUCATOR if number % 2 else Role.OFFICER,
        contract_hours=float(rng.choice((18, 24, 30, 36, 36, 38))),
        last_day=monday + timedelta(days=4) if rng.random() < 0.02 else None,
        absences=tuple(absences),
        unavailable=tuple(unavailable),
        preferred=tuple(preferred),
        past_evenings=rng.randint(0, 10),
        past_weekends=rng.randint(0, 5),
    )


@dataclass
class _Knobs:
    drafts: float
    locked: float
    educators: list[int]
    officers: list[int]
    pressure: tuple[ZonePressure, ...]
    next_id: int = 1

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id - 1


def _outing(  # noqa: PLR0917 - one made-up outing
    rng: random.Random, knobs: _Knobs, zone: int, day: date, begin: int, finish: int
) -> Slot | KeptShift:
    """A demand outing, a draft (some with locked people, some locked whole) or a published
    shift kept as it is."""
    tz = HOME_TIME_ZONE
    starts_at, ends_at = _at(day, begin).astimezone(UTC), _at(day, finish).astimezone(UTC)
    kind = rng.choices((ShiftKind.JOINT, ShiftKind.OUTREACH, ShiftKind.PATROL), (8, 1, 1))[0]
    need_e, need_o = {
        ShiftKind.JOINT: (1, rng.choice((1, 1, 1, 2))),
        ShiftKind.OUTREACH: (2, 0),
        ShiftKind.PATROL: (0, 2),
    }[kind]
    roll = rng.random()
    team = tuple(sorted(rng.sample(knobs.educators, need_e) + rng.sample(knobs.officers, need_o)))
    if roll < 0.05:  # published: kept, with its people
        return KeptShift(knobs.new_id(), starts_at, ends_at, kind, team)
    shift_id, previous, fixed, is_locked = None, (), (), False
    if roll < 0.05 + knobs.drafts:
        shift_id, previous = knobs.new_id(), team
        if rng.random() < knobs.locked:
            is_locked = rng.random() < 0.5
            fixed = previous if is_locked else previous[:1]
    share = {p.zone_id: p.share for p in knobs.pressure}
    options: tuple[ZoneOption, ...] = ()
    if shift_id is None and kind is ShiftKind.JOINT and rng.random() < 0.05:
        better = [p.zone_id for p in knobs.pressure if p.share > share[zone]][:2]
        if better:
            options = tuple(
                ZoneOption(z, f"Zone {z}", round(10 * (1 - share[z]))) for z in (zone, *better)
            )
    return Slot(
        key=f"shift:{shift_id}" if shift_id else f"demand:{zone}:{day.isoformat()}:{begin}",
        zone_id=zone,
        zone_name=f"Zone {zone}",
        starts_at=starts_at,
        ends_at=ends_at,
        kind=kind,
        educators=need_e,
        officers=need_o,
        shift_id=shift_id,
        version_id=1 if shift_id else None,
        status=ShiftStatus.DRAFT,
        locked=is_locked,
        fixed_ids=fixed,
        previous_ids=previous,
        evening=is_evening(starts_at, ends_at, tz),
        weekend=is_weekend(starts_at, tz),
        pressure_share=share[zone],
        zone_options=options,
    )


def synthetic_week(
    seed: int,
    zones: int = 3,
    people: int = 25,
    outings_per_day: float = 2.0,
    *,
    weights: RosterWeights | None = None,
    drafts: float = 0.3,
    locked: float = 0.1,
    monday: date = MONDAY,
) -> WeekProblem:
    """A week of ``zones`` zones, about ``outings_per_day`` outings per zone and day, and
    ``people`` people (half educators, half officers); ``drafts`` and ``locked`` are the
    shares of outings already drafted, and of drafts with locks."""
    rng = random.Random(seed)
    week_start, week_end = week_bounds(monday, HOME_TIME_ZONE)
    pressure = _pressure(rng, zones)
    workers = [_worker(rng, number, monday) for number in range(1, people + 1)]
    knobs = _Knobs(
        drafts,
        locked,
        [w.id for w in workers if w.role is Role.EDUCATOR],
        [w.id for w in workers if w.role is Role.OFFICER],
        pressure,
    )
    kept: list[KeptShift] = []
    # The Sunday night before the week: rest reaches into Monday.
    for person_id in rng.sample(range(1, people + 1), max(1, people // 6)):
        start = _at(monday - timedelta(days=1), rng.choice((18, 20, 21)))
        kept.append(
            KeptShift(
                knobs.new_id(), start, start + timedelta(hours=4), ShiftKind.JOINT, (person_id,)
            )
        )
    # The Monday morning after it: a Sunday evening outing must leave 11 hours before it.
    for person_id in rng.sample(range(1, people + 1), max(1, people // 6)):
        start = _at(monday + timedelta(days=7), rng.choice((6, 8, 9)))
        kept.append(
            KeptShift(
                knobs.new_id(), start, start + timedelta(hours=4), ShiftKind.PATROL, (person_id,)
            )
        )
    slots: list[Slot] = []
    for zone in range(1, zones + 1):
        for offset in range(7):
            day = monday + timedelta(days=offset)
            count = int(outings_per_day) + (rng.random() < outings_per_day % 1)
            for begin, finish in rng.sample(TIMES, min(count, len(TIMES))):
                made = _outing(rng, knobs, zone, day, begin, finish)
                (kept if isinstance(made, KeptShift) else slots).append(made)  # type: ignore[arg-type]
    pairs = {}
    for _ in range(people * 2):
        pairs[rng.randint(1, zones), rng.choice(knobs.educators), rng.choice(knobs.officers)] = (
            rng.randint(1, 4)
        )
    slots.sort(key=lambda s: (s.starts_at, s.zone_id, s.key))
    return WeekProblem(
        monday=monday,
        tz=HOME_TIME_ZONE,
        week_start=week_start,
        week_end=week_end,
        workers=tuple(workers),
        slots=tuple(slots),
        kept=tuple(kept),
        pairs=pairs,
        pressure=pressure,
        weights=weights or RosterWeights(),
    )
