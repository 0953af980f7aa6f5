"""The models and the alembic revisions agree, and every revision upgrades and downgrades."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect

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
