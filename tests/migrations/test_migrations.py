"""The models and the alembic revisions agree, and every revision upgrades and downgrades."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, Enum, inspect, text
from sqlalchemy.exc import IntegrityError

from console import db
from console.models import Base


def test_models_and_migrations_agree(engine: Engine) -> None:
    with engine.connect() as conn:
        opts = {"compare_type": True, "include_object": db.include_object}
        context = MigrationContext.configure(conn, opts=opts)
        assert compare_metadata(context, Base.metadata) == []


def test_head_creates_every_table_of_the_models(engine: Engine) -> None:
    tables = set(inspect(engine).get_table_names()) - {"alembic_version"}
    search = {name for name in tables if db.is_search_object(name, "table")}
    assert search  # revision 0003_search's FTS tables, kept out of the ORM metadata
    assert tables - search == set(Base.metadata.tables)


def test_every_constraint_and_index_is_named_by_the_convention() -> None:
    for table in Base.metadata.tables.values():
        for constraint in table.constraints:
            assert constraint.name, f"unnamed constraint on {table.name}"
        for index in table.indexes:
            assert index.name and index.name.startswith("ix_"), index


def _stairway(engine: Engine) -> list[str]:
    """Revisions from the first to head."""
    return [rev.revision for rev in reversed(list(db.script_directory().walk_revisions()))]


def test_each_revision_upgrades_and_downgrades(tmp_path: Path) -> None:
    engine = db.make_engine(db.sqlite_url(tmp_path / "stairs.db"))
    cfg = db.alembic_config()
    revisions = _stairway(engine)
    assert revisions, "no revision found"
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        previous = "base"
        for revision in revisions:
            command.upgrade(cfg, revision)
            assert MigrationContext.configure(conn).get_current_revision() == revision
            command.downgrade(cfg, previous)
            command.upgrade(cfg, revision)
            previous = revision
        command.downgrade(cfg, "base")
        conn.commit()
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    engine.dispose()


def test_revisions_form_a_single_line() -> None:
    script = db.script_directory()
    assert len(script.get_heads()) == 1
    assert len(script.get_bases()) == 1


def enum_checks_differing(engine: Engine) -> list[str]:
    """The enum columns whose CHECK constraint in the database does not list exactly the
    model's values (autogenerate does not compare CHECK constraints)."""
    found = []
    checks: dict[str, set[str]] = {}
    for table in Base.metadata.tables.values():
        for check in inspect(engine).get_check_constraints(table.name):
            checks[check["name"]] = set(re.findall(r"'([a-z_]+)'", check["sqltext"]))
        for column in table.columns:
            if isinstance(column.type, Enum):
                name = f"ck_{table.name}_{column.type.name}"
                if checks.get(name) != set(column.type.enums):
                    found.append(f"{name}: {checks.get(name)} != {set(column.type.enums)}")
    return found


def test_enum_checks_list_the_models_values(engine: Engine) -> None:
    assert enum_checks_differing(engine) == []


def test_0004_keeps_done_actions_and_takes_the_new_agenda_kinds(tmp_path: Path) -> None:
    engine = db.make_engine(db.sqlite_url(tmp_path / "meetings.db"))
    cfg = db.alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003_search")
        conn.execute(
            text(
                "INSERT INTO meetings (id, title, held_at, location, status, minutes, created_at,"
                " version_id) VALUES (1, 'T', '2026-11-20 09:00:00', '', 'held', '',"
                " '2026-11-01 09:00:00', 1)"
            )
        )
        for done_at in ("'2026-11-22 09:00:00'", "NULL"):
            conn.execute(
                text(
                    "INSERT INTO action_items (meeting_id, text, done_at, version_id)"
                    f" VALUES (1, 'a', {done_at}, 1)"
                )
            )
        conn.commit()
    db.upgrade_to_head(engine)  # as the console upgrades: foreign keys off while rebuilding
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        statuses = conn.execute(text("SELECT status FROM action_items ORDER BY id")).scalars()
        assert list(statuses) == ["done", "open"]
        insert_item = (
            "INSERT INTO agenda_items (meeting_id, position, kind, title, notes, version_id)"
            " VALUES (1, 0, :kind, 't', '', 1)"
        )
        conn.execute(text(insert_item), {"kind": "planning"})
        with pytest.raises(IntegrityError):
            conn.execute(text(insert_item), {"kind": "bogus"})
        conn.rollback()
        conn.execute(text(insert_item), {"kind": "planning"})
        conn.commit()
        conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        command.downgrade(cfg, "0003_search")
        assert conn.execute(text("SELECT count(*) FROM agenda_items")).scalar() == 0
        conn.commit()
    engine.dispose()


def test_the_revision_chain_read_without_alembic_is_alembics() -> None:
    scripts = db.script_directory()
    assert db.head_revision() == scripts.get_current_head()
    assert db.known_revisions() == {rev.revision for rev in scripts.walk_revisions()}


def test_the_stored_revision_is_read_as_alembic_reads_it(engine: Engine) -> None:
    with engine.connect() as conn:
        assert (
            db.current_revision(engine) == MigrationContext.configure(conn).get_current_revision()
        )
        conn.exec_driver_sql("DELETE FROM alembic_version")
        conn.commit()
    assert db.current_revision(engine) is None
