"""Who may do what: the actor every service call takes, and one table of role x action.

Services call :func:`require` before they read or write; the UI asks :func:`can` only to hide
what would be refused anyway.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NoReturn

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.models import Role, User, Visibility
from console.models.base import utcnow
from console.services import audit, passwords

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
NOT_A_USERNAME = "(not a username)"  # recorded instead of a malformed name typed at login


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
    VIEW_MAP = "view_map"
    RECORD_SIGNALS = "record_signals"
    EDIT_ZONES = "edit_zones"
    RECORD_DEBRIEFS = "record_debriefs"
    VIEW_CASES = "view_cases"  # the case list and a case's facts; notes go by audience
    WRITE_CASES = "write_cases"  # open cases, change their status, refer them
    WRITE_NOTES = "write_notes"
    VIEW_PEOPLE_MET = "view_people_met"  # subjects' profiles (identity goes by consent)
    VIEW_AGGREGATES = "view_aggregates"  # counts and hours with no named person
    READ_AUDIT = "read_audit"
    MANAGE_USERS = "manage_users"


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
# The roles that work in the field or on cases; managers see aggregates, admins run the system.
PARTNERS = frozenset({Role.COORDINATOR, Role.EDUCATOR, Role.OFFICER, Role.SOCIAL_WORKER})
ADMINS = frozenset({Role.ADMIN})

# The one table: which roles may take each action.
PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.VIEW_CALENDAR: ALL_ROLES,
    Action.PLAN_SHIFTS: PLANNERS,
    Action.PUBLISH_WEEK: PLANNERS,
    Action.MANAGE_ABSENCES: PLANNERS,
    Action.EXPORT_CALENDAR: ALL_ROLES,
    # Zones and signals hold no personal data: everyone sees the map (managers included).
    Action.VIEW_MAP: ALL_ROLES,
    Action.RECORD_SIGNALS: frozenset({Role.COORDINATOR, Role.OFFICER, Role.EDUCATOR}),
    Action.EDIT_ZONES: frozenset({Role.COORDINATOR, Role.ADMIN}),
    Action.RECORD_DEBRIEFS: frozenset({Role.COORDINATOR, Role.EDUCATOR, Role.OFFICER}),
    Action.VIEW_CASES: PARTNERS,
    Action.WRITE_CASES: PARTNERS,
    Action.WRITE_NOTES: PARTNERS,
    Action.VIEW_PEOPLE_MET: PARTNERS,
    Action.VIEW_AGGREGATES: ALL_ROLES,
    Action.READ_AUDIT: ADMINS,
    Action.MANAGE_USERS: ADMINS,
}


class Reach(enum.Enum):
    """How far a note's audience reaches among the roles allowed to read it."""

    EVERY_ORGANIZATION = "every_organization"
    SAME_ORGANIZATION = "same_organization"


# The rules for note audiences: which roles read a note of each visibility, and how far. The
# author always reads their own notes (while their role may read notes at all).
NOTE_AUDIENCES: dict[Visibility, tuple[frozenset[Role], Reach]] = {
    Visibility.SHARED: (PARTNERS, Reach.EVERY_ORGANIZATION),
    Visibility.ORGANIZATION: (PARTNERS, Reach.SAME_ORGANIZATION),
    Visibility.SOCIAL_SERVICES: (frozenset({Role.SOCIAL_WORKER}), Reach.EVERY_ORGANIZATION),
}

# The audience a new note gets unless its author chooses: the narrowest that fits the role.
DEFAULT_AUDIENCE: dict[Role, Visibility] = {
    Role.SOCIAL_WORKER: Visibility.SOCIAL_SERVICES,
    Role.COORDINATOR: Visibility.ORGANIZATION,
    Role.EDUCATOR: Visibility.ORGANIZATION,
    Role.OFFICER: Visibility.ORGANIZATION,
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


def may_read_note(
    actor: Actor, visibility: Visibility, organization_id: int, author_user_id: int | None
) -> bool:
    """True when the actor is in the audience of a note with this visibility.

    ``organization_id`` is the organization the note was written in. Managers and admins are
    never in a note's audience, whoever wrote it.
    """
    if actor.role not in PARTNERS:
        return False
    if actor.user_id is not None and actor.user_id == author_user_id:
        return True
    roles, reach = NOTE_AUDIENCES[visibility]
    if actor.role not in roles:
        return False
    return reach is Reach.EVERY_ORGANIZATION or actor.organization_id == organization_id


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
    older parameters is replaced at a successful login. Every attempt is audited. Failures are
    committed even though the call raises: this is the one service that commits, so the
    caller's rollback cannot undo the count or the audit entry.
    """
    now = now or utcnow()
    typed = username.strip()
    user = session.scalar(select(User).where(User.username == typed))
    if user is None:
        passwords.verify_password(passwords.dummy_hash(), password)
        _fail(session, None, _as_recorded(typed), "unknown user")
    return _check(session, user, password, now, audit.AuditAction.LOGIN_FAILED)


def _as_recorded(typed: str) -> str:
    """What the log keeps of an unknown username: people type their password in the wrong
    field, so anything that could not be a username is not kept."""
    from console.services import accounts  # noqa: PLC0415 - accounts imports this module

    try:
        return accounts.check_username(typed)
    except accounts.AccountError:
        return NOT_A_USERNAME


def reauthenticate(
    session: Session, actor: Actor, password: str, *, now: datetime | None = None
) -> None:
    """Check the signed-in actor's password again (the idle lock); :class:`LoginFailed` if wrong.

    The same rules as :func:`login`: failures count toward the lockout and are audited.
    """
    now = now or utcnow()
    user = session.get(User, actor.user_id) if actor.user_id is not None else None
    if user is None:
        passwords.verify_password(passwords.dummy_hash(), password)
        _fail(session, None, actor.username, "unknown user")
    _check(session, user, password, now, audit.AuditAction.UNLOCK_FAILED)


def _fail(
    session: Session, user: User | None, username: str, reason: str, **more: object
) -> NoReturn:
    audit.record(
        session,
        None,
        more.pop("action", audit.AuditAction.LOGIN_FAILED),
        entity="users",
        entity_id=user.id if user is not None else None,
        details={"reason": reason, **more},
        username=username,
        user_id=user.id if user is not None else None,
    )
    session.commit()
    raise LoginFailed


def _check(
    session: Session, user: User, password: str, now: datetime, failure: audit.AuditAction
) -> Actor:
    matches = passwords.verify_password(user.password_hash, password)
    if user.locked_until is not None and user.locked_until > now:
        _fail(session, user, user.username, "locked", action=failure)
    if user.disabled:
        _fail(session, user, user.username, "disabled", action=failure)
    if not matches:
        user.failed_logins += 1
        if user.failed_logins >= MAX_FAILED_LOGINS:
            user.failed_logins = 0
            user.locked_until = now + LOCKOUT
            audit.record(
                session,
                None,
                audit.AuditAction.ACCOUNT_LOCKED,
                entity="users",
                entity_id=user.id,
                details={"until": user.locked_until},
                username=user.username,
                user_id=user.id,
            )
        _fail(session, user, user.username, "wrong password", action=failure)
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = now
    if passwords.needs_rehash(user.password_hash):
        user.password_hash = passwords.hash_password(password)
    actor = actor_for(user)
    if failure is audit.AuditAction.LOGIN_FAILED:
        audit.record(
            session, actor, audit.AuditAction.LOGIN_SUCCEEDED, entity="users", entity_id=user.id
        )
    session.flush()
    return actor
