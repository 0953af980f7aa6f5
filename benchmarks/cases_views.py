"""The benchmarks with widgets (off screen): the calendar's week, the Cases section, the map.

A view is built once on the synchronous runner (the service runs on the calling thread, as a
test runs it), then each timed run reloads it and paints it whole (``grab``).
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from benchmarks.engine_benches import COORDINATOR, ROME, busiest_monday, raw, stamp, week_rows
from benchmarks.timing import Result, interleaved
from console import db
from console.config import Settings
from console.models import SignalKind
from console.services.cases import operations
from console.services.cases.case_list import CaseFilter
from console.services.places import indicators, signals
from console.services.planning import week
from console.views.calendar.week_view import WeekView
from console.views.common.events import EventsHub
from console.views.common.runner import SyncRunner
from console.views.common.section import ViewContext

SIZE = (1400, 900)


def _app() -> QApplication:
    return QApplication.instance() or QApplication(["bench"])


def _context(engine) -> ViewContext:
    hub = EventsHub()
    return ViewContext(engine, SyncRunner(hub), hub, Settings(), COORDINATOR)


# -- the calendar ------------------------------------------------------------------------------


def calendar_paint(path: Path, repeat: int) -> list[Result]:
    _app()
    opened = db.open_database(db.sqlite_url(path))
    conn = raw(path)
    monday = busiest_monday(path)
    view = WeekView()
    view.resize(*SIZE)
    view.show()
    QApplication.processEvents()

    def console() -> None:
        with db.read_scope(opened.engine) as session:
            plan = week.shifts_in_week(session, COORDINATOR, monday, ROME)
        view.set_week(plan, ROME)
        view.grab()

    def paint_only() -> None:
        view.viewport().repaint()

    rows = len(week_rows(conn, monday))
    mine, theirs = interleaved(console, lambda: week_rows(conn, monday), repeat)
    paint, _ = interleaved(paint_only, None, repeat)
    view.close()
    opened.engine.dispose()
    return [
        Result(
            "calendar load + paint, busiest week",
            mine,
            theirs,
            "range query",
            f"{rows} rows; a repaint alone {paint * 1000:.1f} ms",
        )
    ]


# -- the Cases section ---------------------------------------------------------------------------

RAW_CASES = (
    "SELECT c.id, c.title, c.status, c.priority, c.next_review_on, z.name, o.name, "
    "p.first_name, p.last_name, s.alias, s.full_name, "
    "(SELECT count(*) FROM case_notes n WHERE n.case_id = c.id AND (n.visibility = 'shared' "
    "OR n.author_id = 1 OR n.organization_id = 2)) "
    "FROM cases c LEFT JOIN zones z ON z.id = c.zone_id "
    "JOIN organizations o ON o.id = c.organization_id JOIN persons p ON p.id = c.owner_id "
    "LEFT JOIN subjects s ON s.id = c.subject_id "
    "ORDER BY c.status = 'closed', CASE c.priority WHEN 'high' THEN 0 WHEN 'normal' THEN 1 "
    "ELSE 2 END, c.next_review_on IS NULL, c.next_review_on, c.id DESC LIMIT 500"
)


def one_query_list(conn: sqlite3.Connection) -> list[tuple]:
    return conn.execute(RAW_CASES).fetchall()


def cases(path: Path, repeat: int) -> list[Result]:
    from console.views.cases.section import CasesView  # noqa: PLC0415

    _app()
    opened = db.open_database(db.sqlite_url(path))
    conn = raw(path)
    statements = [0]

    def count(*_args: object) -> None:
        statements[0] += 1

    today = datetime.now(ROME).date()

    def service() -> operations.CasesData:
        with db.read_scope(opened.engine) as session:
            return operations.load_cases(session, COORDINATOR, CaseFilter(), today, ROME)

    event.listen(opened.engine, "before_cursor_execute", count)
    data = service()
    event.remove(opened.engine, "before_cursor_execute", count)
    mine, theirs = interleaved(service, lambda: one_query_list(conn), repeat)
    view = CasesView(_context(opened.engine))
    view.resize(*SIZE)
    view.show()
    QApplication.processEvents()

    def reload_and_paint() -> None:
        view.load()
        view.grab()

    shown, reference = interleaved(reload_and_paint, lambda: one_query_list(conn), repeat)
    view.close()
    opened.engine.dispose()
    return [
        Result(
            "Cases section load (service)",
            mine,
            theirs,
            "one-query list",
            f"{len(data.rows)} rows, {statements[0]} SQL statements",
        ),
        Result("Cases section reload + paint", shown, reference, "one-query list"),
    ]


# -- the map ---------------------------------------------------------------------------------

RAW_SIGNALS = (
    "SELECT s.id, s.kind, s.occurred_at, s.zone_id, z.name, s.category, s.source, s.summary, "
    "s.lon, s.lat FROM signals s JOIN zones z ON z.id = s.zone_id "
    "WHERE s.occurred_at >= ? AND s.occurred_at < ? ORDER BY s.occurred_at, s.id"
)
RAW_INDICATORS = (
    "SELECT zone_id, kind, count(*) FROM signals WHERE occurred_at >= ? AND occurred_at < ? "
    "GROUP BY zone_id, kind",
    "SELECT zone_id, sum((strftime('%s', ends_at) - strftime('%s', starts_at)) / 3600.0) "
    "FROM shifts WHERE starts_at >= ? AND starts_at < ? AND kind = 'joint' "
    "AND status IN ('published', 'done') GROUP BY zone_id",
    "SELECT zone_id, count(*), sum((strftime('%s', ended_at) - strftime('%s', started_at)) "
    "/ 3600.0) FROM interventions WHERE started_at >= ? AND started_at < ? GROUP BY zone_id",
)


def map_benches(path: Path, repeat: int) -> list[Result]:
    from console.views.map import MapView  # noqa: PLC0415

    _app()
    opened = db.open_database(db.sqlite_url(path))
    conn = raw(path)
    end = date.today()
    start = end - timedelta(days=27)
    begin, finish = indicators.period_bounds(start, end, ROME)
    bounds = (stamp(begin), stamp(finish))
    equal = dict.fromkeys(SignalKind, 1.0)

    def markers() -> int:
        with db.read_scope(opened.engine) as session:
            return len(signals.signals_in_period(session, COORDINATOR, begin, finish))

    def zones() -> None:
        with db.read_scope(opened.engine) as session:
            indicators.zone_indicators(session, COORDINATOR, start, end, equal, ROME)

    def raw_markers() -> None:
        conn.execute(RAW_SIGNALS, bounds).fetchall()

    def raw_zones() -> None:
        for query in RAW_INDICATORS:
            conn.execute(query, bounds).fetchall()

    count = markers()
    m, mr = interleaved(markers, raw_markers, repeat)
    z, zr = interleaved(zones, raw_zones, repeat)
    view = MapView(_context(opened.engine))
    view.resize(*SIZE)
    view.show()
    QApplication.processEvents()
    view.bar.set_period(start, end)

    def reload_and_paint() -> None:
        view.load()
        view.grab()

    shown, reference = interleaved(reload_and_paint, raw_markers, repeat)
    view.close()
    opened.engine.dispose()
    return [
        Result("signals_in_period, last 4 weeks", m, mr, "range query", f"{count:,} signals"),
        Result("zone_indicators, last 4 weeks", z, zr, "grouped queries"),
        Result("dense map reload + paint", shown, reference, "range query", f"{count:,} signals"),
    ]
