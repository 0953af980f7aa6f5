"""The week at a glance: shifts and planned hours per zone, active people per organization.

A published shift whose end has passed counts as "to debrief" (:func:`rules.awaits_debrief`),
apart from the published ones still ahead and from the done ones.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from console.clock import utc_now
from console.models import Organization, OrganizationKind, Person, Role, Shift, ShiftStatus, Zone
from console.services.planning.rules import awaits_debrief
from console.services.planning.week import week_bounds


@dataclass(frozen=True)
class ZoneWeek:
    """One zone's shifts starting in the week, by status."""

    zone_id: int
    name: str
    colour: str  # "#rrggbb"
    shifts: int  # every shift starting in the week, cancelled ones included
    hours: float  # planned hours: the length of the shifts that are not cancelled
    draft: int
    published: int  # published and not over yet
    to_debrief: int  # published and over: waiting for the debrief that makes them done
    done: int
    cancelled: int


@dataclass(frozen=True)
class OrganizationStaff:
    """How many active people an organization has, per role."""

    organization_id: int
    name: str
    kind: OrganizationKind
    counts: tuple[tuple[Role, int], ...]  # only roles with at least one person

    def count(self, role: Role) -> int:
        return dict(self.counts).get(role, 0)

    @property
    def total(self) -> int:
        return sum(n for _role, n in self.counts)


@dataclass(frozen=True)
class WeekOverview:
    monday: date
    time_zone: str
    zones: tuple[ZoneWeek, ...]
    organizations: tuple[OrganizationStaff, ...]

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)

    @property
    def iso_week(self) -> tuple[int, int]:
        """(ISO year, ISO week number): the year can differ from the calendar year's."""
        iso = self.monday.isocalendar()
        return iso.year, iso.week

    @property
    def shifts(self) -> int:
        return sum(z.shifts for z in self.zones)

    @property
    def hours(self) -> float:
        return sum(z.hours for z in self.zones)

    @property
    def to_debrief(self) -> int:
        return sum(z.to_debrief for z in self.zones)


def week_overview(
    session: Session, monday: date, tz: ZoneInfo, now: datetime | None = None
) -> WeekOverview:
    """Shifts starting in the week of ``monday`` (in ``tz``) per zone, and today's staff;
    "to debrief" as of ``now`` (the clock's by default)."""
    start, end = week_bounds(monday, tz)
    return WeekOverview(
        monday=monday,
        time_zone=tz.key,
        zones=_zones_in_week(session, start, end, utc_now() if now is None else now),
        organizations=_staff(session, monday),
    )


def _zones_in_week(
    session: Session, start: datetime, end: datetime, now: datetime
) -> tuple[ZoneWeek, ...]:
    rows = session.execute(
        select(Shift.zone_id, Shift.status, Shift.starts_at, Shift.ends_at).where(
            Shift.starts_at >= start, Shift.starts_at < end
        )
    ).all()
    statuses: dict[int, Counter[ShiftStatus]] = defaultdict(Counter)
    seconds: Counter[int] = Counter()
    to_debrief: Counter[int] = Counter()
    for zone_id, status, starts_at, ends_at in rows:
        statuses[zone_id][status] += 1
        if awaits_debrief(status, ends_at, now):
            to_debrief[zone_id] += 1
        if status != ShiftStatus.CANCELLED:
            seconds[zone_id] += (ends_at - starts_at).total_seconds()
    zones = session.execute(
        select(Zone.id, Zone.name, Zone.colour)
        .where(or_(Zone.active.is_(True), Zone.id.in_(list(statuses))))
        .order_by(Zone.name)
    ).all()
    return tuple(
        ZoneWeek(
            zone_id=zone_id,
            name=name,
            colour=colour,
            shifts=statuses[zone_id].total(),
            hours=seconds[zone_id] / 3600,
            draft=statuses[zone_id][ShiftStatus.DRAFT],
            published=statuses[zone_id][ShiftStatus.PUBLISHED] - to_debrief[zone_id],
            to_debrief=to_debrief[zone_id],
            done=statuses[zone_id][ShiftStatus.DONE],
            cancelled=statuses[zone_id][ShiftStatus.CANCELLED],
        )
        for zone_id, name, colour in zones
    )


def _staff(session: Session, monday: date) -> tuple[OrganizationStaff, ...]:
    """Active people: not switched off, and not gone before the week began."""
    counts = session.execute(
        select(Person.organization_id, Person.role, func.count(Person.id))
        .where(Person.active.is_(True), or_(Person.left_on.is_(None), Person.left_on >= monday))
        .group_by(Person.organization_id, Person.role)
    ).all()
    by_org: dict[int, dict[Role, int]] = defaultdict(dict)
    for organization_id, role, n in counts:
        by_org[organization_id][role] = n
    organizations = session.execute(
        select(Organization.id, Organization.name, Organization.kind).order_by(Organization.name)
    ).all()
    return tuple(
        OrganizationStaff(
            organization_id=org_id,
            name=name,
            kind=kind,
            counts=tuple((role, by_org[org_id][role]) for role in Role if role in by_org[org_id]),
        )
        for org_id, name, kind in organizations
    )
