"""A window already open stops at its next operation when its account is disabled, locked or
given another role: every operation of a signed-in person checks the account first."""

from __future__ import annotations

from datetime import timedelta

import psycopg
import pytest
from sqlalchemy import Engine, update
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from console import db
from console.models import Role, User
from console.models.base import utcnow
from console.services import access
from console.services.access import accounts
from console.services.access.session_guard import (
    AccountChange,
    AccountNoLongerActive,
    DatabaseBusy,
    run_as,
)

PASSWORD = "piazza-marconi-26"


def _signed_in(engine: Engine, role: Role = Role.EDUCATOR) -> access.Actor:
    with db.session_scope(engine) as s:
        accounts.create_user(s, access.COMMAND_LINE, "anna", role, PASSWORD)
        accounts.create_user(s, access.COMMAND_LINE, "root", Role.ADMIN, PASSWORD)
    with db.session_scope(engine) as s:
        return access.login(s, "anna", PASSWORD)


def _who(session: Session, actor: access.Actor) -> str:
    return actor.username


def _change(engine: Engine, **values: object) -> None:
    with engine.begin() as conn:
        conn.execute(update(User).where(User.username == "anna").values(**values))


def test_an_unchanged_account_works(engine: Engine) -> None:
    actor = _signed_in(engine)
    assert run_as(engine, _who, actor) == "anna"
    assert run_as(engine, _who, access.COMMAND_LINE) == "console-admin"  # no account to check


@pytest.mark.parametrize(
    ("values", "change"),
    [
        ({"disabled": True}, AccountChange.DISABLED),
        ({"locked_until": utcnow() + timedelta(minutes=15)}, AccountChange.LOCKED),
        ({"role": Role.COORDINATOR}, AccountChange.ROLE_CHANGED),
    ],
    ids=["disabled", "locked", "another role"],
)
def test_a_changed_account_is_stopped_before_the_operation(
    engine: Engine, values: dict[str, object], change: AccountChange
) -> None:
    actor = _signed_in(engine)
    ran: list[str] = []

    def service(session: Session, who: access.Actor) -> None:
        ran.append(who.username)

    _change(engine, **values)
    with pytest.raises(AccountNoLongerActive) as refused:
        run_as(engine, service, actor)
    assert refused.value.code == "account_no_longer_active"
    assert refused.value.change is change
    assert ran == []


def test_a_lockout_that_has_passed_no_longer_stops(engine: Engine) -> None:
    actor = _signed_in(engine)
    _change(engine, locked_until=utcnow() - timedelta(minutes=1))
    assert run_as(engine, _who, actor) == "anna"


def test_disabling_through_the_service_stops_the_open_window(engine: Engine) -> None:
    actor = _signed_in(engine)
    with db.session_scope(engine) as s:
        admin = access.login(s, "root", PASSWORD)
    with db.session_scope(engine) as s:
        accounts.disable_user(s, admin, "anna")
    with pytest.raises(AccountNoLongerActive):
        run_as(engine, _who, actor)


def _deadlock() -> DBAPIError:
    return OperationalError("UPDATE shifts ...", {}, psycopg.errors.DeadlockDetected())


def test_a_deadlocked_operation_runs_once_more_in_a_new_session(engine: Engine) -> None:
    actor = _signed_in(engine)
    sessions: list[Session] = []

    def service(session: Session, who: access.Actor) -> str:
        sessions.append(session)
        if len(sessions) == 1:
            raise _deadlock()
        return who.username

    assert run_as(engine, service, actor) == "anna"
    assert len(sessions) == 2 and sessions[0] is not sessions[1]


def test_a_second_deadlock_is_a_clear_refusal_and_other_errors_are_not_retried(
    engine: Engine,
) -> None:
    actor = _signed_in(engine)
    calls: list[str] = []

    def always(session: Session, who: access.Actor) -> None:
        calls.append("always")
        raise _deadlock()

    with pytest.raises(DatabaseBusy) as refused:
        run_as(engine, always, actor)
    assert refused.value.code == "database_busy" and calls == ["always", "always"]

    def broken(session: Session, who: access.Actor) -> None:
        calls.append("broken")
        raise OperationalError("SELECT 1", {}, Exception("disk I/O error"))

    with pytest.raises(OperationalError):
        run_as(engine, broken, actor)
    assert calls.count("broken") == 1
