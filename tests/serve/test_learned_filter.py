"""The API's `learned` filter (issue 15): events read by the trained models where the rules read
none are listed and counted by default, marked; `learned=true|false` keeps one kind only, in the
event list, the counts, the map's summary, the timeline and the exports alike."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from eventwire.link.relink import relink
from eventwire.records import Document, Place
from eventwire.serve.app import create_app
from eventwire.store.store import Store

from ..record_factory import stored_document, stored_event

# Written for these tests.
STORIES = {
    "rule": ("PROTEST", "Farmers blocked the ring road outside Tallow Creek on Monday.", False),
    "lrn": (
        "COOPERATE",
        "Two councils near Mirren Falls agreed to share a clinic on Monday.",
        True,
    ),
}


def _document(doc_id: str, kind: str, sentence: str, learned: bool, lon: float) -> Document:
    place = Place("Town", 0, 4, "Town", None, 10.0, lon, "FRA", "North", "city", 0.9)
    event = stored_event(
        f"{doc_id}-e1",
        sentence,
        type=kind,
        location=place,
        fatalities=2,
        confidence=0.7,
        learned=learned,
    )
    return stored_document(doc_id, sentence, event)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    folder: Path = tmp_path_factory.mktemp("learned-db")
    url = f"sqlite:///{folder / 'events.sqlite'}"
    with Store(url) as store:
        for lon, (doc_id, (kind, sentence, learned)) in enumerate(STORIES.items()):
            store.put(_document(doc_id, kind, sentence, learned, 20.0 + lon))
        relink(store)
    with TestClient(create_app(url)) as c:
        yield c


def _get(client: TestClient, path: str, **params: str) -> dict:  # type: ignore[type-arg]
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("params", "types"),
    [({}, {"PROTEST", "COOPERATE"}), ({"learned": "true"}, {"COOPERATE"}),
     ({"learned": "false"}, {"PROTEST"})],
)  # fmt: skip
def test_the_learned_filter_reaches_every_endpoint(
    client: TestClient, params: dict[str, str], types: set[str]
) -> None:
    items = _get(client, "/api/events", **params)["items"]
    assert {e["type"] for e in items} == types
    assert all(e["learned"] is (e["type"] == "COOPERATE") for e in items)
    counts = _get(client, "/api/aggregates", group="type", **params)
    assert counts["total"] == len(types)
    summary = _get(client, "/api/summary", **params)
    assert summary["total"] == len(types) and summary["fatalities"] == 2 * len(types)
    assert sum(p["count"] for p in summary["places"]) == len(types)
    timeline = _get(client, "/api/timeline", **params)
    assert sum(sum(s["values"]) for s in timeline["series"]) == len(types)
    response = client.get("/api/export/events.csv", params=params)
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == len(types)


def test_a_bad_learned_value_is_a_clear_422(client: TestClient) -> None:
    response = client.get("/api/events", params={"learned": "perhaps"})
    assert response.status_code == 422
    assert any(d["loc"][-1] == "learned" for d in response.json()["detail"])
