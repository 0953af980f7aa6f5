"""Cases: people met (subjects), their consents, cases, notes for an audience, referrals."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from console.models.base import Base, UTCDateTime, str_enum, utcnow, versioned


class Identification(enum.StrEnum):
    ANONYMOUS = "anonymous"
    NICKNAME = "nickname"
    NAMED = "named"


class CaseStatus(enum.StrEnum):
    OPEN = "open"
    MONITORING = "monitoring"
    REFERRED = "referred"
    CLOSED = "closed"


class Priority(enum.StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"


class Visibility(enum.StrEnum):
    """The audience a note is written for."""

    SHARED = "shared"  # all partners
    ORGANIZATION = "organization"  # the author's organization
    SOCIAL_SERVICES = "social_services"  # social workers (and the author)


class LegalBasis(enum.StrEnum):
    """What a person's identity is shared with an organization on: their consent, or one of the
    legal bases of the field (GDPR art. 6: legal obligation, public task, vital interest)."""

    CONSENT = "consent"
    LEGAL_OBLIGATION = "legal_obligation"
    PUBLIC_TASK = "public_task"
    VITAL_INTEREST = "vital_interest"


class ReferralStatus(enum.StrEnum):
    SENT = "sent"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    COMPLETED = "completed"


class Subject(Base):
    """A person met in the street, identified gradually: anonymous, nickname, named."""

    __tablename__ = "subjects"

    id: Mapped[int] = mapped_column(primary_key=True)
    identification: Mapped[Identification] = mapped_column(
        str_enum(Identification, "identification"), default=Identification.NICKNAME
    )
    alias: Mapped[str | None] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")
    usual_zone_id: Mapped[int | None] = mapped_column(ForeignKey("zones.id"))
    # The identity (services.access.identity.IDENTITY): not loaded with the row, since on a
    # shared server an account reads it only through console_subject_identities(); read it
    # with people_met.identities().
    full_name: Mapped[str | None] = mapped_column(
        String(200), deferred=True, deferred_group="identity"
    )
    birth_year: Mapped[int | None] = mapped_column(
        Integer, deferred=True, deferred_group="identity"
    )
    in_care: Mapped[bool] = mapped_column(Boolean, default=False)
    # The social services' own reference, never a copy of their file.
    care_reference: Mapped[str | None] = mapped_column(
        String(80), deferred=True, deferred_group="identity"
    )
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    consents: Mapped[list[Consent]] = relationship(back_populates="subject")

    __table_args__ = (
        CheckConstraint(
            "(full_name IS NULL AND birth_year IS NULL) OR identification = 'named'",
            name="named_only_when_named",
        ),
        CheckConstraint("identification = 'anonymous' OR alias IS NOT NULL", name="alias"),
        CheckConstraint(
            "birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100", name="birth_year"
        ),
    )
    __mapper_args__ = versioned(version_id)


class Consent(Base):
    """Consent to share a subject's identity with one organization, or a legal basis."""

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    subject_id: Mapped[int] = mapped_column(ForeignKey("subjects.id"), index=True)
    recipient_organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"))
    basis: Mapped[LegalBasis] = mapped_column(
        str_enum(LegalBasis, "basis"), default=LegalBasis.CONSENT, server_default="consent"
    )
    # For a basis other than consent, the law or decision it rests on (optional, free text).
    legal_basis: Mapped[str | None] = mapped_column(Text)
    given_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    subject: Mapped[Subject] = relationship(back_populates="consents")

    __table_args__ = (
        CheckConstraint("expires_on IS NULL OR expires_on >= given_on", name="expires_after_given"),
        CheckConstraint(
            "withdrawn_on IS NULL OR withdrawn_on >= given_on", name="withdrawn_after_given"
        ),
    )
    __mapper_args__ = versioned(version_id)


case_interventions = Table(
    "case_interventions",
    Base.metadata,
    Column("case_id", ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True),
    Column("intervention_id", ForeignKey("interventions.id"), primary_key=True),
)

case_signals = Table(
    "case_signals",
    Base.metadata,
    Column("case_id", ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True),
    Column("signal_id", ForeignKey("signals.id"), primary_key=True),
)


class Case(Base):
    """A situation ("conflicts at the benches") or a person followed over time."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    subject_id: Mapped[int | None] = mapped_column(ForeignKey("subjects.id"), index=True)
    zone_id: Mapped[int | None] = mapped_column(ForeignKey("zones.id"), index=True)
    status: Mapped[CaseStatus] = mapped_column(
        str_enum(CaseStatus, "status"), default=CaseStatus.OPEN
    )
    priority: Mapped[Priority] = mapped_column(
        str_enum(Priority, "priority"), default=Priority.NORMAL
    )
    owner_id: Mapped[int] = mapped_column(ForeignKey("persons.id"), index=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"))
    next_review_on: Mapped[date | None] = mapped_column(Date, index=True)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    subject: Mapped[Subject | None] = relationship()
    notes: Mapped[list[CaseNote]] = relationship(
        back_populates="case", order_by="CaseNote.written_at"
    )

    __table_args__ = (
        CheckConstraint("closed_at IS NULL OR status = 'closed'", name="closed_at_when_closed"),
        Index("ix_cases_status", "status"),
    )
    __mapper_args__ = versioned(version_id)


class CaseNote(Base):
    """One entry of a case's append-only timeline; amendments are new notes."""

    __tablename__ = "case_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"))
    written_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    visibility: Mapped[Visibility] = mapped_column(str_enum(Visibility, "visibility"))
    body: Mapped[str] = mapped_column(Text)
    amends_note_id: Mapped[int | None] = mapped_column(ForeignKey("case_notes.id"), index=True)

    case: Mapped[Case] = relationship(back_populates="notes")

    __table_args__ = (
        CheckConstraint("length(body) > 0", name="body_not_empty"),
        Index("ix_case_notes_case_id_written_at", "case_id", "written_at"),
        # The list of cases counts each reader's notes from this index alone.
        Index(
            "ix_case_notes_case_id_visibility",
            "case_id",
            "visibility",
            "organization_id",
            "author_id",
        ),
    )


class Referral(Base):
    """A case handed from one organization to another (e.g. educators -> social services)."""

    __tablename__ = "referrals"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    from_organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"))
    to_organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"))
    status: Mapped[ReferralStatus] = mapped_column(
        str_enum(ReferralStatus, "status"), default=ReferralStatus.SENT
    )
    reason: Mapped[str] = mapped_column(Text, default="")
    decline_reason: Mapped[str | None] = mapped_column(Text)
    sent_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (
        CheckConstraint("from_organization_id <> to_organization_id", name="between_organizations"),
        CheckConstraint(
            "status <> 'declined' OR decline_reason IS NOT NULL", name="declined_with_reason"
        ),
        Index("ix_referrals_to_organization_id_status", "to_organization_id", "status"),
    )
    __mapper_args__ = versioned(version_id)
