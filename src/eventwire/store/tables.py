"""The database schema (SQLAlchemy Core), the same for SQLite and PostgreSQL.

Changes go through Alembic migrations (`store/migrations/versions/`), never `create_all`.

Documents keep their whole JSON record (the source of truth) plus one table per annotation kind,
so that queries can filter on columns; merged events are rebuilt from the events table by `link`.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    false,
    func,
    literal_column,
)
from sqlalchemy.sql.elements import ColumnElement

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("url", Text),
    Column("source_url", Text),
    Column("site", Text),
    Column("title", Text),
    Column("author", Text),
    Column("published", String(32), index=True),
    Column("published_source", String(16)),
    Column("language", String(8)),
    Column("duplicate_of", String(64), index=True),
    Column("story_id", String(64), index=True),
    Column("input_name", Text),
    Column("text_hash", String(40), nullable=False, index=True),
    Column("minhash", LargeBinary),
    # The article's salient terms (JSON), so later runs extend its story without re-reading it.
    Column("story_terms", Text),
    Column("ingested_at", String(32), nullable=False),
    Column("record_json", Text, nullable=False),
    # False from the moment an article is stored until a relink has merged its events: a run
    # killed between its last shard and the relink finds it so, and relinks (`link.relink`).
    Column("linked", Boolean, nullable=False, server_default=false()),
)


def _child(name: str, *columns: Column) -> Table:  # type: ignore[type-arg]
    return Table(
        name,
        metadata,
        Column("document_id", String(64), ForeignKey("documents.id"), primary_key=True),
        Column("idx", Integer, primary_key=True),
        Column("text", Text, nullable=False),
        Column("start", Integer, nullable=False),
        Column("end", Integer, nullable=False),
        *columns,
    )


entities = _child("entities", Column("label", String(16), index=True))
places = _child(
    "places",
    Column("name", Text),
    Column("geonameid", Integer),
    Column("lat", Float),
    Column("lon", Float),
    Column("country", String(3), index=True),
    Column("admin1", Text),
    Column("feature", String(16)),
    Column("confidence", Float),
)
times = _child("times", Column("type", String(10)), Column("value", String(40)))
quotes = _child(
    "quotes",
    Column(
        "kind", String(8), nullable=False
    ),  # direct | mixed (a quoted fragment inside reported speech) | indirect
    Column("speaker", Text),
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Column("speaker_description", Text),
    Column("anonymous", Boolean, nullable=False),
    Column("cue", Text),
)

events = Table(
    "events",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("document_id", String(64), ForeignKey("documents.id"), nullable=False, index=True),
    Column("type", String(16), nullable=False),
    Column("date", String(32)),
    Column("country", String(3)),
    # `Event.learned`: read by the trained models where the rules read none (issue 15), so a
    # user can tell such records apart in SQL and leave them out of sums and the map.
    Column("learned", Boolean, nullable=False, server_default=false()),
    Column("record_json", Text, nullable=False),
)

merged_events = Table(
    "merged_events",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("type", String(16), nullable=False, index=True),
    Column("mode", String(32)),
    Column("acled_event_type", String(64), index=True),
    Column("acled_sub_event_type", String(64)),
    Column("date", String(32), index=True),
    Column("date_precision", String(8)),
    Column("modality", String(16), index=True),
    Column("country", String(3), index=True),
    Column("admin1", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("fatalities", Integer),
    Column("num_sources", Integer, nullable=False),
    Column("num_articles", Integer, nullable=False),
    Column("first_reported", String(32)),
    Column("has_named_source", Boolean, nullable=False),
    Column("actors_text", Text, nullable=False),
    # The first actor's and recipient's names and the place's name (ACLED's actor1, actor2 and
    # location): what lists sort by and summaries count, without parsing record_json.
    Column("place_name", Text),
    Column("actor_name", Text),
    Column("recipient_name", Text),
    Column("evidence_text", Text, nullable=False),
    # True when every report of it is `Event.learned` (no hand-written rule read it anywhere).
    Column("learned", Boolean, nullable=False, server_default=false()),
    Column("record_json", Text, nullable=False),
)

event_sources = Table(
    "event_sources",
    metadata,
    Column("merged_id", String(64), ForeignKey("merged_events.id"), primary_key=True),
    Column("event_id", String(64), ForeignKey("events.id"), primary_key=True),
    Column("document_id", String(64), ForeignKey("documents.id"), nullable=False, index=True),
)

shards = Table(
    "shards",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("description", Text, nullable=False),
    Column("articles", Integer, nullable=False),
    Column("completed_at", String(32), nullable=False),
)
"""Completion markers: a shard of input listed here was fully stored; reruns skip it."""

Index("ix_merged_date_type", merged_events.c.date, merged_events.c.type)


def event_sort_key(table: Table) -> ColumnElement[str]:
    """The order of event lists: date (undated first, as ""), then id. Written with a literal ''
    so that the indexes below, made on this very expression, serve the queries that use it."""
    return func.coalesce(table.c.date, literal_column("''"))


# Event pages (`ORDER BY sort key, id LIMIT n`) read one of these in order and stop after n
# matches: all events, or those of one type, country or ACLED type (a date range narrows any of
# them). The modality and the place's coordinates ride along, so the default modality and a map's
# bounding box are checked on the index entries, without reading the rows.
_SORTED = (
    event_sort_key(merged_events),
    merged_events.c.id,
    merged_events.c.modality,
    merged_events.c.lat,
    merged_events.c.lon,
)
DASHBOARD_COLUMNS = (
    "date", "type", "acled_event_type", "country", "admin1", "fatalities", "place_name",
    "actor_name", "has_named_source", "mode", "actors_text", "learned",
)  # fmt: skip
"""With the sort key, id, modality and coordinates: every column the dashboard's aggregates
filter, group or count by. The index of all events holds them too, so that it also serves
timelines and counts (in date order) from narrow index entries instead of whole records."""
Index("ix_merged_sorted", *_SORTED, *(merged_events.c[name] for name in DASHBOARD_COLUMNS))
# The indexes of one type, country or ACLED type hold the dashboard's columns too, so that every
# other filter (another of the three, an actor, a named source, a mode, a division) is checked on
# their entries: a combination that matches few events (type=ACCUSE with an ACLED type, say)
# then reads narrow entries, not whole records, before it has a page (#19).
FILTER_INDEXES = {"type": "ix_merged_type_sorted", "country": "ix_merged_country_sorted"}
FILTER_INDEXES["acled_event_type"] = "ix_merged_acled_sorted"
for _column, _name in FILTER_INDEXES.items():
    Index(
        _name,
        merged_events.c[_column],
        *_SORTED,
        *(merged_events.c[name] for name in DASHBOARD_COLUMNS if name != _column),
    )

# The map's places: the same columns in place order, so that the summary groups events by
# coordinates as it reads them (no sort of every event).
PLACE_ORDER = ("modality", "lat", "lon", "type", "acled_event_type")
Index(
    "ix_merged_places",
    *(merged_events.c[name] for name in PLACE_ORDER),
    *(merged_events.c[name] for name in DASHBOARD_COLUMNS if name not in PLACE_ORDER),
    merged_events.c.id,
)

UNLINKED = documents.c.linked == false()
"""The articles whose events no relink has merged yet."""
Index("ix_documents_unlinked", documents.c.id, sqlite_where=UNLINKED, postgresql_where=UNLINKED)

CHILD_TABLES = (entities, places, times, quotes)
