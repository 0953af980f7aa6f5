"""The first administrator: only on a database without accounts, checked, hashed, never echoed."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import undefer

from console import db
from console.models import Role, User
from console.services.access import accounts, passwords

PASSWORD = "torrazzo-di-cremona"


def create(engine: Engine, username: str, password: str = PASSWORD):
    with db.session_scope(engine) as s:
        return accounts.create_first_admin(s, username, password)


def users(engine: Engine) -> list[User]:
    with db.session_scope(engine) as s:
        return list(s.scalars(select(User).options(undefer(User.password_hash))))


def test_the_first_admin_is_created_with_an_argon2_hash(engine: Engine) -> None:
    assert not _has_accounts(engine)
    actor = create(engine, "  admin.cremona  ")
    (user,) = users(engine)
    assert (user.username, user.role, user.person_id) == ("admin.cremona", Role.ADMIN, None)
    assert user.password_hash.startswith("$argon2id$") and PASSWORD not in user.password_hash
    assert passwords.verify_password(user.password_hash, PASSWORD)
    assert not passwords.verify_password(user.password_hash, PASSWORD + "x")
    assert actor.user_id == user.id and actor.role is Role.ADMIN
    assert (actor.person_id, actor.organization_id, actor.username) == (None, None, "admin.cremona")
    assert _has_accounts(engine)


@pytest.mark.parametrize("username", ["Niccolò_Rossi-2", "abc", "a" * 80, "x.y"])
def test_usernames_that_are_accepted(engine: Engine, username: str) -> None:
    assert create(engine, username).username == username


@pytest.mark.parametrize(
    "username", ["", "ab", "a" * 81, "mario rossi", "mario@comune", "admin;", "  "]
)
def test_malformed_usernames_are_refused_in_one_line(engine: Engine, username: str) -> None:
    with pytest.raises(accounts.AccountError) as refused:
        create(engine, username)
    message = str(refused.value)
    assert len(message.splitlines()) == 1 and "3 to 80 characters" in message
    assert users(engine) == []


def test_a_second_first_admin_is_refused(engine: Engine) -> None:
    create(engine, "admin")
    with pytest.raises(accounts.AccountError, match="already has accounts"):
        create(engine, "another-admin", "another-long-password")
    assert [u.username for u in users(engine)] == ["admin"]


def test_a_short_password_is_refused_and_nothing_is_stored(engine: Engine) -> None:
    with pytest.raises(passwords.WeakPassword, match=f"at least {passwords.MIN_LENGTH}"):
        create(engine, "admin", "corto-1")
    assert users(engine) == []


@pytest.mark.parametrize(
    ("username", "password"),
    [
        ("torrazzo-di-cremona", "torrazzo-di-cremona"),  # the password typed as the username too
        ("bad name", PASSWORD),
        ("admin", "short-pw"),
    ],
)
def test_no_password_in_any_message_or_log(
    engine: Engine, caplog: pytest.LogCaptureFixture, username: str, password: str
) -> None:
    if username == password:
        create(engine, "admin")  # refused because accounts exist
    caplog.set_level(logging.DEBUG)
    with pytest.raises(ValueError) as refused:
        create(engine, username, password)
    exc = refused.value
    for text in (str(exc), repr(exc), *map(str, exc.args), caplog.text):
        assert password not in text


def _has_accounts(engine: Engine) -> bool:
    with db.session_scope(engine) as s:
        assert accounts.has_accounts(s) == (s.scalar(select(func.count(User.id))) > 0)
        return accounts.has_accounts(s)
