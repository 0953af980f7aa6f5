"""People: organizations, the persons who work in them, login accounts and absences."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from console.models.base import Base, UTCDateTime, str_enum, utcnow, versioned


class OrganizationKind(enum.StrEnum):
    POLICE = "police"
    EDUCATIONAL = "educational"
    SOCIAL_SERVICES = "social_services"
    MUNICIPALITY = "municipality"


class Role(enum.StrEnum):
    """What a person does, and what a login account may do (the access table keys on it)."""

    ADMIN = "admin"
    COORDINATOR = "coordinator"
    EDUCATOR = "educator"
    OFFICER = "officer"
    SOCIAL_WORKER = "social_worker"
    MANAGER = "manager"


class AbsenceKind(enum.StrEnum):
    LEAVE = "leave"
    SICKNESS = "sickness"
    TRAINING = "training"
    OTHER = "other"


class Organization(Base):
    __tablename__ = "organizations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    short_name: Mapped[str] = mapped_column(String(40))
    kind: Mapped[OrganizationKind] = mapped_column(str_enum(OrganizationKind, "kind"))
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    persons: Mapped[list[Person]] = relationship(back_populates="organization")

    __mapper_args__ = versioned(version_id)


class Person(Base):
    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[Role] = mapped_column(str_enum(Role, "role"))
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"), index=True)
    weekly_hours: Mapped[float] = mapped_column(Float, default=36.0)
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    left_on: Mapped[date | None] = mapped_column(Date)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    organization: Mapped[Organization] = relationship(back_populates="persons")

    __table_args__ = (
        CheckConstraint("weekly_hours >= 0 AND weekly_hours <= 60", name="weekly_hours"),
    )
    __mapper_args__ = versioned(version_id)

    @property
    def short_name(self) -> str:
        """'M. Rossi': how a person appears on a calendar block."""
        return f"{self.first_name[:1]}. {self.last_name}"

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    # Deferred: loaded only where a password is checked. On a shared server no account's role
    # may read this column (pg_roles), so no other query may ask for it.
    password_hash: Mapped[str] = mapped_column(String(255), deferred=True)
    role: Mapped[Role] = mapped_column(str_enum(Role, "role"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), unique=True)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    person: Mapped[Person | None] = relationship()

    __table_args__ = (CheckConstraint("failed_logins >= 0", name="failed_logins"),)
    __mapper_args__ = versioned(version_id)


# An absence longer than this many days is a long one (leave of months), on an index of its
# own by its end: the week's reading finds the others by their start, within a day more than
# this before the week (the margin: SQLite works the test out in floating-point Julian days,
# to the millisecond).
LONG_ABSENCE_DAYS = 61
# The test of a long absence, written as the index on them says it, which a query repeats word
# for word so that the engine uses the index (SQLite's stored text, PostgreSQL's timestamps).
LONG_ABSENCE_SQLITE = f"julianday(ends_at) - julianday(starts_at) > {LONG_ABSENCE_DAYS}"
LONG_ABSENCE_POSTGRESQL = f"ends_at - starts_at > interval '{LONG_ABSENCE_DAYS} days'"


class Absence(Base):
    __tablename__ = "absences"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    kind: Mapped[AbsenceKind] = mapped_column(str_enum(AbsenceKind, "kind"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    note: Mapped[str | None] = mapped_column(Text)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    person: Mapped[Person] = relationship()

    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        Index("ix_absences_person_id_starts_at", "person_id", "starts_at"),
        Index("ix_absences_starts_at", "starts_at"),
        Index("ix_absences_ends_at", "ends_at"),
        Index(
            "ix_absences_long_ends_at",
            "ends_at",
            sqlite_where=text(LONG_ABSENCE_SQLITE),
            postgresql_where=text(LONG_ABSENCE_POSTGRESQL),
        ),
    )
    __mapper_args__ = versioned(version_id)
