"""The Map section: zones coloured by pressure, clicking a zone opens its panel, layers, the
period, permissions, and tens of thousands of signals drawn as a few clusters."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine

from console import app, db
from console.config import WEIGHT_CITIZEN_REPORT, Settings
from console.models import Role, Signal, SignalKind
from console.services.changes import Area
from console.views.common.events import EventsHub
from console.views.common.runner import OperationRunner
from console.views.common.section import ViewContext
from console.views.map import MapView
from console.views.map.items import ZoneItem
from console.views.map.models import RecentSignalsModel, UpcomingShiftsModel
from console.views.map.style import PRESSURE_RAMP
from tests.views.map_helpers import (
    IN_POND,
    IN_SQUARE,
    NOWHERE,
    PARK,
    actor,
    click_map,
    make_view,
    pixel_of,
    seed_town,
)


def test_zones_are_drawn_coloured_by_pressure_and_flagged(qtbot, engine: Engine) -> None:
    town = seed_town(engine)
    view = make_view(qtbot, engine)
    square, park = view.zones.items[town.square], view.zones.items[town.park]
    # 6 signals in 4 weeks = 1.5 a week: above the square's threshold of 1; the park is below.
    indicator = view.data.indicators[town.square]
    assert indicator.pressure == pytest.approx(6 / 4)
    assert square.flagged and not park.flagged
    assert view.zones.labels[town.square].title().startswith("⚑")
    assert "1.5/wk" in view.zones.labels[town.square].detail
    assert "presence 3 h" in view.zones.labels[town.square].detail
    # The highest pressure is in the top class of the ramp.
    top = QColor(PRESSURE_RAMP[-1])
    assert square.brush().color().rgb() == top.rgb()
    assert park.brush().color().rgb() != top.rgb()
    assert view.legend.isVisible()
    # Both zones are in view after the first load.
    visible = view.canvas.visible_scene_rect()
    assert visible.contains(square.sceneBoundingRect())
    assert visible.contains(park.sceneBoundingRect())


def test_clicking_a_zone_opens_its_panel(qtbot, engine: Engine) -> None:
    town = seed_town(engine)
    view = make_view(qtbot, engine)
    assert not view.panel.isVisible()
    click_map(view, *IN_SQUARE)
    assert view.panel.isVisible()
    assert view.panel.title.text() == "Piazza Roma"
    assert view.panel.zone_id == town.square
    assert view.zones.items[town.square].selected_zone
    assert view.panel.signals_model.rowCount() == 6
    assert view.panel.chart is not None
    assert "1.5" in view.panel.numbers["pressure"].text()
    assert "1 debrief" in view.panel.numbers["debriefs"].text()
    qtbot.keyClick(view.canvas, Qt.Key.Key_Escape)
    assert not view.panel.isVisible() and view.zones.selected is None
    click_map(view, *IN_SQUARE)
    assert view.panel.isVisible()
    # A click in the park's hole is not in the park: the panel closes.
    click_map(view, *IN_POND)
    assert not view.panel.isVisible()
    click_map(view, *NOWHERE)
    assert not view.panel.isVisible()


def test_the_comparison_day_can_be_changed(qtbot, engine: Engine) -> None:
    seed_town(engine)
    view = make_view(qtbot, engine)
    click_map(view, *IN_SQUARE)
    shown = view.panel.shown.before_after
    assert shown is not None  # no joint shift there yet: 4 weeks before the period's end
    assert shown.compare_at == view.bar.period()[1] - timedelta(weeks=4)
    day = date.today() - timedelta(days=3)
    view.panel.compare_at.setDate(day)
    assert view.panel.shown.before_after.compare_at == day


def _wheel_down(widget) -> None:
    """One notch of the mouse wheel, down, over the middle of ``widget``."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_the_panel_scrolls_the_panel_not_its_tables(qtbot, engine: Engine) -> None:
    seed_town(engine)
    view = make_view(qtbot, engine)
    view.resize(1200, 500)  # a panel taller than the window: it scrolls
    click_map(view, *IN_SQUARE)
    panel = view.panel
    outer = panel.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: outer.maximum() > 0)
    table = panel.recent_signals
    table.setFixedHeight(table.rowHeight(0) * 3)  # fewer rows in sight than it has
    QApplication.processEvents()
    inner = table.verticalScrollBar()
    assert inner.maximum() > 0
    day = panel.compare_at.date()
    for widget in (table.viewport(), panel.compare_at, panel.chart):
        before = outer.value()
        _wheel_down(widget)
        assert outer.value() > before, widget
        assert inner.value() == 0
        assert panel.compare_at.date() == day  # the comparison day did not change either
    # Clicked into, the table scrolls itself again.
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    before = outer.value()
    _wheel_down(table.viewport())
    assert inner.value() > 0 and outer.value() == before


def test_a_manager_sees_only_the_number_of_open_cases(qtbot, engine: Engine) -> None:
    seed_town(engine)
    view = make_view(qtbot, engine, Role.MANAGER)
    click_map(view, *IN_SQUARE)
    assert view.panel.shown.open_cases == ()
    assert not view.panel.cases.isVisible()
    assert "0 open case" in view.panel.cases_count.text()


def test_layer_toggles(qtbot, engine: Engine) -> None:
    town = seed_town(engine)
    view = make_view(qtbot, engine)
    assert view.signals.isVisible() and len(view.signals.points) == 8
    assert view.zones.badges[town.square].isVisible()  # one debrief there
    assert not view.zones.badges[town.park].isVisible()  # none: no badge
    view.bar.show_signals.trigger()
    assert not view.signals.isVisible()
    view.bar.show_debriefs.trigger()
    assert not view.zones.badges[town.square].isVisible()
    view.bar.show_zones.trigger()
    assert not view.zones.items[town.square].isVisible()
    assert not view.legend.isVisible()
    click_map(view, *IN_SQUARE)  # a hidden zone cannot be clicked
    assert not view.panel.isVisible()
    view.bar.show_zones.trigger()
    assert view.zones.items[town.square].isVisible()
    assert view.legend.isVisible()


def test_the_period_defaults_to_four_weeks_and_quick_choices(qtbot, engine: Engine) -> None:
    seed_town(engine)
    view = make_view(qtbot, engine)
    start, end = view.bar.period()
    today = datetime.now(view.context.settings.time_zone()).date()
    assert (start, end) == (today - timedelta(days=27), today)
    view.bar.quick["12m"].trigger()
    assert view.data.request.start == today - timedelta(days=364)
    # A period in the past holds none of the signals.
    view.bar.set_period(today - timedelta(days=400), today - timedelta(days=300))
    assert view.data.signal_count == 0
    assert len(view.signals.points) == 0


def test_loads_off_the_gui_thread(qtbot, engine: Engine) -> None:
    """With the real runner the window shows at once and the map follows when loaded."""
    seed_town(engine)
    hub = EventsHub()
    runner = OperationRunner(hub)
    view = MapView(ViewContext(engine, runner, hub, Settings(), actor()))
    qtbot.addWidget(view)
    view.resize(1200, 800)
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.show()
        assert view.data is None  # not loaded yet: the window did not wait
        assert view.status.text() == "Loading…"
    assert len(view.zones.items) == 2
    # Two period changes in a row: only the last one's answer is shown.
    today = datetime.now(view.context.settings.time_zone()).date()
    view.bar.set_period(today - timedelta(days=400), today - timedelta(days=300))
    with qtbot.waitSignal(view.sig_loaded, timeout=10_000):
        view.bar.quick["4w"].trigger()
    runner.shutdown()
    QApplication.processEvents()  # any stale answer still queued is delivered now, and dropped
    assert view.data.request.start == today - timedelta(days=27)
    assert view.data.signal_count == 8


def test_only_the_last_request_is_shown(qtbot, engine: Engine) -> None:
    seed_town(engine)
    view = make_view(qtbot, engine)
    first = view.data
    view._request += 1  # a newer request is on its way: this answer is stale
    view._show(view._request - 1, first)
    assert view.data is first
    assert view._loaded_pending is False


def test_weights_from_the_settings(qtbot, engine: Engine) -> None:
    town = seed_town(engine)
    settings = Settings()
    view = make_view(qtbot, engine, settings=settings)
    before = view.data.indicators[town.square].pressure
    settings.set_value(WEIGHT_CITIZEN_REPORT, 3)
    view.context.hub.sig_changed.emit(Area.SETTINGS, (WEIGHT_CITIZEN_REPORT.name,))
    # 2 of the 6 signals are citizen reports: 4 more weighted signals in 4 weeks.
    assert view.data.indicators[town.square].pressure == pytest.approx(before + 1.0)


@pytest.mark.parametrize("role", [Role.MANAGER, Role.SOCIAL_WORKER])
def test_readers_see_no_edit_actions(qtbot, engine: Engine, role: Role) -> None:
    seed_town(engine)
    view = make_view(qtbot, engine, role)
    bar = view.bar
    for action in (bar.new_signal, bar.import_csv, bar.new_zone, bar.edit_shape, bar.properties):
        assert not action.isVisible()
    assert bar.export_geojson.isVisible()  # exporting the zones is reading them
    assert not bar.show_deactivated.isVisible()
    view.signal_entry.new_signal()
    view.zone_editing.new_zone()
    assert view.signal_entry.dialog is None and view.canvas.tool is None


def test_an_educator_records_signals_but_does_not_edit_zones(qtbot, engine: Engine) -> None:
    seed_town(engine)
    view = make_view(qtbot, engine, Role.EDUCATOR)
    assert view.bar.new_signal.isVisible() and view.bar.import_csv.isVisible()
    assert not view.bar.new_zone.isVisible() and not view.bar.import_geojson.isVisible()


def test_many_signals_stay_a_few_clusters(qtbot, engine: Engine) -> None:
    """30 000 signals in the park: one item paints them, as a handful of clusters."""
    town = seed_town(engine, square_signals=0, park_signals=0)
    now = datetime.now(UTC)
    ring = PARK["coordinates"][0]
    with db.session_scope(engine) as s:
        s.bulk_insert_mappings(
            Signal,
            [
                {
                    "kind": list(SignalKind)[n % 3],
                    "occurred_at": now - timedelta(minutes=n),
                    "zone_id": town.park,
                    "category": "rumore",
                    "summary": "",
                    "lon": ring[0][0] + 0.0001 + (n % 97) * 0.00004,
                    "lat": ring[0][1] + 0.0001 + (n % 89) * 0.00003,
                    "version_id": 1,
                    "created_at": now,
                }
                for n in range(30_000)
            ],
        )
    view = make_view(qtbot, engine)
    assert len(view.signals.points) == 30_000
    assert len(view.scene.items()) < 50  # no item per signal
    shown = view.signals.visible_clusters(view.canvas.visible_scene_rect())
    assert 0 < len(shown) < 200
    assert int(shown.counts.sum()) == 30_000
    view.canvas.zoom_by(8.0, QPointF(pixel_of(view, ring[0][0], ring[0][1])))
    view._view_changed()
    assert len(view.signals.clusters) > len(shown)  # closer: more, smaller clusters
    view.grab()  # paints without trouble


def test_models_pass_the_model_tester(qtbot, qtmodeltester, engine: Engine) -> None:
    seed_town(engine)
    view = make_view(qtbot, engine)
    click_map(view, *IN_SQUARE)
    tz = view.context.settings.time_zone()
    recent = RecentSignalsModel(tz)
    recent.set_rows(view.panel.shown.recent_signals)
    qtmodeltester.check(recent)
    upcoming = UpcomingShiftsModel(tz)
    upcoming.set_rows(view.panel.shown.upcoming_shifts)
    qtmodeltester.check(upcoming)


def test_opening_the_panel_keeps_every_zone_on_screen(qtbot, engine: Engine) -> None:
    seed_town(engine)
    view = make_view(qtbot, engine)
    assert view._zones_in_view()
    before = view.canvas.pixels_per_metre()
    click_map(view, *IN_SQUARE)
    assert view.panel.isVisible()
    qtbot.waitUntil(lambda: view.canvas.pixels_per_metre() < before)  # refitted, narrower
    assert view._zones_in_view()


def _labels_clear(view: MapView) -> list[str]:
    """The labels and badges cut by the map's edges or under the legend (none, when right)."""
    canvas = view.canvas
    area = QRectF(canvas.viewport().rect())
    legend = QRectF(view.legend.geometry()).translated(-QPointF(canvas.viewport().pos()))
    wrong = []
    for zone_id, label in view.zones.labels.items():
        for item in (label, view.zones.badges[zone_id]):
            if not item.isVisible():
                continue
            pixels = item.boundingRect().translated(QPointF(canvas.mapFromScene(item.pos())))
            if not area.contains(pixels) or pixels.intersects(legend):
                wrong.append(f"{label.name}: {pixels} (map {area}, legend {legend})")
    return wrong


@pytest.mark.parametrize("size", [(1200, 800), (900, 600), (700, 900)])
def test_fit_keeps_every_label_whole_and_clear_of_the_legend(
    qtbot, engine: Engine, size: tuple[int, int]
) -> None:
    """A label wider than its zone was cut at the left edge, and the legend hid another."""
    seed_town(engine)
    view = make_view(qtbot, engine)
    view.resize(*size)
    QApplication.processEvents()
    view.fit_to_zones()
    assert view.legend.isVisible()
    assert _labels_clear(view) == []
    before = view.canvas.pixels_per_metre()
    click_map(view, *IN_SQUARE)  # the panel takes room: the map refits by itself
    assert view.panel.isVisible()
    qtbot.waitUntil(lambda: view.canvas.pixels_per_metre() < before)
    assert _labels_clear(view) == []


def test_zone_items_are_the_only_click_targets(qtbot, engine: Engine) -> None:
    town = seed_town(engine)
    view = make_view(qtbot, engine)
    under = view.canvas.items(pixel_of(view, *IN_SQUARE))
    assert next(i for i in under if isinstance(i, ZoneItem)).zone_id == town.square
    assert view.canvas.zone_at(pixel_of(view, *IN_SQUARE)) == town.square


def test_screenshot_of_the_map(qapp, tmp_path, db_path, engine: Engine, monkeypatch) -> None:
    seed_town(engine)
    png = tmp_path / "map.png"
    monkeypatch.setattr(app, "show_refusal", lambda exc: pytest.fail(str(exc)))
    argv = ["--screenshot", str(png), "--view", "map", "--db", str(db_path)]
    assert app.main(argv) == app.EXIT_OK
    assert png.stat().st_size > 10_000


def test_keys_zoom_and_fit(qtbot, engine: Engine) -> None:
    seed_town(engine)
    view = make_view(qtbot, engine)
    fitted = view.canvas.pixels_per_metre()
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, Qt.Key.Key_Plus)
    assert view.canvas.pixels_per_metre() == pytest.approx(fitted * 1.5)
    qtbot.keyClick(view.canvas, Qt.Key.Key_Minus)
    qtbot.keyClick(view.canvas, Qt.Key.Key_Minus)
    assert view.canvas.pixels_per_metre() == pytest.approx(fitted / 1.5)
    view.bar.fit.trigger()
    assert view.canvas.pixels_per_metre() == pytest.approx(fitted)
