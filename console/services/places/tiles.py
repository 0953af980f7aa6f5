"""Offline basemap tiles: an MBTiles file or a z/x/y folder, read as bytes. Never the network.

A source is opened once (``open_tile_source``) and then read from any thread: ``tile(z, x, y)``
takes slippy-map (XYZ) numbers, y counted from the north, and returns the encoded image (PNG,
JPEG, ...) or None when the source has no such tile. ``attribution`` is the credit the source's
data asks to be shown (an MBTiles file's metadata ``attribution``, as plain text), "" when the
source does not say.
"""

from __future__ import annotations

import enum
import html
import re
import sqlite3
import threading
from pathlib import Path
from typing import Protocol
from urllib.parse import quote

from console.services.errors import Refusal

IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".webp")
RASTER_FORMATS = frozenset({"png", "jpg", "jpeg", "webp"})  # MBTiles metadata "format"
IMAGE_MAGIC = (b"\x89PNG", b"\xff\xd8\xff")  # PNG, JPEG
MAX_ATTRIBUTION = 200  # characters: a credit line, not a page
_TAG = re.compile(r"<[^>]*>")


class BasemapProblem(enum.Enum):
    MISSING = "missing"  # nothing at that path
    NOT_MBTILES = "not_mbtiles"  # a file, but not an SQLite file with a tiles table
    NO_TILES = "no_tiles"  # a folder without any {z}/{x}/{y}.png|jpg tile
    NOT_RASTER = "not_raster"  # an MBTiles of vector tiles (pbf) or of an unknown format


class BasemapRefused(Refusal):
    """The basemap path is neither an MBTiles file nor a z/x/y tile folder."""

    def __init__(self, problem: BasemapProblem, path: str) -> None:
        self.problem = problem
        self.path = path
        if problem is BasemapProblem.MISSING:
            super().__init__("basemap_missing", "{path}: missing", path=path)
        elif problem is BasemapProblem.NOT_MBTILES:
            super().__init__("basemap_not_mbtiles", "{path}: not mbtiles", path=path)
        elif problem is BasemapProblem.NOT_RASTER:
            super().__init__(
                "basemap_not_raster", "{path}: vector or unknown tiles, not images", path=path
            )
        else:
            super().__init__("basemap_no_tiles", "{path}: no tiles", path=path)


class TileSource(Protocol):
    min_zoom: int
    max_zoom: int
    description: str
    attribution: str

    def tile(self, zoom: int, x: int, y: int) -> bytes | None: ...

    def close(self) -> None: ...


class MBTilesSource:
    """An MBTiles file (SQLite, ``tiles(zoom_level, tile_column, tile_row, tile_data)``, rows
    counted from the south as TMS does), opened read-only and shared by reader threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.description = path.name
        uri = f"file:{quote(str(path.resolve()))}?mode=ro"
        try:
            self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
            zooms = self._db.execute(
                "SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles"
            ).fetchone()
        except sqlite3.Error as exc:
            if hasattr(self, "_db"):
                self._db.close()
            raise BasemapRefused(BasemapProblem.NOT_MBTILES, str(path)) from exc
        if zooms is None or zooms[0] is None:
            self._db.close()
            raise BasemapRefused(BasemapProblem.NOT_MBTILES, str(path))
        self.min_zoom, self.max_zoom = int(zooms[0]), int(zooms[1])
        if not self._holds_images():
            self._db.close()
            raise BasemapRefused(BasemapProblem.NOT_RASTER, str(path))
        self.attribution = self._metadata_attribution()
        self._lock = threading.Lock()  # one sqlite3 connection, one reader at a time

    def _holds_images(self) -> bool:
        """Raster tiles, as the map draws them: the metadata's ``format`` says so (png, jpg,
        webp); without it, the first tile's bytes do. Vector tiles (pbf, often gzipped) draw
        nothing."""
        try:
            row = self._db.execute("SELECT value FROM metadata WHERE name = 'format'").fetchone()
        except sqlite3.Error:
            row = None
        if row and isinstance(row[0], str) and row[0].strip():
            return row[0].strip().lower() in RASTER_FORMATS
        samples = self._db.execute("SELECT tile_data FROM tiles LIMIT 8").fetchall()
        return any(_is_image(bytes(row[0] or b"")) for row in samples)

    def _metadata_attribution(self) -> str:
        try:
            row = self._db.execute(
                "SELECT value FROM metadata WHERE name = 'attribution'"
            ).fetchone()
        except sqlite3.Error:  # the metadata table is optional
            return ""
        return plain_attribution(row[0]) if row and isinstance(row[0], str) else ""

    def tile(self, zoom: int, x: int, y: int) -> bytes | None:
        row = (1 << zoom) - 1 - y
        with self._lock:
            found = self._db.execute(
                "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? "
                "AND tile_row = ?",
                (zoom, x, row),
            ).fetchone()
        return bytes(found[0]) if found and found[0] is not None else None

    def close(self) -> None:
        with self._lock:
            self._db.close()


class FolderSource:
    """A folder of ``{z}/{x}/{y}.png`` (or .jpg, .jpeg, .webp) tiles, y counted from the north."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.description = path.name
        self.attribution = ""
        zooms = sorted(int(p.name) for p in path.iterdir() if p.is_dir() and p.name.isdigit())
        with_tiles = [z for z in zooms if _has_tile(path / str(z))]
        if not with_tiles:
            raise BasemapRefused(BasemapProblem.NO_TILES, str(path))
        self.min_zoom, self.max_zoom = with_tiles[0], with_tiles[-1]

    def tile(self, zoom: int, x: int, y: int) -> bytes | None:
        base = self.path / str(zoom) / str(x)
        for suffix in IMAGE_SUFFIXES:
            candidate = base / f"{y}{suffix}"
            try:
                return candidate.read_bytes()
            except FileNotFoundError:
                continue
        return None

    def close(self) -> None:
        """Nothing to release: each tile is a file read whole."""


def plain_attribution(text: str) -> str:
    """An attribution as one line of plain text: tags dropped (generators write HTML links,
    e.g. ``<a href="…">© OpenStreetMap contributors</a>``), entities decoded."""
    plain = " ".join(html.unescape(_TAG.sub(" ", text)).split())
    return plain[:MAX_ATTRIBUTION]


def _is_image(data: bytes) -> bool:
    return data.startswith(IMAGE_MAGIC) or (data[:4] == b"RIFF" and data[8:12] == b"WEBP")


def _has_tile(zoom_folder: Path) -> bool:
    for column in zoom_folder.iterdir():
        if column.is_dir() and column.name.isdigit():
            for tile in column.iterdir():
                if tile.suffix.lower() in IMAGE_SUFFIXES and tile.stem.isdigit():
                    return True
    return False


def open_tile_source(path: str | Path) -> TileSource:
    """Open a basemap; raises :class:`BasemapRefused` saying why it cannot be one."""
    location = Path(path).expanduser()
    if location.is_dir():
        return FolderSource(location)
    if location.is_file():
        return MBTilesSource(location)
    raise BasemapRefused(BasemapProblem.MISSING, str(path))


def basemap_refusal(path: str | Path) -> BasemapRefused | None:
    """Why ``path`` cannot be a basemap, or None when it can (it is opened and closed)."""
    try:
        source = open_tile_source(path)
    except BasemapRefused as refused:
        return refused
    source.close()
    return None
