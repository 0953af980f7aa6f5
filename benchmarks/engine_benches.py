"""The benchmarks without widgets: opening, the week, search, exports, the audit, the summary.

Each compares a console service with the raw engine (sqlite3) doing the same reads, in turn.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import tempfile
import tracemalloc
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from benchmarks.timing import Result, interleaved, once
from console import db
from console.models import Role, SignalKind
from console.services import access
from console.services.access import audit
from console.services.cases import search as case_search
from console.services.planning import exports, week, week_engine
from console.services.planning.rules import MAX_SHIFT

ROME = ZoneInfo("Europe/Rome")
# The generated city's coordinator (person 1, user 1, the educators' organization).
COORDINATOR = access.Actor(1, 1, 2, Role.COORDINATOR, "coordinatore")
MANAGER = access.Actor(None, None, None, Role.MANAGER, "bench")
# The range query returning the rows shifts_in_week returns: a row per shift touching the week
# and person (a shift without people once), every field of its ShiftRow and AssignedPerson, the
# people in the order of the row (by last name, first name, id).
RAW_WEEK = (
    "SELECT s.id, s.starts_at, s.ends_at, s.kind, s.status, s.objectives, s.version_id, "
    "s.zone_id, z.name, z.colour, s.locked, p.id, p.first_name, p.last_name, p.role, "
    "p.organization_id, a.locked FROM shifts s JOIN zones z ON z.id = s.zone_id "
    "LEFT JOIN shift_assignments a ON a.shift_id = s.id LEFT JOIN persons p ON p.id = a.person_id "
    "WHERE s.starts_at >= ? AND s.starts_at < ? AND s.ends_at > ? "
    "ORDER BY s.starts_at, s.id, p.last_name, p.first_name, p.id"
)
# The reference of the tables before 2026-12-05: 9 of those fields (no objectives, version,
# colour, locks, role, organization; shifts with nobody left out), no order of the people.
LEAN_WEEK = (
    "SELECT s.id, s.starts_at, s.ends_at, s.kind, s.status, z.name, p.id, p.first_name, "
    "p.last_name FROM shifts s JOIN zones z ON z.id = s.zone_id "
    "JOIN shift_assignments a ON a.shift_id = s.id JOIN persons p ON p.id = a.person_id "
    "WHERE s.starts_at >= ? AND s.starts_at < ? AND s.ends_at > ? ORDER BY s.starts_at, s.id"
)


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def busiest_monday(path: Path) -> date:
    """The Monday of the week with the most shifts (local Rome weeks are near enough)."""
    with raw(path) as conn:
        day = conn.execute(
            "SELECT date(starts_at, 'weekday 0', '-6 days') AS monday FROM shifts "
            "GROUP BY monday ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
    return date.fromisoformat(day)


def week_rows(conn: sqlite3.Connection, monday: date, query: str = RAW_WEEK) -> list[tuple]:
    start, end = week.week_bounds(monday, ROME)
    return conn.execute(query, (stamp(start - MAX_SHIFT), stamp(end), stamp(start))).fetchall()


# -- opening ---------------------------------------------------------------------------------


def open_database(path: Path, repeat: int) -> list[Result]:
    def console() -> None:
        db.open_database(db.sqlite_url(path)).engine.dispose()

    def reference() -> None:
        with raw(path) as conn:
            conn.execute("SELECT version_num FROM alembic_version").fetchone()

    mine, theirs = interleaved(console, reference, repeat)
    return [Result("db.open_database", mine, theirs, "reading the revision")]


# -- the week --------------------------------------------------------------------------------


def week_query(path: Path, repeat: int) -> list[Result]:
    """The busiest week read again with nothing changed (the calendar's reload: given from the
    weeks kept on the connection), and read after a change (nothing kept: every statement)."""
    opened = db.open_database(db.sqlite_url(path))
    conn = raw(path)
    monday = busiest_monday(path)

    def again() -> None:
        with db.read_scope(opened.engine) as session:
            week.shifts_in_week(session, COORDINATOR, monday, ROME)

    def changed() -> None:
        with db.read_scope(opened.engine) as session:
            week_engine.forget(session.connection())
            week.shifts_in_week(session, COORDINATOR, monday, ROME)

    rows = len(week_rows(conn, monday))
    results = []
    for what, console, query, reference in (
        ("read again", again, RAW_WEEK, "range query"),
        ("after a change", changed, RAW_WEEK, "range query"),
        ("after a change", changed, LEAN_WEEK, "9-field range query"),
    ):
        mine, theirs = interleaved(
            console, lambda query=query: week_rows(conn, monday, query), repeat
        )
        results.append(
            Result(
                f"shifts_in_week, busiest week, {what}",
                mine,
                theirs,
                reference,
                f"{rows} rows, week of {monday}",
            )
        )
    opened.engine.dispose()
    return results


# -- search ----------------------------------------------------------------------------------

RAW_SEARCH = (
    "SELECT c.id, c.title, highlight(cases_fts, 0, '[', ']'), bm25(cases_fts) FROM cases_fts "
    "JOIN cases c ON c.id = cases_fts.rowid WHERE cases_fts MATCH ? ORDER BY bm25(cases_fts) "
    "LIMIT 50",
    "SELECT c.id, c.title, n.id, snippet(case_notes_fts, 0, '[', ']', '…', 24), "
    "bm25(case_notes_fts) FROM case_notes_fts JOIN case_notes n ON n.id = case_notes_fts.rowid "
    "JOIN cases c ON c.id = n.case_id WHERE case_notes_fts MATCH ? "
    "AND (n.visibility = 'shared' OR n.author_id = 1 OR n.organization_id = 2) "
    "ORDER BY bm25(case_notes_fts) LIMIT 50",
)


def search(path: Path, repeat: int) -> list[Result]:
    opened = db.open_database(db.sqlite_url(path))
    conn = raw(path)
    results = []
    for kind, word in (("rare", "quokka"), ("common", "ragazzi")):

        def console(word: str = word) -> None:
            with db.read_scope(opened.engine) as session:
                case_search.search(session, COORDINATOR, word)

        def reference(word: str = word) -> None:
            for query in RAW_SEARCH:
                conn.execute(query, (f'"{word}"*',)).fetchall()

        matches = conn.execute(
            "SELECT count(*) FROM case_notes_fts WHERE case_notes_fts MATCH ?", (word,)
        ).fetchone()[0]
        mine, theirs = interleaved(console, reference, repeat)
        results.append(
            Result(
                f"search, {kind} word",
                mine,
                theirs,
                "FTS5 MATCH",
                f"'{word}' in {matches:,} notes",
            )
        )
    opened.engine.dispose()
    return results


# -- exports ---------------------------------------------------------------------------------

RAW_ICS = (
    "SELECT s.id, s.starts_at, s.ends_at, s.kind, s.status, s.objectives, s.version_id, "
    "s.created_at, z.name, group_concat(p.first_name || ' ' || p.last_name, ', ') "
    "FROM shifts s JOIN zones z ON z.id = s.zone_id "
    "LEFT JOIN shift_assignments a ON a.shift_id = s.id LEFT JOIN persons p ON p.id = a.person_id "
    "WHERE s.starts_at >= ? AND s.starts_at < ? AND s.status != 'draft' "
    "GROUP BY s.id ORDER BY s.starts_at, s.id"
)


def _fold(line: str) -> str:
    data = line.encode()
    if len(data) <= 75:
        return line + "\r\n"
    return (
        "\r\n ".join(data[i : i + 74].decode(errors="ignore") for i in range(0, len(data), 74))
        + "\r\n"
    )


def direct_ics(conn: sqlite3.Connection, first: date, last: date, out: Path) -> int:
    """The reference: the query and a writer that escapes and folds each line, nothing more."""
    start = datetime.combine(first, datetime.min.time(), ROME)
    end = datetime.combine(last + timedelta(days=1), datetime.min.time(), ROME)
    count = 0
    with out.open("w", encoding="utf-8", newline="") as f:
        f.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
        for (
            sid,
            begins,
            ends,
            kind,
            status,
            objectives,
            version,
            _created,
            zone,
            people,
        ) in conn.execute(RAW_ICS, (stamp(start), stamp(end))):
            f.write("BEGIN:VEVENT\r\n")
            f.write(_fold(f"UID:shift-{sid}@bench"))
            f.write(
                f"DTSTART:{begins[:19].replace('-', '').replace(' ', 'T').replace(':', '')}Z\r\n"
            )
            f.write(f"DTEND:{ends[:19].replace('-', '').replace(' ', 'T').replace(':', '')}Z\r\n")
            f.write(f"SEQUENCE:{version - 1}\r\nSTATUS:{status.upper()}\r\n")
            text = (people or "").replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
            f.write(_fold(f"SUMMARY:{kind} – {zone}"))
            f.write(_fold(f"DESCRIPTION:{text}\\n{objectives}"))
            f.write("END:VEVENT\r\n")
            count += 1
        f.write("END:VCALENDAR\r\n")
    return count


def export_ics(path: Path, repeat: int) -> list[Result]:
    opened = db.open_database(db.sqlite_url(path))
    conn = raw(path)
    last = date.today() - timedelta(days=1)
    first = last - timedelta(days=364)
    folder = Path(tempfile.mkdtemp(prefix="bench-ics-"))
    request = exports.IcsRequest(first, last, None, None, False, folder / "console.ics")

    def console() -> int:
        with db.read_scope(opened.engine) as session:
            return exports.write_ics(session, COORDINATOR, request, ROME, "it")

    events = console()
    reference_events = direct_ics(conn, first, last, folder / "direct.ics")
    mine, theirs = interleaved(
        console, lambda: direct_ics(conn, first, last, folder / "direct.ics"), max(3, repeat // 2)
    )
    tracemalloc.start()
    console()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    opened.engine.dispose()
    return [
        Result(
            "export-ics, one year",
            mine,
            theirs,
            "query + direct writer",
            f"{events:,} events ({reference_events:,} direct), peak {peak / 2**20:.1f} MiB",
        )
    ]


# -- the audit -------------------------------------------------------------------------------


def raw_verify(path: Path) -> int:
    """The reference: every entry's canonical JSON hashed after the one before, from sqlite3."""
    prev = audit.GENESIS
    count = 0
    with raw(path) as conn:
        for row in conn.execute(
            "SELECT id, at, user_id, username, action, entity, entity_id, details, "
            "justification, prev_hash, hash FROM audit_events ORDER BY id"
        ):
            at = datetime.fromisoformat(row[1]).replace(tzinfo=UTC)
            body = json.dumps(
                {
                    "id": row[0],
                    "at": at.isoformat(),
                    "user_id": row[2],
                    "username": row[3],
                    "action": row[4],
                    "entity": row[5],
                    "entity_id": row[6],
                    "details": json.loads(row[7]),
                    "justification": row[8],
                },
                sort_keys=True,
                separators=(",", ":"),
                ensure_ascii=False,
            )
            digest = hashlib.sha256((prev + body).encode("utf-8")).hexdigest()
            if digest != row[10]:
                raise RuntimeError(f"entry {row[0]} does not verify")
            prev = digest
            count += 1
    return count


def audit_verify(path: Path, repeat: int) -> list[Result]:
    opened = db.open_database(db.sqlite_url(path))
    checked: list[int] = []

    def console() -> None:
        with db.read_scope(opened.engine) as session:
            report = audit.verify_chain(session)
        if not report.ok:
            raise RuntimeError(report.line())
        checked.append(report.checked)

    mine, theirs = interleaved(console, lambda: raw_verify(path), max(3, repeat // 2))
    opened.engine.dispose()
    count = checked[-1]
    return [
        Result(
            "audit-verify",
            mine,
            theirs,
            "sqlite3 + sha256 loop",
            f"{count:,} entries, {count / mine:,.0f}/s (reference {count / theirs:,.0f}/s)",
        )
    ]


# -- the activity summary ------------------------------------------------------------------

RAW_SUMMARY = (
    "SELECT zone_id, status, count(*) FROM shifts WHERE starts_at >= ? AND starts_at < ? "
    "AND kind = 'joint' GROUP BY zone_id, status",
    "SELECT zone_id, count(*), sum((strftime('%s', ended_at) - strftime('%s', started_at)) "
    "/ 3600.0), sum(contacts_count) FROM interventions WHERE started_at >= ? AND started_at < ? "
    "GROUP BY zone_id",
    "SELECT zone_id, kind, count(*) FROM signals WHERE occurred_at >= ? AND occurred_at < ? "
    "GROUP BY zone_id, kind",
)


def summary(path: Path, repeat: int) -> list[Result]:
    # Printing loads reportlab and matplotlib: only with this benchmark.
    from console.services.reporting import printout  # noqa: PLC0415
    from console.services.reporting.periods import Period  # noqa: PLC0415
    from console.services.reporting.summary import activity_summary  # noqa: PLC0415

    opened = db.open_database(db.sqlite_url(path))
    conn = raw(path)
    today = date.today()
    year = Period(today - timedelta(days=365), today - timedelta(days=1))
    bounds = [year.bounds(ROME), year.previous().bounds(ROME)]

    def service() -> None:
        with db.read_scope(opened.engine) as session:
            activity_summary(session, MANAGER, year, tz=ROME)

    def reference() -> None:
        for first, last in bounds:
            for query in RAW_SUMMARY:
                conn.execute(query, (stamp(first), stamp(last))).fetchall()

    out = Path(tempfile.mkdtemp(prefix="bench-pdf-")) / "summary.pdf"
    request = printout.SummaryRequest(
        period=year, language="it", tz=ROME, path=out, weights=dict.fromkeys(SignalKind, 1.0)
    )

    def pdf() -> None:
        with db.session_scope(opened.engine) as session:
            printout.write_summary_pdf(session, MANAGER, request)

    mine, theirs = interleaved(service, reference, max(3, repeat // 2))
    pdf()
    pdf_times = sorted(once(pdf) for _ in range(3))
    opened.engine.dispose()
    return [
        Result("activity_summary, last year", mine, theirs, "grouped queries"),
        Result(
            "annual summary PDF",
            pdf_times[1],
            theirs,
            "grouped queries",
            f"{out.stat().st_size // 1024} KiB",
        ),
    ]
