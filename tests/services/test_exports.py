"""The .ics export parsed back with icalendar: UIDs, SEQUENCE, cancellations, zone, filters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from icalendar.parser import Contentlines
from sqlalchemy import Engine

from console import db
from console.models import (
    Case,
    CaseNote,
    Organization,
    OrganizationKind,
    Person,
    Role,
    Shift,
    ShiftAssignment,
    ShiftKind,
    ShiftStatus,
    User,
    Visibility,
    Zone,
)
from console.services import access
from console.services.planning import exports
from tests.factories import ROME, SQUARE

SECRET = "Note riservata su M. che non deve uscire"


@dataclass
class Plan:
    edu: int
    off: int
    roma: int
    marconi: int
    published: int
    draft: int
    cancelled: int


def local(day: str, hour: int) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, tzinfo=ROME)


@pytest.fixture
def plan(engine: Engine) -> Plan:
    with db.session_scope(engine) as s:
        coop = Organization(
            name="Cooperativa Il Cortile", short_name="Coop", kind=OrganizationKind.EDUCATIONAL
        )
        police = Organization(name="Polizia Locale", short_name="PL", kind=OrganizationKind.POLICE)
        s.add_all([coop, police])
        s.flush()
        edu = Person(
            first_name="Lucia", last_name="Bianchi", role=Role.EDUCATOR, organization_id=coop.id
        )
        off = Person(
            first_name="Marco", last_name="Rossi", role=Role.OFFICER, organization_id=police.id
        )
        roma = Zone(name="Piazza Roma", geometry=SQUARE)
        marconi = Zone(name="Piazza Marconi", geometry=SQUARE)
        s.add_all([edu, off, roma, marconi])
        s.flush()

        def add(zone: Zone, day: str, status: ShiftStatus, *people: Person) -> Shift:
            shift = Shift(
                zone_id=zone.id,
                starts_at=local(day, 18),
                ends_at=local(day, 22),
                kind=ShiftKind.JOINT,
                status=status,
                objectives="Presenza e ascolto vicino alle panchine",
            )
            shift.assignments = [ShiftAssignment(person_id=p.id) for p in people]
            s.add(shift)
            s.flush()
            return shift

        published = add(roma, "2026-11-24", ShiftStatus.PUBLISHED, edu, off)
        draft = add(marconi, "2026-11-25", ShiftStatus.DRAFT, edu, off)
        cancelled = add(marconi, "2026-11-26", ShiftStatus.CANCELLED, off)
        add(roma, "2026-12-20", ShiftStatus.PUBLISHED, edu, off)  # outside the range below

        user = User(username="edu", password_hash="x", role=Role.EDUCATOR, person_id=edu.id)
        s.add(user)
        s.flush()
        case = Case(title="Panchine", owner_id=edu.id, organization_id=coop.id)
        s.add(case)
        s.flush()
        s.add(
            CaseNote(
                case_id=case.id,
                author_id=user.id,
                organization_id=coop.id,
                visibility=Visibility.SHARED,
                body=SECRET,
            )
        )
        return Plan(edu.id, off.id, roma.id, marconi.id, published.id, draft.id, cancelled.id)


def export(engine: Engine, **kwargs) -> Calendar:
    kwargs.setdefault("first_day", date(2026, 11, 23))
    kwargs.setdefault("last_day", date(2026, 11, 29))
    with db.session_scope(engine) as s:
        result = exports.calendar_ics(s, access.COMMAND_LINE, tz=ROME, **kwargs)
    return Calendar.from_ical(result.content)


def test_published_and_cancelled_shifts_in_rome_time(engine: Engine, plan: Plan) -> None:
    cal = export(engine)
    found = cal.walk("VEVENT")
    assert len(found) == 2  # the draft is left out by default, December is out of range
    assert {str(e["status"]) for e in found} == {"CONFIRMED", "CANCELLED"}
    first = min(found, key=lambda e: e.decoded("dtstart"))
    assert first.decoded("dtstart") == local("2026-11-24", 18)
    assert first["dtstart"].params["TZID"] == "Europe/Rome"
    assert str(first["summary"]) == "Turno congiunto – Piazza Roma"
    assert "L. Bianchi" in str(first["description"]) and "M. Rossi" in str(first["description"])
    (vtimezone,) = cal.walk("VTIMEZONE")
    assert str(vtimezone["tzid"]) == "Europe/Rome"


@pytest.mark.parametrize(
    "name",
    ["Piazza Roma, lato nord; sera", "Piazza Roma\nlato nord", "Piazza \\ Roma"],
    ids=["comma and semicolon", "newline", "backslash"],
)
def test_the_calendar_name_is_escaped_as_text(engine: Engine, plan: Plan, name: str) -> None:
    with db.session_scope(engine) as s:
        s.get(Zone, plan.roma).name = name
    with db.session_scope(engine) as s:
        content = exports.calendar_ics(
            s,
            access.COMMAND_LINE,
            first_day=date(2026, 11, 23),
            last_day=date(2026, 11, 29),
            tz=ROME,
            zone_id=plan.roma,
        ).content
    # Unfolded and split by icalendar's own parser, which unescapes TEXT.
    [line] = [
        ln for ln in Contentlines.from_ical(content.decode()) if ln.startswith("X-WR-CALNAME")
    ]
    assert line.parts() == ("X-WR-CALNAME", {}, f"Coordination Console – {name}")
    escaped = name.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    assert line == "X-WR-CALNAME:Coordination Console – " + escaped.replace("\n", "\\n")
    cal = Calendar.from_ical(content)  # the whole file still reads
    assert len(cal.walk("VEVENT")) == 1


def test_drafts_on_request_as_tentative(engine: Engine, plan: Plan) -> None:
    statuses = sorted(str(e["status"]) for e in export(engine, include_drafts=True).walk("VEVENT"))
    assert statuses == ["CANCELLED", "CONFIRMED", "TENTATIVE"]


def test_uid_is_stable_and_sequence_grows_with_changes(engine: Engine, plan: Plan) -> None:
    before = {str(e["uid"]): int(e["sequence"]) for e in export(engine).walk("VEVENT")}
    with db.session_scope(engine) as s:
        shift = s.get(Shift, plan.published)
        shift.ends_at = local("2026-11-24", 23)
    after = {str(e["uid"]): int(e["sequence"]) for e in export(engine).walk("VEVENT")}
    assert before.keys() == after.keys()
    with db.session_scope(engine) as s:
        published = s.get(Shift, plan.published)
        assert exports.shift_uid(published.id, published.created_at) in after
    changed = [uid for uid in after if after[uid] != before[uid]]
    assert len(changed) == 1 and after[changed[0]] == before[changed[0]] + 1


def test_filters_by_person_and_zone(engine: Engine, plan: Plan) -> None:
    assert len(export(engine, person_id=plan.edu).walk("VEVENT")) == 1
    assert len(export(engine, person_id=plan.off).walk("VEVENT")) == 2
    assert len(export(engine, zone_id=plan.marconi).walk("VEVENT")) == 1
    assert len(export(engine, zone_id=plan.roma, include_drafts=True).walk("VEVENT")) == 1


def test_nothing_from_cases_goes_out(engine: Engine, plan: Plan) -> None:
    with db.session_scope(engine) as s:
        content = exports.calendar_ics(
            s,
            access.COMMAND_LINE,
            first_day=date(2026, 11, 1),
            last_day=date(2026, 12, 31),
            tz=ROME,
            include_drafts=True,
        ).content.decode()
    assert "Panchine" not in content and "riservata" not in content


def test_english_text(engine: Engine, plan: Plan) -> None:
    summaries = {str(e["summary"]) for e in export(engine, language="en").walk("VEVENT")}
    assert summaries == {"Joint shift – Piazza Roma", "Joint shift – Piazza Marconi"}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"person_id": 999}, "person 999 does not exist"),
        ({"zone_id": 999}, "zone 999 does not exist"),
        ({"first_day": date(2026, 12, 1), "last_day": date(2026, 11, 1)}, "before the start"),
    ],
)
def test_bad_requests_are_clear(engine: Engine, plan: Plan, kwargs: dict, message: str) -> None:
    with pytest.raises(exports.ExportError, match=message):
        export(engine, **kwargs)


def _request(path: Path, **kwargs) -> exports.IcsRequest:
    values = {
        "first_day": date(2026, 11, 23),
        "last_day": date(2026, 11, 29),
        "person_id": None,
        "zone_id": None,
        "include_drafts": False,
    }
    return exports.IcsRequest(path=path, **(values | kwargs))


def test_write_ics_writes_the_export_asked_for_to_its_file(
    engine: Engine, plan: Plan, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "turni.ics"
    target.parent.mkdir()
    with db.session_scope(engine) as s:
        count = exports.write_ics(
            s, access.COMMAND_LINE, _request(target, include_drafts=True), ROME, "en"
        )
    assert count == 3
    found = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert sorted(str(e["status"]) for e in found) == ["CANCELLED", "CONFIRMED", "TENTATIVE"]
    assert "Joint shift – Piazza Roma" in {str(e["summary"]) for e in found}
    assert [p.name for p in target.parent.iterdir()] == ["turni.ics"]  # no temporary file left


def test_write_ics_refused_leaves_the_old_file_as_it_was(
    engine: Engine, plan: Plan, tmp_path: Path
) -> None:
    target = tmp_path / "turni.ics"
    target.write_bytes(b"old")
    missing_zone = pytest.raises(exports.ExportError, match="zone 999 does not exist")
    with db.session_scope(engine) as s, missing_zone:
        exports.write_ics(s, access.COMMAND_LINE, _request(target, zone_id=999), ROME, "it")
    assert target.read_bytes() == b"old"
    with db.session_scope(engine) as s, pytest.raises(OSError):
        exports.write_ics(s, access.COMMAND_LINE, _request(tmp_path / "no" / "x.ics"), ROME, "it")


def test_times_across_the_changes_of_summer_time_are_the_instants_stored(
    engine: Engine, plan: Plan
) -> None:
    """The export reads times as stored and writes each distinct one once: around both changes
    of 2026 (29 March, 25 October), a night shift across the change, two shifts at the same
    instant and both 02:30s of 25 October come out at the very instants stored, read back by
    icalendar, with the right LAST-MODIFIED."""
    instants = [
        datetime(2026, 3, 28, 23, 30, tzinfo=UTC),  # 00:30 CET, before the change at 02:00
        datetime(2026, 3, 29, 0, 30, tzinfo=UTC),  # 01:30 CET, across it (ends 04:30 CEST)
        datetime(2026, 3, 29, 0, 30, tzinfo=UTC),  # the same instant again
        datetime(2026, 10, 24, 23, 30, tzinfo=UTC),  # 01:30 CEST, across the change back
        datetime(2026, 10, 25, 0, 30, tzinfo=UTC),  # 02:30 CEST, the first of two 02:30s
        datetime(2026, 10, 25, 1, 30, tzinfo=UTC),  # 02:30 CET, the second
    ]
    with db.session_scope(engine) as s:
        for moment in instants:
            s.add(
                Shift(
                    zone_id=plan.roma,
                    starts_at=moment,
                    ends_at=moment + timedelta(hours=3, minutes=15, seconds=7),
                    kind=ShiftKind.JOINT,
                    status=ShiftStatus.PUBLISHED,
                )
            )
    cal = export(engine, first_day=date(2026, 3, 28), last_day=date(2026, 10, 26))
    found = sorted(
        (e for e in cal.walk("VEVENT") if e.decoded("dtstart").month in {3, 10}),
        key=lambda e: (e.decoded("dtstart"), str(e["uid"])),
    )
    assert [e.decoded("dtstart").astimezone(UTC) for e in found] == instants
    assert [e.decoded("dtend").astimezone(UTC) for e in found] == [
        moment + timedelta(hours=3, minutes=15, seconds=7) for moment in instants
    ]
    # In Rome time, but for both 02:30s of 25 October: a repeated local time reads as its
    # first occurrence (RFC 5545 3.3.5), so those are written in UTC.
    assert [e["dtstart"].params.get("TZID") for e in found] == ["Europe/Rome"] * 4 + [None] * 2
    assert [e["dtstart"].to_ical() for e in found[-2:]] == [
        b"20261025T003000Z",
        b"20261025T013000Z",
    ]
    with db.session_scope(engine) as s:
        stored = {
            shift.id: (shift.created_at, shift.updated_at)
            for shift in s.query(Shift).filter(Shift.starts_at < datetime(2026, 11, 1, tzinfo=UTC))
        }
    for event in found:
        shift_id = int(str(event["uid"]).split("-")[1])
        created, updated = stored[shift_id]
        assert str(event["uid"]).startswith(f"shift-{shift_id}-{created:%Y%m%dT%H%M%S}@")
        assert event.decoded("last-modified") == updated.replace(microsecond=0)
