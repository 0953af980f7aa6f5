"""Who may do what: the actor every service call takes, and one table of role x action.

Services call :func:`require` before they read or write; the UI asks :func:`can` only to hide
what would be refused anyway.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.models import Role, User
from console.models.base import utcnow
from console.services import passwords

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)


class PermissionDenied(Exception):
    """The actor may not do this. ``str()`` says what was refused, in one line."""

    def __init__(self, actor: Actor, action: Action) -> None:
        self.actor = actor
        self.action = action
        super().__init__(f"{actor.role.value} may not {action.value.replace('_', ' ')}")


class LoginFailed(Exception):
    """Wrong username or password, a disabled or a locked account: deliberately one answer."""

    def __init__(self) -> None:
        super().__init__("wrong username or password, or the account is locked or disabled")


class Action(enum.StrEnum):
    VIEW_CALENDAR = "view_calendar"
    PLAN_SHIFTS = "plan_shifts"
    PUBLISH_WEEK = "publish_week"
    MANAGE_ABSENCES = "manage_absences"
    EXPORT_CALENDAR = "export_calendar"


@dataclass(frozen=True)
class Actor:
    """Who is acting: a logged-in user, or the command line (``user_id`` None)."""

    user_id: int | None
    person_id: int | None
    organization_id: int | None
    role: Role
    username: str


ALL_ROLES = frozenset(Role)
PLANNERS = frozenset({Role.COORDINATOR})

# The one table: which roles may take each action.
PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.VIEW_CALENDAR: ALL_ROLES,
    Action.PLAN_SHIFTS: PLANNERS,
    Action.PUBLISH_WEEK: PLANNERS,
    Action.MANAGE_ABSENCES: PLANNERS,
    Action.EXPORT_CALENDAR: ALL_ROLES,
}

# The command line runs with the rights of whoever can open the database itself.
COMMAND_LINE = Actor(
    user_id=None, person_id=None, organization_id=None, role=Role.ADMIN, username="console-admin"
)


def can(actor: Actor, action: Action) -> bool:
    return actor.role in PERMISSIONS[action]


def require(actor: Actor, action: Action) -> None:
    """Raise :class:`PermissionDenied` unless the actor's role may take the action."""
    if not can(actor, action):
        raise PermissionDenied(actor, action)


def actor_for(user: User) -> Actor:
    person = user.person
    return Actor(
        user_id=user.id,
        person_id=user.person_id,
        organization_id=person.organization_id if person is not None else None,
        role=user.role,
        username=user.username,
    )


def login(session: Session, username: str, password: str, *, now: datetime | None = None) -> Actor:
    """The :class:`Actor` for a correct username and password, or :class:`LoginFailed`.

    An unknown username is checked against a dummy hash, so it takes the same path and time as
    a wrong password. Five failures in a row lock the account for 15 minutes. A hash made with
    older parameters is replaced at a successful login. Failures are recorded even though the
    call raises: this is the one service that commits, so a rollback cannot undo the count.
    """
    now = now or utcnow()
    user = session.scalar(select(User).where(User.username == username.strip()))
    if user is None:
        passwords.verify_password(passwords.dummy_hash(), password)
        raise LoginFailed
    matches = passwords.verify_password(user.password_hash, password)
    locked = user.locked_until is not None and user.locked_until > now
    if locked or user.disabled:
        raise LoginFailed
    if not matches:
        user.failed_logins += 1
        if user.failed_logins >= MAX_FAILED_LOGINS:
            user.failed_logins = 0
            user.locked_until = now + LOCKOUT
        session.commit()
        raise LoginFailed
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = now
    if passwords.needs_rehash(user.password_hash):
        user.password_hash = passwords.hash_password(password)
    session.flush()
    return actor_for(user)
