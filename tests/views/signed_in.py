"""Helpers for view tests that need real accounts: an administrator, a coordinator, a context,
and the same context on the real threaded runner with a way to wait until it is idle."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import Engine

from console import db
from console.config import Settings
from console.models import Role
from console.services import access
from console.services.access import accounts
from console.views.common.events import EventsHub
from console.views.common.runner import OperationRunner, SyncRunner
from console.views.common.section import ViewContext

PASSWORD = "ponte-sul-po-2026"

# The runners an editing flow runs with: the synchronous one, and the console's own worker thread
# (where lifetime bugs live). Tests take the ``make_context`` fixture and are marked BOTH_RUNNERS.
RUNNERS = ("sync", "threaded")
BOTH_RUNNERS = pytest.mark.parametrize("runner_kind", RUNNERS)
SETTLE_MS = 10_000  # generous: a loaded CI machine, a demo database; a hang still fails

ContextMaker = Callable[..., ViewContext]  # (engine, actor, hub=None) -> ViewContext


def create_admin(engine: Engine, username: str = "admin") -> access.Actor:
    with db.session_scope(engine) as session:
        return accounts.create_first_admin(session, username, PASSWORD)


def create_account(engine: Engine, admin: access.Actor, username: str, role: Role) -> access.Actor:
    with db.session_scope(engine) as session:
        user_id = accounts.create_user(session, admin, username, role, PASSWORD)
    return access.Actor(
        user_id=user_id, person_id=None, organization_id=None, role=role, username=username
    )


def context_for(engine: Engine, actor: access.Actor, hub: EventsHub | None = None) -> ViewContext:
    """The synchronous runner, the test's own settings file, signed in as ``actor``; give the
    same ``hub`` to views that should hear each other."""
    hub = hub or EventsHub()
    return ViewContext(engine, SyncRunner(hub), hub, Settings(), actor)


def threaded_context_for(
    engine: Engine, actor: access.Actor, hub: EventsHub | None = None
) -> ViewContext:
    """As :func:`context_for`, on the console's real :class:`OperationRunner` (a worker thread).

    The caller shuts the runner down at the end of the test (``make_context`` does)."""
    hub = hub or EventsHub()
    return ViewContext(engine, OperationRunner(hub), hub, Settings(), actor)


def settle(qtbot, *contexts: ViewContext, timeout: int = SETTLE_MS) -> None:
    """Wait until every operation submitted through ``contexts`` has been delivered.

    Outcomes that cause reloads submit them while being delivered, so "not busy" covers the
    whole cascade. Nothing to wait for with the synchronous runner: it delivered already.
    """
    runners = [c.runner for c in contexts if isinstance(c.runner, OperationRunner)]
    if runners:
        qtbot.waitUntil(lambda: not any(r.is_busy() for r in runners), timeout=timeout)
