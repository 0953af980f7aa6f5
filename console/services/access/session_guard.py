"""Every operation of a signed-in person runs in one short session that first checks their
account is still what it was at sign-in: enabled, not locked, the same role. An administrator
who disables an account, or a lockout after five wrong passwords, stops a window already open
at its next operation, not at its next sign-in.

One primary-key read per operation (the ``users`` row): cheap next to the operation itself.
The command line (``COMMAND_LINE``, no user) has no account to check.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from console.db import session_scope
from console.models import User
from console.models.base import utcnow
from console.services.access.permissions import Actor
from console.services.conflicts import is_retryable
from console.services.errors import Refusal

log = logging.getLogger(__name__)


class AccountChange(enum.StrEnum):
    DISABLED = "disabled"
    LOCKED = "locked"
    ROLE_CHANGED = "role_changed"
    REMOVED = "removed"


class AccountNoLongerActive(Refusal):
    """The signed-in account changed since sign-in: nothing was read or written."""

    def __init__(self, change: AccountChange) -> None:
        self.change = change
        super().__init__(
            "account_no_longer_active",
            "the account is {change} since it signed in; sign in again",
            change=change,
        )


def account_change(
    session: Session, actor: Actor, now: datetime | None = None
) -> AccountChange | None:
    """How the actor's account changed since sign-in, or None when it is as it was."""
    if actor.user_id is None:
        return None
    row = session.execute(
        select(User.disabled, User.locked_until, User.role).where(User.id == actor.user_id)
    ).one_or_none()
    if row is None:
        return AccountChange.REMOVED
    disabled, locked_until, role = row
    if disabled:
        return AccountChange.DISABLED
    if locked_until is not None and locked_until > (now or utcnow()):
        return AccountChange.LOCKED
    if role != actor.role:
        return AccountChange.ROLE_CHANGED
    return None


def ensure_active(session: Session, actor: Actor) -> None:
    """Raise :class:`AccountNoLongerActive` unless the actor's account is as at sign-in."""
    change = account_change(session, actor)
    if change is not None:
        raise AccountNoLongerActive(change)


def run_as(engine: Engine, service: Callable[..., Any], *args: Any) -> Any:
    """``service(session, *args)`` in one short session; when the first argument is the
    signed-in :class:`Actor`, their account is checked first (:func:`ensure_active`).

    A transaction PostgreSQL ends as a deadlock victim or a serialization failure was rolled
    back whole, so the operation runs once more in a new session (:func:`is_retryable`); a
    second failure of the kind reaches the caller as :class:`DatabaseBusy`. A service must
    therefore not act outside its session (no files, no mail) before its last write.
    """
    for attempt in (1, 2):
        try:
            with session_scope(engine) as session:
                if args and isinstance(args[0], Actor):
                    ensure_active(session, args[0])
                return service(session, *args)
        except DBAPIError as exc:
            if not is_retryable(exc):
                raise
            if attempt == 2:
                raise DatabaseBusy() from exc
            log.info("%s: %s; running it once more", _name(service), type(exc.orig).__name__)
    raise AssertionError("unreachable")  # pragma: no cover


class DatabaseBusy(Refusal):
    """The operation lost a deadlock (or a serialization check) twice in a row: nothing was
    written; trying again in a moment works."""

    def __init__(self) -> None:
        super().__init__(
            "database_busy",
            "others were saving the same records at the same moment; nothing was saved: try again",
        )


def _name(service: Callable[..., Any]) -> str:
    return getattr(service, "__qualname__", repr(service))
