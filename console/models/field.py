"""Field record: the debrief of an outing (an intervention) and who took part."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from console.models.base import Base, UTCDateTime, utcnow, versioned
from console.models.people import Person
from console.models.zones import Zone

# What a pair may have done in an outing (several at once); stored as a JSON list.
INTERVENTION_TYPES = (
    "presence",
    "contact",
    "mediation",
    "conflict_defused",
    "information_given",
    "referral_proposed",
)


class Intervention(Base):
    __tablename__ = "interventions"

    id: Mapped[int] = mapped_column(primary_key=True)
    # One debrief per shift; an outing may also be recorded on its own.
    shift_id: Mapped[int | None] = mapped_column(ForeignKey("shifts.id"), unique=True)
    zone_id: Mapped[int] = mapped_column(ForeignKey("zones.id"))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime] = mapped_column(UTCDateTime)
    types: Mapped[list[str]] = mapped_column(JSON, default=list)
    contacts_count: Mapped[int] = mapped_column(Integer, default=0)
    # Optional split of the contacts: {"age_band": {...}, "gender": {...}}.
    contacts_breakdown: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    outcome: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    zone: Mapped[Zone] = relationship()
    participants: Mapped[list[InterventionParticipant]] = relationship(
        back_populates="intervention", cascade="all, delete-orphan"
    )

    __table_args__ = (
        CheckConstraint("ended_at > started_at", name="ends_after_start"),
        CheckConstraint("contacts_count >= 0", name="contacts_count"),
        Index("ix_interventions_zone_id_started_at", "zone_id", "started_at"),
        Index("ix_interventions_started_at", "started_at"),
    )
    __mapper_args__ = versioned(version_id)


class InterventionParticipant(Base):
    __tablename__ = "intervention_participants"

    id: Mapped[int] = mapped_column(primary_key=True)
    intervention_id: Mapped[int] = mapped_column(ForeignKey("interventions.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)

    intervention: Mapped[Intervention] = relationship(back_populates="participants")
    person: Mapped[Person] = relationship()

    __table_args__ = (UniqueConstraint("intervention_id", "person_id"),)


class InterventionSubject(Base):
    """A person met (a subject, possibly only a nickname) during an outing."""

    __tablename__ = "intervention_subjects"

    id: Mapped[int] = mapped_column(primary_key=True)
    intervention_id: Mapped[int] = mapped_column(ForeignKey("interventions.id", ondelete="CASCADE"))
    subject_id: Mapped[int] = mapped_column(ForeignKey("subjects.id"), index=True)

    __table_args__ = (UniqueConstraint("intervention_id", "subject_id"),)
