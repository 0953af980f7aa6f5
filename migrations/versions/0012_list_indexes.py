"""Indexes that keep the week and the list of cases reading only what they show.

Reviewed by hand: two indexes, nothing else.
- ``ix_absences_ends_at``: the calendar finds the absences of a week that started up to two
  months before it by their start (``ix_absences_starts_at``) and the longer ones by their end;
  without this index the second read every absence.
- ``ix_case_notes_case_id_visibility``: the list of cases counts the notes each reader may read
  of 500 cases from the index alone (case, audience, organization, author), not from the rows.

Revision ID: 0012_list_indexes
Revises: 0011_retention
Create Date: 2026-12-05 10:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012_list_indexes"
down_revision: str | None = "0011_retention"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NOTE_COLUMNS = ["case_id", "visibility", "organization_id", "author_id"]


def upgrade() -> None:
    op.create_index("ix_absences_ends_at", "absences", ["ends_at"], unique=False)
    op.create_index("ix_case_notes_case_id_visibility", "case_notes", NOTE_COLUMNS, unique=False)


def downgrade() -> None:
    op.drop_index("ix_case_notes_case_id_visibility", table_name="case_notes")
    op.drop_index("ix_absences_ends_at", table_name="absences")
