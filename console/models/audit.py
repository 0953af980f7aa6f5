"""The append-only, hash-chained audit log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from console.models.base import Base, UTCDateTime, utcnow


class AuditEvent(Base):
    """One audited fact. ``hash = sha256(prev_hash + canonical JSON of the row)``.

    Rows are never updated or deleted; no version_id on purpose.
    """

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # The name as typed, for failed logins of unknown users too.
    username: Mapped[str | None] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str | None] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(String(40))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    justification: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)

    __table_args__ = (
        Index("ix_audit_events_at", "at"),
        Index("ix_audit_events_user_id_at", "user_id", "at"),
        Index("ix_audit_events_entity_entity_id", "entity", "entity_id"),
    )


class AuditAnchor(Base):
    """The head of the chain, updated in the same transaction as every append.

    A chain alone cannot show that its newest entries were cut off; the anchor can: it names
    the last entry, its hash and how many entries there are. One row, id 1.
    """

    __tablename__ = "audit_anchor"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_event_id: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64))
    event_count: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)
