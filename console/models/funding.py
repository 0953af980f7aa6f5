"""Funding (rendicontazione): the project's grant, the hourly cost of each organization's roles,
other expenses with their supporting documents, and the narrative a coordinator writes for a
report period. Money is ``Numeric(12, 2)`` euros, read and written as ``Decimal``, never float.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from console.models.base import Base, UTCDateTime, str_enum, utcnow, versioned
from console.models.people import Role

# Euros with cents, up to 9,999,999,999.99: exact on PostgreSQL; SQLite keeps a REAL that holds
# these 12 digits exactly, and SQLAlchemy gives it back as a Decimal with two places.
Money = Numeric(12, 2)


class FundingProject(Base):
    """The funded project (one row, id 1): what the report to the funder is about."""

    __tablename__ = "funding_projects"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    funder: Mapped[str] = mapped_column(String(200), default="")
    # Codice Unico di Progetto: 15 letters and digits (empty until the grant is assigned).
    cup: Mapped[str] = mapped_column(String(15), default="")
    grant_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)
    objectives: Mapped[str] = mapped_column(Text, default="")  # one objective per line
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("grant_amount >= 0", name="grant_amount"),
        CheckConstraint(
            "ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on", name="dates"
        ),
    )
    __mapper_args__ = versioned(version_id)


class HourlyCost(Base):
    """What an hour of a role in an organization costs the project (euros)."""

    __tablename__ = "hourly_costs"

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"))
    role: Mapped[Role] = mapped_column(str_enum(Role, "role"))
    hourly_cost: Mapped[Decimal] = mapped_column(Money)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (
        UniqueConstraint("organization_id", "role"),
        CheckConstraint("hourly_cost >= 0", name="hourly_cost"),
    )
    __mapper_args__ = versioned(version_id)


class FundingExpense(Base):
    """An expense other than people's hours (materials, transport...), with its receipt."""

    __tablename__ = "funding_expenses"

    id: Mapped[int] = mapped_column(primary_key=True)
    spent_on: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(String(300))
    amount: Mapped[Decimal] = mapped_column(Money)
    # The supporting document: an invoice or receipt number, a protocol reference.
    document_ref: Mapped[str] = mapped_column(String(200), default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (
        CheckConstraint("amount > 0", name="amount"),
        Index("ix_funding_expenses_spent_on", "spent_on"),
    )
    __mapper_args__ = versioned(version_id)


class FundingNarrative(Base):
    """What the coordinator writes in the report for one period (first and last day)."""

    __tablename__ = "funding_narratives"

    id: Mapped[int] = mapped_column(primary_key=True)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    activities: Mapped[str] = mapped_column(Text, default="")  # what was done
    results: Mapped[str] = mapped_column(Text, default="")  # against the objectives
    difficulties: Mapped[str] = mapped_column(Text, default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (
        UniqueConstraint("period_start", "period_end"),
        CheckConstraint("period_end >= period_start", name="period"),
    )
    __mapper_args__ = versioned(version_id)
