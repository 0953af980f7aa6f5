"""Zone editing on the map: drawing, refusing too few points, moving vertices with undo, saving
against the version read, properties, and GeoJSON import (bad files refused) and export.

The flows that write run with both runners; ``settle`` waits after each action for the write
and the reload of the map it causes."""

from __future__ import annotations

import json
import threading

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from sqlalchemy import Engine, select

from console import db
from console.models import Role, Zone
from console.services.changes import Area
from console.services.places import geometry
from console.views.common.runner import OperationRunner
from console.views.map.editing import DrawTool, ShapeEditTool
from console.views.map.zone_dialogs import NamePropertyDialog, ZonePropertiesDialog
from tests.views.map_helpers import (
    IN_PARK,
    IN_SQUARE,
    NOWHERE,
    SQUARE,
    click_map,
    count,
    make_view,
    pixel_of,
    seed_town,
)
from tests.views.signed_in import BOTH_RUNNERS, ContextMaker, settle


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """The message boxes shown, by kind; question boxes answer Yes."""
    shown: dict[str, list[str]] = {"warning": [], "information": [], "question": []}

    def record(kind: str):
        def show(_parent, _title, text, *_args, **_kwargs):
            shown[kind].append(text)
            return QMessageBox.StandardButton.Yes

        return show

    for kind in shown:
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return shown


def zone_named(engine: Engine, name: str) -> Zone | None:
    with db.session_scope(engine) as s:
        return s.scalar(select(Zone).where(Zone.name == name))


def accept_properties(monkeypatch: pytest.MonkeyPatch, **values: object) -> None:
    def fake_exec(dialog: ZonePropertiesDialog) -> int:
        if "name" in values:
            dialog.name.setText(str(values["name"]))
        if "threshold" in values:
            dialog.threshold.setValue(float(values["threshold"]))
        if "active" in values:
            dialog.active.setChecked(bool(values["active"]))
        if "colour" in values:
            dialog.colour = str(values["colour"])
        return QDialog.DialogCode.Accepted if dialog.problem() is None else 0

    monkeypatch.setattr(ZonePropertiesDialog, "exec", fake_exec)


def test_drawing_a_zone_with_too_few_points_is_refused(qtbot, engine: Engine, boxes) -> None:
    seed_town(engine)
    view = make_view(qtbot, engine)
    zones_before = count(engine, Zone)
    view.bar.new_zone.trigger()
    assert isinstance(view.canvas.tool, DrawTool)
    assert view.notice.isVisible()
    click_map(view, 10.0230, 45.1350)
    click_map(view, 10.0235, 45.1350)
    qtbot.keyClick(view.canvas, Qt.Key.Key_Return)
    assert len(boxes["warning"]) == 1 and "at least 3 points" in boxes["warning"][0]
    assert count(engine, Zone) == zones_before
    assert isinstance(view.canvas.tool, DrawTool)  # still drawing: add more corners
    qtbot.keyClick(view.canvas, Qt.Key.Key_Escape)
    assert view.canvas.tool is None and not view.notice.isVisible()


@BOTH_RUNNERS
def test_drawing_a_new_zone(
    qtbot, engine: Engine, boxes, monkeypatch, make_context: ContextMaker
) -> None:
    seed_town(engine)
    view = make_view(qtbot, engine, make=make_context)
    accept_properties(monkeypatch, name="Via Orti Romani", threshold=7)
    view.bar.new_zone.trigger()
    corners = [(10.0228, 45.1350), (10.0236, 45.1350), (10.0236, 45.1356), (10.0228, 45.1356)]
    for corner in corners[:-1]:
        click_map(view, *corner)
    QTest.mouseDClick(
        view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=pixel_of(view, *corners[-1])
    )
    settle(qtbot, view.context)
    assert boxes["warning"] == []
    zone = zone_named(engine, "Via Orti Romani")
    assert zone is not None and zone.review_threshold == 7
    ring = zone.geometry["coordinates"][0]
    assert len(ring) == 5 and ring[0] == ring[-1]
    for (lon, lat), (saved_lon, saved_lat) in zip(corners, ring, strict=False):
        # Clicks land on whole pixels: a few centimetres from the corner aimed at.
        assert saved_lon == pytest.approx(lon, abs=1e-5)
        assert saved_lat == pytest.approx(lat, abs=1e-5)
    assert view.canvas.tool is None
    assert zone.id in view.zones.items  # the map reloaded after the write


@BOTH_RUNNERS
def test_a_self_crossing_outline_is_refused(
    qtbot, engine: Engine, boxes, monkeypatch, make_context: ContextMaker
) -> None:
    seed_town(engine)
    view = make_view(qtbot, engine, make=make_context)
    threads: list[threading.Thread] = []
    checked = geometry.validate_polygon

    def on_which_thread(shape):
        threads.append(threading.current_thread())
        return checked(shape)

    monkeypatch.setattr(geometry, "validate_polygon", on_which_thread)
    view.bar.new_zone.trigger()
    # A bow tie: the second and fourth edges cross.
    for corner in ((10.0228, 45.1350), (10.0236, 45.1356), (10.0236, 45.1350), (10.0228, 45.1356)):
        click_map(view, *corner)
    qtbot.keyClick(view.canvas, Qt.Key.Key_Return)
    settle(qtbot, view.context)
    assert boxes["warning"] == [
        "The outline of the zone, or one of its holes, crosses itself. Move the corners so "
        "that no two edges cross."
    ]
    assert count(engine, Zone) == 2
    assert isinstance(view.canvas.tool, DrawTool)  # still drawing: move the corners
    assert len(threads) == 1
    if isinstance(view.context.runner, OperationRunner):
        assert threads[0] is not threading.main_thread()  # checked off the GUI thread


def _drag(view, start: QPoint, end: QPoint) -> None:
    viewport = view.canvas.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    QTest.mouseMove(viewport, QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2))
    QTest.mouseMove(viewport, end)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


@BOTH_RUNNERS
def test_moving_a_vertex_undo_and_save(
    qtbot, engine: Engine, boxes, make_context: ContextMaker
) -> None:
    town = seed_town(engine)
    view = make_view(qtbot, engine, make=make_context)
    click_map(view, *IN_SQUARE)
    settle(qtbot, view.context)  # the zone's panel
    assert view.bar.edit_shape.isEnabled()
    view.bar.edit_shape.trigger()
    tool = view.canvas.tool
    assert isinstance(tool, ShapeEditTool)
    assert not view.zones.items[town.square].isVisible()  # the overlay shows it meanwhile
    corner = SQUARE["coordinates"][0][2]  # north-east
    start = pixel_of(view, *corner)
    _drag(view, start, start + QPoint(30, -20))
    assert view.undo_stack.count() == 1
    # The label stays "Undo" (the toolbar does not move); the step is in the tooltip.
    assert view.bar.undo.text() == "&Undo"
    assert view.bar.undo.toolTip() == f"Undo: {view.undo_stack.undoText()} (Ctrl+Z)"
    moved = tool.shape[0][0][2]
    view.bar.undo.trigger()
    assert tool.shape[0][0][2] != moved
    view.bar.redo.trigger()
    assert tool.shape[0][0][2] == moved
    view.bar.save_shape.trigger()
    settle(qtbot, view.context)
    assert boxes["warning"] == []
    saved = zone_named(engine, "Piazza Roma")
    assert saved.version_id == 2
    new_corner = saved.geometry["coordinates"][0][2]
    assert new_corner[0] > corner[0] and new_corner[1] > corner[1]
    assert saved.geometry["coordinates"][0][0] == SQUARE["coordinates"][0][0]  # untouched
    assert view.canvas.tool is None and view.zones.items[town.square].isVisible()


def test_inserting_and_deleting_vertices(qtbot, engine: Engine, boxes) -> None:
    seed_town(engine)
    view = make_view(qtbot, engine)
    click_map(view, *IN_SQUARE)
    view.bar.edit_shape.trigger()
    tool = view.canvas.tool
    (w, s), (e, _s), (_e, n), _ = SQUARE["coordinates"][0]
    edge_middle = pixel_of(view, (w + e) / 2, s)
    QTest.mouseDClick(view.canvas.viewport(), Qt.MouseButton.LeftButton, pos=edge_middle)
    assert len(tool.shape[0][0]) == 5
    QTest.mouseMove(view.canvas.viewport(), pixel_of(view, e, n))
    qtbot.keyClick(view.canvas, Qt.Key.Key_Delete)
    qtbot.keyClick(view.canvas, Qt.Key.Key_Delete)  # nothing under the pointer any more
    assert len(tool.shape[0][0]) == 4
    QTest.mouseMove(view.canvas.viewport(), pixel_of(view, w, s))
    qtbot.keyClick(view.canvas, Qt.Key.Key_Delete)
    assert len(tool.shape[0][0]) == 3
    QTest.mouseMove(view.canvas.viewport(), pixel_of(view, e, s))
    qtbot.keyClick(view.canvas, Qt.Key.Key_Delete)  # a triangle keeps its corners
    assert len(tool.shape[0][0]) == 3
    assert "at least 3 points" in view.notice.text()
    view.bar.cancel_shape.trigger()  # the edits are discarded (the question says Yes)
    assert boxes["question"] and view.canvas.tool is None
    assert zone_named(engine, "Piazza Roma").version_id == 1


@BOTH_RUNNERS
def test_saving_a_shape_someone_else_changed(
    qtbot, engine: Engine, boxes, make_context: ContextMaker
) -> None:
    seed_town(engine)
    view = make_view(qtbot, engine, make=make_context)
    click_map(view, *IN_SQUARE)
    settle(qtbot, view.context)
    view.bar.edit_shape.trigger()
    corner = SQUARE["coordinates"][0][2]
    start = pixel_of(view, *corner)
    _drag(view, start, start + QPoint(25, 0))
    with db.session_scope(engine) as s:  # another workstation renames it meanwhile
        s.scalar(select(Zone).where(Zone.name == "Piazza Roma")).name = "Piazza Roma Nord"
    view.bar.save_shape.trigger()
    settle(qtbot, view.context)
    assert boxes["warning"] == [
        "Someone else changed this zone after you opened it (you had version 1). It is now at "
        "version 2, named “Piazza Roma Nord”. The map shows it again as it is now: apply your "
        "change again."
    ]
    assert zone_named(engine, "Piazza Roma Nord").geometry == SQUARE  # the move is not saved
    assert view.canvas.tool is None
    assert "Piazza Roma Nord" in [z.name for z in view.data.zones]


@BOTH_RUNNERS
def test_zone_properties_rename_and_deactivate(
    qtbot, engine: Engine, boxes, monkeypatch, make_context: ContextMaker
) -> None:
    town = seed_town(engine)
    view = make_view(qtbot, engine, make=make_context)
    click_map(view, *IN_PARK)
    settle(qtbot, view.context)
    accept_properties(monkeypatch, name="Parco Sud", colour="#aa3300", threshold=3, active=False)
    view.bar.properties.trigger()
    settle(qtbot, view.context)
    zone = zone_named(engine, "Parco Sud")
    assert (zone.colour, zone.review_threshold, zone.active) == ("#aa3300", 3.0, False)
    assert town.park not in view.zones.items  # deactivated zones are hidden by default
    view.bar.show_deactivated.trigger()
    settle(qtbot, view.context)
    assert view.zones.items[town.park].active is False


@BOTH_RUNNERS
def test_the_writes_announce_the_zones_they_changed(
    qtbot, engine: Engine, boxes, monkeypatch, tmp_path, make_context: ContextMaker
) -> None:
    """The services declare what they write; the map's own calls name no area."""
    town = seed_town(engine)
    view = make_view(qtbot, engine, make=make_context)
    heard: list[tuple[str, object]] = []
    view.context.hub.sig_changed.connect(lambda area, ids: heard.append((area, ids)))
    click_map(view, *IN_PARK)
    settle(qtbot, view.context)
    accept_properties(monkeypatch, name="Parco Sud")
    view.bar.properties.trigger()
    settle(qtbot, view.context)
    assert heard == [(Area.ZONES, (town.park,))]
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "z.geojson"), "")
    )
    view.bar.export_geojson.trigger()
    settle(qtbot, view.context)
    assert heard == [(Area.ZONES, (town.park,))]  # an export writes no zone
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "z.geojson"), "")
    )
    monkeypatch.setattr(NamePropertyDialog, "exec", lambda _d: QDialog.DialogCode.Accepted)
    view.bar.import_geojson.trigger()
    settle(qtbot, view.context)
    assert heard[1:] == [(Area.ZONES, None)]  # any zone may have changed
    assert boxes["warning"] == []


def test_properties_refuse_a_taken_name(qtbot, engine: Engine) -> None:
    dialog = ZonePropertiesDialog(name="Parco", taken=frozenset({"piazza roma"}))
    qtbot.addWidget(dialog)
    assert dialog.problem() is None
    dialog.name.setText("  PIAZZA   roma ")
    assert "Another zone" in dialog.problem() and not dialog.ok.isEnabled()
    dialog.name.setText(" ")
    assert "Type a name" in dialog.problem()


BAD_FILES = {
    "not json": (b"{ this is not json", "not valid JSON"),
    "projected": (
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [
                    {
                        "type": "Feature",
                        "properties": {"name": "X"},
                        "geometry": {
                            "type": "Polygon",
                            "coordinates": [
                                [
                                    [1113000, 5642000],
                                    [1114000, 5642000],
                                    [1114000, 5643000],
                                    [1113000, 5642000],
                                ]
                            ],
                        },
                    }
                ],
            }
        ).encode(),
        "metres",
    ),
    "no features": (b'{"type": "FeatureCollection", "features": []}', "no features"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_a_bad_geojson_file_is_refused(
    qtbot, engine: Engine, boxes, monkeypatch, tmp_path, case
) -> None:
    seed_town(engine)
    view = make_view(qtbot, engine)
    content, expected = BAD_FILES[case]
    path = tmp_path / "zones.geojson"
    path.write_bytes(content)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(NamePropertyDialog, "exec", lambda _d: pytest.fail("no name to choose"))
    view.bar.import_geojson.trigger()
    assert len(boxes["warning"]) == 1
    assert "zones.geojson cannot be imported" in boxes["warning"][0]
    assert expected in boxes["warning"][0]
    assert "\n" not in boxes["warning"][0]
    assert count(engine, Zone) == 2


@BOTH_RUNNERS
def test_importing_and_exporting_geojson(
    qtbot, engine: Engine, boxes, monkeypatch, tmp_path, make_context: ContextMaker
) -> None:
    seed_town(engine)
    view = make_view(qtbot, engine, make=make_context)
    target = tmp_path / "out"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view.bar.export_geojson.trigger()
    settle(qtbot, view.context)
    exported = json.loads((tmp_path / "out.geojson").read_text(encoding="utf-8"))
    assert sorted(f["properties"]["name"] for f in exported["features"]) == [
        "Parco dell'Argine",
        "Piazza Roma",
    ]
    assert "2 zone(s) written" in boxes["information"][0]
    # Back in under other names, chosen from another property.
    for feature in exported["features"]:
        feature["properties"]["nome"] = feature["properties"]["name"] + " (copia)"
    source = tmp_path / "copy.geojson"
    source.write_text(json.dumps(exported), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    names: list[str] = []

    def choose(dialog: NamePropertyDialog) -> int:
        dialog.property.setCurrentText("nome")
        # Read while it is open: once back in the event loop the dialog is deleted.
        names.extend(dialog.names.item(i).text() for i in range(dialog.names.count()))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NamePropertyDialog, "exec", choose)
    view.bar.import_geojson.trigger()
    settle(qtbot, view.context)
    assert names == ["Parco dell'Argine (copia)", "Piazza Roma (copia)"]
    assert count(engine, Zone) == 4
    assert "2 new zone(s)" in boxes["information"][-1]
    assert len(view.zones.items) == 4


def test_the_name_property_dialog_refuses_missing_names(qtbot) -> None:
    from console.services.places.geojson import parse_zone_file

    features = [
        {
            "type": "Feature",
            "properties": props,
            "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]},
        }
        for props in ({"name": "A", "code": 1}, {"code": 2})
    ]
    parsed = parse_zone_file(json.dumps({"type": "FeatureCollection", "features": features}))
    dialog = NamePropertyDialog(parsed, "f.geojson")
    qtbot.addWidget(dialog)
    assert dialog.chosen() == "name"
    assert "Feature 2" in dialog.problem() and not dialog.ok.isEnabled()
    dialog.property.setCurrentText("code")
    assert dialog.problem() is None


def test_nowhere_is_no_zone(qtbot, engine: Engine) -> None:
    seed_town(engine)
    view = make_view(qtbot, engine)
    click_map(view, *NOWHERE)
    assert not view.bar.edit_shape.isEnabled() and not view.bar.properties.isEnabled()


def test_export_keeps_a_json_suffix(qtbot, engine: Engine, boxes, monkeypatch, tmp_path) -> None:
    seed_town(engine)
    view = make_view(qtbot, engine, Role.MANAGER)  # reading the zones is enough to export them
    target = tmp_path / "zone.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view.bar.export_geojson.trigger()
    assert json.loads(target.read_text(encoding="utf-8"))["type"] == "FeatureCollection"
    assert not (tmp_path / "zone.json.geojson").exists()
