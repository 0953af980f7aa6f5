"""The audit chain's anchor, and triggers that make audit_events append-only.

Reviewed by hand. The anchor names the newest entry, so cutting entries off the end of the
chain shows. The triggers refuse UPDATE and DELETE on audit_events through any connection
(not a security boundary against someone who owns the file, but no code path can rewrite
history by mistake; `console-admin audit-verify` is what catches deliberate tampering).

Revision ID: 0002_audit_anchor
Revises: 0001_initial
Create Date: 2026-11-24 16:21:20.436118
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_audit_anchor"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GENESIS = "0" * 64  # services/audit.py: the prev_hash of the first entry

SQLITE_TRIGGERS = (
    "CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events "
    "BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END",
    "CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events "
    "BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END",
)

POSTGRESQL_TRIGGERS = (
    "CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN RAISE EXCEPTION 'audit_events is append-only'; END $$",
    "CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events "
    "FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()",
)


def upgrade() -> None:
    op.create_table(
        "audit_anchor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_event_id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.Column("event_count", sa.Integer(), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_audit_anchor_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_anchor")),
    )
    # Revision 0001 had no code that wrote audit events, so the chain starts empty here.
    op.execute(
        "INSERT INTO audit_anchor (id, last_event_id, last_hash, event_count) "
        f"SELECT 1, 0, '{GENESIS}', 0 WHERE NOT EXISTS (SELECT 1 FROM audit_events)"
    )
    dialect = op.get_bind().dialect.name
    for statement in POSTGRESQL_TRIGGERS if dialect == "postgresql" else SQLITE_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER audit_events_no_update ON audit_events")
        op.execute("DROP FUNCTION audit_events_append_only()")
    else:
        op.execute("DROP TRIGGER audit_events_no_update")
        op.execute("DROP TRIGGER audit_events_no_delete")
    op.drop_table("audit_anchor")
