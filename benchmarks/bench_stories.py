"""Benchmark of story clustering (`eventwire.dedupe.story_clusters.StoryIndex`) on ECB+.

The ECB+ development documents (topics 1-20) are fed to a fresh `StoryIndex` one by one, in a
fixed order (sorted by document id: ECB+ has no publication dates, so the time window never
applies), and the resulting `story_id`s are scored against the gold sub-topics (each topic has two
seminal events, `<topic>_ecb` and `<topic>_ecbplus`) with B-cubed precision, recall and F1. The
texts are tokenised one sentence per line; they are used as given. Also reported: the same score
against the coarser gold topics, the clustering speed, and, as a check with publication dates
(where the time window applies), the same clustering of the GVC development articles (in order of
their `dct`) against their gold incidents. Every score is also given for each side of the fixed
tune/check split (`benchmarks/splits.py`: by sub-topic, by incident), each side clustered on its
own by a fresh index.

Run: .venv/bin/python benchmarks/bench_stories.py [--data DIR] [--threshold T]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from bench_incidents import bcubed
from parts import measure, split, table

from eventwire.dedupe.story_clusters import StoryIndex

RESULT = Path(__file__).resolve().parent / "results" / "stories.md"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data"
    )
    parser.add_argument("--threshold", type=float, default=None)
    args = parser.parse_args()

    path = args.data / "clustering" / "ecbplus.jsonl"
    rows = sorted(
        (json.loads(line) for line in path.open(encoding="utf-8")), key=lambda r: r["doc_id"]
    )
    index = StoryIndex() if args.threshold is None else StoryIndex(threshold=args.threshold)
    started = time.perf_counter()
    pred = {r["doc_id"]: index.add(r["doc_id"], r["text"]) for r in rows}
    elapsed = time.perf_counter() - started
    sub = {r["doc_id"]: r["subtopic"] for r in rows}
    topic = {r["doc_id"]: str(r["topic"]) for r in rows}
    p, rc, f1 = bcubed(pred, sub)
    tp, tr, tf = bcubed(pred, topic)
    sizes = Counter(Counter(pred.values()).values())

    gvc = sorted(
        (
            json.loads(line)
            for line in (args.data / "incidents" / "gvc.jsonl").open(encoding="utf-8")
        ),
        key=lambda r: (r["dct"], r["doc_id"]),
    )
    dated = StoryIndex(threshold=index.threshold)
    gvc_pred = {r["doc_id"]: dated.add(r["doc_id"], r["text"], r["dct"]) for r in gvc}
    gp, gr, gf = bcubed(gvc_pred, {r["doc_id"]: r["incident_id"] for r in gvc})

    def clustered(gold_key: str, dates: bool, index: int) -> Callable[[list[dict]], float]:
        """B-cubed figure `index` of a fresh index's clustering of some rows."""

        def score(items: list[dict]) -> float:
            fresh = StoryIndex(threshold=index_threshold)
            got = {
                r["doc_id"]: fresh.add(r["doc_id"], r["text"], r["dct"] if dates else None)
                for r in items
            }
            return bcubed(got, {r["doc_id"]: str(r[gold_key]) for r in items})[index]

        return score

    index_threshold = index.threshold
    ecb_sides = split("ecbplus", rows, lambda r: r["doc_id"])
    gvc_sides = split("gvc", gvc, lambda r: r["doc_id"])
    side_rows = [
        ("ECB+ sub-topic B-cubed precision", measure(ecb_sides, clustered("subtopic", False, 0)), ""),
        ("ECB+ sub-topic B-cubed recall", measure(ecb_sides, clustered("subtopic", False, 1)), ""),
        ("ECB+ sub-topic B-cubed F1", measure(ecb_sides, clustered("subtopic", False, 2)), "≥ 0.70"),
        ("ECB+ topic B-cubed F1", measure(ecb_sides, clustered("topic", False, 2)), ""),
        ("GVC story vs incident B-cubed F1", measure(gvc_sides, clustered("incident_id", True, 2)), ""),
    ]  # fmt: skip

    command = " ".join(["benchmarks/bench_stories.py", *sys.argv[1:]])
    lines = [
        "## Stories: story clustering on ECB+ (issue 8)",
        "",
        f"Command: `.venv/bin/python {command}`",
        "",
        f"ECB+ development documents: {len(rows)} ({len(set(sub.values()))} sub-topics, "
        f"{len(set(topic.values()))} topics); stories found: {len(set(pred.values()))} "
        f"(threshold {index.threshold}, no dates).",
        "",
        "| measure | value | target |",
        "|---|---|---|",
        f"| sub-topic B-cubed precision | {p:.3f} | |",
        f"| sub-topic B-cubed recall | {rc:.3f} | |",
        f"| sub-topic B-cubed F1 | {f1:.3f} | ≥ 0.70 |",
        f"| topic B-cubed F1 (coarser gold, for reference) | {tf:.3f} (P {tp:.3f}, R {tr:.3f}) | |",
        f"| GVC with dates: story vs incident B-cubed F1 ({len(gvc)} articles) | {gf:.3f} "
        f"(P {gp:.3f}, R {gr:.3f}) | |",
        "",
        "Each side of the fixed tune/check split clustered on its own (`all`: every document "
        "in one index, as above):",
        "",
        *table(side_rows),  # type: ignore[arg-type]
        "",
        f"Speed: {len(rows) / elapsed:,.0f} documents/s on one core "
        f"({1000 * elapsed / len(rows):.2f} ms each).",
        "",
        "Story sizes (size: count): " + ", ".join(f"{k}: {v}" for k, v in sorted(sizes.items())),
        "",
    ]
    print("\n".join(lines))
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text("\n".join(lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
