"""Search on PostgreSQL folds accents, as it always did on SQLite: "perche" finds "perché".

Reviewed by hand. PostgreSQL only (SQLite's FTS5 tokenizer already folds them: nothing to do):
- the ``unaccent`` extension (contrib; a trusted extension since PostgreSQL 13, so the owner of
  the database may create it without being a superuser). If it was already there it is used
  and left alone; if this revision creates it, its comment says so, and only then does the
  downgrade drop it.
- a text search configuration ``console_italian``, a copy of ``italian`` whose words go
  through ``unaccent`` before the Italian stemmer. Besides folding accents this stops
  "perché" being dropped as a stop word (the stop list has it with its accent, and the
  stemmer now sees "perche").
- the two expression GIN indexes of ``0003_search`` rebuilt on
  ``to_tsvector('console_italian', ...)``, under the same names; the search service asks for
  the same configuration, so the indexes are used. No text is copied: nothing to refill.
Downgrade: the indexes back on ``italian``, the configuration dropped, the extension dropped
if this revision created it.

Revision ID: 0007_search_unaccent
Revises: 0006_consent_basis
Create Date: 2026-12-05 08:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007_search_unaccent"
down_revision: str | None = "0006_consent_basis"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CONFIG = "console_italian"
# (table, column) of the expression indexes ix_<table>_<column>_search (0003_search)
INDEXED = (("cases", "title"), ("case_notes", "body"))
OURS = "created by the Coordination Console (revision 0007_search_unaccent)"


def _rebuild_indexes(config: str) -> None:
    for table, col in INDEXED:
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_{col}_search")
        op.execute(
            f"CREATE INDEX ix_{table}_{col}_search ON {table} "
            f"USING gin (to_tsvector('{config}'::regconfig, {col}))"
        )


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        f"""
        DO $$
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent') THEN
                CREATE EXTENSION unaccent;
                COMMENT ON EXTENSION unaccent IS '{OURS}';
            END IF;
        END
        $$
        """
    )
    op.execute(f"CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = pg_catalog.italian)")
    op.execute(
        f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} "
        "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, italian_stem"
    )
    _rebuild_indexes(CONFIG)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _rebuild_indexes("italian")
    op.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG}")
    op.execute(
        f"""
        DO $$
        BEGIN
            IF obj_description(
                (SELECT oid FROM pg_extension WHERE extname = 'unaccent'), 'pg_extension'
            ) = '{OURS}' THEN
                DROP EXTENSION unaccent;
            END IF;
        END
        $$
        """
    )
