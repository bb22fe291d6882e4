"""Main-text extraction quality and front-stage throughput on the article-extraction dev set.

Scores eventwire's front (decode + trafilatura + repair + language id) against plain trafilatura,
side by side on the same pages, the way scrapinghub's article-extraction-benchmark does:
`\\w+` tokens, 4-token shingles compared as multisets per page, precision and recall averaged
over pages, F1 of the averages. Also times the whole front on one core.

    .venv/bin/python benchmarks/bench_extraction.py [--data DIR] [--limit N] [--repeat K]

Times are CPU time of this process, the least of K runs of each page (other processes on a
shared machine slow a run down; they never speed it up), the extractors taking turns page by page.
Quality is also given for each side of the fixed tune/check split (`benchmarks/splits.py`).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import trafilatura
import trafilatura.core
from parts import measure, split, table
from trafilatura.settings import Document
from trafilatura.utils import load_html

import eventwire.extract.meta
from eventwire.errors import InputError
from eventwire.extract.decode import decode_bytes
from eventwire.extract.html import (
    _drop_title_line,
    _paragraphs,
    _repost_link,
    extract_article,
    warm_up,
)
from eventwire.extract.main_text import _OPTIONS, main_text
from eventwire.extract.meta import page_metadata
from eventwire.records import RawPage
from eventwire.repair.language import detect_language
from eventwire.repair.text import repair_text
from eventwire.settings import Settings

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
    pages: dict[str, bytes], runs: dict[str, Callable[[str, bytes], str]], repeat: int
) -> dict[str, tuple[dict[str, str], dict[str, float]]]:
    """Each run's output and least CPU time per page. The runs take turns, page by page, so a
    burst of load from other processes falls on all of them alike rather than on one column."""
    out: dict[str, dict[str, str]] = {name: {} for name in runs}
    best: dict[str, dict[str, float]] = {name: {} for name in runs}
    names = list(runs)
    for turn in range(repeat):
        order = names[turn % len(names) :] + names[: turn % len(names)]  # none always goes first
        for key, raw in pages.items():
            for name in order:
                run = runs[name]
                start = time.process_time()
                out[name][key] = run(key, raw)
                spent = time.process_time() - start
                best[name][key] = min(best[name].get(key, spent), spent)
    return {name: (out[name], best[name]) for name in runs}


# Parts timed inside a step (module, function, label); inclusive, so nested calls overlap.
_PARTS = (
    (eventwire.extract.meta, "extract_author", "metadata: byline search in the page body"),
    (eventwire.extract.meta, "find_date", "metadata: publication date (htmldate)"),
    (trafilatura.core, "extract_content", "main text: trafilatura's own extractor"),
    (trafilatura.core, "html2txt", "main text: page-text measure for its recall escalation"),
    (trafilatura.core, "compare_extraction", "main text: readability/justext fallbacks"),
)
_STEPS = (
    "decode",
    "parse (lxml, trafilatura.load_html)",
    "repost link",
    "metadata (trafilatura + htmldate)",
    "main text (trafilatura)",
    "repair",
    "language id",
)


def _step_times(
    pages: dict[str, bytes], urls: dict[str, str], repeat: int
) -> tuple[dict[str, float], dict[str, int]]:
    """CPU seconds per step of the default front, summed over pages (each page's least of
    `repeat` runs per step), and each page's element count once scripts, styles and SVG are
    dropped (what trafilatura walks)."""
    elements: dict[str, int] = {}
    spent: defaultdict[str, float] = defaultdict(float)  # the current run of the current page
    least: dict[tuple[str, str], float] = {}

    def timer(label: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[label] += time.process_time() - start

        return timed

    originals = [(module, name, getattr(module, name)) for module, name, _ in _PARTS]
    for (module, name, function), (_, _, label) in zip(originals, _PARTS, strict=True):
        setattr(module, name, timer(label, function))
    steps: tuple[Callable[..., Any], ...] = (
        decode_bytes,
        load_html,
        _repost_link,
        page_metadata,
        main_text,
        repair_text,
        detect_language,
    )
    step = {label: timer(label, function) for label, function in zip(_STEPS, steps, strict=True)}
    lexicon = Settings().lexicon()
    try:
        for _ in range(repeat):
            for key, raw in pages.items():
                spent.clear()
                url = urls[key]
                tree = step[_STEPS[1]](step[_STEPS[0]](raw, key, html=True))
                step[_STEPS[2]](tree, url, lexicon)
                meta = step[_STEPS[3]](tree, url)
                text = step[_STEPS[4]](tree, url)
                elements[key] = sum(1 for _ in tree.iter())
                repaired = step[_STEPS[5]](_drop_title_line(_paragraphs(text), meta.title))
                step[_STEPS[6]](repaired.text)
                for label, seconds in spent.items():
                    least[label, key] = min(least.get((label, key), seconds), seconds)
    finally:
        for module, name, function in originals:
            setattr(module, name, function)
    totals: defaultdict[str, float] = defaultdict(float)
    for (label, _), seconds in least.items():
        totals[label] += seconds
    return dict(totals), elements


def _line_fit(xs: list[float], ys: list[float]) -> tuple[float, float]:
    """Theil-Sen line y = a + b * x (median of pairwise slopes): fixed cost a, cost b per unit
    of x; a few pages that fall back to slower paths do not tilt it, as they do least squares."""
    pairs = list(zip(xs, ys, strict=True))
    slopes = [
        (y2 - y1) / (x2 - x1)
        for i, (x1, y1) in enumerate(pairs)
        for x2, y2 in pairs[i + 1 :]
        if x2 != x1
    ]
    slope = statistics.median(slopes) if slopes else 0.0
    return statistics.median(y - slope * x for x, y in pairs), slope


def _correlation(xs: list[float], ys: list[float]) -> float:
    return statistics.correlation(xs, ys) if len(xs) > 2 else float("nan")


def _size_lines(
    pages: dict[str, bytes], seconds: dict[str, float], elements: dict[str, int]
) -> list[str]:
    """What page size reaches 100 pages/s: time against HTML bytes and against elements."""
    keys = list(seconds)
    kb = [len(pages[k]) / 1000 for k in keys]
    count = [float(elements[k]) for k in keys]
    ms = [seconds[k] * 1000 for k in keys]
    fixed, per_element = _line_fit(count, ms)
    limit = (10.0 - fixed) / per_element if per_element > 0 else float("inf")
    fast_keys = [k for k in keys if seconds[k] <= 0.010]
    fast_sizes = ", ".join(
        f"{len(pages[k]) / 1000:.0f} KB/{elements[k]} elements" for k in fast_keys[:6]
    )
    median_elements = statistics.median(count)
    reach = (
        f"100 pages/s (10 ms a page) needs pages of about {limit:.0f} elements or fewer"
        if limit > 0
        else f"By this fit, 100 pages/s (10 ms a page) is out of reach at any size: its fixed cost is "
        f"{fixed:.1f} ms"
    )
    return [
        f"Time per page follows the number of HTML elements left once scripts, styles and SVG "
        f"are dropped (correlation {_correlation(count, ms):.2f}) far more than the HTML's bytes "
        f"({_correlation(kb, ms):.2f}): about {fixed:.1f} ms + {per_element * 1000:.1f} ms per "
        f"1000 elements (median-based line fit, default front). {reach}; the median page has "
        f"{median_elements:.0f} elements ({fixed + per_element * median_elements:.0f} ms). "
        f"{len(fast_keys)} of {len(keys)} pages reached 100 pages/s"
        + (f" ({fast_sizes})." if fast_keys else "."),
    ]


def _breakdown_lines(spent: dict[str, float], n: int) -> list[str]:
    total = sum(spent.get(label, 0.0) for label in _STEPS)
    lines = [
        "Where the time of the default front goes (ms per page, CPU time, each step's least of "
        "the runs of each page, so the steps add up to a little less than the front's own time; "
        "sub-rows are parts of the step above them):",
        "",
        "| step | ms per page | share |",
        "|---|---|---|",
    ]
    for label in _STEPS:
        lines.append(
            f"| {label} | {spent.get(label, 0.0) / n * 1000:.1f} | "
            f"{spent.get(label, 0.0) / total:.0%} |"
        )
        for _, _, part in _PARTS:
            if label.startswith(part.split(":")[0]) and part in spent:
                lines.append(
                    f"| · {part.split(': ')[1]} | {spent[part] / n * 1000:.1f} | "
                    f"{spent[part] / total:.0%} |"
                )
    lines.append(f"| **total** | **{total / n * 1000:.1f}** | |")
    library = sum(spent.get(label, 0.0) for label in _STEPS[1:5] if label != "repost link")
    lines += [
        "",
        f"The parse and trafilatura's two steps (metadata, main text) alone take "
        f"{library / n * 1000:.1f} ms a page: at most {n / library:.0f} pages/s on one core with "
        "trafilatura, whatever the rest of the front costs.",
    ]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None, help="first N pages only")
    parser.add_argument("--repeat", type=int, default=3, help="runs per page, least time kept")
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
        doc = trafilatura.bare_extraction(text, url=urls[key], **_OPTIONS, fast=False)
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

    tuned_out = _timed(pages, {"tuned": tuned_only}, 1)["tuned"][0]
    timed = _timed(
        pages, {"plain": plain, "ours": front(fast=False), "fast": front(fast=True)}, args.repeat
    )
    (plain_out, plain_s), (ours_out, ours_s), (fast_out, fast_s) = (
        timed["plain"],
        timed["ours"],
        timed["fast"],
    )
    spent, elements = _step_times(pages, urls, args.repeat)

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

    command = (
        "    .venv/bin/python benchmarks/bench_extraction.py"
        + (f" --limit {args.limit}" if args.limit else "")
        + (f" --repeat {args.repeat}" if args.repeat != 3 else "")
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
    sides = split("extraction", list(gold), lambda key: key)

    def quality(output: dict[str, str], name: str) -> dict[str, float | None]:
        return measure(sides, lambda keys: score({k: gold[k] for k in keys}, output)[name])

    lines += [
        "",
        "eventwire front (default) on each side of the fixed tune/check split "
        f"(pages: tune {len(sides['tune'])}, check {len(sides['check'])}):",
        "",
        *table(
            [
                ("precision", quality(ours_out, "precision"), ""),
                ("recall", quality(ours_out, "recall"), ""),
                ("F1", quality(ours_out, "f1"), ""),
                ("plain trafilatura F1 (for reference)", quality(plain_out, "f1"), ""),
            ]
        ),
    ]
    lines += [
        "",
        "Throughput on one core (CPU time of one process, pages per second, least of "
        f"{args.repeat} runs of each page, after `warm_up()`, the once-per-process loading a "
        "stage does in its setup). The eventwire columns "
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
        f"Page sizes: median {statistics.median(sizes) / 1000:.0f} KB, "
        f"min {sizes[0] / 1000:.0f} KB, max {sizes[-1] / 1000:.0f} KB.",
        "",
        *_breakdown_lines(spent, len(pages)),
        "",
        *_size_lines(pages, ours_s, elements),
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
