"""The migrations of "the next release": ours plus one test-only revision, for upgrade tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from console import db, paths

NEXT_REVISION_ID = "0002_test"
_NEXT_REVISION = '''"""test-only next revision"""
import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("test_extra", sa.Column("id", sa.Integer, primary_key=True))


def downgrade():
    op.drop_table("test_extra")
'''


def install_next_release(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Copy our migrations to ``folder``, add one revision after today's head, and make the
    console use them (from now on in this test); the copied folder is returned."""
    shutil.copytree(paths.migrations_dir(), folder, ignore=shutil.ignore_patterns("__pycache__"))
    text = _NEXT_REVISION.format(revision=NEXT_REVISION_ID, head=db.head_revision())
    (folder / "versions" / f"{NEXT_REVISION_ID}.py").write_text(text)
    monkeypatch.setattr(paths, "migrations_dir", lambda: folder)
    return folder
