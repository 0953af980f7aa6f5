"""The period of a summary: local days ``start`` to ``end`` inclusive, the calendar periods a
manager picks (week, month, quarter, year, project to date, custom) and the one before."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from console.services.places.indicators import IndicatorError


class PeriodKind(enum.StrEnum):
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    PROJECT_TO_DATE = "project_to_date"
    CUSTOM = "custom"


@dataclass(frozen=True)
class Period:
    """Local days ``start`` to ``end``, both included. Raises ``IndicatorError``
    (``indicator_period_reversed``) when ``end`` is before ``start``."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise IndicatorError(
                "indicator_period_reversed",
                "the period ends ({end}) before it starts ({start})",
                start=self.start,
                end=self.end,
            )

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def weeks(self) -> float:
        return self.days / 7

    def previous(self) -> Period:
        """The period of the same number of days just before this one."""
        return Period(self.start - timedelta(days=self.days), self.start - timedelta(days=1))

    def bounds(self, tz: ZoneInfo) -> tuple[datetime, datetime]:
        """Local midnight of ``start`` to local midnight after ``end``, as aware UTC."""
        first = datetime.combine(self.start, datetime.min.time(), tz)
        last = datetime.combine(self.end + timedelta(days=1), datetime.min.time(), tz)
        return first.astimezone(UTC), last.astimezone(UTC)

    # -- the calendar periods a day belongs to ---------------------------------------------

    @classmethod
    def week_of(cls, day: date) -> Period:
        """Monday to Sunday."""
        monday = day - timedelta(days=day.weekday())
        return cls(monday, monday + timedelta(days=6))

    @classmethod
    def month_of(cls, day: date) -> Period:
        first = day.replace(day=1)
        following = (first + timedelta(days=32)).replace(day=1)
        return cls(first, following - timedelta(days=1))

    @classmethod
    def quarter_of(cls, day: date) -> Period:
        first = date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
        last_month = cls.month_of(date(day.year, first.month + 2, 1))
        return cls(first, last_month.end)

    @classmethod
    def year_of(cls, day: date) -> Period:
        return cls(date(day.year, 1, 1), date(day.year, 12, 31))

    @classmethod
    def project_to_date(cls, project_start: date, today: date) -> Period:
        """From the project's first day to ``today`` (``today`` alone if it is earlier)."""
        return cls(min(project_start, today), today)

    @classmethod
    def of(cls, kind: PeriodKind, day: date, *, project_start: date | None = None) -> Period:
        """The ``kind`` period holding ``day`` (project to date: up to ``day``; custom: the
        day alone, to be edited)."""
        match kind:
            case PeriodKind.WEEK:
                return cls.week_of(day)
            case PeriodKind.MONTH:
                return cls.month_of(day)
            case PeriodKind.QUARTER:
                return cls.quarter_of(day)
            case PeriodKind.YEAR:
                return cls.year_of(day)
            case PeriodKind.PROJECT_TO_DATE:
                return cls.project_to_date(project_start or day, day)
            case _:
                return cls(day, day)

    @classmethod
    def last(cls, kind: PeriodKind, today: date) -> Period:
        """The whole calendar ``kind`` period before the one holding ``today`` ("last
        quarter"); for project to date and custom, as :meth:`of`."""
        if kind in {PeriodKind.PROJECT_TO_DATE, PeriodKind.CUSTOM}:
            return cls.of(kind, today)
        return cls.of(kind, cls.of(kind, today).start - timedelta(days=1))
