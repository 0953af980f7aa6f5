"""Coordination meetings: who is invited and attends, the agenda, decisions and their effects,
action items tracked across meetings, and minutes written for an audience."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from console.models.base import Base, UTCDateTime, str_enum, utcnow, versioned
from console.models.cases import Visibility


class MeetingStatus(enum.StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CLOSED = "closed"  # minutes approved, no more edits


class AgendaKind(enum.StrEnum):
    """What an agenda item is about (its link: zone, case, action, referral, week)."""

    ZONE = "zone"
    CASE = "case"
    ACTIONS = "actions"  # an open action of an earlier meeting, carried over
    REFERRAL = "referral"
    PLANNING = "planning"  # next week's planning problems
    OTHER = "other"  # a free item


class AgendaSource(enum.StrEnum):
    GENERATED = "generated"  # proposed from the data (``reason`` says why)
    FREE = "free"  # added by hand


class ActionStatus(enum.StrEnum):
    """SafeLives MARAC tracker: an undone action is either not done or proved impossible."""

    OPEN = "open"
    DONE = "done"
    NOT_DONE = "not_done"  # with a reason
    IMPOSSIBLE = "impossible"  # with a reason


class EffectKind(enum.StrEnum):
    """What a decision was turned into (``Decision.effect_id`` is that row's id)."""

    SHIFT = "shift"
    CASE_REVIEW = "case_review"  # a case's review date (effect_id: the case)
    CASE_OWNER = "case_owner"  # a case's owner (effect_id: the case)
    REFERRAL = "referral"
    NOTE = "note"
    ZONE_THRESHOLD = "zone_threshold"  # a zone's review threshold (effect_id: the zone)


# The people invited; ``attended`` and the confidentiality acknowledgement are taken at the start.
meeting_participants = Table(
    "meeting_participants",
    Base.metadata,
    Column("meeting_id", ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("persons.id"), primary_key=True),
    Column("attended", Boolean, nullable=False, default=False, server_default=false()),
    Column("acknowledged_at", UTCDateTime, nullable=True),
)

# The organizations invited (their people may be invited one by one too).
meeting_organizations = Table(
    "meeting_organizations",
    Base.metadata,
    Column("meeting_id", ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True),
    Column("organization_id", ForeignKey("organizations.id"), primary_key=True),
)


class Meeting(Base):
    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    held_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    location: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[MeetingStatus] = mapped_column(
        str_enum(MeetingStatus, "status"), default=MeetingStatus.PLANNED
    )
    minutes: Mapped[str] = mapped_column(Text, default="")  # the general summary (shared)
    # The confidentiality statement the attendees acknowledged, as it read then.
    confidentiality_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", order_by="AgendaItem.position", cascade="all, delete-orphan"
    )

    __mapper_args__ = versioned(version_id)


class AgendaItem(Base):
    __tablename__ = "agenda_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[AgendaKind] = mapped_column(str_enum(AgendaKind, "kind"))
    source: Mapped[AgendaSource] = mapped_column(
        str_enum(AgendaSource, "source"), default=AgendaSource.FREE, server_default="free"
    )
    # Why the item was proposed: a code the views translate (empty for a free item).
    reason: Mapped[str] = mapped_column(String(40), default="", server_default="")
    title: Mapped[str] = mapped_column(String(300))
    zone_id: Mapped[int | None] = mapped_column(ForeignKey("zones.id"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    referral_id: Mapped[int | None] = mapped_column(ForeignKey("referrals.id", ondelete="SET NULL"))
    action_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("action_items.id", ondelete="SET NULL", use_alter=True)
    )
    week_monday: Mapped[date | None] = mapped_column(Date)  # for a PLANNING item
    notes: Mapped[str] = mapped_column(Text, default="")
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    meeting: Mapped[Meeting] = relationship(back_populates="agenda")

    __table_args__ = (CheckConstraint("position >= 0", name="position"),)
    __mapper_args__ = versioned(version_id)


class Decision(Base):
    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL")
    )
    text: Mapped[str] = mapped_column(Text)
    audience: Mapped[Visibility] = mapped_column(
        str_enum(Visibility, "audience"), default=Visibility.SHARED, server_default="shared"
    )
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id"))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=utcnow)
    effect_kind: Mapped[EffectKind | None] = mapped_column(str_enum(EffectKind, "effect_kind"))
    effect_id: Mapped[int | None] = mapped_column(Integer)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = versioned(version_id)


class ActionItem(Base):
    __tablename__ = "action_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL")
    )
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decisions.id", ondelete="SET NULL"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    audience: Mapped[Visibility] = mapped_column(
        str_enum(Visibility, "audience"), default=Visibility.SHARED, server_default="shared"
    )
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("persons.id"), index=True)
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id"), index=True)
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[ActionStatus] = mapped_column(
        str_enum(ActionStatus, "status"),
        default=ActionStatus.OPEN,
        server_default="open",
        index=True,
    )
    status_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # when it left "open"
    created_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = versioned(version_id)


class MinuteEntry(Base):
    """A paragraph of the minutes, written for an audience like a case note. Once the minutes
    are approved, entries are immutable: a correction is a new entry that amends one."""

    __tablename__ = "minute_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL")
    )
    body: Mapped[str] = mapped_column(Text)
    audience: Mapped[Visibility] = mapped_column(str_enum(Visibility, "audience"))
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    written_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    amends_entry_id: Mapped[int | None] = mapped_column(ForeignKey("minute_entries.id"))
