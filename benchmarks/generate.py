"""Generate a large database: years of shifts, assignments, absences, signals and debriefs, fast
(Core). ``--signal-days N`` puts all signals in the N days before today (a dense map period)."""

from __future__ import annotations

import argparse
import random
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from console import db
from console.models import (
    Absence,
    Intervention,
    Organization,
    OrganizationKind,
    Person,
    Role,
    Shift,
    ShiftAssignment,
    Signal,
    Zone,
)

SQUARE = {
    "type": "Polygon",
    "coordinates": [[[10.02, 45.13], [10.03, 45.13], [10.03, 45.14], [10.02, 45.13]]],
}


def generate(
    path: Path,
    years: int,
    shifts_per_day: int,
    signals_per_day: int,
    *,
    signal_days: int | None = None,
) -> dict[str, int]:
    rng = random.Random(7)
    # Signals from this day index on (today is 365 * years) and before today; by default all days.
    first_signal_day = 0 if signal_days is None else 365 * years - signal_days
    last_signal_day = 365 * years + 60 if signal_days is None else 365 * years
    opened = db.open_database(db.sqlite_url(path))
    engine = opened.engine
    with engine.begin() as conn:
        orgs = (
            conn.execute(
                insert(Organization).returning(Organization.id),
                [
                    {
                        "name": "Polizia Locale",
                        "short_name": "PL",
                        "kind": OrganizationKind.POLICE,
                        "version_id": 1,
                    },
                    {
                        "name": "Cooperativa",
                        "short_name": "Coop",
                        "kind": OrganizationKind.EDUCATIONAL,
                        "version_id": 1,
                    },
                ],
            )
            .scalars()
            .all()
        )
        people = []
        for i in range(200):
            role = Role.OFFICER if i % 2 else Role.EDUCATOR
            people.append(
                {
                    "first_name": f"Nome{i}",
                    "last_name": f"Cognome{i}",
                    "role": role,
                    "organization_id": orgs[i % 2],
                    "weekly_hours": 36.0,
                    "active": True,
                    "version_id": 1,
                }
            )
        person_ids = conn.execute(insert(Person).returning(Person.id), people).scalars().all()
        zone_ids = (
            conn.execute(
                insert(Zone).returning(Zone.id),
                [
                    {
                        "name": f"Zona {i}",
                        "geometry": SQUARE,
                        "colour": "#1f77b4",
                        "review_threshold": 10.0,
                        "active": True,
                        "version_id": 1,
                    }
                    for i in range(6)
                ],
            )
            .scalars()
            .all()
        )
        start = datetime.combine(
            date.today() - timedelta(days=365 * years), datetime.min.time(), UTC
        )
        now = datetime.now(UTC)
        shifts, signals, absences = [], [], []
        for day in range(365 * years + 60):
            base = start + timedelta(days=day)
            for _ in range(shifts_per_day):
                begin = base + timedelta(hours=rng.choice((14, 15, 17, 18, 19)))
                shifts.append(
                    {
                        "zone_id": rng.choice(zone_ids),
                        "starts_at": begin,
                        "ends_at": begin + timedelta(hours=4),
                        "kind": "joint",
                        "status": "done" if begin < now else "published",
                        "objectives": "",
                        "created_at": now,
                        "updated_at": now,
                        "version_id": 1,
                    }
                )
            for _ in range(signals_per_day if first_signal_day <= day < last_signal_day else 0):
                signals.append(
                    {
                        "kind": rng.choice(("citizen_report", "police_intervention", "media")),
                        "occurred_at": base + timedelta(minutes=rng.randrange(1440)),
                        "zone_id": rng.choice(zone_ids),
                        "category": "degrado",
                        "source": "app",
                        "summary": "",
                        "lon": 10.025,
                        "lat": 45.135,
                        "created_at": now,
                        "version_id": 1,
                    }
                )
            if day % 3 == 0:
                absences.append(
                    {
                        "person_id": rng.choice(person_ids),
                        "kind": "leave",
                        "starts_at": base,
                        "ends_at": base + timedelta(days=rng.randint(1, 10)),
                        "version_id": 1,
                    }
                )
        shift_ids = conn.execute(insert(Shift).returning(Shift.id), shifts).scalars().all()
        assignments = [
            {"shift_id": sid, "person_id": pid}
            for sid in shift_ids
            for pid in rng.sample(person_ids, 2)
        ]
        conn.execute(insert(ShiftAssignment), assignments)
        conn.execute(insert(Signal), signals)
        conn.execute(insert(Absence), absences)
        # A debrief for most done shifts; its own random source keeps the rows above unchanged.
        debrief_rng = random.Random(11)
        interventions = [
            {
                "shift_id": sid,
                "zone_id": shift["zone_id"],
                "started_at": shift["starts_at"],
                "ended_at": shift["ends_at"],
                "types": ["presence"],
                "contacts_count": debrief_rng.randint(0, 12),
                "outcome": "",
                "follow_up": "",
                "recorded_at": now,
                "version_id": 1,
            }
            for sid, shift in zip(shift_ids, shifts, strict=True)
            if shift["status"] == "done" and debrief_rng.random() < 0.85
        ]
        if interventions:
            conn.execute(insert(Intervention), interventions)
    with engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
    engine.dispose()
    return {
        "shifts": len(shifts),
        "assignments": len(assignments),
        "signals": len(signals),
        "absences": len(absences),
        "interventions": len(interventions),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--shifts-per-day", type=int, default=8)
    parser.add_argument("--signals-per-day", type=int, default=40)
    parser.add_argument(
        "--signal-days",
        type=int,
        metavar="N",
        help="only put signals in the N days before today (default: every day)",
    )
    args = parser.parse_args()
    if args.out.exists():
        parser.error(f"{args.out} exists; remove it first")
    began = time.perf_counter()
    counts = generate(
        args.out,
        args.years,
        args.shifts_per_day,
        args.signals_per_day,
        signal_days=args.signal_days,
    )
    print(f"{counts} in {time.perf_counter() - began:.1f} s -> {args.out}")


if __name__ == "__main__":
    main()
