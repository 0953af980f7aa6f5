"""Login: one answer for every failure, the same path for unknown users, lockout, rehash."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import Engine
from sqlalchemy.orm import undefer

from console import db
from console.models import Organization, OrganizationKind, Person, Role, User
from console.services import access
from console.services.access import passwords

PASSWORD = "piazza-roma-2026"
NOW = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)


@pytest.fixture
def user_id(engine: Engine) -> int:
    with db.session_scope(engine) as s:
        org = Organization(name="Polizia Locale", short_name="PL", kind=OrganizationKind.POLICE)
        s.add(org)
        s.flush()
        person = Person(
            first_name="Marco", last_name="Rossi", role=Role.COORDINATOR, organization_id=org.id
        )
        s.add(person)
        s.flush()
        user = User(
            username="mrossi",
            password_hash=passwords.hash_password(PASSWORD),
            role=Role.COORDINATOR,
            person_id=person.id,
        )
        s.add(user)
        s.flush()
        return user.id


def attempt(engine: Engine, username: str, password: str, now: datetime = NOW) -> access.Actor:
    with db.session_scope(engine) as s:
        return access.login(s, username, password, now=now)


def stored(engine: Engine, user_id: int) -> User:
    with db.session_scope(engine) as s:
        return s.get(User, user_id, options=[undefer(User.password_hash)])


def test_a_correct_login_gives_the_actor(engine: Engine, user_id: int) -> None:
    actor = attempt(engine, "mrossi", PASSWORD)
    assert actor.user_id == user_id and actor.role is Role.COORDINATOR
    assert actor.organization_id is not None and actor.person_id is not None
    assert stored(engine, user_id).last_login_at == NOW


@pytest.mark.parametrize(
    ("username", "password"), [("mrossi", "wrong-password"), ("nobody", PASSWORD), ("", "")]
)
def test_every_failure_is_the_same_answer(
    engine: Engine, user_id: int, username: str, password: str
) -> None:
    with pytest.raises(access.LoginFailed) as failed:
        attempt(engine, username, password)
    assert str(failed.value) == str(access.LoginFailed())
    assert password not in str(failed.value) or password == ""


def test_unknown_user_takes_the_same_path(engine: Engine, user_id: int, monkeypatch) -> None:
    verified: list[str] = []
    real = passwords.verify_password

    def counting(hash_: str, plain: str) -> bool:
        verified.append(hash_)
        return real(hash_, plain)

    monkeypatch.setattr(passwords, "verify_password", counting)
    for username in ("mrossi", "nobody"):
        with pytest.raises(access.LoginFailed):
            attempt(engine, username, "wrong-password")
    assert len(verified) == 2
    assert verified[1] == passwords.dummy_hash()
    assert PasswordHasher().check_needs_rehash(verified[1]) is False  # same cost as real hashes


def test_five_failures_lock_the_account_for_fifteen_minutes(engine: Engine, user_id: int) -> None:
    for _ in range(access.MAX_FAILED_LOGINS):
        with pytest.raises(access.LoginFailed):
            attempt(engine, "mrossi", "wrong-password")
    assert stored(engine, user_id).locked_until == NOW + access.LOCKOUT
    with pytest.raises(access.LoginFailed):
        attempt(engine, "mrossi", PASSWORD, NOW + timedelta(minutes=14))
    assert (
        attempt(engine, "mrossi", PASSWORD, NOW + timedelta(minutes=15, seconds=1)).user_id
        == user_id
    )
    assert stored(engine, user_id).failed_logins == 0


def test_a_success_resets_the_count(engine: Engine, user_id: int) -> None:
    for _ in range(access.MAX_FAILED_LOGINS - 1):
        with pytest.raises(access.LoginFailed):
            attempt(engine, "mrossi", "wrong-password")
    attempt(engine, "mrossi", PASSWORD)
    with pytest.raises(access.LoginFailed):
        attempt(engine, "mrossi", "wrong-password")
    assert stored(engine, user_id).locked_until is None


def test_a_disabled_account_cannot_log_in(engine: Engine, user_id: int) -> None:
    with db.session_scope(engine) as s:
        s.get(User, user_id).disabled = True
    with pytest.raises(access.LoginFailed):
        attempt(engine, "mrossi", PASSWORD)


def test_old_parameters_are_rehashed_at_login(engine: Engine, user_id: int) -> None:
    weak = PasswordHasher(time_cost=1, memory_cost=8192).hash(PASSWORD)
    with db.session_scope(engine) as s:
        s.get(User, user_id).password_hash = weak
    attempt(engine, "mrossi", PASSWORD)
    renewed = stored(engine, user_id).password_hash
    assert renewed != weak and not passwords.needs_rehash(renewed)
    assert passwords.verify_password(renewed, PASSWORD)


def test_short_passwords_are_refused_without_echo() -> None:
    with pytest.raises(passwords.WeakPassword) as weak:
        passwords.check_strength("short1")
    assert "short1" not in str(weak.value)
    passwords.check_strength("long-enough-1")


def test_wrong_passwords_sent_at_once_are_all_counted_and_audited(tmp_path) -> None:
    """A brute force in 48 threads: every attempt is refused (nothing else escapes), every
    one is in the audit log, and the account is locked once."""
    from tests.services.concurrent_logins import brute_force

    engine = db.open_database(db.sqlite_url(tmp_path / "brute.db")).engine
    try:
        found = brute_force(engine, 48)
    finally:
        engine.dispose()
    assert found == {"outcomes": {"refused": 48}, "audited": 48, "locks": 1, "locked": True}
