"""A shared PostgreSQL server where each console account is its own login role.

``console-admin pg-setup`` (run once by the server's administrator, as the database's owner, and
again after an upgrade) calls :func:`setup`. Names, per database so two console databases on one
server never share a role (the database name is the prefix ``P``):

- ``P_<username>``: one LOGIN role per console account (SCRAM password), what a person types
  for ``psql -U``; NOLOGIN while the account is disabled or locked.
- ``P#accounts``: the group of every account (table privileges); ``P#<role>`` (``P#admin``,
  ``P#coordinator``...): one group per console role (the audit log and account management are
  the administrators' only). Usernames cannot hold ``#``, so no account name meets a group's.
- ``P#gate``: a LOGIN role whose password (:data:`GATE_PASSWORD`) is no secret: it may only
  record a failed sign-in (``console_record_failed_login``) and let an account whose lockout has
  ended log in again (``console_prepare_login``), i.e. nothing the sign-in screen does not
  already let anyone do.

The functions (SECURITY DEFINER, owned by the owner, EXECUTE taken from PUBLIC) are the narrow
paths: ``console_sign_in`` (the account's own role, right after it connected: checks the account,
resets its count of failures, audits the sign-in), ``console_record_failed_login`` (the gate, or
an account's role re-authenticating at the idle lock), ``console_prepare_login`` (the gate),
``console_sync_account`` (administrators and the owner: creates or updates the account's login
role from its ``users`` row), ``console_session_user_id`` (which account this session is;
``console_audit_append`` records a session of an account as that account, whatever it says),
``console_my_role`` and ``console_my_organization_id`` (for the row policies), and
``console_account_role`` (used inside the others: a role is touched only when it is a member of
this database's accounts group, never the owner nor another database's account).

What each group reads is written from the permission table (``permissions.py``): the audit log
and the accounts (:func:`_grant`), the columns of the tables about people
(:func:`column_privileges`), and the rows of case notes and minutes entries by audience
(:func:`row_policies`, the same rules as ``case_common.readable_notes`` and
``meetings.audience.may_read``).

Nothing here imports Qt; the account services and console-admin call it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import weakref
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from console.models import Role
from console.services.errors import Refusal

MAX_ROLE_NAME = 63  # PostgreSQL's NAMEDATALEN - 1, in bytes
GATE_PASSWORD = "console-gate"  # not a secret, see the module's docstring
SCRAM_ITERATIONS = 4096  # PostgreSQL's own default (scram_iterations)
# The tables no account reads or writes directly: the audit log (appended by
# console_audit_append, read by administrators only) and alembic's bookkeeping.
AUDIT_TABLES = ("audit_events", "audit_anchor")
USER_COLUMNS_READ = (
    "id",
    "username",
    "role",
    "person_id",
    "disabled",
    "failed_logins",
    "locked_until",
    "created_at",
    "last_login_at",
    "version_id",
)


def account_role(database: str, username: str) -> str:
    return f"{database}_{username}"


def group_role(database: str, name: str) -> str:
    return f"{database}#{name}"


def fits(database: str, username: str) -> bool:
    """True when the account's login role name fits PostgreSQL's limit (63 bytes)."""
    return len(account_role(database, username).encode()) <= MAX_ROLE_NAME


def scram_verifier(password: str, *, salt: bytes | None = None) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores for ``password`` (RFC 5802/7677), so the
    password itself never travels to the server nor reaches its logs. (No SASLprep: it leaves
    ASCII unchanged, and PostgreSQL uses the raw bytes when a password is not valid UTF-8
    SASLprep input; the console's passwords are checked at sign-in by PostgreSQL with the same
    rule either way.)"""
    salt = salt or secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, SCRAM_ITERATIONS)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode("ascii")

    return f"SCRAM-SHA-256${SCRAM_ITERATIONS}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


_VERIFIER = re.compile(r"SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+")


def is_verifier(value: str) -> bool:
    return _VERIFIER.fullmatch(value) is not None


# --- the set-up -----------------------------------------------------------------------------


def _q(name: str) -> str:
    """A quoted identifier."""
    return '"' + name.replace('"', '""') + '"'


def _lit(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION console_session_user_id() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
    SELECT u.id FROM users u
     WHERE current_database() || '_' || u.username = session_user
       AND EXISTS (SELECT 1 FROM pg_auth_members m
                    WHERE m.member = (SELECT oid FROM pg_roles WHERE rolname = session_user)
                      AND m.roleid = (SELECT oid FROM pg_roles
                                       WHERE rolname = current_database() || '#accounts'))
$$;

-- The login role of an account of this database, if it exists: it must be a member of this
-- database's accounts group, so that no function here ever touches another role (the owner,
-- or an account of another database whose name happens to be the same text).
CREATE OR REPLACE FUNCTION console_account_role(p_username text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
    SELECT r.rolname::text FROM pg_roles r
     WHERE r.rolname = current_database() || '_' || p_username
       AND NOT r.rolsuper
       AND EXISTS (SELECT 1 FROM pg_auth_members m
                    WHERE m.member = r.oid
                      AND m.roleid = (SELECT oid FROM pg_roles
                                       WHERE rolname = current_database() || '#accounts'))
$$;

-- The signed-in account's role and organization, for the row policies (NULL: no account).
CREATE OR REPLACE FUNCTION console_my_role() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
AS $$ SELECT role FROM users WHERE id = console_session_user_id() $$;

CREATE OR REPLACE FUNCTION console_my_organization_id() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
    SELECT p.organization_id FROM users u JOIN persons p ON p.id = u.person_id
     WHERE u.id = console_session_user_id()
$$;

CREATE OR REPLACE FUNCTION console_iso(t timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog
AS $$
    SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
        || CASE WHEN date_trunc('second', t) = t THEN ''
                ELSE '.' || to_char(t AT TIME ZONE 'UTC', 'US') END
        || '+00:00'
$$;

-- The account's login role follows its users row: LOGIN only while enabled and not locked;
-- a new password when a verifier is given; membership of its role's group only. True when the
-- role was made now (it has no password yet).
CREATE OR REPLACE FUNCTION console_sync_account(p_username text, p_verifier text)
RETURNS boolean LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
DECLARE
    u record;
    login_role text := current_database() || '_' || p_username;
    may_log_in boolean;
    created boolean := false;
    r text;
BEGIN
    SELECT * INTO u FROM users WHERE username = p_username;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no account named %', p_username USING ERRCODE = 'P0002';
    END IF;
    IF p_verifier IS NOT NULL AND p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:' THEN
        RAISE EXCEPTION 'a password is set from its SCRAM verifier only' USING ERRCODE = '22023';
    END IF;
    may_log_in := NOT u.disabled AND (u.locked_until IS NULL OR u.locked_until <= now());
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login_role) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', login_role);
        EXECUTE format('GRANT %I TO %I', current_database() || '#accounts', login_role);
        created := true;
    ELSIF console_account_role(p_username) IS NULL THEN
        RAISE EXCEPTION 'the role % exists and is not an account of this database: choose '
                        'another username', login_role USING ERRCODE = '42710';
    END IF;
    EXECUTE format('ALTER ROLE %I %s', login_role,
                   CASE WHEN may_log_in THEN 'LOGIN' ELSE 'NOLOGIN' END);
    IF p_verifier IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', login_role, p_verifier);
    END IF;
    EXECUTE format('GRANT %I TO %I', current_database() || '#accounts', login_role);
    FOREACH r IN ARRAY %(roles)s LOOP
        IF r = u.role THEN
            EXECUTE format('GRANT %I TO %I', current_database() || '#' || r, login_role);
        ELSE
            EXECUTE format('REVOKE %I FROM %I', current_database() || '#' || r, login_role);
        END IF;
    END LOOP;
    RETURN created;
END $$;

-- Called by the gate before a sign-in: an account whose lockout has ended may log in again.
CREATE OR REPLACE FUNCTION console_prepare_login(p_username text)
RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
DECLARE
    u record;
    login_role text := current_database() || '_' || p_username;
BEGIN
    login_role := console_account_role(p_username);
    SELECT * INTO u FROM users WHERE username = p_username;
    IF FOUND AND NOT u.disabled AND u.locked_until IS NOT NULL AND u.locked_until <= now()
       AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login_role AND NOT rolcanlogin) THEN
        EXECUTE format('ALTER ROLE %I LOGIN', login_role);
    END IF;
END $$;

-- A sign-in PostgreSQL refused (or a wrong password at the idle lock): counted, audited, and the
-- fifth in a row locks the account (its role NOLOGIN) for the lockout, as services/access/login.py.
CREATE OR REPLACE FUNCTION console_record_failed_login(p_username text, p_action text)
RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
DECLARE
    u record;
    typed text := btrim(coalesce(p_username, ''));
    reason text;
    until_ timestamptz;
    caller integer := console_session_user_id();
BEGIN
    IF p_action NOT IN ('login_failed', 'unlock_failed') THEN
        RAISE EXCEPTION 'not a sign-in failure: %', p_action USING ERRCODE = '22023';
    END IF;
    IF caller IS NOT NULL THEN  -- an account re-authenticating: only about itself
        SELECT username INTO typed FROM users WHERE id = caller;
    END IF;
    SELECT * INTO u FROM users WHERE username = typed FOR UPDATE;
    IF NOT FOUND THEN
        IF typed !~ '^[[:alnum:]_.-]{%(low)s,%(high)s}$' THEN
            typed := %(not_a_username)s;
        END IF;
        PERFORM console_audit_append(NULL, typed, p_action, 'users', NULL,
                                     json_build_object('reason', 'unknown user'), NULL);
        RETURN;
    END IF;
    IF u.locked_until IS NOT NULL AND u.locked_until > now() THEN
        reason := 'locked';
    ELSIF u.disabled THEN
        reason := 'disabled';
    ELSE
        reason := 'wrong password';
        UPDATE users SET failed_logins = failed_logins + 1 WHERE id = u.id
        RETURNING failed_logins INTO u.failed_logins;
        IF u.failed_logins >= %(max_failed)s THEN
            until_ := date_trunc('microseconds', clock_timestamp()) + %(lockout)s;
            UPDATE users SET failed_logins = 0, locked_until = until_ WHERE id = u.id;
            PERFORM console_audit_append(u.id, u.username, 'account_locked', 'users',
                                         u.id::text,
                                         json_build_object('until', console_iso(until_)), NULL);
            IF console_account_role(u.username) IS NOT NULL THEN
                EXECUTE format('ALTER ROLE %I NOLOGIN', console_account_role(u.username));
            END IF;
        END IF;
    END IF;
    PERFORM console_audit_append(u.id, u.username, p_action, 'users', u.id::text,
                                 json_build_object('reason', reason), NULL);
END $$;

-- Right after an account's role connected: the account must be enabled and not locked; its
-- count of failures starts again and the sign-in is audited. Returns the account's id.
CREATE OR REPLACE FUNCTION console_sign_in(p_audit boolean)
RETURNS integer LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
DECLARE
    account integer := console_session_user_id();
    u record;
BEGIN
    SELECT * INTO u FROM users WHERE id = account FOR UPDATE;
    IF NOT FOUND OR u.disabled OR (u.locked_until IS NOT NULL AND u.locked_until > now()) THEN
        RAISE EXCEPTION 'this account may not sign in' USING ERRCODE = '28000';
    END IF;
    UPDATE users SET failed_logins = 0, locked_until = NULL,
                     last_login_at = date_trunc('microseconds', clock_timestamp())
     WHERE id = u.id;
    IF p_audit THEN
        PERFORM console_audit_append(u.id, u.username, 'login_succeeded', 'users', u.id::text,
                                     '{}'::json, NULL);
    END IF;
    RETURN u.id;
END $$;
"""

FUNCTION_SIGNATURES = (
    "console_session_user_id()",
    "console_account_role(text)",
    "console_my_role()",
    "console_my_organization_id()",
    "console_iso(timestamptz)",
    "console_sync_account(text, text)",
    "console_prepare_login(text)",
    "console_record_failed_login(text, text)",
    "console_sign_in(boolean)",
    "console_audit_append(integer, text, text, text, text, json, text)",
    "console_canonical_json(json)",
)


def _functions_sql() -> str:
    from console.services.access import accounts  # noqa: PLC0415 - it imports this module
    from console.services.access.login import (  # noqa: PLC0415 - so does login
        LOCKOUT,
        MAX_FAILED_LOGINS,
        NOT_A_USERNAME,
    )

    roles = "ARRAY[" + ",".join(_lit(role.value) for role in Role) + "]::text[]"
    # %(name)s markers, not str.format: the SQL is full of braces.
    values = {
        "roles": roles,
        "low": str(accounts.USERNAME_MIN),
        "high": str(accounts.USERNAME_MAX),
        "not_a_username": _lit(NOT_A_USERNAME),
        "max_failed": str(MAX_FAILED_LOGINS),
        "lockout": f"interval '{int(LOCKOUT.total_seconds())} seconds'",
    }
    sql = FUNCTIONS
    for key, value in values.items():
        sql = sql.replace(f"%({key})s", value)
    return sql


@dataclass(frozen=True)
class SetupReport:
    database: str
    groups: tuple[str, ...]
    gate: str
    accounts: int  # login roles created or brought up to date
    without_password: tuple[str, ...]  # accounts whose role was made now: set-password each


def setup(engine: Engine) -> SetupReport:
    """Create (or bring up to date) the group roles, the gate, the functions and the privileges
    of this database; then a login role for every account. Run as the database's owner, who
    needs CREATEROLE. Idempotent: run it again after an upgrade."""
    with engine.begin() as conn:
        database = conn.scalar(text("SELECT current_database()"))
        accounts_group = group_role(database, "accounts")
        role_groups = [group_role(database, role.value) for role in Role]
        gate = group_role(database, "gate")
        for name in (accounts_group, *role_groups):
            _ensure_role(conn, name, "NOLOGIN")
        _ensure_role(conn, gate, "LOGIN")
        conn.execute(text(f"ALTER ROLE {_q(gate)} LOGIN PASSWORD {_lit(GATE_PASSWORD)}"))
        # Straight to the driver, with no parameters: psycopg then leaves the SQL's % alone.
        conn.connection.dbapi_connection.cursor().execute(_functions_sql())
        _grant(conn, database, accounts_group, gate)
        usernames = conn.scalars(text("SELECT username FROM users ORDER BY id")).all()
        new = [
            username
            for username in usernames
            if fits(database, username)
            and conn.scalar(text("SELECT console_sync_account(:u, NULL)"), {"u": username})
        ]
    return SetupReport(database, (accounts_group, *role_groups), gate, len(usernames), tuple(new))


# --- row-level security, written from the permission table ------------------------------------

_ME = "(SELECT console_session_user_id())"
_MY_ROLE = "(SELECT console_my_role())"
_MY_ORGANIZATION = "(SELECT console_my_organization_id())"


def _role_in(roles: Iterable[Role]) -> str:
    names = sorted(role.value for role in roles)
    return f"{_MY_ROLE} IN ({', '.join(_lit(n) for n in names)})" if names else "false"


def note_audience_sql(visibility: str, organization: str, author: str) -> str:
    """A policy condition true exactly when ``access.may_read_note`` is for the session's
    account, written from :data:`access.NOTE_AUDIENCES` as ``case_common.readable_notes`` is:
    partners only; the author their own; each audience's roles, across organizations or within
    the note's."""
    from console.services.access.permissions import (  # noqa: PLC0415 - permissions imports models
        NOTE_AUDIENCES,
        PARTNERS,
        Reach,
    )

    clauses = [f"{author} = {_ME}"]
    for audience, (roles, reach) in NOTE_AUDIENCES.items():
        clause = f"{visibility} = {_lit(audience.value)} AND {_role_in(roles)}"
        if reach is Reach.SAME_ORGANIZATION:
            clause += f" AND {organization} = {_MY_ORGANIZATION}"
        clauses.append(f"({clause})")
    return f"({_role_in(PARTNERS)} AND ({' OR '.join(clauses)}))"


def minutes_audience_sql() -> str:
    """``meetings.audience.may_read``: the note rule, and the shared texts for every reader of
    meetings."""
    from console.models import Visibility  # noqa: PLC0415
    from console.services.access.permissions import PERMISSIONS, Action  # noqa: PLC0415

    shared = f"audience = {_lit(Visibility.SHARED.value)}"
    readers = _role_in(PERMISSIONS[Action.VIEW_MEETINGS])
    note_rule = note_audience_sql("audience", "coalesce(organization_id, 0)", "author_id")
    return f"({note_rule} OR ({shared} AND {readers}))"


def _hidden_columns() -> dict[str, tuple[frozenset[Any], frozenset[str] | None]]:
    """For each table about people: the actions whose roles read it whole, and the columns the
    other roles may not read (None: the whole table). What is left are the columns the counts
    with no names need (summary, dashboard, map indicators, funding report): those roles read
    only them. The free texts are the ones the audit log never copies (``audit.REDACTED``),
    case titles (they may name someone) and a person's nickname."""
    from console.services.access.audit import REDACTED  # noqa: PLC0415
    from console.services.access.permissions import Action  # noqa: PLC0415

    def redacted(table: str) -> frozenset[str]:
        return frozenset(column for t, column in REDACTED if t == table)

    return {
        "cases": (frozenset({Action.VIEW_CASES}), frozenset({"title"})),
        "referrals": (frozenset({Action.VIEW_CASES}), redacted("referrals")),
        "subjects": (
            frozenset({Action.VIEW_PEOPLE_MET}),
            redacted("subjects") | {"alias", "in_care"},
        ),
        "consents": (frozenset({Action.VIEW_PEOPLE_MET}), None),
        "interventions": (
            frozenset({Action.VIEW_CASES, Action.RECORD_DEBRIEFS}),
            redacted("interventions"),
        ),
    }


def column_privileges(database: str, accounts: str) -> list[str]:
    """Who reads which columns of the tables about people, written from the permission table:
    the groups of the roles allowed the reading action read the table; the other groups read
    only the counting columns (:func:`_hidden_columns`); writes stay the accounts' (the services
    decide them)."""
    from console.models import Base  # noqa: PLC0415
    from console.services.access.permissions import PERMISSIONS  # noqa: PLC0415

    statements: list[str] = []
    for table, (actions, hidden) in _hidden_columns().items():
        readers = {role for action in actions for role in PERMISSIONS[action]}
        statements.append(f"REVOKE SELECT ON {table} FROM {_q(accounts)}")
        for role in sorted(Role):
            group = _q(group_role(database, role.value))
            if role in readers:
                statements.append(f"GRANT SELECT ON {table} TO {group}")
            elif hidden is not None:
                shown = [
                    c.name for c in Base.metadata.tables[table].columns if c.name not in hidden
                ]
                statements.append(f"GRANT SELECT ({', '.join(shown)}) ON {table} TO {group}")
    return statements


def row_policies(accounts: str) -> list[str]:
    """The row policies of the texts written for an audience: case notes and minutes entries.
    An account reads (and may change) only the rows the services would show it with their
    text; a new note is written in one's own name. The owner is not subject to them."""
    policies = {
        "case_notes": note_audience_sql("visibility", "organization_id", "author_id"),
        "minute_entries": minutes_audience_sql(),
    }
    statements: list[str] = []
    for table, readable in policies.items():
        statements += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            *(
                f"DROP POLICY IF EXISTS {table}_{verb} ON {table}"
                for verb in ("read", "write", "change", "remove")
            ),
            f"CREATE POLICY {table}_read ON {table} FOR SELECT TO {_q(accounts)} USING {readable}",
            f"CREATE POLICY {table}_change ON {table} FOR UPDATE TO {_q(accounts)} "
            f"USING {readable} WITH CHECK {readable}",
            f"CREATE POLICY {table}_remove ON {table} FOR DELETE TO {_q(accounts)} "
            f"USING {readable}",
        ]
    statements += [
        f"CREATE POLICY case_notes_write ON case_notes FOR INSERT TO {_q(accounts)} "
        f"WITH CHECK (author_id = {_ME} AND {policies['case_notes']})",
        f"CREATE POLICY minute_entries_write ON minute_entries FOR INSERT TO {_q(accounts)} "
        f"WITH CHECK {policies['minute_entries']}",
    ]
    return statements


def _ensure_role(conn: Connection, name: str, login: str) -> None:
    exists = conn.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name})
    if not exists:
        conn.execute(text(f"CREATE ROLE {_q(name)} {login}"))


def _grant(conn: Connection, database: str, accounts: str, gate: str) -> None:
    # Who reads the log and who manages accounts: the groups of the roles the permission table
    # gives those actions (services/access/permissions.py), not a list of its own.
    from console.services.access.permissions import PERMISSIONS, Action  # noqa: PLC0415

    def groups(action: Action) -> str:
        return ", ".join(_q(group_role(database, r.value)) for r in sorted(PERMISSIONS[action]))

    readers, managers = groups(Action.READ_AUDIT), groups(Action.MANAGE_USERS)
    statements = [
        # Nobody but the owner and the console's roles connects; nobody else creates anything.
        f"REVOKE ALL ON DATABASE {_q(database)} FROM PUBLIC",
        f"GRANT CONNECT ON DATABASE {_q(database)} TO {_q(accounts)}, {_q(gate)}",
        "REVOKE ALL ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {_q(accounts)}, {_q(gate)}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, {_q(accounts)}, {_q(gate)}, "
        + ", ".join(_q(group_role(database, role.value)) for role in Role),
        "REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {_q(accounts)}",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {_q(accounts)}",
        # The audit tables: nothing but what an administrator reads; appends go through
        # console_audit_append. Accounts: columns, never password hashes.
        *(f"REVOKE ALL ON {t} FROM {_q(accounts)}" for t in AUDIT_TABLES),
        f"GRANT SELECT ON audit_events TO {readers}",
        f"REVOKE ALL ON users, alembic_version FROM {_q(accounts)}",
        f"GRANT SELECT ({', '.join(USER_COLUMNS_READ)}) ON users TO {_q(accounts)}",
        f"GRANT INSERT, UPDATE ON users TO {managers}",
        # One's own password (its argon2 hash, kept for the file's own sign-in): the row is
        # one's own by the policies below.
        f"GRANT UPDATE (password_hash, version_id) ON users TO {_q(accounts)}",
        "ALTER TABLE users ENABLE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS users_read ON users",
        f"CREATE POLICY users_read ON users FOR SELECT TO {_q(accounts)} USING (true)",
        "DROP POLICY IF EXISTS users_managed ON users",
        f"CREATE POLICY users_managed ON users FOR ALL TO {managers} USING (true) "
        "WITH CHECK (true)",
        "DROP POLICY IF EXISTS users_own ON users",
        f"CREATE POLICY users_own ON users FOR UPDATE TO {_q(accounts)} "
        "USING (id = (SELECT console_session_user_id())) "
        "WITH CHECK (id = (SELECT console_session_user_id()))",
        f"GRANT SELECT ON alembic_version TO {_q(accounts)}, {_q(gate)}",
        # Who belongs to which organization decides what the row policies show: no account
        # changes it (no service writes people or organizations; the owner sets them up).
        f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON persons, organizations FROM {_q(accounts)}",
        # The narrow paths.
        "GRANT EXECUTE ON FUNCTION console_audit_append(integer, text, text, text, text, json,"
        f" text), console_sign_in(boolean), console_session_user_id(), console_my_role(),"
        f" console_my_organization_id() TO {_q(accounts)}",
        "GRANT EXECUTE ON FUNCTION console_record_failed_login(text, text),"
        f" console_prepare_login(text) TO {_q(accounts)}, {_q(gate)}",
        f"GRANT EXECUTE ON FUNCTION console_sync_account(text, text) TO {managers}",
    ]
    # Functions the search and the aggregates use are the console's own, executable by all its
    # accounts; none is SECURITY DEFINER but the narrow paths above.
    definer = {sig.split("(")[0] for sig in FUNCTION_SIGNATURES}
    for conn_row in conn.execute(
        text(
            "SELECT p.oid::regprocedure::text, p.proname FROM pg_proc p "
            "JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = 'public' AND p.prokind = 'f'"
        )
    ):
        signature, name = conn_row
        if name not in definer:
            statements.append(f"GRANT EXECUTE ON FUNCTION {signature} TO {_q(accounts)}")
    statements += column_privileges(database, accounts)
    statements += row_policies(accounts)
    for statement in statements:
        conn.execute(text(statement))


# --- accounts on the server ------------------------------------------------------------------


def is_set_up(session: Session) -> bool:
    """True on PostgreSQL once pg-setup has run on this database (its accounts group exists)."""
    if session.get_bind().dialect.name != "postgresql":
        return False
    return bool(
        session.scalar(
            text("SELECT 1 FROM pg_roles WHERE rolname = current_database() || '#accounts'")
        )
    )


def database_name(session: Session) -> str:
    return str(session.scalar(text("SELECT current_database()")))


def sync_account(session: Session, username: str, password: str | None = None) -> None:
    """Bring the account's login role in line with its ``users`` row (after the row's change is
    flushed); with ``password``, give the role that password (as a SCRAM verifier). Nothing on
    SQLite, nor on a PostgreSQL database pg-setup has not prepared."""
    if not is_set_up(session):
        return
    session.flush()
    verifier = scram_verifier(password) if password is not None else None
    try:
        with session.begin_nested():
            session.execute(
                text("SELECT console_sync_account(:u, :v)"), {"u": username, "v": verifier}
            )
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) == ROLE_TAKEN:
            raise ServerRoleTaken(account_role(database_name(session), username)) from exc
        raise


ROLE_TAKEN = "42710"  # console_sync_account: the role's name belongs to another role


class ServerRoleTaken(Refusal):
    """The server already has a role of that name that is not this database's account."""

    def __init__(self, role: str) -> None:
        super().__init__(
            "account_role_taken_on_server",
            "the server already has a role named '{role}' that is not an account of this "
            "database; choose another username",
            role=role,
        )


# --- signing in as one's own role --------------------------------------------------------------


class NotSetUp(Exception):
    """The database has not been prepared with ``console-admin pg-setup``."""


def account_url(url: str | URL, username: str, password: str) -> URL:
    """The URL that connects as the account's own role (the workstation's URL names no user)."""
    url = make_url(url)
    return url.set(username=account_role(url.database or "", username), password=password)


# The password each account engine connects with, kept out of its URL so that a password
# changed during the sign-in (one's own, in Settings) is the one the next connection uses.
_PASSWORDS: weakref.WeakKeyDictionary[Engine, list[str]] = weakref.WeakKeyDictionary()


def account_engine(url: str | URL, username: str, password: str) -> Engine:
    """An engine connected as the account's own role, with ``password``."""
    from console.db import make_engine  # noqa: PLC0415 - db is below services

    engine = make_engine(make_url(account_url(url, username, password)).set(password=None))
    holder = [password]

    @event.listens_for(engine, "do_connect")
    def _with_password(dialect: Any, record: Any, cargs: Any, cparams: dict[str, Any]) -> None:
        cparams["password"] = holder[0]

    _PASSWORDS[engine] = holder
    return engine


def remember_password(bind: Any, password: str) -> None:
    """The account engine behind ``bind`` connects with ``password`` from now on."""
    holder = _PASSWORDS.get(getattr(bind, "engine", bind))
    if holder is not None:
        holder[0] = password


def gate_url(url: str | URL) -> URL:
    url = make_url(url)
    return url.set(username=group_role(url.database or "", "gate"), password=GATE_PASSWORD)


def is_authentication_failure(exc: BaseException) -> bool:
    """True when the server refused the credentials (wrong password, no such role, NOLOGIN),
    rather than being unreachable."""
    orig = getattr(exc, "orig", exc)
    if getattr(orig, "sqlstate", None) in {"28P01", "28000"}:
        return True
    message = str(orig)
    return any(
        marker in message
        for marker in (
            "password authentication failed",
            "is not permitted to log in",
            "does not exist",  # a role that does not exist, said only when not hidden
        )
    )


def call_gate(url: str | URL, statement: str, **params: object) -> None:
    """Run one of the gate's functions on its own short connection."""
    from console.db import make_engine  # noqa: PLC0415 - db imports services lazily elsewhere

    engine = make_engine(gate_url(url))
    try:
        with engine.begin() as conn:
            conn.execute(text(statement), params)
    finally:
        engine.dispose()


def is_shared_server(location: str) -> bool:
    """True for a PostgreSQL URL that names no user, on a database pg-setup prepared (its gate
    role lets the console in): each person then signs in as their own role. A URL with a user
    is the single-account way of before, kept for servers not prepared."""
    url = make_url(location)
    if url.get_backend_name() != "postgresql" or url.username:
        return False
    from console.db import make_engine  # noqa: PLC0415

    try:
        engine = make_engine(gate_url(url))
    except ImportError:
        return False  # no driver: opening the database says so
    try:
        return try_connect(engine)
    except (OperationalError, DBAPIError):
        return False  # unreachable: opening the database says so, in its words
    finally:
        engine.dispose()


def try_connect(engine: Engine) -> bool:
    """True when the engine's credentials are accepted; False when refused (other failures,
    a server that cannot be reached, raise)."""
    try:
        with engine.connect():
            return True
    except (OperationalError, DBAPIError) as exc:
        if is_authentication_failure(exc):
            return False
        raise
