"""Retention: how long each kind of personal data is kept (the administrator's settings), and
the amendments that rectify a person's profile while keeping what it said before."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from console.models.base import Base, UTCDateTime, utcnow, versioned


class RetentionRule(Base):
    """The administrator's period for one kind of record (``services.retention.rules`` declares
    the kinds and their example defaults; a kind with no row keeps its default)."""

    __tablename__ = "retention_rules"

    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    months: Mapped[int] = mapped_column(Integer)
    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (CheckConstraint("months BETWEEN 1 AND 1200", name="months"),)
    __mapper_args__ = versioned(version_id)


class SubjectAmendment(Base):
    """One rectified field of a person met: the value before and after, who, when and why.

    The audit log never copies names or descriptions; this row keeps the original so that a
    correction can be shown and checked. Retention and erasure clear these rows with the
    profile they amend.
    """

    __tablename__ = "subject_amendments"

    id: Mapped[int] = mapped_column(primary_key=True)
    subject_id: Mapped[int] = mapped_column(ForeignKey("subjects.id"), index=True)
    field: Mapped[str] = mapped_column(String(40))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    amended_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    amended_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
