"""A small cache of event pages, dropped whenever the database changes.

Dashboards ask the same few questions over and over (the first page, the same filters); answering
them from memory keeps latency flat under load. On SQLite the database's version is read from its
files' sizes and modification times (every commit writes the write-ahead log), so a page is
never served stale after an ingest; other back ends are not cached.
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy import Engine


def sqlite_version(engine: Engine) -> Callable[[], Any] | None:
    """A function returning the SQLite file's current version, or None for other back ends."""
    path = engine.url.database
    if engine.dialect.name != "sqlite" or not path or path == ":memory:":
        return None
    files = (path, path + "-wal")

    def version() -> tuple[tuple[int, int], ...]:
        stamps = []
        for name in files:
            try:
                stat = os.stat(name)
            except FileNotFoundError:
                stamps.append((0, 0))
            else:
                stamps.append((stat.st_mtime_ns, stat.st_size))
        return tuple(stamps)

    return version


class PageCache:
    """Least-recently-used answers keyed by request, valid for one database version."""

    def __init__(self, engine: Engine, size: int = 512) -> None:
        self._version = sqlite_version(engine) if size > 0 else None
        self._size = size
        self._pages: OrderedDict[str, bytes] = OrderedDict()
        self._seen: Any = None
        self._lock = threading.Lock()
        self._running: dict[tuple[Any, str], asyncio.Future[bytes]] = {}

    def get(self, key: str, current: Any = None) -> bytes | None:
        """The page for `key` if it was made at the database's `current` version (read now when
        not given)."""
        if self._version is None:
            return None
        if current is None:
            current = self._version()
        with self._lock:
            if current != self._seen:
                self._pages.clear()
                self._seen = current
                return None
            page = self._pages.get(key)
            if page is not None:
                self._pages.move_to_end(key)
            return page

    def put(self, key: str, page: bytes) -> None:
        if self._version is None:
            return
        with self._lock:
            self._pages[key] = page
            if len(self._pages) > self._size:
                self._pages.popitem(last=False)

    async def answer(self, key: str, compute: Callable[[], Awaitable[bytes]]) -> bytes:
        """The page for `key`: from memory, or computed once however many requests ask for it
        meanwhile. After every change to the database, a crowd of clients asks the same
        questions at once; each question is answered once and shared, not once per client.
        A computation is shared only within one version of the database, and kept only if the
        database did not change while it ran."""
        if self._version is None:
            return await compute()
        # One look at the files per request (a stat is not free on a busy disk), and one more
        # only when a page has to be computed.
        stamp = self._version()
        page = self.get(key, stamp)
        if page is not None:
            return page
        running = self._running.get((stamp, key))
        if running is None:
            running = self._running[(stamp, key)] = asyncio.ensure_future(compute())
            running.add_done_callback(lambda _: self._running.pop((stamp, key), None))
        # Shielded: a client that leaves does not cancel the answer the others wait for.
        page = await asyncio.shield(running)
        if self._version() == stamp:
            self.put(key, page)
        return page
