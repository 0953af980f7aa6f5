"""audit-verify reads plain columns and writes each entry's canonical JSON itself: the text
must be exactly the one the entry was hashed with, whatever its details hold."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, text

from console import db
from console.models import Role
from console.services import access
from console.services.access import audit
from tests.factories import ROME

DETAILS = [
    {},
    {"changes": {"status": ["open", "closed"], "title": [None, 'Città, "virgolette" \\ é']}},
    {"z": 1, "a": {"y": [1.5, True, None], "b": "€ 😀"}, "m": "riga\nnuova\ttab"},
    {"rows": 12, "nested": [{"k2": 2, "k1": 1}]},
]


@pytest.mark.parametrize("details", DETAILS, ids=["empty", "changes", "mixed", "nested"])
def test_the_canonical_text_of_a_read_row_is_the_hashed_one(engine: Engine, details) -> None:
    actor = access.Actor(None, None, None, Role.ADMIN, 'ammin\'istratore "x"')
    with db.session_scope(engine) as s:
        event = audit.record(
            s, actor, "update", entity="cases", entity_id=7, details=details, justification="è"
        )
        expected = audit.canonical(event)
    with db.session_scope(engine) as s:
        report = audit.verify_chain(s)
        row = s.execute(text("SELECT id FROM audit_events ORDER BY id DESC")).first()
        assert report.ok and report.checked == row[0]
        [read] = s.execute(audit._walk_statement().where(audit.AuditEvent.id == row[0])).all()
    assert audit._canonical_row(read) == expected


def test_a_changed_detail_is_found(engine: Engine) -> None:
    with db.session_scope(engine) as s:
        audit.record(s, None, "login_failed", username="chi", details={"reason": "password"})
        audit.record(s, None, "login_failed", username="chi", details={"reason": "password"})
    with engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_events_no_update"))
        conn.execute(text('UPDATE audit_events SET details = \'{"reason": "x"}\' WHERE id = 1'))
    with db.session_scope(engine) as s:
        report = audit.verify_chain(s)
    assert (report.ok, report.first_broken_id, report.kind) == (False, 1, audit.ChainBreak.CHANGED)


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2026, 11, 24, 17, 0, 0, tzinfo=UTC),
        datetime(2026, 11, 24, 17, 0, 5, 120, tzinfo=UTC),
        datetime(2026, 3, 29, 1, 59, 59, 999999, tzinfo=UTC),
    ],
    ids=["whole second", "microseconds", "last microsecond"],
)
def test_a_stored_time_reads_as_the_hash_wrote_it(moment: datetime) -> None:
    stored = moment.replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")  # SQLite's text
    assert audit._iso_utc(stored) == moment.isoformat()
    assert audit._iso_utc(moment) == moment.isoformat()  # PostgreSQL gives a datetime
    assert audit._iso_utc(moment.astimezone(ROME)) == moment.isoformat()
    assert audit._iso_utc(stored[:19]) == moment.replace(microsecond=0).isoformat()
