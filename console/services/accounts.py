"""Login accounts: usernames, and the administrator account of a new database."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.models import Role, User
from console.services import access, passwords

USERNAME_MIN, USERNAME_MAX = 3, 80  # users.username is a String(80)
# Letters (accented ones too), digits, dot, hyphen and underscore: easy to type and to quote.
_USERNAME = re.compile(rf"[\w.-]{{{USERNAME_MIN},{USERNAME_MAX}}}")


class AccountError(ValueError):
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
            f"a username has {USERNAME_MIN} to {USERNAME_MAX} characters: "
            "letters, digits, dots, hyphens or underscores"
        )
    return name


def create_first_admin(session: Session, username: str, password: str) -> access.Actor:
    """Create the administrator account of a database that has no account yet; its actor.

    Raises :class:`AccountError` when the database already has accounts or the username is
    malformed, and :class:`~console.services.passwords.WeakPassword` for a short password;
    nothing is written then. Flushes and never commits (the caller's session scope does).
    """
    if has_accounts(session):
        raise AccountError("the database already has accounts")
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
    return access.actor_for(user)
