"""Rostering: the weekly demand of each zone, each person's recurring availability, and the
locks a proposal of the week keeps (a whole shift, or one person on a shift).

Reviewed by hand:
- ``demand_patterns.kind`` and ``availability_rules.kind`` are non-native enums whose CHECKs
  (``ck_demand_patterns_kind``, ``ck_availability_rules_kind``) go with their tables.
- ``shifts.locked`` and ``shift_assignments.locked`` are added NOT NULL with a server default of
  false, so existing rows need no backfill; the downgrade drops them in a batch (SQLite rebuilds
  the table, keeping its other constraints).

Revision ID: 0010_roster
Revises: 0007_search_unaccent
Create Date: 2026-12-05 10:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_roster"
down_revision: str | None = "0008_pg_audit_append"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SHIFT_KINDS = ("joint", "outreach", "patrol")
AVAILABILITY_KINDS = ("unavailable", "preferred")


def upgrade() -> None:
    op.create_table(
        "demand_patterns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("zone_id", sa.Integer(), nullable=False),
        sa.Column("days", sa.Integer(), nullable=False),
        sa.Column("start_minute", sa.Integer(), nullable=False),
        sa.Column("end_minute", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(*SHIFT_KINDS, name="kind", native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.Column("educators", sa.Integer(), nullable=False),
        sa.Column("officers", sa.Integer(), nullable=False),
        sa.Column("follows_pressure", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("days >= 1 AND days <= 127", name=op.f("ck_demand_patterns_days")),
        sa.CheckConstraint(
            "educators >= 0 AND officers >= 0 AND educators + officers >= 1 "
            "AND educators <= 10 AND officers <= 10",
            name=op.f("ck_demand_patterns_people"),
        ),
        sa.CheckConstraint(
            "start_minute >= 0 AND start_minute < 1440 AND end_minute > start_minute "
            "AND end_minute - start_minute <= 720",
            name=op.f("ck_demand_patterns_times"),
        ),
        sa.ForeignKeyConstraint(
            ["zone_id"],
            ["zones.id"],
            name=op.f("fk_demand_patterns_zone_id_zones"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_demand_patterns")),
    )
    with op.batch_alter_table("demand_patterns", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_demand_patterns_zone_id"), ["zone_id"], unique=False)
    op.create_table(
        "availability_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(*AVAILABILITY_KINDS, name="kind", native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("start_minute", sa.Integer(), nullable=True),
        sa.Column("end_minute", sa.Integer(), nullable=True),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(start_minute IS NULL AND end_minute IS NULL) OR (start_minute >= 0 "
            "AND end_minute > start_minute AND end_minute <= 1440)",
            name=op.f("ck_availability_rules_times"),
        ),
        sa.CheckConstraint(
            "weekday >= 0 AND weekday <= 6", name=op.f("ck_availability_rules_weekday")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["persons.id"],
            name=op.f("fk_availability_rules_person_id_persons"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_availability_rules")),
    )
    with op.batch_alter_table("availability_rules", schema=None) as batch_op:
        batch_op.create_index(
            "ix_availability_rules_person_id_weekday", ["person_id", "weekday"], unique=False
        )
    with op.batch_alter_table("shifts", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("locked", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    with op.batch_alter_table("shift_assignments", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("locked", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("shift_assignments", schema=None) as batch_op:
        batch_op.drop_column("locked")
    with op.batch_alter_table("shifts", schema=None) as batch_op:
        batch_op.drop_column("locked")
    with op.batch_alter_table("availability_rules", schema=None) as batch_op:
        batch_op.drop_index("ix_availability_rules_person_id_weekday")
    op.drop_table("availability_rules")
    with op.batch_alter_table("demand_patterns", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_demand_patterns_zone_id"))
    op.drop_table("demand_patterns")
