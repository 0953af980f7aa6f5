"""Coordination meetings: invited organizations, attendance and confidentiality acknowledgement,
agenda items linked to what they are about, decisions with their effect and audience, tracked
action items, and minutes written per audience.

Reviewed by hand (autogenerate gave the columns; these were changed):
- ``agenda_items.kind`` gains two values. Its CHECK constraint is dropped and made again with
  the new list (autogenerate would only change the type, leaving PostgreSQL's old CHECK in
  place). The downgrade removes items of the new kinds first: the old CHECK cannot hold them.
- ``meeting_participants.attended`` defaults to ``false()`` (``text('0')`` is no boolean on
  PostgreSQL).
- Existing action items get ``status`` from ``done_at``: done when it is set, else open.
- The foreign key from an agenda item to a carried-over action closes a cycle between the two
  tables, so it is created after both exist (``use_alter`` in the model).

Revision ID: 0004_meetings
Revises: 0003_search
Create Date: 2026-12-05 04:32:01.545774
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_meetings"
down_revision: str | None = "0003_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_KINDS = ("zone", "case", "actions", "other")
NEW_KINDS = ("zone", "case", "actions", "referral", "planning", "other")
AUDIENCES = ("shared", "organization", "social_services")


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True)


def _kind_check(kinds: Sequence[str]) -> str:
    return "kind IN (" + ", ".join(f"'{k}'" for k in kinds) + ")"


def upgrade() -> None:
    op.create_table(
        "meeting_organizations",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_organizations_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_meeting_organizations_organization_id_organizations"),
        ),
        sa.PrimaryKeyConstraint(
            "meeting_id", "organization_id", name=op.f("pk_meeting_organizations")
        ),
    )
    op.create_table(
        "minute_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("audience", _enum("audience", *AUDIENCES), nullable=False),
        sa.Column("organization_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("written_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("amends_entry_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_items.id"],
            name=op.f("fk_minute_entries_agenda_item_id_agenda_items"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["amends_entry_id"],
            ["minute_entries.id"],
            name=op.f("fk_minute_entries_amends_entry_id_minute_entries"),
        ),
        sa.ForeignKeyConstraint(
            ["author_id"], ["users.id"], name=op.f("fk_minute_entries_author_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_minute_entries_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organizations.id"],
            name=op.f("fk_minute_entries_organization_id_organizations"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minute_entries")),
    )
    with op.batch_alter_table("minute_entries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_minute_entries_meeting_id"), ["meeting_id"], unique=False
        )

    with op.batch_alter_table("action_items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("agenda_item_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("decision_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("case_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "audience",
                _enum("audience", *AUDIENCES),
                server_default="shared",
                nullable=False,
            )
        )
        batch_op.add_column(sa.Column("organization_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "status",
                _enum("status", "open", "done", "not_done", "impossible"),
                server_default="open",
                nullable=False,
            )
        )
        batch_op.add_column(
            sa.Column("status_reason", sa.Text(), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("created_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_action_items_organization_id"), ["organization_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_action_items_status"), ["status"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_action_items_case_id_cases"),
            "cases",
            ["case_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_action_items_organization_id_organizations"),
            "organizations",
            ["organization_id"],
            ["id"],
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_action_items_agenda_item_id_agenda_items"),
            "agenda_items",
            ["agenda_item_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_action_items_decision_id_decisions"),
            "decisions",
            ["decision_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.execute("UPDATE action_items SET status = 'done' WHERE done_at IS NOT NULL")

    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_agenda_items_kind"), type_="check")
        batch_op.alter_column(
            "kind",
            existing_type=sa.String(length=7),
            type_=sa.String(length=8),
            existing_nullable=False,
        )
        batch_op.create_check_constraint("kind", _kind_check(NEW_KINDS))
        batch_op.add_column(
            sa.Column(
                "source",
                _enum("source", "generated", "free"),
                server_default="free",
                nullable=False,
            )
        )
        batch_op.add_column(
            sa.Column("reason", sa.String(length=40), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("referral_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("action_item_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("week_monday", sa.Date(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_agenda_items_action_item_id_action_items"),
            "action_items",
            ["action_item_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_agenda_items_referral_id_referrals"),
            "referrals",
            ["referral_id"],
            ["id"],
            ondelete="SET NULL",
        )

    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "audience",
                _enum("audience", *AUDIENCES),
                server_default="shared",
                nullable=False,
            )
        )
        batch_op.add_column(sa.Column("organization_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("created_by_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("created_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(
            sa.Column(
                "effect_kind",
                _enum(
                    "effect_kind",
                    "shift",
                    "case_review",
                    "case_owner",
                    "referral",
                    "note",
                    "zone_threshold",
                ),
                nullable=True,
            )
        )
        batch_op.add_column(sa.Column("effect_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_decisions_created_by_id_users"), "users", ["created_by_id"], ["id"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_decisions_organization_id_organizations"),
            "organizations",
            ["organization_id"],
            ["id"],
        )

    with op.batch_alter_table("meeting_participants", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("attended", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(sa.Column("acknowledged_at", sa.DateTime(timezone=True), nullable=True))

    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("confidentiality_text", sa.Text(), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("approved_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("approved_by_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_meetings_approved_by_id_users"), "users", ["approved_by_id"], ["id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_meetings_approved_by_id_users"), type_="foreignkey")
        batch_op.drop_column("approved_by_id")
        batch_op.drop_column("approved_at")
        batch_op.drop_column("confidentiality_text")

    with op.batch_alter_table("meeting_participants", schema=None) as batch_op:
        batch_op.drop_column("acknowledged_at")
        batch_op.drop_column("attended")

    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_decisions_organization_id_organizations"), type_="foreignkey"
        )
        batch_op.drop_constraint(batch_op.f("fk_decisions_created_by_id_users"), type_="foreignkey")
        batch_op.drop_column("effect_id")
        batch_op.drop_constraint(op.f("ck_decisions_effect_kind"), type_="check")
        batch_op.drop_column("effect_kind")
        batch_op.drop_column("created_at")
        batch_op.drop_column("created_by_id")
        batch_op.drop_column("organization_id")
        batch_op.drop_constraint(op.f("ck_decisions_audience"), type_="check")
        batch_op.drop_column("audience")

    kinds = ", ".join(f"'{k}'" for k in NEW_KINDS if k not in OLD_KINDS)
    op.execute(f"DELETE FROM agenda_items WHERE kind IN ({kinds})")
    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_agenda_items_referral_id_referrals"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_agenda_items_action_item_id_action_items"), type_="foreignkey"
        )
        batch_op.drop_column("week_monday")
        batch_op.drop_column("action_item_id")
        batch_op.drop_column("referral_id")
        batch_op.drop_column("reason")
        batch_op.drop_constraint(op.f("ck_agenda_items_source"), type_="check")
        batch_op.drop_column("source")
        batch_op.drop_constraint(op.f("ck_agenda_items_kind"), type_="check")
        batch_op.alter_column(
            "kind",
            existing_type=sa.String(length=8),
            type_=sa.String(length=7),
            existing_nullable=False,
        )
        batch_op.create_check_constraint("kind", _kind_check(OLD_KINDS))

    with op.batch_alter_table("action_items", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_action_items_decision_id_decisions"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_action_items_agenda_item_id_agenda_items"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_action_items_organization_id_organizations"), type_="foreignkey"
        )
        batch_op.drop_constraint(batch_op.f("fk_action_items_case_id_cases"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_action_items_status"))
        batch_op.drop_index(batch_op.f("ix_action_items_organization_id"))
        batch_op.drop_column("created_at")
        batch_op.drop_column("status_reason")
        batch_op.drop_constraint(op.f("ck_action_items_status"), type_="check")
        batch_op.drop_column("status")
        batch_op.drop_column("organization_id")
        batch_op.drop_constraint(op.f("ck_action_items_audience"), type_="check")
        batch_op.drop_column("audience")
        batch_op.drop_column("case_id")
        batch_op.drop_column("decision_id")
        batch_op.drop_column("agenda_item_id")

    with op.batch_alter_table("minute_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_minute_entries_meeting_id"))

    op.drop_table("minute_entries")
    op.drop_table("meeting_organizations")
