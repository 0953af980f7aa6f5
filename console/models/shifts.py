"""Planning: shifts in a zone and the people assigned to them."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from console.models.base import Base, UTCDateTime, str_enum, utcnow, versioned
from console.models.people import Person
from console.models.zones import Zone


class ShiftKind(enum.StrEnum):
    JOINT = "joint"
    OUTREACH = "outreach"
    PATROL = "patrol"


class ShiftStatus(enum.StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    DONE = "done"
    CANCELLED = "cancelled"


class Shift(Base):
    __tablename__ = "shifts"

    id: Mapped[int] = mapped_column(primary_key=True)
    zone_id: Mapped[int] = mapped_column(ForeignKey("zones.id"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    kind: Mapped[ShiftKind] = mapped_column(str_enum(ShiftKind, "kind"), default=ShiftKind.JOINT)
    status: Mapped[ShiftStatus] = mapped_column(
        str_enum(ShiftStatus, "status"), default=ShiftStatus.DRAFT
    )
    objectives: Mapped[str] = mapped_column(Text, default="")
    # Kept as it is (times, zone, people) by a proposal of the week (services.roster).
    locked: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    # Grows with every change: optimistic locking, and the iCalendar SEQUENCE.
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    zone: Mapped[Zone] = relationship()
    assignments: Mapped[list[ShiftAssignment]] = relationship(
        back_populates="shift", cascade="all, delete-orphan"
    )

    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        # The week view asks for shifts overlapping a range: starts_at bounds it.
        Index("ix_shifts_starts_at", "starts_at"),
        Index("ix_shifts_zone_id_starts_at", "zone_id", "starts_at"),
    )
    __mapper_args__ = versioned(version_id)


class ShiftAssignment(Base):
    __tablename__ = "shift_assignments"

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shifts.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    # This person stays on this shift whatever a proposal of the week suggests.
    locked: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    shift: Mapped[Shift] = relationship(back_populates="assignments")
    person: Mapped[Person] = relationship()

    __table_args__ = (UniqueConstraint("shift_id", "person_id"),)
