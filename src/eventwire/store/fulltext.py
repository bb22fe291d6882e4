"""Full-text search over merged events' evidence: SQLite FTS5, or PostgreSQL's tsvector.

`rebuild(conn)` runs at the end of `Store.rebuild_merged_events()` in the same transaction, so the index always
matches the merged events it covers. `condition(conn, m, text)` is the WHERE clause a query adds;
where the index is missing (a database written before it existed, or an SQLite without FTS5) it
falls back to a case-insensitive substring match of every word, so a search never fails.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import ColumnElement, Table, and_, func, literal_column, select, text
from sqlalchemy.engine import Connection

FTS_TABLE = "merged_events_search"
"""Contentless FTS5 whose rowids are the merged events' own rowids: a search reads only the
index's posting lists, and the events query checks rowids on its index entries."""
OLD_FTS_TABLES = ("merged_events_fts",)
"""Written by earlier versions, keyed by id: dropped by the next rebuild."""
PG_INDEX = "ix_merged_events_evidence_tsv"
PG_CONFIG = "english"

_WORD = re.compile(r"\w+", re.UNICODE)


def rebuild(conn: Connection) -> bool:
    """Rebuild the full-text index over `merged_events.evidence_text`; False when unsupported."""
    dialect = conn.dialect.name
    if dialect == "sqlite":
        for old in OLD_FTS_TABLES:
            conn.exec_driver_sql(f"DROP TABLE IF EXISTS {old}")
        try:
            conn.exec_driver_sql(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} "
                "USING fts5(evidence, content='', tokenize='porter unicode61')"
            )
        except Exception:  # noqa: BLE001 - an SQLite built without FTS5 keeps the LIKE fallback
            return False
        conn.exec_driver_sql(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('delete-all')")
        conn.exec_driver_sql(
            f"INSERT INTO {FTS_TABLE} (rowid, evidence) "
            "SELECT rowid, evidence_text FROM merged_events"
        )
        return True
    if dialect == "postgresql":
        # An expression index: PostgreSQL keeps it current itself, so "rebuild" only ensures it.
        conn.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {PG_INDEX} ON merged_events "
            f"USING GIN (to_tsvector('{PG_CONFIG}', evidence_text))"
        )
        return True
    return False


def fts_query(words: str) -> str | None:
    """User text as an FTS5 query: every word must appear (quoted, so no operator syntax leaks)."""
    terms = _WORD.findall(words)
    if not terms:
        return None
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)


def has_index(conn: Connection) -> bool:
    """Whether this database has the full-text index (checked per call: it is cheap)."""
    if conn.dialect.name == "sqlite":
        found = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (FTS_TABLE,)
        ).first()
        return found is not None
    return conn.dialect.name == "postgresql"


def condition(conn: Connection, m: Table, words: str) -> ColumnElement[Any]:
    """WHERE clause: merged events whose evidence contains every word of `words`."""
    terms = _WORD.findall(words)
    if not terms:
        return and_(m.c.id.is_not(None))
    if conn.dialect.name == "postgresql":
        return func.to_tsvector(PG_CONFIG, m.c.evidence_text).op("@@")(
            func.plainto_tsquery(PG_CONFIG, " ".join(terms))
        )
    if conn.dialect.name == "sqlite" and has_index(conn):
        matching = (
            select(text("rowid"))
            .select_from(text(FTS_TABLE))
            .where(text(f"{FTS_TABLE} MATCH :fts_query"))
        )
        # `rowid + 0` rather than `rowid`: SQLite then reads the events in page order through
        # the sorted indexes (every index entry holds the rowid) and stops after a page of
        # matches, instead of fetching and sorting every matching event first.
        rowid: ColumnElement[Any] = literal_column(f"{m.name}.rowid") + 0
        return rowid.in_(matching.params(fts_query=fts_query(words)))
    return and_(*(m.c.evidence_text.ilike(f"%{escape_like(t)}%", escape="\\") for t in terms))


def escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
