"""Zones of the project and the signals (reports, interventions, media) that describe them."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from console.models.base import Base, UTCDateTime, str_enum, utcnow, versioned


class SignalKind(enum.StrEnum):
    CITIZEN_REPORT = "citizen_report"
    POLICE_INTERVENTION = "police_intervention"
    MEDIA = "media"


class Zone(Base):
    __tablename__ = "zones"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    # A GeoJSON geometry (Polygon or MultiPolygon) in WGS84 longitude/latitude.
    geometry: Mapped[dict[str, Any]] = mapped_column(JSON)
    colour: Mapped[str] = mapped_column(String(7), default="#1f77b4")
    review_threshold: Mapped[float] = mapped_column(Float, default=10.0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    __table_args__ = (
        CheckConstraint("colour LIKE '#______'", name="colour"),
        CheckConstraint("review_threshold >= 0", name="review_threshold"),
    )
    __mapper_args__ = versioned(version_id)


class Signal(Base):
    __tablename__ = "signals"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[SignalKind] = mapped_column(str_enum(SignalKind, "kind"))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    zone_id: Mapped[int] = mapped_column(ForeignKey("zones.id"))
    category: Mapped[str] = mapped_column(String(80))
    source: Mapped[str | None] = mapped_column(String(120))
    # Short, and never with personal data: signals are shown to every partner.
    summary: Mapped[str] = mapped_column(String(500), default="")
    lon: Mapped[float | None] = mapped_column(Float)
    lat: Mapped[float | None] = mapped_column(Float)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    zone: Mapped[Zone] = relationship()

    __table_args__ = (
        CheckConstraint("(lon IS NULL) = (lat IS NULL)", name="point_complete"),
        CheckConstraint(
            "lon IS NULL OR (lon BETWEEN -180 AND 180 AND lat BETWEEN -90 AND 90)",
            name="point_range",
        ),
        # With the kind: the map's and summaries' counts by zone and kind read the index alone.
        Index("ix_signals_zone_id_occurred_at_kind", "zone_id", "occurred_at", "kind"),
        Index("ix_signals_occurred_at", "occurred_at"),
    )
    __mapper_args__ = versioned(version_id)
