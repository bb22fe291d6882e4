import csv
import io
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from eventwire.geocode.spellings import admin1_spellings
from eventwire.link.relink import relink
from eventwire.python_api import EventStore
from eventwire.records import Actor, DedupeFacts, Document, Place, Quote
from eventwire.store import formats
from eventwire.store.filters import EventFilter
from eventwire.store.store import Store

from ..record_factory import stored_document, stored_event

TEXT = 'Rockets hit the embassy in Baghdad on Sunday. "We are safe," said Ann Lee, a spokeswoman.'
BAGHDAD = Place("Baghdad", 27, 34, "Baghdad", 98182, 33.34, 44.40, "IRQ", "Baghdad", "city", 0.9)


def document(doc_id: str, text: str = TEXT, published: str = "2021-03-01") -> Document:
    ev = stored_event(
        f"{doc_id}-e1",
        text,
        mode="explosives",
        acled_event_type="Explosions/Remote violence",
        acled_sub_event_type="Shelling/artillery/missile attack",
        actor=(Actor("militia", "Militia", "IRQ", "REB"),),
        recipient=(Actor("the embassy", "US Embassy", "USA", "GOV"),),
        date="2021-02-28",
        location=BAGHDAD,
        fatalities=0,
    )
    quote = Quote("We are safe,", 47, 59, "Ann Lee", 66, 73, "a spokeswoman", False, "said")
    return stored_document(doc_id, text, ev, published=published, quotes=(quote,))


@pytest.fixture()
def store(db_url: str) -> Store:
    return Store(db_url, admin1_spellings=admin1_spellings)


def test_put_is_idempotent_and_replaces_changed_text(store: Store) -> None:
    assert store.put(document("d1")) is True
    counts = store.counts()
    assert store.put(document("d1")) is False
    assert store.counts() == counts
    assert store.put(document("d1", TEXT + " More.")) is True
    assert store.counts() == counts
    assert store.document("d1")["text"].endswith("More.")  # type: ignore[index]


def test_relink_merges_reports_and_filters(store: Store) -> None:
    store.put(document("d1"))
    store.put(document("d2", published="2021-03-02"))
    assert relink(store) == 1
    (event,) = store.events()
    assert event["num_articles"] == 2 and event["first_reported"] == "2021-03-01"
    assert event["has_named_source"] is True
    assert store.events(EventFilter(country="irq", type="assault", since="2021-02"))
    assert store.events(EventFilter(until="2021-02")) == [event]
    assert not store.events(EventFilter(since="2021-03"))
    assert not store.events(EventFilter(country="SYR"))
    for spelling in ("Baghdad", "baghdad", "Baghdad Governorate", "Baghdād"):
        assert store.events(EventFilter(admin1=spelling)) == [event], spelling
    assert not store.events(EventFilter(admin1="Basra"))
    assert store.events(EventFilter(actor="embassy", text="rockets baghdad"))
    assert store.events(EventFilter(bbox=(44.0, 33.0, 45.0, 34.0)))
    assert not store.events(EventFilter(bbox=(0.0, 0.0, 1.0, 1.0)))
    assert store.explain(event["id"])["merge_reasons"]  # type: ignore[index]
    assert store.events(EventFilter(has_named_source=True)) == [event]
    assert event["sources"][0]["speakers"][0]["speaker"] == "Ann Lee"
    assert EventStore(store).sources("d1") == [
        {
            "speaker": "Ann Lee",
            "anonymous": False,
            "description": "a spokeswoman",
            "quotes": 1,
            "attributions": 0,
        }
    ]
    assert EventStore(store).sources("nope") is None


def test_anonymous_quotes_are_not_named_sources(store: Store) -> None:
    doc = document("d1")
    anonymous = replace(doc.quotes[0], speaker="an official", anonymous=True)
    store.put(replace(doc, quotes=(anonymous,)))
    relink(store)
    assert store.events(EventFilter(has_named_source=False))
    assert not store.events(EventFilter(has_named_source=True))


def test_a_failed_write_leaves_nothing_half_written(store: Store) -> None:
    store.put(document("d1"))
    before = store.counts()
    broken = replace(document("d2"), events=(document("d1").events[0],))  # duplicate event id
    with pytest.raises(Exception):  # noqa: B017 - the database's integrity error
        store.put(broken)
    assert store.counts() == before
    assert store.document("d2") is None


def test_output_formats(store: Store) -> None:
    store.put(document("d1"))
    relink(store)
    rows = store.events()
    out = io.StringIO()
    formats.write(rows, "csv", out)
    (row,) = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["country"] == "IRQ" and row["event_type"] == "Explosions/Remote violence"
    out = io.StringIO()
    formats.write(rows, "geojson", out)
    geo = json.loads(out.getvalue())
    assert geo["features"][0]["geometry"]["coordinates"] == [44.40, 33.34]
    out = io.StringIO()
    formats.write(rows, "table", out)
    assert "ASSAULT" in out.getvalue()


def test_concurrent_writers_store_each_article_once(db_url: str) -> None:
    """Several connections putting the same articles at once: one row each, no errors."""
    from concurrent.futures import ThreadPoolExecutor

    stores = [Store(db_url) for _ in range(4)]
    docs = [document(f"d{i}") for i in range(12)]

    def put_all(store: Store) -> int:
        return sum(store.put(d) for d in docs)

    with ThreadPoolExecutor(max_workers=4) as pool:
        written = sum(pool.map(put_all, stores))
    assert written == len(docs)
    assert stores[0].counts()["documents"] == len(docs)
    assert stores[0].counts()["events"] == len(docs)


def test_completion_markers(store: Store) -> None:
    assert not store.shard_done("k1")
    store.mark_shard("k1", "a.jsonl lines 1-64", 64)
    store.mark_shard("k1", "a.jsonl lines 1-64", 64)  # idempotent
    assert store.shard_done("k1")


def test_story_terms_and_repointed_duplicates_persist(store: Store) -> None:
    terms = (("baghdad", 2.5), ("rockets", 1.0))
    store.put(replace(document("d1"), dedupe=DedupeFacts("h1", b"", story_terms=terms)))
    store.put(document("d2", published="2021-03-02"))
    seeds = list(store.story_seeds())
    assert seeds == [("d1", "2021-03-01", {"baghdad": 2.5, "rockets": 1.0}, None)]
    store.repoint_duplicates({"d1": "d2"})
    assert store.document("d1")["duplicate_of"] == "d2"  # type: ignore[index]


def test_an_older_schema_is_migrated_on_open(tmp_path: Path, database_at: Any) -> None:
    from sqlalchemy import inspect

    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    engine = database_at(url, "0001")
    assert "story_terms" not in {c["name"] for c in inspect(engine).get_columns("documents")}
    Store(url).put(
        replace(document("d1"), dedupe=DedupeFacts("h1", b"", story_terms=(("x", 1.0),)))
    )
    assert "story_terms" in {c["name"] for c in inspect(engine).get_columns("documents")}


def test_signatures_in_an_older_format_are_re_signed_and_saved(store: Store) -> None:
    from eventwire.dedupe.minhash import Signature, sign
    from eventwire.pipeline.store_run import stored_signatures

    old = Signature("not-a-current-hash", bytes(129 * 4))  # 128 values and a count, no format tag
    assert not old.current
    store.put(replace(document("d1"), dedupe=DedupeFacts(old.text_hash, old.hashvalues)))
    [(doc_id, _, signature)] = list(stored_signatures(store))
    assert doc_id == "d1" and signature.current and signature == sign(TEXT)
    [(_, _, again)] = list(stored_signatures(store))
    assert again == signature  # saved: the next run reads the current signature


def test_main_background_and_implausible_counts_reach_the_store_and_exports(store: Store) -> None:
    """The main flag travels to the merged event, its exports and the API; a figure implausible
    for its kind stays in the record but out of the summed column; background is its own
    modality, left out by the default filter."""
    doc = document("d1")
    flagged = replace(doc.events[0], main=True, implausible_counts=True, fatalities=40000)
    recalled = replace(
        doc.events[0], id="d1-e2", type="PROTEST", modality="background", date="1999"
    )
    store.put(replace(doc, events=(flagged, recalled)))
    relink(store)
    (event,) = store.events(EventFilter(modality="asserted"))
    assert event["main"] is True and event["implausible_counts"] is False
    assert event["fatalities"] is None  # the tally gives the merged event no figure
    assert store.events(EventFilter(modality="background"))[0]["type"] == "PROTEST"
    out = io.StringIO()
    formats.write([event], "csv", out)
    (row,) = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["main"] == "True"
    stored = store.document("d1")["events"][0]  # type: ignore[index]
    assert stored["implausible_counts"] is True and stored["main"] is True


def test_an_uncertain_event_is_stored_and_left_out_by_default(store: Store) -> None:
    """A reading the coder doubts is kept, under its own modality, out of the default filter."""
    doc = document("d1")
    doubted = replace(doc.events[0], id="d1-e3", type="CONSULT", modality="uncertain")
    store.put(replace(doc, events=(doc.events[0], doubted)))
    relink(store)
    assert {e["type"] for e in store.events(EventFilter(modality="asserted"))} == {
        doc.events[0].type
    }
    (kept,) = store.events(EventFilter(modality="uncertain"))
    assert kept["type"] == "CONSULT" and kept["modality"] == "uncertain"


def test_merged_names_are_filled_in_when_an_older_database_is_migrated(
    tmp_path: Path, database_at: Any
) -> None:
    from sqlalchemy import inspect, select, text

    from eventwire.store import tables

    with Store(f"sqlite:///{tmp_path / 'new.sqlite'}") as fresh:
        fresh.put(document("d1"))
        relink(fresh)
        with fresh.engine.connect() as conn:
            row = conn.execute(select(tables.merged_events)).one()._asdict()

    def insert_old_row(conn: Any) -> None:
        old = {c["name"] for c in inspect(conn).get_columns("merged_events")}
        assert "place_name" not in old
        values = {k: v for k, v in row.items() if k in old}
        names, params = ", ".join(values), ", ".join(":" + k for k in values)
        conn.execute(text(f"INSERT INTO merged_events ({names}) VALUES ({params})"), values)

    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    database_at(url, "0004", insert_old_row)
    with Store(url) as store, store.engine.connect() as conn:
        names = conn.execute(
            select(
                tables.merged_events.c.place_name,
                tables.merged_events.c.actor_name,
                tables.merged_events.c.recipient_name,
            )
        ).one()
        # (Read from SQLite's catalogue: SQLAlchemy does not reflect expression indexes.)
        indexes = dict(
            conn.execute(
                text("SELECT name, sql FROM sqlite_master WHERE tbl_name = 'merged_events'")
            ).all()
        )
    assert tuple(names) == ("Baghdad", "Militia", "US Embassy")
    assert (row["place_name"], row["actor_name"], row["recipient_name"]) == tuple(names)
    assert "ix_merged_places" in indexes
    # The index of all events in date order now covers the dashboard's columns too.
    assert (
        "place_name, actor_name, has_named_source, mode, actors_text" in indexes["ix_merged_sorted"]
    )


def test_the_filter_indexes_hold_the_other_filters_columns_after_migration(
    tmp_path: Path, database_at: Any
) -> None:
    """0006: the indexes of one type, country or ACLED type hold the other filters' columns (so a
    rare combination is checked on index entries), in a migrated and in a new database alike."""
    from sqlalchemy import text

    def filter_indexes(url: str) -> dict[str, str]:
        with Store(url) as store, store.engine.connect() as conn:
            rows = conn.execute(
                text("SELECT name, sql FROM sqlite_master WHERE name LIKE 'ix_merged_%_sorted'")
            ).all()
        return {name: sql for name, sql in rows if name != "ix_merged_sorted"}

    old = f"sqlite:///{tmp_path / 'old.sqlite'}"
    database_at(old, "0005")
    new = f"sqlite:///{tmp_path / 'new.sqlite'}"
    for indexes in (filter_indexes(old), filter_indexes(new)):
        assert set(indexes) == {
            "ix_merged_type_sorted",
            "ix_merged_country_sorted",
            "ix_merged_acled_sorted",
        }
        for sql in indexes.values():
            columns = sql[sql.index("(") + 1 :]
            for name in ("type", "country", "acled_event_type", "actors_text", "mode"):
                assert name in columns, (name, sql)


def test_a_place_inferred_from_the_article_counts_for_its_country_but_is_no_point(
    store: Store,
) -> None:
    """No words place the event: the map, a bounding box and GeoJSON leave it out as a point, its
    country keeps it, and the CSV says the place was inferred."""
    doc = document("d1")
    iraq = Place("", 0, 0, "Iraq", 99237, 33.0, 44.0, "IRQ", None, "country", 0.2, inferred=True)
    store.put(replace(doc, events=(replace(doc.events[0], location=iraq),)))
    relink(store)
    (event,) = store.events(EventFilter(country="irq"))
    assert event["location"]["inferred"] is True
    assert store.events(EventFilter(bbox=(40.0, 30.0, 50.0, 40.0))) == []
    out = io.StringIO()
    formats.write([event], "csv", out)
    (row,) = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["geo_precision"] == "inferred" and row["country"] == "IRQ"
    (feature,) = formats.geojson([event])["features"]
    assert feature["geometry"] is None
    store.put(document("d2", published="2021-03-05"))  # a report naming the town
    relink(store)
    (placed,) = store.events(EventFilter(bbox=(40.0, 30.0, 50.0, 40.0)))
    assert placed["location"]["name"] == "Baghdad"
