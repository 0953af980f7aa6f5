"""Exports of the plan: iCalendar (RFC 5545) files of shifts for one person, one zone or the team
(:func:`calendar_ics` builds one, :func:`write_ics` is the Calendar's export written to a file).

Only planning data goes out: times, zone, kind, the people's short names and the objectives;
nothing from cases. Each shift keeps one UID forever, its SEQUENCE grows with every change
(``version_id``), and a cancelled shift stays in the file with STATUS:CANCELLED so calendars
that imported it earlier remove it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, BinaryIO
from zoneinfo import ZoneInfo

from sqlalchemy import Select, String, select, type_coerce
from sqlalchemy.orm import Session

from console import __version__, files, texts
from console.models import Person, Shift, ShiftAssignment, ShiftKind, ShiftStatus, Zone
from console.services import access, bounds
from console.services.errors import Entity, Refusal, not_found
from console.services.planning import ics_lines
from console.services.planning.rules import MAX_SHIFT

PRODID = f"-//Comune di Cremona//Coordination Console {__version__}//IT"
UID_DOMAIN = "coordination-console.cremona"

_PEOPLE_LABEL = {"en": "People", "it": "Persone"}
_OBJECTIVES_LABEL = {"en": "Objectives", "it": "Obiettivi"}
_STATUS = {
    ShiftStatus.DRAFT: "TENTATIVE",
    ShiftStatus.PUBLISHED: "CONFIRMED",
    ShiftStatus.DONE: "CONFIRMED",
    ShiftStatus.CANCELLED: "CANCELLED",
}
# The same, by the value the database stores (the export reads kinds, statuses and roles as
# stored: no enum object per row).
_STATUS_LINE = {status.value: f"STATUS:{line}\r\n" for status, line in _STATUS.items()}


class ExportError(Refusal):
    """The export cannot be made as asked (see :mod:`console.services.errors`)."""


@dataclass(frozen=True)
class IcsExport:
    content: bytes
    events: int
    name: str  # what the calendar is called in the user's app


@dataclass(frozen=True)
class IcsRequest:
    """What to export and where: the export dialog's answer, passed to :func:`write_ics`."""

    first_day: date
    last_day: date  # included
    person_id: int | None  # only this person's shifts
    zone_id: int | None  # only this zone's shifts
    include_drafts: bool
    path: Path


def shift_uid(shift_id: int, created_at: datetime) -> str:
    """Stable for the life of the shift, and distinct between databases that reuse ids."""
    return f"shift-{shift_id}-{created_at.astimezone(UTC):%Y%m%dT%H%M%S}@{UID_DOMAIN}"


def calendar_ics(
    session: Session,
    actor: access.Actor,
    *,
    first_day: date,
    last_day: date,
    tz: ZoneInfo,
    person_id: int | None = None,
    zone_id: int | None = None,
    include_drafts: bool = False,
    language: str = "it",
) -> IcsExport:
    """The shifts overlapping ``first_day`` .. ``last_day`` (local days, inclusive) as .ics.

    Drafts are left out unless asked for: a phone calendar shows what was published. The
    whole file in memory: :func:`write_ics` writes a file event by event instead.
    """
    export = _prepare(
        session, actor, first_day, last_day, tz, person_id, zone_id, include_drafts, language
    )
    buffer = io.BytesIO()
    events = export.write(session, buffer)
    return IcsExport(content=buffer.getvalue(), events=events, name=export.name)


def write_ics(
    session: Session, actor: access.Actor, request: IcsRequest, tz: ZoneInfo, language: str
) -> int:
    """Export as asked and write the file whole (a temporary file renamed over the target),
    event by event: memory does not grow with the number of shifts. Returns how many shifts
    it holds. Raises as :func:`calendar_ics` (before anything is written), and ``OSError``
    when the file cannot be written."""
    export = _prepare(
        session,
        actor,
        request.first_day,
        request.last_day,
        tz,
        request.person_id,
        request.zone_id,
        request.include_drafts,
        language,
    )
    return files.write_streamed(request.path, lambda out: export.write(session, out))


# Rows read from the database at a time while writing.
BATCH = 500


@dataclass(frozen=True)
class _Export:
    """A checked request: the queries of its shifts (by start) and of their people (in the
    same order, then by name), the calendar's name and how to write it."""

    query: tuple[Select[Any], Select[Any]]
    name: str
    tz: ZoneInfo
    first_day: date
    last_day: date
    language: str

    def write(self, session: Session, out: BinaryIO) -> int:
        """Write the calendar to ``out``; returns how many events it holds."""
        # icalendar loads with the first export, not with the Calendar section; it builds the
        # time zone's definition, once per file.
        from icalendar import Timezone  # noqa: PLC0415

        tz = self.tz
        head = [
            "BEGIN:VCALENDAR\r\n",
            ics_lines.line("PRODID", ics_lines.text(PRODID)),
            "VERSION:2.0\r\n",
            "CALSCALE:GREGORIAN\r\n",
            ics_lines.line("X-WR-CALNAME", ics_lines.text(self.name)),
            ics_lines.line("X-WR-TIMEZONE", ics_lines.text(tz.key)),
        ]
        out.write("".join(head).encode("utf-8"))
        out.write(
            Timezone.from_tzid(
                tz.key,
                first_date=date(self.first_day.year - 1, 1, 1),
                last_date=date(self.last_day.year + 2, 1, 1),
            ).to_ical()
        )
        stamp = ics_lines.utc_stamp(datetime.now(UTC))
        shifts_query, people_query = self.query
        # Core rows, not the ORM's (Core does not autoflush: flush as session.execute would).
        session.flush()
        connection = session.connection()
        shifts = connection.execute(shifts_query.execution_options(yield_per=BATCH))
        people = connection.execute(people_query.execution_options(yield_per=BATCH))
        texts_of = _ZoneTexts(self.language)
        times = _Times(tz)
        # Rows a batch at a time (the result's per-row iteration costs as much as an event's
        # formatting), written a batch at a time.
        everyone = (row for batch in people.partitions() for row in batch)
        waiting = next(everyone, None)
        events = 0
        for batch in shifts.partitions():
            written = []
            for shift in batch:
                names = []
                while waiting is not None and waiting[0] == shift.id:
                    _shift, first, last, role = waiting
                    names.append(f"{first[:1]}. {last} ({role})")
                    waiting = next(everyone, None)
                written.append(_event(shift, names, times, stamp, texts_of))
            out.write("".join(written).encode("utf-8"))
            events += len(written)
        out.write(b"END:VCALENDAR\r\n")
        return events


def _prepare(  # noqa: PLR0917 - the export's own arguments
    session: Session,
    actor: access.Actor,
    first_day: date,
    last_day: date,
    tz: ZoneInfo,
    person_id: int | None,
    zone_id: int | None,
    include_drafts: bool,
    language: str,
) -> _Export:
    """Check the request (raises ExportError, PermissionDenied) and build its query."""
    access.require(actor, access.Action.EXPORT_CALENDAR)
    bounds.check_days(first_day, last_day)
    if last_day < first_day:
        raise ExportError("export_ends_before_start", "the end date is before the start date")
    language = texts.language(language)
    start = datetime.combine(first_day, datetime.min.time(), tz).astimezone(UTC)
    end = datetime.combine(last_day + timedelta(days=1), datetime.min.time(), tz).astimezone(UTC)

    name = "Coordination Console"
    # Times as the driver gives them (the stored text on SQLite, aware on PostgreSQL): _Times
    # reads both, without the per-value conversion of UTCDateTime over a year of shifts.
    shifts = (
        select(
            Shift.id,
            _as_stored(Shift.starts_at, "starts_at"),
            _as_stored(Shift.ends_at, "ends_at"),
            type_coerce(Shift.kind, String()).label("kind"),
            type_coerce(Shift.status, String()).label("status"),
            Shift.objectives,
            Shift.version_id,
            _as_stored(Shift.created_at, "created_at"),
            _as_stored(Shift.updated_at, "updated_at"),
            Zone.name.label("zone_name"),
        )
        .join(Zone, Zone.id == Shift.zone_id)
        .order_by(Shift.starts_at, Shift.id)
    )
    # Their people, in the same order of shifts, then by name: read beside the shifts.
    people = (
        select(
            ShiftAssignment.shift_id,
            Person.first_name,
            Person.last_name,
            type_coerce(Person.role, String()),
        )
        .join(Shift, Shift.id == ShiftAssignment.shift_id)
        .join(Person, Person.id == ShiftAssignment.person_id)
        .order_by(Shift.starts_at, Shift.id, Person.last_name, Person.first_name, Person.id)
    )
    wanted = [Shift.starts_at >= start - MAX_SHIFT, Shift.starts_at < end, Shift.ends_at > start]
    if not include_drafts:
        wanted.append(Shift.status != ShiftStatus.DRAFT)
    if person_id is not None:
        person = session.get(Person, person_id)
        if person is None:
            raise not_found(ExportError, Entity.PERSON, person_id)
        name = f"{name} – {person.full_name}"
        mine = select(ShiftAssignment.shift_id).where(ShiftAssignment.person_id == person_id)
        wanted.append(Shift.id.in_(mine))
    if zone_id is not None:
        zone = session.get(Zone, zone_id)
        if zone is None:
            raise not_found(ExportError, Entity.ZONE, zone_id)
        name = f"{name} – {zone.name}"
        wanted.append(Shift.zone_id == zone_id)
    query = (shifts.where(*wanted), people.where(*wanted))
    return _Export(query, name, tz, first_day, last_day, language)


class _ZoneTexts(dict[tuple[str, str], tuple[str, str, str]]):
    """The SUMMARY, LOCATION and CATEGORIES lines of a zone and kind (as stored), written once
    per file."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language

    def __missing__(self, key: tuple[str, str]) -> tuple[str, str, str]:
        zone, stored = key
        kind = ShiftKind(stored)
        text, line = ics_lines.text, ics_lines.line
        found = (
            line("SUMMARY", text(f"{texts.SHIFT_KINDS[self.language][kind]} – {zone}")),
            line("LOCATION", text(f"{zone}, Cremona")),
            line("CATEGORIES", text(kind.value)),
        )
        self[key] = found
        return found


def _compact(moment: datetime) -> str:
    """``20261124T180000``: the DATE-TIME form, without strftime (four per event)."""
    two = _TWO_DIGITS
    return (
        f"{moment.year:04d}{two[moment.month]}{two[moment.day]}"
        f"T{two[moment.hour]}{two[moment.minute]}{two[moment.second]}"
    )


_TWO_DIGITS = tuple(f"{n:02d}" for n in range(62))  # looked up: four times faster than :02d


def _as_stored(column: Any, name: str) -> Any:
    """A time column read as the driver gives it: the stored text on SQLite
    (``2026-11-24 17:00:00.000000``, UTC), an aware ``datetime`` on PostgreSQL."""
    return type_coerce(column, String()).label(name)


def _utc(value: str | datetime) -> datetime:
    """A time as the driver gave it (stored text or naive: UTC; or aware), aware in UTC."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _utc_compact(value: str | datetime) -> str:
    """:func:`_compact` in UTC of a time as the driver gave it."""
    if isinstance(value, str) and len(value) >= 19:  # "2026-11-24 17:00:00…": UTC already
        return (
            value[0:4] + value[5:7] + value[8:10] + "T" + value[11:13] + value[14:16] + value[17:19]
        )
    return _compact(_utc(value))


class _Times(dict[str | datetime, str]):
    """What follows DTSTART or DTEND for each time as the driver gave it, computed once per
    distinct time (a year of shifts starts and ends at a few thousand distinct times):
    ``;TZID=Europe/Rome:20261124T180000``, the local time. A local time that happens twice
    (the hour the clocks go back) is written in UTC instead, ``:20261025T013000Z``: RFC 5545
    3.3.5 reads a repeated local time as its first occurrence, which the second is not, and a
    calendar may not follow that rule for the first either."""

    def __init__(self, tz: ZoneInfo) -> None:
        super().__init__()
        self.tz = tz
        self.tzid = f";TZID={tz.key}:"

    def __missing__(self, value: str | datetime) -> str:
        moment = _utc(value)
        local = moment.astimezone(self.tz)
        if local.replace(fold=1 - local.fold).utcoffset() != local.utcoffset():  # repeated
            written = self[value] = f":{_compact(moment)}Z"
        else:
            written = self[value] = self.tzid + _compact(local)
        return written


def _event(shift: Any, people: list[str], times: _Times, stamp: str, zone: _ZoneTexts) -> str:
    """One VEVENT: a shift's row and its people ("L. Bianchi (educator)"), by name."""
    language = zone.language
    lines = [f"{_PEOPLE_LABEL[language]}: " + ", ".join(people)]
    if shift.objectives.strip():
        lines.append(f"{_OBJECTIVES_LABEL[language]}: {shift.objectives.strip()}")
    summary, location, categories = zone[shift.zone_name, shift.kind]
    # The UID holds letters, digits and "-@." only: nothing to escape, never folded.
    uid = f"shift-{shift.id}-{_utc_compact(shift.created_at)}@{UID_DOMAIN}"
    return "".join(
        (
            "BEGIN:VEVENT\r\n",
            ics_lines.line("UID", uid),
            f"DTSTAMP:{stamp}\r\n",
            f"DTSTART{times[shift.starts_at]}\r\n",
            f"DTEND{times[shift.ends_at]}\r\n",
            f"SEQUENCE:{max(shift.version_id - 1, 0)}\r\n",
            f"LAST-MODIFIED:{_utc_compact(shift.updated_at)}Z\r\n",
            _STATUS_LINE[shift.status],
            summary,
            location,
            ics_lines.line("DESCRIPTION", ics_lines.text("\n".join(lines))),
            categories,
            "END:VEVENT\r\n",
        )
    )
