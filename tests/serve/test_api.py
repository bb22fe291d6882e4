"""REST API tests against a real SQLite database filled by `eventwire ingest`."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from eventwire.serve.app import create_app
from eventwire.serve.models import EventPage
from eventwire.store.formats import CSV_COLUMNS

from .paging import ids_by_cursor

TOKEN = "test-write-token"


@pytest.fixture(scope="module")
def client(serve_db: str) -> Iterator[TestClient]:
    with TestClient(create_app(serve_db)) as c:
        yield c


def all_events(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    response = client.get("/api/events", params={"limit": 500, **params})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["next_cursor"] is None
    return body["items"]


def test_events_are_ordered_and_cursor_pages_cover_them_once(client: TestClient) -> None:
    everything = all_events(client)
    assert len(everything) >= 5
    keys = [(e["date"] or "", e["id"]) for e in everything]
    assert keys == sorted(keys)
    assert ids_by_cursor(client, limit=2) == [e["id"] for e in everything]


def test_event_pages_match_the_documented_model(client: TestClient) -> None:
    EventPage.model_validate(client.get("/api/events", params={"limit": 500}).json())


def test_event_records_carry_evidence_and_sources(client: TestClient) -> None:
    for e in all_events(client):
        assert e["evidence"]["sentence"]
        assert e["sources"] and all(s["evidence"]["sentence"] for s in e["sources"])
        assert e["num_sources"] == len(e["sources"])


@pytest.mark.parametrize(
    ("param", "value", "check"),
    [
        ("type", "ASSAULT", lambda e: e["type"] == "ASSAULT"),
        ("modality", "asserted", lambda e: e["modality"] == "asserted"),
        ("country", "irq", lambda e: e["location"]["country"] == "IRQ"),
        ("since", "2011-01", lambda e: (e["date"] or "") >= "2011-01"),
        ("until", "2011", lambda e: (e["date"] or "") <= "2011\uffff"),
        (
            "acled_type",
            "Explosions/Remote violence",
            lambda e: e["acled_event_type"] == "Explosions/Remote violence",
        ),
        (
            "bbox",
            "38.7,29.0,48.6,37.4",
            lambda e: 38.7 <= e["location"]["lon"] <= 48.6 and 29.0 <= e["location"]["lat"] <= 37.4,
        ),
        ("has_named_source", "true", lambda e: e["has_named_source"] is True),
    ],
)
def test_filters_return_only_matching_events(
    client: TestClient, param: str, value: str, check: Any
) -> None:
    everything = all_events(client)
    found = all_events(client, **{param: value})
    assert all(check(e) for e in found)
    assert len(found) <= len(everything)


def test_type_filter_finds_something_and_splits_the_set(client: TestClient) -> None:
    everything = all_events(client)
    types = {e["type"] for e in everything}
    assert sum(len(all_events(client, type=t)) for t in types) == len(everything)


def test_free_text_search_over_evidence(client: TestClient) -> None:
    found = all_events(client, q="checkpoint Mosul")
    assert found
    for e in found:
        assert any("checkpoint" in s["evidence"]["sentence"].lower() for s in e["sources"])
    assert all_events(client, q="zzzunfindable") == []
    # FTS operators in user text are taken as words, never as query syntax.
    assert client.get("/api/events", params={"q": 'AND OR NOT "( * :'}).status_code == 200


def test_actor_filter(client: TestClient) -> None:
    with_actor = [e for e in all_events(client) if e["actor"]]
    if not with_actor:
        pytest.skip("no event with an actor in this subset")
    name = with_actor[0]["actor"][0]["name"]
    found = all_events(client, actor=name)
    assert with_actor[0]["id"] in {e["id"] for e in found}


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"type": "FOO"}, "type"),
        ({"type": "assault"}, "type"),
        ({"acled_type": "Wars"}, "acled_type"),
        ({"modality": "maybe"}, "modality"),
        ({"since": "2020-13-01"}, "since"),
        ({"since": "yesterday"}, "since"),
        ({"until": "2020-02-30"}, "until"),
        ({"bbox": "1,2,3"}, "bbox"),
        ({"bbox": "a,b,c,d"}, "bbox"),
        ({"bbox": "0,0,200,10"}, "bbox"),
        ({"bbox": "0,50,10,10"}, "bbox"),
        ({"country": "IRAQ"}, "country"),
        ({"country": "XXX"}, "country"),
        ({"since": "2022", "until": "2021-05"}, "since"),
        ({"limit": 0}, "limit"),
        ({"limit": 100000}, "limit"),
        ({"has_named_source": "perhaps"}, "has_named_source"),
    ],
)
def test_bad_filter_values_are_clear_422s(
    client: TestClient, params: dict[str, Any], field: str
) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert any(d["loc"][-1] == field for d in detail), detail
    assert all(d["msg"] for d in detail)


def test_asserted_is_the_default_modality_as_on_the_command_line(client: TestClient) -> None:
    default = client.get("/api/events", params={"limit": 500}).json()["items"]
    every = client.get("/api/events", params={"limit": 500, "modality": "any"}).json()["items"]
    assert default and all(e["modality"] == "asserted" for e in default)
    assert [e["id"] for e in default] == [e["id"] for e in every if e["modality"] == "asserted"]


def test_bad_cursor_is_a_422(client: TestClient) -> None:
    for cursor in ("garbage", "W10", "WyJhcnRpY2xlcyIsIiIsIngiXQ"):
        response = client.get("/api/events", params={"cursor": cursor})
        assert response.status_code == 422, cursor
        assert "cursor" in response.json()["detail"]


def test_one_event_with_sources_titles_and_merge_reasons(client: TestClient) -> None:
    event = all_events(client)[0]
    response = client.get(f"/api/events/{event['id']}")
    assert response.status_code == 200
    body = response.json()
    assert body["id"] == event["id"]
    assert "merge_reasons" in body
    assert all("title" in s and "site" in s for s in body["sources"])
    assert client.get("/api/events/no-such-event").status_code == 404


def test_articles_list_and_detail_with_quotes(client: TestClient) -> None:
    body = client.get("/api/articles", params={"limit": 3}).json()
    assert len(body["items"]) == 3 and body["next_cursor"]
    rest = client.get("/api/articles", params={"limit": 500, "cursor": body["next_cursor"]}).json()
    ids = [a["id"] for a in body["items"] + rest["items"]]
    assert len(ids) == len(set(ids)) == 9
    quoted = next(a for a in body["items"] + rest["items"] if a["num_quotes"] and a["num_events"])
    article = client.get(f"/api/articles/{quoted['id']}").json()
    assert article["text"] and len(article["quotes"]) == quoted["num_quotes"]
    for q in article["quotes"]:
        assert q["kind"] in ("direct", "mixed", "indirect")
        assert article["text"][q["start"] : q["end"]].strip()
    assert article["merged_event_ids"]
    cited = sum(src["quotes"] + src["attributions"] for src in article["sources"])
    assert article["sources"] and cited <= len(article["quotes"])
    assert all(isinstance(src["anonymous"], bool) for src in article["sources"])
    assert client.get("/api/articles/nope").status_code == 404
    assert client.get("/api/articles", params={"since": "2011-99"}).status_code == 422


def test_places_stories_and_aggregates(client: TestClient) -> None:
    places = client.get("/api/places", params={"limit": 5}).json()
    assert places and all(p["mentions"] >= p["articles"] >= 1 for p in places)
    stories = client.get("/api/stories").json()
    assert sum(s["num_articles"] for s in stories) == 9
    total = len(all_events(client))
    for params in (
        {"interval": "month", "group": "type"},
        {"group": "country"},
        {"interval": "week"},
        {},
    ):
        agg = client.get("/api/aggregates", params=params).json()
        assert agg["total"] == total
        assert sum(r["count"] for r in agg["rows"]) == total
    weekly = client.get("/api/aggregates", params={"interval": "week"}).json()["rows"]
    assert any("-W" in (r["period"] or "") for r in weekly)
    assert client.get("/api/aggregates", params={"interval": "hour"}).status_code == 422


def test_exports_match_the_event_list(client: TestClient) -> None:
    events = all_events(client, type="ASSAULT")
    text = client.get("/api/export/events.csv", params={"type": "ASSAULT"}).text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    assert [r["event_id"] for r in rows] == [e["id"] for e in events]
    collection = client.get("/api/export/events.geojson", params={"type": "ASSAULT"}).json()
    assert collection["type"] == "FeatureCollection"
    assert [f["id"] for f in collection["features"]] == [e["id"] for e in events]
    lines = client.get("/api/export/events.jsonl", params={"type": "ASSAULT"}).text.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [e["id"] for e in events]
    response = client.get("/api/export/events.csv", params={"type": "NOPE"})
    assert response.status_code == 422


def test_openapi_description_validates(client: TestClient) -> None:
    from openapi_spec_validator import validate

    spec = client.get("/openapi.json").json()
    validate(spec)
    for path in (
        "/api/events",
        "/api/events/{event_id}",
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/places",
        "/api/stories",
        "/api/aggregates",
        "/api/export/events.csv",
        "/api/summary",
        "/api/timeline",
    ):
        assert path in spec["paths"], path
    assert "post" in spec["paths"]["/api/articles"]
    params = spec["paths"]["/api/events"]["get"]["parameters"]
    assert {"type", "since", "bbox", "q", "cursor", "limit"} <= {p["name"] for p in params}
    assert len(spec["components"]["schemas"]["PloverType"]["enum"]) == 16


def test_dashboard_and_security_headers(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert '<script type="module" src="/static/js/app.js">' in page.text
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert client.get("/api/events").headers["x-content-type-options"] == "nosniff"
    for asset in (
        "/static/js/app.js",
        "/static/vendor/leaflet/leaflet.js",
        "/static/vendor/leaflet.markercluster/leaflet.markercluster.js",
        "/static/vendor/topojson-client/topojson-client.min.js",
        "/static/vendor/world-atlas/countries-110m.json",
    ):
        assert client.get(asset).status_code == 200, asset


def test_writes_are_refused_without_a_server_token(client: TestClient) -> None:
    response = client.post(
        "/api/articles", json={"text": "x"}, headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert response.status_code == 403


def test_token_rule_and_one_article_ingest(serve_db_copy: str) -> None:
    url = serve_db_copy
    article = {
        "text": "Rebels shelled a market in Aleppo on Friday, killing five people, "
        "the Syrian Observatory for Human Rights said.",
        "published": "2021-05-08",
        "title": "Market shelled",
    }
    with TestClient(create_app(url, write_token=TOKEN)) as c:
        first_page = c.get("/api/events", params={"limit": 3}).json()
        assert c.post("/api/articles", json=article).status_code == 401
        wrong = c.post("/api/articles", json=article, headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 403
        auth = {"Authorization": f"Bearer {TOKEN}"}
        assert c.post("/api/articles", json={"title": "no body"}, headers=auth).status_code == 422
        assert (
            c.post("/api/articles", json={**article, "html": "<p>x</p>"}, headers=auth).status_code
            == 422
        )
        assert (
            c.post(
                "/api/articles", json={**article, "published": "May 8"}, headers=auth
            ).status_code
            == 422
        )
        response = c.post("/api/articles", json=article, headers=auth)
        assert response.status_code == 201, response.text
        result = response.json()
        assert result["stored"] == 1 and len(result["document_ids"]) == 1
        stored = c.get(f"/api/articles/{result['document_ids'][0]}").json()
        assert stored["title"] == "Market shelled"
        assert stored["text"].startswith("Rebels shelled a market in Aleppo")
        again = c.post("/api/articles", json=article, headers=auth).json()
        assert again["stored"] == 0 and again["unchanged"] == 1
        # A cursor made before the insert still continues after the same (date, id).
        page = c.get("/api/events", params={"limit": 500, "cursor": first_page["next_cursor"]})
        last = first_page["items"][-1]
        assert all(
            ((e["date"] or ""), e["id"]) > ((last["date"] or ""), last["id"])
            for e in page.json()["items"]
        )
