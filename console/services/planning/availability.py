"""Who can work a shift's time: for each person the shift dialog offers, whether they are
absent then, declared themselves unavailable then (their weekly availability), busy in another
shift, would lack their 11 hours of rest, or would pass their contract hours — before anyone
ticks them.

The answers come from the planning rules (:mod:`rules`, through
:func:`week.violations_involving`), never from a second copy of them: the time is checked as a
shift holding every person offered at once, since each rule looks at one person's shifts only.
An absence is reported without its kind (sickness is health data).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from console.models import Person, Shift, ShiftKind, ShiftStatus
from console.services import access
from console.services.access import Action
from console.services.planning import rules
from console.services.planning.rules import PersonInfo, ShiftInfo, ViolationKind
from console.services.planning.week import DEFAULT_TZ, NEW_SHIFT_ID, violations_involving


@dataclass(frozen=True)
class OtherShift:
    """A shift the person is already on at that time."""

    id: int
    zone_name: str
    starts_at: datetime  # aware UTC
    ends_at: datetime


@dataclass(frozen=True)
class Availability:
    """What stands against one person working the time; a person absent from the answer is free."""

    person_id: int
    absent: bool = False  # the kind is not said: it may be health data
    unavailable: bool = False  # in a time they declared unavailable every week
    busy: tuple[OtherShift, ...] = ()  # overlapping shifts, by start
    short_rest: bool = False  # less than 11 consecutive hours of rest in 24 with this shift
    hours: float | None = None  # hours in the week with this shift, when above the contract
    contract_hours: float | None = None

    @property
    def free(self) -> bool:
        return not (
            self.absent
            or self.unavailable
            or self.busy
            or self.short_rest
            or self.hours is not None
        )


def availability(
    session: Session,
    actor: access.Actor,
    starts_at: datetime,
    ends_at: datetime,
    person_ids: Sequence[int],
    *,
    shift_id: int | None = None,
    tz: ZoneInfo = DEFAULT_TZ,
) -> dict[int, Availability]:
    """Who of ``person_ids`` cannot work [starts_at, ends_at) freely, by person id.

    With ``shift_id`` the time replaces that stored shift (its own people are not busy in it).
    Unknown ids are left out. Raises :class:`rules.ShiftRefused` for times no shift may have.
    Writes nothing.
    """
    access.require(actor, Action.PLAN_SHIFTS)
    rules.validate_times(starts_at, ends_at)
    people = {
        person.id: PersonInfo(person.id, person.short_name, person.role, person.weekly_hours)
        for person in session.scalars(select(Person).where(Person.id.in_(list(person_ids))))
    }
    if not people:
        return {}
    draft_id = NEW_SHIFT_ID if shift_id is None else shift_id
    status = ShiftStatus.DRAFT
    if shift_id is not None:
        stored = session.get(Shift, shift_id)
        if stored is not None and stored.status is not ShiftStatus.CANCELLED:
            status = stored.status
    # Outreach: a joint shift's composition is about the shift, not about anyone's time.
    draft = ShiftInfo(draft_id, starts_at, ends_at, ShiftKind.OUTREACH, tuple(people), status)
    found: dict[int, dict[str, object]] = {}
    busy_ids: dict[int, set[int]] = {}
    for violation in violations_involving(session, [draft], people, tz):
        person_id = violation.person_id
        if person_id not in people:
            continue
        about = found.setdefault(person_id, {})
        if violation.kind is ViolationKind.ABSENT and violation.shift_id == draft_id:
            about["absent"] = True
        elif violation.kind is ViolationKind.UNAVAILABLE and violation.shift_id == draft_id:
            about["unavailable"] = True
        elif violation.kind is ViolationKind.OVERLAP and violation.shift_id == draft_id:
            busy_ids.setdefault(person_id, set()).add(violation.other_shift_id or 0)
        elif violation.kind is ViolationKind.SHORT_REST:
            about["short_rest"] = True
        elif violation.kind is ViolationKind.WEEKLY_HOURS:
            hours = max(violation.hours or 0.0, float(about.get("hours") or 0.0))  # type: ignore[arg-type]
            about["hours"] = hours
            about["contract_hours"] = violation.contract_hours
    others = _shifts(session, {i for ids in busy_ids.values() for i in ids})
    for person_id, ids in busy_ids.items():
        found.setdefault(person_id, {})["busy"] = tuple(
            sorted((others[i] for i in ids if i in others), key=lambda s: (s.starts_at, s.id))
        )
    return {
        person_id: Availability(person_id, **values)  # type: ignore[arg-type]
        for person_id, values in found.items()
        if values
    }


def _shifts(session: Session, ids: set[int]) -> dict[int, OtherShift]:
    if not ids:
        return {}
    shifts = session.scalars(
        select(Shift).options(joinedload(Shift.zone)).where(Shift.id.in_(list(ids)))
    )
    return {s.id: OtherShift(s.id, s.zone.name, s.starts_at, s.ends_at) for s in shifts}
