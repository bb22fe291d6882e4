"""The full-text index over merged events' evidence (SQLite FTS5) and its LIKE fallback."""

from __future__ import annotations

from sqlalchemy import create_engine, select

from eventwire.store import fulltext, tables


def test_fts_query_quotes_every_word() -> None:
    assert fulltext.fts_query('rocket "AND" OR attack*') == '"rocket" "AND" "OR" "attack"'
    assert fulltext.fts_query("  ,;  ") is None


def _engine_with_events() -> object:
    engine = create_engine("sqlite://")
    tables.metadata.create_all(engine, tables=[tables.merged_events])
    rows = [
        ("a", "Rockets hit the embassy compound in Baghdad."),
        ("b", "The ministers met in Geneva for talks."),
    ]
    with engine.begin() as conn:
        for rid, evidence in rows:
            conn.execute(
                tables.merged_events.insert().values(
                    id=rid,
                    type="ASSAULT",
                    num_sources=1,
                    num_articles=1,
                    has_named_source=False,
                    actors_text="",
                    evidence_text=evidence,
                    record_json="{}",
                )
            )
    return engine


def _ids(engine: object, words: str) -> list[str]:
    m = tables.merged_events
    with engine.connect() as conn:  # type: ignore[attr-defined]
        return list(
            conn.execute(select(m.c.id).where(fulltext.condition(conn, m, words))).scalars()
        )


def test_index_and_fallback_agree() -> None:
    engine = _engine_with_events()
    before = {w: _ids(engine, w) for w in ("rockets", "embassy baghdad", "talks", "nothing")}
    with engine.begin() as conn:  # type: ignore[attr-defined]
        assert fulltext.rebuild(conn) and fulltext.has_index(conn)
    after = {w: _ids(engine, w) for w in before}
    assert (
        before
        == after
        == {
            "rockets": ["a"],
            "embassy baghdad": ["a"],
            "talks": ["b"],
            "nothing": [],
        }
    )
    # The porter stemmer lets the index match other forms of a word.
    assert _ids(engine, "rocket") == ["a"]


def test_a_rebuild_replaces_an_index_keyed_by_id() -> None:
    """Databases written by earlier versions had an FTS table keyed by event id."""
    engine = _engine_with_events()
    with engine.begin() as conn:  # type: ignore[attr-defined]
        conn.exec_driver_sql("CREATE VIRTUAL TABLE merged_events_fts USING fts5(id, evidence)")
        assert fulltext.rebuild(conn)
        tables = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
        assert "merged_events_fts" not in set(tables.scalars())
    assert _ids(engine, "talks") == ["b"]
