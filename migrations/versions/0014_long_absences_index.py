"""The long absences have an index of their own, by their end.

Reviewed by hand: one partial index added, nothing else.
- ``ix_absences_long_ends_at`` (ends_at, only the absences longer than 61 days): the calendar
  finds a week's absences by their start within 62 days before it, and the longer ones by
  their end (a day of margin: SQLite's test is in floating-point Julian days). Those were read on ``ix_absences_ends_at``, every absence ending after the week:
  a week in the middle of the 5-year city read 2,000 index entries to find none (0.72 ms of a
  3.8 ms week). The condition is the model's (``console.models.people``), as each engine
  writes it: SQLite compares the stored text's Julian days, PostgreSQL the timestamps.

Revision ID: 0014_long_absences_index
Revises: 0013_signal_counts_index
Create Date: 2026-12-05 21:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_long_absences_index"
down_revision: str | None = "0013_signal_counts_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_absences_long_ends_at",
        "absences",
        ["ends_at"],
        unique=False,
        sqlite_where=sa.text("julianday(ends_at) - julianday(starts_at) > 61"),
        postgresql_where=sa.text("ends_at - starts_at > interval '61 days'"),
    )


def downgrade() -> None:
    op.drop_index("ix_absences_long_ends_at", table_name="absences")
