"""The Cremona demo data: contents, rules kept (but one), determinism and refusal."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from matplotlib.path import Path as PolygonPath
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, selectinload

from console import db, paths
from console.models import (
    INTERVENTION_TYPES,
    Absence,
    ActionItem,
    AgendaItem,
    AvailabilityKind,
    AvailabilityRule,
    Base,
    Case,
    CaseNote,
    Consent,
    Decision,
    Identification,
    Intervention,
    Meeting,
    MeetingStatus,
    Organization,
    OrganizationKind,
    Person,
    Referral,
    ReferralStatus,
    Role,
    Shift,
    ShiftAssignment,
    ShiftKind,
    ShiftStatus,
    Signal,
    SignalKind,
    Subject,
    User,
    Visibility,
    Zone,
    case_interventions,
    case_signals,
    meeting_participants,
)
from console.services.access import instance
from console.services.access.passwords import verify_password
from console.services.demo.seed import (
    DEMO_ACCOUNTS,
    DEMO_PASSWORD,
    DemoRefused,
    DemoSummary,
    seed_demo,
)
from tests.factories import ROME

TODAY = date(2026, 3, 11)  # a Wednesday; its week's Monday is 9 March
MONDAY = date(2026, 3, 9)
CREMONA_BBOX = (9.98, 10.07, 45.11, 45.16)  # lon min, lon max, lat min, lat max
ZONE_NAMES = {"Piazza Roma", "Piazza Marconi", "Area verde di via Orti Romani"}


def seed(engine: Engine, today: date = TODAY) -> DemoSummary:
    with db.session_scope(engine) as session:
        return seed_demo(session, today)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One seeding per module (argon2 makes it the slow part); tests get their own copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    opened = db.open_database(db.sqlite_url(path))
    try:
        seed(opened.engine)
    finally:
        opened.engine.dispose()
    return path


@pytest.fixture
def seeded(demo_file: Path, tmp_path: Path) -> Iterator[Session]:
    """A session on a fresh copy of the demo seeded for TODAY."""
    copy = tmp_path / "seeded.db"
    with closing(sqlite3.connect(demo_file)) as source, closing(sqlite3.connect(copy)) as target:
        source.backup(target)
    engine = db.open_database(db.sqlite_url(copy)).engine
    try:
        with db.session_scope(engine) as session:
            yield session
    finally:
        engine.dispose()


def local_day(moment: datetime) -> date:
    return moment.astimezone(ROME).date()


def row_counts(session: Session) -> dict[str, int]:
    return {
        table.name: session.scalar(select(func.count()).select_from(table)) or 0
        for table in Base.metadata.sorted_tables
    }


# -- contents -------------------------------------------------------------------------------


def test_summary_counts_match_the_database(engine: Engine) -> None:
    summary = seed(engine)
    assert (summary.organizations, summary.persons, summary.users, summary.zones) == (4, 29, 6, 3)
    assert 8 * 7 * 2 <= summary.shifts <= 8 * 7 * 4
    assert 5 <= summary.absences <= 8
    assert 60 <= summary.signals <= 120
    assert 4 <= summary.cases <= 6
    assert summary.meetings == 2
    with db.session_scope(engine) as session:
        counted = {
            "organizations": Organization,
            "persons": Person,
            "users": User,
            "zones": Zone,
            "shifts": Shift,
            "absences": Absence,
            "signals": Signal,
            "interventions": Intervention,
            "cases": Case,
            "notes": CaseNote,
            "meetings": Meeting,
        }
        for name, model in counted.items():
            assert getattr(summary, name) == session.scalar(select(func.count(model.id))), name
        assert instance.is_demo(session)


def test_people_roles_and_organizations(seeded: Session) -> None:
    kinds = {org.kind for org in seeded.scalars(select(Organization))}
    assert kinds == set(OrganizationKind)
    people = seeded.scalars(select(Person)).all()
    roles = Counter(person.role for person in people)
    assert roles == {
        Role.EDUCATOR: 10,
        Role.OFFICER: 12,
        Role.SOCIAL_WORKER: 3,
        Role.COORDINATOR: 2,
        Role.MANAGER: 1,
        Role.ADMIN: 1,
    }
    expected_org = {
        Role.EDUCATOR: OrganizationKind.EDUCATIONAL,
        Role.OFFICER: OrganizationKind.POLICE,
        Role.SOCIAL_WORKER: OrganizationKind.SOCIAL_SERVICES,
    }
    for person in people:
        if person.role in expected_org:
            assert person.organization.kind is expected_org[person.role], person.full_name
        if person.role is Role.EDUCATOR:
            assert 25 <= person.weekly_hours <= 38
        if person.role is Role.OFFICER:
            assert person.weekly_hours == 36
    coordinators = {p.organization.kind for p in people if p.role is Role.COORDINATOR}
    assert OrganizationKind.MUNICIPALITY in coordinators and len(coordinators) == 2


def test_one_account_per_role_linked_to_a_person_of_that_role(seeded: Session) -> None:
    assert len(DEMO_PASSWORD) >= 10
    users = seeded.scalars(select(User)).all()
    assert sorted(u.role for u in users) == sorted(Role)
    by_name = {u.username: u for u in users}
    assert set(by_name) == {a.username for a in DEMO_ACCOUNTS}
    for account in DEMO_ACCOUNTS:
        user = by_name[account.username]
        assert user.role is account.role
        assert user.person is not None
        assert user.person.role is account.role
        assert user.person.full_name == account.full_name
        assert user.password_hash.startswith("$argon2id$")
        assert verify_password(user.password_hash, DEMO_PASSWORD)
        assert not verify_password(user.password_hash, DEMO_PASSWORD + "x")


def all_shifts(session: Session) -> list[Shift]:
    query = select(Shift).options(
        selectinload(Shift.assignments).selectinload(ShiftAssignment.person)
    )
    return list(session.scalars(query.order_by(Shift.starts_at, Shift.id)))


def test_shift_times_and_teams(seeded: Session) -> None:
    for shift in all_shifts(seeded):
        assert shift.starts_at < shift.ends_at <= shift.starts_at + timedelta(hours=12)
        roles = Counter(a.person.role for a in shift.assignments)
        assert 2 <= len(shift.assignments) <= 3, shift.id
        assert set(roles) <= {Role.EDUCATOR, Role.OFFICER}
        if shift.kind is ShiftKind.JOINT:
            assert roles[Role.EDUCATOR] >= 1 and roles[Role.OFFICER] >= 1, shift.id
        elif shift.kind is ShiftKind.OUTREACH:
            assert set(roles) == {Role.EDUCATOR}, shift.id
        else:
            assert set(roles) == {Role.OFFICER}, shift.id
    kinds = Counter(s.kind for s in all_shifts(seeded))
    assert kinds[ShiftKind.JOINT] > kinds[ShiftKind.OUTREACH] + kinds[ShiftKind.PATROL]
    assert kinds[ShiftKind.OUTREACH] > 0 and kinds[ShiftKind.PATROL] > 0


def test_shifts_span_exactly_the_eight_weeks(seeded: Session) -> None:
    shifts = all_shifts(seeded)
    days = Counter(local_day(s.starts_at) for s in shifts)
    first, last = MONDAY - timedelta(weeks=4), MONDAY + timedelta(weeks=3, days=6)
    assert min(days) == first
    assert max(days) == last
    assert len(days) == 8 * 7  # every day has shifts
    assert all(2 <= n <= 4 for n in days.values())
    for shift in shifts:
        start = shift.starts_at.astimezone(ROME)
        assert 15 <= start.hour <= 20  # afternoons and evenings


def test_statuses_follow_the_weeks_and_done_shifts_have_debriefs(seeded: Session) -> None:
    statuses: dict[int, Counter[ShiftStatus]] = defaultdict(Counter)
    shifts = all_shifts(seeded)
    for shift in shifts:
        week = (local_day(shift.starts_at) - MONDAY).days // 7
        statuses[week][shift.status] += 1
    allowed = {
        -4: {ShiftStatus.DONE},
        -3: {ShiftStatus.DONE},
        -2: {ShiftStatus.DONE},
        -1: {ShiftStatus.DONE},
        0: {ShiftStatus.PUBLISHED},
        1: {ShiftStatus.PUBLISHED},
        2: {ShiftStatus.DRAFT},
        3: {ShiftStatus.DRAFT},
    }
    for week, counter in statuses.items():
        assert set(counter) - {ShiftStatus.CANCELLED} == allowed[week], week
    assert sum(c[ShiftStatus.CANCELLED] for c in statuses.values()) == 2

    debriefs = {i.shift_id: i for i in seeded.scalars(select(Intervention))}
    done = [s for s in shifts if s.status is ShiftStatus.DONE]
    assert set(debriefs) <= {s.id for s in done}
    assert len(debriefs) > len(done) / 2
    for shift in done:
        if shift.id not in debriefs:
            continue
        debrief = debriefs[shift.id]
        assert {p.person_id for p in debrief.participants} == {
            a.person_id for a in shift.assignments
        }
        assert (debrief.started_at, debrief.ended_at, debrief.zone_id) == (
            shift.starts_at,
            shift.ends_at,
            shift.zone_id,
        )
        assert debrief.types and set(debrief.types) <= set(INTERVENTION_TYPES)
        assert debrief.outcome


def test_the_leaver_has_no_shift_after_leaving(seeded: Session) -> None:
    leavers = seeded.scalars(select(Person).where(Person.active.is_(False))).all()
    assert len(leavers) == 1
    leaver = leavers[0]
    assert leaver.role is Role.EDUCATOR
    assert leaver.left_on is not None and leaver.left_on < TODAY
    days = [
        local_day(s.starts_at)
        for s in all_shifts(seeded)
        if any(a.person_id == leaver.id for a in s.assignments)
    ]
    assert days, "the leaver worked before leaving (copy-week has something to catch)"
    assert max(days) < leaver.left_on


def ring_of(zone: Zone) -> list[list[float]]:
    assert zone.geometry["type"] == "Polygon"
    return zone.geometry["coordinates"][0]


def test_every_zone_has_signals_inside_it_before_and_during_the_plan(seeded: Session) -> None:
    zones = seeded.scalars(select(Zone)).all()
    assert {z.name for z in zones} == ZONE_NAMES
    plan_start = MONDAY - timedelta(weeks=4)
    tomorrow = datetime.combine(TODAY, datetime.min.time(), tzinfo=ROME)
    for zone in zones:
        signals = seeded.scalars(select(Signal).where(Signal.zone_id == zone.id)).all()
        before = [s for s in signals if local_day(s.occurred_at) < plan_start]
        during = [s for s in signals if local_day(s.occurred_at) >= plan_start]
        assert before and during, zone.name
        assert all(s.occurred_at < tomorrow for s in signals), "no signal in the future"
        assert all(local_day(s.occurred_at) >= plan_start - timedelta(weeks=8) for s in signals)
        polygon = PolygonPath(ring_of(zone))
        placed = [s for s in signals if s.lon is not None]
        assert len(placed) > len(signals) / 2
        for signal in placed:
            assert polygon.contains_point((signal.lon, signal.lat)), (zone.name, signal.id)
        for signal in signals:
            assert signal.category and signal.source and signal.summary
    kinds = set(seeded.scalars(select(Signal.kind)))
    assert kinds == set(SignalKind)


# -- cases, notes, meeting ------------------------------------------------------------------


def test_notes_for_each_visibility_and_one_amendment(seeded: Session) -> None:
    notes = seeded.scalars(select(CaseNote)).all()
    assert {n.visibility for n in notes} == set(Visibility)
    amendments = [n for n in notes if n.amends_note_id is not None]
    assert len(amendments) >= 1
    for amendment in amendments:
        original = seeded.get(CaseNote, amendment.amends_note_id)
        assert original is not None
        assert original.case_id == amendment.case_id
        assert original.written_at < amendment.written_at
    for note in notes:
        author = seeded.get(User, note.author_id)
        assert author is not None and author.person is not None
        assert note.organization_id == author.person.organization_id


def test_cases_subjects_consents_and_referrals(seeded: Session) -> None:
    cases = seeded.scalars(select(Case)).all()
    assert {c.status.value for c in cases} >= {"open", "monitoring", "referred"}
    assert all(c.next_review_on is not None and c.next_review_on > TODAY for c in cases)
    subjects = seeded.scalars(select(Subject)).all()
    assert {s.identification for s in subjects} == set(Identification)
    for subject in subjects:
        consents = seeded.scalars(select(Consent).where(Consent.subject_id == subject.id)).all()
        if subject.identification is Identification.NAMED:
            assert subject.full_name and consents
        else:
            assert subject.full_name is None
    in_care = [s for s in subjects if s.in_care]
    assert len(in_care) == 1 and in_care[0].care_reference
    referrals = seeded.scalars(select(Referral)).all()
    assert sorted(r.status for r in referrals) == sorted(
        [ReferralStatus.ACCEPTED, ReferralStatus.SENT]
    )
    for referral in referrals:
        sender = seeded.get(Organization, referral.from_organization_id)
        receiver = seeded.get(Organization, referral.to_organization_id)
        assert sender is not None and sender.kind is OrganizationKind.EDUCATIONAL
        assert receiver is not None and receiver.kind is OrganizationKind.SOCIAL_SERVICES
        assert (referral.answered_at is not None) == (referral.status is ReferralStatus.ACCEPTED)
    linked_debriefs = seeded.execute(select(case_interventions)).all()
    linked_signals = seeded.execute(select(case_signals)).all()
    assert linked_debriefs and linked_signals
    for case_id, intervention_id in linked_debriefs:
        case, debrief = seeded.get(Case, case_id), seeded.get(Intervention, intervention_id)
        assert case is not None and debrief is not None and case.zone_id == debrief.zone_id


def test_last_weeks_meeting_closed_and_next_weeks_planned(seeded: Session) -> None:
    meetings = seeded.scalars(select(Meeting).order_by(Meeting.held_at)).all()
    assert [m.status for m in meetings] == [MeetingStatus.CLOSED, MeetingStatus.PLANNED]
    past, upcoming = meetings
    monday = datetime.combine(MONDAY, datetime.min.time(), tzinfo=ROME)
    assert past.held_at < monday < upcoming.held_at
    assert past.minutes.strip() and past.confidentiality_text.strip()
    assert past.approved_at is not None and past.approved_by_id is not None
    agenda = seeded.scalars(select(AgendaItem).where(AgendaItem.meeting_id == past.id)).all()
    assert 3 <= len(agenda) <= 4
    assert {a.kind.value for a in agenda} >= {"zone", "case"}
    decisions = seeded.scalars(select(Decision).where(Decision.meeting_id == past.id)).all()
    assert len(decisions) == 2
    assert [d.effect_kind.value for d in decisions if d.effect_kind] == ["shift"]
    actions = seeded.scalars(select(ActionItem).where(ActionItem.meeting_id == past.id)).all()
    statuses = Counter(a.status.value for a in actions)
    assert statuses == {"open": 2, "done": 1, "impossible": 1}
    open_ = [a for a in actions if a.status.value == "open"]
    assert sorted(a.due_on < TODAY for a in open_) == [False, True]  # one overdue
    assert all(a.done_at is not None and a.done_at < datetime.now(UTC)
               for a in actions if a.status.value != "open")  # fmt: skip
    assert all(a.status_reason for a in actions if a.status.value == "impossible")
    participants = seeded.execute(
        select(meeting_participants).where(meeting_participants.c.meeting_id == past.id)
    ).all()
    assert len(participants) >= 4 and all(p.attended and p.acknowledged_at for p in participants)
    proposed = seeded.scalars(select(AgendaItem).where(AgendaItem.meeting_id == upcoming.id)).all()
    assert proposed and all(a.source.value == "generated" and a.reason for a in proposed)


# -- the zones file -------------------------------------------------------------------------


def _segments_cross(p: tuple[float, ...], q: tuple[float, ...]) -> bool:
    def orient(a: Any, b: Any, c: Any) -> float:
        return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])

    a, b, c, d = p[:2], p[2:], q[:2], q[2:]
    return orient(a, b, c) * orient(a, b, d) < 0 and orient(c, d, a) * orient(c, d, b) < 0


def test_geojson_polygons_are_valid_and_in_cremona() -> None:
    text = paths.resource("zones", "cremona.geojson").read_text(encoding="utf-8")
    collection = json.loads(text)
    assert collection["type"] == "FeatureCollection"
    features = collection["features"]
    assert {f["properties"]["name"] for f in features} == ZONE_NAMES
    colours = [f["properties"]["colour"] for f in features]
    assert len(set(colours)) == 3
    assert all(len(c) == 7 and c.startswith("#") and int(c[1:], 16) >= 0 for c in colours)
    lon_min, lon_max, lat_min, lat_max = CREMONA_BBOX
    for feature in features:
        assert feature["properties"]["description"].strip()
        assert feature["geometry"]["type"] == "Polygon"
        ring = [tuple(p) for p in feature["geometry"]["coordinates"][0]]
        assert ring[0] == ring[-1], "closed ring"
        assert 5 <= len(set(ring)) <= 10
        for lon, lat in ring:
            assert lon_min <= lon <= lon_max and lat_min <= lat <= lat_max
        area = sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in pairwise(ring)) / 2
        assert area > 0, "counter-clockwise"
        edges = [(*a, *b) for a, b in pairwise(ring)]
        for i, edge in enumerate(edges):
            for other in edges[i + 2 :]:
                if edge[:2] != other[2:]:  # the first and last edge share a vertex
                    assert not _segments_cross(edge, other)
        width_m = (max(p[0] for p in ring) - min(p[0] for p in ring)) * 78_600
        height_m = (max(p[1] for p in ring) - min(p[1] for p in ring)) * 111_200
        assert 80 <= max(width_m, height_m) <= 250


# -- determinism and refusal ----------------------------------------------------------------


def canonical_dump(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    with db.session_scope(engine) as session:
        people = {p.id: p.full_name for p in session.scalars(select(Person))}
        zones = {z.id: z.name for z in session.scalars(select(Zone))}
        users = {u.id: u.username for u in session.scalars(select(User))}
        cases = {c.id: c.title for c in session.scalars(select(Case))}
        notes = session.scalars(select(CaseNote).order_by(CaseNote.written_at, CaseNote.id)).all()
        bodies = {n.id: n.body for n in notes}
        return {
            "shifts": [
                (
                    zones[s.zone_id],
                    s.starts_at,
                    s.ends_at,
                    s.kind,
                    s.status,
                    s.objectives,
                    tuple(sorted(people[a.person_id] for a in s.assignments)),
                )
                for s in all_shifts(session)
            ],
            "signals": [
                (
                    zones[s.zone_id],
                    s.kind,
                    s.occurred_at,
                    s.category,
                    s.source,
                    s.summary,
                    s.lon,
                    s.lat,
                )
                for s in session.scalars(select(Signal).order_by(Signal.occurred_at, Signal.id))
            ],
            "notes": [
                (
                    cases[n.case_id],
                    users[n.author_id],
                    n.visibility,
                    n.written_at,
                    n.body,
                    bodies.get(n.amends_note_id) if n.amends_note_id else None,
                )
                for n in notes
            ],
            "debriefs": [
                (i.started_at, zones[i.zone_id], tuple(i.types), i.contacts_count, i.outcome)
                for i in session.scalars(select(Intervention).order_by(Intervention.started_at))
            ],
        }


def test_same_day_gives_the_same_demo(engine: Engine, tmp_path: Path) -> None:
    other = db.open_database(db.sqlite_url(tmp_path / "b.db")).engine
    try:
        seed(engine)
        seed(other)
        first, second = canonical_dump(engine), canonical_dump(other)
        assert all(first[key] for key in first)
        assert first == second
    finally:
        other.dispose()


def test_another_day_moves_the_demo(engine: Engine, tmp_path: Path) -> None:
    other = db.open_database(db.sqlite_url(tmp_path / "b.db")).engine
    try:
        seed(engine)
        seed(other, TODAY + timedelta(weeks=1))
        assert canonical_dump(engine)["shifts"] != canonical_dump(other)["shifts"]
    finally:
        other.dispose()


def test_refuses_a_database_that_holds_data(engine: Engine) -> None:
    seed(engine)
    with db.session_scope(engine) as session:
        before = row_counts(session)
    with pytest.raises(DemoRefused, match="already holds data"), db.session_scope(engine) as s:
        seed_demo(s, TODAY)
    with db.session_scope(engine) as session:
        assert row_counts(session) == before


def test_refuses_before_writing_anything(engine: Engine) -> None:
    with db.session_scope(engine) as session:
        session.add(
            Organization(name="Altro ente", short_name="Altro", kind=OrganizationKind.MUNICIPALITY)
        )
    with db.session_scope(engine) as session:
        before = row_counts(session)
        with pytest.raises(DemoRefused):
            seed_demo(session, TODAY)
        assert not session.new and not session.dirty
        assert not instance.is_demo(session)
    with db.session_scope(engine) as session:
        assert row_counts(session) == before


# -- the planning rules ---------------------------------------------------------------------


@dataclass(frozen=True)
class Violation:
    kind: str  # overlap, rest, absence, hours, left, unavailable
    person: str
    shift_id: int
    day: date


def rule_violations(session: Session) -> list[Violation]:
    """Every broken planning rule among the shifts that still stand (not cancelled)."""
    absences: dict[int, list[Absence]] = defaultdict(list)
    for absence in session.scalars(select(Absence)):
        absences[absence.person_id].append(absence)
    by_person: dict[Person, list[Shift]] = defaultdict(list)
    for shift in all_shifts(session):
        if shift.status is not ShiftStatus.CANCELLED:
            for assignment in shift.assignments:
                by_person[assignment.person].append(shift)
    found = unavailable_violations(session, by_person)
    for person, shifts in by_person.items():
        shifts.sort(key=lambda s: s.starts_at)

        def flag(kind: str, shift: Shift, person: Person = person) -> None:
            found.append(Violation(kind, person.full_name, shift.id, local_day(shift.starts_at)))

        for previous, shift in pairwise(shifts):
            if shift.starts_at < previous.ends_at:
                flag("overlap", shift)
            elif shift.starts_at - previous.ends_at < timedelta(hours=11):
                flag("rest", shift)
        weekly: dict[tuple[int, int], float] = defaultdict(float)
        for shift in shifts:
            if any(
                a.starts_at < shift.ends_at and shift.starts_at < a.ends_at
                for a in absences[person.id]
            ):
                flag("absence", shift)
            if person.left_on is not None and local_day(shift.starts_at) >= person.left_on:
                flag("left", shift)
            year, week, _ = local_day(shift.starts_at).isocalendar()
            weekly[year, week] += (shift.ends_at - shift.starts_at).total_seconds() / 3600
            if weekly[year, week] > person.weekly_hours:
                flag("hours", shift)
    return found


def unavailable_violations(
    session: Session, by_person: dict[Person, list[Shift]]
) -> list[Violation]:
    """Shifts still to be worked in the weekly hours their person declared unavailable."""
    never: dict[int, list[AvailabilityRule]] = defaultdict(list)
    for rule in session.scalars(select(AvailabilityRule)):
        if rule.kind is AvailabilityKind.UNAVAILABLE:
            never[rule.person_id].append(rule)
    return [
        Violation("unavailable", person.full_name, shift.id, local_day(shift.starts_at))
        for person, shifts in by_person.items()
        for shift in shifts
        if shift.status is not ShiftStatus.DONE
        and any(unavailable_then(rule, shift) for rule in never[person.id])
    ]


def unavailable_then(rule: AvailabilityRule, shift: Shift) -> bool:
    """Whether the shift touches the local hours of the weekly rule, on any day it spans."""
    start, end = shift.starts_at.astimezone(ROME), shift.ends_at.astimezone(ROME)
    for day in {start.date(), end.date()}:
        if day.weekday() != rule.weekday:
            continue
        midnight = datetime(day.year, day.month, day.day, tzinfo=ROME)
        begins = midnight + timedelta(minutes=rule.start_minute or 0)
        ends = midnight + timedelta(minutes=1440 if rule.end_minute is None else rule.end_minute)
        if begins < end and start < ends:
            return True
    return False


def test_the_checker_catches_each_kind_of_violation(seeded: Session) -> None:
    """The checker below must be able to see what the demo is said to avoid."""
    shifts = [s for s in all_shifts(seeded) if s.status is not ShiftStatus.CANCELLED]
    first, second, third = shifts[0], shifts[10], shifts[20]
    late = first.assignments[0].person  # left on the day of their shift
    late.left_on = local_day(first.starts_at)
    busy = second.assignments[0].person  # an overlapping shift, then one too soon after
    tired = third.assignments[0].person  # absent during their shift, and over their hours
    tired.weekly_hours = 1
    seeded.add(
        Absence(
            person_id=tired.id, kind="sickness", starts_at=third.starts_at, ends_at=third.ends_at
        )
    )
    for offset, kind in ((timedelta(hours=1), "overlap"), (timedelta(hours=9), "rest")):
        extra = Shift(
            zone_id=second.zone_id,
            starts_at=second.starts_at + offset,
            ends_at=second.ends_at + offset - timedelta(hours=3),
            kind=ShiftKind.OUTREACH,
            objectives=kind,
        )
        extra.assignments = [ShiftAssignment(person=busy)]
        seeded.add(extra)
    fourth = next(s for s in shifts[30:] if s.status is not ShiftStatus.DONE)
    studies = fourth.assignments[0].person  # declared unavailable on that weekday evening
    weekday = fourth.starts_at.astimezone(ROME).weekday()
    seeded.add(
        AvailabilityRule(
            person=studies,
            kind=AvailabilityKind.UNAVAILABLE,
            weekday=weekday,
            start_minute=fourth.starts_at.astimezone(ROME).hour * 60,
            end_minute=fourth.starts_at.astimezone(ROME).hour * 60 + 60,
        )
    )
    seeded.flush()
    found = {(v.person, v.kind) for v in rule_violations(seeded)}
    assert (studies.full_name, "unavailable") in found
    assert (late.full_name, "left") in found
    assert (busy.full_name, "overlap") in found
    assert (busy.full_name, "rest") in found
    assert (tired.full_name, "absence") in found
    assert (tired.full_name, "hours") in found
    seeded.rollback()


@pytest.mark.parametrize(
    "today",
    [
        TODAY,
        date(2026, 3, 29),  # the spring DST Sunday
        date(2025, 10, 22),  # the week before the autumn DST change
        date(2025, 12, 31),  # the plan crosses the new year
    ],
)
def test_the_only_rule_break_is_the_documented_one(engine: Engine, today: date) -> None:
    seed(engine, today)
    monday = today - timedelta(days=today.weekday())
    with db.session_scope(engine) as session:
        violations = rule_violations(session)
        assert len(violations) == 1, violations
        conflict = violations[0]
        assert conflict.kind == "absence"
        [person] = [p for p in session.scalars(select(Person)) if p.full_name == conflict.person]
        assert person.role is Role.OFFICER
        assert monday <= conflict.day < monday + timedelta(weeks=2)  # this week or next
        shift = session.get(Shift, conflict.shift_id)
        assert shift is not None and shift.status is ShiftStatus.PUBLISHED
