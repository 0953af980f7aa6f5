"""Indicators: pressure per week against presence hours on a small hand-built dataset (exact
numbers), the weekly trend, the zone panel, a constant number of queries, rights, the demo."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, event

from console import db
from console.models import (
    Case,
    CaseStatus,
    Intervention,
    Organization,
    OrganizationKind,
    Person,
    Role,
    Shift,
    ShiftKind,
    ShiftStatus,
    Signal,
    SignalKind,
)
from console.services import access, demo
from console.services.places import indicators, zones
from console.services.places.indicators import IndicatorError, UpcomingShift, WeekPoint
from tests.factories import ROME
from tests.services.map_data import COORDINATOR, actor, add_zone, square

FIRST, LAST = date(2026, 11, 2), date(2026, 11, 29)  # four whole weeks, Monday to Sunday
EQUAL = dict.fromkeys(SignalKind, 1.0)
WEIGHTS = {
    SignalKind.CITIZEN_REPORT: 1.0,
    SignalKind.POLICE_INTERVENTION: 2.0,
    SignalKind.MEDIA: 0.5,
}
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=ROME)


@dataclass(frozen=True)
class Place:
    roma: int
    marconi: int
    closed: int  # a deactivated zone
    shifts: dict[str, int]


def signal(zone_id: int, when: str, kind: SignalKind = SignalKind.CITIZEN_REPORT) -> Signal:
    return Signal(kind=kind, occurred_at=at(when), zone_id=zone_id, category="degrado", summary="")


def shift(
    zone_id: int, start: str, hours: float, status: ShiftStatus, kind: ShiftKind = ShiftKind.JOINT
) -> Shift:
    begin = at(start)
    return Shift(
        zone_id=zone_id,
        starts_at=begin,
        ends_at=begin + timedelta(hours=hours),
        kind=kind,
        status=status,
    )


def debrief(zone_id: int, start: str, hours: float, shift_id: int | None = None) -> Intervention:
    begin = at(start)
    return Intervention(
        zone_id=zone_id,
        shift_id=shift_id,
        started_at=begin,
        ended_at=begin + timedelta(hours=hours),
    )


@pytest.fixture
def place(engine: Engine) -> Place:
    """Piazza Roma (threshold 1.5): in November 3 citizen reports, 2 police interventions and
    1 media item, weighted 3 + 4 + 0.5 = 7.5, i.e. 1.875 a week: flagged. Joint shifts
    published or done: 4 + 3 hours. Debriefs: 4 h (of the done joint shift), 1.5 h (on its
    own), 4 h (of a patrol): 9.5 hours; presence 7 + 1.5 + 4 = 12.5 hours.
    Piazza Marconi (threshold 10): 2 citizen reports, 0.5 a week; nothing else."""
    roma = add_zone(engine, "Piazza Roma", square(10.02, 45.13), threshold=1.5).id
    marconi = add_zone(engine, "Piazza Marconi", square(10.04, 45.13)).id
    closed = add_zone(engine, "Chiusa", square(10.06, 45.13)).id
    with db.session_scope(engine) as s:
        zones.set_zone_active(s, COORDINATOR, closed, 1, False)
    with db.session_scope(engine) as s:
        s.add_all(
            [
                signal(roma, "2026-11-01 23:59"),  # the Sunday before: out
                signal(roma, "2026-11-02 00:00"),  # week 1
                signal(roma, "2026-11-03 21:00", SignalKind.POLICE_INTERVENTION),  # week 1
                signal(roma, "2026-11-12 22:00"),  # week 2
                signal(roma, "2026-11-13 22:00", SignalKind.MEDIA),  # week 2
                signal(roma, "2026-11-25 20:00", SignalKind.POLICE_INTERVENTION),  # week 4
                signal(roma, "2026-11-29 23:59"),  # the last minute: week 4
                signal(roma, "2026-11-30 00:00"),  # the Monday after: out
                signal(marconi, "2026-11-10 18:00"),
                signal(marconi, "2026-11-11 18:00"),
                signal(closed, "2026-11-11 18:00"),
            ]
        )
        shifts = {
            "done": shift(roma, "2026-11-04 18:00", 4, ShiftStatus.DONE),  # week 1
            "published": shift(roma, "2026-11-26 20:00", 3, ShiftStatus.PUBLISHED),  # week 4
            "draft": shift(roma, "2026-11-05 18:00", 5, ShiftStatus.DRAFT),
            "cancelled": shift(roma, "2026-11-06 18:00", 2, ShiftStatus.CANCELLED),
            "patrol": shift(roma, "2026-11-18 18:00", 4, ShiftStatus.DONE, ShiftKind.PATROL),
            "before": shift(roma, "2026-10-30 18:00", 4, ShiftStatus.DONE),
            "next": shift(roma, "2026-12-01 18:00", 4, ShiftStatus.PUBLISHED),
            "next draft": shift(roma, "2026-12-02 18:00", 4, ShiftStatus.DRAFT),
        }
        s.add_all(shifts.values())
        s.flush()
        s.add_all(
            [
                debrief(roma, "2026-11-04 18:00", 4, shifts["done"].id),  # week 1
                debrief(roma, "2026-11-10 10:00", 1.5),  # week 2, on its own
                debrief(roma, "2026-11-18 18:00", 4, shifts["patrol"].id),  # week 3
                debrief(roma, "2026-10-30 18:00", 4, shifts["before"].id),  # out
            ]
        )
        return Place(roma, marconi, closed, {name: x.id for name, x in shifts.items()})


def test_weeks_in_counts_days_over_seven() -> None:
    assert indicators.weeks_in(FIRST, LAST) == 4.0
    assert indicators.weeks_in(FIRST, FIRST) == pytest.approx(1 / 7)
    with pytest.raises(IndicatorError, match=r"ends .* before it starts") as refused:
        indicators.weeks_in(LAST, FIRST)
    assert refused.value.code == "indicator_period_reversed"
    assert refused.value.params == {"start": LAST, "end": FIRST}  # dates, written by the locale


def test_period_bounds_are_local_midnights() -> None:
    assert indicators.period_bounds(date(2026, 10, 25), date(2026, 10, 25), ROME) == (
        datetime(2026, 10, 24, 22, 0, tzinfo=UTC),
        datetime(2026, 10, 25, 23, 0, tzinfo=UTC),  # 25 hours: the clocks go back
    )


def test_indicators_on_a_small_dataset(engine: Engine, place: Place) -> None:
    with db.session_scope(engine) as s:
        found = indicators.zone_indicators(s, COORDINATOR, FIRST, LAST, WEIGHTS, ROME)
    marconi, roma = found  # by name; the deactivated zone is left out
    assert roma == indicators.ZoneIndicator(
        zone_id=place.roma,
        zone_name="Piazza Roma",
        colour="#1f77b4",
        signals={
            SignalKind.CITIZEN_REPORT: 3,
            SignalKind.POLICE_INTERVENTION: 2,
            SignalKind.MEDIA: 1,
        },
        pressure=1.875,
        shift_hours=7.0,
        debrief_hours=9.5,
        review_threshold=1.5,
        flagged=True,
        presence_hours=12.5,
        debriefs=3,
    )
    assert marconi.signals == {
        SignalKind.CITIZEN_REPORT: 2,
        SignalKind.POLICE_INTERVENTION: 0,
        SignalKind.MEDIA: 0,
    }
    assert (marconi.pressure, marconi.shift_hours, marconi.debrief_hours) == (0.5, 0.0, 0.0)
    assert (marconi.presence_hours, marconi.debriefs, marconi.flagged) == (0.0, 0, False)


def test_equal_weights_and_missing_weights_count_one(engine: Engine, place: Place) -> None:
    with db.session_scope(engine) as s:
        equal = indicators.zone_indicators(s, COORDINATOR, FIRST, LAST, EQUAL, ROME)
        default = indicators.zone_indicators(s, COORDINATOR, FIRST, LAST, {}, ROME)
    assert equal[1].pressure == default[1].pressure == 6 / 4


def test_pressure_is_per_week_whatever_the_period_length(engine: Engine, place: Place) -> None:
    with db.session_scope(engine) as s:
        two_weeks = indicators.zone_indicators(
            s, COORDINATOR, date(2026, 11, 2), date(2026, 11, 15), EQUAL, ROME
        )
        one_day = indicators.zone_indicators(
            s, COORDINATOR, date(2026, 11, 3), date(2026, 11, 3), EQUAL, ROME
        )
    assert two_weeks[1].pressure == 4 / 2  # 4 signals in 2 weeks
    assert one_day[1].pressure == pytest.approx(7.0)  # 1 signal in 1/7 of a week
    assert two_weeks[1].shift_hours == 4.0 and two_weeks[1].debrief_hours == 5.5


@pytest.mark.parametrize(
    "weights",
    [{SignalKind.MEDIA: -1.0}, {SignalKind.MEDIA: float("nan")}, {SignalKind.MEDIA: float("inf")}],
)
def test_bad_weights_are_refused(engine: Engine, weights: dict[SignalKind, float]) -> None:
    with (
        pytest.raises(IndicatorError, match="weight of media") as refused,
        db.session_scope(engine) as s,
    ):
        indicators.zone_indicators(s, COORDINATOR, FIRST, LAST, weights, ROME)
    assert refused.value.code == "indicator_weight_invalid"
    assert refused.value.params == {"kind": SignalKind.MEDIA}


def test_debriefs_in_period(engine: Engine, place: Place) -> None:
    with db.session_scope(engine) as s:
        totals = indicators.debriefs_in_period(
            s, COORDINATOR, at("2026-11-01 00:00"), at("2026-12-01 00:00")
        )
        everything = indicators.debriefs_in_period(
            s, COORDINATOR, at("2026-01-01 00:00"), at("2027-01-01 00:00")
        )
    assert totals == [indicators.DebriefTotal(place.roma, 3, 9.5)]
    assert everything == [(place.roma, 4, 13.5)]


# -- the trend -------------------------------------------------------------------------------


def test_the_trend_has_one_point_per_week(engine: Engine, place: Place) -> None:
    with db.session_scope(engine) as s:
        trend = indicators.zone_trend(s, COORDINATOR, place.roma, FIRST, LAST, WEIGHTS, ROME)
    assert trend == [
        WeekPoint(date(2026, 11, 2), pressure=3.0, signals=2, presence_hours=4.0),
        WeekPoint(date(2026, 11, 9), pressure=1.5, signals=2, presence_hours=1.5),
        WeekPoint(date(2026, 11, 16), pressure=0.0, signals=0, presence_hours=4.0),
        WeekPoint(date(2026, 11, 23), pressure=3.0, signals=2, presence_hours=3.0),
    ]


def test_the_trend_covers_whole_weeks_around_the_period(engine: Engine, place: Place) -> None:
    with db.session_scope(engine) as s:
        trend = indicators.zone_trend(
            s, COORDINATOR, place.roma, date(2026, 11, 1), date(2026, 11, 4), EQUAL, ROME
        )
        single = indicators.zone_trend(
            s, COORDINATOR, place.roma, date(2026, 11, 12), date(2026, 11, 12), EQUAL, ROME
        )
    assert [(p.monday, p.signals) for p in trend] == [
        (date(2026, 10, 26), 1),  # the Sunday 1 November signal
        (date(2026, 11, 2), 2),
    ]
    assert trend[0].presence_hours == 4.0  # the done joint shift of 30 October
    assert single == [WeekPoint(date(2026, 11, 9), 2.0, 2, 1.5)]


def test_a_dst_week_keeps_its_sunday_night(engine: Engine) -> None:
    roma = add_zone(engine, "Piazza Roma").id
    with db.session_scope(engine) as s:
        s.add_all(
            [
                signal(roma, "2026-10-25 23:30"),  # Sunday night of the 25-hour week
                signal(roma, "2026-10-26 00:30"),  # the next Monday
            ]
        )
    with db.session_scope(engine) as s:
        trend = indicators.zone_trend(
            s, COORDINATOR, roma, date(2026, 10, 19), date(2026, 11, 1), EQUAL, ROME
        )
        week = indicators.zone_indicators(
            s, COORDINATOR, date(2026, 10, 19), date(2026, 10, 25), EQUAL, ROME
        )
    assert [p.signals for p in trend] == [1, 1]
    assert week[0].signals[SignalKind.CITIZEN_REPORT] == 1


def test_a_trend_of_too_many_weeks_is_refused(engine: Engine, place: Place) -> None:
    with (
        pytest.raises(IndicatorError, match="at most 260 weeks") as refused,
        db.session_scope(engine) as s,
    ):
        indicators.zone_trend(
            s, COORDINATOR, place.roma, date(2020, 1, 1), date(2026, 1, 1), EQUAL, ROME
        )
    assert (refused.value.code, refused.value.params) == (
        "indicator_trend_too_long",
        {"limit": 260},
    )


# -- the zone panel --------------------------------------------------------------------------


def open_cases(engine: Engine, zone_id: int) -> dict[str, int]:
    with db.session_scope(engine) as s:
        org = Organization(name="Cooperativa", short_name="Coop", kind=OrganizationKind.EDUCATIONAL)
        s.add(org)
        s.flush()
        owner = Person(
            first_name="Lucia", last_name="Bianchi", role=Role.EDUCATOR, organization_id=org.id
        )
        s.add(owner)
        s.flush()
        made = {
            title: Case(
                title=title,
                zone_id=zone,
                status=status,
                owner_id=owner.id,
                organization_id=org.id,
                next_review_on=review,
                closed_at=at("2026-11-01 10:00") if status is CaseStatus.CLOSED else None,
            )
            for title, zone, status, review in [
                ("Conflitti alle panchine", zone_id, CaseStatus.OPEN, date(2026, 12, 1)),
                ("Gruppo serale", zone_id, CaseStatus.MONITORING, date(2026, 11, 28)),
                ("Chiuso", zone_id, CaseStatus.CLOSED, None),
                ("Altrove", None, CaseStatus.OPEN, None),
            ]
        }
        s.add_all(made.values())
        s.flush()
        return {title: case.id for title, case in made.items()}


def test_the_zone_panel(engine: Engine, place: Place) -> None:
    cases = open_cases(engine, place.roma)
    with db.session_scope(engine) as s:
        panel = indicators.zone_panel(
            s, COORDINATOR, place.roma, FIRST, LAST, WEIGHTS, ROME, now=NOW
        )
        trend = indicators.zone_trend(s, COORDINATOR, place.roma, FIRST, LAST, WEIGHTS, ROME)
        [_, roma] = indicators.zone_indicators(s, COORDINATOR, FIRST, LAST, WEIGHTS, ROME)
    assert panel.zone.name == "Piazza Roma"
    assert panel.indicator == roma
    assert list(panel.trend) == trend
    # The last ten signals before the period's end, newest first (the Monday after is out).
    assert [x.occurred_at for x in panel.recent_signals] == [
        at("2026-11-29 23:59"),
        at("2026-11-25 20:00"),
        at("2026-11-13 22:00"),
        at("2026-11-12 22:00"),
        at("2026-11-03 21:00"),
        at("2026-11-02 00:00"),
        at("2026-11-01 23:59"),
    ]
    assert all(x.zone_name == "Piazza Roma" for x in panel.recent_signals)
    # From "now" (24 November, noon): not cancelled, drafts included, by start.
    assert panel.upcoming_shifts == (
        UpcomingShift(
            place.shifts["published"],
            at("2026-11-26 20:00"),
            at("2026-11-26 23:00"),
            ShiftStatus.PUBLISHED,
        ),
        UpcomingShift(
            place.shifts["next"],
            at("2026-12-01 18:00"),
            at("2026-12-01 22:00"),
            ShiftStatus.PUBLISHED,
        ),
        UpcomingShift(
            place.shifts["next draft"],
            at("2026-12-02 18:00"),
            at("2026-12-02 22:00"),
            ShiftStatus.DRAFT,
        ),
    )
    # Not closed, in the zone, the nearest review first; titles only.
    assert panel.open_cases == (
        (cases["Gruppo serale"], "Gruppo serale", CaseStatus.MONITORING),
        (cases["Conflitti alle panchine"], "Conflitti alle panchine", CaseStatus.OPEN),
    )
    assert panel.open_cases_count == 2
    assert panel.before_after is None


@pytest.mark.parametrize("role", [Role.MANAGER, Role.ADMIN])
def test_managers_and_admins_see_how_many_open_cases_but_not_which(
    engine: Engine, place: Place, role: Role
) -> None:
    """Case titles may name someone: outside the cases permission only their number shows."""
    open_cases(engine, place.roma)
    reader = access.Actor(None, None, None, role, role.value)
    with db.session_scope(engine) as s:
        panel = indicators.zone_panel(s, reader, place.roma, FIRST, LAST, EQUAL, ROME, now=NOW)
    assert panel.open_cases == () and panel.open_cases_count == 2


def test_the_before_and_after_comparison(engine: Engine, place: Place) -> None:
    with db.session_scope(engine) as s:
        panel = indicators.zone_panel(
            s,
            COORDINATOR,
            place.roma,
            date(2026, 11, 9),
            date(2026, 11, 22),  # 14 days
            EQUAL,
            ROME,
            compare_at=date(2026, 11, 16),
            now=NOW,
        )
    # Before: 2 to 15 November, 4 signals, 4 h shift + 1.5 h debrief on its own.
    # After: 16 to 29 November, 2 signals, 3 h shift + 4 h patrol debrief.
    assert panel.before_after == indicators.BeforeAfter(
        compare_at=date(2026, 11, 16),
        days=14,
        before_pressure=2.0,
        after_pressure=1.0,
        before_presence_hours=5.5,
        after_presence_hours=7.0,
    )


def test_an_unknown_zone_has_no_panel(engine: Engine) -> None:
    with (
        pytest.raises(IndicatorError, match="zone 42 does not exist") as refused,
        db.session_scope(engine) as s,
    ):
        indicators.zone_panel(s, COORDINATOR, 42, FIRST, LAST, EQUAL, ROME)
    assert refused.value.code == "not_found"


def test_a_deactivated_zone_still_has_its_panel(engine: Engine, place: Place) -> None:
    with db.session_scope(engine) as s:
        panel = indicators.zone_panel(s, COORDINATOR, place.closed, FIRST, LAST, EQUAL, ROME)
    assert not panel.zone.active and panel.indicator.signals[SignalKind.CITIZEN_REPORT] == 1


# -- speed -----------------------------------------------------------------------------------


def statements(engine: Engine, call: Any) -> tuple[int, Any]:
    seen: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        with db.session_scope(engine) as s:
            result = call(s)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    return len(seen), result


def test_a_constant_number_of_queries_whatever_the_data(engine: Engine, place: Place) -> None:
    def indicators_of(s: Any) -> Any:
        return indicators.zone_indicators(s, COORDINATOR, FIRST, LAST, EQUAL, ROME)

    def panel_of(s: Any) -> Any:
        return indicators.zone_panel(
            s, COORDINATOR, place.roma, FIRST, LAST, EQUAL, ROME, compare_at=FIRST, now=NOW
        )

    few, small = statements(engine, indicators_of)
    few_panel, _ = statements(engine, panel_of)
    extra = [add_zone(engine, f"Zona {i}", square(11 + i, 45)).id for i in range(5)]
    with db.session_scope(engine) as s:
        for i in range(500):
            zone_id = [place.roma, place.marconi, *extra][i % 7]
            s.add(signal(zone_id, f"2026-11-{2 + i % 27:02d} 21:00", list(SignalKind)[i % 3]))
            start = f"2026-11-{2 + i % 27:02d} {10 + i % 8}:00"
            s.add(shift(zone_id, start, 2, ShiftStatus.DONE))
            s.add(debrief(zone_id, start, 1))
    many, large = statements(engine, indicators_of)
    many_panel, _ = statements(engine, panel_of)
    assert len(small) == 2 and len(large) == 7
    assert sum(sum(x.signals.values()) for x in large) == 500 + 6 + 2
    assert few == many <= 5  # BEGIN, the zones, signals, shifts, debriefs
    assert few_panel == many_panel <= 17


# -- rights and the demo ---------------------------------------------------------------------


@pytest.mark.parametrize("role", list(Role))
def test_every_role_sees_the_indicators(engine: Engine, place: Place, role: Role) -> None:
    who = actor(role)
    with db.session_scope(engine) as s:
        assert len(indicators.zone_indicators(s, who, FIRST, LAST, EQUAL, ROME)) == 2
        assert len(indicators.zone_trend(s, who, place.roma, FIRST, LAST, EQUAL, ROME)) == 4
        assert indicators.zone_panel(s, who, place.roma, FIRST, LAST, EQUAL, ROME).zone.id == (
            place.roma
        )
        assert indicators.debriefs_in_period(s, who, at("2026-11-01 00:00"), at("2026-12-01 00:00"))


def test_the_indicators_refuse_an_actor_without_the_map(
    engine: Engine, place: Place, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(access.PERMISSIONS, access.Action.VIEW_MAP, frozenset({Role.ADMIN}))
    for call in (
        lambda s: indicators.zone_indicators(s, COORDINATOR, FIRST, LAST, EQUAL, ROME),
        lambda s: indicators.zone_trend(s, COORDINATOR, place.roma, FIRST, LAST, EQUAL, ROME),
        lambda s: indicators.zone_panel(s, COORDINATOR, place.roma, FIRST, LAST, EQUAL, ROME),
        lambda s: indicators.debriefs_in_period(s, COORDINATOR, at("2026-11-01 00:00"), NOW),
    ):
        with pytest.raises(access.PermissionDenied), db.session_scope(engine) as s:
            call(s)


@pytest.mark.parametrize("today", [date(2026, 11, 24), date(2027, 3, 28)])
def test_in_the_demo_only_piazza_marconi_is_flagged_over_the_last_four_weeks(
    engine: Engine, today: date
) -> None:
    with db.session_scope(engine) as s:
        demo.seed_demo(s, today)
    with db.session_scope(engine) as s:
        found = indicators.zone_indicators(
            s, COORDINATOR, today - timedelta(days=27), today, EQUAL, ROME
        )
    assert [x.zone_name for x in found if x.flagged] == ["Piazza Marconi"]
    assert all(x.shift_hours > 0 and x.debrief_hours > 0 for x in found)
