"""Ingest at scale: resuming after SIGKILL, local worker processes and a local Dask cluster."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from eventwire.python_api import demo_corpus_path, ingest_paths
from eventwire.store import tables
from eventwire.store.store import Store

pytestmark = pytest.mark.slow


def corpus(tmp_path: Path, n: int) -> Path:
    lines = demo_corpus_path().read_text(encoding="utf-8").splitlines()[:n]
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def count(store: Store, table: object) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]


def test_a_killed_ingest_resumes_and_stores_every_article_once(tmp_path: Path, db_url: str) -> None:
    articles = corpus(tmp_path, 24)
    command = [
        sys.executable,
        "-m",
        "eventwire",
        "ingest",
        str(articles),
        "--db",
        db_url,
        "--shard-size",
        "3",
        "-q",
    ]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    store = Store(db_url)
    deadline = time.monotonic() + 300
    while count(store, tables.shards) < 2:
        assert proc.poll() is None, "the ingest finished before it could be killed"
        assert time.monotonic() < deadline, "no shard completed in time"
        time.sleep(0.2)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    stored_before = count(store, tables.documents)
    assert 6 <= stored_before < 24

    rerun = subprocess.run(command[:-1], capture_output=True, text=True, check=False)
    assert rerun.returncode == 0, rerun.stderr
    assert "shards already stored (skipped):" in rerun.stderr
    assert count(store, tables.documents) == 24
    assert count(store, tables.shards) == 8
    with store.engine.connect() as conn:
        ids = conn.execute(select(tables.documents.c.id)).scalars().all()
    assert len(ids) == len(set(ids)) == 24
    assert count(store, tables.merged_events) > 0
    store.close()


def test_workers_and_dask_store_what_one_process_stores(tmp_path: Path) -> None:
    articles = corpus(tmp_path, 6)
    results = {}
    for name, options in {
        "serial": {},
        "workers": {"workers": 2},
        "dask": {"dask": "local", "workers": 1},
    }.items():
        db = f"sqlite:///{tmp_path / name}.sqlite"
        summary = ingest_paths([str(articles)], db=db, shard_lines=2, **options)  # type: ignore[arg-type]
        assert summary.stored == 6 and not summary.failed, summary.messages
        with Store(db) as store:
            results[name] = sorted(d["id"] for d in store.documents())
    assert results["serial"] == results["workers"] == results["dask"]
