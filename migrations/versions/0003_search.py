"""Full-text search over case titles and case notes.

Reviewed by hand. SQLite: two FTS5 external-content tables (``cases_fts``, ``case_notes_fts``)
with the ``unicode61 remove_diacritics 2`` tokenizer, filled from the existing rows here and
kept in step by triggers afterwards. PostgreSQL: expression GIN indexes on
``to_tsvector('italian', ...)`` (no copy of the text). Other dialects get no index; the search
service refuses them. The FTS tables are not in the ORM metadata: migrations/env.py
(``db.include_object``) keeps autogenerate from proposing to drop them.

A later revision that rebuilds ``cases`` or ``case_notes`` with batch mode on SQLite drops
their triggers with the old table: it must create them again (tests/services/test_search.py
checks they exist at head).

Revision ID: 0003_search
Revises: 0002_audit_anchor
Create Date: 2026-11-30 10:00:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003_search"
down_revision: str | None = "0002_audit_anchor"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (FTS table, content table, indexed column)
INDEXED = (("cases_fts", "cases", "title"), ("case_notes_fts", "case_notes", "body"))


def _sqlite_up(fts: str, source: str, col: str) -> list[str]:
    insert = f"INSERT INTO {fts}(rowid, {col}) VALUES (new.id, new.{col});"
    delete = f"INSERT INTO {fts}({fts}, rowid, {col}) VALUES ('delete', old.id, old.{col});"
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({col}, content='{source}', "
        f"content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
        f"CREATE TRIGGER {fts}_insert AFTER INSERT ON {source} BEGIN {insert} END",
        f"CREATE TRIGGER {fts}_delete AFTER DELETE ON {source} BEGIN {delete} END",
        f"CREATE TRIGGER {fts}_update AFTER UPDATE OF {col} ON {source} "
        f"BEGIN {delete} {insert} END",
        f"INSERT INTO {fts}(rowid, {col}) SELECT id, {col} FROM {source}",
    ]


def _sqlite_down(fts: str) -> list[str]:
    return [
        f"DROP TRIGGER IF EXISTS {fts}_insert",
        f"DROP TRIGGER IF EXISTS {fts}_delete",
        f"DROP TRIGGER IF EXISTS {fts}_update",
        f"DROP TABLE IF EXISTS {fts}",
    ]


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for fts, source, col in INDEXED:
        if dialect == "sqlite":
            for statement in _sqlite_up(fts, source, col):
                op.execute(statement)
        elif dialect == "postgresql":
            op.execute(
                f"CREATE INDEX ix_{source}_{col}_search ON {source} "
                f"USING gin (to_tsvector('italian'::regconfig, {col}))"
            )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for fts, source, col in INDEXED:
        if dialect == "sqlite":
            for statement in _sqlite_down(fts):
                op.execute(statement)
        elif dialect == "postgresql":
            op.execute(f"DROP INDEX IF EXISTS ix_{source}_{col}_search")
