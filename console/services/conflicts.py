"""Two people saving the same record at once: how a lost race becomes a clear answer.

A versioned row (``version_id``) that someone else changed since it was read makes the
``UPDATE ... WHERE version_id = :read`` match no row, and the flush raises SQLAlchemy's
``StaleDataError``. :func:`stale_as` turns that into the area's :class:`StaleRecord` ("changed
by someone else"). The refusal is built *before* the flush, from ids the caller already holds:
after a failed flush every ORM attribute read raises ``PendingRollbackError``.

A transaction PostgreSQL chose as a deadlock victim, or refused as a serialization failure,
did nothing; running it once more is safe (:func:`is_retryable`, used by
:func:`console.services.access.session_guard.run_as`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm.exc import StaleDataError

from console.services.errors import StaleRecord

# PostgreSQL's SQLSTATEs for "run the transaction again": serialization_failure, deadlock_detected.
RETRYABLE_SQLSTATES = frozenset({"40001", "40P01"})


@contextmanager
def stale_as(refusal: StaleRecord) -> Iterator[None]:
    """Raise ``refusal`` when the flushes inside find a versioned row changed meanwhile."""
    try:
        yield
    except StaleDataError as exc:
        raise refusal from exc


def is_retryable(exc: BaseException) -> bool:
    """Whether ``exc`` is a deadlock or serialization failure: the transaction was rolled
    back whole, and the same operation run again may succeed."""
    if not isinstance(exc, DBAPIError):
        return False
    sqlstate = getattr(exc.orig, "sqlstate", None)
    return sqlstate in RETRYABLE_SQLSTATES
