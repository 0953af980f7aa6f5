"""Consents carry their basis from a closed list: the person's consent, or a legal obligation, a
public task or a vital interest (GDPR art. 6); the free text that was the "legal basis" stays as
the reference of the law or decision.

Reviewed by hand:
- ``consents.basis`` is a non-native enum with its CHECK (``ck_consents_basis``), NOT NULL with
  the server default ``consent`` so that existing rows get a value.
- Existing rows with a legal-basis text were shared without consent: they become ``public_task``
  (the basis of the social services' and the Comune's work), their text kept as the reference.
  An administrator may correct the odd one by withdrawing it and recording it anew.
- Downgrade: the column and its CHECK go (SQLite batch rebuild, the CHECK dropped first); the
  reference text is still there, so a non-consent row stays a legal-basis row.

Revision ID: 0006_consent_basis
Revises: 0005_funding
Create Date: 2026-12-05 07:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_consent_basis"
down_revision: str | None = "0005_funding"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BASES = ("consent", "legal_obligation", "public_task", "vital_interest")


def upgrade() -> None:
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "basis",
                sa.Enum(
                    *BASES,
                    name="basis",
                    native_enum=False,
                    create_constraint=True,
                    length=max(len(b) for b in BASES),
                ),
                server_default="consent",
                nullable=False,
            )
        )
    op.execute("UPDATE consents SET basis = 'public_task' WHERE legal_basis IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_consents_basis"), type_="check")
        batch_op.drop_column("basis")
