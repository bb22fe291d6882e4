"""The dashboard end to end in headless Chromium (Debian's, driven by Playwright; no download).

Every behaviour is checked at a desktop size (1440x900) and a phone size (390x844); screenshots
go to test-artifacts/ at the repository root.
"""

from __future__ import annotations

import csv
import io
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from eventwire.link.relink import relink
from eventwire.records import Actor, Document, Place
from eventwire.store.store import Store

from ..record_factory import stored_event

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
SIZES = {"desktop": (1440, 900), "phone": (390, 844)}

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _serve(db_url: str) -> Iterator[str]:
    import uvicorn

    from eventwire.serve.app import create_app

    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(db_url), host="127.0.0.1", port=port, log_level="warning")
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
def base_url(serve_db: str) -> Iterator[str]:
    yield from _serve(serve_db)


HOSTILE = '<img src=x onerror="window.__pwned=1">'
LONG_URL = "https://news.example.org/" + "a-very-long-path-segment-" * 12 + "end"


def _hostile_document(index: int, url: str, lat: float) -> Document:
    """Written for these tests: names, titles and URLs that would run script if used as HTML."""
    text = f"{HOSTILE} fighters attacked a village near Alpha{HOSTILE}, killing two people."
    place = Place(f"Alpha{HOSTILE}", 0, 5, f"Alpha{HOSTILE}", None, lat, 44.0, "IRQ", "Nineveh", "city", 0.9)  # fmt: skip
    event = stored_event(
        f"hostile-{index}",
        text,
        mode="firearms",
        acled_event_type="Battles",
        acled_sub_event_type="Armed clash",
        actor=(Actor(f"{HOSTILE} fighters", f"{HOSTILE} fighters", "IRQ", "REB"),),
        recipient=(Actor("villagers", "villagers", "IRQ", "CVL"),),
        date=f"2022-05-0{index + 1}",
        location=place,
        fatalities=2,
    )
    return Document(
        id=f"hostile-doc-{index}",
        text=text,
        url=url,
        site="news.example.org",
        title=f"<b>Bold</b> title {HOSTILE}",
        published=f"2022-05-0{index + 2}",
        language="en",
        places=(place,),
        events=(event,),
    )


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('hostile') / 'events.sqlite'}"
    with Store(url) as store:
        store.put(_hostile_document(0, "javascript:window.__pwned=2", 36.3))
        store.put(_hostile_document(1, LONG_URL, 35.0))
        relink(store)
    yield from _serve(url)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (/usr/bin/chromium); .ci/run installs it")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


class Dashboard:
    """A page of the dashboard at one size, with the few waits the tests share."""

    def __init__(self, browser: Any, base: str, size: str) -> None:
        width, height = SIZES[size]
        self.size = size
        self.base = base
        self.context = browser.new_context(viewport={"width": width, "height": height})
        self.page = self.context.new_page()
        self.problems: list[str] = []  # console errors and page errors, CSP violations included
        self.page.on("pageerror", lambda exc: self.problems.append(str(exc)))
        self.page.on(
            "console",
            lambda msg: self.problems.append(msg.text) if msg.type == "error" else None,
        )

    def open(self, query: str = "") -> Any:
        self.page.goto(f"{self.base}/{query}")
        self.page.wait_for_selector("body[data-loaded='1']", state="attached", timeout=30000)
        self.settle()
        return self.page

    def settle(self) -> None:
        self.page.wait_for_selector("main[aria-busy=false]", state="attached", timeout=30000)

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}-{self.size}.png"), full_page=True)

    def url_params(self) -> dict[str, str]:
        query = urlsplit(self.page.url).query
        return {k: v[0] for k, v in parse_qs(query).items()}

    def table_ids(self) -> list[str]:
        ids: list[str] = self.page.eval_on_selector_all(
            "#event-table tbody tr[data-id]", "rows => rows.map(r => r.dataset.id)"
        )
        return ids

    def column(self, name: str) -> list[str]:
        cells: list[str] = self.page.eval_on_selector_all(
            f"#event-table tbody td.col-{name}", "cells => cells.map(c => c.textContent)"
        )
        return cells


@pytest.fixture(params=list(SIZES))
def dash(request: pytest.FixtureRequest, browser: Any, base_url: str) -> Iterator[Dashboard]:
    board = Dashboard(browser, base_url, request.param)
    yield board
    board.context.close()


VISIBLE_EVENTS = """() => [...document.querySelectorAll('#map .cluster-icon, #map .event-marker')]
    .reduce((sum, node) => sum + Number(node.dataset.events), 0)"""


def _visible_events(page: Any, expected: int) -> int:
    """Events counted by the clusters and single-place markers on the map, once the cluster
    animations have settled on `expected` (or after a few seconds, whatever they show then)."""
    try:
        page.wait_for_function(f"() => ({VISIBLE_EVENTS})() === {expected}", timeout=5000)
    except Exception:  # noqa: BLE001 - the caller's assertion reports the difference
        pass
    total: int = page.evaluate(VISIBLE_EVENTS)
    return total


def _bounds(page: Any) -> tuple[float, float, float, float]:
    west, south, east, north = page.get_attribute("#map", "data-bounds").split(",")
    return float(west), float(south), float(east), float(north)


def test_map_clusters_every_event_and_frames_each_result(dash: Dashboard) -> None:
    page = dash.open()
    summary = page.evaluate("() => fetch('/api/summary').then(r => r.json())")
    assert _visible_events(page, summary["located"]) == summary["located"] > 0
    # Zoomed out, nearby places merge into clusters that count their events.
    page.focus("#map")
    for _ in range(8):  # one zoom step at a time, each animation finished before the next
        zoom = page.get_attribute("#map", "data-zoom")
        if float(zoom) <= 1:
            break
        page.keyboard.press("Minus")
        page.wait_for_function(
            f"() => document.getElementById('map').dataset.zoom !== '{zoom}'", timeout=5000
        )
        page.wait_for_timeout(300)
    assert _visible_events(page, summary["located"]) == summary["located"]
    assert page.locator("#map .cluster-icon").count() >= 1
    assert page.locator("#map .cluster-icon, #map .event-marker").count() < len(summary["places"])
    assert _visible_events(page, summary["located"]) == summary["located"]
    world_zoom = float(page.get_attribute("#map", "data-zoom"))
    # Every filter re-frames the map on its result.
    page.fill("input[name=country]", "IRQ")
    page.press("input[name=country]", "Enter")
    dash.settle()
    iraq = page.evaluate("() => fetch('/api/summary?country=IRQ').then(r => r.json())")
    west, south, east, north = _bounds(page)
    assert float(page.get_attribute("#map", "data-zoom")) > world_zoom
    for place in iraq["places"]:
        assert west <= place["lon"] <= east and south <= place["lat"] <= north
    assert east - west < 40  # framed on Iraq, not the world
    assert _visible_events(page, iraq["located"]) == iraq["located"]
    dash.shot("map-clusters")
    assert dash.problems == []


def test_world_map_has_no_bands_and_little_antarctica(dash: Dashboard) -> None:
    page = dash.open("?q=nothingmatchesthiswordatall")
    assert "0 events" in page.text_content("#status")
    page.wait_for_selector("#map path.country", state="attached")
    assert page.locator("#map path.country").count() > 150
    world_width = 256 * 2 ** float(page.get_attribute("#map", "data-zoom"))
    widest = page.evaluate(
        "() => Math.max(...[...document.querySelectorAll('#map path.country')]"
        ".map(p => p.getBoundingClientRect().width))"
    )
    assert widest < 0.6 * world_width  # a band would span the whole world (Russia: half)
    west, south, east, north = _bounds(page)
    assert south > -70 and north > 60  # the inhabited world, not half Antarctica
    dash.shot("world")
    assert dash.problems == []


def test_choropleths_by_country_and_division_count_events_or_fatalities(dash: Dashboard) -> None:
    page = dash.open()
    summary = page.evaluate("() => fetch('/api/summary').then(r => r.json())")
    page.select_option("#map-mode", "countries")
    page.wait_for_selector("#map path.choropleth", state="attached")
    shaded = page.eval_on_selector_all(
        "#map path.choropleth", "paths => paths.map(p => Number(p.dataset.value))"
    )
    expected = sorted(c["count"] for c in summary["countries"] if c["numeric"])
    assert sorted(shaded) == expected
    assert page.locator("#map .event-marker").count() == 0  # markers give way
    assert "Events per country" in page.text_content("#choropleth-legend")
    page.select_option("#measure", "fatalities")
    page.wait_for_function(
        "() => document.querySelector('#choropleth-legend').textContent.includes('Fatalities')"
    )
    shaded = page.eval_on_selector_all(
        "#map path.choropleth", "paths => paths.map(p => Number(p.dataset.value))"
    )
    assert sorted(shaded) == sorted(
        c["fatalities"] for c in summary["countries"] if c["numeric"] and c["fatalities"]
    )
    page.select_option("#map-mode", "admin1")
    page.wait_for_selector("#map path.admin1-circle", state="attached")
    circles = page.locator("#map path.admin1-circle").count()
    assert circles == sum(1 for d in summary["admin1"] if d["fatalities"])
    assert "first-level division" in page.text_content("#choropleth-legend")
    assert dash.url_params()["map"] == "admin1" and dash.url_params()["measure"] == "fatalities"
    dash.shot("choropleth")
    assert dash.problems == []


def test_timeline_is_a_time_axis_stacked_by_type_and_brushes_the_dates(dash: Dashboard) -> None:
    page = dash.open()
    chart = page.locator("#timeline svg.time-axis")
    interval = chart.get_attribute("data-interval")
    assert interval in ("day", "week", "month", "year")
    bins = int(chart.get_attribute("data-bins"))
    widths = set(
        page.eval_on_selector_all("#timeline rect.bar", "r => r.map(b => b.getAttribute('width'))")
    )
    assert len(widths) == 1  # every bin the same size
    starts = page.eval_on_selector_all("#timeline rect.bar", "r => r.map(b => b.dataset.bin)")
    assert len(set(starts)) <= bins
    # Stacked by type: a bin holds one rect per type, each in its type's colour.
    keys = page.eval_on_selector_all(
        "#timeline rect.bar",
        "r => r.map(b => [b.dataset.bin, b.dataset.key, b.getAttribute('fill')])",
    )
    assert len({(b, k) for b, k, _ in keys}) == len(keys)
    legend = dict(
        page.eval_on_selector_all(
            "#legend .legend-item",
            "items => items.map(i => [i.dataset.key, getComputedStyle(i.querySelector('.swatch')).backgroundColor])",
        )
    )
    fills = {k: f for _, k, f in keys}
    for key, fill in fills.items():
        r, g, b = (int(fill[i : i + 2], 16) for i in (1, 3, 5))
        assert legend[key] == f"rgb({r}, {g}, {b})"
    # Readable: labels do not overlap, and the chart fits the screen.
    boxes = page.eval_on_selector_all(
        "#timeline .tick-label",
        "t => t.map(x => { const b = x.getBoundingClientRect(); return [b.left, b.right]; })",
    )
    assert boxes and all(a[1] <= b[0] for a, b in zip(boxes, boxes[1:], strict=False))
    right = page.evaluate(
        "() => document.querySelector('#timeline svg').getBoundingClientRect().right"
    )
    assert right <= SIZES[dash.size][0]
    # Brush a range: the dates become the filter, and the list follows.
    chart.scroll_into_view_if_needed()
    box = chart.bounding_box()
    bars = sorted(
        page.eval_on_selector_all(
            "#timeline rect.bar",
            "r => r.map(b => { const x = b.getBoundingClientRect(); return x.left + x.width / 2; })",
        )
    )
    page.mouse.move(bars[0], box["y"] + box["height"] * 0.5)
    page.mouse.down()
    page.mouse.move(bars[len(bars) // 2], box["y"] + box["height"] * 0.5, steps=5)
    page.mouse.up()
    dash.settle()
    since, until = page.input_value("input[name=since]"), page.input_value("input[name=until]")
    assert since and until and since < until
    assert dash.url_params()["since"] == since and dash.url_params()["until"] == until
    dates = [d for d in dash.column("date") if d != "undated"]
    assert dates and all(since <= d <= until + "\uffff" for d in dates)
    # Fatalities instead of events.
    page.select_option("#measure", "fatalities")
    dash.settle()
    assert page.text_content("#timeline-title") == "Fatalities over time"
    assert "Fatalities per" in page.text_content("#timeline-note")
    dash.shot("timeline")
    assert dash.problems == []


def test_list_sorts_pages_and_exports_the_same_view(dash: Dashboard) -> None:
    page = dash.open()
    dates = [d for d in dash.column("date") if d != "undated"]
    assert dates == sorted(dates, reverse=True)  # newest first
    assert page.get_attribute("th.col-date", "aria-sort") == "descending"
    headers = page.eval_on_selector_all("#event-table th", "h => h.map(x => x.textContent.trim())")
    assert [h.rstrip(" ▲▼") for h in headers] == [
        "Date", "Type", "ACLED sub-type", "Actor", "Recipient", "Place", "Fatalities", "Sources",
    ]  # fmt: skip
    page.click("th.col-fatalities button")
    dash.settle()
    assert page.get_attribute("th.col-fatalities", "aria-sort") == "descending"
    killed = [int(x.replace(",", "")) if x else -1 for x in dash.column("fatalities")]
    assert killed == sorted(killed, reverse=True)
    page.click("th.col-fatalities button")
    dash.settle()
    killed = [int(x.replace(",", "")) if x else -1 for x in dash.column("fatalities")]
    assert killed == sorted(killed)
    assert dash.url_params()["sort"] == "fatalities"
    # Pages of ten.
    page.select_option("#pager select.page-size", "10")
    dash.settle()
    first_page = dash.table_ids()
    assert len(first_page) == 10
    page.click("#pager button.next")
    dash.settle()
    second_page = dash.table_ids()
    assert second_page and not set(first_page) & set(second_page)
    assert "page 2 of" in page.text_content("#pager .page-info")
    assert dash.url_params()["page"] == "2"
    # The CSV link exports the same rows in the same order with the same columns.
    href = page.get_attribute("#dl-csv", "href")
    rows = list(csv.DictReader(io.StringIO(page.request.get(dash.base + href).text())))
    assert [r["event_id"] for r in rows[10:20]] == second_page
    assert [r["date"] or "undated" for r in rows[10:20]] == dash.column("date")
    dash.shot("list")
    assert dash.problems == []


def test_summary_totals_and_top_lists_follow_the_filter(dash: Dashboard) -> None:
    page = dash.open()
    total = int(page.text_content(".total-events .value").replace(",", ""))
    api = page.evaluate("() => fetch('/api/summary').then(r => r.json())")
    assert total == api["total"]
    assert int(page.text_content(".total-fatalities .value").replace(",", "")) == api["fatalities"]
    actors = page.locator(".top-actors li")
    assert 1 <= actors.count() <= 10
    assert page.locator(".top-places li").count() >= 1
    name = page.text_content(".top-actors li button")
    page.click(".top-actors li button")
    dash.settle()
    assert page.input_value("input[name=actor]") == name
    assert dash.url_params()["actor"] == name
    assert int(page.text_content(".total-events .value").replace(",", "")) < total
    assert len(dash.table_ids()) == min(50, int(page.text_content(".total-events .value")))
    dash.shot("summary")
    assert dash.problems == []


def test_a_shared_link_restores_the_view(dash: Dashboard, browser: Any) -> None:
    page = dash.open()
    page.select_option("select[name=type]", "ASSAULT")
    dash.settle()
    page.click("th.col-fatalities button")
    dash.settle()
    page.select_option("#colour", "acled")
    dash.settle()
    page.select_option("#map-mode", "countries")
    page.locator("#event-table tbody tr .open-event").first.click()
    page.wait_for_selector("#panel:not([hidden]) mark.evidence")
    chosen = page.get_attribute("#panel", "data-event-id")
    link = page.url
    assert {"type", "sort", "colour", "map", "event"} <= set(dash.url_params())
    again = Dashboard(browser, dash.base, dash.size)
    try:
        view = again.open("?" + urlsplit(link).query)
        view.wait_for_selector("#panel:not([hidden]) mark.evidence")
        assert view.input_value("select[name=type]") == "ASSAULT"
        assert view.get_attribute("th.col-fatalities", "aria-sort") == "descending"
        assert (
            view.input_value("#colour") == "acled" and view.input_value("#map-mode") == "countries"
        )
        assert view.get_attribute("#panel", "data-event-id") == chosen
        assert again.table_ids() == dash.table_ids()
        assert again.problems == []
    finally:
        again.context.close()
    page.reload()
    page.wait_for_selector("#panel:not([hidden]) mark.evidence")
    assert page.input_value("select[name=type]") == "ASSAULT"
    assert dash.problems == []


def test_evidence_panel_marks_its_event_and_closes_by_itself(dash: Dashboard) -> None:
    page = dash.open()
    page.locator("#event-table tbody tr .open-event").first.click()
    page.wait_for_selector("#panel:not([hidden]) mark.evidence")
    assert page.locator("#map path.selected-marker").count() == 1
    assert page.locator("#event-table tr.selected").count() == 1
    page.keyboard.press("Escape")
    page.wait_for_selector("#panel", state="hidden")
    assert page.locator("#map path.selected-marker").count() == 0
    assert "event" not in dash.url_params()
    # Open one, then filter it out of the result: the panel closes.
    page.locator("#event-table tbody tr .open-event").first.click()
    page.wait_for_selector("#panel:not([hidden]) mark.evidence")
    page.fill("input[name=q]", "nothingmatchesthiswordatall")
    page.press("input[name=q]", "Enter")
    dash.settle()
    assert page.is_hidden("#panel")
    assert page.locator("#event-table tbody tr[data-id]").count() == 0
    dash.shot("panel-closed")
    assert dash.problems == []


def test_the_map_is_one_tab_stop_and_enter_opens_an_event(dash: Dashboard) -> None:
    page = dash.open()
    page.wait_for_selector("#map path.country", state="attached")
    inside = page.evaluate(
        """() => [...document.querySelectorAll('#map *')].filter(n => n.tabIndex >= 0
               && !n.closest('.leaflet-popup')).length"""
    )
    assert inside == 0 and page.get_attribute("#map", "tabindex") == "0"
    # Tab from the control before the map lands on the map, the next Tab leaves it.
    page.focus("#colour")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.id") == "map"
    page.wait_for_selector("#map path.focus-marker", state="attached")
    page.keyboard.press("Tab")
    assert page.evaluate("() => !document.getElementById('map').contains(document.activeElement)")
    page.focus("#map")
    page.keyboard.press("Enter")
    page.wait_for_selector("#panel:not([hidden]) mark.evidence")
    assert page.locator("#map path.selected-marker").count() == 1
    page.keyboard.press("Escape")
    page.wait_for_selector("#panel", state="hidden")
    # Enter on a row's date opens that event too.
    page.focus("#event-table tbody tr .open-event")
    page.keyboard.press("Enter")
    page.wait_for_selector("#panel:not([hidden]) mark.evidence")
    assert dash.problems == []


def test_legend_explains_types_and_colours_switch_to_acled(dash: Dashboard) -> None:
    page = dash.open()
    items = page.locator("#legend .legend-item")
    assert items.count() == 16
    lines = page.eval_on_selector_all(
        "#legend .legend-item .explain", "e => e.map(x => x.textContent.trim())"
    )
    assert all(len(line.split()) >= 3 for line in lines)
    plover_tag = page.text_content("#event-table tbody .tag")
    assert plover_tag in page.eval_on_selector_all(
        "#legend .legend-item", "i => i.map(x => x.dataset.key)"
    )
    page.select_option("#colour", "acled")
    dash.settle()
    keys = page.eval_on_selector_all("#legend .legend-item", "i => i.map(x => x.dataset.key)")
    assert keys[:6] == [
        "Battles", "Violence against civilians", "Explosions/Remote violence", "Riots",
        "Protests", "Strategic developments",
    ]  # fmt: skip
    tags = page.eval_on_selector_all("#event-table tbody .tag", "t => t.map(x => x.textContent)")
    assert any(t in keys for t in tags)
    assert "ACLED" in page.text_content("#timeline-note")
    dash.shot("acled-colours")
    assert dash.problems == []


def test_hostile_names_titles_and_urls_stay_text(browser: Any, hostile_url: str) -> None:
    for size in SIZES:
        board = Dashboard(browser, hostile_url, size)
        try:
            page = board.open("?sort=date")
            page.locator("#map .event-marker").first.hover()
            page.wait_for_selector(".leaflet-tooltip")
            assert HOSTILE in page.text_content(".leaflet-tooltip")
            page.locator("#event-table tbody tr .open-event").first.click()
            page.wait_for_selector("#panel:not([hidden]) .article-text")
            assert (
                page.locator("#panel .unlinked").first.text_content()
                == "javascript:window.__pwned=2"
            )
            assert page.locator("a[href^='javascript']").count() == 0
            assert HOSTILE in page.text_content("#panel .article-text")
            assert HOSTILE in page.text_content("#event-table")
            assert page.locator("img[src=x], b").count() == 0
            assert page.evaluate("() => window.__pwned") is None
            page.keyboard.press("Escape")
            page.locator("#event-table tbody tr .open-event").nth(1).click()
            page.wait_for_selector(f"#panel:not([hidden]) a[href='{LONG_URL}']")
            overflow = page.evaluate(
                "() => { const p = document.getElementById('panel'); return p.scrollWidth - p.clientWidth; }"
            )
            assert overflow <= 1  # the long URL wraps inside the panel
            board.shot("hostile")
            assert board.problems == []
        finally:
            board.context.close()


def test_script_in_article_text_is_shown_and_never_runs(dash: Dashboard) -> None:
    page = dash.open()
    page.fill("input[name=q]", "checkpoint Mosul")
    page.press("input[name=q]", "Enter")
    dash.settle()
    assert len(dash.table_ids()) == 1
    page.locator("#event-table tbody tr .open-event").first.click()
    page.wait_for_selector("#panel:not([hidden]) .article-text", timeout=10000)
    text = page.locator("#panel .article-text").text_content()
    assert "<script>window.__pwned = 1</script>" in text
    assert page.locator("#panel .article-text script").count() == 0
    assert page.evaluate("() => window.__pwned") is None
    assert page.locator("#panel .quotes li").count() >= 1
    assert "Ahmed Kareem" in page.locator("#panel .quotes").text_content()
    dash.shot("script-article")
    assert dash.problems == []


def test_swagger_ui_works_offline_under_the_csp(dash: Dashboard) -> None:
    page = dash.page
    page.goto(dash.base + "/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=30000)
    assert "eventwire" in page.text_content(".swagger-ui .info .title")
    assert page.locator(".swagger-ui .opblock").count() >= 10
    dash.shot("swagger")
    assert dash.problems == []


def test_codebook_backs_each_legend_line() -> None:
    """Each PLOVER line of the legend starts with a trigger of that type in CODEBOOK.md."""
    root = Path(__file__).resolve().parents[2]
    codebook = (root / "docs" / "CODEBOOK.md").read_text(encoding="utf-8")
    source = (root / "src/eventwire/serve/static/js/categories.js").read_text(encoding="utf-8")
    block = source[source.index("export const PLOVER") : source.index("export const ACLED")]
    lines = re.findall(r'\["([A-Z]+)", "#[0-9a-f]{6}", "([^"]+)"\]', block)
    assert len(lines) == 16
    for plover_type, line in lines:
        row = next(r for r in codebook.splitlines() if re.search(rf"\| {plover_type}\b", r))
        trigger = line.split()[0].strip(",;").lower()
        assert trigger in row.lower(), (plover_type, trigger)


TUTORIAL = ARTIFACTS / "tutorial"


def test_tutorial_walkthrough_answers_each_question(browser: Any, base_url: str) -> None:
    """The steps of docs/TUTORIAL.md, each answering its question; the screenshots it shows."""
    board = Dashboard(browser, base_url, "desktop")
    TUTORIAL.mkdir(parents=True, exist_ok=True)
    try:
        # 1. The newest events: the list opens newest first.
        page = board.open("?size=10")
        dates = [d for d in board.column("date") if d != "undated"]
        newest = page.evaluate("() => fetch('/api/events?sort=-date&limit=1').then(r => r.json())")[
            "items"
        ][0]
        assert dates[0] == newest["date"]
        page.screenshot(
            path=str(TUTORIAL / "01-dashboard.png"),
            clip={"x": 0, "y": 0, "width": 1440, "height": 660},
        )
        page.locator("#table-box").screenshot(path=str(TUTORIAL / "02-newest-events.png"))
        # 2. Fatalities by month for one country.
        page = board.open("?country=IRQ&measure=fatalities&interval=month")
        chart = page.locator("#timeline svg.time-axis")
        assert chart.get_attribute("data-interval") == "month"
        assert page.text_content("#timeline-title") == "Fatalities over time"
        line = page.evaluate(
            "() => fetch('/api/timeline?country=IRQ&measure=fatalities&interval=month')"
            ".then(r => r.json())"
        )
        assert line["plotted"] > 0
        page.locator("#timeline-box").screenshot(path=str(TUTORIAL / "03-fatalities-by-month.png"))
        # 3. The events near a chosen city: its marker, then "Events within 50 km".
        page = board.open()
        busiest = page.evaluate("() => fetch('/api/summary').then(r => r.json())")["places"][0]
        assert busiest["count"] > 1
        page.click(".top-places li button")  # the busiest place: the map centres it
        page.wait_for_selector(".place-events button.near")
        assert busiest["name"] in page.text_content(".place-events")
        page.locator("#map").screenshot(path=str(TUTORIAL / "04-place-popup.png"))
        page.click(".place-events button.near")
        board.settle()
        assert "bbox" in board.url_params() and page.is_checked("input[name=in_view]")
        near = int(page.text_content(".total-events .value").replace(",", ""))
        assert busiest["count"] <= near
        page.locator("#left").screenshot(path=str(TUTORIAL / "05-events-near.png"))
        # 4. The sources behind one event.
        page.locator("#event-table tbody tr .open-event").first.click()
        page.wait_for_selector("#panel:not([hidden]) mark.evidence")
        assert page.locator("#panel .sources li").count() >= 1
        page.locator("#panel").screenshot(path=str(TUTORIAL / "06-evidence.png"))
        assert board.problems == []
    finally:
        board.context.close()


@pytest.fixture(scope="module")
def learned_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Two events, the second read by the trained models only (`Event.learned`)."""
    from dataclasses import replace

    url = f"sqlite:///{tmp_path_factory.mktemp('learned') / 'events.sqlite'}"
    with Store(url) as store:
        store.put(_hostile_document(0, "https://news.example.org/a", 36.3))
        learned = _hostile_document(1, "https://news.example.org/b", 35.0)
        event = replace(learned.events[0], type="PROTEST", learned=True)
        store.put(replace(learned, events=(event,)))
        relink(store)
    yield from _serve(url)


def test_learned_events_are_listed_marked_and_can_be_left_out(
    browser: Any, learned_url: str
) -> None:
    dash = Dashboard(browser, learned_url, "desktop")
    try:
        page = dash.open()
        assert len(dash.table_ids()) == 2  # shown by default
        marked = page.locator("#event-table tbody tr.learned")
        assert marked.count() == 1
        marked.locator(".open-event").click()
        page.wait_for_selector("#panel:not([hidden]) mark.evidence")
        assert "trained models" in page.text_content("#panel")
        page.select_option("select[name=learned]", "false")
        dash.settle()
        assert dash.url_params()["learned"] == "false"
        assert len(dash.table_ids()) == 1
        assert page.locator("#event-table tbody tr.learned").count() == 0
        dash.open("?learned=true")
        assert page.input_value("select[name=learned]") == "true"
        assert page.locator("#event-table tbody tr.learned").count() == len(dash.table_ids()) == 1
        assert dash.problems == []
    finally:
        dash.context.close()
