"""What a proposal of the week is made of: frozen values, no database, no Qt, no solver.

A *slot* is one outing of the week to staff: an existing shift (its key ``shift:ID``) or an
outing a demand pattern asks for that no shift covers yet (``demand:PATTERN:YYYY-MM-DD:ZONE``).
Keys are stable for the same data, so a view can say "accept these" or "alternatives for that"
with them. Costs are whole numbers (the solver's objective units): the weights of
:class:`RosterWeights` times the size of each breach of a soft rule.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime, time

from console.models import AvailabilityKind, Role, ShiftKind, ShiftStatus

# Re-exported: the weights live in a module of their own, which the settings load at start-up.
from console.services.roster_weights import RosterWeights

LANGUAGES = ("en", "it")


# -- demand and availability (the inputs people edit) -----------------------------------------


@dataclass(frozen=True)
class DemandDraft:
    """A weekly outing a zone needs, as the demand editor holds it.

    ``days`` are weekdays (0 Monday ... 6 Sunday); ``starts``/``ends`` local wall-clock times,
    an end at or before the start meaning the next day (22:00–02:00).
    """

    zone_id: int
    days: tuple[int, ...]
    starts: time
    ends: time
    kind: ShiftKind = ShiftKind.JOINT
    educators: int = 1
    officers: int = 1
    follows_pressure: bool = False
    active: bool = True


@dataclass(frozen=True)
class DemandRow:
    id: int
    zone_id: int
    zone_name: str
    days: tuple[int, ...]  # 0 Monday ... 6 Sunday
    starts: time
    ends: time  # at or before ``starts``: the next day
    kind: ShiftKind
    educators: int
    officers: int
    follows_pressure: bool
    active: bool
    version_id: int

    @property
    def minutes(self) -> int:
        """How long the outing lasts."""
        start = self.starts.hour * 60 + self.starts.minute
        end = self.ends.hour * 60 + self.ends.minute
        return end - start if end > start else end + 24 * 60 - start


@dataclass(frozen=True)
class AvailabilityDraft:
    """A recurring availability of a person on a weekday: the whole day when ``starts`` and
    ``ends`` are None; ``ends`` at midnight is written 00:00."""

    kind: AvailabilityKind
    weekday: int  # 0 Monday ... 6 Sunday
    starts: time | None = None
    ends: time | None = None


@dataclass(frozen=True)
class AvailabilityRow:
    id: int
    person_id: int
    person_name: str
    kind: AvailabilityKind
    weekday: int
    starts: time | None
    ends: time | None  # 00:00 with a start: until midnight
    version_id: int


# -- the proposal ----------------------------------------------------------------------------


class SolverStatus(enum.StrEnum):
    OPTIMAL = "optimal"  # no better proposal exists under these weights
    FEASIBLE = "feasible"  # a proposal keeping every hard rule, the best found in time
    INFEASIBLE = "infeasible"  # the locked shifts themselves break a hard rule
    UNKNOWN = "unknown"  # no proposal found within the time limit
    EMPTY = "empty"  # nothing to plan: no demand and no draft in the week


class Blocker(enum.StrEnum):
    """Why a person cannot take a slot (checked in this order; the first one counts)."""

    INACTIVE = "inactive"  # left or no longer active
    ABSENT = "absent"  # an absence (leave, sickness, training...) covers the time
    UNAVAILABLE = "unavailable"  # their recurring unavailability covers the time
    BUSY = "busy"  # in a kept shift that overlaps
    SHORT_REST = "short_rest"  # would lack 11 consecutive hours of rest with the kept shifts
    WEEKLY_LIMIT = "weekly_limit"  # kept shifts plus this one pass the contract hours
    TAKEN = "taken"  # free for this slot alone, but needed by the other proposed outings


class PenaltyRule(enum.StrEnum):
    UNFILLED = "unfilled"  # a place in an outing left empty
    FAIRNESS = "fairness"  # more evenings or weekends than a fair share
    CONTINUITY = "continuity"  # an educator and an officer who never worked the zone together
    PREFERENCE = "preference"  # planned outside the person's preferred days
    PRESSURE = "pressure"  # a movable outing not in the zone under most pressure
    CHANGE = "change"  # a person added to or removed from an existing draft


@dataclass(frozen=True)
class ZonePressure:
    """The "follow pressure" figures of a zone over the 4 weeks before the proposed one.

    ``index`` = weighted signals per week / max(hours of presence per week, 1); ``share`` is the
    index over the highest index of the zones (1.0 for the zone under most pressure).
    """

    zone_id: int
    zone_name: str
    pressure: float  # weighted signals per week
    presence_hours: float  # hours of presence per week
    index: float
    share: float


@dataclass(frozen=True)
class ProposedAssignment:
    slot_key: str
    person_id: int
    person_name: str  # "M. Rossi"
    role: Role
    locked: bool  # kept as it was (a locked or published shift, or a locked assignment)
    new: bool  # not on the existing shift (always True on a new outing)


@dataclass(frozen=True)
class ProposedShift:
    key: str
    shift_id: int | None  # the existing shift, None for a new outing
    version_id: int | None  # the existing shift's version the proposal was made from
    zone_id: int
    zone_name: str
    starts_at: datetime  # aware UTC
    ends_at: datetime
    kind: ShiftKind
    status: ShiftStatus  # DRAFT for new outings
    educators_needed: int
    officers_needed: int
    person_ids: tuple[int, ...]  # proposed, sorted
    previous_person_ids: tuple[int, ...]  # on the existing shift, sorted ((): new outing)
    locked: bool  # the whole shift is kept as it is
    demand_id: int | None = None  # the pattern it comes from, when any
    moved_from_zone_id: int | None = None  # follow pressure moved it from this zone

    @property
    def is_new(self) -> bool:
        return self.shift_id is None

    @property
    def changed(self) -> bool:
        """Applying it writes something: a new outing with people, or other people here."""
        if self.shift_id is None:
            return bool(self.person_ids)
        return self.person_ids != self.previous_person_ids


@dataclass(frozen=True)
class BlockerCount:
    blocker: Blocker
    count: int


@dataclass(frozen=True)
class UnfilledSlot:
    """A place left empty, with why: each candidate of the role checked against the rules."""

    slot_key: str
    zone_id: int
    zone_name: str
    starts_at: datetime
    ends_at: datetime
    role: Role  # EDUCATOR or OFFICER
    missing: int
    candidates: int  # people of the role considered
    counts: tuple[BlockerCount, ...]  # non-zero only, in Blocker order
    texts: tuple[tuple[str, str], ...]  # (language, sentence) for "en" and "it"

    def text(self, language: str = "en") -> str:
        return dict(self.texts).get(language) or dict(self.texts)["en"]


@dataclass(frozen=True)
class Penalty:
    """A soft rule the proposal breaks, with whom and what it costs."""

    rule: PenaltyRule
    cost: int
    person_id: int | None
    person_name: str | None
    slot_key: str | None
    zone_id: int | None
    texts: tuple[tuple[str, str], ...]  # (language, sentence) for "en" and "it"

    def text(self, language: str = "en") -> str:
        return dict(self.texts).get(language) or dict(self.texts)["en"]


@dataclass(frozen=True)
class Proposal:
    monday: date
    tz_name: str
    week_start: datetime  # aware UTC
    week_end: datetime
    status: SolverStatus
    seed: int
    workers: int
    time_limit_seconds: float
    objective: int | None  # total cost (None without a solution)
    best_bound: int | None  # the solver's lower bound on the cost
    wall_time_seconds: float
    shifts: tuple[ProposedShift, ...]  # by start, then zone
    assignments: tuple[ProposedAssignment, ...]  # by slot, then person
    unfilled: tuple[UnfilledSlot, ...]
    penalties: tuple[Penalty, ...]  # by cost, highest first
    pressure: tuple[ZonePressure, ...]  # by index, highest first
    pressure_rule: tuple[tuple[str, str], ...]  # the rule in words, (language, sentence)
    weights: RosterWeights = field(default_factory=RosterWeights)
    # Every shift the proposal read (drafts it staffs and shifts it kept): a shift at a new
    # outing's place and time that is not among them was made by someone else meanwhile.
    known_shift_ids: frozenset[int] = frozenset()

    def shift(self, key: str) -> ProposedShift:
        for proposed in self.shifts:
            if proposed.key == key:
                return proposed
        raise KeyError(key)

    @property
    def changes(self) -> tuple[ProposedShift, ...]:
        """The outings applying the whole proposal would write."""
        return tuple(s for s in self.shifts if s.changed and not s.locked)


@dataclass(frozen=True)
class Alternative:
    """A person who could take a place in a slot, and what choosing them costs."""

    person_id: int
    person_name: str
    role: Role
    rank: int  # 1 is the best
    cost: int  # the soft-rule cost this choice adds (lower is better)
    blockers: tuple[Blocker, ...]  # empty: the choice keeps every hard rule
    replaces_person_id: int | None  # the person of the same role they would replace
    penalties: tuple[Penalty, ...]  # the soft rules the choice breaks

    @property
    def possible(self) -> bool:
        return not self.blockers


@dataclass(frozen=True)
class AppliedProposal:
    """What :func:`apply_proposal` wrote, enough for :func:`revert_applied` to undo it."""

    created_shift_ids: tuple[int, ...]
    # (shift id, people before, people after) of each existing draft restaffed
    restaffed: tuple[tuple[int, tuple[int, ...], tuple[int, ...]], ...]
    # (shift id, people locked on it before) of each restaffed draft: the undo restores them
    locked_before: tuple[tuple[int, tuple[int, ...]], ...] = ()

    @property
    def shift_ids(self) -> tuple[int, ...]:
        return self.created_shift_ids + tuple(shift_id for shift_id, _, _ in self.restaffed)
