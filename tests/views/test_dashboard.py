"""The Overview's dashboard: the period picker's periods, the zone filter, tiles that show what
the summary service computes ("<5" for suppressed counts, no change beside them), the charts,
the summary PDF and cancelling a build, on the synchronous and the threaded runner."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QKeySequence, QWheelEvent
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QLabel, QWidget
from sqlalchemy import Engine, select

from console import db
from console.config import SUPPRESSION_THRESHOLD, Settings
from console.models import Role, Zone
from console.reports import vector_charts
from console.services import access, demo
from console.services.changes import Area
from console.services.reporting.periods import Period, PeriodKind
from console.services.reporting.printout import SUMMARY_SHARE
from console.services.reporting.summary import ActivitySummary, activity_summary
from console.views.common.events import EventsHub
from console.views.common.runner import SyncRunner
from console.views.common.section import ViewContext
from console.views.overview import OverviewView
from console.views.overview import dashboard as dashboard_module
from console.views.overview.dashboard import ALL_ZONES, DashboardPage
from console.views.overview.figures import value_text
from console.views.overview.period_picker import PeriodPicker, step
from tests.views.signed_in import BOTH_RUNNERS, ContextMaker, settle

ROME = ZoneInfo("Europe/Rome")
TODAY = date(2026, 11, 25)  # the demo's today
PERIOD = Period(date(2026, 11, 9), date(2026, 11, 22))
MANAGER = access.Actor(None, None, None, Role.MANAGER, "dirigente")


# -- the period picker -----------------------------------------------------------------------


@pytest.fixture
def picker(qtbot) -> PeriodPicker:
    made = PeriodPicker(lambda: date(2026, 5, 14))
    qtbot.addWidget(made)
    return made


def test_the_picker_starts_on_the_last_full_month(picker: PeriodPicker) -> None:
    assert picker.kind == PeriodKind.MONTH
    assert picker.period() == Period(date(2026, 4, 1), date(2026, 4, 30))
    assert picker.title.text() == "April 2026"
    assert picker.forward.isEnabled()  # May has begun


def test_weeks_months_quarters_and_years_have_their_calendar_bounds(
    qtbot, picker: PeriodPicker
) -> None:
    with qtbot.waitSignal(picker.sig_period_changed) as week:
        picker.kind_box.setCurrentIndex(picker.kind_box.findData(PeriodKind.WEEK))
    assert week.args == [Period(date(2026, 5, 11), date(2026, 5, 17))]  # Monday to Sunday
    assert not picker.forward.isEnabled()  # next week has not begun
    picker.previous()
    assert picker.period() == Period(date(2026, 5, 4), date(2026, 5, 10))

    picker.pick(PeriodKind.MONTH)
    assert picker.period() == Period(date(2026, 5, 1), date(2026, 5, 31))
    picker.pick(PeriodKind.QUARTER)
    assert picker.period() == Period(date(2026, 4, 1), date(2026, 6, 30))
    assert picker.title.text() == "Q2 2026"
    picker.previous()
    picker.previous()  # across the year: Q4 of 2025
    assert picker.period() == Period(date(2025, 10, 1), date(2025, 12, 31))
    assert picker.title.text() == "Q4 2025"
    picker.next()
    assert picker.period() == Period(date(2026, 1, 1), date(2026, 3, 31))
    picker.pick(PeriodKind.YEAR)
    assert picker.period() == Period(date(2026, 1, 1), date(2026, 12, 31))
    picker.previous()
    assert picker.title.text() == "2025"
    # February of a leap year, and a quarter holding it
    assert step(PeriodKind.MONTH, Period(date(2024, 3, 1), date(2024, 3, 31)), -1) == Period(
        date(2024, 2, 1), date(2024, 2, 29)
    )


def test_project_to_date_runs_from_the_projects_first_day(picker: PeriodPicker) -> None:
    picker.pick(PeriodKind.PROJECT_TO_DATE)
    assert picker.period() == Period(date(2026, 5, 14), date(2026, 5, 14))  # not known yet
    picker.set_project_start(date(2025, 9, 15))
    assert picker.period() == Period(date(2025, 9, 15), date(2026, 5, 14))
    assert not picker.back.isEnabled() and not picker.forward.isEnabled()
    picker.previous()
    assert picker.period() == Period(date(2025, 9, 15), date(2026, 5, 14))


def test_editing_a_date_makes_a_custom_range_never_reversed(qtbot, picker: PeriodPicker) -> None:
    with qtbot.waitSignal(picker.sig_period_changed) as edited:
        picker.first.setDate(picker.first.date().addDays(9))  # 10 April
    assert picker.kind == PeriodKind.CUSTOM
    assert edited.args == [Period(date(2026, 4, 10), date(2026, 4, 30))]
    picker.first.setDate(picker.last.date().addDays(5))  # after the end: the end follows
    assert picker.period() == Period(date(2026, 5, 5), date(2026, 5, 5))
    picker.set_period(PeriodKind.CUSTOM, Period(date(2026, 3, 1), date(2026, 3, 10)))
    picker.previous()  # a custom range moves by its own length
    assert picker.period() == Period(date(2026, 2, 19), date(2026, 2, 28))


def test_a_typed_date_counts_once_typed(qtbot, picker: PeriodPicker) -> None:
    """Typing 15 over the 30 of the last day passes through the 1st: no period is picked (and
    built) until the date is typed and confirmed, and the first day is not pushed."""
    picked: list[Period] = []
    picker.sig_period_changed.connect(picked.append)
    picker.show()
    picker.last.setFocus()
    picker.last.setSelectedSection(QDateTimeEdit.Section.DaySection)
    for key in "15":
        qtbot.keyClick(picker.last, key)
    assert picked == []
    qtbot.keyClick(picker.last, Qt.Key.Key_Return)
    assert picked == [Period(date(2026, 4, 1), date(2026, 4, 15))]
    assert picker.kind == PeriodKind.CUSTOM


# -- the dashboard on the demo ---------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo of TODAY, made once; each test works on its own copy."""
    path = tmp_path_factory.mktemp("dashboard") / "console.db"
    engine = db.open_database(db.sqlite_url(path)).engine
    with db.session_scope(engine) as session:
        demo.seed_demo(session, today=TODAY)
    engine.dispose()
    return path


@pytest.fixture
def world(demo_file: Path, tmp_path: Path) -> Iterator[Engine]:
    copy = tmp_path / "demo.db"
    copy.write_bytes(demo_file.read_bytes())
    engine = db.open_database(db.sqlite_url(copy)).engine
    yield engine
    engine.dispose()


def summarize(engine: Engine, period: Period = PERIOD, **kwargs: object) -> ActivitySummary:
    with db.session_scope(engine) as session:
        return activity_summary(session, MANAGER, period, tz=ROME, **kwargs)  # type: ignore[arg-type]


def open_dashboard(qtbot, context: ViewContext) -> tuple[OverviewView, DashboardPage]:
    view = OverviewView(context)
    context.hub.sig_changed.connect(view.on_changed)
    qtbot.addWidget(view)
    view.resize(1440, 860)
    with qtbot.waitSignal(view.sig_loaded, timeout=20_000):
        view.show()
    settle(qtbot, context)
    page = view.dashboard
    assert page is not None and view.tabs.currentWidget() is page
    with qtbot.waitSignal(page.sig_loaded, timeout=20_000):
        page.picker.set_period(PeriodKind.CUSTOM, PERIOD)
    return view, page


@pytest.fixture
def context(world: Engine, make_context: ContextMaker) -> ViewContext:
    return make_context(world, MANAGER)  # the test's own settings file: Rome by default


def tile_value(page: DashboardPage, key: str) -> str:
    return page.tiles[key].value.text()


@BOTH_RUNNERS
def test_tiles_show_what_the_service_computes(qtbot, world, context) -> None:
    _view, page = open_dashboard(qtbot, context)
    expected = summarize(world)
    assert page.shown is not None and page.shown.summary == expected
    figures = expected.figures
    assert tile_value(page, "joint_shifts") == value_text(figures.joint_done)
    assert tile_value(page, "outings") == value_text(figures.outings)
    assert tile_value(page, "contacts") == value_text(figures.contacts)
    assert tile_value(page, "people_met") == value_text(figures.people_met)
    assert tile_value(page, "cases") == value_text(figures.cases_active)
    assert tile_value(page, "signals") == value_text(figures.signals)
    assert tile_value(page, "meetings") == value_text(expected.meetings.held)
    # The demo is not empty where it matters, and has a previous period to compare with.
    assert figures.outings > 0 and expected.previous is not None
    change = figures.outings - expected.previous.outings
    mark = page.tiles["outings"].change.text()
    assert mark == ("▲" if change > 0 else "▼" if change < 0 else "=") + f" {abs(change)}"
    assert page.canvases, "no chart was drawn"
    assert "trend" in page.canvases and "shifts" in page.canvases


def test_the_wheel_over_a_chart_scrolls_the_dashboard(qtbot, context) -> None:
    """The charts fill most of the page: turning the wheel over one scrolls the page."""
    _view, page = open_dashboard(qtbot, context)
    bar = page.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # the charts are taller than the window
    assert bar.value() == 0
    canvas = page.canvases["shifts"]
    centre = QPointF(canvas.width() / 2, canvas.height() / 2)
    wheel = QWheelEvent(
        centre,
        QPointF(canvas.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),  # one notch towards the person: down the page
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(canvas, wheel)
    assert bar.value() > 0


def _cut_labels(widget: QWidget) -> list[str]:
    """The texts of the visible labels under ``widget`` that their room cuts."""
    cut = []
    for label in widget.findChildren(QLabel):
        if not label.isVisible() or not label.text().strip():
            continue
        if label.wordWrap():
            short = label.height() < label.heightForWidth(label.width())
        else:
            short = label.width() < label.sizeHint().width()
        if short:
            cut.append(label.text())
    return cut


def test_a_small_window_reflows_the_dashboard_instead_of_cutting_words(qtbot, context) -> None:
    view, page = open_dashboard(qtbot, context)
    assert (page.tile_grid.columns, page.chart_grid.columns) == (5, 2)
    assert _cut_labels(page.tile_grid) == []
    view.resize(620, 540)  # the Overview of an 800 × 600 window, beside the sections
    qtbot.waitUntil(lambda: page.chart_grid.columns == 1)
    qtbot.waitUntil(lambda: page.tile_grid.columns < 5)
    assert _cut_labels(page.tile_grid) == []
    assert page.picker.title.width() >= page.picker.title.sizeHint().width(), "period cut"
    assert page.zone_box.isVisible()
    view.resize(1440, 860)
    qtbot.waitUntil(lambda: (page.tile_grid.columns, page.chart_grid.columns) == (5, 2))


def test_a_suppressed_count_shows_under_the_threshold_with_no_change(qtbot, context) -> None:
    _view, page = open_dashboard(qtbot, context)
    shown = page.shown.summary
    suppressed = [
        key
        for key, value in (
            ("people_met", shown.figures.people_met),
            ("referrals", shown.figures.referrals),
            ("cases", shown.figures.cases_active),
            ("contacts", shown.figures.contacts),
        )
        if value.suppressed
    ]
    assert suppressed, "the demo period has no small count to suppress"
    for key in suppressed:
        assert tile_value(page, key) == "<5"
        assert page.tiles[key].change.text() == ""


def test_the_zone_filter_reloads_for_one_zone(qtbot, world, context) -> None:
    _view, page = open_dashboard(qtbot, context)
    with db.session_scope(world) as session:
        marconi = session.scalar(select(Zone.id).where(Zone.name == "Piazza Marconi"))
    index = page.zone_box.findData(marconi)
    assert index > 0 and page.zone_box.itemData(0) == ALL_ZONES
    with qtbot.waitSignal(page.sig_loaded):
        page.zone_box.setCurrentIndex(index)
    expected = summarize(world, zone_id=marconi)
    assert page.shown.summary == expected
    assert [z.name for z in page.shown.summary.zones] == ["Piazza Marconi"]
    assert tile_value(page, "outings") == value_text(expected.figures.outings)
    assert "Piazza Marconi" in page.heading.text()
    with qtbot.waitSignal(page.sig_loaded):
        page.zone_box.setCurrentIndex(0)
    assert page.shown.request.zone_id is None and page.zone_box.currentIndex() == 0


def test_reloads_when_debriefs_change_not_on_notes(qtbot, context) -> None:
    _view, page = open_dashboard(qtbot, context)
    with qtbot.assertNotEmitted(page.sig_loaded, wait=50):
        context.hub.sig_changed.emit(Area.NOTES, (1,))
    with qtbot.waitSignal(page.sig_loaded):
        context.hub.sig_changed.emit(Area.DEBRIEFS, (1,))
    assert page.shown.request.period == PERIOD  # the period picked stays


@BOTH_RUNNERS
def test_save_as_pdf_writes_the_summary(qtbot, context, tmp_path, monkeypatch) -> None:
    _view, page = open_dashboard(qtbot, context)
    target = tmp_path / "out" / "summary"
    target.parent.mkdir()
    monkeypatch.setattr(page, "pdf_path", lambda: target.with_suffix(".pdf"))
    assert page.save_action.shortcut() == QKeySequence("Ctrl+P")  # as the calendar's print
    with qtbot.waitSignal(page.sig_saved, timeout=20_000) as saved:
        page.save_action.trigger()
    written = Path(saved.args[0])
    assert written == target.with_suffix(".pdf")
    assert written.read_bytes().startswith(b"%PDF")
    assert str(written) in page.message.text()
    assert page.save_action.isEnabled()


def test_save_as_pdf_prints_the_summary_on_screen(qtbot, context, tmp_path, monkeypatch) -> None:
    """The PDF holds what the dashboard shows: the summary on screen is printed as it is, not
    built a second time (a year of the city took a second)."""
    from console.services.reporting import printout

    _view, page = open_dashboard(qtbot, context)
    monkeypatch.setattr(page, "pdf_path", lambda: tmp_path / "summary.pdf")

    def built_again(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the summary was built again")

    monkeypatch.setattr(printout, "activity_summary", built_again)
    with qtbot.waitSignal(page.sig_saved, timeout=20_000):
        page.save_action.trigger()
    text = (tmp_path / "summary.pdf").read_bytes()
    assert text.startswith(b"%PDF")


def test_the_pdf_is_named_after_the_period_on_screen(qtbot, context, monkeypatch) -> None:
    """Ctrl+P while another period builds saves what is on screen: its name says so."""
    _view, page = open_dashboard(qtbot, context)
    suggested: list[str] = []

    def ask(_parent, _title, path, _filter):  # the person closes the file dialog
        suggested.append(path)
        return "", ""

    monkeypatch.setattr(dashboard_module.QFileDialog, "getSaveFileName", ask)

    def print_now(_done: int, _total: int) -> None:
        if not suggested:
            page.save_action.trigger()

    page.sig_progress.connect(print_now)
    with qtbot.waitSignal(page.sig_loaded, timeout=20_000):
        page.picker.set_period(PeriodKind.YEAR, Period(date(2026, 1, 1), date(2026, 12, 31)))
    assert suggested and Path(suggested[0]).name == "activity-summary-2026-11-09-2026-11-22.pdf"


@BOTH_RUNNERS
def test_cancel_stops_the_pdf_while_its_charts_are_drawn(
    qtbot, context, tmp_path, monkeypatch
) -> None:
    """The bar moves as the charts are put on their pages, and Cancel stops the PDF there
    (it sat at 100 % and Cancel did nothing until the file was written). The charts are quick
    now: the worker waits after the first one until the person has clicked Cancel, as a
    slower computer would leave them time to."""
    _view, page = open_dashboard(qtbot, context)
    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(page, "pdf_path", lambda: target)
    drawing: list[tuple[int, int]] = []
    clicked = threading.Event()
    draw = vector_charts.ChartFlowable.draw

    def draw_then_wait(flowable: vector_charts.ChartFlowable) -> None:
        draw(flowable)
        clicked.wait(timeout=10)

    monkeypatch.setattr(vector_charts.ChartFlowable, "draw", draw_then_wait)

    def click_cancel(done: int, total: int) -> None:
        if done > SUMMARY_SHARE:
            drawing.append((done, total))
            if len(drawing) == 1:
                page.cancel_button.click()
                clicked.set()

    page.sig_progress.connect(click_cancel)
    with qtbot.assertNotEmitted(page.sig_saved, wait=200):
        page.save_action.trigger()
        qtbot.waitUntil(page.save_action.isEnabled, timeout=20_000)
        settle(qtbot, context)
    assert drawing and drawing[0][0] < drawing[0][1]  # cancelled with charts still to draw
    assert not target.exists()
    assert "cancelled" in page.message.text()


@BOTH_RUNNERS
def test_cancel_stops_the_build_and_keeps_the_figures(qtbot, context) -> None:
    _view, page = open_dashboard(qtbot, context)
    before = page.shown
    clicked: list[int] = []

    def click_cancel(done: int, _total: int) -> None:
        if not clicked:
            clicked.append(done)
            page.cancel_button.click()  # the person clicks Cancel as the bar moves

    page.sig_progress.connect(click_cancel)
    with qtbot.assertNotEmitted(page.sig_loaded, wait=200):
        page.picker.set_period(PeriodKind.YEAR, Period(date(2026, 1, 1), date(2026, 12, 31)))
        qtbot.waitUntil(lambda: bool(clicked), timeout=20_000)
        settle(qtbot, context)
    assert page.shown is before  # nothing of the cancelled year reached the screen
    assert page.picker.period() == PERIOD  # the picker shows what the tiles show
    assert not page.is_building() and not page.progress_row.isVisible()
    assert "cancelled" in page.message.text()


def test_a_newer_request_wins_over_one_still_running(qtbot, world, make_context) -> None:
    from tests.views.signed_in import threaded_context_for

    context = threaded_context_for(world, MANAGER)
    try:
        _view, page = open_dashboard(qtbot, context)
        page.picker.set_period(PeriodKind.YEAR, Period(date(2026, 1, 1), date(2026, 12, 31)))
        with qtbot.waitSignal(page.sig_loaded, timeout=20_000):
            page.picker.set_period(PeriodKind.CUSTOM, PERIOD)
        settle(qtbot, context)
        assert page.shown.request.period == PERIOD
    finally:
        context.runner.shutdown()


def test_the_week_tab_keeps_the_week_tables(qtbot, context) -> None:
    view, _page = open_dashboard(qtbot, context)
    view.show_week_tab()
    assert view.week.isVisible() and view.week.zones_model.rowCount() > 0


def test_everyone_who_may_see_aggregates_gets_the_dashboard(qtbot, world) -> None:
    hub = EventsHub()
    for role in Role:
        actor = access.Actor(None, None, None, role, role.value)
        view = OverviewView(ViewContext(world, SyncRunner(hub), hub, Settings(), actor))
        qtbot.addWidget(view)
        has_dashboard = access.can(actor, access.Action.VIEW_AGGREGATES)
        assert (view.dashboard is not None) == has_dashboard
        assert view.tabs.count() == (2 if has_dashboard else 1)


def test_the_threshold_comes_from_the_settings(qtbot, context) -> None:
    context.settings.set_value(SUPPRESSION_THRESHOLD, 12)
    _view, page = open_dashboard(qtbot, context)
    assert page.request().threshold == 12
    assert page.shown.summary.threshold == 12
    small = [t for t in ("people_met", "referrals", "contacts") if tile_value(page, t) == "<12"]
    assert small, "nothing of the demo period is under 12"


def test_the_dashboard_names_presence_hours_as_the_summary_pdf_does() -> None:
    """The manager sends the PDF of what the dashboard shows: the map's presence hours carry
    the PDF's name, the PDF's "hours of presence per zone" (the outings' hours) is not the
    title of the dashboard's chart of presence hours, and people's hours are called so."""
    from console import texts
    from console.views.overview import charts as dashboard_charts
    from console.views.overview.figures import TILES

    pdf = texts.SUMMARY["en"]
    [presence] = [tile for tile in TILES if tile.key == "presence"]
    assert pdf["presence_hours"].startswith(presence.title)
    assert dashboard_charts.WORDS["hours_zone"] != pdf["hours_zone_chart"]
    # People's hours, which add up to more than the outings' hours: said so, as in the PDF.
    assert dashboard_charts.WORDS["hours_org"] == pdf["hours_org_chart"]


def test_an_empty_chart_says_so(qtbot, context) -> None:
    """A period before the project: no organization has hours, none received a referral; their
    charts say there is nothing to show instead of showing bare axes."""
    _view, page = open_dashboard(qtbot, context)
    with qtbot.waitSignal(page.sig_loaded, timeout=20_000):
        page.picker.set_period(PeriodKind.CUSTOM, Period(date(2025, 1, 1), date(2025, 1, 31)))
    for key in ("hours_by_organization", "referrals_by_organization"):
        figure = page.canvases[key].figure
        said = [t.get_text() for axes in figure.axes for t in axes.texts]
        assert said == ["Nothing to show for this period"], key
    shifts = page.canvases["shifts"].figure  # zones with 0 shifts: bars of 0, nothing said
    assert not [t for axes in shifts.axes for t in axes.texts if "Nothing" in t.get_text()]
