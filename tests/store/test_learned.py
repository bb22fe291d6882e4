"""Learned events (issue 15: read by the trained models where the rules read none) in the store:
a column of both event tables, a filter, and a migration that fills it for older databases."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, select, text

from eventwire.link.relink import relink
from eventwire.records import Document, Event, Place
from eventwire.store import tables
from eventwire.store.filters import EventFilter
from eventwire.store.store import Store

from ..record_factory import stored_document, stored_event

# Written for these tests.
RULE_TEXT = "Protesters marched through the centre of Lyonsville on Monday."
LEARNED_TEXT = "Officials in Carver Bay signed a water agreement on Friday."
LYONSVILLE = Place(
    "Lyonsville", 35, 45, "Lyonsville", 1001, 10.0, 20.0, "FRA", "North", "city", 0.9
)
CARVER_BAY = Place(
    "Carver Bay", 14, 24, "Carver Bay", 1002, -5.0, 30.0, "KEN", "Coast", "city", 0.9
)


def _event(doc_id: str, kind: str, sentence: str, place: Place, *, learned: bool) -> Event:
    return stored_event(
        f"{doc_id}-e1", sentence, type=kind, location=place, confidence=0.7, learned=learned
    )


def _document(doc_id: str, event: Event) -> Document:
    return stored_document(doc_id, event.evidence.sentence, event)


def rule_document() -> Document:
    return _document("rule", _event("rule", "PROTEST", RULE_TEXT, LYONSVILLE, learned=False))


def learned_document() -> Document:
    return _document("lrn", _event("lrn", "COOPERATE", LEARNED_TEXT, CARVER_BAY, learned=True))


@pytest.fixture()
def store(db_url: str) -> Store:
    return Store(db_url)


def test_learned_and_rule_events_round_trip_and_filter(store: Store) -> None:
    store.put(rule_document())
    store.put(learned_document())
    relink(store)
    with store.engine.connect() as conn:
        stored = dict(conn.execute(select(tables.events.c.id, tables.events.c.learned)).all())
        merged = dict(
            conn.execute(select(tables.merged_events.c.type, tables.merged_events.c.learned)).all()
        )
    assert stored == {"rule-e1": False, "lrn-e1": True}
    assert merged == {"PROTEST": False, "COOPERATE": True}
    # The default shows both, each marked.
    shown = {e["type"]: e["learned"] for e in store.events()}
    assert shown == {"PROTEST": False, "COOPERATE": True}
    assert [e["type"] for e in store.events(EventFilter(learned=True))] == ["COOPERATE"]
    assert [e["type"] for e in store.events(EventFilter(learned=False))] == ["PROTEST"]
    assert store.document("lrn")["events"][0]["learned"] is True  # type: ignore[index]


def test_a_merged_event_is_learned_only_when_no_rule_read_it(store: Store) -> None:
    """A learned report merged with a rule's report of the same event: the rule backs it."""
    rule = rule_document()
    other = replace(rule.events[0], id="lrn-e1", learned=True)
    store.put(rule)
    store.put(replace(rule, id="lrn", url="https://news.example/lrn", events=(other,)))
    relink(store)
    (event,) = store.events()
    assert event["num_sources"] == 2 and event["learned"] is False
    assert store.events(EventFilter(learned=True)) == []


def _rows(url: str) -> dict[str, list[dict[str, Any]]]:
    """The document, event and merged rows of a current database holding both kinds of event."""
    with Store(url) as fresh:
        fresh.put(rule_document())
        fresh.put(learned_document())
        relink(fresh)
        with fresh.engine.connect() as conn:
            return {
                table.name: [r._asdict() for r in conn.execute(select(table)).all()]
                for table in (tables.documents, tables.events, tables.merged_events)
            }


def test_an_older_database_gains_the_column_filled_from_its_records(
    db_url: str, another_db: Any, database_at: Any
) -> None:
    """0007: a database made before the column opens, gains it, and its rows say what their
    records say (SQLite and PostgreSQL alike)."""
    rows = _rows(another_db("current"))

    def insert_old_rows(conn: Any) -> None:
        for name, table_rows in rows.items():
            old = {c["name"] for c in inspect(conn).get_columns(name)}
            assert name == "documents" or "learned" not in old
            for row in table_rows:
                values = {k: v for k, v in row.items() if k in old}
                names = ", ".join(f'"{k}"' for k in values)
                params = ", ".join(":" + k for k in values)
                conn.execute(text(f"INSERT INTO {name} ({names}) VALUES ({params})"), values)

    database_at(db_url, "0006", insert_old_rows).dispose()
    with Store(db_url) as store:
        with store.engine.connect() as conn:
            events = dict(conn.execute(select(tables.events.c.id, tables.events.c.learned)).all())
        assert events == {"rule-e1": False, "lrn-e1": True}
        assert [e["type"] for e in store.events(EventFilter(learned=True))] == ["COOPERATE"]
        assert [e["type"] for e in store.events(EventFilter(learned=False))] == ["PROTEST"]


def test_the_migration_goes_back_down(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from eventwire.store.store import MIGRATIONS

    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    _rows(url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    engine = create_engine(url)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0006")
        names = {c["name"] for c in inspect(conn).get_columns("merged_events")}
        # (Read from SQLite's catalogue: SQLAlchemy does not reflect expression indexes.)
        indexes = set(
            conn.execute(
                text("SELECT name FROM sqlite_master WHERE tbl_name = 'merged_events'")
            ).scalars()
        )
    engine.dispose()
    assert "learned" not in names
    # A plain DROP COLUMN keeps the table's indexes, the expression ones too.
    assert {"ix_merged_places", "ix_merged_sorted", "ix_merged_type_sorted"} <= indexes


def test_every_event_table_has_the_records_flag() -> None:
    """The column follows `records.Event.learned` (a bool, False unless the models read it)."""
    import dataclasses

    field = {f.name: f for f in dataclasses.fields(Event)}["learned"]
    assert field.default is False
    for table in (tables.events, tables.merged_events):
        column = table.c.learned
        assert not column.nullable and column.server_default is not None


def test_the_command_line_filters_learned_events(tmp_path: Path) -> None:
    """`eventwire events --learned` / `--rules`; neither lists both, marked in the export."""
    import csv
    import io

    from click.testing import CliRunner

    from eventwire.cli import cli

    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    _rows(url)
    runner = CliRunner()

    def listed(*options: str) -> dict[str, str]:
        result = runner.invoke(cli, ["events", "--db", url, "--format", "csv", *options])
        assert result.exit_code == 0, result.output
        return {r["event_id"]: r["learned"] for r in csv.DictReader(io.StringIO(result.output))}

    both = listed()
    assert sorted(both.values()) == ["False", "True"]
    assert list(listed("--learned").values()) == ["True"]
    assert list(listed("--rules").values()) == ["False"]


def test_the_covering_indexes_hold_the_flag_in_migrated_and_new_databases(
    tmp_path: Path, database_at: Any
) -> None:
    """0008: the dashboard's covering indexes end with `learned`, so a page or summary of learned
    (or rules-only) events is answered from index entries; a database migrated from 0007 holds
    the same index columns as a new one."""

    def covering(url: str) -> dict[str, str]:
        with Store(url) as store, store.engine.connect() as conn:
            # (Read from SQLite's catalogue: SQLAlchemy does not reflect expression indexes.)
            rows = conn.execute(
                text("SELECT name, sql FROM sqlite_master WHERE name LIKE 'ix_merged_%'")
            ).all()
        names = {"ix_merged_sorted", "ix_merged_places", *tables.FILTER_INDEXES.values()}
        return {name: sql[sql.index("(") :] for name, sql in rows if name in names}

    old = f"sqlite:///{tmp_path / 'old.sqlite'}"
    database_at(old, "0007").dispose()
    new = covering(f"sqlite:///{tmp_path / 'new.sqlite'}")
    assert len(new) == 5
    assert covering(old) == new
    for columns in new.values():
        assert "learned" in columns, columns
