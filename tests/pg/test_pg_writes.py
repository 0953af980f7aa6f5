"""Who writes the tables of everyday work on a shared server, written from the permission table
(``permissions.TABLE_WRITES``): for every demo account, each table takes an INSERT, an UPDATE
and a DELETE from its role exactly when the role's actions allow them; the services still work
on each role where the role may write."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from console.models import Base, Role
from console.services import access, funding
from console.services.access.permissions import PERMISSIONS, TABLE_WRITES
from console.services.access.session_guard import run_as
from console.services.places import zones
from console.services.retention import rules
from tests.pg.test_pg_roles import DEMO_USERNAMES, server, sign_in  # noqa: F401 - the fixture
from tests.pg.test_postgresql import TODAY

pytestmark = pytest.mark.pg


def _allowed(engine: Engine, statement: str) -> bool:
    """True when the role may run ``statement`` (which touches no row)."""
    with engine.connect() as conn:
        try:
            conn.execute(text(statement))
        except DBAPIError as exc:
            assert "permission denied" in str(exc), exc
            return False
        finally:
            conn.rollback()
    return True


def _probes(table: str) -> dict[str, str]:
    rule = TABLE_WRITES[table]
    names = [c.name for c in Base.metadata.tables[table].columns]
    other = next(n for n in names if n not in rule.columns and n != "id")
    probes = {
        "insert": f"INSERT INTO {table} ({names[0]}) SELECT NULL WHERE false",
        "update": f"UPDATE {table} SET {other} = DEFAULT WHERE false",
        "delete": f"DELETE FROM {table} WHERE false",
    }
    for column in rule.columns:
        probes[f"update {column}"] = f"UPDATE {table} SET {column} = DEFAULT WHERE false"
    return probes


def _roles(actions: frozenset[access.Action]) -> set[Role]:
    return {role for action in actions for role in PERMISSIONS[action]}


def test_each_role_writes_the_tables_its_actions_allow(server: str) -> None:  # noqa: F811
    refused = allowed = 0
    for username in DEMO_USERNAMES:
        engine, actor = sign_in(server, username)
        try:
            for table, rule in TABLE_WRITES.items():
                writers = _roles(rule.writers)
                updaters = writers | _roles(rule.updaters)
                for verb, statement in _probes(table).items():
                    expected = actor.role in (updaters if verb.startswith("update ") else writers)
                    got = _allowed(engine, statement)
                    assert got == expected, (username, table, verb)
                    allowed += got
                    refused += not got
        finally:
            engine.dispose()
    assert allowed and refused  # both happen


def test_the_services_write_on_the_roles_allowed(server: str) -> None:  # noqa: F811
    """A zone changed by the coordinator, an expense by the manager, the retention periods by
    the administrator, each on their own role; the same write by another role's connection is
    refused by the server even when the service is skipped."""
    signed = {u: sign_in(server, u) for u in ("coordinatore", "dirigente", "admin", "educatore")}
    try:
        engine, coordinator = signed["coordinatore"]
        (first, *_rest) = run_as(engine, zones.list_zones, coordinator)
        draft = zones.ZoneDraft(first.name, "#123456", first.geometry, first.review_threshold)
        saved = run_as(engine, zones.save_zone_properties, coordinator, first, draft, True)
        assert saved.colour == "#123456"
        engine, manager = signed["dirigente"]
        expense = funding.ExpenseDraft(TODAY - timedelta(days=3), "Fotocopie", Decimal("12.50"))
        assert run_as(engine, funding.add_expense, manager, expense).amount == Decimal("12.50")
        engine, admin = signed["admin"]
        kind = rules.RecordKind.CASE_NOTES
        rows = run_as(engine, rules.set_retention_rules, admin, {kind: 61})
        assert next(r for r in rows if r.kind is kind).months == 61
        engine, _educator = signed["educatore"]
        with engine.connect() as conn, pytest.raises(DBAPIError, match="permission denied"):
            conn.execute(text(f"UPDATE zones SET colour = '#000000' WHERE id = {first.id}"))
    finally:
        for engine, _actor in signed.values():
            engine.dispose()
