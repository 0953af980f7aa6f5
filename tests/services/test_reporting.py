"""The activity summary on the demo: every figure equals an independent SQL count (with a
threshold of 1 nothing is suppressed), small counts of people are suppressed so that no total
gives them back, the previous period and its change, periods, permissions and cancellation."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, select

from console import db
from console.models import Intervention, Role, Zone
from console.services import access, demo
from console.services.places.indicators import IndicatorError
from console.services.reporting.periods import Period, PeriodKind
from console.services.reporting.summary import (
    ActivitySummary,
    Figures,
    SummaryCancelled,
    activity_summary,
)
from console.services.reporting.suppression import Count, change_text, suppress_group

ROME = ZoneInfo("Europe/Rome")
TODAY = date(2026, 11, 25)
PERIOD = Period(date(2026, 11, 9), date(2026, 11, 22))
# The moment the summaries are made: shifts published and over by then are "to debrief".
NOW = datetime(2026, 11, 25, 12, 7, tzinfo=ROME)
THIS_WEEK = Period(date(2026, 11, 23), date(2026, 11, 29))  # TODAY's week: published shifts
SMALL_ZONE = "Piazza Roma"  # given 3 contacts in PERIOD
MANAGER = access.Actor(None, None, None, Role.MANAGER, "manager")


@dataclass(frozen=True)
class Demo:
    engine: Engine
    path: Path


def build_demo(path: Path) -> Demo:
    """The demo of TODAY, with contact breakdowns on half the debriefs and 3 contacts in
    SMALL_ZONE during PERIOD."""
    engine = db.open_database(db.sqlite_url(path)).engine
    with db.session_scope(engine) as session:
        demo.seed_demo(session, today=TODAY)
    first, last = PERIOD.previous().bounds(ROME)[0], PERIOD.bounds(ROME)[1]
    with db.session_scope(engine) as session:
        small = session.scalar(select(Zone.id).where(Zone.name == SMALL_ZONE))
        debriefs = session.scalars(
            select(Intervention)
            .where(Intervention.started_at >= first, Intervention.started_at < last)
            .order_by(Intervention.id)
        ).all()
        in_small = [
            d for d in debriefs if d.zone_id == small and d.started_at >= PERIOD.bounds(ROME)[0]
        ]
        for index, debrief in enumerate(in_small):
            debrief.contacts_count = 3 if index == 0 else 0
            debrief.contacts_breakdown = None
        for index, debrief in enumerate(d for d in debriefs if d not in in_small):
            n = debrief.contacts_count
            if index % 2 == 0 and n >= 2:
                debrief.contacts_breakdown = {
                    "age_band": {"18-30": n // 2, ">50": n - n // 2 - 1},
                    "gender": {"f": 1, "m": n - 1},
                }
    return Demo(engine, path)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    built = build_demo(tmp_path_factory.mktemp("reporting") / "console.db")
    yield built
    built.engine.dispose()


def summarize(world: Demo, period: Period = PERIOD, **kwargs: object) -> ActivitySummary:
    with db.session_scope(world.engine) as session:
        return activity_summary(session, MANAGER, period, tz=ROME, now=NOW, **kwargs)  # type: ignore[arg-type]


# -- the independent SQL ---------------------------------------------------------------------


def stamp(day: date | datetime) -> str:
    if not isinstance(day, datetime):
        day = datetime.combine(day, datetime.min.time(), ROME)
    return day.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def sql_figures(path: Path, period: Period, zone_id: int | None = None) -> dict[str, object]:
    """Every figure of the summary counted straight from the tables (sqlite3, no ORM)."""
    lo, hi = stamp(period.start), stamp(period.end + timedelta(days=1))
    zone = "" if zone_id is None else f" AND zone_id = {zone_id}"
    i_zone = "" if zone_id is None else f" AND i.zone_id = {zone_id}"
    c_zone = "" if zone_id is None else f" AND c.zone_id = {zone_id}"
    hours = "(julianday(ended_at) - julianday(started_at)) * 24"
    with closing(sqlite3.connect(path)) as con:

        def one(query: str, *args: object) -> object:
            return con.execute(query, args).fetchone()[0]

        joint = f"FROM shifts WHERE kind = 'joint' AND starts_at >= ? AND starts_at < ?{zone}"
        breakdowns = con.execute(
            "SELECT contacts_count, contacts_breakdown FROM interventions "
            f"WHERE started_at >= ? AND started_at < ?{zone}",
            (lo, hi),
        ).fetchall()
        ages: dict[str, int] = {}
        genders: dict[str, int] = {}
        for contacts, raw in breakdowns:
            split = json.loads(raw) if raw else None
            for part, target in (("age_band", ages), ("gender", genders)):
                groups = (split or {}).get(part) or {}
                for key, n in groups.items():
                    target[key] = target.get(key, 0) + n
                target["not_recorded"] = (
                    target.get("not_recorded", 0) + contacts - sum(groups.values())
                )
        stages = dict(
            con.execute(
                "SELECT s.identification, count(DISTINCT s.id) FROM intervention_subjects x "
                "JOIN interventions i ON i.id = x.intervention_id JOIN subjects s "
                f"ON s.id = x.subject_id WHERE i.started_at >= ? AND i.started_at < ?{i_zone} "
                "GROUP BY s.identification",
                (lo, hi),
            ).fetchall()
        )
        return {
            "joint_planned": one(
                f"SELECT count(*) {joint} AND status IN ('published', 'done')", lo, hi
            ),
            "joint_done": one(f"SELECT count(*) {joint} AND status = 'done'", lo, hi),
            "joint_cancelled": one(f"SELECT count(*) {joint} AND status = 'cancelled'", lo, hi),
            "joint_to_debrief": one(
                f"SELECT count(*) {joint} AND status = 'published' AND ends_at <= ?",
                lo,
                hi,
                stamp(NOW),
            ),
            "outings": one(
                "SELECT count(*) FROM interventions "
                f"WHERE started_at >= ? AND started_at < ?{zone}",
                lo,
                hi,
            ),
            "outing_hours": one(
                f"SELECT coalesce(sum({hours}), 0) FROM interventions "
                f"WHERE started_at >= ? AND started_at < ?{zone}",
                lo,
                hi,
            ),
            "hours_by_organization": dict(
                con.execute(
                    f"SELECT o.name, sum((julianday(i.ended_at) - julianday(i.started_at)) * 24) "
                    "FROM interventions i JOIN intervention_participants p ON p.intervention_id "
                    "= i.id JOIN persons e ON e.id = p.person_id JOIN organizations o ON o.id = "
                    f"e.organization_id WHERE i.started_at >= ? AND i.started_at < ?{i_zone} "
                    "GROUP BY o.name",
                    (lo, hi),
                ).fetchall()
            ),
            "contacts": one(
                "SELECT coalesce(sum(contacts_count), 0) FROM interventions "
                f"WHERE started_at >= ? AND started_at < ?{zone}",
                lo,
                hi,
            ),
            "ages": ages,
            "genders": genders,
            "people_met": one(
                "SELECT count(DISTINCT x.subject_id) FROM intervention_subjects x JOIN "
                "interventions i ON i.id = x.intervention_id "
                f"WHERE i.started_at >= ? AND i.started_at < ?{i_zone}",
                lo,
                hi,
            ),
            "stages": stages,
            "cases_opened": one(
                f"SELECT count(*) FROM cases c WHERE opened_at >= ? AND opened_at < ?{c_zone}",
                lo,
                hi,
            ),
            "cases_closed": one(
                f"SELECT count(*) FROM cases c WHERE closed_at >= ? AND closed_at < ?{c_zone}",
                lo,
                hi,
            ),
            "cases_active": one(
                "SELECT count(*) FROM cases c WHERE opened_at < ? AND NOT "
                "(coalesce(closed_at < ?, 0) OR (status = 'closed' AND closed_at IS NULL))"
                f"{c_zone}",
                hi,
                hi,
            ),
            "referrals_by_status": dict(
                con.execute(
                    "SELECT r.status, count(*) FROM referrals r JOIN cases c ON c.id = r.case_id "
                    f"WHERE r.sent_at >= ? AND r.sent_at < ?{c_zone} GROUP BY r.status",
                    (lo, hi),
                ).fetchall()
            ),
            "signals_by_kind": dict(
                con.execute(
                    "SELECT kind, count(*) FROM signals WHERE occurred_at >= ? AND "
                    f"occurred_at < ?{zone} GROUP BY kind",
                    (lo, hi),
                ).fetchall()
            ),
            "meetings_held": one(
                "SELECT count(*) FROM meetings WHERE held_at >= ? AND held_at < ? "
                "AND status IN ('held', 'closed')",
                lo,
                hi,
            ),
            "actions": dict(
                con.execute(
                    "SELECT a.status, count(*) FROM action_items a JOIN meetings m ON m.id = "
                    "a.meeting_id WHERE m.held_at >= ? AND m.held_at < ? AND m.status IN "
                    "('held', 'closed') GROUP BY a.status",
                    (lo, hi),
                ).fetchall()
            ),
        }


def assert_matches(figures: Figures, sql: dict[str, object], *, breakdowns: bool = True) -> None:
    """Every figure equals its SQL count (the summary was built with threshold 1)."""
    assert figures.joint_planned == sql["joint_planned"]
    assert figures.joint_done == sql["joint_done"]
    assert figures.joint_cancelled == sql["joint_cancelled"]
    assert figures.joint_to_debrief == sql["joint_to_debrief"]
    assert figures.outings == sql["outings"]
    assert figures.outing_hours == pytest.approx(sql["outing_hours"])
    assert figures.hours_by_organization == pytest.approx(sql["hours_by_organization"])
    assert figures.contacts == Count(sql["contacts"], 1)  # type: ignore[arg-type]
    assert figures.people_met.value == sql["people_met"]
    assert figures.cases_opened.value == sql["cases_opened"]
    assert figures.cases_closed.value == sql["cases_closed"]
    assert figures.cases_active.value == sql["cases_active"]
    referrals: dict[str, int] = sql["referrals_by_status"]  # type: ignore[assignment]
    assert figures.referrals.value == sum(referrals.values())
    signals: dict[str, int] = sql["signals_by_kind"]  # type: ignore[assignment]
    assert {k.value: n for k, n in figures.signals_by_kind.items() if n} == signals
    if breakdowns:
        ages: dict[str, int] = sql["ages"]  # type: ignore[assignment]
        genders: dict[str, int] = sql["genders"]  # type: ignore[assignment]
        assert {k: c.value for k, c in figures.contacts_by_age.items() if c.value} == {
            k: n for k, n in ages.items() if n
        }
        assert {k: c.value for k, c in figures.contacts_by_gender.items() if c.value} == {
            k: n for k, n in genders.items() if n
        }
        assert {s.value: c.value for s, c in figures.people_met_by_stage.items() if c.value} == sql[
            "stages"
        ]
        assert {s.value: c.value for s, c in figures.referrals_by_status.items() if c.value} == (
            referrals
        )


# -- every figure ------------------------------------------------------------------------------


def test_every_figure_of_the_project_equals_its_sql_count(world: Demo) -> None:
    summary = summarize(world, threshold=1)
    sql = sql_figures(world.path, PERIOD)
    assert_matches(summary.figures, sql)
    # The demo is not empty where it matters: the test compares real numbers.
    assert summary.figures.outings > 10 and summary.figures.contacts.value
    assert any(c.value for k, c in summary.figures.contacts_by_age.items() if k != "not_recorded")
    actions: dict[str, int] = sql["actions"]  # type: ignore[assignment]
    assert summary.meetings.held == sql["meetings_held"] == 1
    assert {k.value: n for k, n in summary.meetings.actions.items() if n} == actions


def test_joint_shifts_to_debrief_are_apart_from_done_and_follow_the_time(world: Demo) -> None:
    summary = summarize(world, THIS_WEEK, threshold=1)
    sql = sql_figures(world.path, THIS_WEEK)
    assert_matches(summary.figures, sql)
    figures = summary.figures
    # Monday's and Tuesday's published shifts were worked by NOW; the rest of the week not yet.
    assert 0 < figures.joint_to_debrief < figures.joint_planned - figures.joint_done
    assert sum(z.figures.joint_to_debrief for z in summary.zones) == figures.joint_to_debrief
    with db.session_scope(world.engine) as session:
        earlier = activity_summary(
            session, MANAGER, THIS_WEEK, tz=ROME, threshold=1, now=NOW - timedelta(days=3)
        )
    assert earlier.figures.joint_to_debrief == 0
    assert earlier.figures.joint_planned == figures.joint_planned


def test_every_figure_of_each_zone_equals_its_sql_count(world: Demo) -> None:
    summary = summarize(world, threshold=1)
    assert [zone.name for zone in summary.zones] == sorted(zone.name for zone in summary.zones)
    assert len(summary.zones) == 3
    for zone in summary.zones:
        assert_matches(
            zone.figures, sql_figures(world.path, PERIOD, zone.zone_id), breakdowns=False
        )
        # A zone inside the project's summary carries totals only.
        assert zone.figures.contacts_by_age == {} and zone.figures.people_met_by_stage == {}


def test_one_zone_summary_is_that_zone_with_its_breakdowns(world: Demo) -> None:
    whole = summarize(world, threshold=1)
    zone = whole.zones[0]
    summary = summarize(world, threshold=1, zone_id=zone.zone_id)
    assert summary.zone_name == zone.name and [z.zone_id for z in summary.zones] == [zone.zone_id]
    assert_matches(summary.figures, sql_figures(world.path, PERIOD, zone.zone_id))


def test_previous_period_of_the_same_length_and_its_change(world: Demo) -> None:
    summary = summarize(world, threshold=1)
    assert summary.previous_period == Period(date(2026, 10, 26), date(2026, 11, 8))
    assert summary.previous is not None
    assert_matches(summary.previous, sql_figures(world.path, summary.previous_period))
    now, before = summary.figures.joint_done, summary.previous.joint_done
    assert now != before
    assert change_text(now, before) == (
        f"+{now - before}" if now > before else f"\u2212{before - now}"
    )
    for zone in summary.zones:
        assert zone.previous is not None
        assert (
            zone.previous.outings
            == sql_figures(world.path, summary.previous_period, zone.zone_id)["outings"]
        )


def test_no_previous_period_before_the_project_began(world: Demo) -> None:
    summary = summarize(world, Period(date(2026, 10, 1), date(2026, 11, 22)))
    assert summary.previous_period is None and summary.previous is None
    assert summary.previous_meetings is None
    assert all(zone.previous is None for zone in summary.zones)


def test_trend_and_before_after_come_from_the_map_indicators(world: Demo) -> None:
    from console.services.places import indicators

    summary = summarize(world)
    weights = {}
    for zone in summary.zones:
        with db.session_scope(world.engine) as session:
            trend = indicators.zone_trend(
                session, MANAGER, zone.zone_id, PERIOD.start, PERIOD.end, weights, ROME
            )
            began = indicators.default_compare_day(session, MANAGER, zone.zone_id, PERIOD.end, ROME)
            panel = indicators.zone_panel(
                session,
                MANAGER,
                zone.zone_id,
                began,
                began + timedelta(days=27),
                weights,
                ROME,
                compare_at=began,
            )
        assert list(zone.trend) == trend
        assert zone.before_after == panel.before_after


# -- suppression -------------------------------------------------------------------------------


def test_a_zone_with_three_contacts_shows_under_five_and_no_total_reveals_it(world: Demo) -> None:
    summary = summarize(world)
    small = next(zone for zone in summary.zones if zone.name == SMALL_ZONE)
    assert small.figures.contacts == Count(None, 5)
    assert small.figures.contacts.text() == "<5"
    total = summary.figures.contacts.value
    assert total is not None
    shown = [
        z.figures.contacts.value for z in summary.zones if z.figures.contacts.value is not None
    ]
    # Another zone is suppressed too: the total minus the shown zones is two zones' sum, not 3.
    assert len(shown) <= len(summary.zones) - 2
    assert total - sum(shown) != 3
    # With threshold 1 nothing is suppressed and the small zone really has 3.
    exact = summarize(world, threshold=1)
    assert next(z for z in exact.zones if z.name == SMALL_ZONE).figures.contacts.value == 3


def test_every_count_of_people_under_the_threshold_is_suppressed(world: Demo) -> None:
    exact, shown = summarize(world, threshold=1), summarize(world)
    for true, visible in [(exact.figures, shown.figures)] + [
        (a.figures, b.figures) for a, b in zip(exact.zones, shown.zones, strict=True)
    ]:
        for name in (
            "contacts",
            "people_met",
            "cases_opened",
            "cases_closed",
            "cases_active",
            "referrals",
        ):
            value, count = getattr(true, name).value, getattr(visible, name)
            if 0 < value < 5:
                assert count.suppressed, name
            elif not count.suppressed:
                assert count.value == value, name
        for group in (
            "contacts_by_age",
            "contacts_by_gender",
            "people_met_by_stage",
            "referrals_by_status",
        ):
            cells = getattr(visible, group)
            for key, count in cells.items():
                value = getattr(true, group)[key].value
                assert count.suppressed if 0 < value < 5 else count.value in {None, value}
            assert (
                sum(1 for c in cells.values() if c.suppressed) != 1
                or getattr(
                    visible,
                    {
                        "contacts_by_age": "contacts",
                        "contacts_by_gender": "contacts",
                        "people_met_by_stage": "people_met",
                        "referrals_by_status": "referrals",
                    }[group],
                ).suppressed
            )


def test_secondary_suppression_of_a_group() -> None:
    cells, total = suppress_group({"a": 3, "b": 9, "c": 20, "d": 0}, 32)
    assert [c.text() for c in cells.values()] == ["<5", "<5", "20", "0"]
    assert total == Count(32)
    cells, total = suppress_group({"a": 3, "b": 0}, 3)
    assert total.suppressed and cells["a"].suppressed and cells["b"] == Count(0)
    cells, total = suppress_group({"a": 2, "b": 4, "c": 30}, 36)
    assert [c.suppressed for c in cells.values()] == [True, True, False]
    cells, total = suppress_group({"a": 0, "b": 7}, 7)
    assert not any(c.suppressed for c in cells.values()) and total == Count(7)


def test_count_is_a_type_with_its_text() -> None:
    assert Count(None, 5).text() == "<5" and str(Count(12)) == "12" and Count(0).text() == "0"
    assert Count(None, 10).text() == "<10"
    assert change_text(Count(None), Count(8)) == "" and change_text(Count(9), None) == ""
    assert change_text(2.5, 1.0) == "+1.5" and change_text(3, 3) == "0"


# -- periods, rights, cancellation -------------------------------------------------------------


def test_periods() -> None:
    day = date(2026, 11, 25)
    assert Period.week_of(day) == Period(date(2026, 11, 23), date(2026, 11, 29))
    assert Period.month_of(day) == Period(date(2026, 11, 1), date(2026, 11, 30))
    assert Period.quarter_of(day) == Period(date(2026, 10, 1), date(2026, 12, 31))
    assert Period.year_of(day) == Period(date(2026, 1, 1), date(2026, 12, 31))
    assert Period.last(PeriodKind.QUARTER, day) == Period(date(2026, 7, 1), date(2026, 9, 30))
    assert Period.last(PeriodKind.MONTH, date(2026, 3, 5)) == Period(
        date(2026, 2, 1), date(2026, 2, 28)
    )
    assert Period.of(PeriodKind.PROJECT_TO_DATE, day, project_start=date(2026, 10, 26)) == Period(
        date(2026, 10, 26), day
    )
    assert Period(date(2026, 3, 1), date(2026, 3, 31)).previous() == Period(
        date(2026, 1, 29), date(2026, 2, 28)
    )
    with pytest.raises(IndicatorError) as refused:
        Period(date(2026, 3, 2), date(2026, 3, 1))
    assert refused.value.code == "indicator_period_reversed"


def test_every_role_reads_aggregates_and_an_unknown_zone_is_refused(world: Demo) -> None:
    for role in Role:
        actor = access.Actor(None, None, None, role, role.value)
        with db.session_scope(world.engine) as session:
            assert activity_summary(session, actor, PERIOD, tz=ROME).figures.outings > 0
    with db.session_scope(world.engine) as session, pytest.raises(IndicatorError) as refused:
        activity_summary(session, MANAGER, PERIOD, zone_id=999)
    assert refused.value.code == "not_found"


class FakeJob:
    def __init__(self, cancel_after: int | None = None) -> None:
        self.reports: list[tuple[int, int]] = []
        self.cancel_after = cancel_after

    def report(self, done: int, total: int) -> None:
        self.reports.append((done, total))

    def is_cancelled(self) -> bool:
        return self.cancel_after is not None and len(self.reports) >= self.cancel_after


def test_progress_is_reported_and_a_cancelled_job_stops(world: Demo) -> None:
    job = FakeJob()
    summarize(world, job=job)
    assert job.reports == [(n, 5) for n in range(1, 6)]
    stopped = FakeJob(cancel_after=2)
    with pytest.raises(SummaryCancelled):
        summarize(world, job=stopped)
    assert len(stopped.reports) == 2


def test_project_to_date_begins_when_the_funded_project_starts(world: Demo) -> None:
    from sqlalchemy.orm import Session

    from console.models import FundingProject
    from console.services.reporting import queries
    from console.services.reporting.summary import project_start

    with Session(world.engine) as session:
        project = session.get(FundingProject, 1) or FundingProject(id=1)
        project.starts_on = None
        session.add(project)
        session.flush()
        first = queries.first_activity(session)  # the first shift or debrief
        assert first is not None
        assert project_start(session, MANAGER, ROME) == first.astimezone(ROME).date()
        project.starts_on = date(2025, 3, 1)
        session.flush()
        assert project_start(session, MANAGER, ROME) == date(2025, 3, 1)
        session.rollback()
