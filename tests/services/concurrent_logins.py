"""Wrong passwords sent at once, as a brute force would: the helper both backends' tests use."""

from __future__ import annotations

import collections
import threading

from sqlalchemy import Engine, func, select

from console import db
from console.models import AuditEvent, Role, User
from console.services import access
from console.services.access import accounts

PASSWORD = "piazza-marconi-26"


def brute_force(engine: Engine, attempts: int) -> dict[str, object]:
    """``attempts`` wrong passwords for one account, each in its own thread and session,
    started together; what they raised, and what the database holds afterwards."""
    with db.session_scope(engine) as s:
        accounts.create_user(s, access.COMMAND_LINE, "bob", Role.OFFICER, PASSWORD)
    outcomes: collections.Counter[str] = collections.Counter()
    start = threading.Barrier(attempts)
    lock = threading.Lock()

    def attempt() -> None:
        start.wait()
        try:
            with db.session_scope(engine) as s:
                access.login(s, "bob", "not the password")
            result = "signed in"
        except access.LoginFailed:
            result = "refused"
        except Exception as exc:
            result = type(exc).__name__
        with lock:
            outcomes[result] += 1

    threads = [threading.Thread(target=attempt) for _ in range(attempts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with db.session_scope(engine) as s:
        failed = s.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "login_failed")
        )
        locks = s.scalar(
            select(func.count())
            .select_from(AuditEvent)
            .where(AuditEvent.action == "account_locked")
        )
        locked_until = s.scalar(select(User.locked_until).where(User.username == "bob"))
    return {
        "outcomes": dict(outcomes),
        "audited": failed,
        "locks": locks,
        "locked": locked_until is not None,
    }
