"""The calendar's week query on a large database, as a ratio against raw sqlite3 in the same run.

Measures ``planning.shifts_in_week`` (the whole service: range query, people, zone, absences,
rules) against the bare indexed range query through sqlite3, over random weeks.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import time
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from console import db
from console.models import Role
from console.services import access, planning

ROME = ZoneInfo("Europe/Rome")
COORDINATOR = access.Actor(None, None, None, Role.COORDINATOR, "bench")
RAW = (
    "SELECT s.id, s.starts_at, s.ends_at, a.person_id FROM shifts s "
    "JOIN shift_assignments a ON a.shift_id = s.id "
    "WHERE s.starts_at >= ? AND s.starts_at < ? AND s.ends_at > ?"
)


def timed(fn, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - began)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--weeks", type=int, default=30)
    args = parser.parse_args()
    opened = db.open_database(db.sqlite_url(args.db))
    raw = sqlite3.connect(args.db)
    total = raw.execute("SELECT count(*) FROM shifts").fetchone()[0]
    plan = raw.execute(f"EXPLAIN QUERY PLAN {RAW}", ("a", "b", "c")).fetchall()
    print(f"{total} shifts; raw plan: {[row[-1] for row in plan]}")
    rng = random.Random(1)
    today = date.today()
    mondays = [
        planning.monday_of(today - timedelta(days=rng.randrange(3000))) for _ in range(args.weeks)
    ]
    service, engine_ms = [], []
    for monday in mondays:
        start, end = planning.week_bounds(monday, ROME)
        lo = (start - planning.MAX_SHIFT).strftime("%Y-%m-%d %H:%M:%S")
        hi, st = end.strftime("%Y-%m-%d %H:%M:%S"), start.strftime("%Y-%m-%d %H:%M:%S")

        def via_service(monday: date = monday) -> None:
            with db.session_scope(opened.engine) as s:
                planning.shifts_in_week(s, COORDINATOR, monday, ROME)

        service.append(timed(via_service, 5))
        engine_ms.append(
            timed(lambda lo=lo, hi=hi, st=st: raw.execute(RAW, (lo, hi, st)).fetchall(), 5)
        )
    s_ms, r_ms = statistics.median(service) * 1000, statistics.median(engine_ms) * 1000
    print(f"week via service: median {s_ms:.2f} ms, max {max(service) * 1000:.2f} ms")
    print(f"raw range query:  median {r_ms:.3f} ms")
    print(
        f"ratio service / raw: {s_ms / r_ms:.0f}x"
        " (the service also builds rows, people, absences and the rules)"
    )
    opened.engine.dispose()


if __name__ == "__main__":
    main()
