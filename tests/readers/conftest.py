"""A real HTTP server on 127.0.0.1 for the fetcher and feed tests: never any other address.

The `local_http` fixture starts one per test module from a routes dict, path -> function of the
server returning a reply dict (keys of `Reply`), so each module serves exactly what it needs;
every request's path and User-Agent is logged for assertions.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    stream_bytes: int = 0
    """Send this many bytes of filler after `body`, with no Content-Length, in 64 KiB writes."""


Route = Callable[["LocalServer"], dict[str, Any]]


@dataclass
class LocalServer:
    port: int
    routes: dict[str, Route]
    log: list[tuple[str, str]] = field(default_factory=list)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def _handler(server: LocalServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            """Keep test output quiet."""

        def do_GET(self) -> None:  # noqa: N802
            server.log.append((self.path, self.headers.get("User-Agent", "")))
            route = server.routes.get(self.path.split("?", 1)[0])
            reply = Reply(**route(server)) if route else Reply(404, b"not found")
            if reply.delay_s:
                time.sleep(reply.delay_s)
            try:
                self.send_response(reply.status)
                for key, value in reply.headers.items():
                    self.send_header(key, value)
                if not reply.stream_bytes and "Content-Length" not in reply.headers:
                    self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)
                filler = b"<p>" + b"x" * (64 * 1024 - 7) + b"</p>"
                sent = 0
                while sent < reply.stream_bytes:
                    self.wfile.write(filler)
                    sent += len(filler)
            except (BrokenPipeError, ConnectionResetError):
                pass

    return Handler


@contextmanager
def serve(routes: dict[str, Route]) -> Iterator[LocalServer]:
    """Run a threaded server on 127.0.0.1 with an OS-chosen port for the block's duration."""
    state = LocalServer(0, routes)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    httpd.daemon_threads = True
    httpd.block_on_close = False
    state.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="module")
def local_http(request: pytest.FixtureRequest) -> Iterator[LocalServer]:
    """A server on 127.0.0.1 for the requesting module, serving that module's `ROUTES` dict."""
    routes: dict[str, Route] = request.module.ROUTES
    with serve(routes) as server:
        yield server
