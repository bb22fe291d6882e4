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
    from eventwire.api import demo_corpus_path, ingest_paths

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


# -- the dashboard on a 50,000-event database (#17) -------------------------------------------
# A real `eventwire serve` and Debian's Chromium (Playwright) on a synthetic database written
# from our own templates (benchmarks/synthetic_events.py). First load: navigation start to the
# first full render of map, summary, timeline and list. A filter: the form's change to the
# render of its answers. Each filter is a new question, and the server runs with
# --no-page-cache, so every answer is computed: the figures are the uncached worst case.

DASHBOARD_EVENTS = 50_000
DASHBOARD_TARGET_FILTER_MS = 300.0
DASHBOARD_TARGET_FIRST_LOAD_MS = 1000.0
DASHBOARD_FILTERS: list[tuple[str, str, str]] = [
    # (description, form field, value): applied one after the other, as an analyst would.
    ("type ASSAULT", "type", "ASSAULT"),
    ("country IRQ", "country", "IRQ"),
    ("since 2020-01-01", "since", "2020-01-01"),
    ("country cleared", "country", ""),
    ("ACLED Protests", "acled_type", "Protests"),
    ("type cleared", "type", ""),
    ("actor police", "actor", "police"),
    ("evidence words", "q", "market"),
    ("modality any", "modality", "any"),
    ("everything cleared", "reset", ""),
]


def _serve_dashboard(db: str, page_cache: bool) -> tuple[subprocess.Popen[str], str]:
    port = free_port()
    command = [str(Path(sys.executable).with_name("eventwire")), "serve", "--db", db]
    command += ["--host", "127.0.0.1", "--port", str(port)]
    command.append("--page-cache" if page_cache else "--no-page-cache")
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    wait_ready(base)
    return server, base


def _apply(page: Any, field: str, value: str) -> None:
    if field == "reset":
        page.click("#filters button[type=reset]")
    elif field in ("type", "acled_type", "modality"):
        page.select_option(f"select[name={field}]", value)
    else:
        page.fill(f"input[name={field}]", value)
        page.press(f"input[name={field}]", "Enter")
    page.wait_for_selector("main[aria-busy=false]", state="attached", timeout=60000)


_SLOWEST_ANSWER = """() => Math.max(0, ...performance.getEntriesByType('resource')
    .filter(e => e.name.includes('/api/')).map(e => e.responseEnd - e.startTime))"""
"""The slowest API answer of a refresh, as the browser waited for it (requests run in parallel)."""


def dashboard_timings(db: str, rounds: int) -> dict[str, Any]:
    """First loads and filter applications in Chromium; durations in ms, from the page's own
    performance measures (ew-first-load, ew-refresh)."""
    from playwright.sync_api import sync_playwright

    server, base = _serve_dashboard(db, page_cache=False)
    first_loads: list[float] = []
    filters: dict[str, list[float]] = {name: [] for name, _, _ in DASHBOARD_FILTERS}
    servers: dict[str, list[float]] = {name: [] for name, _, _ in DASHBOARD_FILTERS}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path="/usr/bin/chromium",
                args=["--headless", "--no-sandbox", "--disable-gpu"],
            )
            # One load not reported: the server's first requests import and connect.
            warm = browser.new_context(viewport={"width": 1440, "height": 900}).new_page()
            warm.goto(base + "/?q=warmup")
            warm.wait_for_selector("body[data-loaded='1']", state="attached", timeout=60000)
            warm.context.close()
            for _ in range(rounds):
                context = browser.new_context(viewport={"width": 1440, "height": 900})
                page = context.new_page()
                page.goto(base + "/")
                page.wait_for_selector("body[data-loaded='1']", state="attached", timeout=60000)
                first_loads.append(
                    page.evaluate("() => performance.getEntriesByName('ew-first-load')[0].duration")
                )
                for name, field, value in DASHBOARD_FILTERS:
                    page.evaluate(
                        "() => { performance.clearMeasures('ew-refresh'); "
                        "performance.clearResourceTimings(); }"
                    )
                    _apply(page, field, value)
                    filters[name].append(
                        page.evaluate(
                            "() => performance.getEntriesByName('ew-refresh').at(-1).duration"
                        )
                    )
                    servers[name].append(page.evaluate(_SLOWEST_ANSWER))
                context.close()
            browser.close()
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    return {"first_loads": first_loads, "filters": filters, "servers": servers}


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def dashboard_section(db: str | None, rounds: int) -> str:
    """Measure the dashboard and write benchmarks/results/serve_dashboard.md; returns the text."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from synthetic_events import build

    url = db or build(REPO / ".bench" / "dashboard-50k.sqlite", DASHBOARD_EVENTS)
    from eventwire.store.store import Store

    with Store(url) as store:
        counts = store.counts()
    timings = dashboard_timings(url, rounds)
    load = os.getloadavg()[0]
    first = timings["first_loads"]
    lines = [
        "## serve: the dashboard on a 50,000-event database",
        "",
        f"A synthetic database written from our own templates (`benchmarks/synthetic_events.py`: "
        f"{counts['merged_events']:,} merged events from {counts['documents']:,} articles, about "
        "3,000 towns, 2016-2024, SQLite), served by `eventwire serve --no-page-cache` (every "
        "answer computed, none from memory) and driven in Debian's Chromium at 1440x900 through "
        "Playwright. Times are the page's own measures: first load from navigation start to the "
        "first full render of map, summary, timeline and list; a filter from the form's change to "
        f"the render of its answers. {rounds} rounds; this machine's {os.cpu_count()} cores are "
        f"shared with other work (load average {load:.1f} at the end). Targets: first load < "
        f"{DASHBOARD_TARGET_FIRST_LOAD_MS:.0f} ms, each filter <= "
        f"{DASHBOARD_TARGET_FILTER_MS:.0f} ms.",
        "",
        "The slowest answer is the longest of the refresh's parallel API requests as the "
        "browser waited for it (server and transfer); the rest of a filter's time is drawing.",
        "",
        "| step | median (ms) | max (ms) | slowest answer, median (ms) | target met (median) |",
        "|---|---:|---:|---:|:---:|",
        f"| first load | {_median(first):.0f} | {max(first):.0f} | | "
        f"{'yes' if _median(first) < DASHBOARD_TARGET_FIRST_LOAD_MS else 'no'} |",
    ]
    for name, values in timings["filters"].items():
        ok = _median(values) <= DASHBOARD_TARGET_FILTER_MS
        answer = _median(timings["servers"][name])
        lines.append(
            f"| filter: {name} | {_median(values):.0f} | {max(values):.0f} | {answer:.0f} "
            f"| {'yes' if ok else 'no'} |"
        )
    every = [v for values in timings["filters"].values() for v in values]
    answers = [v for values in timings["servers"].values() for v in values]
    lines += [
        f"| every filter | {_median(every):.0f} | {max(every):.0f} | {_median(answers):.0f} | "
        f"{'yes' if _median(every) <= DASHBOARD_TARGET_FILTER_MS else 'no'} |",
        "",
        "Command:",
        "",
        "    .venv/bin/python benchmarks/bench_serve.py --dashboard-only "
        + (f"--rounds {rounds}" if rounds != 3 else ""),
        "",
    ]
    report = "\n".join(lines)
    out = REPO / "benchmarks" / "results" / "serve_dashboard.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report, encoding="utf-8")
    return report


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
    parser.add_argument(
        "--dashboard-only",
        action="store_true",
        help="Only the dashboard's first load and filters on a 50,000-event database.",
    )
    parser.add_argument("--skip-dashboard", action="store_true", help="Only the wrk load check.")
    parser.add_argument(
        "--dashboard-db",
        default=None,
        help="Database for the dashboard check (default: synthetic).",
    )
    parser.add_argument("--rounds", type=int, default=3, help="Dashboard rounds.")
    args = parser.parse_args()
    if args.dashboard_only:
        print(dashboard_section(args.dashboard_db, args.rounds))
        return 0

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
    if not args.skip_dashboard:
        print(dashboard_section(args.dashboard_db, args.rounds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
