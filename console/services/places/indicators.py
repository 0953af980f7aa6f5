"""Pressure against presence per zone: signal counts weighted per week beside the hours of joint
shifts and debriefs, the weekly trend of one zone, and the zone panel of the map.

Periods are local days ``start`` to ``end`` inclusive in a given time zone; a week is a local
Monday-to-Monday. Pressure is the weighted number of signals *per week* of the period, so a
zone's review threshold means the same for any period length. Every figure comes from grouped
SQL (a fixed number of queries, whatever the number of signals); a shift or a debrief counts in
full in the period where it starts.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo as TimeZone

from sqlalchemy import case, literal, not_, or_, select
from sqlalchemy.orm import Session

from console.models import (
    Case,
    CaseStatus,
    Intervention,
    Shift,
    ShiftStatus,
    Signal,
    SignalKind,
    Zone,
)
from console.services import access, bounds
from console.services.access import Action
from console.services.errors import Entity, Refusal, not_found
from console.services.places import aggregates
from console.services.places.signals import SignalInfo
from console.services.places.zones import ZoneInfo, zone_info

MAX_TREND_WEEKS = 260
RECENT_SIGNALS = 10
UPCOMING_SHIFTS = 10


class IndicatorError(Refusal):
    """The indicators cannot be computed as asked; ``str()`` says why in one line."""


@dataclass(frozen=True)
class ZoneIndicator:
    zone_id: int
    zone_name: str
    colour: str
    signals: dict[SignalKind, int]  # every kind present, 0 when none
    pressure: float  # weighted signals per week of the period
    shift_hours: float  # joint shifts, published or done, starting in the period
    debrief_hours: float  # interventions (debriefs) starting in the period
    review_threshold: float
    flagged: bool  # pressure > review_threshold
    presence_hours: float = 0.0  # shift hours + debriefs not of one of those shifts
    debriefs: int = 0  # number of debriefs


@dataclass(frozen=True)
class WeekPoint:
    monday: date
    pressure: float  # weighted signals in the (whole, local) week
    signals: int  # signals in the week, all kinds
    presence_hours: float  # as ZoneIndicator.presence_hours, for the week


class DebriefTotal(NamedTuple):
    zone_id: int
    count: int
    hours: float


class UpcomingShift(NamedTuple):
    shift_id: int
    starts_at: datetime  # aware UTC
    ends_at: datetime
    status: ShiftStatus


class OpenCase(NamedTuple):
    case_id: int
    title: str
    status: CaseStatus


@dataclass(frozen=True)
class BeforeAfter:
    """The zone in the ``days`` before ``compare_at`` and the ``days`` from it on."""

    compare_at: date
    days: int
    before_pressure: float
    after_pressure: float
    before_presence_hours: float
    after_presence_hours: float


@dataclass(frozen=True)
class ZonePanel:
    zone: ZoneInfo
    indicator: ZoneIndicator
    trend: tuple[WeekPoint, ...]
    recent_signals: tuple[SignalInfo, ...]  # the last 10 before the period's end, newest first
    upcoming_shifts: tuple[UpcomingShift, ...]  # the next 10 not cancelled, from now
    open_cases: tuple[OpenCase, ...]  # titles only; empty for managers (counts only)
    open_cases_count: int
    before_after: BeforeAfter | None


# -- periods ---------------------------------------------------------------------------------


def weeks_in(start: date, end: date) -> float:
    """How many weeks the local days ``start`` to ``end`` (inclusive) make: days / 7.

    Raises :class:`IndicatorError` when ``end`` is before ``start``, ``date_out_of_range``
    outside the dates :mod:`console.services.bounds` accepts.
    """
    bounds.check_days(start, end)
    if end < start:
        raise IndicatorError(
            "indicator_period_reversed",
            "the period ends ({end}) before it starts ({start})",
            start=start,
            end=end,
        )
    return ((end - start).days + 1) / 7


def period_bounds(start: date, end: date, time_zone: TimeZone) -> tuple[datetime, datetime]:
    """Local midnight of ``start`` to local midnight after ``end``, as aware UTC datetimes."""
    weeks_in(start, end)
    first = datetime.combine(start, datetime.min.time(), time_zone)
    last = datetime.combine(end + timedelta(days=1), datetime.min.time(), time_zone)
    return first.astimezone(UTC), last.astimezone(UTC)


def _weights(weights: Mapping[SignalKind, float]) -> dict[SignalKind, float]:
    """A weight per kind (1.0 for a kind not given); :class:`IndicatorError` if one is bad."""
    result = {}
    for kind in SignalKind:
        value = float(weights.get(kind, 1.0))
        if not (math.isfinite(value) and value >= 0):
            raise IndicatorError(
                "indicator_weight_invalid",
                "the weight of {kind} must be a number of 0 or more",
                kind=kind,
            )
        result[kind] = value
    return result


def _indicators(
    session: Session,
    zones: Sequence[Zone],
    start: datetime,
    end: datetime,
    *,
    weeks: float,
    weights: dict[SignalKind, float],
) -> list[ZoneIndicator]:
    """Three grouped queries for any number of zones."""
    ids = [zone.id for zone in zones]
    counts = aggregates.signal_counts(session, Signal.zone_id, start, end, ids)
    shifts = aggregates.shift_hours(session, Shift.zone_id, start, end, ids)
    debriefs = aggregates.debrief_totals(session, Intervention.zone_id, start, end, ids)
    result = []
    for zone in zones:
        signals = dict(counts[zone.id])
        pressure = sum(weights[kind] * n for kind, n in signals.items()) / weeks
        count, debrief_hours, own_hours = debriefs.get(zone.id, (0, 0.0, 0.0))
        shift_hours = shifts.get(zone.id, 0.0)
        result.append(
            ZoneIndicator(
                zone_id=zone.id,
                zone_name=zone.name,
                colour=zone.colour,
                signals=signals,
                pressure=pressure,
                shift_hours=shift_hours,
                debrief_hours=debrief_hours,
                review_threshold=float(zone.review_threshold),
                flagged=pressure > zone.review_threshold,
                presence_hours=shift_hours + own_hours,
                debriefs=count,
            )
        )
    return result


# -- services --------------------------------------------------------------------------------


def zone_indicators(  # noqa: PLR0917 - the period, weights and zone as the map passes them
    session: Session,
    actor: access.Actor,
    start: date,
    end: date,
    weights: Mapping[SignalKind, float],
    time_zone: TimeZone,
) -> list[ZoneIndicator]:
    """Pressure and presence of every active zone over the local days ``start``..``end``
    (inclusive), by zone name. Four queries whatever the data. ``weights`` gives each kind's
    weight (missing kinds weigh 1); raises :class:`IndicatorError` for a bad period or weight."""
    access.require(actor, Action.VIEW_MAP)
    weighting = _weights(weights)
    first, last = period_bounds(start, end, time_zone)
    zones = list(session.scalars(select(Zone).where(Zone.active.is_(True)).order_by(Zone.name)))
    return _indicators(session, zones, first, last, weeks=weeks_in(start, end), weights=weighting)


def debriefs_in_period(
    session: Session, actor: access.Actor, start: datetime, end: datetime
) -> list[DebriefTotal]:
    """Per zone with any, the debriefs starting in [start, end) (aware) and their hours."""
    access.require(actor, Action.VIEW_MAP)
    totals = aggregates.debrief_totals(session, Intervention.zone_id, start, end, None)
    return [
        DebriefTotal(zone_id, count, hours) for zone_id, (count, hours, _) in sorted(totals.items())
    ]


def _mondays(start: date, end: date) -> list[date]:
    first = start - timedelta(days=start.weekday())
    return [first + timedelta(weeks=i) for i in range((end - first).days // 7 + 1)]


def zone_trend(  # noqa: PLR0917 - as zone_indicators, for one zone
    session: Session,
    actor: access.Actor,
    zone_id: int,
    start: date,
    end: date,
    weights: Mapping[SignalKind, float],
    time_zone: TimeZone,
) -> list[WeekPoint]:
    """One point per local week touching ``start``..``end``, whole weeks (Monday to Sunday),
    oldest first: the zone's pressure (weighted signals in the week), signals and presence
    hours. Three grouped queries. Raises :class:`IndicatorError` for a bad period or weight,
    or more than :data:`MAX_TREND_WEEKS` weeks."""
    access.require(actor, Action.VIEW_MAP)
    return _trend(session, zone_id, start, end, weights=_weights(weights), time_zone=time_zone)


def _trend(
    session: Session,
    zone_id: int,
    start: date,
    end: date,
    *,
    weights: dict[SignalKind, float],
    time_zone: TimeZone,
) -> list[WeekPoint]:
    weeks_in(start, end)
    mondays = _mondays(start, end)
    if len(mondays) > MAX_TREND_WEEKS:
        raise IndicatorError(
            "indicator_trend_too_long",
            "the trend shows at most {limit} weeks; shorten the period",
            limit=MAX_TREND_WEEKS,
        )
    bounds = [
        datetime.combine(monday, datetime.min.time(), time_zone).astimezone(UTC)
        for monday in [*mondays, mondays[-1] + timedelta(weeks=1)]
    ]

    def week_of(column: Any) -> Any:
        """The week's index as SQL; boundaries are local midnights, so DST weeks stay whole."""
        if len(mondays) == 1:
            return literal(0)
        return case(
            *((column < bound, index) for index, bound in enumerate(bounds[1:-1])),
            else_=len(mondays) - 1,
        )

    first, last = bounds[0], bounds[-1]
    counts = aggregates.signal_counts(session, week_of(Signal.occurred_at), first, last, [zone_id])
    shifts = aggregates.shift_hours(session, week_of(Shift.starts_at), first, last, [zone_id])
    debriefs = aggregates.debrief_totals(
        session, week_of(Intervention.started_at), first, last, [zone_id]
    )
    points = []
    for index, monday in enumerate(mondays):
        signals = counts.get(index, {})
        points.append(
            WeekPoint(
                monday=monday,
                pressure=float(sum(weights[kind] * n for kind, n in signals.items())),
                signals=sum(signals.values()),
                presence_hours=shifts.get(index, 0.0) + debriefs.get(index, (0, 0.0, 0.0))[2],
            )
        )
    return points


def zone_panel(  # noqa: PLR0917 - as zone_indicators, for one zone
    session: Session,
    actor: access.Actor,
    zone_id: int,
    start: date,
    end: date,
    weights: Mapping[SignalKind, float],
    time_zone: TimeZone,
    *,
    compare_at: date | None = None,
    now: datetime | None = None,
) -> ZonePanel:
    """Everything the map's zone panel shows for one zone (active or not) and period.

    Open cases (not closed, in the zone) are listed by title only, never notes or names; a
    manager gets only their number. ``compare_at`` adds pressure and presence in the same
    number of days as the period before it and from it on. ``now`` (default: the clock)
    decides which shifts are upcoming. Raises :class:`IndicatorError` for an unknown zone.
    """
    access.require(actor, Action.VIEW_MAP)
    weighting = _weights(weights)
    zone = session.get(Zone, zone_id)
    if zone is None:
        raise not_found(IndicatorError, Entity.ZONE, zone_id)
    first, last = period_bounds(start, end, time_zone)
    weeks = weeks_in(start, end)
    indicator = _indicators(session, [zone], first, last, weeks=weeks, weights=weighting)[0]
    trend = _trend(session, zone_id, start, end, weights=weighting, time_zone=time_zone)
    before_after = None
    if compare_at is not None:
        days = (end - start).days + 1
        earlier = compare_at - timedelta(days=days)
        before = _window(session, zone, earlier, days, weights=weighting, time_zone=time_zone)
        after = _window(session, zone, compare_at, days, weights=weighting, time_zone=time_zone)
        before_after = BeforeAfter(
            compare_at=compare_at,
            days=days,
            before_pressure=before.pressure,
            after_pressure=after.pressure,
            before_presence_hours=before.presence_hours,
            after_presence_hours=after.presence_hours,
        )
    cases = _open_cases(session, zone_id)
    return ZonePanel(
        zone=zone_info(zone),
        indicator=indicator,
        trend=tuple(trend),
        recent_signals=_recent_signals(session, zone, last),
        upcoming_shifts=_upcoming(session, zone_id, now or datetime.now(UTC)),
        # Case titles may name someone: only who may read cases sees them (not managers nor
        # administrators); everyone sees how many there are.
        open_cases=cases if access.can(actor, Action.VIEW_CASES) else (),
        open_cases_count=len(cases),
        before_after=before_after,
    )


def _window(
    session: Session,
    zone: Zone,
    first_day: date,
    days: int,
    *,
    weights: dict[SignalKind, float],
    time_zone: TimeZone,
) -> ZoneIndicator:
    last_day = first_day + timedelta(days=days - 1)
    first, last = period_bounds(first_day, last_day, time_zone)
    return _indicators(session, [zone], first, last, weeks=days / 7, weights=weights)[0]


def _recent_signals(session: Session, zone: Zone, before: datetime) -> tuple[SignalInfo, ...]:
    query = (
        select(Signal)
        .where(Signal.zone_id == zone.id, Signal.occurred_at < before)
        .order_by(Signal.occurred_at.desc(), Signal.id.desc())
        .limit(RECENT_SIGNALS)
    )
    return tuple(
        SignalInfo(
            s.id,
            s.kind,
            s.occurred_at,
            s.zone_id,
            zone.name,
            s.category,
            s.source,
            s.summary,
            s.lon,
            s.lat,
        )
        for s in session.scalars(query)
    )


def _upcoming(session: Session, zone_id: int, now: datetime) -> tuple[UpcomingShift, ...]:
    query = (
        select(Shift.id, Shift.starts_at, Shift.ends_at, Shift.status)
        .where(
            Shift.zone_id == zone_id,
            or_(Shift.starts_at >= now, Shift.ends_at > now),
            not_(Shift.status == ShiftStatus.CANCELLED),
        )
        .order_by(Shift.starts_at, Shift.id)
        .limit(UPCOMING_SHIFTS)
    )
    return tuple(UpcomingShift(*row) for row in session.execute(query))


def _open_cases(session: Session, zone_id: int) -> tuple[OpenCase, ...]:
    query = (
        select(Case.id, Case.title, Case.status)
        .where(Case.zone_id == zone_id, Case.status != CaseStatus.CLOSED)
        .order_by(Case.next_review_on.is_(None), Case.next_review_on, Case.id)
    )
    return tuple(OpenCase(*row) for row in session.execute(query))


def default_compare_day(
    session: Session, actor: access.Actor, zone_id: int, end: date, time_zone: TimeZone
) -> date:
    """The local day joint work began in the zone (its first joint shift), or 4 weeks before
    ``end`` when it has none: where the zone panel's before/after comparison starts."""
    access.require(actor, Action.VIEW_MAP)
    began = aggregates.joint_work_began(session, zone_id)
    return end - timedelta(weeks=4) if began is None else began.astimezone(time_zone).date()
