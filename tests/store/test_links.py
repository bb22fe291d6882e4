"""Only http(s) URLs become links: other schemes are stored and handed out as text."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwire.link.relink import relink
from eventwire.records import Actor, Document
from eventwire.serve.app import create_app
from eventwire.store import formats
from eventwire.store.links import web_link
from eventwire.store.store import Store

from ..record_factory import stored_event

HOSTILE = [
    "javascript:alert(1)",
    "JavaScript:alert(document.cookie)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "//evil.example/x",
    "https://ok.example/a b",
    'https://ok.example/"onmouseover="alert(1)',
    "http:///no-host",
    "",
]


@pytest.mark.parametrize("url", HOSTILE)
def test_other_schemes_and_unsafe_urls_are_no_links(url: str) -> None:
    assert web_link(url) is None


def test_http_and_https_urls_are_links() -> None:
    for url in ("https://news.example/story?id=4&x=y#top", "HTTP://News.Example/a"):
        assert web_link(url) == url


def document(doc_id: str, url: str) -> Document:
    text = "Protesters marched on the parliament in Baghdad on Sunday."
    event = stored_event(
        f"{doc_id}-e1",
        text,
        type="PROTEST",
        mode="demo",
        acled_event_type="Protests",
        acled_sub_event_type="Peaceful protest",
        actor=(Actor("Protesters", "Protesters", None, "CVL"),),
        date=f"2021-03-0{len(doc_id)}",
        confidence=0.7,
    )
    return Document(id=doc_id, text=text, url=url, published="2021-03-08", events=(event,))


def test_api_and_exports_give_links_only_for_http(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'links.sqlite'}"
    with Store(url) as store:
        store.put(document("a", "javascript:alert(1)"))
        store.put(replace(document("bb", "https://news.example/b"), source_url="data:text/html,x"))
        relink(store)
        events = {e["sources"][0]["document_id"]: e for e in store.events()}
    assert events["a"]["sources"][0]["url"] == "javascript:alert(1)"  # kept, as text
    assert events["a"]["sources"][0]["link"] is None
    assert events["bb"]["sources"][0]["link"] == "https://news.example/b"

    out = io.StringIO()
    formats.write(list(events.values()), "csv", out)
    rows = {r["event_id"]: r for r in csv.DictReader(io.StringIO(out.getvalue()))}
    assert "javascript" not in out.getvalue()
    assert rows[events["a"]["id"]]["source_urls"] == "a"
    assert rows[events["bb"]["id"]]["source_urls"] == "https://news.example/b"

    with TestClient(create_app(url)) as client:
        article = client.get("/api/articles/a").json()
        assert article["url"] == "javascript:alert(1)" and article["link"] is None
        other = client.get("/api/articles/bb").json()
        assert other["link"] == "https://news.example/b" and other["source_link"] is None
        listed = {a["id"]: a for a in client.get("/api/articles").json()["items"]}
        assert listed["a"]["link"] is None
        detail = client.get(f"/api/events/{events['a']['id']}").json()
        assert detail["sources"][0]["link"] is None
        page = client.get("/api/events").json()["items"]
        assert {s["link"] for e in page for s in e["sources"]} == {None, "https://news.example/b"}
        export = client.get("/api/export/events.csv").text
        assert "javascript" not in export
