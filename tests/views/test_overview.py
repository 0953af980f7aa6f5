"""The Overview: the week's numbers from the service, shown in the tables, and week navigation."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from sqlalchemy import Engine

from console.config import TIME_ZONE, Settings
from console.db import session_scope
from console.models import (
    OrganizationKind,
    Role,
    ShiftStatus,
)
from console.services.access import Actor
from console.services.changes import Area
from console.services.planning.overview import WeekOverview, week_overview
from console.services.planning.week import monday_of, week_bounds
from console.views.common import labels
from console.views.common.events import EventsHub
from console.views.common.runner import OperationRunner, SyncRunner
from console.views.common.section import ViewContext
from console.views.overview import OverviewView
from console.views.overview.models import VALUE_ROLE, StaffModel, ZoneWeekModel
from console.views.overview.week_page import WeekPage
from tests import factories
from tests.factories import ROME

# The overview shows aggregates only: the most limited role sees all of it.
MANAGER = Actor(
    user_id=None, person_id=None, organization_id=None, role=Role.MANAGER, username="dirigente"
)

# The week of the spring DST change (Sunday 29 March 2026): 167 hours long.
MONDAY = date(2026, 3, 23)


_zone, _shift, _person = factories.zone, factories.shift, factories.person


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=ROME)


@pytest.fixture
def small_week(engine: Engine) -> Engine:
    """Zones, shifts around the DST week and people of three organizations, through the ORM."""
    sunday = MONDAY + timedelta(days=6)
    with session_scope(engine) as s:
        roma = _zone("Piazza Roma", "#1f77b4")
        marconi = _zone("Piazza Marconi", "#d62728")
        old = _zone("Via Vecchia", "#2ca02c", active=False)
        _zone_unused = _zone("Via Dismessa", "#9467bd", active=False)
        s.add_all([roma, marconi, old, _zone_unused])
        s.add_all(
            [
                _shift(roma, _at(MONDAY, 0), 2, ShiftStatus.DRAFT),  # the very first minute
                _shift(roma, _at(MONDAY + timedelta(days=2), 18), 3, ShiftStatus.PUBLISHED),
                _shift(roma, _at(MONDAY + timedelta(days=3), 15, 30), 4.5, ShiftStatus.DONE),
                _shift(roma, _at(MONDAY + timedelta(days=4), 20), 5, ShiftStatus.CANCELLED),
                _shift(roma, _at(sunday, 23), 1, ShiftStatus.PUBLISHED),  # after the DST change
                _shift(roma, _at(MONDAY - timedelta(days=1), 23), 2, ShiftStatus.DONE),  # before
                _shift(roma, _at(sunday + timedelta(days=1), 0), 2, ShiftStatus.DRAFT),  # after
                _shift(old, _at(MONDAY + timedelta(days=1), 10), 2, ShiftStatus.DONE),
            ]
        )
        police = factories.organization(OrganizationKind.POLICE)
        coop = factories.organization(OrganizationKind.EDUCATIONAL)
        social = factories.organization(OrganizationKind.SOCIAL_SERVICES)
        s.add_all([police, coop, social])
        s.add_all(
            [
                _person("Anna", Role.OFFICER, police),
                _person("Bruno", Role.OFFICER, police),
                _person("Carlo", Role.OFFICER, police, active=False),
                _person("Dora", Role.COORDINATOR, police, left_on=MONDAY - timedelta(days=1)),
                _person("Elsa", Role.COORDINATOR, police, left_on=MONDAY + timedelta(days=3)),
                _person("Fabio", Role.EDUCATOR, coop),
                _person("Gina", Role.EDUCATOR, coop),
                _person("Ivo", Role.EDUCATOR, coop),
            ]
        )
    return engine


def test_week_bounds_follow_daylight_saving() -> None:
    start, end = week_bounds(MONDAY, ROME)
    assert start == datetime(2026, 3, 22, 23, tzinfo=UTC)
    assert end - start == timedelta(hours=167)
    autumn_start, autumn_end = week_bounds(date(2026, 10, 19), ROME)
    assert autumn_end - autumn_start == timedelta(hours=169)
    with pytest.raises(ValueError, match="not a Monday"):
        week_bounds(date(2026, 3, 24), ROME)
    assert monday_of(date(2026, 3, 29)) == MONDAY


def test_week_overview_counts_shifts_hours_and_people(small_week: Engine) -> None:
    wednesday_night = _at(MONDAY + timedelta(days=2), 21, 1)  # Wednesday's 18-21 is over
    with session_scope(small_week) as s:
        week = week_overview(s, MONDAY, ROME, wednesday_night)
        earlier = week_overview(s, MONDAY, ROME, wednesday_night - timedelta(minutes=2))
    assert [z.name for z in week.zones] == ["Piazza Marconi", "Piazza Roma", "Via Vecchia"]
    marconi, roma, old = week.zones
    assert (marconi.shifts, marconi.hours) == (0, 0)
    assert roma.shifts == 5
    # Published and over: to debrief, apart from the published shift still to come and done.
    assert (roma.draft, roma.published, roma.to_debrief, roma.done, roma.cancelled) == (
        1,
        1,
        1,
        1,
        1,
    )
    assert (earlier.zones[1].published, earlier.zones[1].to_debrief) == (2, 0)
    assert (week.to_debrief, earlier.to_debrief) == (1, 0)
    assert roma.hours == pytest.approx(2 + 3 + 4.5 + 1)  # the cancelled shift plans no hours
    assert roma.colour == "#1f77b4"
    assert (old.shifts, old.done) == (1, 1)  # inactive, but it had a shift this week
    assert (week.shifts, week.hours) == (6, pytest.approx(12.5))
    assert week.iso_week == (2026, 13)
    assert week.sunday == date(2026, 3, 29)

    by_name = {org.name: org for org in week.organizations}
    assert list(by_name) == ["Cooperativa", "Polizia Locale", "Servizio Sociale"]
    police = by_name["Polizia Locale"]
    assert police.count(Role.OFFICER) == 2  # Carlo is not active
    assert police.count(Role.COORDINATOR) == 1  # Dora left before the week, Elsa during it
    assert police.total == 3
    assert by_name["Cooperativa"].count(Role.EDUCATOR) == 3
    assert by_name["Servizio Sociale"].total == 0


@pytest.fixture
def context(engine: Engine) -> ViewContext:
    hub = EventsHub()
    return ViewContext(engine, SyncRunner(hub), hub, Settings(), MANAGER)


def _loaded_section(qtbot, context: ViewContext) -> OverviewView:
    """The Overview on its week tab (the dashboard has tests of its own)."""
    section = OverviewView(context)
    qtbot.addWidget(section)
    with qtbot.waitSignal(section.sig_loaded, timeout=10_000):
        section.show()
    section.show_week_tab()
    assert section.week.isVisible()
    return section


def _column(model, column: int, role: int = VALUE_ROLE) -> list[object]:
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def test_tables_show_what_the_service_computes(qtbot, small_week: Engine, context) -> None:
    section = _loaded_section(qtbot, context)
    view: WeekPage = section.week
    with qtbot.waitSignal(view.sig_loaded):
        view.show_week(MONDAY + timedelta(days=3))
    assert view.monday == MONDAY
    with session_scope(small_week) as s:
        expected: WeekOverview = week_overview(s, MONDAY, ROME)
    assert view.shown == expected

    zones = view.zones_model
    assert zones.rowCount() == len(expected.zones)
    assert _column(zones, ZoneWeekModel.COL_ZONE) == [z.name for z in expected.zones]
    assert _column(zones, ZoneWeekModel.COL_SHIFTS) == [z.shifts for z in expected.zones]
    assert _column(zones, ZoneWeekModel.COL_CANCELLED) == [z.cancelled for z in expected.zones]
    # The week is long over: both published shifts wait for their debrief.
    assert _column(zones, ZoneWeekModel.COL_TO_DEBRIEF) == [z.to_debrief for z in expected.zones]
    assert _column(zones, ZoneWeekModel.COL_TO_DEBRIEF) == [0, 2, 0]
    amber = zones.index(1, ZoneWeekModel.COL_TO_DEBRIEF).data(Qt.ItemDataRole.ForegroundRole)
    assert amber.name() == labels.SHIFT_TO_DEBRIEF_COLOUR
    hours = _column(zones, ZoneWeekModel.COL_HOURS, Qt.ItemDataRole.DisplayRole)
    assert hours == [QLocale().toString(z.hours, "f", 1) for z in expected.zones]
    swatch = zones.index(0, ZoneWeekModel.COL_ZONE).data(Qt.ItemDataRole.DecorationRole)
    assert swatch.name() == expected.zones[0].colour

    staff = view.staff_model
    officers = 1 + StaffModel.ROLE_COLUMNS.index(Role.OFFICER)
    assert _column(staff, officers) == [o.count(Role.OFFICER) for o in expected.organizations]
    assert _column(staff, StaffModel.COL_TOTAL) == [o.total for o in expected.organizations]
    assert "13" in view.week_label.text() and "2026" in view.week_label.text()
    assert "Europe/Rome" in view.dates_label.text()
    assert QLocale().toString(12.5, "f", 1) in view.summary_label.text()
    assert view.summary_label.text().endswith("to debrief: 2")


def test_models_pass_the_model_tester(qtmodeltester, small_week: Engine) -> None:
    with session_scope(small_week) as s:
        week = week_overview(s, MONDAY, ROME)
    zones, staff = ZoneWeekModel(), StaffModel()
    zones.set_rows(week.zones)
    staff.set_rows(week.organizations)
    qtmodeltester.check(zones)
    qtmodeltester.check(staff)
    zones.set_rows(())
    qtmodeltester.check(zones)


def test_empty_database_says_so(qtbot, context) -> None:
    section = _loaded_section(qtbot, context)
    view: WeekPage = section.week
    assert view.zones_model.rowCount() == 0
    assert view.zones_empty.isVisibleTo(view) and not view.zones_table.isVisibleTo(view)
    assert view.staff_empty.isVisibleTo(view)
    assert view.summary_label.text() == "No shifts in this week."


def test_week_navigation_with_the_shortcuts(qtbot, small_week: Engine, context) -> None:
    section = _loaded_section(qtbot, context)
    view: WeekPage = section.week
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.zones_table.setFocus()
    with qtbot.waitSignal(view.sig_loaded):
        view.show_week(MONDAY)
    assert view.shown.shifts == 6
    with qtbot.waitSignal(view.sig_loaded):
        qtbot.keyClick(view.zones_table, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.monday == MONDAY + timedelta(days=7)
    assert view.shown.monday == view.monday
    assert view.shown.shifts == 1  # the shift at 00:00 on the next Monday
    for _ in range(2):
        with qtbot.waitSignal(view.sig_loaded):
            qtbot.keyClick(view.zones_table, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.monday == MONDAY - timedelta(days=7)
    assert view.this_week_action.isEnabled()
    with qtbot.waitSignal(view.sig_loaded):
        qtbot.keyClick(view.zones_table, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert view.monday == monday_of(datetime.now(ROME).date())
    assert not view.this_week_action.isEnabled()


def test_buttons_move_between_weeks(qtbot, context) -> None:
    section = _loaded_section(qtbot, context)
    view: WeekPage = section.week
    start = view.monday
    with qtbot.waitSignal(view.sig_loaded):
        view.next_action.trigger()
    assert view.monday == start + timedelta(days=7)
    with qtbot.waitSignal(view.sig_loaded):
        view.previous_action.trigger()
    assert view.monday == start


def test_reloads_when_its_data_or_the_time_zone_changes(qtbot, small_week, context) -> None:
    section = _loaded_section(qtbot, context)
    view = section.week
    context.hub.sig_changed.connect(section.on_changed)  # as the main window wires it
    with qtbot.waitSignal(view.sig_loaded):
        view.show_week(MONDAY)
    with qtbot.assertNotEmitted(view.sig_loaded):
        context.hub.sig_changed.emit(Area.NOTES, (1,))
    with qtbot.waitSignal(view.sig_loaded):
        context.hub.sig_changed.emit(Area.SHIFTS, (7,))
    section.hide()
    with qtbot.assertNotEmitted(view.sig_loaded):  # hidden: only marked stale
        context.hub.sig_changed.emit(Area.SHIFTS, (7,))
    with qtbot.waitSignal(view.sig_loaded):
        section.show()
    context.settings.set_value(TIME_ZONE, "Asia/Tokyo")
    with qtbot.waitSignal(view.sig_loaded):
        context.hub.sig_changed.emit(Area.SETTINGS, ("time_zone",))
    assert view.shown.time_zone == "Asia/Tokyo"
    # Tokyo's week starts 8 hours before Rome's: the Sunday-night shifts move one week back.
    assert view.shown.hours == pytest.approx(13.5)
    assert [z.done for z in view.shown.zones] == [0, 2, 1]


def test_loads_off_the_gui_thread(qtbot, small_week: Engine) -> None:
    hub = EventsHub()
    runner = OperationRunner(hub)
    section = OverviewView(ViewContext(small_week, runner, hub, Settings(), MANAGER))
    qtbot.addWidget(section)
    view = section.week
    with qtbot.waitSignal(section.sig_loaded, timeout=10_000):
        section.show()
        assert view.shown is None  # nothing arrived yet: the work runs on the worker
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.show_week(MONDAY)
    assert view.shown.shifts == 6
    runner.shutdown()
