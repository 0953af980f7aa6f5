"""``funding_report``: the report to the funder for a period (local days ``start`` to ``end``):
hours delivered per organization and role x their hourly cost, other expenses, the total
against the grant and the share used, results against the objectives with the activity
summary's indicators (counts of people suppressed under the threshold), and the narrative the
coordinator wrote for the period.

Hours delivered are person-hours in the field: for every debrief (intervention) starting in the
period, its length for each participant, by the participant's organization and role — the
activity summary's "hours by organization", split by role. Each line's hours are rounded to the
cent of an hour (0.01 h) and its cost is those hours x the hourly cost, rounded to the cent
(half up), so anyone can check a line from the printed figures; totals add the lines. All of it
in ``Decimal``.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.clock import HOME_TIME_ZONE
from console.models import (
    HourlyCost,
    Intervention,
    InterventionParticipant,
    Organization,
    Person,
    Role,
)
from console.services.access import Action, Actor, require
from console.services.funding.common import CENT, FundingError
from console.services.funding.expenses import expenses_between
from console.services.funding.rows import ExpenseRow, Narrative, ProjectSettings
from console.services.funding.settings import project_settings, read_narrative
from console.services.reporting.periods import Period
from console.services.reporting.summary import activity_summary
from console.services.reporting.suppression import DEFAULT_THRESHOLD, Count

ZERO = Decimal("0.00")
SHARE = Decimal("0.0001")  # the share of the grant used, to a hundredth of a percent
TENTH = Decimal("0.1")


class IndicatorKey(enum.StrEnum):
    """The results reported against the objectives (the activity summary's figures)."""

    OUTINGS = "outings"
    OUTING_HOURS = "outing_hours"
    JOINT_SHIFTS = "joint_shifts"
    CONTACTS = "contacts"
    PEOPLE_MET = "people_met"
    CASES_ACTIVE = "cases_active"
    REFERRALS = "referrals"
    MEETINGS = "meetings"


@dataclass(frozen=True)
class Indicator:
    """A figure of the period and of the period of the same length before it. A value is an
    ``int`` count, ``Decimal`` hours, or None for a count of people under the threshold."""

    key: IndicatorKey
    value: int | Decimal | None
    previous: int | Decimal | None  # None also when there is no previous period
    suppressed: bool  # the value is a count under the threshold ("<5")
    previous_suppressed: bool


@dataclass(frozen=True)
class HoursLine:
    organization_id: int
    organization_name: str
    role: Role
    hours: Decimal  # person-hours, 2 decimals
    hourly_cost: Decimal | None  # None: no cost set for this organization and role
    cost: Decimal  # hours x hourly cost, to the cent (0 without a cost)


@dataclass(frozen=True)
class FundingReport:
    project: ProjectSettings
    start: date
    end: date
    time_zone: str
    hours: tuple[HoursLine, ...]  # by organization name, then role
    expenses: tuple[ExpenseRow, ...]  # of the period, by date
    indicators: tuple[Indicator, ...]
    has_previous: bool  # the indicators have a previous period
    previous_start: date | None
    previous_end: date | None
    threshold: int
    narrative: Narrative

    @property
    def hours_total(self) -> Decimal:
        return sum((line.hours for line in self.hours), ZERO)

    @property
    def staff_cost(self) -> Decimal:
        return sum((line.cost for line in self.hours), ZERO)

    @property
    def expenses_total(self) -> Decimal:
        return sum((expense.amount for expense in self.expenses), ZERO)

    @property
    def total(self) -> Decimal:
        return self.staff_cost + self.expenses_total

    @property
    def remaining(self) -> Decimal:
        """What is left of the grant after this period's total (negative: over budget)."""
        return self.project.grant_amount - self.total

    @property
    def share_used(self) -> Decimal | None:
        """Total / grant (0.4231 = 42.31 %), None when no grant is set."""
        grant = self.project.grant_amount
        if grant <= 0:
            return None
        return (self.total / grant).quantize(SHARE, rounding=ROUND_HALF_UP)

    @property
    def missing_costs(self) -> tuple[HoursLine, ...]:
        """Lines with hours but no hourly cost: the report undercounts until one is set."""
        return tuple(line for line in self.hours if line.hourly_cost is None and line.hours > 0)


def line_cost(hours: Decimal, hourly_cost: Decimal) -> Decimal:
    """Hours x cost to the cent, half up (as a spreadsheet's ROUND(hours*cost; 2))."""
    return (hours * hourly_cost).quantize(CENT, rounding=ROUND_HALF_UP)


def delivered_seconds(
    session: Session, period: Period, tz: ZoneInfo
) -> dict[tuple[int, Role], int]:
    """``{(organization id, role): seconds}`` of every participant of the debriefs starting in
    the period (local days in ``tz``)."""
    first, last = period.bounds(tz)
    query = (
        select(
            Intervention.started_at,
            Intervention.ended_at,
            Person.organization_id,
            Person.role,
        )
        .join(InterventionParticipant, InterventionParticipant.intervention_id == Intervention.id)
        .join(Person, Person.id == InterventionParticipant.person_id)
        .where(Intervention.started_at >= first, Intervention.started_at < last)
    )
    seconds: dict[tuple[int, Role], int] = defaultdict(int)
    for started, ended, organization_id, role in session.execute(query):
        seconds[(organization_id, role)] += round((ended - started).total_seconds())
    return dict(seconds)


def _hours_lines(session: Session, period: Period, tz: ZoneInfo) -> tuple[HoursLine, ...]:
    seconds = delivered_seconds(session, period, tz)
    costs = {
        (c.organization_id, c.role): Decimal(c.hourly_cost).quantize(CENT)
        for c in session.scalars(select(HourlyCost))
    }
    names = {
        row.id: row.name for row in session.execute(select(Organization.id, Organization.name))
    }
    lines = []
    for (organization_id, role), total in seconds.items():
        hours = (Decimal(total) / 3600).quantize(CENT, rounding=ROUND_HALF_UP)
        rate = costs.get((organization_id, role))
        lines.append(
            HoursLine(
                organization_id=organization_id,
                organization_name=names[organization_id],
                role=role,
                hours=hours,
                hourly_cost=rate,
                cost=line_cost(hours, rate) if rate is not None else ZERO,
            )
        )
    roles = list(Role)
    lines.sort(key=lambda line: (line.organization_name.casefold(), roles.index(line.role)))
    return tuple(lines)


def _value(figure: Count | int | float) -> tuple[int | Decimal | None, bool]:
    if isinstance(figure, Count):
        return figure.value, figure.suppressed
    if isinstance(figure, float):
        return Decimal(repr(figure)).quantize(TENTH, rounding=ROUND_HALF_UP), False
    return figure, False


def _indicators(
    session: Session, actor: Actor, period: Period, tz: ZoneInfo, threshold: int
) -> tuple[tuple[Indicator, ...], Period | None]:
    summary = activity_summary(session, actor, period, tz=tz, threshold=threshold)

    def figures(which: object) -> dict[IndicatorKey, Count | int | float]:
        f = which.figures if which is summary else which  # type: ignore[attr-defined]
        return {
            IndicatorKey.OUTINGS: f.outings,
            IndicatorKey.OUTING_HOURS: f.outing_hours,
            IndicatorKey.JOINT_SHIFTS: f.joint_done,
            IndicatorKey.CONTACTS: f.contacts,
            IndicatorKey.PEOPLE_MET: f.people_met,
            IndicatorKey.CASES_ACTIVE: f.cases_active,
            IndicatorKey.REFERRALS: f.referrals,
        }

    now = figures(summary)
    now[IndicatorKey.MEETINGS] = summary.meetings.held
    before: dict[IndicatorKey, Count | int | float] = {}
    if summary.previous is not None:
        before = figures(summary.previous)
        if summary.previous_meetings is not None:
            before[IndicatorKey.MEETINGS] = summary.previous_meetings.held
    indicators = []
    for key in IndicatorKey:
        value, suppressed = _value(now[key])
        previous, previous_suppressed = (None, False)
        if key in before:
            previous, previous_suppressed = _value(before[key])
        indicators.append(Indicator(key, value, previous, suppressed, previous_suppressed))
    return tuple(indicators), summary.previous_period


def funding_report(
    session: Session,
    actor: Actor,
    start: date,
    end: date,
    *,
    tz: ZoneInfo = HOME_TIME_ZONE,
    threshold: int = DEFAULT_THRESHOLD,
) -> FundingReport:
    """The funding report of local days ``start`` to ``end`` (both included) in ``tz``.

    Needs ``MANAGE_FUNDING``. Refuses an end before the start (``funding_period_reversed``).
    """
    require(actor, Action.MANAGE_FUNDING)
    if end < start:
        raise FundingError(
            "funding_period_reversed",
            "the period ends ({end}) before it starts ({start})",
            start=start,
            end=end,
        )
    period = Period(start, end)
    threshold = max(threshold, 1)
    indicators, previous = _indicators(session, actor, period, tz, threshold)
    return FundingReport(
        project=project_settings(session, actor),
        start=start,
        end=end,
        time_zone=tz.key,
        hours=_hours_lines(session, period, tz),
        expenses=tuple(expenses_between(session, start, end)),
        indicators=indicators,
        has_previous=previous is not None,
        previous_start=previous.start if previous else None,
        previous_end=previous.end if previous else None,
        threshold=threshold,
        narrative=read_narrative(session, actor, start, end),
    )
