"""Funding (rendicontazione): the project's settings (one row: title, funder, CUP, grant,
dates, objectives), the hourly cost per organization and role, other expenses with their
supporting document, and the narrative of a report period.

Reviewed by hand (autogenerate gave the tables; these were checked or changed):
- Money is ``Numeric(12, 2)`` everywhere (euros with cents), never a float type.
- ``hourly_costs.role`` is a non-native enum: its CHECK (``ck_hourly_costs_role``) lists the
  roles of the model, and goes with its table on downgrade (no column is dropped alone, so no
  SQLite batch rebuild is needed here).
- ``funding_projects`` holds one row: a CHECK keeps its id at 1.
- New tables only, nothing to carry over; the downgrade drops them in the reverse order.

Revision ID: 0005_funding
Revises: 0004_meetings
Create Date: 2026-12-05 05:40:45.347976
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_funding"
down_revision: str | None = "0004_meetings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ROLES = ("admin", "coordinator", "educator", "officer", "social_worker", "manager")


def _money() -> sa.Numeric:
    return sa.Numeric(precision=12, scale=2)


def upgrade() -> None:
    op.create_table(
        "funding_projects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("funder", sa.String(length=200), nullable=False),
        sa.Column("cup", sa.String(length=15), nullable=False),
        sa.Column("grant_amount", _money(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("objectives", sa.Text(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on",
            name=op.f("ck_funding_projects_dates"),
        ),
        sa.CheckConstraint("grant_amount >= 0", name=op.f("ck_funding_projects_grant_amount")),
        sa.CheckConstraint("id = 1", name=op.f("ck_funding_projects_single_row")),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f("fk_funding_projects_updated_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funding_projects")),
    )
    op.create_table(
        "hourly_costs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(*ROLES, name="role", native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.Column("hourly_cost", _money(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("hourly_cost >= 0", name=op.f("ck_hourly_costs_hourly_cost")),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_hourly_costs_organization_id_organizations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hourly_costs")),
        sa.UniqueConstraint(
            "organization_id", "role", name=op.f("uq_hourly_costs_organization_id_role")
        ),
    )
    op.create_table(
        "funding_expenses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("spent_on", sa.Date(), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("amount", _money(), nullable=False),
        sa.Column("document_ref", sa.String(length=200), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("amount > 0", name=op.f("ck_funding_expenses_amount")),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_funding_expenses_created_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funding_expenses")),
    )
    with op.batch_alter_table("funding_expenses", schema=None) as batch_op:
        batch_op.create_index("ix_funding_expenses_spent_on", ["spent_on"], unique=False)
    op.create_table(
        "funding_narratives",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("activities", sa.Text(), nullable=False),
        sa.Column("results", sa.Text(), nullable=False),
        sa.Column("difficulties", sa.Text(), nullable=False),
        sa.Column("next_steps", sa.Text(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("period_end >= period_start", name=op.f("ck_funding_narratives_period")),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f("fk_funding_narratives_updated_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funding_narratives")),
        sa.UniqueConstraint(
            "period_start",
            "period_end",
            name=op.f("uq_funding_narratives_period_start_period_end"),
        ),
    )


def downgrade() -> None:
    op.drop_table("funding_narratives")
    with op.batch_alter_table("funding_expenses", schema=None) as batch_op:
        batch_op.drop_index("ix_funding_expenses_spent_on")
    op.drop_table("funding_expenses")
    op.drop_table("hourly_costs")
    op.drop_table("funding_projects")
