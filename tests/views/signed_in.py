"""Helpers for view tests that need real accounts: an administrator, a coordinator, a context."""

from __future__ import annotations

from sqlalchemy import Engine

from console import db
from console.config import Settings
from console.models import Role
from console.services import access, accounts
from console.views.common.events import EventsHub
from console.views.common.runner import SyncRunner
from console.views.common.section import ViewContext

PASSWORD = "ponte-sul-po-2026"


def create_admin(engine: Engine, username: str = "admin") -> access.Actor:
    with db.session_scope(engine) as session:
        return accounts.create_first_admin(session, username, PASSWORD)


def create_account(engine: Engine, admin: access.Actor, username: str, role: Role) -> access.Actor:
    with db.session_scope(engine) as session:
        user_id = accounts.create_user(session, admin, username, role, PASSWORD)
    return access.Actor(
        user_id=user_id, person_id=None, organization_id=None, role=role, username=username
    )


def context_for(engine: Engine, actor: access.Actor) -> ViewContext:
    """The synchronous runner, the test's own settings file, signed in as ``actor``."""
    hub = EventsHub()
    return ViewContext(engine, SyncRunner(hub), hub, Settings(), actor)
