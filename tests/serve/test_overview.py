"""The dashboard's API: sorted and paged lists, summaries, places, timelines, Swagger UI."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from fastapi.testclient import TestClient

from eventwire.serve import overview
from eventwire.serve.app import create_app
from eventwire.serve.models import Summary, Timeline
from eventwire.store.formats import LIST_COLUMNS

from .paging import ids_by_cursor


@pytest.fixture(scope="module")
def client(serve_db: str) -> Iterator[TestClient]:
    with TestClient(create_app(serve_db)) as c:
        yield c


def listing(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    response = client.get("/api/events", params={"limit": 500, **params})
    assert response.status_code == 200, response.text
    return list(response.json()["items"])


SORT_VALUES = {
    "date": lambda e: e["date"] or "",
    "type": lambda e: e["type"],
    "acled_sub_event_type": lambda e: e["acled_sub_event_type"] or "",
    "actor": lambda e: e["actor"][0]["name"] if e["actor"] else "",
    "recipient": lambda e: e["recipient"][0]["name"] if e["recipient"] else "",
    "place": lambda e: (e["location"] or {}).get("name") or "",
    "fatalities": lambda e: -1 if e["fatalities"] is None else e["fatalities"],
    "sources": lambda e: e["num_sources"],
}


@pytest.mark.parametrize("field", list(SORT_VALUES))
@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_orders_the_list_and_its_cursor_pages(
    client: TestClient, field: str, descending: bool
) -> None:
    sort = ("-" if descending else "") + field
    everything = listing(client, sort=sort, modality="any")
    assert len(everything) >= 10
    keys = [(SORT_VALUES[field](e), e["id"]) for e in everything]
    assert keys == sorted(keys, reverse=descending)
    assert ids_by_cursor(client, limit=3, sort=sort, modality="any") == [
        e["id"] for e in everything
    ]


def test_offset_pages_tile_the_sorted_list(client: TestClient) -> None:
    everything = listing(client, sort="-date")
    pages = [
        listing(client, sort="-date", limit=4, offset=offset)
        for offset in range(0, len(everything), 4)
    ]
    assert [e["id"] for page in pages for e in page] == [e["id"] for e in everything]


def test_bad_sort_and_cursor_of_another_sort_are_422s(client: TestClient) -> None:
    assert client.get("/api/events", params={"sort": "evidence"}).status_code == 422
    cursor = client.get("/api/events", params={"limit": 1, "sort": "-date"}).json()["next_cursor"]
    other = client.get("/api/events", params={"limit": 1, "sort": "type", "cursor": cursor})
    assert other.status_code == 422


def test_table_csv_is_the_view_on_screen(client: TestClient) -> None:
    events = listing(client, sort="-fatalities", type="ASSAULT")
    text = client.get(
        "/api/export/events.csv",
        params={"sort": "-fatalities", "type": "ASSAULT", "columns": "table"},
    ).text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == LIST_COLUMNS
    assert [r["event_id"] for r in rows] == [e["id"] for e in events]
    first = events[0]
    assert rows[0]["date"] == (first["date"] or "")
    assert rows[0]["fatalities"] == str(
        first["fatalities"] if first["fatalities"] is not None else ""
    )
    assert rows[0]["sources"] == str(first["num_sources"])


def test_summary_adds_up_to_the_list(client: TestClient) -> None:
    for params in ({}, {"type": "ASSAULT"}, {"modality": "any"}):
        events = listing(client, **params)
        body = client.get("/api/summary", params=params).json()
        Summary.model_validate(body)
        assert body["total"] == len(events)
        assert body["fatalities"] == sum(e["fatalities"] or 0 for e in events)
        placed = [e for e in events if e["location"] and e["location"]["lat"] is not None]
        assert body["located"] == len(placed) == sum(p["count"] for p in body["places"])
        assert body["unlocated"] == len(events) - len(placed)
        by_country = Counter((e["location"] or {}).get("country") for e in events)
        by_country.pop(None, None)
        assert {c["country"]: c["count"] for c in body["countries"]} == dict(by_country)
        assert all(c["numeric"] for c in body["countries"] if c["country"] != "XKX")
        actors = Counter(e["actor"][0]["name"] for e in events if e["actor"])
        top = body["top_actors"]
        assert [a["count"] for a in top] == sorted((n for n in actors.values()), reverse=True)[
            : len(top)
        ]
        assert all(actors[a["name"]] == a["count"] for a in top)
        assert sum(d["count"] for d in body["admin1"]) == sum(
            1 for e in placed if e["location"].get("admin1")
        )


def test_places_carry_their_single_event_and_main_kind(client: TestClient) -> None:
    events = {e["id"]: e for e in listing(client)}
    for colour_by, field in (("type", "type"), ("acled_type", "acled_event_type")):
        places = client.get("/api/summary", params={"colour_by": colour_by}).json()["places"]
        assert places
        for place in places:
            here = [
                e
                for e in events.values()
                if e["location"]
                and e["location"]["lat"] == place["lat"]
                and e["location"]["lon"] == place["lon"]
            ]
            assert len(here) == place["count"]
            kinds = Counter(e[field] for e in here if e[field])
            assert place["kind"] == (max(sorted(kinds), key=kinds.__getitem__) if kinds else None)
            if place["count"] == 1:
                assert place["event_id"] == here[0]["id"]
            else:
                assert place["event_id"] is None


def test_summary_says_whether_an_event_is_in_the_result(client: TestClient) -> None:
    assault = listing(client, type="ASSAULT")[0]["id"]
    assert client.get("/api/summary", params={"contains": assault}).json()["contains"] is True
    answer = client.get("/api/summary", params={"contains": assault, "type": "PROTEST"}).json()
    assert answer["contains"] is False


@pytest.mark.parametrize("params", [{}, {"measure": "fatalities"}, {"by": "acled_type"}])
def test_timeline_bins_are_one_size_and_account_for_every_event(
    client: TestClient, params: dict[str, str]
) -> None:
    events = listing(client)
    body = client.get("/api/timeline", params=params).json()
    Timeline.model_validate(body)
    bins = [date.fromisoformat(b) for b in body["bins"]]
    assert bins, body
    for start, following in zip(bins, bins[1:] + [date.fromisoformat(body["end"])], strict=True):
        assert overview.next_bin(start, body["interval"]) == following
        assert overview.bin_start(start, body["interval"]) == start
    measure = (lambda e: 1) if body["measure"] == "events" else (lambda e: e["fatalities"] or 0)
    accounted = sum(body[k] for k in ("plotted", "coarse", "undated", "before", "after"))
    assert accounted == sum(measure(e) for e in events)
    assert sum(sum(s["values"]) for s in body["series"]) == body["plotted"]


def test_timeline_interval_is_asked_or_chosen(client: TestClient) -> None:
    for interval in ("day", "week", "month", "year"):
        assert client.get("/api/timeline", params={"interval": interval}).json()["interval"] in (
            interval,
            "month",
            "year",
        )
    assert client.get("/api/timeline", params={"interval": "hour"}).status_code == 422


def test_dates_bins_and_spans() -> None:
    assert overview.parse_date("2020-09-27") == (date(2020, 9, 27), "day")
    assert overview.parse_date("2020-09") == (date(2020, 9, 1), "month")
    assert overview.parse_date("2020") == (date(2020, 1, 1), "year")
    assert overview.parse_date("2020-W01") == (date(2020, 1, 2), "week")
    assert overview.parse_date("soon") is None
    assert overview.next_bin(date(2020, 12, 1), "month") == date(2021, 1, 1)
    assert overview.bin_start(date(2021, 3, 4), "week") == date(2021, 3, 1)
    assert overview.bin_index(date(2021, 2, 1), date(2020, 11, 1), "month") == 3
    assert overview.choose_interval(date(2020, 1, 1), date(2020, 2, 1)) == "day"
    assert overview.choose_interval(date(2020, 1, 1), date(2021, 1, 1)) == "week"
    assert overview.choose_interval(date(2015, 1, 1), date(2021, 1, 1)) == "month"
    assert overview.choose_interval(date(1950, 1, 1), date(2021, 1, 1)) == "year"
    # One date five centuries back does not squeeze a year of events into one bin.
    days = [(date(2020, 1, 1 + i % 28).replace(month=1 + i % 12), 1) for i in range(300)]
    span = overview.axis_span([(date(1550, 1, 1), 1), *days])
    assert span == (date(2020, 1, 1), date(2020, 12, 28))
    assert overview.axis_span(days[:10]) == (
        min(d for d, _ in days[:10]),
        max(d for d, _ in days[:10]),
    )


def test_swagger_ui_is_served_from_vendored_files(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in page.text
    assert "<script>" not in page.text  # no inline script: the CSP forbids it
    assert "script-src 'self'" in page.headers["content-security-policy"]
    for asset in (
        "/static/vendor/swagger-ui/swagger-ui-bundle.js",
        "/static/vendor/swagger-ui/swagger-ui.css",
        "/static/docs.js",
    ):
        assert client.get(asset).status_code == 200, asset


def test_a_month_of_reports_dated_to_the_month_widens_the_bins() -> None:
    day = overview.parse_date("2020-03-05")
    month = overview.parse_date("2020-06")
    assert day and month
    assert overview.coarse_enough("week", [(day, 90), (month, 5)]) == "week"
    assert overview.coarse_enough("week", [(day, 50), (month, 50)]) == "month"
    year = overview.parse_date("2019")
    assert year and overview.coarse_enough("day", [(day, 1), (year, 9)]) == "year"
