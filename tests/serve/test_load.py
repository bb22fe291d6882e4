"""Serving under load (#19): reads queued per process, answers computed once for a crowd,
reading connections tuned, several server processes, and the fast path's JSON as documented."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from eventwire.errors import UsageError
from eventwire.serve.app import SERVE_ENV, app_from_environment, create_app
from eventwire.serve.cache import PageCache
from eventwire.serve.models import EventPage
from eventwire.serve.params import READ_THREADS, run_read
from eventwire.store.store import READ_CACHE_KIB, READ_MMAP_BYTES


def test_the_fast_paths_json_is_the_documented_models_json(serve_db: str) -> None:
    """Pages are sent as the stored records' text, never through the response model: the text
    must be exactly what the model would have written, field for field."""
    with TestClient(create_app(serve_db)) as client:
        for params in ({"limit": 500}, {"limit": 3, "modality": "any"}, {"type": "ASSAULT"}):
            body = client.get("/api/events", params=params).json()
            assert body["items"], params
            modelled = EventPage.model_validate(body).model_dump(mode="json", exclude_unset=True)
            assert modelled == body


def _sqlite_engine(tmp_path: Path) -> Any:
    engine = create_engine(f"sqlite:///{tmp_path / 'db.sqlite'}")
    with engine.begin() as conn:
        conn.execute(text("PRAGMA journal_mode=WAL"))
        conn.execute(text("CREATE TABLE t (x INTEGER)"))
    return engine


def test_a_crowd_asking_one_question_gets_one_computed_answer(tmp_path: Path) -> None:
    engine = _sqlite_engine(tmp_path)  # held: a collected engine's last close rewrites the files
    cache = PageCache(engine)
    computed = 0

    async def compute() -> bytes:
        nonlocal computed
        computed += 1
        await asyncio.sleep(0.05)
        return b"answer"

    async def crowd() -> list[bytes]:
        return await asyncio.gather(*(cache.answer("q=1", compute) for _ in range(20)))

    assert asyncio.run(crowd()) == [b"answer"] * 20
    assert computed == 1
    assert cache.get("q=1") == b"answer"  # and kept for the next one


def test_a_failed_answer_fails_every_waiter_and_is_not_kept(tmp_path: Path) -> None:
    engine = _sqlite_engine(tmp_path)  # held: a collected engine's last close rewrites the files
    cache = PageCache(engine)

    async def compute() -> bytes:
        await asyncio.sleep(0.01)
        raise ValueError("bad cursor")

    async def crowd() -> list[Any]:
        return await asyncio.gather(
            *(cache.answer("q=2", compute) for _ in range(5)), return_exceptions=True
        )

    assert all(isinstance(r, ValueError) for r in asyncio.run(crowd()))
    assert cache.get("q=2") is None


def test_without_a_cache_every_request_is_computed() -> None:
    cache = PageCache(create_engine("sqlite://"))
    computed = 0

    async def compute() -> bytes:
        nonlocal computed
        computed += 1
        return b"x"

    async def twice() -> None:
        await cache.answer("a", compute)
        await cache.answer("a", compute)

    asyncio.run(twice())
    assert computed == 2


def test_reads_run_at_most_read_threads_at_once_and_all_finish() -> None:
    request: Any = SimpleNamespace(app=SimpleNamespace(state=SimpleNamespace()))
    lock = threading.Lock()
    running = most = 0

    def read(i: int) -> int:
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        time.sleep(0.02)
        with lock:
            running -= 1
        return i

    async def many() -> list[int]:
        return await asyncio.gather(*(run_read(request, read, i) for i in range(4 * READ_THREADS)))

    assert asyncio.run(many()) == list(range(4 * READ_THREADS))
    assert 1 < most <= READ_THREADS


def test_reading_connections_map_the_file_and_only_read(serve_db: str) -> None:
    app = create_app(serve_db)
    try:
        with app.state.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA query_only").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA mmap_size").scalar() == READ_MMAP_BYTES
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -READ_CACHE_KIB
    finally:
        app.state.close()


def test_a_worker_needs_to_be_told_its_database(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SERVE_ENV["db"], raising=False)
    with pytest.raises(UsageError, match="EW004"):
        app_from_environment()


def _eventwire(*args: str, **kwargs: Any) -> Any:
    command = [str(Path(sys.executable).with_name("eventwire")), *args]
    return subprocess.Popen(command, stderr=subprocess.PIPE, text=True, **kwargs)


def test_several_workers_refuse_writes(serve_db: str) -> None:
    process = _eventwire("serve", "--db", serve_db, "--workers", "2", "--write-token", "t")
    _, err = process.communicate(timeout=60)
    assert process.returncode == 2
    assert "--workers" in err and "one worker" in err


@pytest.mark.slow
def test_several_workers_serve_one_database(serve_db: str) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if k != "EVENTWIRE_WRITE_TOKEN"}
    args = ("serve", "--db", serve_db, "--workers", "2", "--port", str(port))
    process = _eventwire(*args, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(base + "/api/health", timeout=5) as r:
                    assert json.load(r)["status"] == "ok"
                break
            except OSError:
                assert process.poll() is None, process.stderr.read() if process.stderr else ""
                assert time.monotonic() < deadline, "the server did not start"
                time.sleep(0.3)
        for _ in range(6):
            with urllib.request.urlopen(base + "/api/events?limit=2", timeout=10) as r:
                assert len(json.load(r)["items"]) == 2
    finally:
        process.terminate()
        _, err = process.communicate(timeout=30)
    assert "with 2 workers" in err


def test_an_answer_computed_across_a_change_is_not_kept(tmp_path: Path) -> None:
    engine = _sqlite_engine(tmp_path)
    cache = PageCache(engine)

    async def compute() -> bytes:
        with engine.begin() as conn:  # the database changes while the answer is made
            conn.execute(text("INSERT INTO t VALUES (1)"))
        return b"old"

    assert asyncio.run(cache.answer("q=3", compute)) == b"old"
    assert cache.get("q=3") is None
