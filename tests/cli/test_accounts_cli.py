"""console-admin create-user, set-password, disable-user, enable-user, unlock-user, set-role,
link-person and list-users, as admins type them (audit-verify: test_audit_cli)."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from console import cli, db
from console.models import AuditEvent, Organization, OrganizationKind, Person, Role, User
from console.services import access

PASSWORD = "piazza-marconi-26"


def run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    db_path: Path,
    *argv: str,
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    try:
        code = cli.main(["--db", str(db_path), *argv])
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def database(db_path: Path) -> Path:
    db.open_database(db.sqlite_url(db_path)).engine.dispose()
    return db_path


def users(db_path: Path) -> dict[str, User]:
    engine = db.open_database(db.sqlite_url(db_path)).engine
    try:
        with db.session_scope(engine) as s:
            found = {user.username: user for user in s.scalars(select(User))}
            s.expunge_all()
            return found
    finally:
        engine.dispose()


def test_create_user_reads_the_password_twice_from_stdin(capsys, monkeypatch, database) -> None:
    code, out, err = run(
        capsys,
        monkeypatch,
        database,
        "create-user",
        "--username",
        "anna",
        "--role",
        "social_worker",
        stdin=f"{PASSWORD}\n{PASSWORD}\n",
    )
    assert (code, err) == (0, "")
    assert "anna" in out and PASSWORD not in out
    engine = db.open_database(db.sqlite_url(database)).engine
    with db.session_scope(engine) as s:
        actor = access.login(s, "anna", PASSWORD)
        entry = s.scalar(select(AuditEvent).where(AuditEvent.action == "create"))
        assert entry.username.startswith("console-admin:")
    engine.dispose()
    assert actor.role.value == "social_worker"


@pytest.mark.parametrize(
    ("argv", "stdin", "message"),
    [
        (["--username", "bob", "--role", "officer"], f"{PASSWORD}\nother-password-1\n", "differ"),
        (["--username", "bob", "--role", "officer"], "short\nshort\n", "at least 10"),
        (["--username", "bob", "--role", "officer"], f"{PASSWORD}\n", "twice"),
        (["--username", "bob", "--role", "officer"], "", "twice"),
        (["--username", "b o b", "--role", "officer"], f"{PASSWORD}\n{PASSWORD}\n", "username"),
        (["--username", "bob", "--role", "officer", "--person", "99"], None, "no person"),
    ],
    ids=["mismatch", "short", "once", "nothing", "bad-name", "unknown-person"],
)
def test_create_user_refusals_are_one_line_and_write_nothing(
    capsys, monkeypatch, database, argv, stdin, message
) -> None:
    stdin = stdin if stdin is not None else f"{PASSWORD}\n{PASSWORD}\n"
    code, _, err = run(capsys, monkeypatch, database, "create-user", *argv, stdin=stdin)
    assert code == cli.EXIT_FAILED
    assert message in err and len(err.strip().splitlines()) == 1
    assert all(typed not in err for typed in stdin.split())  # never echoed
    assert users(database) == {}


def test_a_password_on_the_command_line_is_refused(capsys, monkeypatch, database) -> None:
    code, _, err = run(
        capsys, monkeypatch, database, "create-user", "--username", "bob", "--role", "officer",
        "--password", PASSWORD,
    )  # fmt: skip
    assert code == cli.EXIT_USAGE and "unrecognized arguments" in err
    assert users(database) == {}


def test_a_taken_username_is_refused(capsys, monkeypatch, database) -> None:
    argv = ("create-user", "--username", "bob", "--role", "officer")
    assert run(capsys, monkeypatch, database, *argv, stdin=f"{PASSWORD}\n{PASSWORD}\n")[0] == 0
    code, _, err = run(capsys, monkeypatch, database, *argv, stdin=f"{PASSWORD}\n{PASSWORD}\n")
    assert code == cli.EXIT_FAILED and "taken" in err


def test_set_password_lifts_a_lockout_and_disable_user_stops_logins(
    capsys, monkeypatch, database
) -> None:
    create = ("create-user", "--username", "bob", "--role", "officer")
    run(capsys, monkeypatch, database, *create, stdin=f"{PASSWORD}\n{PASSWORD}\n")
    engine = db.open_database(db.sqlite_url(database)).engine
    for _ in range(access.MAX_FAILED_LOGINS):
        with db.session_scope(engine) as s, pytest.raises(access.LoginFailed):
            access.login(s, "bob", "not the password")
    new = "rinnovata-2026-11"
    code, out, _ = run(
        capsys, monkeypatch, database, "set-password", "--username", "bob", stdin=f"{new}\n{new}\n"
    )
    assert code == 0 and "lockout" in out
    with db.session_scope(engine) as s:
        access.login(s, "bob", new)
    assert run(capsys, monkeypatch, database, "disable-user", "--username", "bob")[0] == 0
    with db.session_scope(engine) as s, pytest.raises(access.LoginFailed):
        access.login(s, "bob", new)
    engine.dispose()
    code, _, err = run(capsys, monkeypatch, database, "disable-user", "--username", "bob")
    assert code == cli.EXIT_FAILED and "already disabled" in err
    code, _, err = run(capsys, monkeypatch, database, "set-password", "--username", "zed")
    assert code == cli.EXIT_FAILED


def test_the_last_administrator_cannot_be_disabled(capsys, monkeypatch, database) -> None:
    create = ("create-user", "--username", "root", "--role", "admin")
    run(capsys, monkeypatch, database, *create, stdin=f"{PASSWORD}\n{PASSWORD}\n")
    code, _, err = run(capsys, monkeypatch, database, "disable-user", "--username", "root")
    assert code == cli.EXIT_FAILED and "last enabled administrator" in err


def test_enable_unlock_set_role_link_person_and_list_users(capsys, monkeypatch, database) -> None:
    for username, role in (("root", "admin"), ("bob", "officer")):
        create = ("create-user", "--username", username, "--role", role)
        run(capsys, monkeypatch, database, *create, stdin=f"{PASSWORD}\n{PASSWORD}\n")
    engine = db.open_database(db.sqlite_url(database)).engine
    with db.session_scope(engine) as s:
        police = Organization(name="Polizia Locale", short_name="PL", kind=OrganizationKind.POLICE)
        bob = Person(first_name="Bob", last_name="Rossi", role=Role.OFFICER, organization=police)
        s.add(bob)
        s.flush()
        person_id = bob.id
    for _ in range(access.MAX_FAILED_LOGINS):
        with db.session_scope(engine) as s, pytest.raises(access.LoginFailed):
            access.login(s, "bob", "not the password")
    code, out, _ = run(capsys, monkeypatch, database, "list-users")
    assert code == 0
    assert out.splitlines()[0].startswith("bob\tofficer\tno person\tenabled, locked until 20")
    assert out.splitlines()[1] == "root\tadmin\tno person\tenabled"
    assert run(capsys, monkeypatch, database, "unlock-user", "--username", "bob")[0] == 0
    code, _, err = run(capsys, monkeypatch, database, "unlock-user", "--username", "bob")
    assert code == cli.EXIT_FAILED and "is not locked" in err
    argv = ("link-person", "--username", "bob", "--person", str(person_id))
    assert run(capsys, monkeypatch, database, *argv)[0] == 0
    argv = ("set-role", "--username", "bob", "--role", "coordinator")
    assert run(capsys, monkeypatch, database, *argv)[0] == 0
    assert run(capsys, monkeypatch, database, "disable-user", "--username", "bob")[0] == 0
    code, out, _ = run(capsys, monkeypatch, database, "list-users")
    assert out.splitlines()[0] == f"bob\tcoordinator\tperson {person_id}\tdisabled"
    assert run(capsys, monkeypatch, database, "enable-user", "--username", "bob")[0] == 0
    with db.session_scope(engine) as s:
        actor = access.login(s, "bob", PASSWORD)
    assert (actor.role, actor.person_id) == (Role.COORDINATOR, person_id)
    argv = ("link-person", "--username", "bob", "--nobody")
    assert run(capsys, monkeypatch, database, *argv)[0] == 0
    assert users(database)["bob"].person_id is None
    engine.dispose()
    argv = ("set-role", "--username", "root", "--role", "manager")
    code, _, err = run(capsys, monkeypatch, database, *argv)
    assert code == cli.EXIT_FAILED and "last enabled administrator" in err
    code, _, err = run(capsys, monkeypatch, database, "enable-user", "--username", "root")
    assert code == cli.EXIT_FAILED and "not disabled" in err


def test_the_installed_command_reads_the_password_from_a_pipe(database: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "console.cli", "--db", str(database), "create-user",
         "--username", "carla", "--role", "coordinator"],
        input=f"{PASSWORD}\n{PASSWORD}\n",
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "carla" in users(database)
