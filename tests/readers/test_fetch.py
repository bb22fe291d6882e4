"""The fetcher against a real server on 127.0.0.1: politeness, limits, and the SSRF guard."""

from __future__ import annotations

import itertools
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from eventwire.errors import E_FETCH, InputError
from eventwire.readers.fetch import DEFAULT_USER_AGENT, Fetcher, FetchPolicy

HTML = b"<!DOCTYPE html><html><head><title>T</title></head><body><p>Hello</p></body></html>"
HTML_TYPE = {"Content-Type": "text/html; charset=utf-8"}


def Reply(
    status: int, body: bytes, headers: dict[str, str] | None = None, **kw: Any
) -> dict[str, Any]:  # noqa: N802
    """A reply for the local server (see conftest.Reply)."""
    return {"status": status, "body": body, "headers": headers or {}, **kw}


ROUTES = {
    "/robots.txt": lambda s: Reply(200, b"User-agent: *\nDisallow: /private/\n"),
    "/page.html": lambda s: Reply(200, HTML, HTML_TYPE),
    "/private/secret.html": lambda s: Reply(200, HTML, HTML_TYPE),
    "/latin1.html": lambda s: Reply(
        200,
        "<html><p>caf\xe9</p></html>".encode("latin-1"),
        {"Content-Type": "text/html; charset=ISO-8859-1"},
    ),
    "/klingon.html": lambda s: Reply(
        200,
        b"<html><p>\x8f\x90 qaStaH</p></html>",
        {"Content-Type": "text/html; charset=x-klingon"},
    ),
    "/untyped": lambda s: Reply(200, HTML, {}),
    "/image.png": lambda s: Reply(
        200, b"\x89PNG\r\n\x1a\n" + b"\0" * 64, {"Content-Type": "image/png"}
    ),
    "/missing.html": lambda s: Reply(404, b"gone", HTML_TYPE),
    "/error.html": lambda s: Reply(500, b"oops", HTML_TYPE),
    "/slow.html": lambda s: Reply(200, HTML, HTML_TYPE, delay_s=1.5),
    "/huge.html": lambda s: Reply(200, b"<html><body>", HTML_TYPE, stream_bytes=50 * 1024 * 1024),
    "/declared-huge.html": lambda s: Reply(
        200, HTML, {**HTML_TYPE, "Content-Length": str(50 * 1024 * 1024)}
    ),
    "/hop1": lambda s: Reply(302, b"", {"Location": "/hop2"}),
    "/hop2": lambda s: Reply(301, b"", {"Location": f"{s.base}/page.html"}),
    "/loop": lambda s: Reply(302, b"", {"Location": "/loop"}),
    "/to-localhost": lambda s: Reply(
        302, b"", {"Location": f"http://localhost:{s.port}/page.html"}
    ),
    "/to-127-0-0-2": lambda s: Reply(
        302, b"", {"Location": f"http://127.0.0.2:{s.port}/page.html"}
    ),
    "/to-other-port": lambda s: Reply(302, b"", {"Location": "http://127.0.0.1:9/page.html"}),
    "/to-metadata": lambda s: Reply(
        302, b"", {"Location": "http://169.254.169.254/latest/meta-data/"}
    ),
    "/to-file": lambda s: Reply(302, b"", {"Location": "file:///etc/passwd"}),
}


@pytest.fixture()
def server(local_http: Any) -> Any:
    return local_http


def _fetcher(**kw: object) -> Fetcher:
    base: dict[str, object] = {"allow_private": True, "per_host_delay_s": 0.0, "timeout_s": 5.0}
    base.update(kw)
    return Fetcher(FetchPolicy(**base))  # type: ignore[arg-type]


def _error(fetcher: Fetcher, url: str) -> InputError:
    with pytest.raises(InputError) as info:
        fetcher.fetch(url)
    assert info.value.code == E_FETCH
    assert info.value.input_name == url
    return info.value


def test_fetches_html_with_user_agent_and_charset(server: Any) -> None:
    with _fetcher() as f:
        page = f.fetch(f"{server.base}/page.html")
        latin = f.fetch(f"{server.base}/latin1.html")
    assert page.content == HTML
    assert page.content_kind == "html"
    assert page.url == f"{server.base}/page.html"
    assert page.encoding == "utf-8"
    assert page.fetched_at and page.fetched_at.endswith("Z")
    assert latin.encoding == "iso-8859-1"
    agents = {ua for path, ua in server.log if path == "/page.html"}
    assert agents == {DEFAULT_USER_AGENT}
    assert DEFAULT_USER_AGENT.startswith("eventwire/")


def test_unknown_encoding_is_passed_on_not_refused(server: Any) -> None:
    with _fetcher() as f:
        page = f.fetch(f"{server.base}/klingon.html")
    assert page.encoding == "x-klingon"
    assert page.content.startswith(b"<html>")


def test_untyped_html_is_sniffed_and_images_refused(server: Any) -> None:
    with _fetcher() as f:
        assert f.fetch(f"{server.base}/untyped").content == HTML
        assert "image/png" in _error(f, f"{server.base}/image.png").reason


def test_http_errors(server: Any) -> None:
    with _fetcher() as f:
        assert "HTTP 404" in _error(f, f"{server.base}/missing.html").reason
        assert "HTTP 500" in _error(f, f"{server.base}/error.html").reason


def test_robots_txt_is_obeyed(server: Any) -> None:
    with _fetcher() as f:
        assert "robots.txt" in _error(f, f"{server.base}/private/secret.html").reason
        f.fetch(f"{server.base}/page.html")
    with _fetcher(respect_robots=False) as f:
        f.fetch(f"{server.base}/private/secret.html")


def test_timeout(server: Any) -> None:
    with _fetcher(timeout_s=0.3, respect_robots=False) as f:
        start = time.monotonic()
        reason = _error(f, f"{server.base}/slow.html").reason
    assert "timed out" in reason
    assert time.monotonic() - start < 1.4


def test_fifty_megabyte_page_stops_at_the_limit(server: Any) -> None:
    with _fetcher(max_bytes=1024 * 1024, respect_robots=False) as f:
        start = time.monotonic()
        assert "limit" in _error(f, f"{server.base}/huge.html").reason
        assert "limit" in _error(f, f"{server.base}/declared-huge.html").reason
    assert time.monotonic() - start < 5


def test_redirects_followed_and_capped(server: Any) -> None:
    with _fetcher() as f:
        page = f.fetch(f"{server.base}/hop1")
        assert page.url == f"{server.base}/page.html"
        assert page.input_name == f"{server.base}/hop1"
        assert "redirects" in _error(f, f"{server.base}/loop").reason
        assert "non-HTTP" in _error(f, f"{server.base}/to-file").reason
    with _fetcher(max_redirects=1) as f:
        assert "redirects" in _error(f, f"{server.base}/hop1").reason


def test_per_host_rate_limit(server: Any) -> None:
    with _fetcher(per_host_delay_s=0.4, respect_robots=False) as f:
        start = time.monotonic()
        f.fetch(f"{server.base}/page.html")
        f.fetch(f"{server.base}/page.html")
    assert time.monotonic() - start >= 0.4


def test_loopback_refused_without_allow_private(server: Any) -> None:
    before = len(server.log)
    with Fetcher(FetchPolicy(per_host_delay_s=0.0)) as f:
        for url in (
            f"{server.base}/page.html",
            f"http://localhost:{server.port}/page.html",
            f"http://[::1]:{server.port}/page.html",
            "http://169.254.169.254/latest/meta-data/",
            "http://10.0.0.1/",
            "http://0.0.0.0/",
        ):
            assert "non-public" in _error(f, url).reason
        assert "http and https" in _error(f, "file:///etc/passwd").reason
    assert len(server.log) == before  # refused before any connection


def test_redirect_from_allowed_host_to_loopback_is_refused(server: Any) -> None:
    policy = FetchPolicy(
        per_host_delay_s=0.0, allowed_hosts=frozenset({f"127.0.0.1:{server.port}"})
    )
    with Fetcher(policy) as f:
        assert f.fetch(f"{server.base}/page.html").content == HTML
        for path in ("/to-localhost", "/to-127-0-0-2", "/to-other-port", "/to-metadata"):
            reason = _error(f, f"{server.base}{path}").reason
            assert "non-public" in reason, reason
    assert not any(path == "/latest/meta-data/" for path, _ in server.log)


class TricklingServer:
    """A server on 127.0.0.1 that answers every request one byte at a time, every `pause_s`,
    for ever: its headers (`/headers`) or, after whole headers, its body (`/body`)."""

    def __init__(self, pause_s: float) -> None:
        self.pause_s = pause_s
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.stop = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            request = conn.recv(65536).decode("latin-1")
            head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
            if " /body " in request:
                conn.sendall(head + b"Content-Length: 100000\r\n\r\n<html><body><p>")
                head = b""
            for byte in itertools.cycle(head + b"X-Filler: abcdefghijklmnopqrstuvwxyz\r\n"):
                if self.stop.is_set():
                    return
                try:
                    conn.sendall(bytes([byte]))
                except OSError:
                    return
                time.sleep(self.pause_s)

    def close(self) -> None:
        self.stop.set()
        self.listener.close()


@pytest.fixture()
def trickling() -> Iterator[TricklingServer]:
    server = TricklingServer(pause_s=0.05)
    yield server
    server.close()


@pytest.mark.parametrize("path", ["/headers", "/body"])
def test_a_trickling_server_cannot_hold_a_fetch_past_its_deadline(
    trickling: TricklingServer, path: str
) -> None:
    # Every byte comes long before the per-read timeout: only the total deadline can end it.
    with _fetcher(timeout_s=5.0, deadline_s=1.0, respect_robots=False) as f:
        start = time.monotonic()
        reason = _error(f, f"http://127.0.0.1:{trickling.port}{path}").reason
        elapsed = time.monotonic() - start
    assert "1-s deadline" in reason, reason
    assert 1.0 <= elapsed < 1.5, elapsed


def test_the_deadline_covers_robots_txt_and_every_hop(trickling: TricklingServer) -> None:
    with _fetcher(timeout_s=5.0, deadline_s=1.0) as f:  # robots.txt trickles too
        start = time.monotonic()
        _error(f, f"http://127.0.0.1:{trickling.port}/headers")
    assert time.monotonic() - start < 1.5
