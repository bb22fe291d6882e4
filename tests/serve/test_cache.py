from pathlib import Path

from sqlalchemy import create_engine, text

from eventwire.serve.cache import PageCache


def test_pages_are_dropped_when_the_database_changes(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    with engine.begin() as conn:
        conn.execute(text("PRAGMA journal_mode=WAL"))
        conn.execute(text("CREATE TABLE t (x INTEGER)"))
    cache = PageCache(engine, size=2)
    assert cache.get("a=1") is None
    cache.put("a=1", b"one")
    assert cache.get("a=1") == b"one"
    cache.put("b=2", b"two")
    cache.put("c=3", b"three")  # the least recently used page goes
    assert cache.get("b=2") == b"two" and cache.get("a=1") is None
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO t VALUES (1)"))
    assert cache.get("b=2") is None  # a commit changed the files: nothing stale is served


def test_other_back_ends_are_not_cached() -> None:
    cache = PageCache(create_engine("sqlite://"))
    cache.put("a", b"x")
    assert cache.get("a") is None
