"""Helpers for the Cases and debrief view tests: the Cremona demo and its accounts as actors.

Named test_* so that it stays among the files of these tests; it holds no test itself.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Engine, select

from console import db
from console.config import Settings
from console.models import AuditEvent, User
from console.services import access
from console.services.demo.seed import seed_demo
from console.services.planning.week import DEFAULT_TZ
from console.views.common.events import EventsHub
from console.views.common.runner import SyncRunner
from console.views.common.section import ViewContext


def today() -> date:
    return datetime.now(DEFAULT_TZ).date()


def seed(engine: Engine) -> Engine:
    with db.session_scope(engine) as session:
        seed_demo(session, today())
    return engine


def actor(engine: Engine, username: str) -> access.Actor:
    """The demo account ``username`` signed in (without checking its password: fast)."""
    with db.session_scope(engine) as session:
        user = session.scalar(select(User).where(User.username == username))
        assert user is not None, username
        return access.actor_for(user)


def context_for(engine: Engine, who: access.Actor, hub: EventsHub | None = None) -> ViewContext:
    """Synchronous runner; give the same ``hub`` to views that should hear each other."""
    hub = hub or EventsHub()
    return ViewContext(engine, SyncRunner(hub), hub, Settings(), who)


def reads_of(engine: Engine, entity: str, entity_id: int) -> list[tuple[str | None, str | None]]:
    """The audited readings of one row as (username, justification), oldest first."""
    with db.session_scope(engine) as session:
        return [
            (username, justification)
            for username, justification in session.execute(
                select(AuditEvent.username, AuditEvent.justification)
                .where(
                    AuditEvent.action == "read",
                    AuditEvent.entity == entity,
                    AuditEvent.entity_id == str(entity_id),
                )
                .order_by(AuditEvent.id)
            )
        ]
