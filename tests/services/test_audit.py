"""The audit log: what entries hold, and that verification catches every kind of tampering."""

from __future__ import annotations

import codecs
import csv
import io
import json
import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from console import db
from console.models import AuditEvent, Organization, OrganizationKind, Person, Role, User
from console.services import access
from console.services.access import accounts, audit
from console.services.access.audit import AuditAction, AuditQuery

PASSWORD = "piazza-roma-2026"
ADMIN = access.Actor(
    user_id=None, person_id=None, organization_id=None, role=Role.ADMIN, username="a"
)


@pytest.fixture
def user_id(engine: Engine) -> int:
    with db.session_scope(engine) as s:
        org = Organization(name="Polizia Locale", short_name="PL", kind=OrganizationKind.POLICE)
        s.add(org)
        s.flush()
        person = Person(first_name="Marco", last_name="Rossi", role=Role.OFFICER, organization=org)
        s.add(person)
        s.flush()
        return accounts.create_user(s, ADMIN, "mrossi", Role.OFFICER, PASSWORD, person_id=person.id)


def events(engine: Engine) -> list[AuditEvent]:
    with db.session_scope(engine) as s:
        rows = s.query(AuditEvent).order_by(AuditEvent.id).all()
        s.expunge_all()
        return rows


def verify(engine: Engine) -> audit.ChainReport:
    with db.session_scope(engine) as s:
        return audit.verify_chain(s)


def login(engine: Engine, username: str, password: str, now: datetime | None = None) -> None:
    with db.session_scope(engine) as s:
        access.login(s, username, password, now=now)


@pytest.fixture
def chain(engine: Engine, user_id: int) -> Iterator[Engine]:
    """Six entries: the account's creation, then five logins (success and failures)."""
    login(engine, "mrossi", PASSWORD)
    for _ in range(2):
        with pytest.raises(access.LoginFailed):
            login(engine, "mrossi", "wrong password")
    login(engine, "mrossi", PASSWORD)
    with pytest.raises(access.LoginFailed):
        login(engine, "nobody", PASSWORD)
    assert len(events(engine)) == 6
    assert verify(engine).ok
    yield engine


def tamper(engine: Engine, *statements: str) -> None:
    """Change the file behind the console's back, as someone who owns it could."""
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_events_no_update")
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_events_no_delete")
        for statement in statements:
            conn.execute(text(statement))


# -- what is recorded ----------------------------------------------------------------------------


def test_logins_are_recorded_with_who_and_why_they_failed(chain: Engine, user_id: int) -> None:
    recorded = [(e.action, e.username, e.user_id, e.details.get("reason")) for e in events(chain)]
    assert recorded == [
        ("create", "a", None, None),
        ("login_succeeded", "mrossi", user_id, None),
        ("login_failed", "mrossi", user_id, "wrong password"),
        ("login_failed", "mrossi", user_id, "wrong password"),
        ("login_succeeded", "mrossi", user_id, None),
        ("login_failed", "nobody", None, "unknown user"),
    ]


def test_a_lockout_is_recorded(engine: Engine, user_id: int) -> None:
    now = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
    for _ in range(access.MAX_FAILED_LOGINS):
        with pytest.raises(access.LoginFailed):
            login(engine, "mrossi", "wrong password", now)
    with pytest.raises(access.LoginFailed):  # locked: the right password does not help
        login(engine, "mrossi", PASSWORD, now + timedelta(minutes=1))
    actions = [(e.action, e.details.get("reason")) for e in events(engine)][1:]
    assert actions[-3:] == [
        ("account_locked", None),
        ("login_failed", "wrong password"),
        ("login_failed", "locked"),
    ]
    assert verify(engine).ok


def test_a_write_records_the_changed_fields_with_old_and_new_values(
    engine: Engine, user_id: int
) -> None:
    with db.session_scope(engine) as s:
        accounts.disable_user(s, ADMIN, "mrossi")
    last = events(engine)[-1]
    assert (last.action, last.entity, last.entity_id) == ("update", "users", str(user_id))
    assert last.details == {"changes": {"disabled": [False, True]}}


def test_an_update_that_changes_nothing_writes_no_entry(engine: Engine, user_id: int) -> None:
    before = len(events(engine))
    with db.session_scope(engine) as s:
        user = s.get(User, user_id)
        user.role = Role.OFFICER  # the same value
        assert audit.record_write(s, ADMIN, "update", user) is None
    assert len(events(engine)) == before


def test_no_password_or_hash_reaches_the_log_the_audit_or_an_exception(
    engine: Engine, user_id: int, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    new_password = "una-nuova-parola-2026"
    with db.session_scope(engine) as s:
        accounts.set_password(s, ADMIN, "mrossi", new_password)
    messages: list[str] = []
    for attempt in ("wrong-" + PASSWORD, PASSWORD, new_password):
        try:
            login(engine, "mrossi", attempt)
        except access.LoginFailed as exc:
            messages.append(str(exc))
    with db.session_scope(engine) as s:
        hashes = [s.get(User, user_id).password_hash]
    stored = json.dumps([(e.details, e.justification, e.username) for e in events(engine)])
    everything = "\n".join([stored, caplog.text, *messages])
    for secret in (PASSWORD, new_password, *hashes, "$argon2"):
        assert secret not in everything
    assert audit.REDACTED_VALUE in stored  # the change shows, its value does not


def test_a_read_needs_a_reason_and_records_it(engine: Engine, user_id: int) -> None:
    with db.session_scope(engine) as s, pytest.raises(audit.ReasonRequired):
        audit.record_read(s, ADMIN, "cases", 3, "   ")
    with db.session_scope(engine) as s:
        audit.record_read(s, ADMIN, "cases", 3, "  coordination   meeting ")
    last = events(engine)[-1]
    assert (last.action, last.entity, last.entity_id) == ("read", "cases", "3")
    assert last.justification == "coordination meeting"


def test_the_triggers_refuse_to_rewrite_history(chain: Engine) -> None:
    with pytest.raises(Exception, match="append-only"), chain.begin() as conn:
        conn.execute(text("UPDATE audit_events SET action = 'x' WHERE id = 2"))
    with pytest.raises(Exception, match="append-only"), chain.begin() as conn:
        conn.execute(text("DELETE FROM audit_events WHERE id = 6"))
    assert verify(chain).ok


# -- tampering -----------------------------------------------------------------------------------


def test_an_intact_log_verifies_and_names_its_head(chain: Engine) -> None:
    report = verify(chain)
    assert (report.ok, report.checked, report.first_broken_id) == (True, 6, None)
    assert report.head_hash == events(chain)[-1].hash


@pytest.mark.parametrize(
    ("statement", "broken_at", "reason"),
    [
        ("UPDATE audit_events SET username = 'someone' WHERE id = 3", 3, "changed"),
        (
            'UPDATE audit_events SET details = \'{"reason": "typo"}\' WHERE id = 4',
            4,
            "changed",
        ),
        ("UPDATE audit_events SET at = '2020-01-01 00:00:00' WHERE id = 2", 2, "changed"),
        ("DELETE FROM audit_events WHERE id = 3", 3, "missing"),
        ("DELETE FROM audit_events WHERE id = 1", 1, "missing"),
        ("DELETE FROM audit_events WHERE id = 6", 6, "removed"),
        ("DELETE FROM audit_events WHERE id >= 5", 5, "removed"),
    ],
    ids=[
        "edit-user",
        "edit-details",
        "edit-time",
        "delete-middle",
        "delete-first",
        "delete-newest",
        "delete-two-newest",
    ],
)
def test_tampering_is_found_at_the_first_broken_entry(
    chain: Engine, statement: str, broken_at: int, reason: str
) -> None:
    tamper(chain, statement)
    report = verify(chain)
    assert not report.ok
    assert report.first_broken_id == broken_at
    assert reason in report.reason


def test_reordering_two_entries_is_found(chain: Engine) -> None:
    # Swap entries 3 and 4 whole (every column but the id), as a reordering would.
    columns = (
        "at, user_id, username, action, entity, entity_id, details, justification, prev_hash, hash"
    )
    tamper(
        chain,
        f"CREATE TEMP TABLE swap AS SELECT id, {columns} FROM audit_events WHERE id IN (3, 4)",
        "DELETE FROM audit_events WHERE id IN (3, 4)",
        f"INSERT INTO audit_events (id, {columns}) SELECT 7 - id, {columns} FROM swap",
    )
    report = verify(chain)
    assert (report.ok, report.first_broken_id) == (False, 3)


def test_a_forged_row_in_the_middle_is_found(chain: Engine) -> None:
    last = events(chain)[-1]
    tamper(
        chain,
        "UPDATE audit_events SET id = id + 100 WHERE id >= 4",
        "UPDATE audit_events SET id = id - 99 WHERE id >= 104",
        "INSERT INTO audit_events (id, at, username, action, details, prev_hash, hash) VALUES "
        f"(4, '2026-11-24 10:00:00', 'mrossi', 'login_succeeded', '{{}}', "
        f"'{'1' * 64}', '{'2' * 64}')",
        f"UPDATE audit_anchor SET last_event_id = 7, event_count = 7, last_hash = '{last.hash}'",
    )
    report = verify(chain)
    assert (report.ok, report.first_broken_id) == (False, 4)


def test_a_row_appended_behind_the_anchors_back_is_found(chain: Engine) -> None:
    last = events(chain)[-1]
    with db.session_scope(chain) as s:  # a perfectly chained entry, but the anchor not moved
        forged = AuditEvent(
            id=7,
            at=datetime(2026, 11, 24, 10, tzinfo=UTC),
            username="x",
            action="login_succeeded",
            details={},
            prev_hash=last.hash,
        )
        forged.hash = audit.entry_hash(last.hash, forged)
        s.add(forged)
    report = verify(chain)
    assert (report.ok, report.first_broken_id) == (False, 7)
    assert "anchor" in report.reason


def test_a_missing_anchor_is_found_and_stops_appends(chain: Engine) -> None:
    tamper(chain, "DELETE FROM audit_anchor")
    assert not verify(chain).ok
    with db.session_scope(chain) as s, pytest.raises(audit.AuditChainError):
        audit.record(s, ADMIN, AuditAction.EXPORT)


# -- reading the log (administrators) --------------------------------------------------------------


def test_find_events_filters_and_bounds(chain: Engine, user_id: int) -> None:
    with db.session_scope(chain) as s:
        page = audit.find_events(s, ADMIN, AuditQuery(user_id=user_id))
        failed = audit.find_events(s, ADMIN, AuditQuery(action="login_failed", limit=1))
        choices = audit.audit_choices(s, ADMIN)
    assert [row.action for row in page.rows] == [
        "login_succeeded",
        "login_failed",
        "login_failed",
        "login_succeeded",
    ]
    assert not page.truncated
    assert len(failed.rows) == 1 and failed.truncated
    assert failed.rows[0].username == "nobody"  # newest first
    assert choices.users == ((user_id, "mrossi"),)
    assert "login_failed" in choices.actions and choices.entities == ("users",)


def test_dates_filter_in_utc(chain: Engine) -> None:
    with db.session_scope(chain) as s:
        future = audit.find_events(
            s, ADMIN, AuditQuery(start=datetime.now(UTC) + timedelta(hours=1))
        )
        past = audit.find_events(s, ADMIN, AuditQuery(end=datetime.now(UTC) + timedelta(hours=1)))
    assert future.rows == () and len(past.rows) == 6


def test_csv_export_holds_every_match_and_is_itself_audited(chain: Engine) -> None:
    with db.session_scope(chain) as s:
        text_out = audit.events_csv(s, ADMIN, AuditQuery(action="login_failed"))
    lines = text_out.strip().splitlines()
    assert lines[0].startswith("id,at,user_id,username,action")
    assert len(lines) == 4
    assert events(chain)[-1].action == "export"
    assert verify(chain).ok


def test_the_section_reads_the_entries_and_the_choices_at_once(chain: Engine, user_id: int) -> None:
    with db.session_scope(chain) as s:
        data = audit.load_audit(s, ADMIN, AuditQuery(action="login_failed", limit=2))
    assert [row.username for row in data.page.rows] == ["nobody", "mrossi"]  # newest first
    assert data.page.truncated
    assert data.choices.users == ((user_id, "mrossi"),)  # the choices ignore the filters
    assert data.choices.actions == ("create", "login_failed", "login_succeeded")


def test_the_csv_file_holds_every_match_and_the_export_is_audited(
    chain: Engine, tmp_path: Path
) -> None:
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "audit.csv"
    path.write_text("an older export")
    with db.session_scope(chain) as s:
        count = audit.write_events_csv(s, ADMIN, AuditQuery(action="login_failed"), path)
    assert count == 3
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)  # spreadsheets read the accents
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][:5] == ["id", "at", "user_id", "username", "action"]
    assert [row[4] for row in rows[1:]] == ["login_failed"] * 3
    assert [p.name for p in path.parent.iterdir()] == ["audit.csv"]  # whole: no temporary
    last = events(chain)[-1]
    assert (last.action, last.entity, last.details) == ("export", "audit_events", {"rows": 3})
    assert verify(chain).ok


def test_a_csv_file_that_cannot_be_written_is_no_export(chain: Engine, tmp_path: Path) -> None:
    before = len(events(chain))
    with pytest.raises(OSError), db.session_scope(chain) as s:
        audit.write_events_csv(s, ADMIN, AuditQuery(), tmp_path / "missing" / "audit.csv")
    assert len(events(chain)) == before  # the entry saying it was exported is not kept


@pytest.mark.parametrize("role", [r for r in Role if r is not Role.ADMIN])
def test_only_admins_read_the_log(chain: Engine, role: Role, tmp_path: Path) -> None:
    actor = access.Actor(user_id=None, person_id=None, organization_id=1, role=role, username="x")
    with db.session_scope(chain) as s:
        for call in (
            lambda: audit.find_events(s, actor, AuditQuery()),
            lambda: audit.audit_choices(s, actor),
            lambda: audit.events_csv(s, actor, AuditQuery()),
            lambda: audit.load_audit(s, actor, AuditQuery()),
            lambda: audit.write_events_csv(s, actor, AuditQuery(), tmp_path / "log.csv"),
        ):
            with pytest.raises(access.PermissionDenied):
                call()
    assert not (tmp_path / "log.csv").exists()


def test_hashes_are_of_the_stored_values(engine: Engine) -> None:
    """Values that JSON changes (tuples, dates, enums) are hashed as the database returns them."""
    with db.session_scope(engine) as s:
        audit.record(
            s,
            ADMIN,
            AuditAction.UPDATE,
            entity="shifts",
            details={"ids": (3, 1), "day": datetime(2026, 3, 29, tzinfo=UTC), "role": Role.ADMIN},
        )
    assert events(engine)[-1].details == {
        "ids": [3, 1],
        "day": "2026-03-29T00:00:00+00:00",
        "role": "admin",
    }
    assert verify(engine).ok


def test_an_empty_log_verifies(engine: Engine) -> None:
    report = verify(engine)
    assert (report.ok, report.checked, report.head_hash) == (True, 0, audit.GENESIS)


def test_a_malformed_name_typed_at_login_is_not_kept(engine: Engine, user_id: int) -> None:
    for typed in ("my secret p@ss word!", "x"):  # a password in the wrong field, a slip
        with pytest.raises(access.LoginFailed):
            login(engine, typed, PASSWORD)
    assert [e.username for e in events(engine)[-2:]] == [access.NOT_A_USERNAME] * 2
    assert "secret" not in json.dumps([e.details for e in events(engine)])


def test_the_export_hides_free_texts_and_holds_no_formula(engine: Engine, user_id: int) -> None:
    with db.session_scope(engine) as s:
        person = s.get(Person, 1)
        person.first_name = "=cmd|' /C calc'!A0"
        audit.record_write(s, ADMIN, "update", person)
        actor = access.login(s, "mrossi", PASSWORD)
        audit.record_read(s, actor, "subjects", 3, "@SUM(A1:A9) -follow-up")
    with db.session_scope(engine) as s:
        rows = list(csv.DictReader(io.StringIO(audit.events_csv(s, ADMIN, AuditQuery()))))
    renamed = next(row for row in rows if row["entity"] == "persons")
    assert renamed["details"] == "first_name: changed"
    assert "calc" not in json.dumps(rows)  # the name typed is nowhere in the export
    created = rows[0]
    assert "password_hash: (recorded, not shown)" in created["details"]
    assert "role: officer" in created["details"] and "username: mrossi" in created["details"]
    read = next(row for row in rows if row["action"] == "read")
    assert read["justification"] == "'@SUM(A1:A9) -follow-up"
    assert read["id"].isdigit()  # numbers stay numbers
