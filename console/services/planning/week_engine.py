"""The calendar's week in four plain statements, and its rules checked on the rows they return.

:func:`read_week` reads, each on its index and bounded by the week: the shifts overlapping a
local week with their zone and people (a row per shift and person); the people's other
non-cancelled shifts the rules need around it (from
:data:`~console.services.planning.week.CONTEXT_BEFORE` before the week to
:data:`~console.services.planning.week.CONTEXT_AFTER` after it, as
:func:`console.services.planning.rules.check_week` is given); the absences a shift touching
the week can meet; and the declared unavailability. It then finds, in one pass over those
rows, what :func:`rules.check_week` finds on the shifts touching the week: overlaps, short
rest, weekly hours (on the people's sorted shifts, with the latest end among the earlier
ones), absent, unavailable and holiday (compared as stored times come: text on SQLite, in
its fixed ``YYYY-MM-DD HH:MM:SS.ffffff`` form; datetimes on PostgreSQL, taken to UTC). A
joint shift's educator and officer are read off its people by the caller,
:mod:`console.services.planning.week`, which also applies the calendar's filters to the rows.

:mod:`console.services.planning.rules` stays the reference: the roster solver, the shift
dialog's check and the week copy use it, and ``tests/services/test_week_engine.py`` (and its
PostgreSQL twin) checks on random weeks that both find exactly the same violations. The rest
rule relies on shifts ending after they start, as the table's CHECK constraint ensures.
Absences and declared unavailability are looked up where a shift of at most
:data:`~console.services.planning.rules.MAX_SHIFT` can reach, as every write path ensures
(a longer one, written by hand, is still shown, from the start of the rules' context).
"""

from __future__ import annotations

import functools
import re
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from console import db
from console.models.people import LONG_ABSENCE_DAYS, LONG_ABSENCE_POSTGRESQL, LONG_ABSENCE_SQLITE
from console.services.planning import rules
from console.services.planning.holidays import HolidayCalendar
from console.services.planning.rules import MAX_SHIFT, MIN_REST, REST_PERIOD

# An absence starting longer than this before the week is found by its end, on the index of
# long absences (those longer than LONG_ABSENCE_DAYS: a day less, a margin for SQLite's test).
LONG_ABSENCE = timedelta(days=LONG_ABSENCE_DAYS + 1)
MICROSECOND = timedelta(microseconds=1)
# The weeks read last on a connection, kept with the change stamp they were read at
# (console.db.change_stamp) and given again while it has not moved: the calendar reads its
# week again on every reload, and moves between a few weeks (and filters).
KEPT_WEEKS = "console_week_reads"  # the key in the DBAPI connection's info
WEEKS_KEPT = 8


# -- the local days the rows are compared with: holidays, declared unavailability ---------


@functools.lru_cache(maxsize=64)
def holiday_days(
    first: date, last: date, tz: ZoneInfo, calendar: HolidayCalendar
) -> tuple[tuple[datetime, datetime, date, str], ...]:
    """The holidays from ``first`` to ``last``: their local midnight and the next one (aware
    UTC), the day and its name."""
    found = []
    day = first
    while day <= last:
        name = calendar.name(day)
        if name is not None:
            start = rules.local_minute(day, 0, tz)
            found.append((start, rules.local_minute(day, 1440, tz), day, name))
        day += timedelta(days=1)
    return tuple(found)


@functools.lru_cache(maxsize=4096)
def _unavailable_times(  # noqa: PLR0917 - a rule's values, cached together
    stored: Callable[[datetime], Any],
    weekday: int,
    start: int | None,
    end: int | None,
    first: date,
    last: date,
    tz: ZoneInfo,
) -> tuple[tuple[Any, Any], ...]:
    """A weekly unavailability on the days from ``first`` to ``last``, as stored times."""
    return tuple(
        (stored(starts), stored(ends))
        for starts, ends in rules.recurring_times(
            weekday, start, end, first_day=first, last_day=last, tz=tz
        )
    )


# -- the statements --------------------------------------------------------------------------

# Written for SQLite; _for_dialect() turns them into PostgreSQL's ({LONG}: the test of a long
# absence, as each engine's index on them says it).

_SHOWN = """
SELECT s.id, s.starts_at, s.ends_at, s.kind, s.status, s.objectives, s.version_id, s.zone_id,
  z.name, z.colour, s.locked, p.id, p.first_name, p.last_name, p.role, p.organization_id,
  a.locked, p.weekly_hours
FROM shifts s JOIN zones z ON z.id = s.zone_id
LEFT JOIN shift_assignments a ON a.shift_id = s.id
LEFT JOIN persons p ON p.id = a.person_id
WHERE s.starts_at >= :first AND s.starts_at < :week_end AND s.ends_at > :week_start
ORDER BY s.starts_at, s.id
"""

# The people's non-cancelled shifts around the week that do not touch it: before it, then
# after it (each a range of the index on starts_at).
_AROUND = """
SELECT a.person_id, s.id, s.starts_at, s.ends_at FROM shifts s
JOIN shift_assignments a ON a.shift_id = s.id
WHERE s.starts_at >= :first AND s.starts_at < :week_start AND s.ends_at <= :week_start
  AND s.status <> 'cancelled'
UNION ALL
SELECT a.person_id, s.id, s.starts_at, s.ends_at FROM shifts s
JOIN shift_assignments a ON a.shift_id = s.id
WHERE s.starts_at >= :week_end AND s.starts_at < :last AND s.status <> 'cancelled'
"""

# The absences a shift touching the week can meet, with their person, by start then person.
# Read in two parts, each on its index: those starting at most LONG_ABSENCE before, and the
# long ones (longer than that) by their end, on the index of long absences.
_ABSENCES = """
WITH ab AS MATERIALIZED (
  SELECT * FROM absences WHERE starts_at >= :absences_recent AND starts_at < :reach_end
    AND ends_at > :reach_start
  UNION ALL
  SELECT * FROM absences WHERE {LONG} AND ends_at > :reach_start
    AND starts_at < :absences_recent
)
SELECT ab.id, ab.person_id, ab.kind, ab.starts_at, ab.ends_at, ab.note, ab.version_id,
  p.first_name, p.last_name, p.organization_id
FROM ab JOIN persons p ON p.id = ab.person_id
ORDER BY ab.starts_at, ab.person_id, ab.id
"""

# The declared unavailability (a few rules per person, whatever the dates).
_UNAVAILABLE = """
SELECT person_id, weekday, start_minute, end_minute FROM availability_rules
WHERE kind = 'unavailable'
"""


def _for_dialect(sql: str, dialect: str) -> str:
    """The statement for ``dialect`` ("sqlite" or "postgresql"), with pyformat parameters on
    PostgreSQL (psycopg's)."""
    if dialect != "postgresql":
        return sql.replace("{LONG}", LONG_ABSENCE_SQLITE)
    sql = sql.replace("{LONG}", LONG_ABSENCE_POSTGRESQL)
    return re.sub(r"(?<![:\w]):(\w+)", r"%(\1)s", sql.replace("%", "%%"))


@functools.cache
def statements(dialect: str) -> tuple[str, str, str, str]:
    """The statements (shown rows, shifts around the week, absences, unavailability) for
    ``dialect``."""
    return tuple(_for_dialect(sql, dialect) for sql in (_SHOWN, _AROUND, _ABSENCES, _UNAVAILABLE))


# -- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class WeekRead:
    """What the statements return and what was found on them.

    ``shown``: the rows of ``_SHOWN`` (a row per shift touching the week and person, a shift
    without people once, by start then id), unfiltered. ``around``: the
    violations that read each person's shifts (kind, shift, person, other shift,
    microseconds planned in the week, contract hours) on the shifts touching the week.
    ``holidays``: a shift's holiday (day, name); ``absent``: by shift, the kind of each
    person's first absence met there; ``unavailable``: by shift, the people planned there in a
    time they declared unavailable. ``absences``: the rows of ``_ABSENCES`` (those a shift
    touching the week can meet, some just outside it), unfiltered."""

    shown: tuple[Any, ...]
    around: tuple[tuple[Any, ...], ...]
    holidays: dict[int, tuple[date, str]]
    absent: dict[int, dict[int, str]]
    unavailable: dict[int, set[int]]
    absences: tuple[Any, ...]
    time: Callable[[Any], datetime]  # a stored time as the driver gives it -> aware UTC
    stored: Callable[[datetime], Any]  # an aware datetime -> as the driver gives it


def _sqlite_time(value: str) -> datetime:
    # An offset in the text, rather than replace(tzinfo=...), which costs five times the parse.
    return datetime.fromisoformat(value + "+00:00")


def _sqlite_bind(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


def read_week(
    connection: Any,
    week: tuple[datetime, datetime],
    context: tuple[datetime, datetime],
    tz: ZoneInfo,
    calendar: HolidayCalendar,
) -> WeekRead:
    """The ``week`` (its start and end, aware UTC), read on ``connection`` (a SQLAlchemy
    Connection on SQLite or PostgreSQL). ``context`` bounds the starts of the shifts the rules
    see (those check_week is given).

    The last :data:`WEEKS_KEPT` weeks read on the connection are kept with the change stamp
    they were read at, and given again while the stamp is the same (nothing has been
    committed since, anywhere, and this transaction has written nothing): the same rows, as
    the statements would find them again."""
    week_start, week_end = week
    first, last = context
    dialect = connection.dialect.name
    shown_sql, around_sql, absences_sql, unavailable_sql = statements(dialect)
    sqlite = dialect == "sqlite"
    bind = _sqlite_bind if sqlite else _utc
    reach_start, reach_end = week_start - MAX_SHIFT, week_end + MAX_SHIFT
    params = {
        "first": bind(first),
        "last": bind(last),
        "week_start": bind(week_start),
        "week_end": bind(week_end),
        "reach_start": bind(reach_start),
        "reach_end": bind(reach_end),
        "absences_recent": bind(reach_start - LONG_ABSENCE),
    }
    key = (dialect, tz, calendar, *params.values())
    kept = connection.info.setdefault(KEPT_WEEKS, OrderedDict())
    stamp = db.change_stamp(connection)  # begins the transaction (see console.db)
    if stamp is not None:
        found = kept.get(key)
        if found is not None and found[0] == stamp:
            kept.move_to_end(key)
            return found[1]
    # On the DBAPI connection, inside the transaction the stamp's statement began.
    driver = connection.connection.driver_connection
    shown = tuple(driver.execute(shown_sql, params).fetchall())
    around = driver.execute(around_sql, params).fetchall()
    absences = tuple(driver.execute(absences_sql, params).fetchall())
    if not sqlite:  # in UTC: compared and kept by value, as SQLite's text is
        shown, absences = _in_utc(shown), _in_utc(absences, 3)
    unavailable = driver.execute(unavailable_sql).fetchall()
    reach = (reach_start.astimezone(tz).date(), reach_end.astimezone(tz).date())
    holidays = tuple(
        (bind(start), bind(end), day, name)
        for start, end, day, name in holiday_days(
            first.astimezone(tz).date(), (last + MAX_SHIFT).astimezone(tz).date(), tz, calendar
        )
    )
    around_found, on_holiday, absent, unavailable_found = _find(
        shown,
        around,
        absences,
        unavailable,
        holidays,
        (params["week_start"], params["week_end"]),
        reach,
        tz,
        bind,
        # Naive UTC on SQLite; UTC on PostgreSQL, whose datetimes come in the session's zone
        # (two in one zone subtract on the wall clock: a DST night an hour off).
        datetime.fromisoformat if sqlite else _utc,
    )
    read = WeekRead(
        shown,
        around_found,
        on_holiday,
        absent,
        unavailable_found,
        absences,
        _sqlite_time if sqlite else _utc,
        bind,
    )
    if stamp is not None and db.change_stamp(connection) == stamp:
        kept[key] = (stamp, read)
        while len(kept) > WEEKS_KEPT:
            kept.popitem(last=False)
    return read


def _in_utc(rows: tuple[Any, ...], first: int = 1) -> tuple[Any, ...]:
    """``rows`` with their times (columns ``first`` and the next) in UTC. PostgreSQL gives
    them in the session's zone, where two compare and hash on the wall clock: in the hour the
    clocks go back, 02:30 before the change equals 02:30 after it."""
    after = first + 2
    return tuple(
        (*row[:first], row[first].astimezone(UTC), row[first + 1].astimezone(UTC), *row[after:])
        for row in rows
    )


def forget(connection: Any) -> None:
    """Drop the weeks kept on ``connection`` (the next reads go to the database)."""
    connection.info.pop(KEPT_WEEKS, None)


# -- what the rows say -------------------------------------------------------------------------


def _find(  # noqa: PLR0917 - the rows read and how to compare them
    shown: tuple[Any, ...],
    around: list[Any],
    absences: tuple[Any, ...],
    unavailable: list[Any],
    holidays: tuple[tuple[Any, Any, date, str], ...],
    week: tuple[Any, Any],
    reach: tuple[date, date],
    tz: ZoneInfo,
    stored: Callable[[datetime], Any],
    parse: Callable[[Any], Any],
) -> tuple[
    tuple[tuple[Any, ...], ...],
    dict[int, tuple[date, str]],
    dict[int, dict[int, str]],
    dict[int, set[int]],
]:
    """What :func:`rules.check_week` finds on the shifts touching the week, in one pass over
    the shown rows (by start, then id), then over each person's shifts.

    On a row: the shift's first holiday (by day) when it is still to be worked; a person's
    first absence (by start, then id) met on a shift not cancelled; a declared
    unavailability met on a shift still to be worked. Stored times are compared as the
    driver gives them (``stored`` turns an aware datetime into that form). Over each
    person's non-cancelled shifts, with those ``around`` the week (``parse`` turns a stored
    time into a datetime that subtracts exactly: naive UTC on SQLite): the hours inside the
    week, on the person's last shift there; overlaps and short rest as
    :func:`_overlaps_and_rest` says. Those are ``(kind, shift, person, other shift,
    microseconds planned, contract hours)``."""
    away: dict[int, list[tuple[Any, Any, str]]] = {}
    for _id, someone, kind, starts, ends, *_rest in absences:  # by start, person, id
        away.setdefault(someone, []).append((starts, ends, kind))
    declared: dict[int, tuple[tuple[Any, Any], ...]] = {}
    for someone, weekday, start, end in unavailable:
        declared[someone] = declared.get(someone, ()) + _unavailable_times(
            stored, weekday, start, end, *reach, tz
        )
    week_start, week_end = parse(week[0]), parse(week[1])
    on_holiday: dict[int, tuple[date, str]] = {}
    absent: dict[int, dict[int, str]] = {}
    busy: dict[int, set[int]] = {}
    mine: dict[int, list[tuple[Any, int, Any]]] = {}
    hours: dict[int, list[Any]] = {}  # person: [time inside the week, last shift, contract]
    sid = starts = ends = shift = inside = None
    live = to_work = False
    for row in shown:
        someone = row[11]
        if row[0] != sid:
            sid, starts, ends, status = row[0], row[1], row[2], row[4]
            live = status != "cancelled"
            to_work = status in ("draft", "published")
            if live:
                begins, finishes = parse(starts), parse(ends)
                shift = (begins, sid, finishes)
                inside = (finishes if finishes < week_end else week_end) - (
                    begins if begins > week_start else week_start
                )
            if to_work and holidays:
                _on_a_holiday(holidays, sid, starts, ends, on_holiday)
        if someone is None or not live:
            continue
        planned = mine.get(someone)
        if planned is None:
            mine[someone] = [shift]
            hours[someone] = [inside, sid, row[17]]
        else:
            planned.append(shift)
            worked = hours[someone]
            worked[0] += inside
            worked[1] = sid
        if someone in away:
            _first_absence(away[someone], sid, someone, (starts, ends), absent)
        if (
            to_work
            and someone in declared
            and any(start < ends and end > starts for start, end in declared[someone])
        ):
            busy.setdefault(sid, set()).add(someone)
    return _per_person(mine, hours, around, parse), on_holiday, absent, busy


def _on_a_holiday(
    holidays: tuple[tuple[Any, Any, date, str], ...],
    sid: int,
    starts: Any,
    ends: Any,
    found: dict[int, tuple[date, str]],
) -> None:
    for start, end, day, name in holidays:  # by day
        if start < ends and end > starts:
            found[sid] = (day, name)
            return


def _first_absence(
    away: list[tuple[Any, Any, str]],
    sid: int,
    someone: int,
    shift: tuple[Any, Any],
    found: dict[int, dict[int, str]],
) -> None:
    starts, ends = shift
    for start, end, kind in away:  # by start, then id
        if start < ends and end > starts:
            found.setdefault(sid, {})[someone] = kind
            return


def _per_person(
    mine: dict[int, list[tuple[Any, int, Any]]],
    hours: dict[int, list[Any]],
    around: list[Any],
    parse: Callable[[Any], Any],
) -> tuple[tuple[Any, ...], ...]:
    """The weekly hours, overlaps and short rest of the people on the shifts touching the
    week (``mine``: each one's, ``hours``: inside the week), on those shifts."""
    touching = {shift[1] for planned in mine.values() for shift in planned}
    for someone, sid, starts, ends in around:
        planned = mine.get(someone)
        if planned is not None:  # nobody else's shifts matter
            planned.append((parse(starts), sid, parse(ends)))
    found: list[tuple[Any, ...]] = []
    for someone, (worked, last_id, contract) in hours.items():
        micros = worked // MICROSECOND
        if micros / 1_000_000 / 3600 > contract + 1e-9:
            found.append(("weekly_hours", last_id, someone, None, micros, contract))
    for someone, planned in mine.items():
        if len(planned) > 1:
            planned.sort()
            found.extend(_overlaps_and_rest(someone, tuple(planned)))
    return tuple(violation for violation in found if violation[1] in touching)


# A person's shifts met again from one read to the next (the week read again after a change
# elsewhere) are checked once: the same shifts, the same findings.
@functools.lru_cache(maxsize=4096)
def _overlaps_and_rest(
    someone: int, planned: tuple[tuple[Any, int, Any], ...]
) -> tuple[tuple[Any, ...], ...]:
    """Overlaps and short rest among one person's shifts, sorted by start then id.

    Overlaps on both shifts. Rest: in the 24 hours from a shift's start, the longest free
    stretch is the largest gap before one of the later shifts there (from the latest end
    among the shifts before it) or the time from their latest end to the end of the 24 hours;
    under 11 hours, on the last of those shifts when it starts after the first ends, once per
    shift (the first such 24 hours)."""
    found = []
    count = len(planned)
    end = planned[0][2]
    # From the second shift on: the latest end among the shifts before each (and after the
    # last, the latest of all), and the free time before each.
    ends_before: list[Any] = [None, end]
    gaps: list[Any] = [None]
    for j in range(1, count):
        starts, sid, ends = planned[j]
        if end > starts:
            for i in range(j):
                if planned[i][2] > starts:
                    other = planned[i][1]
                    found.append(("overlap", other, someone, sid, None, None))
                    found.append(("overlap", sid, someone, other, None, None))
        end = max(end, ends)
        ends_before.append(end)
        gaps.append(starts - ends_before[j])
    flagged: set[int] = set()
    for i in range(count - 1):
        anchor_start, anchor_id, anchor_end = planned[i]
        limit = anchor_start + REST_PERIOD
        k = i + 1
        while k < count and planned[k][0] == anchor_start:
            k += 1  # a shift starting with the anchor is no later shift
        if k == count or planned[k][0] >= limit:
            continue
        first = k
        k += 1
        while k < count and planned[k][0] < limit:
            k += 1
        culprit_start, culprit, _ends = planned[k - 1]
        if (
            culprit_start >= anchor_end
            and culprit not in flagged
            and max(*gaps[first:k], limit - ends_before[k]) < MIN_REST
        ):
            flagged.add(culprit)
            found.append(("short_rest", culprit, someone, anchor_id, None, None))
    return tuple(found)
