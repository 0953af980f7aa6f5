"""Grouped SQL behind the zone indicators: signals per kind, hours of presence shifts and of
debriefs, each summed per key (a zone, a week bucket) in one query whatever the data."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Float, and_, case, func, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from console.models import Intervention, Shift, ShiftKind, ShiftStatus, Signal, SignalKind

# Presence is what was delivered or promised together: joint shifts, published or done.
PRESENCE_SHIFT_KINDS = frozenset({ShiftKind.JOINT})
PRESENCE_STATUSES = frozenset({ShiftStatus.PUBLISHED, ShiftStatus.DONE})


# -- SQL: hours between two datetimes -------------------------------------------------------


class hours_between(FunctionElement[float]):  # noqa: N801 - reads as the SQL function it is
    """``hours_between(start, end)``: elapsed hours between two stored datetimes."""

    type = Float()
    inherit_cache = True
    name = "hours_between"


@compiles(hours_between)
def _hours_sqlite(element: hours_between, compiler: Any, **kw: Any) -> str:
    start, end = (compiler.process(arg, **kw) for arg in element.clauses)
    # Whole seconds, exact: SQLite stores UTC text without zone (see models.base.UTCDateTime).
    return (
        f"((CAST(strftime('%s', {end}) AS INTEGER) - "
        f"CAST(strftime('%s', {start}) AS INTEGER)) / 3600.0)"
    )


@compiles(hours_between, "postgresql")
def _hours_postgresql(element: hours_between, compiler: Any, **kw: Any) -> str:
    start, end = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"(EXTRACT(EPOCH FROM ({end} - {start})) / 3600.0)"


def presence_shift() -> ColumnElement[bool]:
    """The shifts that count as presence (see :data:`PRESENCE_SHIFT_KINDS`, the statuses)."""
    return and_(
        Shift.kind.in_(list(PRESENCE_SHIFT_KINDS)), Shift.status.in_(list(PRESENCE_STATUSES))
    )


def signal_counts(
    session: Session, key: Any, start: datetime, end: datetime, zone_ids: Sequence[int] | None
) -> dict[Any, dict[SignalKind, int]]:
    """``{key: {kind: count}}`` for signals in [start, end); ``key`` a column expression."""
    query = (
        select(key, Signal.kind, func.count())
        .where(Signal.occurred_at >= start, Signal.occurred_at < end)
        .group_by(key, Signal.kind)
    )
    if zone_ids is not None:
        query = query.where(Signal.zone_id.in_(list(zone_ids)))
    counts: dict[Any, dict[SignalKind, int]] = defaultdict(lambda: dict.fromkeys(SignalKind, 0))
    for group, kind, count in session.execute(query):
        counts[group][SignalKind(kind)] = count
    return counts


def shift_hours(
    session: Session, key: Any, start: datetime, end: datetime, zone_ids: Sequence[int] | None
) -> dict[Any, float]:
    query = (
        select(key, func.sum(hours_between(Shift.starts_at, Shift.ends_at)))
        .where(Shift.starts_at >= start, Shift.starts_at < end, presence_shift())
        .group_by(key)
    )
    if zone_ids is not None:
        query = query.where(Shift.zone_id.in_(list(zone_ids)))
    return {group: float(hours or 0) for group, hours in session.execute(query)}


def debrief_totals(
    session: Session, key: Any, start: datetime, end: datetime, zone_ids: Sequence[int] | None
) -> dict[Any, tuple[int, float, float]]:
    """``{key: (count, hours, hours not of a presence shift)}`` for debriefs in [start, end)."""
    hours = hours_between(Intervention.started_at, Intervention.ended_at)
    counted_shift = and_(Intervention.shift_id.is_not(None), presence_shift())
    query = (
        select(
            key,
            func.count(),
            func.sum(hours),
            func.sum(case((counted_shift, 0.0), else_=hours)),
        )
        .outerjoin(Shift, Shift.id == Intervention.shift_id)
        .where(Intervention.started_at >= start, Intervention.started_at < end)
        .group_by(key)
    )
    if zone_ids is not None:
        query = query.where(Intervention.zone_id.in_(list(zone_ids)))
    return {
        group: (count, float(total or 0), float(own or 0))
        for group, count, total, own in session.execute(query)
    }


def joint_work_began(session: Session, zone_id: int) -> datetime | None:
    """When the zone's first joint shift (not cancelled) starts: the "before/after" date."""
    return session.scalar(
        select(func.min(Shift.starts_at)).where(
            Shift.zone_id == zone_id,
            Shift.kind == ShiftKind.JOINT,
            Shift.status != ShiftStatus.CANCELLED,
        )
    )
