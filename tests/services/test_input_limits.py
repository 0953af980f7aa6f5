"""Hostile input, service by service: a NUL or another control character, a text of nothing but
zero-width characters, a text one character over its limit, year 1 and year 9999, a 5,000-digit
number. Each is a Refusal with its code, and nothing is written (no row, no audit entry)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from console import db
from console.models import AbsenceKind, AuditEvent, Role, SignalKind
from console.services import bounds, funding, text_rules
from console.services.access import audit
from console.services.cases import case_edits, casework, people_met, referrals
from console.services.errors import Refusal
from console.services.funding.common import money
from console.services.meetings import agenda, meetings
from console.services.meetings.rows import MeetingDraft
from console.services.places import geojson, indicators, signal_csv, signals, zones
from console.services.planning import absences, exports, rules, shift_edits, week
from console.services.planning.shift_edits import ShiftDraft
from console.services.text_rules import LIMITS, TextField
from tests.factories import ROME, SQUARE
from tests.services.casework_world import World, make_world

NUL = "before\x00after"
ESCAPE = "colour \x1b[31m red"
C1 = "next\x85line"
ZERO_WIDTH = "\u200b \u200d\ufeff\u2060 \u200c"
DIGITS = "1" * 5_000
YEAR_1 = datetime(1, 1, 1, 0, 30, tzinfo=ROME)
YEAR_9999 = datetime(9999, 12, 31, 23, 30, tzinfo=ROME)
NOON = datetime(2026, 11, 24, 12, tzinfo=ROME)


@pytest.fixture
def world(engine: Engine) -> World:
    return make_world(engine)


def _written(engine: Engine) -> int:
    with db.session_scope(engine) as s:
        return s.scalar(select(func.count()).select_from(AuditEvent)) or 0


def refused(engine: Engine, call: Callable[[Any], object]) -> Refusal:
    """The refusal ``call(session)`` raises; fails when it writes anything."""
    before = _written(engine)
    with pytest.raises(Refusal) as caught, db.session_scope(engine) as s:
        call(s)
    assert _written(engine) == before, "something was written"
    return caught.value


def over(field: TextField) -> str:
    return "x" * (LIMITS[field] + 1)


# -- the rules themselves ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (NUL, "text_control_characters"),
        (ESCAPE, "text_control_characters"),
        (C1, "text_control_characters"),
        ("\x7f", "text_control_characters"),
        (ZERO_WIDTH, "text_required"),
        (over(TextField.NOTE), "text_too_long"),
    ],
)
def test_the_shared_rules_refuse(value: str, code: str) -> None:
    with pytest.raises(text_rules.TextRefusal) as caught:
        text_rules.clean_text(value, TextField.NOTE, required=True)
    assert caught.value.code == code
    assert caught.value.params["field"] is TextField.NOTE


def test_tabs_and_line_breaks_are_text_and_edges_are_trimmed() -> None:
    clean = text_rules.clean_text("\ufeff\u200b  uno\tdue\r\ntre\rquattro \u200b", TextField.NOTE)
    assert clean == "uno\tdue\ntre\nquattro"
    assert text_rules.clean_text(ZERO_WIDTH, TextField.NOTE) == ""
    assert text_rules.clean_text("a\u200db", TextField.NOTE) == "a\u200db"  # joins, inside
    assert text_rules.clean_text("x" * LIMITS[TextField.NOTE], TextField.NOTE)


def test_every_field_has_a_limit() -> None:
    assert set(LIMITS) == set(TextField) - {TextField.TEXT}


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (DIGITS, "number_invalid"),
        ("12a", "number_invalid"),
        ("", "number_invalid"),
        ("-5", "number_out_of_range"),
        ("101", "number_out_of_range"),
        (True, "number_invalid"),
    ],
)
def test_whole_numbers(value: str, code: str) -> None:
    with pytest.raises(bounds.BoundsRefusal) as caught:
        bounds.whole_number(value, 0, 100)  # type: ignore[arg-type]
    assert caught.value.code == code
    assert len(str(caught.value)) < 200
    assert bounds.whole_number(" 42 ", 0, 100) == 42


@pytest.mark.parametrize("day", [date(1, 1, 1), date(1899, 12, 31), date(2101, 1, 1)])
def test_days_outside_1900_2100(day: date) -> None:
    with pytest.raises(bounds.BoundsRefusal) as caught:
        bounds.check_day(day)
    assert caught.value.code == "date_out_of_range"
    bounds.check_days(bounds.FIRST_DAY, bounds.LAST_DAY, None)


# -- text, service by service --------------------------------------------------------------------


@dataclass(frozen=True)
class TextCase:
    """A service call taking one free text: ``call(world, session, text)``; the codes expected
    for a blank text (None: a blank text is allowed) and a text over ``field``'s limit."""

    name: str
    field: TextField
    call: Callable[[World, Any, str], object]
    blank: str | None
    too_long: str


def _case_id(world: World, s: Any) -> int:
    actor = world.actor(Role.COORDINATOR)
    return case_edits.open_case(s, actor, case_edits.CaseDraft("Caso")).id


def _meeting_id(world: World, s: Any) -> int:
    draft = MeetingDraft("Tavolo", NOON, organization_ids=(world.orgs["x"],))
    return meetings.create_meeting(s, world.actor(Role.COORDINATOR), draft).id


def _shift(world: World, objectives: str) -> ShiftDraft:
    return ShiftDraft(world.zones["roma"], NOON, NOON + timedelta(hours=4), objectives=objectives)


def _signal(world: World, summary: str = "", category: str = "rumore") -> signals.SignalDraft:
    return signals.SignalDraft(
        SignalKind.CITIZEN_REPORT, NOON, category, None, summary, zone_id=world.zones["roma"]
    )


C = Role.COORDINATOR
TEXT_CASES = [
    TextCase(
        "case note",
        TextField.NOTE,
        lambda w, s, t: casework.add_note(s, w.actor(C), _case_id(w, s), t),
        "note_required",
        "note_too_long",
    ),
    TextCase(
        "case title",
        TextField.CASE_TITLE,
        lambda w, s, t: case_edits.open_case(s, w.actor(C), case_edits.CaseDraft(t)),
        "case_title_required",
        "case_title_too_long",
    ),
    TextCase(
        "referral reason",
        TextField.REFERRAL_REASON,
        lambda w, s, t: referrals.refer_case(s, w.actor(C), _case_id(w, s), w.orgs["y"], t),
        "referral_reason_required",
        "referral_reason_too_long",
    ),
    TextCase(
        "nickname",
        TextField.NICKNAME,
        lambda w, s, t: people_met.create_subject(s, w.actor(C), alias=t),
        "subject_nickname_required",
        "subject_nickname_too_long",
    ),
    TextCase(
        "description of a person met",
        TextField.SUBJECT_DESCRIPTION,
        lambda w, s, t: people_met.create_subject(s, w.actor(C), alias="Giacca", description=t),
        None,
        "subject_description_too_long",
    ),
    TextCase(
        "shift objectives",
        TextField.SHIFT_OBJECTIVES,
        lambda w, s, t: shift_edits.create_shift(s, w.actor(C), _shift(w, t)),
        None,
        "text_too_long",
    ),
    TextCase(
        "absence note",
        TextField.ABSENCE_NOTE,
        lambda w, s, t: absences.add_absence(
            s,
            w.actor(C),
            w.actor(Role.EDUCATOR).person_id,
            kind=AbsenceKind.LEAVE,
            starts_at=NOON,
            ends_at=NOON + timedelta(days=1),
            note=t,
        ),
        None,
        "text_too_long",
    ),
    TextCase(
        "zone name",
        TextField.ZONE_NAME,
        lambda w, s, t: zones.create_zone(s, w.actor(C), zones.ZoneDraft(t, "#123456", SQUARE)),
        "zone_name_missing",
        "zone_name_too_long",
    ),
    TextCase(
        "signal summary",
        TextField.SIGNAL_SUMMARY,
        lambda w, s, t: signals.create_signal(s, w.actor(C), _signal(w, summary=t)),
        None,
        "signal_summary_too_long",
    ),
    TextCase(
        "signal category",
        TextField.SIGNAL_CATEGORY,
        lambda w, s, t: signals.create_signal(s, w.actor(C), _signal(w, category=t)),
        "signal_category_empty",
        "signal_category_too_long",
    ),
    TextCase(
        "meeting title",
        TextField.MEETING_TITLE,
        lambda w, s, t: meetings.create_meeting(s, w.actor(C), MeetingDraft(t, NOON)),
        "meeting_title_required",
        "text_too_long",
    ),
    TextCase(
        "agenda item title",
        TextField.AGENDA_TITLE,
        lambda w, s, t: agenda.add_agenda_item(s, w.actor(C), _meeting_id(w, s), t),
        "agenda_title_required",
        "text_too_long",
    ),
    TextCase(
        "meeting place",
        TextField.MEETING_LOCATION,
        lambda w, s, t: meetings.create_meeting(s, w.actor(C), MeetingDraft("T", NOON, t)),
        None,
        "text_too_long",
    ),
    TextCase(
        "expense description",
        TextField.EXPENSE_DESCRIPTION,
        lambda w, s, t: funding.add_expense(
            s, w.actor(C), funding.ExpenseDraft(date(2026, 3, 5), t, Decimal("12.00"), "F1")
        ),
        "funding_description_required",
        "text_too_long",
    ),
    TextCase(
        "narrative",
        TextField.NARRATIVE,
        lambda w, s, t: funding.save_narrative(
            s, w.actor(C), funding.Narrative(date(2026, 1, 1), date(2026, 3, 31), activities=t)
        ),
        None,
        "text_too_long",
    ),
    TextCase(
        "reason for reading",
        TextField.JUSTIFICATION,
        lambda w, s, t: audit.record_read(s, w.actor(C), "cases", 1, t),
        "audit_reason_required",
        "text_too_long",
    ),
]


@pytest.mark.parametrize("case", TEXT_CASES, ids=lambda c: c.name)
@pytest.mark.parametrize("kind", ["nul", "escape", "zero-width only", "over the limit"])
def test_hostile_text_is_refused_and_nothing_written(
    engine: Engine, world: World, case: TextCase, kind: str
) -> None:
    value = {"nul": NUL, "escape": ESCAPE, "zero-width only": ZERO_WIDTH}.get(kind)
    if kind == "over the limit":
        value = over(case.field)
    code = {
        "nul": "text_control_characters",
        "escape": "text_control_characters",
        "zero-width only": case.blank,
        "over the limit": case.too_long,
    }[kind]
    if code is None:  # a blank text is allowed here: it is stored empty
        with db.session_scope(engine) as s:
            case.call(world, s, value)  # type: ignore[arg-type]
        return
    refusal = refused(engine, lambda s: case.call(world, s, value))  # type: ignore[arg-type]
    assert refusal.code == code
    if code.startswith("text_"):
        assert refusal.params["field"] in (case.field, TextField.TEXT)


def test_the_legal_basis_of_a_consent_refuses_a_nul_too() -> None:
    with pytest.raises(text_rules.TextRefusal) as caught:
        text_rules.clean_limited(NUL, 1_000, too_long=lambda: Refusal("x", "x"))
    assert caught.value.code == "text_control_characters"


# -- dates, service by service -------------------------------------------------------------------


DATE_CASES: list[tuple[str, Callable[[World, Any, datetime], object]]] = [
    ("shift", lambda w, s, m: shift_edits.create_shift(s, w.actor(C), _moved(w, m))),
    (
        "absence",
        lambda w, s, m: absences.add_absence(
            s,
            w.actor(C),
            w.actor(Role.EDUCATOR).person_id,
            kind=AbsenceKind.LEAVE,
            starts_at=m,
            ends_at=m + timedelta(minutes=20),
        ),
    ),
    (
        "case review",
        lambda w, s, m: case_edits.open_case(
            s, w.actor(C), case_edits.CaseDraft("Caso", next_review_on=m.date())
        ),
    ),
    ("meeting", lambda w, s, m: meetings.create_meeting(s, w.actor(C), MeetingDraft("T", m))),
    (
        "expense",
        lambda w, s, m: funding.add_expense(
            s, w.actor(C), funding.ExpenseDraft(m.date(), "Carta", Decimal("1.00"), "")
        ),
    ),
    (
        "funding period",
        lambda w, s, m: funding.read_narrative(s, w.actor(C), m.date(), date(2026, 1, 1)),
    ),
    (
        "signal",
        lambda w, s, m: signals.create_signal(
            s,
            w.actor(C),
            signals.SignalDraft(SignalKind.MEDIA, m, "rumore", None, "", zone_id=w.zones["roma"]),
        ),
    ),
    (
        "week",
        lambda w, s, m: week.shifts_in_week(
            s, w.actor(C), date.fromisocalendar(m.year, 1 if m.year < 2000 else 52, 1)
        ),
    ),
    (
        "indicators",
        lambda w, s, m: indicators.zone_indicators(s, w.actor(C), m.date(), m.date(), {}, ROME),
    ),
    (
        "consent",
        lambda w, s, m: people_met.record_consent(
            s,
            w.actor(Role.EDUCATOR),
            people_met.create_subject(s, w.actor(Role.EDUCATOR), alias="Giacca").id,
            w.orgs["x"],
            m.date(),
        ),
    ),
    (
        "calendar export",
        lambda w, s, m: exports.calendar_ics(
            s, w.actor(C), first_day=m.date(), last_day=m.date(), tz=ROME
        ),
    ),
]


def _moved(world: World, moment: datetime) -> ShiftDraft:
    return ShiftDraft(world.zones["roma"], moment, moment + timedelta(minutes=20))


@pytest.mark.parametrize(("name", "call"), DATE_CASES, ids=[name for name, _ in DATE_CASES])
@pytest.mark.parametrize("moment", [YEAR_1, YEAR_9999], ids=["year 1", "year 9999"])
def test_a_date_outside_1900_2100_is_refused_and_nothing_written(
    engine: Engine, world: World, name: str, call: Callable[..., object], moment: datetime
) -> None:
    refusal = refused(engine, lambda s: call(world, s, moment))
    assert refusal.code == "date_out_of_range", name


# -- numbers and files ---------------------------------------------------------------------------


@pytest.mark.parametrize("threshold", [DIGITS, "1e400", 2_000_000])
def test_a_zone_threshold_beyond_range_is_refused(
    engine: Engine, world: World, threshold: object
) -> None:
    draft = zones.ZoneDraft("Nuova", "#123456", SQUARE, review_threshold=threshold)  # type: ignore[arg-type]
    refusal = refused(engine, lambda s: zones.create_zone(s, world.actor(C), draft))
    assert refusal.code == "number_out_of_range"


def test_a_grant_of_5000_digits_is_refused_in_a_short_sentence() -> None:
    with pytest.raises(Refusal) as caught:
        money(DIGITS)
    assert caught.value.code == "funding_amount_invalid"
    assert len(str(caught.value)) < 200


def test_a_geojson_number_of_5000_digits_is_refused() -> None:
    text = (
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": '
        '{"name": "Z"}, "geometry": {"type": "Point", "coordinates": [' + DIGITS + ", 45]}}]}"
    )
    with pytest.raises(Refusal) as caught:
        geojson.parse_zone_file(text.encode())
    assert caught.value.code == "number_invalid"
    assert len(str(caught.value)) < 200


@pytest.mark.parametrize("text", ["0001-01-01 00:30", "9999-12-31 23:30", "31/12/9999 23:30"])
def test_a_csv_time_outside_1900_2100_is_refused(text: str) -> None:
    with pytest.raises(Refusal) as caught:
        signal_csv.parse_time(text, ROME)
    assert caught.value.code == "date_out_of_range"


def test_week_arithmetic_at_the_edges_does_not_overflow() -> None:
    last_monday = date.fromisocalendar(2100, 52, 1)
    start, end = week.week_bounds(last_monday, ROME)
    assert end - start == timedelta(days=7)
    with pytest.raises(Refusal):
        week.week_bounds(date.fromisocalendar(9999, 52, 1), ROME)
    assert datetime.combine(bounds.LAST_DAY, time.max, ROME)  # no overflow at the last day


def test_the_readme_states_the_limits() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for field, limit in LIMITS.items():
        assert f"| {field.value} | {limit:,} |" in readme, field


@pytest.mark.parametrize("moment", [YEAR_1, YEAR_9999], ids=["year 1", "year 9999"])
def test_the_shift_time_check_refuses_far_years_as_a_shift_refusal(moment: datetime) -> None:
    # the shift dialog checks times as it is edited and expects a ShiftRefused
    with pytest.raises(rules.ShiftRefused) as caught:
        rules.validate_times(moment, moment + timedelta(minutes=20))
    assert caught.value.code == "date_out_of_range"
