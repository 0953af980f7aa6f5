"""The week's rules checked by the database: the calendar's week in three SQL statements.

:func:`read_week` returns the shown shifts of a local week, a row per shift and person, each
row carrying the violations found for it (absent, unavailable, holiday); the violations that
need each person's shifts around the week (overlaps, rest, weekly hours), computed with a
window function and self-joins over the shifts that
:func:`console.services.planning.rules.check_week` would be given; and the week's absences.
It reads through the DBAPI cursor, with times as integer microseconds since 1970 inside the
engine so that every comparison is exact, as Python's are. (A joint shift's educator and
officer are read off its people by the caller, :mod:`console.services.planning.week`.)

:mod:`console.services.planning.rules` stays the reference: the roster solver, the shift
dialog's check and the week copy use it, and ``tests/services/test_week_engine.py`` (and its
PostgreSQL twin) checks on random weeks that both find exactly the same violations. What the
engine cannot work out is settled here: the local days of the holidays and of people's
declared unavailability, turned into UTC (small tables passed as JSON). The rest rule relies
on shifts ending after they start, as the table's CHECK constraint ensures; holidays are
looked up on the days a shift of at most :data:`~console.services.planning.rules.MAX_SHIFT`
can reach, as every write path ensures.
"""

from __future__ import annotations

import functools
import json
import re
import sqlite3
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from console import db
from console.services.planning import rules
from console.services.planning.holidays import HolidayCalendar
from console.services.planning.rules import MAX_SHIFT, MIN_REST, REST_PERIOD

# An absence longer than this is found by its end, not its start (one index each).
LONG_ABSENCE = timedelta(days=62)
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MICROSECOND = timedelta(microseconds=1)
_MINUTE_US = 60_000_000
# The weeks read last on a connection, kept with the change stamp they were read at
# (console.db.change_stamp) and given again while it has not moved: the calendar reads its
# week again on every reload, and moves between a few weeks.
KEPT_WEEKS = "console_week_reads"  # the key in the DBAPI connection's info
WEEKS_KEPT = 8


def micros(moment: datetime) -> int:
    """Microseconds since 1970 (UTC) of an aware datetime, exactly."""
    return (moment - EPOCH) // MICROSECOND


# -- the days the engine cannot work out: local midnights, DST changes, holidays -------------


def _local_micros(day: date, minute: int, tz: ZoneInfo) -> int:
    return micros(rules.local_minute(day, minute, tz))


@functools.lru_cache(maxsize=64)
def local_days(first: date, last: date, tz: ZoneInfo) -> str:
    """The local days from ``first`` to ``last`` as JSON rows ``[weekday, midnight, change,
    shift]``: a minute ``m`` after local midnight (0 to 1440) is UTC ``midnight + m minutes -
    (shift if m >= change else 0)`` microseconds, as :func:`rules.local_minute` says (the wall
    clock jumps once on a DST day; times in the gap or the fold read as before the change).
    """
    found = []
    day = first
    while day <= last:
        midnight = _local_micros(day, 0, tz)

        def drift(minute: int, day: date = day, midnight: int = midnight) -> int:
            return midnight + minute * _MINUTE_US - _local_micros(day, minute, tz)

        change, shift = 1441, 0
        if drift(1440):
            low, high = 0, 1440  # drift(low) == 0, drift(high) != 0
            while high - low > 1:
                middle = (low + high) // 2
                if drift(middle):
                    high = middle
                else:
                    low = middle
            change, shift = high, drift(1440)
            if any(drift(m) != shift for m in (high, (high + 1440) // 2)):
                raise ValueError(f"{tz.key} changes its clock more than once on {day}")
        found.append([day.weekday(), midnight, change, shift])
        day += timedelta(days=1)
    return json.dumps(found)


@functools.lru_cache(maxsize=64)
def holiday_days(
    first: date, last: date, tz: ZoneInfo, calendar: HolidayCalendar
) -> tuple[str, tuple[tuple[date, str], ...]]:
    """The holidays from ``first`` to ``last``: JSON rows ``[local midnight, next local
    midnight, index]`` for the engine, and each index's (day, name)."""
    rows, named = [], []
    day = first
    while day <= last:
        name = calendar.name(day)
        if name is not None:
            start = _local_micros(day, 0, tz)
            end = _local_micros(day + timedelta(days=1), 0, tz)
            rows.append([start, end, len(named)])
            named.append((day, name))
        day += timedelta(days=1)
    return json.dumps(rows), tuple(named)


# -- the statements --------------------------------------------------------------------------

# Written for SQLite; _for_dialect() turns them into PostgreSQL's. {US|col} is a stored time
# in microseconds, {GREATEST|a|b} and {LEAST|a|b} the two-argument max and min,
# {JSON_ROWS|param|n} the rows of a JSON array of arrays as columns c0..c(n-1), {C} the
# byte-order collation of names.

_SHOWN = """
WITH hol AS MATERIALIZED ({JSON_ROWS|holidays|3}),
days AS MATERIALIZED ({JSON_ROWS|days|4}),
away AS MATERIALIZED (
  SELECT ab.person_id AS p, ab.kind, ab.starts_at, ab.ends_at, ab.id FROM absences ab
  WHERE ab.starts_at >= :absences_recent AND ab.starts_at < :absences_end
    AND ab.ends_at > :absences_start
  UNION ALL
  SELECT ab.person_id, ab.kind, ab.starts_at, ab.ends_at, ab.id FROM absences ab
  WHERE ab.ends_at > :absences_start
    AND coalesce(ab.starts_at, ab.starts_at) < :absences_recent
),
sh AS MATERIALIZED (
  SELECT s.id, s.starts_at, s.ends_at, s.kind, s.status, s.objectives, s.version_id,
    s.zone_id, z.name AS zone_name, z.colour AS zone_colour, s.locked,
    CASE WHEN s.status IN ('draft', 'published') THEN (
      SELECT hol.c2 FROM hol
      WHERE hol.c0 < {US|s.ends_at} AND hol.c1 > {US|s.starts_at}
      ORDER BY hol.c0 LIMIT 1) END AS holiday
  FROM shifts s JOIN zones z ON z.id = s.zone_id
  WHERE s.starts_at >= :first AND s.starts_at < :week_end AND s.ends_at > :week_start
    AND (CAST(:zone AS INTEGER) IS NULL OR s.zone_id = :zone)
    AND (CAST(:organization AS INTEGER) IS NULL OR EXISTS (
      SELECT 1 FROM shift_assignments oa JOIN persons op ON op.id = oa.person_id
      WHERE oa.shift_id = s.id AND op.organization_id = :organization))
    AND (CAST(:person AS INTEGER) IS NULL OR EXISTS (
      SELECT 1 FROM shift_assignments pa WHERE pa.shift_id = s.id AND pa.person_id = :person))
)
SELECT c.id, c.starts_at, c.ends_at, c.kind, c.status, c.objectives, c.version_id, c.zone_id,
  c.zone_name, c.zone_colour, c.locked, c.holiday,
  p.id, p.first_name, p.last_name, p.role, p.organization_id, a.locked,
  CASE WHEN c.status <> 'cancelled' AND p.id IN (SELECT p FROM away) THEN (
    SELECT away.kind FROM away
    WHERE away.p = p.id AND away.starts_at < c.ends_at AND away.ends_at > c.starts_at
    ORDER BY away.starts_at, away.id LIMIT 1) END AS absent,
  CASE WHEN c.status IN ('draft', 'published') AND p.id IN (
    SELECT person_id FROM availability_rules WHERE kind = 'unavailable') THEN EXISTS (
    SELECT 1 FROM availability_rules r JOIN days d ON d.c0 = r.weekday
    WHERE r.person_id = p.id AND r.kind = 'unavailable'
      AND d.c1 + coalesce(r.start_minute, 0) * CAST(60000000 AS BIGINT)
        - CASE WHEN coalesce(r.start_minute, 0) >= d.c2 THEN d.c3 ELSE 0 END < {US|c.ends_at}
      AND d.c1 + coalesce(r.end_minute, 1440) * CAST(60000000 AS BIGINT)
        - CASE WHEN coalesce(r.end_minute, 1440) >= d.c2 THEN d.c3 ELSE 0 END
        > {US|c.starts_at}) END
FROM sh c
LEFT JOIN shift_assignments a ON a.shift_id = c.id
LEFT JOIN persons p ON p.id = a.person_id
ORDER BY c.starts_at, c.id, p.last_name{C}, p.first_name{C}, p.id
"""

# The rules that read each person's shifts around the week. ``ca``: a row per person and
# non-cancelled shift starting in [first, last) (what check_week is given), ``m`` the latest
# end among the person's shifts before it (by start, then id). Violations on shifts touching
# the week only; the caller keeps those on the shown shifts.
_AROUND = """
WITH ca AS MATERIALIZED (
  SELECT a.person_id AS p, s.id, {US|s.starts_at} AS b, {US|s.ends_at} AS e
  FROM shifts s JOIN shift_assignments a ON a.shift_id = s.id
  WHERE s.starts_at >= :first AND s.starts_at < :last AND s.status <> 'cancelled'
),
cm AS MATERIALIZED (
  SELECT p, id, b, e, max(e) OVER (PARTITION BY p ORDER BY b, id
    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS m
  FROM ca
),
-- Rest: for a shift x, the person's shifts starting later within 24 hours (i): the longest
-- free stretch in [x.b, x.b + 24 h) is the largest gap before one of them (i.b - i.m) or the
-- time from the latest end among them to the end of the 24 hours.
anchors AS MATERIALIZED (
  SELECT x.p, x.id AS xid, x.b AS xb, x.e AS xe, max(i.b - i.m) AS gap,
    max({GREATEST|i.e|i.m}) AS latest, max(i.b) AS lb
  FROM cm x JOIN cm i ON i.p = x.p AND i.b > x.b AND i.b < x.b + :day
  GROUP BY x.p, x.id, x.b, x.e
),
short AS MATERIALIZED (
  SELECT p, xid, xb,
    (SELECT max(c.id) FROM cm c WHERE c.p = anchors.p AND c.b = anchors.lb) AS cid
  FROM anchors
  WHERE lb >= xe AND {GREATEST|gap|xb + :day - latest} < :rest
),
-- Weekly hours: the part of each shift inside the week, on the person's last such shift.
hours AS MATERIALIZED (
  SELECT h.p, h.total, hp.weekly_hours, (
    SELECT max(l.id) FROM ca l
    WHERE l.p = h.p AND l.b = h.lb AND l.e > {WEEK_START}) AS lid
  FROM (
    SELECT p, CAST(sum({LEAST|e|{WEEK_END}} - {GREATEST|b|{WEEK_START}}) AS BIGINT) AS total,
      max(b) AS lb
    FROM ca WHERE e > {WEEK_START} AND b < {WEEK_END} GROUP BY p
  ) h JOIN persons hp ON hp.id = h.p
  WHERE CAST(h.total AS DOUBLE PRECISION) / 1000000 / 3600 > hp.weekly_hours + 1e-9
),
-- Overlaps: a shift y starting before the latest end among the person's earlier shifts
-- overlaps each of those (x) that ends after y starts.
overlapping AS MATERIALIZED (
  SELECT y.p, x.id AS x, y.id AS y FROM cm y
  JOIN cm x ON x.p = y.p AND (x.b < y.b OR (x.b = y.b AND x.id < y.id)) AND x.e > y.b
  WHERE y.m > y.b
),
found AS (
  SELECT 'short_rest' AS kind, s.cid AS shift_id, s.p, s.xid AS other,
    CAST(NULL AS BIGINT) AS total, CAST(NULL AS DOUBLE PRECISION) AS contract
  FROM short s
  WHERE NOT EXISTS (
    SELECT 1 FROM short t
    WHERE t.p = s.p AND t.cid = s.cid AND (t.xb < s.xb OR (t.xb = s.xb AND t.xid < s.xid)))
  UNION ALL
  SELECT 'overlap', x, p, y, NULL, NULL FROM overlapping
  UNION ALL
  SELECT 'overlap', y, p, x, NULL, NULL FROM overlapping
  UNION ALL
  SELECT 'weekly_hours', lid, p, CAST(NULL AS INTEGER), total, weekly_hours FROM hours
)
SELECT kind, shift_id, p, other, total, contract FROM found
WHERE shift_id IN (SELECT id FROM ca WHERE b < {WEEK_END} AND e > {WEEK_START})
"""

# The absences overlapping the week, with their person, by start then person; the filters
# as the shown shifts'. Read in two parts, each on its index: those starting at most
# LONG_ABSENCE before the week, and the longer ones by their end (coalesce() keeps the planner
# on the index of ends_at: on the start's it would read every earlier absence).
_ABSENCES = """
SELECT ab.id, ab.person_id, ab.kind, ab.starts_at, ab.ends_at, ab.note, ab.version_id,
  p.first_name, p.last_name, p.organization_id
FROM (
  SELECT * FROM absences WHERE starts_at >= :week_recent AND starts_at < :week_end
    AND ends_at > :week_start
  UNION ALL
  SELECT * FROM absences WHERE ends_at > :week_start
    AND coalesce(starts_at, starts_at) < :week_recent
) ab JOIN persons p ON p.id = ab.person_id
WHERE (CAST(:organization AS INTEGER) IS NULL OR p.organization_id = :organization)
  AND (CAST(:person AS INTEGER) IS NULL OR ab.person_id = :person)
ORDER BY ab.starts_at, ab.person_id, ab.id
"""

_TOKEN = re.compile(r"\{(US|GREATEST|LEAST|JSON_ROWS)\|([^{}]*)\}")


def _for_dialect(sql: str, dialect: str) -> str:
    """The statement for ``dialect`` ("sqlite" or "postgresql"), with pyformat parameters on
    PostgreSQL (psycopg's)."""
    sql = sql.replace("{WEEK_START}", ":week_start_us").replace("{WEEK_END}", ":week_end_us")
    postgres = dialect == "postgresql"

    def expand(match: re.Match[str]) -> str:
        name, args = match.group(1), match.group(2).split("|")
        if name == "US":
            (column,) = args
            if postgres:
                return f"CAST(EXTRACT(EPOCH FROM {column}) * 1000000 AS BIGINT)"
            # The stored text 'YYYY-MM-DD HH:MM:SS.ffffff': the whole seconds (SQLite's date
            # functions round to the millisecond: 59.9996 s would read as the next second),
            # then the microseconds.
            seconds = (
                f"unixepoch(substr({column}, 1, 19))"
                if sqlite3.sqlite_version_info >= (3, 38)  # a little quicker than strftime()
                else f"CAST(strftime('%s', substr({column}, 1, 19)) AS INTEGER)"
            )
            return f"({seconds} * 1000000 + substr({column}, 21))"
        if name in ("GREATEST", "LEAST"):
            first, second = args
            if postgres:
                return f"{name}({first}, {second})"
            return f"{'max' if name == 'GREATEST' else 'min'}({first}, {second})"
        param, width = args[0], int(args[1])
        if postgres:
            columns = ", ".join(f"CAST(r->>{i} AS BIGINT) AS c{i}" for i in range(width))
            return f"SELECT {columns} FROM jsonb_array_elements(CAST(:{param} AS JSONB)) r"
        columns = ", ".join(f"json_extract(value, '$[{i}]') AS c{i}" for i in range(width))
        return f"SELECT {columns} FROM json_each(:{param})"

    previous = None
    while previous != sql:
        previous, sql = sql, _TOKEN.sub(expand, sql)
    sql = sql.replace("{C}", ' COLLATE "C"' if postgres else "")
    if postgres:
        sql = re.sub(r"(?<![:\w]):(\w+)", r"%(\1)s", sql.replace("%", "%%"))
    return sql


@functools.cache
def statements(dialect: str) -> tuple[str, str, str]:
    """The statements (shown rows, rules around the week, absences) for ``dialect``."""
    return tuple(_for_dialect(sql, dialect) for sql in (_SHOWN, _AROUND, _ABSENCES))


# -- reading ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class WeekRead:
    """What the two statements return: the rows of ``_SHOWN`` (a row per shown shift and
    person, a shift without people once, by start, id and the person's name) and of
    ``_AROUND`` (kind, shift, person, other shift, microseconds planned, contract hours, the
    start and id of the person's first shift, the other shift's start), and the holidays the
    shown rows' indexes name."""

    shown: tuple[Any, ...]
    around: tuple[Any, ...]
    absences: tuple[Any, ...]  # rows of _ABSENCES
    holidays: tuple[tuple[date, str], ...]
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
    *,
    zone_id: int | None = None,
    organization_id: int | None = None,
    person_id: int | None = None,
) -> WeekRead:
    """The ``week`` (its start and end, aware UTC), read on ``connection`` (a SQLAlchemy
    Connection on SQLite or PostgreSQL). ``context`` bounds the starts of the shifts the rules
    see (those check_week is given); the filters narrow the shown shifts as
    :func:`console.services.planning.week.shifts_in_week` says.

    The last :data:`WEEKS_KEPT` weeks read on the connection are kept with the change stamp
    they were read at, and given again while the stamp is the same (nothing has been
    committed since, anywhere, and this transaction has written nothing): the same rows, as
    the statements would find them again."""
    week_start, week_end = week
    first, last = context
    dialect = connection.dialect.name
    shown_sql, around_sql, absences_sql = statements(dialect)
    bind = _sqlite_bind if dialect == "sqlite" else _utc
    reach_first = (week_start - MAX_SHIFT).astimezone(tz).date()
    reach_last = (week_end + MAX_SHIFT).astimezone(tz).date()
    holidays_json, named = holiday_days(
        first.astimezone(tz).date(), (last + MAX_SHIFT).astimezone(tz).date(), tz, calendar
    )
    params = {
        "first": bind(first),
        "last": bind(last),
        "week_start": bind(week_start),
        "week_end": bind(week_end),
        "week_start_us": micros(week_start),
        "week_end_us": micros(week_end),
        "absences_start": bind(week_start - MAX_SHIFT),
        "absences_end": bind(week_end + MAX_SHIFT),
        "absences_recent": bind(week_start - MAX_SHIFT - LONG_ABSENCE),
        "week_recent": bind(week_start - LONG_ABSENCE),
        "zone": zone_id,
        "organization": organization_id,
        "person": person_id,
        "holidays": holidays_json,
        "days": local_days(reach_first, reach_last, tz),
        "day": REST_PERIOD // MICROSECOND,
        "rest": MIN_REST // MICROSECOND,
    }
    key = (dialect, named, *params.values())
    kept = connection.info.setdefault(KEPT_WEEKS, OrderedDict())
    stamp = db.change_stamp(connection)  # begins the transaction (see console.db)
    if stamp is not None:
        found = kept.get(key)
        if found is not None and found[0] == stamp:
            kept.move_to_end(key)
            return found[1]
    # The first statement through SQLAlchemy; the others on the same DBAPI connection, inside
    # the transaction it is in.
    shown = tuple(connection.exec_driver_sql(shown_sql, params).fetchall())
    driver = connection.connection.driver_connection
    around = tuple(driver.execute(around_sql, params).fetchall())
    absences = tuple(driver.execute(absences_sql, params).fetchall())
    if dialect == "sqlite":
        read = WeekRead(shown, around, absences, named, _sqlite_time, _sqlite_bind)
    else:
        read = WeekRead(shown, around, absences, named, _utc, _utc)
    if stamp is not None and db.change_stamp(connection) == stamp:
        kept[key] = (stamp, read)
        while len(kept) > WEEKS_KEPT:
            kept.popitem(last=False)
    return read


def forget(connection: Any) -> None:
    """Drop the weeks kept on ``connection`` (the next reads go to the database)."""
    connection.info.pop(KEPT_WEEKS, None)
