"""Signing in and unlocking: passwords checked, failures counted toward a lockout, every
attempt audited."""

from __future__ import annotations

from datetime import datetime
from typing import NoReturn

from sqlalchemy import Engine, or_, select, text, update
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from console import db
from console.models import Role, User
from console.models.base import utcnow
from console.services.access import audit, passwords, pg_roles
from console.services.access.permissions import Actor, actor_for
from console.services.actions import LOCKOUT, MAX_FAILED_LOGINS, LoginFailed
from console.services.changes import Area, writes

NOT_A_USERNAME = "(not a username)"  # recorded instead of a malformed name typed at login
# Who a username that names no account would sign in as, for expected_actor(): the shape of
# an account's actor, so that what is prepared for it costs what it costs for an account.
STAND_IN = Actor(None, None, None, Role.EDUCATOR, "")


def expected_actor(session: Session, username: str) -> Actor:
    """Who :func:`login` signs ``username`` in as if the password is right: the account's
    actor, or :data:`STAND_IN` when no account has that name. For what may be prepared while
    the password is checked and is dropped unless ``login`` returns the same actor (the main
    window is built meanwhile). It reads the account's row, as ``login`` does first, and
    nothing else: no data is read, and nothing about the attempt is recorded here."""
    user = session.scalar(select(User).where(User.username == username.strip()))
    return STAND_IN if user is None else actor_for(user)


# A sign-in, failed or not, is an entry of the log and may change the account's lockout.
@writes(Area.USERS, Area.AUDIT)
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
    from console.services.access import accounts  # noqa: PLC0415 - accounts imports this module

    try:
        return accounts.check_username(typed)
    except accounts.AccountError:
        return NOT_A_USERNAME


@writes(Area.USERS, Area.AUDIT)
def reauthenticate(
    session: Session, actor: Actor, password: str, *, now: datetime | None = None
) -> None:
    """Check the signed-in actor's password again (the idle lock); :class:`LoginFailed` if wrong.

    The same rules as :func:`login`: failures count toward the lockout and are audited.
    """
    now = now or utcnow()
    if _signed_in_as_account(session):
        _reauthenticate_as_account(session, actor, password)
        return
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


def _count_failure(session: Session, user: User, now: datetime) -> str:
    """One more wrong password, counted in the row itself (``failed_logins + 1``), so that
    attempts sent at once are all counted; the attempt that reaches the limit, and only that
    one, locks the account and records the lockout. Returns the reason to record: "wrong
    password", or "locked" when another attempt locked the account meanwhile."""
    not_locked = or_(User.locked_until.is_(None), User.locked_until <= now)
    counted = session.execute(
        update(User)
        .where(User.id == user.id, not_locked)
        .values(failed_logins=User.failed_logins + 1)
    )
    if not counted.rowcount:
        return "locked"
    locked = session.execute(
        update(User)
        .where(User.id == user.id, not_locked, User.failed_logins >= MAX_FAILED_LOGINS)
        .values(failed_logins=0, locked_until=now + LOCKOUT)
    )
    if locked.rowcount:
        audit.record(
            session,
            None,
            audit.AuditAction.ACCOUNT_LOCKED,
            entity="users",
            entity_id=user.id,
            details={"until": now + LOCKOUT},
            username=user.username,
            user_id=user.id,
        )
    return "wrong password"


def _check(
    session: Session, user: User, password: str, now: datetime, failure: audit.AuditAction
) -> Actor:
    matches = passwords.verify_password(user.password_hash, password)
    if user.locked_until is not None and user.locked_until > now:
        _fail(session, user, user.username, "locked", action=failure)
    if user.disabled:
        _fail(session, user, user.username, "disabled", action=failure)
    if not matches:
        reason = _count_failure(session, user, now)
        _fail(session, user, user.username, reason, action=failure)
    # Straight to the row, not through the versioned object: two sign-ins at once must not make
    # one of them fail as "changed by someone else".
    values: dict[str, object] = {"failed_logins": 0, "locked_until": None, "last_login_at": now}
    if passwords.needs_rehash(user.password_hash):
        values["password_hash"] = passwords.hash_password(password)
    session.execute(update(User).where(User.id == user.id).values(**values))
    session.refresh(user)
    actor = actor_for(user)
    if failure is audit.AuditAction.LOGIN_FAILED:
        audit.record(
            session, actor, audit.AuditAction.LOGIN_SUCCEEDED, entity="users", entity_id=user.id
        )
    session.flush()
    return actor


# --- a shared PostgreSQL server where each account is its own login role (pg_roles) -------------

_RECORD_FAILURE = "SELECT console_record_failed_login(:u, :action)"


def sign_in_as_account(url: str | URL, username: str, password: str) -> tuple[Engine, Actor]:
    """Sign in on a server prepared by ``console-admin pg-setup``: PostgreSQL itself checks the
    password of the account's own login role (SCRAM). Returns an engine connected as that role,
    for every operation of this sign-in, and the :class:`Actor`; or :class:`LoginFailed`.

    A refused sign-in is recorded through the gate role (``console_record_failed_login``): it
    counts toward the lockout and is audited exactly as :func:`login` does, and the fifth in a
    row makes the role NOLOGIN for the lockout. Before connecting, the gate lets an account
    whose lockout has ended log in again (``console_prepare_login``).
    """
    from console.services.access import accounts  # noqa: PLC0415 - accounts imports this module

    database = make_url(url).database or ""
    typed = username.strip()
    try:
        name = accounts.check_username(typed)
    except accounts.AccountError:
        name = None
    if name is None or not pg_roles.fits(database, name):
        pg_roles.call_gate(url, _RECORD_FAILURE, u=typed, action=audit.AuditAction.LOGIN_FAILED)
        raise LoginFailed
    pg_roles.call_gate(url, "SELECT console_prepare_login(:u)", u=name)
    engine = pg_roles.account_engine(url, name, password)
    if not pg_roles.try_connect(engine):
        engine.dispose()
        pg_roles.call_gate(url, _RECORD_FAILURE, u=name, action=audit.AuditAction.LOGIN_FAILED)
        raise LoginFailed
    try:
        with db.session_scope(engine) as session:
            user_id = session.scalar(text("SELECT console_sign_in(true)"))
            user = session.get(User, user_id)
            assert user is not None  # console_sign_in answered its id
            actor = actor_for(user)
    except DBAPIError as exc:
        engine.dispose()
        if getattr(exc.orig, "sqlstate", None) != "28000":
            raise
        # The password was right but the account is locked or disabled: recorded as such.
        pg_roles.call_gate(url, _RECORD_FAILURE, u=name, action=audit.AuditAction.LOGIN_FAILED)
        raise LoginFailed from exc
    return engine, actor


def _signed_in_as_account(session: Session) -> bool:
    if session.get_bind().dialect.name != "postgresql" or not pg_roles.is_set_up(session):
        return False
    return session.scalar(text("SELECT console_session_user_id()")) is not None


def _reauthenticate_as_account(session: Session, actor: Actor, password: str) -> None:
    """The idle lock on a server where the session is the account's own role: the password is
    checked by connecting with it once more; a wrong one counts as at sign-in."""
    url = session.get_bind().engine.url  # an account engine's URL holds no password
    probe = db.make_engine(url.set(password=password))
    try:
        accepted = pg_roles.try_connect(probe)
    finally:
        probe.dispose()
    if not accepted:
        session.execute(
            text(_RECORD_FAILURE), {"u": actor.username, "action": audit.AuditAction.UNLOCK_FAILED}
        )
        session.commit()
        raise LoginFailed
    session.execute(text("SELECT console_sign_in(false)"))
