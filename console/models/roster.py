"""Rostering inputs: the weekly demand of each zone and each person's recurring availability.

A demand pattern says which outings a zone needs every week (days, local start and end, kind,
how many educators and officers); the proposal of a week (``services.roster``) turns the
patterns into shifts and staffs them. An availability rule says, per person and weekday, when
they never work (a hard rule for the proposal) or which days they prefer (a soft one). Dated
absences stay in ``absences``; contract hours stay on ``persons.weekly_hours``.
"""

from __future__ import annotations

import enum

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, false, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from console.models.base import Base, str_enum, versioned
from console.models.people import Person
from console.models.shifts import ShiftKind
from console.models.zones import Zone

ALL_DAYS = 0b1111111  # Monday is bit 0, Sunday bit 6
MINUTES_PER_DAY = 24 * 60
MAX_OUTING_MINUTES = 12 * 60  # as rules.MAX_SHIFT


class DemandPattern(Base):
    """One outing a zone needs on each of ``days`` from ``start_minute`` to ``end_minute``
    (minutes after local midnight; past 1440 the outing ends the next day)."""

    __tablename__ = "demand_patterns"

    id: Mapped[int] = mapped_column(primary_key=True)
    zone_id: Mapped[int] = mapped_column(ForeignKey("zones.id", ondelete="CASCADE"), index=True)
    days: Mapped[int] = mapped_column(Integer)  # bit 0 Monday ... bit 6 Sunday
    start_minute: Mapped[int] = mapped_column(Integer)
    end_minute: Mapped[int] = mapped_column(Integer)
    kind: Mapped[ShiftKind] = mapped_column(str_enum(ShiftKind, "kind"), default=ShiftKind.JOINT)
    educators: Mapped[int] = mapped_column(Integer, default=1)
    officers: Mapped[int] = mapped_column(Integer, default=1)
    # "Follow pressure": the proposal may move this outing to the zone whose pressure is
    # highest relative to its presence over the last 4 weeks (services.roster.pressure).
    follows_pressure: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    zone: Mapped[Zone] = relationship()

    __table_args__ = (
        CheckConstraint("days >= 1 AND days <= 127", name="days"),
        CheckConstraint(
            "start_minute >= 0 AND start_minute < 1440 AND end_minute > start_minute "
            "AND end_minute - start_minute <= 720",
            name="times",
        ),
        CheckConstraint(
            "educators >= 0 AND officers >= 0 AND educators + officers >= 1 "
            "AND educators <= 10 AND officers <= 10",
            name="people",
        ),
    )
    __mapper_args__ = versioned(version_id)


class AvailabilityKind(enum.StrEnum):
    UNAVAILABLE = "unavailable"  # never planned then (hard)
    PREFERRED = "preferred"  # rather planned then (soft)


class AvailabilityRule(Base):
    """A person's recurring availability on a weekday: the whole day when both minutes are
    None, else from ``start_minute`` to ``end_minute`` (minutes after local midnight)."""

    __tablename__ = "availability_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    kind: Mapped[AvailabilityKind] = mapped_column(str_enum(AvailabilityKind, "kind"))
    weekday: Mapped[int] = mapped_column(Integer)  # 0 Monday ... 6 Sunday
    start_minute: Mapped[int | None] = mapped_column(Integer)
    end_minute: Mapped[int | None] = mapped_column(Integer)
    version_id: Mapped[int] = mapped_column(Integer, default=1)

    person: Mapped[Person] = relationship()

    __table_args__ = (
        CheckConstraint("weekday >= 0 AND weekday <= 6", name="weekday"),
        CheckConstraint(
            "(start_minute IS NULL AND end_minute IS NULL) OR (start_minute >= 0 "
            "AND end_minute > start_minute AND end_minute <= 1440)",
            name="times",
        ),
        Index("ix_availability_rules_person_id_weekday", "person_id", "weekday"),
    )
    __mapper_args__ = versioned(version_id)
