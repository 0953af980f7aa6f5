"""The activity summary on a large database, as a ratio against raw sqlite3 in the same run.

Measures ``reporting.activity_summary`` (the whole service: every figure of the period and of
the previous one, per zone, the weekly trend, before/after, suppression) for the last whole
year and for random quarters, against the bare grouped queries of its main figures (joint
shifts, debriefs with hours and contacts, signals by kind) through sqlite3. The issue's bar: a
year in under 3 s.
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
from console.models import Role
from console.services import access
from console.services.reporting.periods import Period
from console.services.reporting.summary import activity_summary

ROME = ZoneInfo("Europe/Rome")
MANAGER = access.Actor(None, None, None, Role.MANAGER, "bench")
RAW = (
    "SELECT zone_id, status, count(*) FROM shifts WHERE starts_at >= ? AND starts_at < ? "
    "AND kind = 'joint' GROUP BY zone_id, status",
    "SELECT zone_id, count(*), sum((strftime('%s', ended_at) - strftime('%s', started_at)) "
    "/ 3600.0), sum(contacts_count) FROM interventions WHERE started_at >= ? AND started_at < ? "
    "GROUP BY zone_id",
    "SELECT zone_id, kind, count(*) FROM signals WHERE occurred_at >= ? AND occurred_at < ? "
    "GROUP BY zone_id, kind",
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
    parser.add_argument("--quarters", type=int, default=5, help="random quarters")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    opened = db.open_database(db.sqlite_url(args.db))
    raw = sqlite3.connect(args.db)
    counts = {
        table: raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("shifts", "interventions", "signals")
    }
    plan = raw.execute(f"EXPLAIN QUERY PLAN {RAW[1]}", ("a", "b")).fetchall()
    print(f"{counts}; raw debrief plan: {[row[-1] for row in plan]}")
    today = date.today()
    year = Period(today - timedelta(days=365), today - timedelta(days=1))
    rng = random.Random(1)
    quarters = [
        Period.quarter_of(today - timedelta(days=100 + rng.randrange(1200)))
        for _ in range(args.quarters)
    ]

    def service(period: Period) -> Callable[[], object]:
        def run() -> object:
            with db.session_scope(opened.engine) as session:
                return activity_summary(session, MANAGER, period, tz=ROME)

        return run

    def bare(period: Period) -> Callable[[], object]:
        # The same two periods the service reads (this one and the one before).
        bounds = [period.bounds(ROME), period.previous().bounds(ROME)]

        def run() -> None:
            for first, last in bounds:
                for query in RAW:
                    raw.execute(query, (stamp(first), stamp(last))).fetchall()

        return run

    for name, periods in (("last year", [year]), ("random quarters", quarters)):
        s = statistics.median(timed(service(p), args.repeat) for p in periods) * 1000
        r = statistics.median(timed(bare(p), args.repeat) for p in periods) * 1000
        print(
            f"activity_summary, {name}: service {s:.0f} ms, raw grouped queries {r:.0f} ms, "
            f"ratio {s / r:.1f}x"
        )
    opened.engine.dispose()


if __name__ == "__main__":
    main()
