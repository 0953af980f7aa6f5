"""Retention: the administrator's period for each kind of personal data, and the amendments that
rectify a person met while keeping the original value.

Reviewed by hand. Two new tables, nothing copied:
- ``retention_rules`` (one row per kind the administrator changed; a kind with no row keeps the
  example default declared in ``console/services/retention/rules.py``);
- ``subject_amendments`` (field, value before and after, reason, who and when).
Downgrade drops both: changed periods fall back to the defaults, amendments are lost (the
profile keeps its corrected values).

Revision ID: 0011_retention
Revises: 0007_search_unaccent
Create Date: 2026-12-05 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_retention"
down_revision: str | None = "0010_roster"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "retention_rules",
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("months", sa.Integer(), nullable=False),
        sa.Column("changed_by_id", sa.Integer(), nullable=True),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("months BETWEEN 1 AND 1200", name=op.f("ck_retention_rules_months")),
        sa.ForeignKeyConstraint(
            ["changed_by_id"], ["users.id"], name=op.f("fk_retention_rules_changed_by_id_users")
        ),
        sa.PrimaryKeyConstraint("kind", name=op.f("pk_retention_rules")),
    )
    op.create_table(
        "subject_amendments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subject_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("amended_by_id", sa.Integer(), nullable=True),
        sa.Column("amended_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["amended_by_id"],
            ["users.id"],
            name=op.f("fk_subject_amendments_amended_by_id_users"),
        ),
        sa.ForeignKeyConstraint(
            ["subject_id"], ["subjects.id"], name=op.f("fk_subject_amendments_subject_id_subjects")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subject_amendments")),
    )
    op.create_index(
        op.f("ix_subject_amendments_subject_id"), "subject_amendments", ["subject_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_subject_amendments_subject_id"), table_name="subject_amendments")
    op.drop_table("subject_amendments")
    op.drop_table("retention_rules")
