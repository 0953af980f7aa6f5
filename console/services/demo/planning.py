"""The Cremona demo's eight weeks of shifts, staffed by the rules but one, and their debriefs."""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from console.models import (
    INTERVENTION_TYPES,
    Intervention,
    InterventionParticipant,
    Person,
    Role,
    Shift,
    ShiftAssignment,
    ShiftKind,
    ShiftStatus,
)
from console.services.demo import texts
from console.services.demo.state import ROME, WEEKS, WEEKS_BEFORE, DemoState

SLOTS = ((15, 19), (18, 22), (20, 24))  # local hours; 24 is the next midnight
KIND_WEIGHTS = {ShiftKind.JOINT: 6, ShiftKind.OUTREACH: 2, ShiftKind.PATROL: 2}
DEBRIEF_SHARE = 0.85


@dataclass
class _Planner:
    """Who is free when: at most one shift a day (every shift lies between 15:00 and 24:00,
    so that alone keeps 11 hours of rest and rules out overlaps), no absence, within the
    contract's weekly hours, not after leaving."""

    absences: dict[Person, list[tuple[datetime, datetime]]]
    busy_days: set[tuple[Person, date]] = field(default_factory=set)
    hours: defaultdict[tuple[Person, int], float] = field(
        default_factory=lambda: defaultdict(float)
    )

    def is_free(self, person: Person, week: int, start: datetime, end: datetime) -> bool:
        day = start.astimezone(ROME).date()
        if person.left_on is not None and day >= person.left_on:
            return False
        if (person, day) in self.busy_days:
            return False
        if any(s < end and start < e for s, e in self.absences.get(person, ())):
            return False
        return self.hours[person, week] + _hours(start, end) <= person.weekly_hours

    def pick(
        self, rng: random.Random, pool: list[Person], count: int, week: int, shift: Shift
    ) -> list[Person] | None:
        free = [p for p in pool if self.is_free(p, week, shift.starts_at, shift.ends_at)]
        rng.shuffle(free)  # ties broken at random, then the least busy first
        free.sort(key=lambda p: self.hours[p, week])
        return free[:count] if len(free) >= count else None

    def take(self, person: Person, week: int, shift: Shift) -> None:
        self.busy_days.add((person, shift.starts_at.astimezone(ROME).date()))
        self.hours[person, week] += _hours(shift.starts_at, shift.ends_at)


def _hours(start: datetime, end: datetime) -> float:
    return (end - start).total_seconds() / 3600


def _week_status(week: int) -> ShiftStatus:
    if week < WEEKS_BEFORE:
        return ShiftStatus.DONE
    if week <= WEEKS_BEFORE + 1:  # this week and the next are published
        return ShiftStatus.PUBLISHED
    return ShiftStatus.DRAFT


def seed_shifts(demo: DemoState) -> None:
    """Two to four staffed shifts a day for the eight weeks; two called off, one conflict."""
    rng = demo.rng
    absences: dict[Person, list[tuple[datetime, datetime]]] = defaultdict(list)
    for absence in demo.absences:
        absences[absence.person].append((absence.starts_at, absence.ends_at))
    planner = _Planner(absences)
    by_role: defaultdict[Role, list[Person]] = defaultdict(list)
    for person in demo.people.values():
        by_role[person.role].append(person)
    combos = [(slot, zone) for slot in SLOTS for zone in demo.zones.values()]
    creator = demo.users["coordinatore"]
    for week in range(WEEKS):
        planned_at = demo.at(min(week * 7 - 10, demo.days_before_today - 1), 9)
        for offset in range(week * 7, week * 7 + 7):
            count = rng.choice((2, 3) if offset % 7 < 5 else (3, 4))
            chosen = sorted(rng.sample(combos, count), key=lambda c: (c[0], c[1].name))
            for (begin, finish), zone in chosen:
                kind = rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()))[0]
                shift = Shift(
                    zone=zone,
                    starts_at=demo.at(offset, begin),
                    ends_at=demo.at(offset, finish),
                    kind=kind,
                    status=_week_status(week),
                    objectives=rng.choice(texts.OBJECTIVES[kind]),
                    created_by_id=creator.id,
                    created_at=planned_at,
                    updated_at=planned_at,
                )
                team = _staff(rng, planner, by_role, week, shift)
                if team is None:
                    continue
                for person in team:
                    planner.take(person, week, shift)
                shift.assignments = [ShiftAssignment(person=p) for p in team]
                demo.shifts.append(shift)
    conflict = _plant_conflict(demo)
    for week in (2, WEEKS_BEFORE + 1):  # one past and one upcoming shift called off
        same_week = [s for s in demo.shifts if demo.week_of(s.starts_at) == week]
        rng.choice([s for s in same_week if s is not conflict]).status = ShiftStatus.CANCELLED
    demo.session.add_all(demo.shifts)
    demo.session.flush()


def _staff(
    rng: random.Random,
    planner: _Planner,
    by_role: dict[Role, list[Person]],
    week: int,
    shift: Shift,
) -> list[Person] | None:
    """Two or three people: joint = educator + officer, outreach = educators, patrol = officers."""
    educators, officers = {
        ShiftKind.JOINT: (1, 1),
        ShiftKind.OUTREACH: (2, 0),
        ShiftKind.PATROL: (0, 2),
    }[shift.kind]
    if shift.kind is not ShiftKind.PATROL and rng.random() < 0.35:
        if shift.kind is ShiftKind.JOINT and rng.random() < 0.5:
            officers += 1
        else:
            educators += 1
    team = []
    for role, count in ((Role.EDUCATOR, educators), (Role.OFFICER, officers)):
        picked = planner.pick(rng, by_role[role], count, week, shift)
        if picked is None:
            return None
        team += picked
    return team


def _plant_conflict(demo: DemoState) -> Shift:
    """THE ONE DELIBERATE RULE BREAK, so the conflict view has something to show.

    The conflict officer's leave (Tuesday to Thursday of next week) was approved after that
    week was published, and the coordinator has not re-planned yet: the officer is still on
    a shift in the middle of the leave, in place of the officer the planner had chosen. The
    officer has no other shift that day and stays within the weekly hours, so the absence is
    the only broken rule in the whole demo.
    """
    officer = demo.people[texts.CONFLICT_OFFICER]
    leave = next(a for a in demo.absences if a.person is officer)
    during = [
        s
        for s in demo.shifts
        if s.starts_at < leave.ends_at
        and leave.starts_at < s.ends_at
        and any(a.person.role is Role.OFFICER for a in s.assignments)
    ]
    shift = during[len(during) // 2]
    next(a for a in shift.assignments if a.person.role is Role.OFFICER).person = officer
    return shift


def seed_debriefs(demo: DemoState) -> None:
    """A debrief (an intervention) for most done shifts, recorded by a team member's account."""
    rng = demo.rng
    accounts = {user.person: user for user in demo.users.values()}
    for shift in demo.shifts:
        if shift.status is not ShiftStatus.DONE or rng.random() >= DEBRIEF_SHARE:
            continue
        team = [a.person for a in shift.assignments]
        if shift.kind is ShiftKind.PATROL:
            types = {"presence", "information_given"} if rng.random() < 0.5 else {"presence"}
            contacts = rng.randint(0, 6)
        else:
            types = {"contact", *rng.sample(INTERVENTION_TYPES, 2)}
            contacts = rng.randint(3, 18)
        recorder = next((accounts[p] for p in team if p in accounts), None)
        intervention = Intervention(
            shift_id=shift.id,
            zone=shift.zone,
            started_at=shift.starts_at,
            ended_at=shift.ends_at,
            types=[t for t in INTERVENTION_TYPES if t in types],
            contacts_count=contacts,
            outcome=rng.choice(texts.OUTCOMES),
            follow_up=rng.choice(texts.FOLLOW_UPS) if rng.random() < 0.3 else "",
            recorded_by_id=recorder.id if recorder else None,
            recorded_at=shift.ends_at + timedelta(minutes=40),
        )
        intervention.participants = [InterventionParticipant(person=p) for p in team]
        demo.interventions.append(intervention)
    demo.session.add_all(demo.interventions)
