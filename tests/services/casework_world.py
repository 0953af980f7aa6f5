"""A small world for the casework tests: two organizations with one signed-in user per role in
each, zones, and helpers to run a service in its own session.

Accounts get a placeholder hash (no argon2): these tests never log in.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import Engine, select

from console import db
from console.models import (
    AuditEvent,
    Organization,
    OrganizationKind,
    Person,
    Role,
    Shift,
    ShiftAssignment,
    ShiftKind,
    ShiftStatus,
    Signal,
    SignalKind,
    User,
    Zone,
)
from console.services import access
from tests.factories import ROME, SQUARE

T = TypeVar("T")
TODAY = date(2026, 11, 25)
ROLES = tuple(Role)
# Short names for the tables of the tests (P: police officer).
A, C, E, M, P, S = (
    Role.ADMIN,
    Role.COORDINATOR,
    Role.EDUCATOR,
    Role.MANAGER,
    Role.OFFICER,
    Role.SOCIAL_WORKER,
)
PARTNER_ROLES = (Role.COORDINATOR, Role.EDUCATOR, Role.OFFICER, Role.SOCIAL_WORKER)
NOT_PARTNERS = (Role.MANAGER, Role.ADMIN)
ORG_KINDS = {"x": OrganizationKind.EDUCATIONAL, "y": OrganizationKind.SOCIAL_SERVICES}


def at(day: str, hour: int, minute: int = 0) -> datetime:
    """A local time in Cremona."""
    return datetime.fromisoformat(day).replace(hour=hour, minute=minute, tzinfo=ROME)


@dataclass(frozen=True)
class World:
    orgs: dict[str, int]  # "x", "y"
    actors: dict[tuple[Role, str], access.Actor]  # (role, org key) -> actor
    zones: dict[str, int]  # "roma", "marconi"

    def actor(self, role: Role, org: str = "x") -> access.Actor:
        return self.actors[(role, org)]


def make_world(engine: Engine) -> World:
    with db.session_scope(engine) as s:
        orgs = {
            key: Organization(name=f"Organization {key.upper()}", short_name=key.upper(), kind=kind)
            for key, kind in ORG_KINDS.items()
        }
        s.add_all(orgs.values())
        users: dict[tuple[Role, str], User] = {}
        for key, org in orgs.items():
            for role in ROLES:
                person = Person(
                    first_name=f"{role.value.title()}", last_name=key.upper(), role=role
                )
                person.organization = org
                users[(role, key)] = User(
                    username=f"{role.value}-{key}",
                    password_hash="not-a-hash",
                    role=role,
                    person=person,
                )
        s.add_all(users.values())
        zones = {
            "roma": Zone(name="Piazza Roma", geometry=SQUARE, colour="#d62728"),
            "marconi": Zone(name="Piazza Marconi", geometry=SQUARE, colour="#2ca02c"),
        }
        s.add_all(zones.values())
        s.flush()
        return World(
            orgs={key: org.id for key, org in orgs.items()},
            actors={key: access.actor_for(user) for key, user in users.items()},
            zones={key: zone.id for key, zone in zones.items()},
        )


def run(engine: Engine, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Call a service in its own session (committed on success, like the GUI's runner)."""
    with db.session_scope(engine) as s:
        return fn(s, *args, **kwargs)


def make_shift(
    engine: Engine,
    zone_id: int,
    start: datetime,
    end: datetime,
    person_ids: tuple[int, ...],
    status: ShiftStatus = ShiftStatus.PUBLISHED,
) -> int:
    with db.session_scope(engine) as s:
        shift = Shift(
            zone_id=zone_id,
            starts_at=start,
            ends_at=end,
            kind=ShiftKind.JOINT,
            status=status,
            assignments=[ShiftAssignment(person_id=p) for p in person_ids],
        )
        s.add(shift)
        s.flush()
        return shift.id


def make_signal(engine: Engine, zone_id: int, when: datetime, summary: str) -> int:
    with db.session_scope(engine) as s:
        signal = Signal(
            kind=SignalKind.CITIZEN_REPORT,
            occurred_at=when,
            zone_id=zone_id,
            category="noise",
            summary=summary,
        )
        s.add(signal)
        s.flush()
        return signal.id


def audit_text(engine: Engine) -> str:
    """Every audit entry's details and justification as one JSON text, to search for leaks."""
    with db.session_scope(engine) as s:
        events = s.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
        return json.dumps(
            [(e.action, e.entity, e.details, e.justification) for e in events], ensure_ascii=False
        )


def audit_entries(engine: Engine, since: int = 0) -> list[tuple[str, str | None, str | None]]:
    """(action, entity, entity_id) of the entries after id ``since``."""
    with db.session_scope(engine) as s:
        return [
            (e.action, e.entity, e.entity_id)
            for e in s.scalars(
                select(AuditEvent).where(AuditEvent.id > since).order_by(AuditEvent.id)
            )
        ]


def last_audit_id(engine: Engine) -> int:
    with db.session_scope(engine) as s:
        return s.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1)) or 0


NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)
WEEK = timedelta(days=7)
