"""An index on absences' end, so the week reads only the absences around it.

Reviewed by hand: one index, ``ix_absences_ends_at``. The calendar finds the absences of a week
that started up to two months before it by their start (``ix_absences_starts_at``) and the
longer ones by their end; without this index the second read every absence.

Revision ID: 0009_absences_ends_at
Revises: 0007_search_unaccent
Create Date: 2026-12-05 10:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009_absences_ends_at"
down_revision: str | None = "0007_search_unaccent"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_absences_ends_at", "absences", ["ends_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_absences_ends_at", table_name="absences")
