"""Login accounts: usernames, the administrator account of a new database, and what
administrators do to accounts (create, reset a password, disable and enable, change the role,
link to a person, lift a lockout). The window and console-admin call the same functions."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from console.models import Person, Role, User
from console.models.base import utcnow
from console.services import access
from console.services.access import audit, passwords, pg_roles
from console.services.changes import Area, writes
from console.services.errors import Entity, Refusal, not_found

if TYPE_CHECKING:
    from datetime import datetime

USERNAME_MIN, USERNAME_MAX = 3, 80  # users.username is a String(80)
# Letters (accented ones too), digits, dot, hyphen and underscore: easy to type and to quote.
_USERNAME = re.compile(rf"[\w.-]{{{USERNAME_MIN},{USERNAME_MAX}}}")


class AccountError(Refusal):
    """The account cannot be created as asked; ``str()`` says why in one line (never a password)."""


def has_accounts(session: Session) -> bool:
    """True when the database holds at least one login account (disabled ones count)."""
    return session.scalar(select(User.id).limit(1)) is not None


def check_username(username: str) -> str:
    """The username without surrounding blanks, or :class:`AccountError` when it is malformed.

    The message never repeats what was typed: people do type their password in the wrong field.
    """
    name = username.strip()
    if _USERNAME.fullmatch(name) is None:
        raise AccountError(
            "account_username_malformed",
            "a username has {low} to {high} characters: "
            "letters, digits, dots, hyphens or underscores",
            low=USERNAME_MIN,
            high=USERNAME_MAX,
        )
    return name


@writes(Area.USERS)
def create_first_admin(session: Session, username: str, password: str) -> access.Actor:
    """Create the administrator account of a database that has no account yet; its actor.

    Raises :class:`AccountError` when the database already has accounts or the username is
    malformed, and :class:`~console.services.passwords.WeakPassword` for a short password;
    nothing is written then. Flushes and never commits (the caller's session scope does).
    """
    if has_accounts(session):
        raise AccountError("account_first_exists", "the database already has accounts")
    name = check_username(username)
    passwords.check_strength(password)
    user = User(
        username=name,
        password_hash=passwords.hash_password(password),
        role=Role.ADMIN,
        person_id=None,
    )
    session.add(user)
    session.flush()
    actor = access.actor_for(user)
    audit.record_write(session, actor, "create", user)
    pg_roles.sync_account(session, name, password)
    return actor


def _user(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username.strip()))
    if user is None:
        raise AccountError(
            "account_unknown", "there is no account named '{username}'", username=username.strip()
        )
    return user


@writes(Area.USERS, ids=lambda user_id: (user_id,))
def create_user(  # noqa: PLR0917 - positional as the runner passes them (no keywords)
    session: Session,
    actor: access.Actor,
    username: str,
    role: Role,
    password: str,
    person_id: int | None = None,
) -> int:
    """Create a login account (administrators only); its user id.

    Raises :class:`AccountError` for a malformed or taken username, an unknown person or a
    person who already has an account, and :class:`~console.services.passwords.WeakPassword`
    for a short password; nothing is written then.
    """
    access.require(actor, access.Action.MANAGE_USERS)
    name = check_username(username)
    passwords.check_strength(password)
    if session.scalar(select(User.id).where(User.username == name)) is not None:
        raise AccountError(
            "account_username_taken", "the username '{username}' is taken", username=name
        )
    if person_id is not None:
        _check_person_free(session, person_id, None)
    _check_fits_server(session, name)
    user = User(
        username=name,
        password_hash=passwords.hash_password(password),
        role=role,
        person_id=person_id,
    )
    session.add(user)
    audit.record_write(session, actor, "create", user)
    pg_roles.sync_account(session, name, password)
    return user.id


@writes(Area.USERS)
def set_password(session: Session, actor: access.Actor, username: str, password: str) -> None:
    """Give an account a new password and lift its lockout (administrators only)."""
    access.require(actor, access.Action.MANAGE_USERS)
    user = _user(session, username)
    passwords.check_strength(password)
    user.password_hash = passwords.hash_password(password)
    user.failed_logins = 0
    user.locked_until = None
    audit.record_write(session, actor, "update", user)
    pg_roles.sync_account(session, user.username, password)


@writes(Area.USERS)
def disable_user(session: Session, actor: access.Actor, username: str) -> None:
    """Disable an account: it can no longer log in (administrators only). Refuses the last
    enabled administrator, so the database never ends up with nobody to manage it."""
    access.require(actor, access.Action.MANAGE_USERS)
    user = _user(session, username)
    if user.disabled:
        raise AccountError(
            "account_already_disabled",
            "the account '{username}' is already disabled",
            username=user.username,
        )
    if actor.user_id == user.id:
        raise AccountError(
            "account_disable_self", "an administrator cannot disable their own account"
        )
    _keep_an_admin(session, user)
    user.disabled = True
    audit.record_write(session, actor, "update", user)
    pg_roles.sync_account(session, user.username)


@writes(Area.USERS)
def change_password(session: Session, actor: access.Actor, current: str, new: str) -> None:
    """Change the signed-in actor's own password after checking the current one.

    Raises :class:`~console.services.access.LoginFailed` for a wrong current password (it
    counts toward the lockout, like a login), :class:`AccountError` when the new password is
    the current one, and :class:`~console.services.passwords.WeakPassword` when it is short.
    """
    if actor.user_id is None:
        raise AccountError(
            "account_command_line_password", "the command line has no password of its own"
        )
    passwords.check_strength(new)
    if new == current:
        raise AccountError(
            "account_password_unchanged", "the new password must differ from the current one"
        )
    access.reauthenticate(session, actor, current)
    user = session.get(User, actor.user_id)
    assert user is not None  # reauthenticate refused a missing account
    user.password_hash = passwords.hash_password(new)
    audit.record_write(session, actor, "update", user)
    _new_server_password(session, user.username, new)


def _check_fits_server(session: Session, name: str) -> None:
    """On a shared server the account is a login role named after the database and the
    username, and PostgreSQL's role names have at most 63 bytes."""
    if pg_roles.is_set_up(session) and not pg_roles.fits(pg_roles.database_name(session), name):
        raise AccountError(
            "account_username_too_long_for_server",
            "on this server a username has at most {most} bytes",
            most=pg_roles.MAX_ROLE_NAME - len(pg_roles.database_name(session).encode()) - 1,
        )


def _new_server_password(session: Session, username: str, password: str) -> None:
    """One's own new password on a shared server: a role may change its own password (as a
    SCRAM verifier, so the password never reaches the server's logs); the owner's session goes
    through console_sync_account like an administrator's."""
    if not pg_roles.is_set_up(session):
        return
    if session.scalar(text("SELECT console_session_user_id()")) is None:
        pg_roles.sync_account(session, username, password)
        return
    verifier = pg_roles.scram_verifier(password)
    assert pg_roles.is_verifier(verifier)  # only base64, digits, '$' and ':' are inlined
    # Straight to the driver: a verifier's colons are no bind parameters.
    session.connection().exec_driver_sql(f"ALTER ROLE SESSION_USER PASSWORD '{verifier}'")
    pg_roles.remember_password(session.get_bind(), password)


def _check_person_free(session: Session, person_id: int, user_id: int | None) -> None:
    """Refuse an unknown person, or one whose account is another than ``user_id``."""
    if session.get(Person, person_id) is None:
        raise not_found(AccountError, Entity.PERSON, person_id)
    holder = session.scalar(select(User.id).where(User.person_id == person_id))
    if holder is not None and holder != user_id:
        raise AccountError(
            "account_person_has_one", "person {id} already has an account", id=person_id
        )


def _keep_an_admin(session: Session, user: User) -> None:
    """Refuse to take the last enabled administrator away (disabling or demoting ``user``)."""
    if user.role is not Role.ADMIN or user.disabled:
        return
    admins = session.scalars(
        select(User.id).where(User.role == Role.ADMIN, User.disabled.is_(False))
    ).all()
    if len(admins) <= 1:
        raise AccountError("account_last_admin", "this is the last enabled administrator account")


@writes(Area.USERS)
def enable_user(session: Session, actor: access.Actor, username: str) -> None:
    """Let a disabled account log in again (administrators only)."""
    access.require(actor, access.Action.MANAGE_USERS)
    user = _user(session, username)
    if not user.disabled:
        raise AccountError(
            "account_not_disabled",
            "the account '{username}' is not disabled",
            username=user.username,
        )
    user.disabled = False
    audit.record_write(session, actor, "update", user)
    pg_roles.sync_account(session, user.username)


@writes(Area.USERS)
def change_role(session: Session, actor: access.Actor, username: str, role: Role) -> None:
    """Give an account another role (administrators only); the account's holder gets it at their
    next sign-in. Refuses taking the administrator role from the last enabled administrator
    or from one's own account. The same role again changes nothing."""
    access.require(actor, access.Action.MANAGE_USERS)
    user = _user(session, username)
    role = Role(role)
    if role is user.role:
        return
    if user.role is Role.ADMIN:
        if actor.user_id == user.id:
            raise AccountError(
                "account_demote_self",
                "an administrator cannot take the administrator role from their own account",
            )
        _keep_an_admin(session, user)
    user.role = role
    audit.record_write(session, actor, "update", user)
    pg_roles.sync_account(session, user.username)


@writes(Area.USERS)
def link_person(
    session: Session, actor: access.Actor, username: str, person_id: int | None
) -> None:
    """Say which person an account belongs to, or None for nobody (administrators only).

    The account takes that person's organization at its next sign-in. Refuses an unknown
    person and one who already has another account.
    """
    access.require(actor, access.Action.MANAGE_USERS)
    user = _user(session, username)
    if person_id is not None:
        _check_person_free(session, person_id, user.id)
    user.person_id = person_id
    audit.record_write(session, actor, "update", user)


@writes(Area.USERS)
def update_account(
    session: Session, actor: access.Actor, username: str, role: Role, person_id: int | None
) -> None:
    """:func:`change_role` and :func:`link_person` in one go: both, or neither when refused."""
    change_role(session, actor, username, role)
    link_person(session, actor, username, person_id)


def is_locked(user: User, now: datetime) -> bool:
    """True while too many wrong passwords keep the account from signing in."""
    return user.locked_until is not None and user.locked_until > now


@writes(Area.USERS)
def lift_lockout(
    session: Session, actor: access.Actor, username: str, *, now: datetime | None = None
) -> None:
    """Let a locked account sign in again at once (administrators only); the count of wrong
    passwords starts again from zero."""
    access.require(actor, access.Action.MANAGE_USERS)
    user = _user(session, username)
    if not is_locked(user, now or utcnow()):
        raise AccountError(
            "account_not_locked", "the account '{username}' is not locked", username=user.username
        )
    user.locked_until = None
    user.failed_logins = 0
    audit.record_write(session, actor, "update", user)
    pg_roles.sync_account(session, user.username)
