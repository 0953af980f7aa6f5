"""The deterministic Cremona demo: people, zones, 8 weeks of shifts, signals, cases, meetings and
the funded project."""

from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from console.services.access import audit, instance
from console.services.demo.casework import seed_cases
from console.services.demo.funding import seed_funding
from console.services.demo.meeting import seed_meeting
from console.services.demo.people import (
    DEMO_ACCOUNTS,
    DEMO_PASSWORD,
    DemoAccount,
    seed_absences,
    seed_accounts,
    seed_organizations_and_people,
)
from console.services.demo.places import seed_signals, seed_zones
from console.services.demo.planning import seed_debriefs, seed_shifts
from console.services.demo.roster import seed_roster_inputs
from console.services.demo.state import DemoState
from console.services.errors import Refusal

__all__ = [
    "DEMO_ACCOUNTS",
    "DEMO_PASSWORD",
    "SEED",
    "DemoAccount",
    "DemoRefused",
    "DemoSummary",
    "seed_demo",
]

SEED = 20240918  # fixed: the same ``today`` always gives the same demo


@dataclass(frozen=True)
class DemoSummary:
    organizations: int
    persons: int
    users: int
    zones: int
    shifts: int
    absences: int
    signals: int
    interventions: int
    cases: int
    notes: int
    meetings: int


class DemoRefused(Refusal):
    """The database is not new and empty; nothing was written."""

    def __init__(self) -> None:
        super().__init__(
            "demo_database_not_empty",
            "the database already holds data; seed-demo only fills a new, empty database",
        )


def seed_demo(session: Session, today: date) -> DemoSummary:
    """Fill a new, empty database with the Cremona demo built around ``today``'s week.

    Raises :class:`DemoRefused` before writing anything unless ``instance.is_empty``. Marks
    the database as demo data, flushes, and never commits (the caller's session scope does).
    The same ``today`` gives the same rows; only the argon2 salts differ. Shifts cover the
    eight weeks from the Monday four weeks before ``today``'s week to the Sunday three weeks
    after it and keep every planning rule except one, on purpose (see
    ``demo_planning._plant_conflict``).
    """
    if not instance.is_empty(session):
        raise DemoRefused
    demo = DemoState(session, random.Random(SEED), today)
    # The steps share one random source and later ones use earlier rows' ids: keep the order.
    seed_organizations_and_people(demo)
    seed_accounts(demo)
    seed_zones(demo)
    seed_absences(demo)
    seed_shifts(demo)
    seed_debriefs(demo)
    seed_signals(demo)
    seed_cases(demo)
    seed_meeting(demo)
    seed_funding(demo)
    seed_roster_inputs(demo)
    instance.mark_demo(session)
    session.flush()
    summary = DemoSummary(
        organizations=len(demo.orgs),
        persons=len(demo.people),
        users=len(demo.users),
        zones=len(demo.zones),
        shifts=len(demo.shifts),
        absences=len(demo.absences),
        signals=len(demo.signals),
        interventions=len(demo.interventions),
        cases=len(demo.cases),
        notes=len(demo.notes),
        meetings=2,  # last week's (closed) and next week's (planned)
    )
    # The rows above are written directly, not through the services: one entry says so.
    audit.record(
        session,
        None,
        audit.AuditAction.IMPORT,
        details={"demo_data": dataclasses.asdict(summary), "today": today},
        username="seed-demo",
    )
    return summary
