"""Benchmark of event merging on the Gun Violence Corpus (GVC) development articles.

Every development article is written, with its `dct` as publication date, to a temporary JSON Lines
file and run through the whole pipeline (`eventwire.pipeline.runner.Pipeline`: extract, dedupe,
annotate, geocode, events); the events of all articles are then linked as the store's `relink`
does it: `eventwire.link.merge.merge_events` over one `Report` per event, carrying its article's
town (`article_area` of the article's places) and its `story_id` from the dedupe stage.

The *main event* of an article is its best-described asserted ASSAULT event: the one with most of
(a day-precise date, a place, a casualty figure), then the most casualties (killed plus injured,
unknown counted as 0), then the earliest in the text; an article without an asserted ASSAULT has
no main event and counts as wrong on every fact. Per article we compare the
main event with the article's Gun Violence Archive incident:

- date: the event's date equals the incident date (a partial date is wrong);
- place: the event's place lies within 40 km of the incident's lat/lon (articles whose incident has
  no coordinates are left out of this figure);
- killed / injured: equal to the incident's figures (an unknown figure counts as 0, as in GVA).

The same four facts are also scored on the merged event that holds the main event (its most
precise date and place among the sources, the latest report's figures).

Grouping: each article is put in the merged event that holds its main event (an article without
one is a cluster of its own); B-cubed precision, recall and F1 of that clustering against the gold
incident ids.

Run: .venv/bin/python benchmarks/bench_incidents.py [--data DIR] [--limit N] [--cache FILE]
(`--cache FILE` keeps the document records; when FILE exists only the link stage is re-run, which
is how merge rules are compared without re-running the NLP.)
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from eventwire.extract.ids import article_id
from eventwire.link.merge import Report, article_area, haversine_km, merge_events
from eventwire.pipeline.runner import Pipeline
from eventwire.records import Document, Event, Place, from_plain

RESULT = Path(__file__).resolve().parent / "results" / "incidents.md"
PLACE_KM = 40.0


def main_event(events: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The best-described asserted ASSAULT: see the module docstring."""
    assaults = [e for e in events if e["type"] == "ASSAULT" and e["modality"] == "asserted"]
    if not assaults:
        return None

    def key(e: dict[str, Any]) -> tuple[int, int, int]:
        described = (
            (e["date_precision"] == "day")
            + (e.get("location") is not None)
            + (e["fatalities"] is not None or e["injuries"] is not None)
        )
        casualties = (e["fatalities"] or 0) + (e["injuries"] or 0)
        return (-described, -casualties, e["evidence"]["start"])

    return min(assaults, key=key)


def score_facts(event: dict[str, Any], gold: dict[str, Any], facts: Counter[str]) -> None:
    """Count the event's date, place, killed and injured that agree with the gold incident."""
    facts["date"] += event["date"] == gold["date"]
    loc = event.get("location")
    if gold.get("lat") is not None and loc and loc.get("lat") is not None:
        km = haversine_km(loc["lat"], loc["lon"], gold["lat"], gold["lon"])
        facts["place"] += km <= PLACE_KM
    facts["killed"] += (event["fatalities"] or 0) == (gold["num_killed"] or 0)
    facts["injured"] += (event["injuries"] or 0) == (gold["num_injured"] or 0)


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of clustering `pred` against `gold` (item → cluster)."""
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for item, cluster in pred.items():
        by_pred[cluster].add(item)
    for item, cluster in gold.items():
        by_gold[cluster].add(item)
    precision = recall = 0.0
    for item in pred:
        p, g = by_pred[pred[item]], by_gold[gold[item]]
        both = len(p & g)
        precision += both / len(p)
        recall += both / len(g)
    n = len(pred) or 1
    precision, recall = precision / n, recall / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def write_input(rows: list[dict[str, Any]], path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for r in rows:
            record = {
                "id": r["doc_id"],
                "url": r["url"],
                "title": r["title"],
                "text": r["text"],
                "published": r["dct"],
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def run_pipeline(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Document records of `rows`, through the whole pipeline (one process)."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "gvc.jsonl"
        write_input(rows, source)
        pipeline = Pipeline()
        return [d.to_json() for d in pipeline.run([str(source)]) if isinstance(d, Document)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data"
    )
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--cache", type=Path, default=None, help="document records (JSONL)")
    args = parser.parse_args()

    rows = [
        json.loads(line) for line in (args.data / "incidents" / "gvc.jsonl").open(encoding="utf-8")
    ]
    if args.limit:
        rows = rows[: args.limit]
    started = time.perf_counter()
    if args.cache and args.cache.exists():
        records = [json.loads(line) for line in args.cache.open(encoding="utf-8")]
        ingest_note = f"document records read from {args.cache}"
    else:
        records = run_pipeline(rows)
        ingest_note = f"{len(records)} articles through the pipeline"
        if args.cache:
            with args.cache.open("w", encoding="utf-8") as out:
                out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    elapsed = time.perf_counter() - started
    documents = {d["id"]: d for d in records}
    reports = [
        Report(
            from_plain(Event, e),
            d["id"],
            d["url"],
            d["published"],
            article_area(from_plain(Place, p) for p in d["places"]),
            d.get("story_id"),
        )
        for d in records
        for e in d["events"]
    ]
    link_started = time.perf_counter()
    merged = [m.to_json() for m in merge_events(reports)]
    link_elapsed = time.perf_counter() - link_started
    holder = {s["event_id"]: m["id"] for m in merged for s in m["sources"]}

    merged_by_id = {m["id"]: m for m in merged}
    facts: Counter[str] = Counter()
    merged_facts: Counter[str] = Counter()
    with_coords = found = 0
    pred: dict[str, str] = {}
    gold: dict[str, str] = {}
    for r in rows:
        doc = documents.get(article_id(r["url"], r["text"]))
        g = r["gold"]
        gold[r["doc_id"]] = r["incident_id"]
        pred[r["doc_id"]] = "solo:" + r["doc_id"]
        has_coords = g.get("lat") is not None and g.get("lon") is not None
        with_coords += has_coords
        event = main_event(doc["events"]) if doc else None
        if event is None:
            continue
        found += 1
        pred[r["doc_id"]] = holder.get(event["id"], "solo:" + r["doc_id"])
        score_facts(event, g, facts)
        score_facts(merged_by_id.get(pred[r["doc_id"]], event), g, merged_facts)
    n = len(rows)
    p, rc, f1 = bcubed(pred, gold)
    sizes = Counter(Counter(pred.values()).values())

    command = " ".join(["benchmarks/bench_incidents.py", *sys.argv[1:]])
    lines = [
        "## Incidents: event merging on the Gun Violence Corpus (issue 8)",
        "",
        f"Command: `.venv/bin/python {command}`",
        "",
        f"GVC development articles: {n} ({len(set(gold.values()))} incidents); "
        f"main ASSAULT event found in {found / n:.3f}; merged events: {len(merged)}.",
        f"Pipeline: {ingest_note} ({elapsed:.0f} s); linking {len(reports)} events: "
        f"{link_elapsed:.2f} s.",
        "",
        "| measure | article's main event | its merged event | target |",
        "|---|---|---|---|",
        f"| date exact | {facts['date'] / n:.3f} | {merged_facts['date'] / n:.3f} | ≥ 0.80 |",
        f"| place within {PLACE_KM:.0f} km ({with_coords} with gold coordinates) | "
        f"{facts['place'] / max(with_coords, 1):.3f} | "
        f"{merged_facts['place'] / max(with_coords, 1):.3f} | ≥ 0.80 |",
        f"| killed exact | {facts['killed'] / n:.3f} | {merged_facts['killed'] / n:.3f} | ≥ 0.80 |",
        f"| injured exact | {facts['injured'] / n:.3f} | {merged_facts['injured'] / n:.3f} "
        "| ≥ 0.80 |",
        f"| grouping B-cubed precision | {p:.3f} | | |",
        f"| grouping B-cubed recall | {rc:.3f} | | |",
        f"| grouping B-cubed F1 | {f1:.3f} | | ≥ 0.75 |",
        "",
        "Predicted cluster sizes (size: count): "
        + ", ".join(f"{k}: {v}" for k, v in sorted(sizes.items())),
        "",
    ]
    print("\n".join(lines))
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text("\n".join(lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
