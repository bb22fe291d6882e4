"""The dashboard end to end in headless Chromium (Debian's, driven by Playwright; no download).

Screenshots go to test-artifacts/ at the repository root.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def base_url(serve_db: str) -> Iterator[str]:
    import uvicorn

    from eventwire.serve.app import create_app

    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(serve_db), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (/usr/bin/chromium); .ci/run installs it")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Any, base_url: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    page.problems = []  # console errors and page errors, CSP violations included
    page.on("pageerror", lambda exc: page.problems.append(str(exc)))
    page.on(
        "console",
        lambda msg: page.problems.append(msg.text) if msg.type == "error" else None,
    )
    page.goto(base_url + "/")
    page.wait_for_selector("body[data-loaded='1']", timeout=20000)
    yield page
    context.close()


def _markers(page: Any) -> int:
    count: int = page.locator("path.event-marker").count()
    return count


def test_map_timeline_filter_and_evidence(page: Any) -> None:
    page.wait_for_selector("path.event-marker", timeout=10000)
    all_markers = _markers(page)
    assert all_markers > 0
    assert page.locator("#timeline rect.bar").count() > 0
    assert page.locator("path.leaflet-interactive, path").count() > all_markers  # countries drawn

    # Filter by type: map, list and timeline all follow.
    page.select_option("select[name=type]", "ASSAULT")
    page.wait_for_function(
        "() => [...document.querySelectorAll('#event-list .tag')].every(t => t.textContent === 'ASSAULT')"
    )
    page.wait_for_load_state("networkidle")
    assert 0 < _markers(page) <= all_markers
    bar_titles = page.locator("#timeline rect.bar title").all_text_contents()
    assert bar_titles and all("ASSAULT" in t for t in bar_titles)

    # Open an event: its evidence sentence is highlighted inside its article.
    page.locator("#event-list .event-item").first.click()
    page.wait_for_selector("#panel mark.evidence", timeout=10000)
    evidence = page.locator("#panel .evidence-sentence").text_content()
    marked = page.locator("#panel mark.evidence").text_content()
    assert marked and evidence and marked.strip() == evidence.strip()
    assert page.locator("#panel .sources li").count() >= 1
    assert page.locator("#panel .reasons li").count() >= 1
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=True)
    assert page.problems == []


def test_script_in_article_text_is_shown_and_never_runs(page: Any) -> None:
    page.fill("input[name=q]", "checkpoint Mosul")
    page.press("input[name=q]", "Enter")
    page.wait_for_function(
        "() => document.querySelectorAll('#event-list .event-item').length === 1"
    )
    page.locator("#event-list .event-item").first.click()
    page.wait_for_selector("#panel .article-text", timeout=10000)
    text = page.locator("#panel .article-text").text_content()
    assert "<script>window.__pwned = 1</script>" in text
    assert page.locator("#panel .article-text script").count() == 0
    assert page.evaluate("() => window.__pwned") is None
    assert page.locator("#panel .quotes li").count() >= 1
    assert "Ahmed Kareem" in page.locator("#panel .quotes").text_content()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dashboard-script-article.png"), full_page=True)
    assert page.problems == []
