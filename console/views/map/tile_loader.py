"""Basemap tiles for the map: read and decoded off the GUI thread, cached, stale work dropped.

The loader has its own small thread pool (never the database runner). A worker reads a tile's
bytes from the source and decodes them into a QImage; the GUI thread turns that into a QPixmap,
keeps it in a bounded LRU cache and hands it to the tile layer. Each ``request`` carries the
generation of the view that asked: when the view has moved on, queued work for tiles nobody
needs any more is skipped before it reads anything.
"""

from __future__ import annotations

import logging
from collections import OrderedDict

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage, QPixmap

from console.services.places.tiles import TileSource

log = logging.getLogger(__name__)

TileKey = tuple[int, int, int]  # zoom, x, y (XYZ, y from the north)
CACHE_TILES = 384  # about 100 MB of 256×256 pixmaps at most
LOADER_THREADS = 2


class _Delivery(QObject):
    """Carries a worker's answer to the GUI thread (a queued connection)."""

    sig_image = Signal(int, object, object)  # (source epoch, TileKey, QImage | None | _SKIPPED)


class _TileJob(QRunnable):
    def __init__(
        self, loader: TileLoader, source: TileSource, epoch: int, generation: int, key: TileKey
    ) -> None:
        super().__init__()
        self.loader = loader
        self.source = source
        self.epoch = epoch
        self.generation = generation
        self.key = key

    def run(self) -> None:
        # On a pool thread: reads and decodes only, no widget, no pixmap.
        if not self.loader.still_wanted(self.generation, self.key):
            self.loader.delivery.sig_image.emit(self.epoch, self.key, _SKIPPED)
            return
        image: QImage | None = None
        try:
            data = self.source.tile(*self.key)
        except Exception:  # a damaged file must not stop the map: log and show no tile
            log.exception("cannot read basemap tile %s", self.key)
            data = None
        if data is not None:
            decoded = QImage.fromData(data)
            image = None if decoded.isNull() else decoded
        self.loader.delivery.sig_image.emit(self.epoch, self.key, image)


_SKIPPED = object()  # a job that did not run because its view had moved on


class TileLoader(QObject):
    """Loads the tiles a view asks for; ``sig_tile_ready`` tells when one is in the cache."""

    sig_tile_ready = Signal(object)  # TileKey now available through pixmap()

    def __init__(self, parent: QObject | None = None, *, threads: int = LOADER_THREADS) -> None:
        super().__init__(parent)
        self.source: TileSource | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self.delivery = _Delivery(self)
        self.delivery.sig_image.connect(self._delivered)
        self._cache: OrderedDict[TileKey, QPixmap] = OrderedDict()
        self._missing: set[TileKey] = set()  # tiles the source does not have
        self._pending: set[TileKey] = set()
        self._generation = 0
        self._epoch = 0  # which source: answers about an earlier one are dropped
        self._wanted: frozenset[TileKey] = frozenset()

    # -- what the view uses ------------------------------------------------------------------

    def set_source(self, source: TileSource | None) -> None:
        """Use another basemap (None: none). The old one is closed once its jobs are done."""
        old = self.source
        self.source = None
        self._epoch += 1
        self._generation += 1
        self._wanted = frozenset()
        self.pool.waitForDone()
        if old is not None:
            old.close()
        self._cache.clear()
        self._missing.clear()
        self._pending.clear()
        self.source = source

    def pixmap(self, key: TileKey) -> QPixmap | None:
        found = self._cache.get(key)
        if found is not None:
            self._cache.move_to_end(key)
        return found

    def is_missing(self, key: TileKey) -> bool:
        return key in self._missing

    def request(self, keys: list[TileKey]) -> None:
        """The tiles the view shows now, most wanted first; earlier wishes are forgotten."""
        self._generation += 1
        self._wanted = frozenset(keys)
        if self.source is None:
            return
        for key in keys:
            if key in self._cache or key in self._missing or key in self._pending:
                continue
            self._pending.add(key)
            self.pool.start(_TileJob(self, self.source, self._epoch, self._generation, key))

    def still_wanted(self, generation: int, key: TileKey) -> bool:
        """Called from workers: is this job's tile still asked for? (reads two attributes)"""
        return generation == self._generation or key in self._wanted

    def is_idle(self) -> bool:
        return not self._pending

    def shutdown(self) -> None:
        self.set_source(None)

    # -- answers -----------------------------------------------------------------------------

    def _delivered(self, epoch: int, key: TileKey, image: object) -> None:
        if epoch != self._epoch:
            return
        self._pending.discard(key)
        if image is _SKIPPED:
            return
        if image is None:
            self._missing.add(key)
            self.sig_tile_ready.emit(key)
            return
        assert isinstance(image, QImage)
        self._cache[key] = QPixmap.fromImage(image)
        self._cache.move_to_end(key)
        while len(self._cache) > CACHE_TILES:
            self._cache.popitem(last=False)
        self.sig_tile_ready.emit(key)
