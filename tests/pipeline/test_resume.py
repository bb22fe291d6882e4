"""kill -9 at every write point of an ingest, then a resume: the same database as an uninterrupted
run (documents, events, merged events, event sources), on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from eventwire.python_api import demo_corpus_path, ingest_paths
from eventwire.store import tables
from eventwire.store.store import Store

pytestmark = pytest.mark.slow

DRIVER = Path(__file__).with_name("crash_driver.py")
SHARD_LINES = 2
# 3 articles in shards of 2: the write points of an uninterrupted ingest.
POINTS = ["put", "put", "shard", "put", "shard", "relink-uncommitted", "relinked"]


def corpus(tmp_path: Path, n: int) -> Path:
    lines = demo_corpus_path().read_text(encoding="utf-8").splitlines()[:n]
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def crash_runs(tmp_path: Path, articles: Path, runs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each run an ingest in its own process, killed at its `kill_at`-th write point."""
    spec = tmp_path / "spec.json"
    args = [str(articles), "--shard-size", str(SHARD_LINES), "-q"]
    spec.write_text(json.dumps({"args": args, "runs": runs}), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(DRIVER), str(spec)], capture_output=True, text=True, timeout=900
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: list[dict[str, Any]] = json.loads(spec.read_text(encoding="utf-8"))["runs"]
    return result


def contents(db: str) -> dict[str, Any]:
    """What must come out the same: the pipeline's output tables, row by row."""
    d, e, m, s = tables.documents, tables.events, tables.merged_events, tables.event_sources
    with Store(db) as store, store.engine.connect() as conn:
        return {
            "documents": sorted(conn.execute(select(d.c.id, d.c.text_hash)).all()),
            "events": sorted(conn.execute(select(e.c.id, e.c.document_id)).all()),
            "merged": sorted(conn.execute(select(m.c.id, m.c.record_json)).all()),
            "sources": sorted(conn.execute(select(s.c.merged_id, s.c.event_id)).all()),
            "unlinked": conn.execute(select(d.c.id).where(tables.UNLINKED)).all(),
        }


def test_kill_at_every_write_point_then_resume_gives_the_uninterrupted_database(
    tmp_path: Path, db_url: str, another_db: Callable[[str], str]
) -> None:
    articles = corpus(tmp_path, 3)
    runs = [
        {"db": db_url if k == 0 else another_db(f"killed-{k}"), "trace": str(tmp_path / f"{k}.txt")}
        | {"kill_at": k}
        for k in range(len(POINTS) + 1)
    ]
    runs = crash_runs(tmp_path, articles, runs)
    reference = runs[0]
    assert reference["status"] == 0
    assert Path(reference["trace"]).read_text(encoding="utf-8").split() == POINTS
    expected = contents(db_url)
    assert expected["merged"] and expected["sources"] and not expected["unlinked"]

    for run in runs[1:]:
        kill_at, name = run["kill_at"], POINTS[run["kill_at"] - 1]
        assert run["status"] == -9, name
        assert Path(run["trace"]).read_text(encoding="utf-8").split() == POINTS[:kill_at]
        summary = ingest_paths([str(articles)], db=run["db"], shard_lines=SHARD_LINES)
        assert not summary.failed, summary.messages
        assert contents(run["db"]) == expected, f"after kill -9 at write point {kill_at} ({name})"
