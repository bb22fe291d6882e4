"""Scaling, resuming and concurrency of `eventwire ingest`.

1. Speed-up: the same articles ingested with 1 and 2 local worker processes and on a local Dask
   cluster of 1 and 2 workers (wall time, start-up included, into fresh SQLite files).
2. Resume: an ingest of a few hundred articles is killed with SIGKILL midway, then rerun; every
   article must be stored exactly once (SQLite, and PostgreSQL when a server is given).
3. Concurrency: two ingest processes on overlapping inputs into one PostgreSQL database.

    .venv/bin/python benchmarks/bench_scale.py [--limit 200] [--postgres postgresql://...]

Without --postgres it uses $EVENTWIRE_TEST_POSTGRES (see scripts/pg-throwaway.sh), else skips
the PostgreSQL parts and says so.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, func, select, text

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data"
RESULTS = Path(__file__).resolve().parent / "results"
EVENTWIRE = [sys.executable, "-m", "eventwire"]


def write_corpus(data: Path, limit: int, path: Path) -> int:
    rows: list[dict[str, object]] = []
    for name in ("gva_news_sample.jsonl", "gvc.jsonl"):
        with (data / "incidents" / name).open(encoding="utf-8") as fh:
            rows.extend(json.loads(line) for line in fh)
    with path.open("w", encoding="utf-8") as out:
        for r in rows[:limit]:
            out.write(
                json.dumps({"id": r["doc_id"], "text": r["text"], "published": r["dct"]}) + "\n"
            )
    return min(limit, len(rows))


ONE_THREAD = {name: "1" for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}
"""Every run computes on one thread per process, so that N workers means N cores."""


def timed_ingest(corpus: Path, db: str, *options: str) -> float:
    started = time.perf_counter()
    command = [*EVENTWIRE, "ingest", str(corpus), "--db", db, "-q", *options]
    subprocess.run(command, check=True, env=dict(os.environ, **ONE_THREAD))
    return time.perf_counter() - started


def documents(db: str) -> tuple[int, int]:
    """(rows, distinct ids) in the documents table."""
    from eventwire.store.store import normalise_url

    engine = create_engine(normalise_url(db))
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT count(*), count(DISTINCT id) FROM documents")).one()
    engine.dispose()
    return int(rows[0]), int(rows[1])


def shards_done(db: str) -> int:
    from eventwire.store import tables
    from eventwire.store.store import normalise_url

    engine = create_engine(normalise_url(db))
    try:
        with engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(tables.shards)).scalar_one())
    except Exception:  # noqa: BLE001 - the schema may not exist yet
        return 0
    finally:
        engine.dispose()


def kill_and_resume(corpus: Path, db: str, expected: int) -> dict[str, object]:
    command = [*EVENTWIRE, "ingest", str(corpus), "--db", db, "-q", "--shard-size", "16"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while shards_done(db) < 3 and proc.poll() is None:
        time.sleep(0.5)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    before = documents(db)[0]
    started = time.perf_counter()
    subprocess.run(command, check=True, stderr=subprocess.DEVNULL)
    rows, distinct = documents(db)
    return {
        "stored_before_kill": before,
        "rerun_s": time.perf_counter() - started,
        "rows": rows,
        "distinct": distinct,
        "ok": rows == distinct == expected,
    }


def fresh_pg(server: str) -> str:
    from eventwire.store.store import normalise_url

    base = normalise_url(server)
    name = f"bench_{uuid.uuid4().hex[:10]}"
    engine = create_engine(base, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return base.rsplit("/", 1)[0] + "/" + name


def concurrent_ingest(corpus: Path, tmp: Path, server: str, expected: int) -> dict[str, object]:
    lines = corpus.read_text(encoding="utf-8").splitlines()
    two_thirds = len(lines) * 2 // 3
    first, second = tmp / "first.jsonl", tmp / "second.jsonl"
    first.write_text("\n".join(lines[:two_thirds]) + "\n", encoding="utf-8")
    second.write_text("\n".join(lines[len(lines) - two_thirds :]) + "\n", encoding="utf-8")
    db = fresh_pg(server)
    procs = [
        subprocess.Popen(
            [*EVENTWIRE, "ingest", str(p), "--db", db, "-q"], stderr=subprocess.PIPE, text=True
        )
        for p in (first, second)
    ]
    codes = [p.wait() for p in procs]
    rows, distinct = documents(db)
    return {
        "exit_codes": codes,
        "rows": rows,
        "distinct": distinct,
        "ok": rows == distinct == expected and codes == [0, 0],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--postgres", default=os.environ.get("EVENTWIRE_TEST_POSTGRES"))
    args = parser.parse_args()
    lines = [
        "## Scale: workers, Dask, resume after SIGKILL, concurrent ingest",
        "",
        f"Command: `.venv/bin/python benchmarks/bench_scale.py --limit {args.limit}` "
        "(with `EVENTWIRE_TEST_POSTGRES` from `scripts/pg-throwaway.sh` for the PostgreSQL rows)",
        "",
    ]
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        corpus = tmp / "corpus.jsonl"
        n = write_corpus(args.data, args.limit, corpus)
        runs = {
            "1 process": timed_ingest(corpus, f"sqlite:///{tmp}/w1.sqlite"),
            "2 local workers": timed_ingest(corpus, f"sqlite:///{tmp}/w2.sqlite", "--workers", "2"),
            "Dask local, 1 worker": timed_ingest(
                corpus, f"sqlite:///{tmp}/d1.sqlite", "--dask", "--workers", "1"
            ),
            "Dask local, 2 workers": timed_ingest(
                corpus, f"sqlite:///{tmp}/d2.sqlite", "--dask", "--workers", "2"
            ),
        }
        base = runs["1 process"]
        lines += [
            f"{n} gun-violence news articles; wall time including start-up (model loading per worker); "
            f"this machine has 2 cores.",
            "",
            "| run | wall s | articles/s | speed-up vs 1 process |",
            "|---|---|---|---|",
        ]
        lines += [
            f"| {name} | {s:.1f} | {n / s:.1f} | {base / s:.2f}× |" for name, s in runs.items()
        ]
        lines.append("")
        resume = {"SQLite": kill_and_resume(corpus, f"sqlite:///{tmp}/resume.sqlite", n)}
        if args.postgres:
            resume["PostgreSQL"] = kill_and_resume(corpus, fresh_pg(args.postgres), n)
        lines += [
            "Resume: SIGKILL after 3 shards (16 articles each) were stored, then the same command again.",
            "",
            "| store | stored before kill | rows after rerun | distinct ids | rerun s | every article once |",
            "|---|---|---|---|---|---|",
        ]
        lines += [
            f"| {name} | {r['stored_before_kill']} | {r['rows']} | {r['distinct']} | {r['rerun_s']:.1f} | {'yes' if r['ok'] else 'NO'} |"
            for name, r in resume.items()
        ]
        lines.append("")
        if args.postgres:
            c = concurrent_ingest(corpus, tmp, args.postgres, n)
            lines += [
                "Concurrency: two `eventwire ingest` processes at once into one PostgreSQL database, on "
                f"inputs overlapping by a third: exit codes {c['exit_codes']}, {c['rows']} rows, "
                f"{c['distinct']} distinct ids for {n} articles: {'each stored once' if c['ok'] else 'FAILED'}.",
                "",
            ]
        else:
            lines += [
                "PostgreSQL parts skipped: no server given (--postgres or $EVENTWIRE_TEST_POSTGRES).",
                "",
            ]
    report = "\n".join(lines)
    print(report)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "scale.md").write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
