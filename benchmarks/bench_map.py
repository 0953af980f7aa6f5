"""The map's queries on a large database, as ratios against raw sqlite3 in the same run.

Measures ``signals.signals_in_period`` (every signal of a 4-week period as SignalInfo rows, the
map's markers) against the same indexed range query through sqlite3, and
``indicators.zone_indicators`` (the choropleth) against its three grouped queries through
sqlite3. The last 4 weeks first, then random 4-week periods of the database's history.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from console import db
from console.models import Role, SignalKind
from console.services import access
from console.services.places import indicators, signals

ROME = ZoneInfo("Europe/Rome")
COORDINATOR = access.Actor(None, None, None, Role.COORDINATOR, "bench")
EQUAL = dict.fromkeys(SignalKind, 1.0)
RAW_SIGNALS = (
    "SELECT s.id, s.kind, s.occurred_at, s.zone_id, z.name, s.category, s.source, s.summary, "
    "s.lon, s.lat FROM signals s JOIN zones z ON z.id = s.zone_id "
    "WHERE s.occurred_at >= ? AND s.occurred_at < ? ORDER BY s.occurred_at, s.id"
)
RAW_INDICATORS = (
    "SELECT zone_id, kind, count(*) FROM signals WHERE occurred_at >= ? AND occurred_at < ? "
    "GROUP BY zone_id, kind",
    "SELECT zone_id, sum((strftime('%s', ends_at) - strftime('%s', starts_at)) / 3600.0) "
    "FROM shifts WHERE starts_at >= ? AND starts_at < ? AND kind = 'joint' "
    "AND status IN ('published', 'done') GROUP BY zone_id",
    "SELECT zone_id, count(*), sum((strftime('%s', ended_at) - strftime('%s', started_at)) "
    "/ 3600.0) FROM interventions WHERE started_at >= ? AND started_at < ? GROUP BY zone_id",
)


def timed(fn: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - began)
    return statistics.median(samples)


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--periods", type=int, default=10, help="random 4-week periods")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    opened = db.open_database(db.sqlite_url(args.db))
    raw = sqlite3.connect(args.db)
    total = raw.execute("SELECT count(*) FROM signals").fetchone()[0]
    plan = raw.execute(f"EXPLAIN QUERY PLAN {RAW_SIGNALS}", ("a", "b")).fetchall()
    print(f"{total} signals; raw plan: {[row[-1] for row in plan]}")
    first_day, last_day = (
        date.fromisoformat(raw.execute(f"SELECT {f}(date(occurred_at)) FROM signals").fetchone()[0])
        for f in ("min", "max")
    )
    rng = random.Random(1)
    today = date.today()
    ends = [today] + [
        first_day + timedelta(days=27 + rng.randrange(max(1, (last_day - first_day).days - 27)))
        for _ in range(args.periods)
    ]
    rows, marker_times, marker_raw, choropleth, choropleth_raw = [], [], [], [], []
    for end in ends:
        start = end - timedelta(days=27)
        begin, finish = indicators.period_bounds(start, end, ROME)
        bounds = (stamp(begin), stamp(finish))

        def markers(begin: datetime = begin, finish: datetime = finish) -> int:
            with db.session_scope(opened.engine) as s:
                return len(signals.signals_in_period(s, COORDINATOR, begin, finish))

        def zones(start: date = start, end: date = end) -> None:
            with db.session_scope(opened.engine) as s:
                indicators.zone_indicators(s, COORDINATOR, start, end, EQUAL, ROME)

        def zones_raw(bounds: tuple[str, str] = bounds) -> None:
            for query in RAW_INDICATORS:
                raw.execute(query, bounds).fetchall()

        rows.append(markers())
        marker_times.append(timed(markers, args.repeat))
        marker_raw.append(
            timed(lambda b=bounds: raw.execute(RAW_SIGNALS, b).fetchall(), args.repeat)
        )
        choropleth.append(timed(zones, args.repeat))
        choropleth_raw.append(timed(zones_raw, args.repeat))
    for name, service, bare, note in (
        ("last 4 weeks", marker_times[:1], marker_raw[:1], f"{rows[0]} signals"),
        (
            "random 4 weeks",
            marker_times[1:] or marker_times,
            marker_raw[1:] or marker_raw,
            f"median {statistics.median(rows[1:] or rows):.0f} signals",
        ),
    ):
        s_ms, r_ms = statistics.median(service) * 1000, statistics.median(bare) * 1000
        print(
            f"signals_in_period, {name} ({note}): service {s_ms:.1f} ms, raw {r_ms:.1f} ms, "
            f"ratio {s_ms / r_ms:.1f}x"
        )
    for name, service, bare in (
        ("last 4 weeks", choropleth[:1], choropleth_raw[:1]),
        ("random 4 weeks", choropleth[1:] or choropleth, choropleth_raw[1:] or choropleth_raw),
    ):
        s_ms, r_ms = statistics.median(service) * 1000, statistics.median(bare) * 1000
        print(
            f"zone_indicators, {name}: service {s_ms:.2f} ms, raw grouped queries {r_ms:.2f} ms, "
            f"ratio {s_ms / r_ms:.1f}x"
        )
    opened.engine.dispose()


if __name__ == "__main__":
    main()
