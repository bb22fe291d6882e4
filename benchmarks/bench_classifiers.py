"""Benchmark of the trained parts (`gate/news.py`, `events/learned.py`), on data they never saw.

The models are trained only on the sentences and articles the team wrote (`training/en/`), so
every development set is an unseen test for them; figures are given for both parts of the fixed
split (`benchmarks/splits.py`) all the same. Cross-validated figures on our own data (grouped by
story) are those `make train` measured, read from the models' manifest.

- The gate, on the development extraction pages: which pages hold political, conflict or crime
  news was judged by reading them (`benchmarks/labels/extraction_news.tsv`, ids only). Asserted
  events per page with no such news, with the gate and without it (the whole pipeline runs on the
  page's ground-truth body); and on gun-violence articles (GVC), the share the gate keeps.
- The classifiers alone: ACLED event type and sub-event type of each note, PLOVER type of each
  record (the rules and the models together are scored by `bench_events.py`).

    .venv/bin/python benchmarks/bench_classifiers.py [--data ../shared/data] [--no-pages]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from eventwire.events.learned import load_models
from eventwire.gate.news import load_news_gate
from eventwire.pipeline.runner import Pipeline
from eventwire.records import Document
from eventwire.settings import Settings

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from parts import hand_written  # noqa: E402
from splits import part  # noqa: E402

DATA = HERE.parent.parent / "shared" / "data"
LABELS = HERE / "labels" / "extraction_news.tsv"


def _macro_f1(pairs: list[tuple[str, str]]) -> float:
    scores = []
    for label in {g for g, _ in pairs}:
        tp = sum(g == label and p == label for g, p in pairs)
        fp = sum(g != label and p == label for g, p in pairs)
        fn = sum(g == label and p != label for g, p in pairs)
        scores.append(2 * tp / max(2 * tp + fp + fn, 1))
    return sum(scores) / max(len(scores), 1)


def page_labels() -> dict[str, bool]:
    rows = [line.split("\t") for line in LABELS.read_text().splitlines() if line[:1] not in "#i"]
    return {row[0]: row[1] == "1" for row in rows}


def asserted_per_page(pages: list[dict[str, Any]], gate: bool) -> tuple[dict[str, int], float]:
    """Asserted events of each page through the whole pipeline, and the seconds it took."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "pages.jsonl"
        path.write_text(
            "".join(json.dumps({"id": p["id"], "text": p["body"]}) + "\n" for p in pages)
        )
        pipeline = Pipeline(Settings(news_gate=gate))
        pipeline.setup()
        started = time.perf_counter()
        counts: dict[str, int] = {}
        for item in pipeline.run([str(path)]):
            # items come out in the order they finish (a gated page skips the parse): the input
            # name ends with the line number
            page = pages[int(item.input_name.rsplit("#", 1)[1]) - 1]
            events = item.events if isinstance(item, Document) else ()
            counts[page["id"]] = sum(e.modality == "asserted" for e in events)
        assert len(counts) == len(pages), "an item went missing"
        return counts, time.perf_counter() - started


def run(data: Path, pages_too: bool) -> str:
    models = load_models()
    gate = load_news_gate()
    if models is None or gate is None:
        raise SystemExit("no trained models: run `make train`")
    lines = ["## Trained parts of the event coder (issue 15)", ""]
    lines += ["Command: `.venv/bin/python benchmarks/bench_classifiers.py`", ""]
    manifest = models.manifest
    counts = manifest["counts"]
    lines += [
        f"Trained on {counts['sentences']} hand-written sentences ({counts['event_sentences']} "
        f"events, {counts['acled_sentences']} with ACLED types) and {counts['articles']} written "
        f"articles (`training/en/`, CC0); "
        f"{manifest['trained_with']}, data {manifest['data_sha256']}.",
        "",
        "Grouped 5-fold cross-validation on our own data (`make train`; a story's paraphrases "
        "never straddle folds):",
        "",
        "| model | n | figures |",
        "|---|---|---|",
    ]
    figures = gate.manifest["cross_validation"] | manifest["cross_validation"]
    for name, row in sorted(figures.items()):
        shown = {k: v for k, v in row.items() if k not in {"n", "rejected_by_pattern"}}
        lines.append(f"| {name} | {row['n']} | {', '.join(f'{k} {v}' for k, v in shown.items())} |")
    by_pattern = manifest["cross_validation"]["sentence"].get("rejected_by_pattern", {})
    if by_pattern:
        lines += [
            "",
            "Sentence model, share of non-event sentences rejected, by pattern: "
            + ", ".join(f"{k} {v:.2f}" for k, v in sorted(by_pattern.items())),
        ]

    # the gate on the development pages
    truth = {
        json.loads(line)["id"]: json.loads(line)
        for line in (data / "extraction" / "ground_truth.jsonl").open()
    }
    labels = page_labels()
    gvc = [json.loads(line) for line in (data / "incidents" / "gvc.jsonl").open()]
    kept = {"tune": [0, 0], "check": [0, 0]}
    started = time.perf_counter()
    for row in gvc:
        tally = kept[part("gvc", row["doc_id"])]
        tally[0] += gate.is_news(row["text"], row.get("title"))
        tally[1] += 1
    gate_ms = 1000 * (time.perf_counter() - started) / len(gvc)
    judged: Counter[tuple[bool, bool]] = Counter()
    for page_id, news in labels.items():
        judged[(news, gate.is_news(truth[page_id]["body"]))] += 1
    lines += [
        "",
        f"### The gate ({len(labels)} development extraction pages, {sum(labels.values())} with "
        "political, conflict or crime news by our reading)",
        "",
        f"Gate on the pages' texts: news pages kept {judged[(True, True)]}/{sum(labels.values())}; "
        f"pages with no such news skipped {judged[(False, False)]}/{len(labels) - sum(labels.values())}. "
        f"Gun-violence articles (GVC) kept: tune {kept['tune'][0]}/{kept['tune'][1]}, "
        f"check {kept['check'][0]}/{kept['check'][1]}. The gate takes {gate_ms:.2f} ms an article; "
        f"threshold {gate.threshold:.2f} (chosen on the tune part, `training/tune.py`).",
    ]
    if pages_too:
        pages = [truth[i] for i in labels]
        without, t_without = asserted_per_page(pages, gate=False)
        with_gate, t_with = asserted_per_page(pages, gate=True)
        rows: list[str] = []
        groups = [
            (
                name,
                [
                    i
                    for i, v in labels.items()
                    if v == news and side in {"all", part("extraction", i)}
                ],
            )
            for name, news, side in (
                ("no such news", False, "all"),
                ("no such news, tune part", False, "tune"),
                ("no such news, check part", False, "check"),
                ("political, conflict or crime news", True, "all"),
            )
        ]
        for name, ids in groups:
            rows.append(
                f"| {name} | {len(ids)} | {sum(without[i] for i in ids) / len(ids):.2f} | "
                f"{sum(with_gate[i] for i in ids) / len(ids):.2f} |"
            )
        lines += [
            "",
            "Asserted events per page, whole pipeline on the ground-truth bodies (target for pages "
            "with no such news: at most 0.2):",
            "",
            "| pages | n | without the gate | with the gate |",
            "|---|---|---|---|",
            *rows,
            "",
            f"Pipeline time on these pages: {t_without:.1f} s without the gate, {t_with:.1f} s with it.",
        ]

    # the classifiers alone on the development sets
    acled = [json.loads(line) for line in (data / "events" / "acled.jsonl").open()]
    plover = [json.loads(line) for line in (data / "events" / "plover.jsonl").open()]
    side_rows: list[str] = []
    for side in ("tune", "check"):
        notes = [r for r in acled if part("acled", r["id"]) == side]
        preds = [models.acled_types(r["text"]) for r in notes]
        type_acc = sum(p[0] == r["event_type"] for p, r in zip(preds, notes, strict=True)) / len(
            notes
        )
        sub_f1 = _macro_f1([(r["sub_event_type"], p[1]) for p, r in zip(preds, notes, strict=True)])
        records = [r for r in plover if part("plover", r["id"]) == side]
        p_ok = 0
        for r in records:
            scores = models.plover_scores(r["text"])
            p_ok += max(scores, key=scores.__getitem__) == r["event_plover16"]
        side_rows.append(
            f"| {side} | {len(notes)} | {type_acc:.3f} | {sub_f1:.3f} | {len(records)} | "
            f"{p_ok / len(records):.3f} |"
        )
    lines += [
        "",
        "### The type classifiers alone, on the development sets (never trained on)",
        "",
        "| part | ACLED notes | event type | sub-event macro-F1 | PLOVER records | PLOVER type |",
        "|---|---|---|---|---|---|",
        *side_rows,
        "",
        "How the rules and the models together score: `bench_events.py` (with and without "
        "`--no-learned`).",
        "",
    ]
    tuned = manifest.get("tuned", {})
    if tuned:
        figures = tuned["figures"]
        used = {
            name: sorted(k for k, v in table.items() if v["use"] == "model")
            for name, table in tuned["arbitration"].items()
        }
        lines += [
            "### Where the models decide (chosen on the tune part by `training/tune.py`)",
            "",
            f"Sentence filter threshold {tuned['thresholds']['sentence']}; the model decides the "
            f"ACLED sub-event type after the rule decisions {used.get('acled_sub') or 'none'}, "
            f"the PLOVER type after {used.get('plover') or 'none'}. On the first sentence's "
            "events of the rules alone (no pipeline; `bench_events.py` runs the coder itself):",
            "",
            "| part | ACLED type: rules / with models | sub-event macro-F1: rules / model / with "
            "models | PLOVER type: rules / model / with models |",
            "|---|---|---|---|",
            *(
                f"| {side} | {f['acled_type_rules']} / {f['acled_type_arbitrated']} | "
                f"{f['acled_sub_macro_f1_rules']} / {f['acled_sub_macro_f1_model']} / "
                f"{f['acled_sub_macro_f1_arbitrated']} | {f['plover_rules']} / "
                f"{f['plover_model']} / {f['plover_arbitrated']} |"
                for side, f in ((side, figures[side]) for side in ("tune", "check"))
            ),
            "",
        ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--no-pages", action="store_true", help="skip the pipeline runs on pages")
    args = parser.parse_args()
    report = run(args.data, not args.no_pages)
    print(report)
    out = HERE / "results" / "classifiers.md"
    out.write_text(report + "\n" + hand_written(out), encoding="utf-8")


if __name__ == "__main__":
    main()
