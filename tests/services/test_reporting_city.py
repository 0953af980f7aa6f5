"""The activity summary of a generated city (benchmarks/generate.py, a small scale): a year and
its previous year, every figure of the project and of each zone equal to its count straight
from the tables, the people met counted once across zones, and each zone's week-by-week trend
equal to the map's. The demo's tests (test_reporting) hold the contact breakdowns; this one
holds a year of twenty zones, as the annual summary PDF reads it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from benchmarks.generate import generate
from console import db
from console.services.places import indicators
from console.services.reporting.periods import Period
from console.services.reporting.summary import ActivitySummary, activity_summary
from tests.services.test_reporting import MANAGER, NOW, ROME, assert_matches, sql_figures

YEAR = Period(date.today() - timedelta(days=365), date.today() - timedelta(days=1))


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Engine, Path]]:
    path = tmp_path_factory.mktemp("city") / "city.db"
    generate(path, scale=0.01, audit=10)
    engine = db.open_database(db.sqlite_url(path)).engine
    yield engine, path
    engine.dispose()


@pytest.fixture(scope="module")
def summary(city: tuple[Engine, Path]) -> ActivitySummary:
    with db.read_scope(city[0]) as session:
        return activity_summary(session, MANAGER, YEAR, tz=ROME, threshold=1, now=NOW)


def test_a_year_of_the_city_and_the_year_before_equal_their_counts(
    city: tuple[Engine, Path], summary: ActivitySummary
) -> None:
    _engine, path = city
    assert summary.previous_period == YEAR.previous()
    assert summary.previous is not None
    for period, figures in ((YEAR, summary.figures), (YEAR.previous(), summary.previous)):
        sql = sql_figures(path, period)
        assert_matches(figures, sql)
        assert figures.outings > 100 and figures.signals > 20  # real numbers compared
    assert len(summary.zones) == 20
    for zone in summary.zones:
        assert_matches(zone.figures, sql_figures(path, YEAR, zone.zone_id), breakdowns=False)
        assert zone.previous is not None
        assert_matches(
            zone.previous, sql_figures(path, YEAR.previous(), zone.zone_id), breakdowns=False
        )


def test_people_met_in_several_zones_count_once_in_the_project(summary: ActivitySummary) -> None:
    by_zone = sum(zone.figures.people_met.value or 0 for zone in summary.zones)
    assert summary.figures.people_met.value is not None
    assert 0 < summary.figures.people_met.value < by_zone  # people met in more than one zone


def test_each_zones_weeks_are_the_maps(city: tuple[Engine, Path], summary: ActivitySummary) -> None:
    engine, _path = city
    for zone in summary.zones[:4]:
        with db.read_scope(engine) as session:
            weeks = indicators.zone_trend(
                session, MANAGER, zone.zone_id, YEAR.start, YEAR.end, {}, ROME
            )
        assert len(weeks) in {53, 54}
        assert list(zone.trend) == weeks
