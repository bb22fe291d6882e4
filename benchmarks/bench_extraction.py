"""Main-text extraction quality and front-stage throughput on the article-extraction dev set.

Scores eventwire's front (decode + trafilatura + repair + language id) against plain trafilatura,
side by side on the same pages, the way scrapinghub's article-extraction-benchmark does:
`\\w+` tokens, 4-token shingles compared as multisets per page, precision and recall averaged
over pages, F1 of the averages. Also times the whole front on one core.

    .venv/bin/python benchmarks/bench_extraction.py [--data DIR] [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import trafilatura
from trafilatura.settings import Document

from eventwire.errors import InputError
from eventwire.extract.decode import decode_bytes
from eventwire.extract.html import _OPTIONS, _paragraphs, extract_article, warm_up
from eventwire.records import RawPage
from eventwire.repair.language import detect_language
from eventwire.repair.text import repair_text

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
RESULTS = Path(__file__).resolve().parent / "results" / "extraction.md"
_TOKEN = re.compile(r"\w+")

Counts = tuple[float, float, float]


def _shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(
        tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n]
    )


def shingle_counts(true: str, pred: str) -> Counts:
    """True positives, false positives, false negatives over shingles, normalised to sum 1."""
    gold, guess = _shingles(true), _shingles(pred)
    tp = float(sum((gold & guess).values()))
    fp = float(sum((guess - gold).values()))
    fn = float(sum((gold - guess).values()))
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def score(gold: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    """Precision and recall averaged over pages, F1 of the averages (the benchmark's metric)."""
    counts = [shingle_counts(gold[key], predicted.get(key, "")) for key in gold]
    precision = statistics.mean(_precision(*c) for c in counts if c[0] + c[1] > 0)
    recall = statistics.mean(_recall(*c) for c in counts if c[0] + c[2] > 0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def _load(data: Path, limit: int | None) -> tuple[list[dict[str, str]], dict[str, str]]:
    folder = data / "extraction"
    rows = [json.loads(line) for line in (folder / "ground_truth.jsonl").open(encoding="utf-8")]
    if limit:
        rows = rows[:limit]
    stored = {}
    for line in (folder / "trafilatura.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        stored[row["id"]] = row["body"] or ""
    return rows, stored


def _timed(
    pages: dict[str, bytes], run: Callable[[str, bytes], str]
) -> tuple[dict[str, str], dict[str, float]]:
    out: dict[str, str] = {}
    seconds: dict[str, float] = {}
    for key, raw in pages.items():
        start = time.process_time()
        out[key] = run(key, raw)
        seconds[key] = time.process_time() - start
    return out, seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="first N pages only")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)

    rows, stored = _load(args.data, args.limit)
    gold = {row["id"]: row["body"] for row in rows}
    urls = {row["id"]: row["url"] for row in rows}
    html_dir = args.data / "extraction" / "html"
    pages = {key: gzip.decompress((html_dir / f"{key}.html.gz").read_bytes()) for key in gold}
    sizes = sorted(len(raw) for raw in pages.values())

    # Per-process start-up (models, stoplists, time-zone tables) is not per-page work.
    warm_up()
    first = next(iter(pages))
    extract_article(RawPage(first, pages[first], "html", url=urls[first]))

    def plain(key: str, raw: bytes) -> str:
        return trafilatura.extract(raw.decode("utf-8"), url=urls[key]) or ""

    def tuned_only(key: str, raw: bytes) -> str:
        text = decode_bytes(raw, key, html=True)
        doc = trafilatura.bare_extraction(text, url=urls[key], **_OPTIONS)
        return _paragraphs(doc.text or "") if isinstance(doc, Document) else ""

    def front(fast: bool) -> Callable[[str, bytes], str]:
        def run(key: str, raw: bytes) -> str:
            try:
                page = RawPage(key, raw, "html", url=urls[key])
                return extract_article(page, fast=fast).text
            except InputError as exc:  # a page the front refuses scores as empty
                print(exc, file=sys.stderr)
                return ""

        return run

    plain_out, plain_s = _timed(pages, plain)
    tuned_out, _ = _timed(pages, tuned_only)
    ours_out, ours_s = _timed(pages, front(fast=False))
    fast_out, fast_s = _timed(pages, front(fast=True))
    start = time.process_time()
    for text in tuned_out.values():
        repair_text(text)
    repair_ms = (time.process_time() - start) / len(tuned_out) * 1000
    start = time.process_time()
    for text in ours_out.values():
        detect_language(text)
    lang_ms = (time.process_time() - start) / len(ours_out) * 1000

    results = [
        ("trafilatura 2.0.0, stored by the benchmark", score(gold, {k: stored[k] for k in gold})),
        (f"trafilatura {trafilatura.__version__}, defaults, run now", score(gold, plain_out)),
        ("trafilatura with eventwire's settings, no repair", score(gold, tuned_out)),
        ("**eventwire front** (`extract_article`, default)", score(gold, ours_out)),
        ("eventwire front, `fast=True`", score(gold, fast_out)),
    ]

    def per_second(seconds: dict[str, float], keys: list[str]) -> float:
        total = sum(seconds[k] for k in keys)
        return len(keys) / total if total else float("inf")

    buckets = [
        ("< 50 KB", 0, 50_000),
        ("50–150 KB", 50_000, 150_000),
        ("≥ 150 KB", 150_000, 10**12),
        ("all pages", 0, 10**12),
    ]
    speed_rows: list[tuple[str, int, float, float, float, float]] = []
    for label, low, high in buckets:
        keys = [k for k, raw in pages.items() if low <= len(raw) < high]
        if keys:
            median_kb = statistics.median(len(pages[k]) for k in keys) / 1000
            rates = [per_second(timing, keys) for timing in (ours_s, fast_s, plain_s)]
            speed_rows.append((label, len(keys), median_kb, rates[0], rates[1], rates[2]))

    command = "    .venv/bin/python benchmarks/bench_extraction.py" + (
        f" --limit {args.limit}" if args.limit else ""
    )
    lines = [
        "## Front of the pipeline: main-text extraction and throughput",
        "",
        f"Article-extraction dev set ({len(gold)} pages, `extraction/`), scored like the "
        "benchmark's `evaluate.py` (`\\w+` tokens, 4-token shingles as multisets per page, P and R "
        "averaged over pages, F1 of the averages).",
        "",
        "| extractor | precision | recall | F1 |",
        "|---|---|---|---|",
    ]
    for name, m in results:
        lines.append(f"| {name} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} |")
    lines += [
        "",
        "Throughput on one core (CPU time of one process, pages per second, after `warm_up()`, "
        "the once-per-process loading a stage does in its setup). The eventwire columns "
        "are the whole front: decode, trafilatura with metadata and publication date, repair, "
        "language id. Page size is the uncompressed HTML.",
        "",
        "| pages | n | median size | eventwire (default) | eventwire `fast=True` "
        "| plain `trafilatura.extract` |",
        "|---|---|---|---|---|---|",
    ]
    for label, n, median_kb, ours, fast_rate, plain_rate in speed_rows:
        lines.append(
            f"| {label} | {n} | {median_kb:.0f} KB | {ours:.1f}/s | {fast_rate:.1f}/s "
            f"| {plain_rate:.1f}/s |"
        )
    lines += [
        "",
        f"Of which repair: {repair_ms:.2f} ms per article; language id: {lang_ms:.2f} ms per "
        f"article. Page sizes: median {statistics.median(sizes) / 1000:.0f} KB, "
        f"min {sizes[0] / 1000:.0f} KB, max {sizes[-1] / 1000:.0f} KB.",
        "",
        "Command:",
        "",
        command,
        "",
    ]
    report = "\n".join(lines)
    print(report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
