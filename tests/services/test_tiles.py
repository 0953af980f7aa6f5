"""Offline basemap sources: MBTiles (TMS rows) and z/x/y folders, and refusing anything else."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from console.services.places.tiles import (
    BasemapProblem,
    BasemapRefused,
    FolderSource,
    MBTilesSource,
    basemap_refusal,
    open_tile_source,
)

PNG = b"\x89PNG\r\n\x1a\n-fake-but-bytes-are-bytes"


def write_mbtiles(path: Path, tiles: dict[tuple[int, int, int], bytes]) -> Path:
    """An MBTiles file; ``tiles`` keyed by XYZ (zoom, x, y), stored with TMS rows."""
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        db.execute(
            "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, "
            "tile_data BLOB)"
        )
        db.executemany(
            "INSERT INTO tiles VALUES (?, ?, ?, ?)",
            [(z, x, (1 << z) - 1 - y, data) for (z, x, y), data in tiles.items()],
        )
    return path


def test_mbtiles_rows_are_flipped(tmp_path: Path) -> None:
    path = write_mbtiles(tmp_path / "cremona.mbtiles", {(15, 17296, 11770): PNG, (14, 1, 2): b"x"})
    source = open_tile_source(path)
    assert isinstance(source, MBTilesSource)
    assert (source.min_zoom, source.max_zoom) == (14, 15)
    assert source.tile(15, 17296, 11770) == PNG
    with sqlite3.connect(path) as db:  # stored as TMS row 2^15 - 1 - 11770
        assert db.execute("SELECT tile_row FROM tiles WHERE zoom_level = 15").fetchone() == (20997,)
    assert source.tile(15, 17296, 20997) is None
    assert source.tile(13, 0, 0) is None
    source.close()


def test_mbtiles_is_opened_read_only(tmp_path: Path) -> None:
    path = write_mbtiles(tmp_path / "a.mbtiles", {(1, 0, 0): PNG})
    source = open_tile_source(path)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        source._db.execute("DELETE FROM tiles")
    source.close()


def test_folder_of_tiles(tmp_path: Path) -> None:
    for zoom, x, y, suffix in ((15, 17296, 11770, ".png"), (16, 34592, 23540, ".jpg")):
        folder = tmp_path / str(zoom) / str(x)
        folder.mkdir(parents=True)
        (folder / f"{y}{suffix}").write_bytes(PNG + suffix.encode())
    (tmp_path / "README.txt").write_text("not a zoom level")
    source = open_tile_source(tmp_path)
    assert isinstance(source, FolderSource)
    assert (source.min_zoom, source.max_zoom) == (15, 16)
    assert source.tile(15, 17296, 11770) == PNG + b".png"
    assert source.tile(16, 34592, 23540) == PNG + b".jpg"
    assert source.tile(15, 17296, 11771) is None


def test_what_is_not_a_basemap(tmp_path: Path) -> None:
    text = tmp_path / "notes.mbtiles"
    text.write_text("hello")
    empty_db = tmp_path / "empty.mbtiles"
    sqlite3.connect(empty_db).execute("CREATE TABLE other (x)").connection.close()
    no_tiles = write_mbtiles(tmp_path / "none.mbtiles", {})
    folder = tmp_path / "photos"
    (folder / "holiday").mkdir(parents=True)
    (folder / "holiday" / "beach.png").write_bytes(PNG)
    refusals = {
        tmp_path / "missing.mbtiles": (BasemapProblem.MISSING, "basemap_missing"),
        text: (BasemapProblem.NOT_MBTILES, "basemap_not_mbtiles"),
        empty_db: (BasemapProblem.NOT_MBTILES, "basemap_not_mbtiles"),
        no_tiles: (BasemapProblem.NOT_MBTILES, "basemap_not_mbtiles"),
        folder: (BasemapProblem.NO_TILES, "basemap_no_tiles"),
    }
    for path, (problem, code) in refusals.items():
        found = basemap_refusal(path)
        assert found is not None and (found.problem, found.code) == (problem, code)
        assert found.path == str(path) and found.params == {"path": str(path)}
    with pytest.raises(BasemapRefused) as refused:
        open_tile_source(folder)
    assert refused.value.problem is BasemapProblem.NO_TILES
    assert str(refused.value) == f"{folder}: no tiles"
    good = write_mbtiles(tmp_path / "good.mbtiles", {(3, 1, 1): PNG})
    assert basemap_refusal(good) is None


def test_the_attribution_comes_from_the_mbtiles_metadata_as_plain_text(tmp_path: Path) -> None:
    path = write_mbtiles(tmp_path / "cremona.mbtiles", {(15, 1, 2): PNG})
    assert MBTilesSource(path).attribution == ""  # none said: the map credits OpenStreetMap
    with sqlite3.connect(path) as db:
        db.execute(
            "INSERT INTO metadata VALUES ('attribution', ?)",
            (
                '<a href="https://www.openstreetmap.org/copyright">&copy; OpenStreetMap '
                "contributors</a>, tiles by  QGIS",
            ),
        )
    assert MBTilesSource(path).attribution == "© OpenStreetMap contributors , tiles by QGIS"


def test_an_mbtiles_without_metadata_has_no_attribution(tmp_path: Path) -> None:
    path = tmp_path / "bare.mbtiles"
    with sqlite3.connect(path) as db:
        db.execute(
            "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, "
            "tile_data BLOB)"
        )
        db.execute("INSERT INTO tiles VALUES (15, 1, 2, ?)", (PNG,))
    assert MBTilesSource(path).attribution == ""


@pytest.mark.parametrize("declared", ["pbf", None])
def test_vector_tiles_are_refused_with_the_reason(tmp_path: Path, declared: str | None) -> None:
    """An MBTiles of vector tiles (OpenMapTiles, planetiler) draws nothing: refused, saying so,
    whether its metadata declares the format or only its gzipped tiles tell."""
    path = write_mbtiles(tmp_path / "vector.mbtiles", {(14, 1, 2): b"\x1f\x8b\x08\x00pbf"})
    if declared is not None:
        with sqlite3.connect(path) as db:
            db.execute("INSERT INTO metadata VALUES ('format', ?)", (declared,))
    with pytest.raises(BasemapRefused) as refused:
        open_tile_source(path)
    assert refused.value.problem is BasemapProblem.NOT_RASTER
    assert refused.value.code == "basemap_not_raster"
    assert basemap_refusal(path) is not None


def test_a_raster_format_in_the_metadata_is_trusted(tmp_path: Path) -> None:
    path = write_mbtiles(tmp_path / "r.mbtiles", {(14, 1, 2): b"not yet a tile"})
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO metadata VALUES ('format', 'png')")
    open_tile_source(path).close()
