"""Helpers shared by the map's service tests: actors of each role, zones, row counts."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, func, select

from console import db
from console.models import AuditEvent, Role, Signal, Zone
from console.services import access
from console.services.access import audit
from console.services.places.zones import ZoneDraft, ZoneInfo, create_zone

COORDINATOR = access.Actor(None, None, None, Role.COORDINATOR, "coordinatore")
ADMIN = access.Actor(None, None, None, Role.ADMIN, "admin")
MANAGER = access.Actor(None, None, None, Role.MANAGER, "dirigente")


def actor(role: Role) -> access.Actor:
    return access.Actor(
        user_id=None, person_id=None, organization_id=None, role=role, username=role.value
    )


def square(lon: float, lat: float, size: float = 0.01) -> dict[str, Any]:
    """A closed square ring from (lon, lat) to (lon + size, lat + size), as a Polygon."""
    return {
        "type": "Polygon",
        "coordinates": [
            [
                [lon, lat],
                [lon + size, lat],
                [lon + size, lat + size],
                [lon, lat + size],
                [lon, lat],
            ]
        ],
    }


def add_zone(
    engine: Engine,
    name: str,
    shape: dict[str, Any] | None = None,
    *,
    colour: str = "#1f77b4",
    threshold: float = 10.0,
) -> ZoneInfo:
    with db.session_scope(engine) as s:
        return create_zone(
            s, COORDINATOR, ZoneDraft(name, colour, shape or square(10.02, 45.13), threshold)
        )


def count(engine: Engine, model: Any) -> int:
    with engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(model)) or 0


def counts(engine: Engine) -> tuple[int, int, int]:
    """(zones, signals, audit entries): what a refused write must leave as it was."""
    return count(engine, Zone), count(engine, Signal), count(engine, AuditEvent)


def audit_entries(engine: Engine, entity: str) -> list[AuditEvent]:
    with db.session_scope(engine) as s:
        rows = s.scalars(
            select(AuditEvent).where(AuditEvent.entity == entity).order_by(AuditEvent.id)
        )
        return list(rows)


def chain_is_intact(engine: Engine) -> bool:
    with db.session_scope(engine) as s:
        return audit.verify_chain(s).ok
