"""Pressure against presence per zone over time (one point per local week) and before/after
the start of joint shifts per zone: the map's indicators (:mod:`services.places.indicators`),
for every zone at once in three grouped queries each."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, case, literal, select
from sqlalchemy.orm import Session

from console.models import Intervention, Shift, ShiftKind, ShiftStatus, Signal, SignalKind, Zone
from console.services.places import aggregates
from console.services.places.indicators import MAX_TREND_WEEKS, BeforeAfter, WeekPoint
from console.services.reporting.periods import Period

BEFORE_AFTER_DAYS = 28  # four weeks before the first joint shift of a zone, four from it on
_SLOT = 1000  # composite group key: zone id * _SLOT + slot (a week index, before/after)


def _local_midnight(day: date, tz: ZoneInfo) -> datetime:
    return datetime.combine(day, datetime.min.time(), tz).astimezone(UTC)


def _pressure(signals: Mapping[SignalKind, int], weights: Mapping[SignalKind, float]) -> float:
    return float(sum(weights.get(kind, 1.0) * n for kind, n in signals.items()))


def _grouped(
    session: Session, key: Any, first: datetime, last: datetime, zone_ids: Sequence[int]
) -> tuple[dict[Any, dict[SignalKind, int]], dict[Any, float], dict[Any, tuple[int, float, float]]]:
    """Signals, joint shift hours and debriefs per composite key (three queries); ``key``
    builds the key expression from a zone id column and a time column."""
    return (
        aggregates.signal_counts(
            session, key(Signal.zone_id, Signal.occurred_at), first, last, zone_ids
        ),
        aggregates.shift_hours(session, key(Shift.zone_id, Shift.starts_at), first, last, zone_ids),
        aggregates.debrief_totals(
            session, key(Intervention.zone_id, Intervention.started_at), first, last, zone_ids
        ),
    )


def _week_index(at: Any, starts: Sequence[datetime]) -> Any:
    """The index of the week ``at`` falls in, ``starts`` being where weeks 1, 2... begin:
    a binary search written as nested CASEs (six comparisons a row for a year, not 52)."""

    def within(low: int, high: int) -> Any:
        if low == high:
            return literal(low)
        middle = (low + high) // 2
        return case((at < starts[middle], within(low, middle)), else_=within(middle + 1, high))

    return within(0, len(starts))


def zone_trends(
    session: Session,
    zone_ids: Sequence[int],
    period: Period,
    tz: ZoneInfo,
    weights: Mapping[SignalKind, float],
) -> dict[int, tuple[WeekPoint, ...]]:
    """Per zone, one point per local week touching the period, oldest first (the last
    :data:`MAX_TREND_WEEKS` weeks of a longer period). Three queries."""
    if not zone_ids:
        return {}
    first_monday = period.start - timedelta(days=period.start.weekday())
    count = (period.end - first_monday).days // 7 + 1
    mondays = [first_monday + timedelta(weeks=i) for i in range(count)][-MAX_TREND_WEEKS:]
    bounds = [_local_midnight(m, tz) for m in [*mondays, mondays[-1] + timedelta(weeks=1)]]

    def key(zone: Any, at: Any) -> Any:
        return zone * _SLOT + _week_index(at, bounds[1:-1])

    signals, shifts, debriefs = _grouped(session, key, bounds[0], bounds[-1], zone_ids)
    result = {}
    for zone_id in zone_ids:
        points = []
        for index, monday in enumerate(mondays):
            slot = zone_id * _SLOT + index
            kinds = signals.get(slot, {})
            points.append(
                WeekPoint(
                    monday=monday,
                    pressure=_pressure(kinds, weights),
                    signals=sum(kinds.values()),
                    presence_hours=shifts.get(slot, 0.0) + debriefs.get(slot, (0, 0.0, 0.0))[2],
                )
            )
        result[zone_id] = tuple(points)
    return result


def joint_work_began(session: Session, zone_ids: Sequence[int], tz: ZoneInfo) -> dict[int, date]:
    """The local day of each zone's first joint shift (not cancelled); zones without none.

    One query: for each zone the index by zone and start is read from the zone's first shift
    until its first joint one (a MIN grouped by zone read every shift of every zone)."""
    first = (
        select(Shift.starts_at)
        .where(
            Shift.zone_id == Zone.id,
            Shift.kind == ShiftKind.JOINT,
            Shift.status != ShiftStatus.CANCELLED,
        )
        .order_by(Shift.starts_at)
        .limit(1)
        .scalar_subquery()
    )
    query = select(Zone.id, first).where(Zone.id.in_(list(zone_ids)))
    return {
        zone_id: began.astimezone(tz).date()
        for zone_id, began in session.execute(query)
        if began is not None
    }


def before_after(
    session: Session,
    zone_ids: Sequence[int],
    tz: ZoneInfo,
    weights: Mapping[SignalKind, float],
    days: int = BEFORE_AFTER_DAYS,
) -> dict[int, BeforeAfter]:
    """Per zone with joint shifts: pressure (weighted signals per week) and presence hours in
    the ``days`` before its first joint shift and the ``days`` from it on. Four queries."""
    began = joint_work_began(session, zone_ids, tz)
    if not began:
        return {}
    windows = {
        zone_id: (
            _local_midnight(day - timedelta(days=days), tz),
            _local_midnight(day, tz),
            _local_midnight(day + timedelta(days=days), tz),
        )
        for zone_id, day in began.items()
    }

    def key(zone: Any, at: Any) -> Any:
        whens = []
        for zone_id, (start, middle, end) in windows.items():
            whens.append((and_(zone == zone_id, at >= start, at < middle), zone_id * _SLOT))
            whens.append((and_(zone == zone_id, at >= middle, at < end), zone_id * _SLOT + 1))
        return case(*whens, else_=None)

    first = min(w[0] for w in windows.values())
    last = max(w[2] for w in windows.values())
    signals, shifts, debriefs = _grouped(session, key, first, last, list(windows))
    weeks = days / 7

    def side(zone_id: int, slot: int) -> tuple[float, float]:
        k = zone_id * _SLOT + slot
        pressure = _pressure(signals.get(k, {}), weights) / weeks
        return pressure, shifts.get(k, 0.0) + debriefs.get(k, (0, 0.0, 0.0))[2]

    result = {}
    for zone_id, day in began.items():
        before_pressure, before_hours = side(zone_id, 0)
        after_pressure, after_hours = side(zone_id, 1)
        result[zone_id] = BeforeAfter(
            compare_at=day,
            days=days,
            before_pressure=before_pressure,
            after_pressure=after_pressure,
            before_presence_hours=before_hours,
            after_presence_hours=after_hours,
        )
    return result
