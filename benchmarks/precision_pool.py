"""More TUNE events of the weak verbal types, from news sets outside the precision benchmark (prec30).

The benchmark's own tune pages hold few AGREE, CONSULT, MOBILIZE, THREATEN or REJECT events
outside its sample (`bench_precision.py --tune-pool`), and the PolNeAR tune pages after its first
300 are drawn already (`tune_extra.tsv`). This script runs the pipeline over the TUNE part
(`splits.py`) of the TimeBank/AQUAINT, LGL and ECB+ news articles (`POOL_SETS`: with their
document creation or download date as publication date where the set has one), cached in `.bench/precision_pool_docs.jsonl`,
and lists their asserted events of the chosen types (`--list`, with the sentence and the verdict
where `judgments/events_tune_pool.tsv` holds one), or measures those judged: the
precision of the judged events the coder still asserts, and the real ones it no longer asserts.
Never the check part's pages; never counted in the benchmark's figures.

Run: PYTHONPATH=src .venv/bin/python benchmarks/precision_pool.py [--rerun] [--list] [--type T ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_precision import (  # noqa: E402
    Key,
    _part,
    _ratio,
    asserted,
    cached_documents,
    read_judgments,
    show,
)

CACHE = HERE.parent / ".bench" / "precision_pool_docs.jsonl"
DATA = HERE.parent.parent / "shared" / "data"
TYPES = ("AGREE", "CONSULT", "MOBILIZE", "THREATEN", "REJECT")


POOL_SETS = {
    # set -> (file under ../shared/data, id field, publication date field and its length)
    "tbaq": ("time/tbaq.jsonl", "id", "dct"),
    "lgl": ("geo/lgl.jsonl", "id", "dltime"),
    "ecbplus": ("clustering/ecbplus.jsonl", "doc_id", None),
}


def pool_pages(data: Path) -> list[dict[str, Any]]:
    """The TUNE part of the pool's news sets (`POOL_SETS`)."""
    pages: list[dict[str, Any]] = []
    for set_name, (name, id_field, date_field) in POOL_SETS.items():
        for line in (data / name).open(encoding="utf-8"):
            row = json.loads(line)
            if _part(set_name, row[id_field]) != "tune":
                continue
            published = (row.get(date_field) or "")[:10] if date_field else None
            pages.append(
                {"set": set_name, "id": row[id_field], "title": row.get("title"),
                 "text": row["text"], "published": published or None}
            )  # fmt: skip
    return pages


def documents(args: argparse.Namespace) -> dict[tuple[str, str], dict[str, Any]]:
    return cached_documents(args.cache, args.rerun, lambda: pool_pages(args.data))


def figures(events: dict[Key, dict[str, Any]], judged: dict[Key, dict[str, str]]) -> str:
    kept = [k for k in judged if k in events]
    real = sum(judged[k]["verdict"] == "real" for k in kept)
    lost = sum(judged[k]["verdict"] == "real" for k in judged if k not in events)
    by_type = Counter(k[2] for k in kept)
    real_by_type = Counter(k[2] for k in kept if judged[k]["verdict"] == "real")
    return (
        f"tune pool, judged {len(judged)}: precision of still-asserted "
        f"{_ratio(real, len(kept))}; no longer asserted {len(judged) - len(kept)} "
        f"(real among them {lost}); per type "
        + "; ".join(f"{t} {real_by_type[t]}/{n}" for t, n in sorted(by_type.items()))
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--rerun", action="store_true", help="run the pipeline again")
    parser.add_argument("--list", action="store_true", help="list the events with their sentence")
    parser.add_argument("--type", action="append", help="PLOVER types (default: the weak five)")
    args = parser.parse_args(argv)
    wanted = set(args.type or TYPES)
    docs = documents(args)
    events = {k: e for k, e in asserted(docs).items() if k[2] in wanted}
    judged = {
        k: r for k, r in read_judgments("events_tune_pool.tsv").items()
        if k[0] in POOL_SETS and k[2] in wanted
    }  # fmt: skip
    if args.list:
        for key in sorted(events):
            mark = f"[{judged[key]['verdict']} {judged[key]['reason']}] " if key in judged else ""
            print(mark + show(key, events[key], docs[(key[0], key[1])]))
    print(f"{len(events)} asserted events of {', '.join(sorted(wanted))} on {len(docs)} pages")
    print(figures(events, judged))
    return 0


if __name__ == "__main__":
    sys.exit(main())
