"""The `serve` stage: the REST API (OpenAPI at /openapi.json) and the dashboard, in one process.

The dashboard is static files (plain JS, vendored Leaflet and a world map), so it needs no
internet. A strict Content-Security-Policy forbids inline and foreign scripts, a second line of
defence behind the dashboard's rule of only ever inserting article text as text.
"""

from __future__ import annotations

import gc
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from sqlalchemy import Engine, create_engine, event
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import E_NO_DATABASE, UsageError
from ..geocode.spellings import admin1_spellings
from ..settings import Settings
from ..store.location import sqlite_writable
from ..store.store import Store, sqlite_read_only_pragmas
from ..version import __version__
from . import queries, routes_articles, routes_events, routes_overview
from .cache import PageCache
from .density import PlaceDensity
from .write import Writer

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode("ascii")),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


class SecurityHeaders:
    """Adds the CSP and friends to every response (plain ASGI: no per-request task overhead)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + SECURITY_HEADERS
            await send(message)

        await self.app(scope, receive, with_headers)


def read_engine(store: Store) -> Engine:
    """An engine for the API's reads.

    On SQLite the store's own engine opens every transaction with BEGIN IMMEDIATE (right for
    writers); readers must not queue behind an ingest for that lock, so they get their own
    query-only connections, which in WAL mode read a consistent snapshot while a writer works.
    """
    if store.engine.dialect.name != "sqlite":
        return store.engine
    engine = create_engine(store.engine.url)
    event.listen(engine, "connect", sqlite_read_only_pragmas)
    return engine


def static_dir() -> Path:
    """The dashboard's files, shipped inside the package."""
    return Path(str(resources.files("eventwire") / "serve" / "static"))


def create_app(
    db_url: str,
    write_token: str | None = None,
    *,
    settings: Settings | None = None,
    page_cache: bool = True,
) -> FastAPI:
    """The API and dashboard over the database at `db_url`.

    `POST /api/articles` accepts submissions only with `Authorization: Bearer <write_token>`;
    with no write token every write is refused.
    """
    # A database this process cannot write is served read-only (and takes no submissions).
    read_only = not sqlite_writable(db_url)
    store = Store(db_url, read_only=read_only, admin1_spellings=admin1_spellings)
    reader = read_engine(store)
    writer = Writer(db_url, settings or Settings())

    def close() -> None:
        writer.close()
        if reader is not store.engine:
            reader.dispose()
        store.close()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # What is loaded by now lives as long as the server: moved out of the garbage
        # collector's sight, so that its full collections (which stop every request at once,
        # for 100 ms and more over the libraries' objects) only look at what requests make.
        gc.collect()
        gc.freeze()
        try:
            yield
        finally:
            gc.unfreeze()
            close()

    app = FastAPI(
        title="eventwire",
        version=__version__,
        description=(
            "Merged political and conflict events, each traceable to its evidence sentence. "
            "Lists are paged with opaque cursors: pass `next_cursor` back as `cursor`."
        ),
        docs_url=None,  # FastAPI's Swagger UI loads from a CDN: /docs serves the vendored copy
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.close = close
    app.state.store = store
    app.state.engine = reader
    app.state.event_pages = PageCache(reader, size=512 if page_cache else 0)
    app.state.aggregate_pages = PageCache(reader, size=256 if page_cache else 0)
    # The dashboard's summaries and timelines: fewer, larger answers (a summary lists places).
    app.state.overview_pages = PageCache(reader, size=32 if page_cache else 0)
    app.state.place_density = PlaceDensity(reader)
    app.state.read_only = read_only
    app.state.write_token = None if read_only else write_token or None
    app.state.writer = writer
    app.include_router(routes_events.router)
    app.include_router(routes_articles.router)
    app.include_router(routes_overview.router)

    static = static_dir()
    app.mount("/static", StaticFiles(directory=static), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(static / "index.html", media_type="text/html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        """Swagger UI over /openapi.json, from vendored files (offline, under the CSP)."""
        return FileResponse(static / "docs.html", media_type="text/html")

    @app.get("/api/health", tags=["meta"], summary="Liveness and database counts")
    def health() -> dict[str, Any]:
        return {"status": "ok", "version": __version__, "counts": queries.counts(reader)}

    app.add_middleware(SecurityHeaders)
    return app


SERVE_ENV = {"db": "EVENTWIRE_SERVE_DB", "page_cache": "EVENTWIRE_SERVE_PAGE_CACHE"}
"""How `eventwire serve --workers N` tells its worker processes what to serve."""


def app_from_environment() -> FastAPI:
    """The app of one of several server processes (uvicorn's factory; read-only serving)."""
    url = os.environ.get(SERVE_ENV["db"])
    if not url:
        raise UsageError(f"[{E_NO_DATABASE}] {SERVE_ENV['db']} names no database to serve")
    return create_app(url, None, page_cache=os.environ.get(SERVE_ENV["page_cache"], "1") != "0")
