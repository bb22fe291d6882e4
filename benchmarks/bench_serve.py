"""Load check of the REST API: requests/s and p99 latency of the events endpoint, with wrk.

Usage: .venv/bin/python benchmarks/bench_serve.py [--db URL] [--duration S] [--connections 1,8,32]

Starts `eventwire serve` (uvicorn, one worker) on 127.0.0.1 on a free port against the sample
database (the bundled demo corpus, ingested into .bench/serve.sqlite once and reused), then runs
`wrk` (Debian's package) for a fixed time at each concurrency level on
`/api/events?limit=50`. Loopback only; it stops by itself. Target: >= 200 requests/s with p99
under 100 ms. wrk and the server share this machine's cores, so the figures are a floor.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
TARGET_RPS = 200.0
TARGET_P99_MS = 100.0
PATH = "/api/events?limit=50"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def sample_db(path: Path) -> str:
    """The demo corpus ingested into `path` (built once; delete the file to rebuild)."""
    url = f"sqlite:///{path}"
    if path.exists():
        return url
    from eventwire.python_api import demo_corpus_path, ingest_paths

    path.parent.mkdir(parents=True, exist_ok=True)
    print(f"ingesting the sample corpus into {path} ...", file=sys.stderr)
    ingest_paths([str(demo_corpus_path())], db=url)
    return url


def wait_ready(base: str, timeout: float = 60.0) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(base + "/api/health", timeout=2) as r:
                health: dict[str, Any] = json.load(r)
                return health
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def _ms(text: str) -> float:
    m = re.fullmatch(r"([\d.]+)(us|ms|s)", text)
    if not m:
        raise ValueError(f"unexpected wrk latency {text!r}")
    return float(m.group(1)) * _UNITS[m.group(2)]


def run_wrk(url: str, connections: int, duration: int, threads: int) -> dict[str, float]:
    cmd = [
        "wrk",
        f"-t{min(threads, connections)}",
        f"-c{connections}",
        f"-d{duration}s",
        "--timeout",
        "5s",
        "--latency",
        url,
    ]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=duration + 30)
    text = out.stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))  # type: ignore[union-attr]
    p50 = _ms(re.search(r"\s50%\s+(\S+)", text).group(1))  # type: ignore[union-attr]
    p99 = _ms(re.search(r"\s99%\s+(\S+)", text).group(1))  # type: ignore[union-attr]
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    socket_errors = re.search(r"Socket errors:.*", text)
    return {
        "connections": connections,
        "rps": rps,
        "p50_ms": p50,
        "p99_ms": p99,
        "non_2xx": float(errors.group(1)) if errors else 0.0,
        "socket_errors": 1.0 if socket_errors else 0.0,
    }


def measure(
    db: str, cache: str, levels: list[int], duration: int, threads: int
) -> tuple[dict[str, Any], int, list[dict[str, float]]]:
    """Start `eventwire serve` with the given cache flag, load it at each level, stop it."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [str(Path(sys.executable).with_name("eventwire")), "serve", "--db", db]
    command += ["--host", "127.0.0.1", "--port", str(port), cache]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        health = wait_ready(base)
        with urllib.request.urlopen(base + PATH, timeout=5) as r:
            items = len(json.load(r)["items"])
        run_wrk(base + PATH, 4, 2, threads)  # warm-up, not reported
        results = [run_wrk(base + PATH, c, duration, threads) for c in levels]
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    return health, items, results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data",
        type=Path,
        default=REPO.parent / "shared" / "data",
        help="Unused (the load check runs on the bundled sample corpus); kept for uniformity.",
    )
    parser.add_argument("--db", default=None, help="Database URL (default: .bench/serve.sqlite).")
    parser.add_argument("--duration", type=int, default=10, help="Seconds per level.")
    parser.add_argument("--connections", default="1,8,32", help="Concurrency levels.")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads.")
    args = parser.parse_args()

    if shutil.which("wrk") is None:
        print("wrk is not installed: apt-get install -y wrk", file=sys.stderr)
        return 2
    db = args.db or sample_db(REPO / ".bench" / "serve.sqlite")
    levels = [int(c) for c in args.connections.split(",")]
    results: list[tuple[str, dict[str, float]]] = []
    for cache in ("--page-cache", "--no-page-cache"):
        health, items, measured = measure(db, cache, levels, args.duration, args.threads)
        results += [(cache.removeprefix("--"), r) for r in measured]

    load = os.getloadavg()[0]
    counts = health["counts"]
    command = "    .venv/bin/python benchmarks/bench_serve.py " + " ".join(a for a in sys.argv[1:])
    lines = [
        "## serve: REST API load check",
        "",
        f"`GET {PATH}` ({items} events per response) on the sample database "
        f"({counts['documents']} articles, {counts['merged_events']} merged events, SQLite), "
        "served by `eventwire serve` (uvicorn, one worker) on 127.0.0.1 and loaded with "
        f"`wrk -t{args.threads} -cN -d{args.duration}s --latency`, {args.duration} s per level "
        "after a 2 s warm-up. wrk and the server share this machine's CPU cores "
        f"({os.cpu_count()}, shared with other work: load average {load:.1f} at the end). Target: >= {TARGET_RPS:.0f} requests/s with p99 < {TARGET_P99_MS:.0f} ms.",
        "",
        "With `--page-cache` (the default) repeated questions are answered from memory until the "
        "database changes; `--no-page-cache` measures every request going to SQLite.",
        "",
        "| server | connections | requests/s | p50 (ms) | p99 (ms) | non-2xx | target met |",
        "|---|---:|---:|---:|---:|---:|:---:|",
    ]
    for mode, r in results:
        ok = r["rps"] >= TARGET_RPS and r["p99_ms"] < TARGET_P99_MS and not r["non_2xx"]
        lines.append(
            f"| {mode} | {r['connections']:.0f} | {r['rps']:.0f} | {r['p50_ms']:.1f} | {r['p99_ms']:.1f} "
            f"| {r['non_2xx']:.0f} | {'yes' if ok else 'no'} |"
        )
    lines += ["", "Command:", "", command.rstrip(), ""]
    report = "\n".join(lines)
    print(report)
    out = REPO / "benchmarks" / "results" / "serve.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
