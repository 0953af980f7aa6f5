"""Exports of the plan: iCalendar (RFC 5545) files of shifts for one person, one zone or the team
(:func:`calendar_ics` builds one, :func:`write_ics` is the Calendar's export written to a file).

Only planning data goes out: times, zone, kind, the people's short names and the objectives;
nothing from cases. Each shift keeps one UID forever, its SEQUENCE grows with every change
(``version_id``), and a cancelled shift stays in the file with STATUS:CANCELLED so calendars
that imported it earlier remove it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from console import __version__, files, texts
from console.models import Person, Shift, ShiftAssignment, ShiftStatus, Zone
from console.services import access, bounds
from console.services.errors import Entity, Refusal, not_found
from console.services.planning.rules import MAX_SHIFT

if TYPE_CHECKING:
    from icalendar import Event

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

    Drafts are left out unless asked for: a phone calendar shows what was published.
    """
    access.require(actor, access.Action.EXPORT_CALENDAR)
    bounds.check_days(first_day, last_day)
    if last_day < first_day:
        raise ExportError("export_ends_before_start", "the end date is before the start date")
    language = texts.language(language)
    start = datetime.combine(first_day, datetime.min.time(), tz).astimezone(UTC)
    end = datetime.combine(last_day + timedelta(days=1), datetime.min.time(), tz).astimezone(UTC)

    name = "Coordination Console"
    query = (
        select(Shift)
        .where(Shift.starts_at >= start - MAX_SHIFT, Shift.starts_at < end, Shift.ends_at > start)
        .options(
            selectinload(Shift.assignments).selectinload(ShiftAssignment.person),
            selectinload(Shift.zone),
        )
        .order_by(Shift.starts_at, Shift.id)
    )
    if not include_drafts:
        query = query.where(Shift.status != ShiftStatus.DRAFT)
    if person_id is not None:
        person = session.get(Person, person_id)
        if person is None:
            raise not_found(ExportError, Entity.PERSON, person_id)
        name = f"{name} – {person.full_name}"
        mine = select(ShiftAssignment.shift_id).where(ShiftAssignment.person_id == person_id)
        query = query.where(Shift.id.in_(mine))
    if zone_id is not None:
        zone = session.get(Zone, zone_id)
        if zone is None:
            raise not_found(ExportError, Entity.ZONE, zone_id)
        name = f"{name} – {zone.name}"
        query = query.where(Shift.zone_id == zone_id)
    shifts = session.scalars(query).all()

    # icalendar loads with the first export, not with the Calendar section.
    from icalendar import Calendar, Timezone, vText  # noqa: PLC0415

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    # icalendar writes a property whose value type it does not know (an X- property, and
    # X-WR-CALNAME is one) verbatim, as RFC 7265's "unknown": a comma, a semicolon or a line
    # break in a zone's or person's name would then break the line. The name is TEXT: given as
    # icalendar's vText, it is escaped like SUMMARY.
    cal.add("x-wr-calname", vText(name))
    cal.add("x-wr-timezone", tz.key)
    cal.add_component(
        Timezone.from_tzid(
            tz.key,
            first_date=date(first_day.year - 1, 1, 1),
            last_date=date(last_day.year + 2, 1, 1),
        )
    )
    stamp = datetime.now(UTC).replace(microsecond=0)
    for shift in shifts:
        cal.add_component(_event(shift, tz, stamp, language))
    return IcsExport(content=cal.to_ical(), events=len(shifts), name=name)


def write_ics(
    session: Session, actor: access.Actor, request: IcsRequest, tz: ZoneInfo, language: str
) -> int:
    """Export as asked and write the file whole (a temporary file renamed over the target);
    returns how many shifts it holds. Raises as :func:`calendar_ics`, and ``OSError`` when the
    file cannot be written."""
    result = calendar_ics(
        session,
        actor,
        first_day=request.first_day,
        last_day=request.last_day,
        tz=tz,
        person_id=request.person_id,
        zone_id=request.zone_id,
        include_drafts=request.include_drafts,
        language=language,
    )
    files.write_atomically(request.path, result.content)
    return result.events


def _event(shift: Shift, tz: ZoneInfo, stamp: datetime, language: str) -> Event:
    from icalendar import Event  # noqa: PLC0415 - loaded with the calendar, see calendar_ics

    people = sorted(shift.assignments, key=lambda a: (a.person.last_name, a.person.first_name))
    lines = [
        f"{_PEOPLE_LABEL[language]}: "
        + ", ".join(f"{a.person.short_name} ({a.person.role.value})" for a in people)
    ]
    if shift.objectives.strip():
        lines.append(f"{_OBJECTIVES_LABEL[language]}: {shift.objectives.strip()}")
    event = Event()
    event.add("uid", shift_uid(shift.id, shift.created_at))
    event.add("dtstamp", stamp)
    event.add("dtstart", shift.starts_at.astimezone(tz))
    event.add("dtend", shift.ends_at.astimezone(tz))
    event.add("sequence", max(shift.version_id - 1, 0))
    event.add("last-modified", shift.updated_at.astimezone(UTC).replace(microsecond=0))
    event.add("status", _STATUS[shift.status])
    event.add("summary", f"{texts.SHIFT_KINDS[language][shift.kind]} – {shift.zone.name}")
    event.add("location", f"{shift.zone.name}, Cremona")
    event.add("description", "\n".join(lines))
    event.add("categories", [shift.kind.value])
    return event
