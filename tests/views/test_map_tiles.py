"""Basemap tiles on the map: from a generated MBTiles file and a z/x/y folder, loaded off the GUI
thread for what is in view, cached, and the right way up; none at all without a basemap."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF
from PySide6.QtGui import QColor, QImage
from sqlalchemy import Engine

from console.config import BASEMAP, Settings
from console.services.changes import Area
from console.views.map.mercator import tile_scene_origin, tile_size_metres, tiles_in_scene_rect
from console.views.map.section import MapView
from console.views.map.style import BACKGROUND
from tests.views.map_helpers import make_view, seed_town

ZOOM = 15  # the only zoom of the generated basemaps: the view upscales it


def tile_colour(x: int, y: int) -> QColor:
    """A different colour per tile, so a tile drawn upside down or shifted shows."""
    return QColor((x * 67) % 200 + 30, (y * 41) % 200 + 30, ((x + y) * 29) % 200 + 30)


def png(colour: QColor) -> bytes:
    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(colour)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(data.data())


def tiles_in_view(view: MapView) -> list[tuple[int, int]]:
    rect = view.canvas.visible_scene_rect()
    return tiles_in_scene_rect(rect.left(), rect.top(), rect.right(), rect.bottom(), ZOOM)


def write_mbtiles(path: Path, tiles: list[tuple[int, int]]) -> Path:
    with sqlite3.connect(path) as db:
        db.execute(
            "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, "
            "tile_data BLOB)"
        )
        db.executemany(
            "INSERT INTO tiles VALUES (?, ?, ?, ?)",
            [(ZOOM, x, (1 << ZOOM) - 1 - y, png(tile_colour(x, y))) for x, y in tiles],
        )
    return path


def write_folder(path: Path, tiles: list[tuple[int, int]]) -> Path:
    for x, y in tiles:
        folder = path / str(ZOOM) / str(x)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{y}.png").write_bytes(png(tile_colour(x, y)))
    return path


def use_basemap(qtbot, view: MapView, settings: Settings, path: Path) -> None:
    settings.set_value(BASEMAP, str(path))
    view.context.hub.sig_changed.emit(Area.SETTINGS, (BASEMAP.name,))
    qtbot.waitUntil(lambda: view.loader.is_idle() and bool(view.tiles.items), timeout=10_000)


def hide_layers(view: MapView) -> None:
    """Zones, signals, badges and legend off: only the basemap (and the scale bar) remain."""
    for layer in (view.bar.show_zones, view.bar.show_signals, view.bar.show_debriefs):
        layer.trigger()


def colour_at_tile_middles(view: MapView, tiles: list[tuple[int, int]]) -> dict:
    """The colour on screen at the middle of each tile whose middle is in view."""
    image = view.canvas.viewport().grab().toImage()
    size = tile_size_metres(ZOOM)
    found = {}
    for x, y in tiles:
        left, top = tile_scene_origin(x, y, ZOOM)
        pixel = view.canvas.mapFromScene(QPointF(left + size / 2, top + size / 2))
        if image.rect().adjusted(20, 20, -20, -60).contains(pixel):
            found[(x, y)] = QColor(image.pixel(pixel))
    return found


@pytest.mark.parametrize("kind", ["mbtiles", "folder"])
def test_tiles_of_a_basemap_appear(qtbot, engine: Engine, tmp_path: Path, kind: str) -> None:
    seed_town(engine)
    settings = Settings()
    view = make_view(qtbot, engine, settings=settings)
    view.canvas.zoom_by(0.25)  # zone's neighbourhood: a few tiles, some middles in view
    view._view_changed()
    tiles = tiles_in_view(view)
    assert 1 < len(tiles) < 40
    if kind == "mbtiles":
        path = write_mbtiles(tmp_path / "town.mbtiles", tiles)
    else:
        path = write_folder(tmp_path / "town-tiles", tiles)
    use_basemap(qtbot, view, settings, path)
    assert set(view.tiles.items) == {(ZOOM, x, y) for x, y in tiles}
    assert all(view.loader.pixmap((ZOOM, x, y)) is not None for x, y in tiles)
    hide_layers(view)
    shown = colour_at_tile_middles(view, tiles)
    assert shown, "no tile middle in view"
    for (x, y), colour in shown.items():
        assert colour.rgb() == tile_colour(x, y).rgb(), (x, y)


def test_tiles_follow_the_view(qtbot, engine: Engine, tmp_path: Path) -> None:
    seed_town(engine)
    settings = Settings()
    view = make_view(qtbot, engine, settings=settings)
    first = tiles_in_view(view)
    # The basemap also covers the neighbours, to pan onto them.
    around = {
        (x + dx, y + dy) for x, y in first for dx in (-2, -1, 0, 1, 2) for dy in (-2, -1, 0, 1, 2)
    }
    use_basemap(qtbot, view, settings, write_mbtiles(tmp_path / "t.mbtiles", sorted(around)))
    assert set(view.tiles.items) == {(ZOOM, x, y) for x, y in first}
    size = tile_size_metres(ZOOM)
    centre = view.canvas.mapToScene(view.canvas.viewport().rect().center())
    view.canvas.centerOn(centre + QPointF(size * 1.5, 0))
    view._view_changed()
    qtbot.waitUntil(view.loader.is_idle, timeout=10_000)
    now = tiles_in_view(view)
    assert set(view.tiles.items) == {(ZOOM, x, y) for x, y in now}
    assert set(now) != set(first)
    assert view.loader.pixmap((ZOOM, *first[0])) is not None  # still in the cache


def test_without_a_basemap_the_ground_is_neutral(qtbot, engine: Engine) -> None:
    seed_town(engine)
    view = make_view(qtbot, engine)
    assert view.loader.source is None and not view.tiles.items
    hide_layers(view)
    image = view.canvas.viewport().grab().toImage()
    middle = image.rect().center()
    assert QColor(image.pixel(middle)).name() == BACKGROUND


def test_a_bad_basemap_is_named_and_not_used(qtbot, engine: Engine, tmp_path: Path) -> None:
    seed_town(engine)
    settings = Settings()
    bad = tmp_path / "not-tiles.mbtiles"
    bad.write_text("hello")
    settings.set_value(BASEMAP, str(bad))
    view = make_view(qtbot, engine, settings=settings)
    assert view.loader.source is None
    assert view.notice.isVisible() and "not-tiles.mbtiles" in view.notice.text()


def _corner(view: MapView) -> list[int]:
    """The pixels of the map's bottom-right corner, where the credit goes."""
    image = view.canvas.viewport().grab().toImage()
    right, bottom = image.width() - 1, image.height() - 1
    return [image.pixel(right - dx, bottom - dy) for dx in range(2, 120) for dy in range(2, 12)]


def test_a_basemap_is_credited_in_the_corner(qtbot, engine: Engine, tmp_path: Path) -> None:
    """OpenStreetMap's licence asks for "© OpenStreetMap contributors" on the map; a file
    that names its own credit in its metadata is credited as it says."""
    seed_town(engine)
    settings = Settings()
    view = make_view(qtbot, engine, settings=settings)
    hide_layers(view)
    assert view.canvas.attribution == ""  # no basemap, no credit

    tiles = tiles_in_view(view)
    path = write_mbtiles(tmp_path / "cremona.mbtiles", tiles)
    use_basemap(qtbot, view, settings, path)
    assert view.canvas.attribution == "© OpenStreetMap contributors"

    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        db.execute("INSERT INTO metadata VALUES ('attribution', '© Comune di Cremona, OSM')")
    view.tiles.clear()
    use_basemap(qtbot, view, settings, path)
    assert view.canvas.attribution == "© Comune di Cremona, OSM"
    credited = _corner(view)
    view.canvas.set_attribution("")
    assert _corner(view) != credited  # it is drawn over the tiles
    view.canvas.set_attribution("© Comune di Cremona, OSM")

    settings.set_value(BASEMAP, "")
    view.context.hub.sig_changed.emit(Area.SETTINGS, (BASEMAP.name,))
    assert view.canvas.attribution == ""


def test_a_vector_basemap_says_why_the_map_has_no_background(
    qtbot, engine: Engine, tmp_path: Path
) -> None:
    seed_town(engine)
    vector = tmp_path / "openmaptiles.mbtiles"
    with sqlite3.connect(vector) as db:
        db.execute(
            "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, "
            "tile_data BLOB)"
        )
        db.execute("INSERT INTO tiles VALUES (14, 1, 2, ?)", (b"\x1f\x8b\x08\x00pbf",))
    settings = Settings()
    settings.set_value(BASEMAP, str(vector))
    view = make_view(qtbot, engine, settings=settings)
    assert view.loader.source is None
    assert view.notice.isVisible()
    assert "vector tiles" in view.notice.text() and "openmaptiles.mbtiles" in view.notice.text()
