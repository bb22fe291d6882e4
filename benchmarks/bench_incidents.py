"""Benchmark of event merging on the Gun Violence Corpus (GVC) development articles.

Every development article is written, with its `dct` as publication date, to a temporary JSON Lines
file and run through the whole pipeline (`eventwire.pipeline.runner.Pipeline`: extract, dedupe,
annotate, geocode, events); the events of all articles are then linked as the store's `relink`
does it: `eventwire.link.merge.merge_events` over one `Report` per event, carrying its article's
town (`article_area` of the article's places) and its `story_id` from the dedupe stage.

The *main event* of an article is the event the coder marks `main` (the article's root event,
`eventwire.events.article_level.mark_main`); an article without one counts as wrong on every fact.
Per article we compare the main event with the article's Gun Violence Archive incident:

- date: the event's date equals the incident date (a partial date is wrong);
- place: the event's place lies within 40 km of the incident's lat/lon (articles whose incident has
  no coordinates are left out of this figure);
- killed / injured: equal to the incident's figures (an unknown figure counts as 0, as in GVA).

The same four facts are also scored on the merged event that holds the main event (its most
precise date and place among the sources, the latest report's figures).

Grouping: each article is put in the merged event that holds its main event (an article without
one is a cluster of its own); B-cubed precision, recall and F1 of that clustering against the gold
incident ids. Records: asserted ASSAULT records per article (a GVC article reports one incident,
so this is an upper bound of records per incident).

Every figure is given on the tune and check sides of the fixed split (`benchmarks/splits.py`, by
incident) and on all articles.

Run: .venv/bin/python benchmarks/bench_incidents.py [--data DIR] [--limit N] [--cache FILE]
[--gvc-errors FILE]
(`--cache FILE` keeps the document records; when FILE exists only the link stage is re-run, which
is how merge rules are compared without re-running the NLP. `--gvc-errors FILE` writes the *tune*
articles whose main event's killed or injured figure is wrong, one JSON line each, to study them:
check articles are never listed, rules are written on tune only.)
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

from parts import hand_written, measure, sizes, split, table
from splits import part

from eventwire.extract.ids import article_id
from eventwire.link.merge import Report, article_area, haversine_km, merge_events
from eventwire.pipeline.runner import Pipeline
from eventwire.records import Document, Event, Place, from_plain

RESULT = Path(__file__).resolve().parent / "results" / "incidents.md"
PLACE_KM = 40.0


def main_event(events: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The event the coder marks as the article's main one."""
    return next((e for e in events if e.get("main")), None)


def score_facts(event: dict[str, Any] | None, gold: dict[str, Any]) -> dict[str, bool | None]:
    """Which of the event's date, place, killed and injured agree with the gold incident (place:
    None when the gold has no coordinates; every fact wrong when there is no event)."""
    has_coords = gold.get("lat") is not None and gold.get("lon") is not None
    if event is None:
        return {"date": False, "place": False if has_coords else None, "killed": False,
                "injured": False}  # fmt: skip
    place: bool | None = None
    loc = event.get("location")
    if has_coords:
        place = (
            loc is not None
            and loc.get("lat") is not None
            and haversine_km(loc["lat"], loc["lon"], gold["lat"], gold["lon"]) <= PLACE_KM
        )
    return {
        "date": event["date"] == gold["date"],
        "place": place,
        "killed": (event["fatalities"] or 0) == (gold["num_killed"] or 0),
        "injured": (event["injuries"] or 0) == (gold["num_injured"] or 0),
    }


def error_kind(
    event: dict[str, Any] | None, gold: dict[str, Any], field: str, gold_field: str
) -> str:
    """Which way one count of the main event is wrong (figures only, no text: what may be read of
    the check part): no event, right, spurious (gold 0), missed (read 0), under or over."""
    if event is None:
        return "no main event"
    got, want = event[field] or 0, gold[gold_field] or 0
    if got == want:
        return "right"
    if want == 0:
        return "spurious (gold 0)"
    if got == 0:
        return "missed (read 0)"
    return "under" if got < want else "over"


def count_families(
    event: dict[str, Any] | None, gold: dict[str, Any], events: list[dict[str, Any]]
) -> list[str]:
    """The error families of the main event's counts that a count alone can tell (`events`: all
    the article's events, to tell a count read elsewhere in the article from one never read)."""
    families = [
        *(["(all articles whose gold has injured)"] if gold["num_injured"] else []),
        f"injured {error_kind(event, gold, 'injuries', 'num_injured')}",
        f"killed {error_kind(event, gold, 'fatalities', 'num_killed')}",
    ]
    if event is not None:
        got_dead, got_hurt = event["fatalities"] or 0, event["injuries"] or 0
        dead, hurt = gold["num_killed"] or 0, gold["num_injured"] or 0
        if got_hurt != hurt and got_dead + got_hurt == dead + hurt:
            families.append("injured wrong, killed + injured right (a victim on the wrong side)")
        if got_hurt != hurt and got_dead + got_hurt == hurt:
            families.append("injured wrong, read killed + injured = gold injured")
        if got_hurt != hurt and got_hurt == dead + hurt:
            families.append("injured wrong, read injured = gold shot (killed + injured)")
        if got_hurt != hurt and event["date"] != gold["date"]:
            families.append("injured wrong, main event on another date")
        if got_hurt != hurt:
            families.append(f"injured wrong, main event {event['type']} {event['modality']}")
        if got_hurt != hurt and hurt:
            elsewhere = [e["injuries"] or 0 for e in events if e is not event]
            if hurt in elsewhere:
                families.append("injured wrong, gold figure read on another event of the article")
            elif not any(elsewhere):
                families.append("injured wrong, no other event of the article reads any injured")
            else:
                families.append("injured wrong, other events read other injured figures")
    return families


def elsewhere_right(
    event: dict[str, Any] | None, gold: dict[str, Any], events: list[dict[str, Any]]
) -> list[str]:
    """The facts the main record gets wrong that another ASSAULT record of the article told as
    happened gets right: a main chosen among the article's accounts where another was the better
    (inc55; figures only, what may be read of the check part)."""
    if event is None:
        return []
    facts = score_facts(event, gold)
    others = [
        score_facts(e, gold)
        for e in events
        if e is not event and e["type"] == "ASSAULT" and e["modality"] in {"asserted", "uncertain"}
    ]
    return [f for f, right in facts.items() if right is False and any(o[f] for o in others)]


def count_error(
    doc: dict[str, Any] | None, event: dict[str, Any] | None, row: dict[str, Any]
) -> dict[str, Any] | None:
    """A tune article whose main event's killed or injured figure is wrong, to study (None when
    both are right), with the gold date and each event's date (gvc22); never called on check
    articles."""
    gold = row["gold"]
    want = (gold["num_killed"] or 0, gold["num_injured"] or 0)
    got = ((event["fatalities"] or 0, event["injuries"] or 0)) if event else None
    if got == want:
        return None
    return {
        "id": row["doc_id"],
        "gold": want,
        "main": got,
        "gold_date": gold["date"],
        "events": [
            [
                e["type"],
                e["modality"],
                e.get("main"),
                e["fatalities"],
                e["injuries"],
                e["evidence"]["sentence"],
                e["date"],
            ]  # fmt: skip
            for e in (doc["events"] if doc else [])
        ],
        "text": row["text"],
    }


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


def family_table(sides: dict[str, list[dict[str, Any]]]) -> list[str]:
    """Counts of the main event's count errors by family, on each side (figures only)."""
    per_side = {
        side: Counter(f for o in items for f in o["families"]) for side, items in sides.items()
    }
    names = sorted({f for c in per_side.values() for f in c if not f.endswith(" right")})
    lines = ["Main event count errors by family (articles):", "",
             "| family | tune | check | all |", "|---|---|---|---|"]  # fmt: skip
    lines += [f"| {f} | " + " | ".join(str(per_side[s][f]) for s in per_side) + " |" for f in names]
    return [*lines, ""]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data"
    )
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--cache", type=Path, default=None, help="document records (JSONL)")
    parser.add_argument(
        "--gvc-errors",
        type=Path,
        default=None,
        help="write the tune articles whose main killed/injured is wrong here (JSON lines)",
    )
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
    outcomes: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []  # tune articles with a wrong count (--gvc-errors)
    pred: dict[str, str] = {}
    gold: dict[str, str] = {}
    for r in rows:
        doc = documents.get(article_id(r["url"], r["text"]))
        g = r["gold"]
        gold[r["doc_id"]] = r["incident_id"]
        pred[r["doc_id"]] = "solo:" + r["doc_id"]
        event = main_event(doc["events"]) if doc else None
        if event is not None:
            pred[r["doc_id"]] = holder.get(event["id"], "solo:" + r["doc_id"])
        merged_event = merged_by_id.get(pred[r["doc_id"]], event) if event else None
        records = sum(
            e["type"] == "ASSAULT" and e["modality"] == "asserted"
            for e in (doc["events"] if doc else [])
        )
        if args.gvc_errors and part("gvc", r["doc_id"]) == "tune":
            wrong = count_error(doc, event, r)
            if wrong is not None:
                errors.append(wrong)
        outcomes.append(
            {
                "id": r["doc_id"],
                "found": event is not None,
                "main": score_facts(event, g),
                "merged": score_facts(merged_event, g),
                "records": records,
                "families": count_families(event, g, doc["events"] if doc else []),
                "elsewhere": elsewhere_right(event, g, doc["events"] if doc else []),
            }
        )
    if args.gvc_errors:
        args.gvc_errors.write_text(
            "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors), encoding="utf-8"
        )
    n = len(rows)
    found = sum(o["found"] for o in outcomes)
    with_coords = sum(o["main"]["place"] is not None for o in outcomes)
    sides = split("gvc", outcomes, lambda o: o["id"])

    def fact(which: str, name: str) -> Any:
        def score(items: list[dict[str, Any]]) -> float | None:
            values = [o[which][name] for o in items if o[which][name] is not None]
            return sum(values) / len(values) if values else None

        return score

    def grouping(index: int) -> Any:
        def score(items: list[dict[str, Any]]) -> float:
            ids = {o["id"] for o in items}
            return bcubed(
                {k: v for k, v in pred.items() if k in ids},
                {k: v for k, v in gold.items() if k in ids},
            )[index]

        return score

    cluster_sizes = Counter(Counter(pred.values()).values())

    command = " ".join(["benchmarks/bench_incidents.py", *sys.argv[1:]])
    lines = [
        "## Incidents: event merging on the Gun Violence Corpus (issue 8)",
        "",
        f"Command: `.venv/bin/python {command}`",
        "",
        f"GVC development articles: {n} ({len(set(gold.values()))} incidents; {sizes(sides)}); "
        f"main event found in {found / n:.3f}; merged events: {len(merged)}.",
        f"Pipeline: {ingest_note} ({elapsed:.0f} s); linking {len(reports)} events: "
        f"{link_elapsed:.2f} s.",
        "",
        *table(
            [
                ("main event: date exact", measure(sides, fact("main", "date")), "≥ 0.80"),
                (
                    f"main event: place within {PLACE_KM:.0f} km ({with_coords} with gold "
                    "coordinates)",
                    measure(sides, fact("main", "place")),
                    "≥ 0.80",
                ),
                ("main event: killed exact", measure(sides, fact("main", "killed")), "≥ 0.80"),
                ("main event: injured exact", measure(sides, fact("main", "injured")), "≥ 0.80"),
                ("its merged event: date exact", measure(sides, fact("merged", "date")), ""),
                ("its merged event: place", measure(sides, fact("merged", "place")), ""),
                ("its merged event: killed exact", measure(sides, fact("merged", "killed")), ""),
                ("its merged event: injured exact", measure(sides, fact("merged", "injured")), ""),
                ("grouping B-cubed precision", measure(sides, grouping(0)), ""),
                ("grouping B-cubed recall", measure(sides, grouping(1)), ""),
                ("grouping B-cubed F1", measure(sides, grouping(2)), "≥ 0.75"),
                (
                    "asserted ASSAULT records per article",
                    measure(sides, lambda items: sum(o["records"] for o in items) / len(items)),
                    "≤ 1.3 per incident",
                ),
            ],
            lower_is_better=("asserted ASSAULT records per article",),
        ),
        "",
        "Predicted cluster sizes (size: count): "
        + ", ".join(f"{k}: {v}" for k, v in sorted(cluster_sizes.items())),
        "",
    ]
    lines += family_table(sides)
    lines += [
        "Main record wrong, another ASSAULT record of the article (asserted or uncertain) right "
        "(articles):",
        "",
        "| fact | tune | check | all |",
        "|---|---|---|---|",
        *(
            f"| {fact} | "
            + " | ".join(str(sum(fact in o["elsewhere"] for o in sides[s])) for s in sides)
            + " |"
            for fact in ("date", "place", "killed", "injured")
        ),
        "",
    ]
    print("\n".join(lines))
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text("\n".join(lines) + "\n" + hand_written(RESULT), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
