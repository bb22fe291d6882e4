"""The filtered event pages the API serves are read in order from an index, never sorted in full:
checked with EXPLAIN on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.engine import Connection

from eventwire.link.relink import relink
from eventwire.records import Actor, Document, Place
from eventwire.serve.queries import events_page_query
from eventwire.store.filters import EventFilter
from eventwire.store.store import Store

from ..record_factory import stored_event

PLACES = [
    Place("Mosul", 0, 5, "Mosul", None, 36.3, 43.1, "IRQ", "Nineveh", "city", 0.9),
    Place("Aleppo", 0, 6, "Aleppo", None, 36.2, 37.2, "SYR", "Aleppo", "city", 0.9),
    Place("Goma", 0, 4, "Goma", None, -1.7, 29.2, "COD", "North Kivu", "city", 0.9),
]
KINDS = [("PROTEST", "Protests"), ("ASSAULT", "Battles"), ("AID", None), ("ACCUSE", None)]
MODALITIES = ["asserted", "asserted", "asserted", "future"]


def document(i: int) -> Document:
    place = PLACES[i % len(PLACES)]
    kind, acled = KINDS[i % len(KINDS)]
    text = f"{place.name} saw crowds gather for the {i}th time, officials said."
    event = stored_event(
        f"e{i:04d}",
        text,
        type=kind,
        acled_event_type=acled,
        actor=(Actor("crowds", "Crowds", place.country, "CVL"),),
        date=f"{2000 + i % 20}-{1 + i % 12:02d}-{1 + i % 28:02d}",
        location=place,
        modality=MODALITIES[i % len(MODALITIES)],
    )
    return Document(id=f"d{i:04d}", text=text, published="2021-01-01", events=(event,))


@pytest.fixture()
def store(db_url: str) -> Any:
    with Store(db_url) as store:
        for i in range(300):
            store.put(document(i))
        relink(store)
        yield store


def plan(conn: Connection, query: Any) -> str:
    compiled = query.compile(conn)
    if conn.dialect.name == "sqlite":
        params: Any = tuple(compiled.params[name] for name in compiled.positiontup or ())
        rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + str(compiled), params)
    else:
        # Forbid the alternatives, so that the plan shows whether an index CAN serve the page
        # (on a table this small, a sequential scan and a sort would cost less).
        conn.exec_driver_sql("SET enable_seqscan = off")
        conn.exec_driver_sql("SET enable_sort = off")
        rows = conn.exec_driver_sql("EXPLAIN " + str(compiled), compiled.params)
    return "\n".join(str(row[-1]) for row in rows)


PAGES = [
    {},
    {"type": "PROTEST"},
    {"country": "IRQ"},
    {"acled_type": "Battles"},
    {"since": "2010-01", "until": "2015-06"},
    {"type": "ASSAULT", "since": "2012"},
    {"modality": "any"},
    {"bbox": (40.0, 30.0, 50.0, 40.0)},
    {"text": "crowds"},
    {"learned": False},
]


@pytest.mark.parametrize("sort", ["date", "-date"])  # the API's default, the dashboard's
@pytest.mark.parametrize("filters", PAGES, ids=lambda f: ",".join(f) or "default")
def test_event_pages_are_read_in_order_from_a_sorted_index(
    store: Store, filters: dict[str, Any], sort: str
) -> None:
    with store.engine.connect() as conn:
        query = events_page_query(conn, EventFilter(**filters), 50, None, sort)
        explained = plan(conn, query)
        assert conn.execute(query).all(), "the filter should match some events"
    assert "ix_merged_" in explained and "_sorted" in explained, explained
    assert "TEMP B-TREE" not in explained and "Sort" not in explained, explained
