"""How many events lie in a map box: a coarse grid of counts that chooses a page's query plan.

A page of events in date order is read off a sorted index, stopping after `limit` matches. That
is fast when matches are dense, but a box holding few events (a stretch of sea, a quiet region)
reads the whole index before it knows the page is short. Such a page is cheaper read off the place
index (only the events in the box) and then sorted. Which is cheaper depends on how many events
the box holds, known here in constant time from a summed-area table of one-degree cells.

The grid is rebuilt at most every `refresh_s` seconds: a stale grid can only choose a slower
plan, never change an answer.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable

from sqlalchemy import Engine, func, select

from ..store import tables

BBox = tuple[float, float, float, float]
ROWS, COLUMNS = 180, 360
"""One-degree cells: latitude -90..90, longitude -180..180."""


def _cell(value: float, offset: int, cells: int) -> int:
    return min(max(math.floor(value) + offset, 0), cells - 1)


class PlaceDensity:
    """Counts of events per one-degree cell, summed so that any box's count is four lookups."""

    def __init__(
        self, engine: Engine, refresh_s: float = 30.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._engine = engine
        self._refresh_s = refresh_s
        self._clock = clock
        self._lock = threading.Lock()
        self._built_at: float | None = None
        self._sums: list[list[int]] = []
        self.total = 0
        """Every event, placed or not: what a scan of the sorted index reads at worst."""

    def _build(self) -> None:
        m = tables.merged_events
        grid = [[0] * COLUMNS for _ in range(ROWS)]
        # Grouped in the place index's own order (modality, lat, lon): read in order, no sort.
        query = (
            select(m.c.lat, m.c.lon, func.count())
            .where(m.c.lat.is_not(None), m.c.lon.is_not(None))
            .group_by(m.c.modality, m.c.lat, m.c.lon)
        )
        with self._engine.connect() as conn:
            for lat, lon, n in conn.execute(query):
                grid[_cell(lat, 90, ROWS)][_cell(lon, 180, COLUMNS)] += n
            total = conn.execute(select(func.count()).select_from(m)).scalar_one()
        # sums[r][c]: events in rows < r and columns < c.
        sums = [[0] * (COLUMNS + 1) for _ in range(ROWS + 1)]
        for r in range(ROWS):
            above, here, running = sums[r], sums[r + 1], 0
            for c in range(COLUMNS):
                running += grid[r][c]
                here[c + 1] = above[c + 1] + running
        self._sums, self.total = sums, total

    def _fresh(self) -> None:
        with self._lock:
            now = self._clock()
            if self._built_at is None or now - self._built_at >= self._refresh_s:
                self._build()
                self._built_at = now

    def _span(self, min_lat: float, max_lat: float, min_lon: float, max_lon: float) -> int:
        top, bottom = _cell(min_lat, 90, ROWS), _cell(max_lat, 90, ROWS) + 1
        left, right = _cell(min_lon, 180, COLUMNS), _cell(max_lon, 180, COLUMNS) + 1
        s = self._sums
        return s[bottom][right] - s[top][right] - s[bottom][left] + s[top][left]

    def in_box(self, bbox: BBox) -> int:
        """Events in the cells the box touches (at least those in the box itself)."""
        self._fresh()
        min_lon, min_lat, max_lon, max_lat = bbox
        if min_lon <= max_lon:
            return self._span(min_lat, max_lat, min_lon, max_lon)
        # Across the antimeridian: two boxes.
        return self._span(min_lat, max_lat, min_lon, 180.0) + self._span(
            min_lat, max_lat, -180.0, max_lon
        )

    def read_box_first(self, bbox: BBox, wanted: int) -> bool:
        """Whether a page of `wanted` events in the box is cheaper read off the place index.

        In date order, a scan reads about `wanted * total / in_box` entries before it has its
        page; off the place index it reads the box's `in_box` entries and sorts them. The scan
        wins while `in_box ** 2 > wanted * total` (other filters only make the scan longer).
        """
        in_box = self.in_box(bbox)
        return in_box * in_box <= wanted * self.total
