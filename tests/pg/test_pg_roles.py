"""A shared server where each account is its own PostgreSQL login role (``console-admin
pg-setup``): signing in as that role, failed sign-ins counted and locked through the gate,
accounts managed on the server too, and an audit log no account's role can alter.

Each test has a database of its own, and drops the roles pg-setup made for it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from sqlalchemy import Engine, create_engine, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from console import cli, db
from console.models import AuditEvent, Case, Meeting, Role, SignalKind, User, Zone
from console.services import access, demo, planning
from console.services.access import account_list, accounts, audit, pg_roles
from console.services.access.login import sign_in_as_account
from console.services.access.session_guard import run_as
from console.services.cases import case_list, casework, debriefs
from console.services.demo.seed import DEMO_ACCOUNTS, DEMO_PASSWORD
from console.services.meetings import meetings
from console.services.places import indicators
from console.services.planning import overview, shift_edits
from console.services.reporting import summary
from tests.factories import ROME
from tests.pg.test_postgresql import SERVER, TODAY, throwaway_database

pytestmark = pytest.mark.pg

DEMO_USERNAMES = [a.username for a in DEMO_ACCOUNTS]


def drop_roles(database: str) -> None:
    """The roles pg-setup made for ``database`` (after the database itself is dropped)."""
    admin = create_engine(SERVER, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        names = conn.scalars(
            text("SELECT rolname FROM pg_roles WHERE rolname LIKE :a OR rolname LIKE :b"),
            {"a": f"{database}\\_%", "b": f"{database}#%"},
        ).all()
        for name in names:
            conn.execute(text(f'DROP ROLE "{name}"'))
    admin.dispose()


def disconnect_everyone(url: str) -> None:
    """End the sessions a failed test left open as the database's roles, so the database can be
    dropped: the test server's role may end only sessions of roles it is a member of."""
    database = make_url(url).database
    admin = create_engine(SERVER, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        me = conn.scalar(text("SELECT current_user"))
        names = conn.scalars(
            text(
                "SELECT DISTINCT usename FROM pg_stat_activity "
                "WHERE datname = :d AND usename <> current_user"
            ),
            {"d": database},
        ).all()
        for name in names:
            conn.execute(text(f'GRANT "{name}" TO "{me}"'))
        conn.execute(
            text(
                # Sessions only: an autovacuum worker counts as a superuser's, and dropping the
                # database sees to it.
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :d "
                "AND pid <> pg_backend_pid() AND backend_type = 'client backend'"
            ),
            {"d": database},
        )
    admin.dispose()


@pytest.fixture
def server() -> Iterator[str]:
    """The owner's URL of a new database at head with the demo data, prepared by pg-setup, the
    demo accounts given their password as an administrator would (set-password)."""
    database = None
    try:
        with throwaway_database() as url:
            database = make_url(url).database
            opened = db.open_database(url)
            with db.session_scope(opened.engine) as s:
                demo.seed_demo(s, today=TODAY)
            report = pg_roles.setup(opened.engine)
            assert set(report.without_password) == set(DEMO_USERNAMES)
            with db.session_scope(opened.engine) as s:
                for username in DEMO_USERNAMES:
                    accounts.set_password(s, access.COMMAND_LINE, username, DEMO_PASSWORD)
            opened.engine.dispose()
            yield url
            disconnect_everyone(url)
    finally:
        if database is not None:
            drop_roles(database)  # roles are the server's: they outlive the database


@pytest.fixture
def fresh_url() -> Iterator[str]:
    """A new, empty database (no pg-setup: no roles to drop)."""
    with throwaway_database() as url:
        yield url


def workstation_url(owner_url: str) -> str:
    """What a workstation keeps: the server and database, no user and no password."""
    url = make_url(owner_url)
    return URL.create(
        url.drivername, host=url.host, port=url.port, database=url.database, query=url.query
    ).render_as_string()


def sign_in(owner_url: str, username: str, password: str = DEMO_PASSWORD):
    return sign_in_as_account(workstation_url(owner_url), username, password)


def as_role(owner_url: str, role: str, password: str) -> Engine:
    return create_engine(make_url(owner_url).set(username=role, password=password))


def role_can_log_in(owner: Engine, role: str) -> bool:
    with owner.connect() as conn:
        return conn.scalar(text("SELECT rolcanlogin FROM pg_roles WHERE rolname = :r"), {"r": role})


def test_pg_setup_makes_a_login_role_per_account_and_can_run_again(
    server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    owner = db.make_engine(server)
    database = make_url(server).database
    report = pg_roles.setup(owner)  # a second time: nothing breaks, nothing doubles
    assert (report.accounts, report.without_password) == (len(DEMO_USERNAMES), ())
    assert cli.main(["--db", server, "pg-setup"]) == 0  # and a third, as the administrator does
    out = capsys.readouterr().out
    assert f"gate role {database}#gate" in out and "need a password" not in out
    with owner.connect() as conn:
        for account in DEMO_ACCOUNTS:
            groups = set(
                conn.scalars(
                    text(
                        "SELECT g.rolname FROM pg_auth_members m "
                        "JOIN pg_roles g ON g.oid = m.roleid "
                        "JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = :r"
                    ),
                    {"r": pg_roles.account_role(database, account.username)},
                )
            )
            assert groups == {f"{database}#accounts", f"{database}#{account.role.value}"}
    owner.dispose()


def test_each_demo_account_signs_in_as_its_own_role(server: str) -> None:
    database = make_url(server).database
    for username in DEMO_USERNAMES:
        engine, actor = sign_in(server, username)
        with engine.connect() as conn:
            assert conn.scalar(text("SELECT session_user")) == f"{database}_{username}"
        assert actor.username == username
        engine.dispose()
    owner = db.make_engine(server)
    with db.session_scope(owner) as s:
        signed = s.scalars(
            select(AuditEvent.username).where(AuditEvent.action == "login_succeeded")
        ).all()
        assert signed[-len(DEMO_USERNAMES) :] == DEMO_USERNAMES
        assert audit.verify_chain(s).ok
    owner.dispose()


def test_five_wrong_passwords_lock_the_role_and_the_lockout_ends(server: str) -> None:
    database = make_url(server).database
    role = pg_roles.account_role(database, "educatore")
    owner = db.make_engine(server)
    for _ in range(access.MAX_FAILED_LOGINS):
        with pytest.raises(access.LoginFailed):
            sign_in(server, "educatore", "sbagliata-davvero")
    assert not role_can_log_in(owner, role)
    with pytest.raises(access.LoginFailed):  # the right password, while locked
        sign_in(server, "educatore")
    with pytest.raises(access.LoginFailed):  # an unknown name and a password typed as a name
        sign_in(server, "nessuno")
    with pytest.raises(access.LoginFailed):
        sign_in(server, "la mia password!")
    with db.session_scope(owner) as s:
        rows = s.execute(
            select(AuditEvent.action, AuditEvent.username, AuditEvent.details)
            .where(AuditEvent.action.in_(("login_failed", "account_locked")))
            .order_by(AuditEvent.id)
        ).all()
        assert [(a, d.get("reason")) for a, _u, d in rows] == [
            *[("login_failed", "wrong password")] * 4,
            ("account_locked", None),
            ("login_failed", "wrong password"),
            ("login_failed", "locked"),
            ("login_failed", "unknown user"),
            ("login_failed", "unknown user"),
        ]
        assert [u for _a, u, _d in rows][-2:] == ["nessuno", access.NOT_A_USERNAME]
        assert audit.verify_chain(s).ok
        s.execute(text("UPDATE users SET locked_until = now() - interval '1 minute'"))
    engine, actor = sign_in(server, "educatore")  # the lockout is over: the gate lets it in
    assert actor.role is Role.EDUCATOR and role_can_log_in(owner, role)
    engine.dispose()
    with owner.connect() as conn:
        count = "SELECT failed_logins FROM users WHERE username = 'educatore'"
        assert conn.scalar(text(count)) == 0
    owner.dispose()


def run_cli(server: str, *argv: str, stdin: str = "", monkeypatch=None) -> int:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return cli.main(["--db", server, *argv])


def test_console_admin_manages_the_login_roles(
    server: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    database = make_url(server).database
    owner = db.make_engine(server)
    new = "nuova-parola-lunga"
    code = run_cli(
        server,
        "create-user",
        "--username",
        "operatrice",
        "--role",
        "educator",
        stdin=f"{new}\n{new}\n",
        monkeypatch=monkeypatch,
    )
    assert code == 0, capsys.readouterr().err
    engine, actor = sign_in(server, "operatrice", new)
    assert actor.role is Role.EDUCATOR
    engine.dispose()
    assert run_cli(server, "disable-user", "--username", "operatrice", monkeypatch=monkeypatch) == 0
    assert not role_can_log_in(owner, f"{database}_operatrice")
    with pytest.raises(access.LoginFailed):
        sign_in(server, "operatrice", new)
    with db.session_scope(owner) as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert (last.action, last.details) == ("login_failed", {"reason": "disabled"})
    assert run_cli(server, "enable-user", "--username", "operatrice", monkeypatch=monkeypatch) == 0
    other = "altra-parola-lunga"
    code = run_cli(
        server,
        "set-password",
        "--username",
        "operatrice",
        stdin=f"{other}\n{other}\n",
        monkeypatch=monkeypatch,
    )
    assert code == 0
    with pytest.raises(access.LoginFailed):
        sign_in(server, "operatrice", new)
    code = run_cli(
        server,
        "set-role",
        "--username",
        "operatrice",
        "--role",
        "officer",
        monkeypatch=monkeypatch,
    )
    assert code == 0
    engine, actor = sign_in(server, "operatrice", other)
    assert actor.role is Role.OFFICER
    with engine.connect() as conn:
        assert conn.scalar(text(f"SELECT pg_has_role('{database}#officer', 'MEMBER')"))
        assert not conn.scalar(text(f"SELECT pg_has_role('{database}#educator', 'MEMBER')"))
    engine.dispose()
    owner.dispose()


def test_pg_setup_refuses_sqlite_in_one_line(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--db", str(tmp_path / "c.db"), "pg-setup"]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "PostgreSQL" in err


# --- the audit log ---------------------------------------------------------------------------

TAMPERING = (
    "UPDATE audit_events SET username = 'x' WHERE id = 1",
    "DELETE FROM audit_events WHERE id = 1",
    "TRUNCATE audit_events",
    "TRUNCATE audit_anchor",
    "ALTER TABLE audit_events DISABLE TRIGGER USER",
    "ALTER TABLE audit_events DISABLE TRIGGER ALL",
    "ALTER TABLE audit_events DISABLE ROW LEVEL SECURITY",
    "DROP TABLE audit_events",
    "INSERT INTO audit_events (id, at, user_id, username, action, details, prev_hash, hash) "
    "VALUES (100000, now(), NULL, 'x', 'read', '{}', 'a', 'b')",
    "UPDATE audit_anchor SET last_event_id = 0, event_count = 0",
    "DELETE FROM audit_anchor",
    "SELECT console_sync_account('admin', NULL)",
    "UPDATE persons SET organization_id = organization_id",
    "UPDATE users SET role = 'admin'",
    "CREATE TABLE x (id integer)",
    "CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql "
    "AS $$ BEGIN RETURN NULL; END $$",
)


MANAGING_ACCOUNTS = frozenset(
    {"SELECT console_sync_account('admin', NULL)", "UPDATE users SET role = 'admin'"}
)


def test_no_account_and_not_the_gate_can_alter_the_audit_log(server: str) -> None:
    database = make_url(server).database
    logins = [(pg_roles.account_role(database, u), DEMO_PASSWORD) for u in DEMO_USERNAMES]
    logins.append((f"{database}#gate", pg_roles.GATE_PASSWORD))
    refused = 0
    for role, password in logins:
        engine = as_role(server, role, password)
        for statement in TAMPERING:
            if statement in MANAGING_ACCOUNTS and role.endswith("_admin"):
                continue  # administrators manage accounts: that is their function
            refusal = r"permission denied|must be owner"
            with pytest.raises(DBAPIError, match=refusal), engine.begin() as conn:
                conn.execute(text(statement))
            refused += 1
        engine.dispose()
    assert refused == len(logins) * len(TAMPERING) - len(MANAGING_ACCOUNTS)
    owner = db.make_engine(server)
    with db.session_scope(owner) as s:
        assert audit.verify_chain(s).ok
    owner.dispose()


def test_only_administrators_read_the_log_and_nobody_reads_password_hashes(server: str) -> None:
    database = make_url(server).database
    for username in DEMO_USERNAMES:
        engine = as_role(server, pg_roles.account_role(database, username), DEMO_PASSWORD)
        with engine.connect() as conn, pytest.raises(DBAPIError, match="permission denied"):
            conn.execute(text("SELECT password_hash FROM users"))
        with engine.connect() as conn:
            role = next(a.role for a in DEMO_ACCOUNTS if a.username == username)
            if role in access.PERMISSIONS[access.Action.READ_AUDIT]:
                assert conn.scalar(text("SELECT count(*) FROM audit_events")) > 0
            else:
                with pytest.raises(DBAPIError, match="permission denied"):
                    conn.execute(text("SELECT count(*) FROM audit_events"))
        engine.dispose()
    gate = as_role(server, f"{database}#gate", pg_roles.GATE_PASSWORD)
    for table in ("users", "case_notes", "subjects", "audit_events"):
        with gate.connect() as conn, pytest.raises(DBAPIError, match="permission denied"):
            conn.execute(text(f"SELECT * FROM {table}"))
    gate.dispose()


def test_an_account_appends_only_in_its_own_name(server: str) -> None:
    """A forged user id or name given to console_audit_append is replaced by the account's."""
    database = make_url(server).database
    engine = as_role(server, pg_roles.account_role(database, "agente"), DEMO_PASSWORD)
    with engine.begin() as conn:
        conn.execute(
            text(
                "SELECT console_audit_append(1, 'admin', 'read', 'cases', '1', "
                "'{\"x\": 1}', 'per prova')"
            )
        )
    engine.dispose()
    owner = db.make_engine(server)
    with db.session_scope(owner) as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        agente = s.scalar(select(User.id).where(User.username == "agente"))
        assert (last.user_id, last.username) == (agente, "agente")
        assert audit.verify_chain(s).ok
    owner.dispose()


@pytest.mark.parametrize(
    "details",
    [
        {"changes": {"title": ['Vecchio "titolo"\n', "Nuovo\ttitolo \\ é ü € 🙂"]}},
        {"z": 1, "a": [1, -2, 0, 3.25, -0.5, 45.1333, 1e-05, 1e22], "ä": None, "B": True},
        {"nested": {"b": {"y": [], "x": {}}, "a": "\u0001\u001f\u007f\u2028"}},
        {"big": 2**62, "small": -(2**62), "list": [[1, [2, [3]]]]},
    ],
)
def test_the_database_computes_the_chain_audit_verify_checks(fresh_url: str, details: dict) -> None:
    opened = db.open_database(fresh_url)
    with db.session_scope(opened.engine) as s:
        event = audit.record(
            s, access.COMMAND_LINE, "update", entity="cases", entity_id=7, details=details
        )
        assert event.details == details
    with db.session_scope(opened.engine) as s:
        stored = s.get(AuditEvent, event.id)
        assert (stored.hash, stored.details) == (event.hash, details)
        assert audit.entry_hash(stored.prev_hash, stored) == stored.hash
        assert audit.verify_chain(s).ok
    opened.engine.dispose()


FLOATS = [
    0.0,
    -0.0,
    1.0,
    -100.0,
    3.25,
    45.1333,
    0.1 + 0.2,
    1e-05,
    0.0001,
    1.5e-07,
    1e22,
    1e16,
    123456789012345.6,
    1234567890123456.8,
    9999999999999998.0,
    5e-324,
    1.7976931348623157e308,
]


def test_every_float_the_console_writes_keeps_its_text_in_the_chain(fresh_url: str) -> None:
    opened = db.open_database(fresh_url)
    with db.session_scope(opened.engine) as s:
        audit.record(s, access.COMMAND_LINE, "update", details={"values": FLOATS})
    with db.session_scope(opened.engine) as s:
        assert s.scalars(select(AuditEvent)).one().details == {"values": FLOATS}
        assert audit.verify_chain(s).ok
    opened.engine.dispose()


def test_details_the_console_never_writes_are_refused(fresh_url: str) -> None:
    opened = db.open_database(fresh_url)
    numbers = ["1.50", "1E5", "1e5", "1.0e+05", "10e+21", "1.5e-7", "-0", "1.00", "100000.0e+00"]
    numbers += ["1e+15", "12345678901234567.0", "0.30000000000000004440892098500626"]
    forgeries = [f'{{"a": {n}}}' for n in numbers] + ['{"a": 1, "a": 2}', "[1]"]
    for forged in forgeries:
        with pytest.raises(DBAPIError), opened.engine.begin() as conn:
            conn.execute(
                text(
                    "SELECT console_audit_append(NULL, 'x', 'read', NULL, NULL, "
                    "CAST(:d AS json), NULL)"
                ),
                {"d": forged},
            )
    opened.engine.dispose()


# --- the console's work, as each person's own role ---------------------------------------------


def test_the_main_flows_run_as_each_persons_own_role(server: str) -> None:
    """Signed in on the server, every operation of the console runs as the person's login role
    (not as the owner): the calendar, planning, a debrief, a case's notes (audited through the
    definer function), meetings, the map, the overview and summary, and accounts."""
    owner = db.make_engine(server)
    with db.session_scope(owner) as s:
        zone_id = s.scalars(select(Zone.id).order_by(Zone.id)).first()
        case_id = s.scalars(select(Case.id).order_by(Case.id)).first()
        meeting_id = s.scalars(select(Meeting.id).order_by(Meeting.id)).first()
        before = s.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1))
    monday = planning.monday_of(TODAY)
    signed = {u: sign_in(server, u) for u in DEMO_USERNAMES}
    try:
        engine, coordinator = signed["coordinatore"]
        assert run_as(engine, planning.shifts_in_week, coordinator, monday, ROME).shifts
        start = datetime(2026, 11, 23, 8, tzinfo=ROME)
        educator_person = signed["educatore"][1].person_id
        assert educator_person is not None
        draft = shift_edits.ShiftDraft(
            zone_id, start, start + timedelta(hours=4), person_ids=(educator_person,)
        )
        shift = run_as(engine, shift_edits.create_shift, coordinator, draft)
        assert run_as(engine, overview.week_overview, monday, ROME)
        engine, educator = signed["educatore"]
        prefilled = run_as(engine, debriefs.draft_for_shift, educator, shift.id)
        recorded = run_as(
            engine, debriefs.record_debrief, educator, replace(prefilled, types=("presence",))
        )
        assert recorded.shift_id == shift.id
        notes = run_as(engine, casework.case_notes, educator, case_id, "follow-up")
        assert notes
        assert run_as(engine, meetings.meeting_detail, educator, meeting_id)
        weights = dict.fromkeys(SignalKind, 1.0)
        found = run_as(
            engine,
            indicators.zone_indicators,
            educator,
            TODAY - timedelta(weeks=4),
            TODAY,
            weights,
            ROME,
        )
        assert found
        engine, manager = signed["dirigente"]
        figures = run_as(engine, summary.activity_summary, manager, summary.default_period(TODAY))
        assert figures is not None
        engine, admin = signed["admin"]
        rows = run_as(engine, account_list.list_accounts, admin)
        assert {r.username for r in rows} == set(DEMO_USERNAMES)
        new = "parola-della-nuova"
        run_as(engine, accounts.create_user, admin, "nuovo.utente", Role.SOCIAL_WORKER, new)
        run_as(engine, accounts.disable_user, admin, "nuovo.utente")
        run_as(engine, accounts.enable_user, admin, "nuovo.utente")
    finally:
        for engine, _actor in signed.values():
            engine.dispose()
    created, actor = sign_in(server, "nuovo.utente", new)
    assert actor.role is Role.SOCIAL_WORKER
    run_as(created, accounts.change_password, actor, new, "ancora-un-altra")
    created.dispose()  # new connections of this sign-in use the new password
    assert run_as(created, planning.shifts_in_week, actor, monday, ROME) is not None
    with pytest.raises(access.LoginFailed):  # the idle lock asks for the new one
        run_as(created, access.reauthenticate, actor, new)
    run_as(created, access.reauthenticate, actor, "ancora-un-altra")
    created.dispose()
    sign_in(server, "nuovo.utente", "ancora-un-altra")[0].dispose()
    database = make_url(server).database
    with db.session_scope(owner) as s:
        rows = s.execute(
            select(AuditEvent.username, AuditEvent.action, AuditEvent.entity).where(
                AuditEvent.id > before, AuditEvent.action != "login_succeeded"
            )
        ).all()
        assert ("educatore", "read", "cases") in rows
        assert ("coordinatore", "create", "shifts") in rows
        assert ("admin", "create", "users") in rows
        assert audit.verify_chain(s).ok
    owner.dispose()
    assert database


# --- row-level security: what psql shows is what the console shows -------------------------------


def service_view(engine: Engine, actor: access.Actor) -> dict[str, set[int]]:
    """The case notes and minutes entries the services give ``actor`` with their text, over
    every case and meeting."""
    with db.session_scope(engine) as s:
        case_ids = s.scalars(select(Case.id)).all()
        meeting_ids = s.scalars(select(Meeting.id)).all()
    notes: set[int] = set()
    entries: set[int] = set()
    if access.can(actor, access.Action.VIEW_CASES):
        for case_id in case_ids:
            rows = run_as(engine, casework.case_notes, actor, case_id, "verifica")
            notes |= {row.id for row in rows}
    if access.can(actor, access.Action.VIEW_MEETINGS):
        for meeting_id in meeting_ids:
            detail = run_as(engine, meetings.meeting_detail, actor, meeting_id)
            entries |= {row.id for row in detail.minutes if not row.restricted}
    return {"case_notes": notes, "minute_entries": entries}


def test_partners_read_in_sql_the_cases_the_console_lists(server: str) -> None:
    owner = db.make_engine(server)
    database = make_url(server).database
    for account in DEMO_ACCOUNTS:
        if account.role not in access.PERMISSIONS[access.Action.VIEW_CASES]:
            continue
        engine = as_role(server, pg_roles.account_role(database, account.username), DEMO_PASSWORD)
        with db.session_scope(owner) as s:
            actor = access.actor_for(
                s.scalar(select(User).where(User.username == account.username))
            )
            listed = {row.id for row in case_list.list_cases(s, actor, limit=100_000)}
        with engine.connect() as conn:
            assert set(conn.scalars(text("SELECT id FROM cases"))) == listed
        engine.dispose()
    owner.dispose()


def sql_view(engine: Engine) -> dict[str, set[int]]:
    """What the same person reads with plain SQL, as their own role."""
    seen: dict[str, set[int]] = {}
    with engine.connect() as conn:
        for table in ("case_notes", "minute_entries"):
            try:
                seen[table] = set(conn.scalars(text(f"SELECT id FROM {table}")))
            except DBAPIError:
                conn.rollback()
                seen[table] = set()
    return seen


def test_each_persons_role_reads_with_sql_exactly_what_the_console_shows(server: str) -> None:
    """For every demo account: the case notes and minutes entries its role reads in psql are
    the ones the services show it with their text (run as the owner, so the services' own
    filtering is what is compared), and the services running as the role show the same."""
    owner = db.make_engine(server)
    with db.session_scope(owner) as s:
        everything = {
            t: set(s.scalars(text(f"SELECT id FROM {t}"))) for t in ("case_notes", "minute_entries")
        }
    assert all(everything.values())  # the demo has some of each
    seen_somewhere: dict[str, set[int]] = {t: set() for t in everything}
    partial_notes: list[set[int]] = []
    for username in DEMO_USERNAMES:
        engine, actor = sign_in(server, username)
        try:
            expected = service_view(owner, actor)
            assert sql_view(engine) == expected, username
            assert service_view(engine, actor) == expected, username
        finally:
            engine.dispose()
        if access.can(actor, access.Action.VIEW_CASES):
            partial_notes.append(expected["case_notes"])
        for table, ids in expected.items():
            seen_somewhere[table] |= ids
            assert ids <= everything[table]
    # Not a vacuous comparison: every row is read by someone, and each partner misses some.
    assert seen_somewhere == everything
    assert len(partial_notes) == 4
    assert all(len(ids) < len(everything["case_notes"]) for ids in partial_notes)
    owner.dispose()


def test_a_note_is_written_in_ones_own_name_only(server: str) -> None:
    database = make_url(server).database
    engine = as_role(server, pg_roles.account_role(database, "educatore"), DEMO_PASSWORD)
    with engine.connect() as conn:
        case_id, org_id, other = conn.execute(
            text(
                "SELECT c.id, c.organization_id, (SELECT id FROM users WHERE username = 'agente')"
                " FROM cases c ORDER BY c.id LIMIT 1"
            )
        ).one()
    forged = text(
        "INSERT INTO case_notes (case_id, author_id, organization_id, written_at, visibility, "
        "body) VALUES (:c, :a, :o, now(), 'shared', 'x')"
    )
    with pytest.raises(DBAPIError, match="row-level security"), engine.begin() as conn:
        conn.execute(forged, {"c": case_id, "a": other, "o": org_id})
    engine.dispose()


# --- the console on a workstation ----------------------------------------------------------------


def test_a_workstation_signs_in_as_the_persons_role(
    qtbot, server: str, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    """The URL names no user: the console opens the database as the gate, the sign-in dialog
    (through the real runner) connects as the person's own role, the window works on that
    role, with the live refresh listening on it; a wrong password first is refused, counted
    and audited like any other."""
    from PySide6.QtWidgets import QApplication

    from console import app
    from console.views.login_dialog import LoginDialog
    from console.views.main_window import MainWindow
    from tests.views.test_app import _script, _sign_in

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    database = make_url(server).database
    seen: list[tuple[str, str, bool]] = []

    def act(dialog) -> None:
        dialog.username.setText("assistente")
        dialog.password.setText("sbagliata-davvero")
        dialog.ok_button.click()
        qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=10_000)  # refused: try again
        assert dialog.message.isVisible() and dialog.result() == 0
        _sign_in(qtbot, "assistente", DEMO_PASSWORD)(dialog)

    _script(monkeypatch, LoginDialog, act)

    def exec_() -> int:
        (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        with window.context.engine.connect() as conn:
            role = conn.scalar(text("SELECT session_user"))
        listening = any(t.name == "console-live-refresh" for t in threading.enumerate())
        seen.append((role, window.context.actor.username, listening))
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_))
    assert app.main(["--db", workstation_url(server)]) == 0
    assert seen == [(f"{database}_assistente", "assistente", True)]
    owner = db.make_engine(server)
    with db.session_scope(owner) as s:
        actions = s.scalars(
            select(AuditEvent.action)
            .where(AuditEvent.username == "assistente")
            .order_by(AuditEvent.id)
        ).all()
        assert actions[-2:] == ["login_failed", "login_succeeded"]
    owner.dispose()


def test_a_screenshot_on_a_shared_server(
    server: str, monkeypatch: pytest.MonkeyPatch, tmp_path, qapp
) -> None:
    import io
    import sys

    from console import app

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    png = tmp_path / "cases.png"
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{DEMO_PASSWORD}\n"))
    argv = [
        "--db",
        workstation_url(server),
        "--screenshot",
        str(png),
        "--view",
        "cases",
        "--user",
        "educatore",
    ]
    assert app.main(argv) == 0
    assert png.stat().st_size > 0
    monkeypatch.setattr(sys, "stdin", io.StringIO("sbagliata-davvero\n"))
    assert app.main([*argv[:-1], "educatore"]) != 0


def test_a_workstation_never_upgrades_the_server(
    server: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], qapp
) -> None:
    from console import app

    shown: list[db.Refusal] = []
    monkeypatch.setattr(app, "show_refusal", lambda exc: shown.append(exc.reason))
    owner = db.make_engine(server)
    with owner.begin() as conn:  # as if the program had been updated before the server
        conn.execute(text("UPDATE alembic_version SET version_num = '0007_search_unaccent'"))
    assert app.main(["--db", workstation_url(server)]) == app.EXIT_FAILED
    assert shown == [db.Refusal.NOT_UPGRADED]
    assert "console-admin init" in capsys.readouterr().err
    with owner.connect() as conn:  # nothing was run on the server
        assert (
            conn.scalar(text("SELECT version_num FROM alembic_version")) == "0007_search_unaccent"
        )
    owner.dispose()


def test_a_pg_dump_restores_with_its_audit_chain_intact(server: str, tmp_path) -> None:
    """The README's backup: ``pg_dump -Fc`` by the owner, ``pg_restore`` into a new database,
    ``console-admin audit-verify`` intact there, and ``pg-setup`` makes the new database's roles
    (the account roles need their password again: set-password)."""
    import os
    import shutil
    import subprocess

    if shutil.which("pg_dump") is None or shutil.which("pg_restore") is None:
        pytest.skip("pg_dump and pg_restore are not installed here")
    url = make_url(server)
    env = {**os.environ, "PGPASSWORD": url.password or "", "PGHOST": url.host or "localhost"}
    dump = tmp_path / "console.dump"
    subprocess.run(
        ["pg_dump", "-Fc", "-U", url.username, "-d", url.database, "-f", str(dump)],
        check=True,
        env=env,
    )
    owner = db.make_engine(server)
    with db.session_scope(owner) as s:
        before = audit.verify_chain(s)
    owner.dispose()
    database = None
    try:
        with throwaway_database() as copy_url:
            database = make_url(copy_url).database
            subprocess.run(
                ["pg_restore", "-U", url.username, "-d", database, "--no-owner", str(dump)],
                check=True,
                env=env,
                capture_output=True,
            )
            opened = db.open_database(copy_url)
            with db.session_scope(opened.engine) as s:
                after = audit.verify_chain(s)
            report = pg_roles.setup(opened.engine)
            opened.engine.dispose()
            assert set(report.without_password) == set(DEMO_USERNAMES)
            assert cli.main(["--db", copy_url, "audit-verify"]) == 0
            disconnect_everyone(copy_url)
    finally:
        if database is not None:
            drop_roles(database)
    assert (after.ok, after.checked, after.head_hash) == (True, before.checked, before.head_hash)


PEOPLES_TEXTS = {
    "cases": "title",
    "referrals": "reason",
    "subjects": "alias",  # the identity columns: no account (tests/pg/test_pg_identity.py)
    "consents": "basis",
    "interventions": "outcome",
}


def test_who_may_not_read_cases_reads_only_what_counts_need(server: str) -> None:
    """Managers and administrators read the counting columns of cases, referrals, people met
    and debriefs (their summaries work), never a title, a name, a reason or an outcome; the
    partners read them whole, as the permission table says."""
    database = make_url(server).database
    for account in DEMO_ACCOUNTS:
        engine = as_role(server, pg_roles.account_role(database, account.username), DEMO_PASSWORD)

        def may(action: access.Action, role: Role = account.role) -> bool:
            return role in access.PERMISSIONS[action]

        reads_cases = may(access.Action.VIEW_CASES)
        for table, column in PEOPLES_TEXTS.items():
            statement = text(f"SELECT {column} FROM {table} LIMIT 1")
            if table == "interventions":
                allowed = reads_cases or may(access.Action.RECORD_DEBRIEFS)
            elif table in ("subjects", "consents"):
                allowed = may(access.Action.VIEW_PEOPLE_MET)
            else:
                allowed = reads_cases
            with engine.connect() as conn:
                if allowed:
                    conn.execute(statement)
                else:
                    with pytest.raises(DBAPIError, match="permission denied"):
                        conn.execute(statement)
            if table != "consents":
                with engine.connect() as conn:  # the counts, for everyone
                    assert conn.scalar(text(f"SELECT count(id) FROM {table}")) > 0
        engine.dispose()


def test_a_managers_summary_on_their_own_role_is_the_owners(server: str) -> None:
    owner = db.make_engine(server)
    engine, manager = sign_in(server, "dirigente")
    period = summary.default_period(TODAY)
    now = datetime(2026, 11, 24, 12, tzinfo=ROME)
    with db.session_scope(owner) as s:
        expected = summary.activity_summary(s, manager, period, now=now)
    with db.session_scope(engine) as s:
        got = summary.activity_summary(s, manager, period, now=now)
    assert got == expected
    engine.dispose()
    owner.dispose()


def test_every_section_each_person_may_see_works_on_their_own_role(
    server: str, monkeypatch: pytest.MonkeyPatch, tmp_path, qapp
) -> None:
    """Each demo account, signed in on the shared server, loads every section its role may see
    without an error (a screenshot fails on any error of the runner)."""
    import io
    import sys

    from console import app
    from console.views.sections import SECTIONS

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    shown = 0
    for account in DEMO_ACCOUNTS:
        for section in SECTIONS:
            if section.action and account.role not in access.PERMISSIONS[section.action]:
                continue
            png = tmp_path / f"{account.username}-{section.name}.png"
            monkeypatch.setattr(sys, "stdin", io.StringIO(f"{DEMO_PASSWORD}\n"))
            argv = ["--db", workstation_url(server), "--screenshot", str(png)]
            argv += ["--view", section.name, "--user", account.username]
            assert app.main(argv) == 0, (account.username, section.name)
            shown += 1
    assert shown >= len(DEMO_ACCOUNTS) * 3


def test_no_function_touches_a_role_that_is_not_this_databases_account(
    server: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A role named like an account but not one (the owner, another database's account): an
    administrator cannot take it over by creating that username, nor the gate lock it."""
    database = make_url(server).database
    foreign = f"{database}_intruso"
    admin = create_engine(SERVER, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE ROLE \"{foreign}\" LOGIN PASSWORD 'la-sua-parola'"))
    try:
        password = "parola-abbastanza-lunga"
        code = run_cli(
            server,
            "create-user",
            "--username",
            "intruso",
            "--role",
            "admin",
            stdin=f"{password}\n{password}\n",
            monkeypatch=monkeypatch,
        )
        err = capsys.readouterr().err
        assert code != 0 and "Traceback" not in err
        assert "another username" in err.splitlines()[-1]
        owner = db.make_engine(server)
        with db.session_scope(owner) as s:
            assert s.scalar(select(User.id).where(User.username == "intruso")) is None
            s.execute(  # as if it had been made some other way: the gate must leave it alone
                text(
                    "INSERT INTO users (username, password_hash, role, disabled, failed_logins, "
                    "created_at, version_id) VALUES ('intruso', 'x', 'officer', false, 0, now(), 1)"
                )
            )
        for _ in range(access.MAX_FAILED_LOGINS):
            with pytest.raises(access.LoginFailed):
                sign_in(server, "intruso", "sbagliata-davvero")
        assert role_can_log_in(owner, foreign)
        with owner.connect() as conn:
            assert conn.scalar(text("SELECT locked_until FROM users WHERE username = 'intruso'"))
        owner.dispose()
        # Its password is still its own (it may not even connect to this database).
        probe = as_role(SERVER, foreign, "la-sua-parola")
        with probe.connect() as conn:
            assert conn.scalar(text("SELECT session_user")) == foreign
        probe.dispose()
    finally:
        disconnect_everyone(server)
        with admin.connect() as conn:
            conn.execute(text(f'DROP ROLE "{foreign}"'))
        admin.dispose()


def test_wrong_passwords_sent_at_once_lock_the_role_once(server: str) -> None:
    """16 wrong sign-ins at once through the gate: every one refused and audited, exactly one
    lockout, and the role NOLOGIN."""
    from concurrent.futures import ThreadPoolExecutor

    def attempt(_: int) -> str:
        try:
            sign_in(server, "agente", "sbagliata-davvero")
        except access.LoginFailed:
            return "refused"
        return "signed in"

    owner = db.make_engine(server)
    with db.session_scope(owner) as s:
        before = s.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc()).limit(1))
    with ThreadPoolExecutor(max_workers=16) as pool:
        outcomes = list(pool.map(attempt, range(16)))
    assert outcomes == ["refused"] * 16
    with db.session_scope(owner) as s:
        actions = s.scalars(select(AuditEvent.action).where(AuditEvent.id > before)).all()
        assert (actions.count("login_failed"), actions.count("account_locked")) == (16, 1)
        assert audit.verify_chain(s).ok
    assert not role_can_log_in(owner, pg_roles.account_role(make_url(server).database, "agente"))
    owner.dispose()


def test_unlock_user_lets_a_locked_role_log_in_again(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    role = pg_roles.account_role(make_url(server).database, "coordinatore")
    owner = db.make_engine(server)
    for _ in range(access.MAX_FAILED_LOGINS):
        with pytest.raises(access.LoginFailed):
            sign_in(server, "coordinatore", "sbagliata-davvero")
    assert not role_can_log_in(owner, role)
    assert (
        run_cli(server, "unlock-user", "--username", "coordinatore", monkeypatch=monkeypatch) == 0
    )
    assert role_can_log_in(owner, role)
    engine, actor = sign_in(server, "coordinatore")
    assert actor.role is Role.COORDINATOR
    engine.dispose()
    owner.dispose()
