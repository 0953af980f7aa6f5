"""``activity_summary``: what the project delivered in a period, for the whole project (or one
zone) and per zone, beside the previous period of the same length, with every count of people
suppressed under the threshold (:mod:`suppression`). Nothing personal leaves this module: no
names, no note text, no nicknames; organizations and zones are named, people never.

Figures of a period (times are the local days of the period in ``tz``):

- joint shifts: kind joint, starting in the period; planned = published or done, done = done,
  to debrief = published and over by the summary's ``now`` (worked, debrief not recorded yet);
- outings and outing hours: debriefs (interventions) starting in the period and their length;
- hours by organization: each participant's hours in those outings, by their organization;
- contacts: the debriefs' contacts; by age band and gender from their breakdown, the rest
  "not recorded";
- people met: distinct people (subjects) linked to those debriefs, by identification stage;
- cases: opened in the period, closed in it, and active (opened before its end, not closed by
  then); per zone by the case's zone;
- referrals: sent in the period, by their status today and the receiving organization;
- signals: occurring in the period, by kind; pressure = weighted signals per week; presence =
  joint shift hours (published or done) plus debriefs not of such a shift (the map's figures);
- meetings: held or closed in the period; actions of those meetings by their status today.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.clock import HOME_TIME_ZONE, utc_now
from console.models import (
    ActionStatus,
    FundingProject,
    Identification,
    ReferralStatus,
    ShiftStatus,
    SignalKind,
    Zone,
)
from console.services import access
from console.services.access import Action
from console.services.cases.debriefs import AGE_BANDS, GENDERS
from console.services.errors import Entity, not_found
from console.services.places.indicators import BeforeAfter, IndicatorError, WeekPoint
from console.services.reporting import queries, trend
from console.services.reporting.periods import Period
from console.services.reporting.queries import NOT_RECORDED, RawMeetings, RawPeriod, RawZone
from console.services.reporting.suppression import (
    DEFAULT_THRESHOLD,
    Count,
    count,
    suppress_group,
)

AGE_GROUPS = (*AGE_BANDS, NOT_RECORDED)
GENDER_GROUPS = (*GENDERS, NOT_RECORDED)
EQUAL_WEIGHTS = dict.fromkeys(SignalKind, 1.0)
STEPS = 5  # the progress a summary reports: done of STEPS


class ProgressJob(Protocol):
    """What a long summary reports to (the runner's ``Job`` has it)."""

    def report(self, done: int, total: int) -> None: ...
    def is_cancelled(self) -> bool: ...


class SummaryCancelled(Exception):
    """The job was cancelled: the summary stopped between two steps."""


@dataclass(frozen=True)
class Figures:
    """One period's figures for a scope (the project, one zone). Counts of people are
    :class:`Count` (maybe suppressed); a zone inside a project summary carries totals only,
    its breakdowns empty, so no breakdown cell can be found by subtraction across zones."""

    joint_planned: int
    joint_done: int
    joint_to_debrief: int  # planned, over, not done: the debrief is missing
    joint_cancelled: int
    outings: int
    outing_hours: float
    hours_by_organization: dict[str, float]  # person-hours in outings, by organization name
    contacts: Count
    contacts_by_age: dict[str, Count]  # AGE_GROUPS
    contacts_by_gender: dict[str, Count]  # GENDER_GROUPS
    people_met: Count
    people_met_by_stage: dict[Identification, Count]
    cases_opened: Count
    cases_closed: Count
    cases_active: Count
    referrals: Count
    referrals_by_status: dict[ReferralStatus, Count]
    referrals_by_organization: dict[str, Count]  # receiving organization name
    signals_by_kind: dict[SignalKind, int]
    pressure: float  # weighted signals per week
    presence_hours: float

    @property
    def signals(self) -> int:
        return sum(self.signals_by_kind.values())


@dataclass(frozen=True)
class MeetingFigures:
    held: int
    actions: dict[ActionStatus, int]  # every status, 0 when none

    @property
    def actions_done(self) -> int:
        return self.actions[ActionStatus.DONE]

    @property
    def actions_open(self) -> int:
        return self.actions[ActionStatus.OPEN]


@dataclass(frozen=True)
class ZoneSummary:
    zone_id: int
    name: str
    colour: str
    review_threshold: float
    figures: Figures
    previous: Figures | None
    trend: tuple[WeekPoint, ...]  # pressure against presence per week of the period
    before_after: BeforeAfter | None  # None when the zone has no joint shift


@dataclass(frozen=True)
class ActivitySummary:
    period: Period
    previous_period: Period | None  # None before the project's first activity
    zone_id: int | None  # the zone asked for, or None for the whole project
    zone_name: str | None
    time_zone: str
    threshold: int
    figures: Figures
    previous: Figures | None
    meetings: MeetingFigures  # the whole project's, even for one zone
    previous_meetings: MeetingFigures | None
    zones: tuple[ZoneSummary, ...]  # by name
    # Each signal kind's weight in the pressure index, as used (the method note states them).
    weights: Mapping[SignalKind, float] = field(default_factory=dict)


def activity_summary(
    session: Session,
    actor: access.Actor,
    period: Period,
    *,
    zone_id: int | None = None,
    tz: ZoneInfo = HOME_TIME_ZONE,
    threshold: int = DEFAULT_THRESHOLD,
    weights: Mapping[SignalKind, float] | None = None,
    job: ProgressJob | None = None,
    now: datetime | None = None,
) -> ActivitySummary:
    """The summary of ``period`` (local days in ``tz``) for the whole project or one zone.

    Needs ``VIEW_AGGREGATES``. Raises :class:`IndicatorError` for an unknown zone
    (``not_found``). With a ``job`` (the runner's ``Job``, or anything with
    ``report(done, total)`` and ``is_cancelled()``), progress is reported after each step and a
    cancelled job stops the work between steps with :class:`SummaryCancelled`. About twenty
    queries whatever the data, the period and the previous one read together. Shifts "to
    debrief" are those over by ``now`` (the clock's).
    """
    access.require(actor, Action.VIEW_AGGREGATES)
    now = utc_now() if now is None else now
    threshold = max(threshold, 1)  # 1 suppresses nothing; a setting of 0 means the same
    weights = {**EQUAL_WEIGHTS, **(weights or {})}
    step = _stepper(job, STEPS)
    zones = _zones(session, zone_id)
    zone_ids = None if zone_id is None else [zone_id]
    first, last = period.bounds(tz)
    began = queries.first_activity(session)
    previous_period: Period | None = period.previous()
    if began is None or began.astimezone(tz).date() > previous_period.start:
        previous_period = None
    # The previous period ends where the period begins: both read by the same queries.
    spans = [(first, last)]
    if previous_period is not None:
        spans.insert(0, previous_period.bounds(tz))
    *earlier, current = queries.raw_periods(session, spans, zone_ids, now)
    previous = earlier[0] if earlier else None
    step()
    step()
    shown = _shown_zones(session, zones, current, previous, zone_id)
    ids = [zone.id for zone in shown]
    trends = trend.zone_trends(session, ids, period, tz, weights)
    step()
    before_after = trend.before_after(session, ids, tz, weights)
    step()
    meetings = _meetings(queries.raw_meetings(session, first, last))
    previous_meetings = None
    if previous_period is not None:
        previous_meetings = _meetings(queries.raw_meetings(session, *previous_period.bounds(tz)))
    step()

    def build(raw: RawPeriod, period: Period) -> tuple[Figures, dict[int, Figures]]:
        return _scope_figures(raw, ids, period, weights, threshold, whole=zone_id is not None)

    figures, per_zone = build(current, period)
    before, previous_per_zone = (None, {})
    if previous is not None and previous_period is not None:
        before, previous_per_zone = build(previous, previous_period)
    return ActivitySummary(
        period=period,
        previous_period=previous_period,
        zone_id=zone_id,
        zone_name=zones[0].name if zone_id is not None else None,
        time_zone=tz.key,
        threshold=threshold,
        weights=weights,
        figures=figures,
        previous=before,
        meetings=meetings,
        previous_meetings=previous_meetings,
        zones=tuple(
            ZoneSummary(
                zone_id=zone.id,
                name=zone.name,
                colour=zone.colour,
                review_threshold=float(zone.review_threshold),
                figures=per_zone[zone.id],
                previous=previous_per_zone.get(zone.id),
                trend=trends.get(zone.id, ()),
                before_after=before_after.get(zone.id),
            )
            for zone in shown
        ),
    )


def project_start(session: Session, actor: access.Actor, tz: ZoneInfo = HOME_TIME_ZONE) -> date:
    """Where "project to date" begins: the start date of the funded project when it is set
    (File ▸ Funding report), else the local day of the first shift or debrief (today when
    there is none)."""
    access.require(actor, Action.VIEW_AGGREGATES)
    starts_on = session.scalar(select(FundingProject.starts_on).limit(1))
    if starts_on is not None:
        return starts_on
    began = queries.first_activity(session)
    return utc_now().astimezone(tz).date() if began is None else began.astimezone(tz).date()


# -- building ------------------------------------------------------------------------------


def _stepper(job: ProgressJob | None, total: int) -> Callable[[], None]:
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if job is not None:
            job.report(done, total)
            if job.is_cancelled():
                raise SummaryCancelled

    return step


def _zones(session: Session, zone_id: int | None) -> list[Zone]:
    if zone_id is None:
        return list(session.scalars(select(Zone).order_by(Zone.name)))
    zone = session.get(Zone, zone_id)
    if zone is None:
        raise not_found(IndicatorError, Entity.ZONE, zone_id)
    return [zone]


def _shown_zones(
    session: Session,
    zones: list[Zone],
    current: RawPeriod,
    previous: RawPeriod | None,
    zone_id: int | None,
) -> list[Zone]:
    """The zone asked for, or every active zone and any other with data in either period."""
    if zone_id is not None:
        return zones
    with_data = set(current.zones) | set(previous.zones if previous is not None else {})
    return [zone for zone in zones if zone.active or zone.id in with_data]


def _merge(raws: Sequence[RawZone], met: Counter[Identification]) -> RawZone:
    """The zones' figures added up; the people met are the scope's own (``met``): one
    person met in two zones counts once."""
    total = RawZone(met=Counter(met))
    for raw in raws:
        total.joint.update(raw.joint)
        total.joint_to_debrief += raw.joint_to_debrief
        total.outings += raw.outings
        total.outing_hours += raw.outing_hours
        total.contacts += raw.contacts
        total.by_age.update(raw.by_age)
        total.by_gender.update(raw.by_gender)
        total.person_hours.update(raw.person_hours)
        total.cases_opened += raw.cases_opened
        total.cases_closed += raw.cases_closed
        total.cases_active += raw.cases_active
        total.referrals_by_status.update(raw.referrals_by_status)
        total.referrals_by_organization.update(raw.referrals_by_organization)
        for kind, n in raw.signals.items():
            total.signals[kind] += n
        total.shift_hours += raw.shift_hours
        total.own_debrief_hours += raw.own_debrief_hours
    return total


# The counts of people shown per zone, each suppressed as a group across the zones.
_ZONE_TOTALS: dict[str, Callable[[RawZone], int]] = {
    "contacts": lambda raw: raw.contacts,
    "people_met": lambda raw: sum(raw.met.values()),
    "cases_opened": lambda raw: raw.cases_opened,
    "cases_closed": lambda raw: raw.cases_closed,
    "cases_active": lambda raw: raw.cases_active,
    "referrals": lambda raw: sum(raw.referrals_by_status.values()),
}


def _scope_figures(
    period_raw: RawPeriod,
    zone_ids: list[int],
    period: Period,
    weights: Mapping[SignalKind, float],
    threshold: int,
    *,
    whole: bool,
) -> tuple[Figures, dict[int, Figures]]:
    """The scope's figures and each zone's, suppressed; ``whole`` when the scope is one zone
    (its figures carry the breakdowns, as the scope's)."""
    raw = period_raw.zones
    scope = _merge(list(raw.values()), period_raw.met)
    totals = {name: read(scope) for name, read in _ZONE_TOTALS.items()}
    # Every key with data is a cell (cases without a zone, inactive zones), shown or not.
    keys = list(dict.fromkeys([*zone_ids, *raw]))
    zone_counts: dict[str, dict[int | None, Count]] = {}
    for name, read in _ZONE_TOTALS.items():
        cells = {key: read(raw.get(key, RawZone())) for key in keys}
        zone_counts[name], _ = suppress_group(cells, totals[name], threshold)
    scope_figures = _figures(scope, period, weights, threshold, breakdowns=True)
    per_zone = {}
    for zone_id in zone_ids:
        zone_raw = raw.get(zone_id, RawZone())
        if whole:
            per_zone[zone_id] = scope_figures
            continue
        figures = _figures(zone_raw, period, weights, threshold, breakdowns=False)
        per_zone[zone_id] = _replace_totals(
            figures, {n: c[zone_id] for n, c in zone_counts.items()}
        )
    return scope_figures, per_zone


def _replace_totals(figures: Figures, totals: dict[str, Count]) -> Figures:
    return replace(figures, **totals)


def _figures(
    raw: RawZone,
    period: Period,
    weights: Mapping[SignalKind, float],
    threshold: int,
    *,
    breakdowns: bool,
) -> Figures:
    contacts = count(raw.contacts, threshold)
    met_total = sum(raw.met.values())
    stages = raw.met
    referrals_total = sum(raw.referrals_by_status.values())

    def group(cells: Mapping, total: int) -> dict:  # type: ignore[type-arg]
        return suppress_group(cells, total, threshold)[0] if breakdowns else {}

    return Figures(
        joint_planned=raw.joint[ShiftStatus.PUBLISHED] + raw.joint[ShiftStatus.DONE],
        joint_done=raw.joint[ShiftStatus.DONE],
        joint_to_debrief=raw.joint_to_debrief,
        joint_cancelled=raw.joint[ShiftStatus.CANCELLED],
        outings=raw.outings,
        outing_hours=raw.outing_hours,
        hours_by_organization=dict(sorted(raw.person_hours.items())),
        contacts=contacts,
        contacts_by_age=group({g: raw.by_age[g] for g in AGE_GROUPS}, raw.contacts),
        contacts_by_gender=group({g: raw.by_gender[g] for g in GENDER_GROUPS}, raw.contacts),
        people_met=count(met_total, threshold),
        people_met_by_stage=group({s: stages[s] for s in Identification}, met_total),
        cases_opened=count(raw.cases_opened, threshold),
        cases_closed=count(raw.cases_closed, threshold),
        cases_active=count(raw.cases_active, threshold),
        referrals=count(referrals_total, threshold),
        referrals_by_status=group(
            {s: raw.referrals_by_status[s] for s in ReferralStatus}, referrals_total
        ),
        referrals_by_organization=group(
            dict(sorted(raw.referrals_by_organization.items())), referrals_total
        ),
        signals_by_kind={kind: raw.signals.get(kind, 0) for kind in SignalKind},
        pressure=sum(weights[k] * n for k, n in raw.signals.items()) / period.weeks,
        presence_hours=raw.presence_hours,
    )


def _meetings(raw: RawMeetings) -> MeetingFigures:
    return MeetingFigures(held=raw.held, actions=dict(raw.actions))


# Kept for the dashboard: the first day of a sensible default period.
def default_period(today: date) -> Period:
    """The four weeks up to ``today``."""
    return Period(today - timedelta(days=27), today)


__all__ = [
    "ActivitySummary",
    "Count",
    "Figures",
    "MeetingFigures",
    "Period",
    "ProgressJob",
    "SummaryCancelled",
    "ZoneSummary",
    "activity_summary",
    "default_period",
    "project_start",
]
