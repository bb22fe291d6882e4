"""The sentence gate's trade-off measured on our own labelled sentences (issue 15, prec15).

The rules were written looking at the development sets' tune part, whose few judged events are
all `tune.py` can choose the sentence threshold on. Our sentences (`rules_on_sentences.labelled`)
are a much larger set neither side was tuned on: here each gets the models' out-of-fold scores
(grouped folds as in `train.py`: a sentence of `sentences/` is scored by models that never saw its
story; one of `pending/`, which no model is trained on, by the shipped models) and the rules'
reading (their cached output), and the rules' asserted events are filtered as `arbitrate` does,
with the settings of the manifest, then with others:

- (a) the sentence threshold on P(event) for the material types (`arbitrate.FILTERED_TYPES`);
- (b) a threshold of their own for the verbal types (every other type).

For each setting: asserted events kept on an event sentence of their gold type (`real`), those
kept elsewhere (`false`: on a non-event sentence or of another type), and the real ones the
filter drops (`lost`). `choose` takes, for each threshold, the highest step reached by falls
that each drop at least as many false events as real ones (`FALSE_PER_REAL`), starting from the
manifest's setting. Our sentences are not a sample of news (the non-events were written to be
hard), so precision here is read as a trade-off, not as the news figure.

The guard is real news: `judged` scores the hand-judged asserted events of the precision
benchmark's pages (`benchmarks/judgments/events.tsv` read against its cache) and counts, per part
and per threshold, the real and not-real events each filter would drop: (a) P(event), (b) the
same for the verbal types, (c) the article gate's P(news) and its product with P(event).

    .venv/bin/python training/gate_on_sentences.py [--markdown FILE] [--json FILE] [--no-judged]
    .venv/bin/python training/gate_on_sentences.py --filtered-cache OUT SENTENCE VERBAL
    .venv/bin/python benchmarks/bench_precision.py --cache OUT
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.model_selection import StratifiedGroupKFold

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from rules_on_sentences import coded, labelled  # noqa: E402
from train import FOLDS, SEED, joined_groups, read_jsonl, sentence_model  # noqa: E402

from eventwire.events.arbitrate import DOUBT_GROUPS, FILTERED_TYPES  # noqa: E402
from eventwire.events.learned import load_models  # noqa: E402

SCORES = HERE.parent / ".bench" / "gate_oof.json"
SENTENCE_STEPS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
VERBAL_STEPS = (0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3)
FALSE_PER_REAL = 1.0
"""A step up must drop at least this many false events per real one it costs (on our
sentences): the mirror of `tune.NEW_REAL` (what a step lets in must be half real)."""
JUDGED_STEPS = {
    "event": (0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5),
    "gate": (0.3, 0.5, 0.7),
    "event_x_gate": (0.02, 0.05, 0.1, 0.2),
}


def out_of_fold_scores() -> dict[str, tuple[float, dict[str, float]]]:
    """text → (P(event), P(type | event)) out of fold for `sentences/`, from the shipped models
    for the other labelled sentences; cached in `SCORES` with the data's texts."""
    rows = labelled()
    texts = sorted({r["text"] for r in rows})
    if SCORES.exists():
        stored = json.loads(SCORES.read_text(encoding="utf-8"))
        if stored.get("texts") == len(texts) and set(stored["scores"]) == set(texts):
            return {t: (p, s) for t, (p, s) in stored["scores"].items()}
    sentences = read_jsonl(HERE / "en" / "sentences")
    s_text = [s["text"] for s in sentences]
    groups = joined_groups(s_text, [s["group"] for s in sentences])
    gold = np.array([int(s["event"]) for s in sentences])
    out: dict[str, tuple[float, dict[str, float]]] = {}
    splitter = StratifiedGroupKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
    for train, test in splitter.split(s_text, gold, groups):
        gate = sentence_model().fit([s_text[i] for i in train], gold[train])
        events = [i for i in train if sentences[i]["event"]]
        typer = sentence_model().fit(
            [s_text[i] for i in events], [sentences[i]["plover"] for i in events]
        )
        test_text = [s_text[i] for i in test]
        p_event = gate.predict_proba(test_text)[:, 1]
        p_type = typer.predict_proba(test_text)
        for t, p, row in zip(test_text, p_event, p_type, strict=True):
            out[t] = (float(p), {c: float(v) for c, v in zip(typer.classes_, row, strict=True)})
    models = load_models()
    assert models is not None
    rest = [t for t in texts if t not in out]
    for t, p, s in zip(
        rest, models.event_probabilities(rest), models.plover_scores_of(rest), strict=True
    ):
        out[t] = (float(p), dict(s))
    SCORES.parent.mkdir(parents=True, exist_ok=True)
    SCORES.write_text(json.dumps({"texts": len(texts), "scores": out}), encoding="utf-8")
    return out


def measure(
    rows: list[dict[str, Any]],
    readings: dict[str, Any],
    scores: dict[str, tuple[float, dict[str, float]]],
    manifest: dict[str, Any],
    sentence: float,
    verbal: float,
) -> dict[str, Any]:
    """Asserted events kept with the sentence threshold `sentence` (material types) and `verbal`
    (the others), the manifest's type and doubt thresholds as the coder applies them."""
    types = manifest.get("types", {})
    doubt = manifest.get("doubt", {})
    group_of = {t: g for g, ts in DOUBT_GROUPS.items() for t in ts if g in doubt}
    figures = {"material": [0, 0, 0], "verbal": [0, 0, 0]}  # real kept, false kept, real lost
    for r in rows:
        p_event, p_type = scores[r["text"]]
        gold = r.get("plover") if r.get("event") else None
        for kind, _, modality, _ in readings[r["text"]]["events"]:
            if modality != "asserted":
                continue
            material = kind in FILTERED_TYPES
            side = figures["material" if material else "verbal"]
            if material:
                dropped = p_event < sentence or (
                    kind in types and p_event * p_type.get(kind, 0.0) < types[kind]
                )
            else:
                dropped = p_event < verbal or (
                    kind in group_of and p_event * p_type.get(kind, 0.0) < doubt[group_of[kind]]
                )
            real = kind == gold
            if dropped:
                side[2] += real
            else:
                side[0 if real else 1] += 1
    out: dict[str, Any] = {"at": {"sentence": sentence, "verbal": verbal}}
    for name, (real, false, lost) in figures.items():
        out[name] = {"real": real, "false": false, "lost": lost,
                     "precision": round(real / max(1, real + false), 3)}  # fmt: skip
    return out


def choose(table: list[dict[str, Any]], group: str, key: str, start: float) -> float:
    """The highest step of `key` (the other threshold at its lowest) reached from `start` by
    steps that each drop at least `FALSE_PER_REAL` false events per real one."""
    other = "verbal" if key == "sentence" else "sentence"
    lowest = min(g["at"][other] for g in table)
    line = sorted((g for g in table if g["at"][other] == lowest), key=lambda g: g["at"][key])
    at = next(i for i, g in enumerate(line) if g["at"][key] >= start)
    while at + 1 < len(line):
        here, there = line[at][group], line[at + 1][group]
        cost, gain = there["lost"] - here["lost"], here["false"] - there["false"]
        if gain < FALSE_PER_REAL * max(cost, 1):
            break
        at += 1
    return float(line[at]["at"][key])


def judged(cache: Path) -> list[str]:
    """Lines of the guard table: per part and type group, the judged asserted events of the
    precision benchmark's pages each filter would drop (real / not real)."""
    sys.path.insert(0, str(HERE.parent / "benchmarks"))
    from bench_precision import URL_BASE, event_key, read_judgments
    from splits import part

    from eventwire.gate.news import load_news_gate

    models, gate = load_models(), load_news_gate()
    assert models is not None and gate is not None
    verdicts = read_judgments()
    rows: list[tuple[str, bool, bool, str, float]] = []
    for line in cache.open(encoding="utf-8"):
        doc = json.loads(line)
        set_name, _, item = (doc.get("url") or "")[len(URL_BASE) :].partition("/")
        news: float | None = None
        for e in doc["events"]:
            key = event_key(set_name, item, e)
            if e["modality"] != "asserted" or key not in verdicts:
                continue
            if news is None:
                news = gate.news_probability(doc["text"], doc.get("title"))
            rows.append((part(set_name, item), e["type"] in FILTERED_TYPES,
                         verdicts[key]["verdict"] == "real", e["evidence"]["sentence"], news))  # fmt: skip
    event = models.event_probabilities([r[3] for r in rows])
    measures = {"event": lambda i: event[i], "gate": lambda i: rows[i][4],
                "event_x_gate": lambda i: event[i] * rows[i][4]}  # fmt: skip
    lines = ["| part | types | judged (real) | mean real / not | filter | dropped real / not real "
             "at each step |", "|---|---|---|---|---|---|"]  # fmt: skip
    for side in ("tune", "check"):
        for material in (True, False):
            mine = [i for i, r in enumerate(rows) if r[0] == side and r[1] == material]
            n_real = sum(rows[i][2] for i in mine)
            for name, steps in JUDGED_STEPS.items():
                real_mean = np.mean([measures[name](i) for i in mine if rows[i][2]] or [0.0])
                not_mean = np.mean([measures[name](i) for i in mine if not rows[i][2]] or [0.0])
                cells = []
                for step in steps:
                    drop = [i for i in mine if measures[name](i) < step]
                    real = sum(rows[i][2] for i in drop)
                    cells.append(f"<{step}: {real}/{len(drop) - real}")
                lines.append(f"| {side} | {'material' if material else 'verbal'} | "
                             f"{len(mine)} ({n_real}) | {real_mean:.2f} / {not_mean:.2f} | {name} | "
                             f"{', '.join(cells)} |")  # fmt: skip
    return lines


def plover_records(data: Path) -> list[str]:
    """Lines of the PLOVER guard: per part, the records whose rules' most confident event left
    has the gold type, with the verbal filter at each step of `VERBAL_STEPS` (the material
    filter as the manifest sets it; the models never saw these records)."""
    from splits import part
    from tune import coded_by_rules

    models = load_models()
    assert models is not None
    records = [json.loads(line) for line in (data / "events" / "plover.jsonl").open()]
    coded = coded_by_rules(
        [(r["id"], r["text"]) for r in records], HERE.parent / ".bench" / "plover_rules.json"
    )
    tuned = models.manifest.get("tuned", {}).get("thresholds", {})
    sentences = sorted({e[1] for c in coded.values() for e in c["events"]})
    event = dict(zip(sentences, models.event_probabilities(sentences), strict=True))
    lines = ["| verbal threshold | PLOVER records right, tune | check |", "|---|---|---|"]
    for verbal in VERBAL_STEPS:
        right = {"tune": 0, "check": 0}
        for r in records:
            kept = [
                e
                for e in coded[r["id"]]["events"]
                if e[2] != "asserted"
                or event[e[1]] >= (tuned.get("sentence", 0.0) if e[0] in FILTERED_TYPES else verbal)
            ]
            best = max(kept, key=lambda e: e[3], default=None)
            right[part("plover", r["id"])] += best is not None and best[0] == r["event_plover16"]
        lines.append(f"| {verbal} | {right['tune']} | {right['check']} |")
    return lines


def filtered(records: list[dict[str, Any]], sentence: float, verbal: float) -> dict[str, int]:
    """Mark `dropped` the asserted events of the precision benchmark's documents that the
    stricter filter drops (an approximation of a rerun: nothing else in the documents moves);
    how many of each group."""
    models = load_models()
    assert models is not None
    asserted = [e for r in records for e in r["events"] if e["modality"] == "asserted"]
    sentences = sorted({e["evidence"]["sentence"] for e in asserted})
    event = dict(zip(sentences, models.event_probabilities(sentences), strict=True))
    count = {"material": 0, "verbal": 0}
    for e in asserted:
        material = e["type"] in FILTERED_TYPES
        if event[e["evidence"]["sentence"]] < (sentence if material else verbal):
            e["modality"] = "dropped"
            count["material" if material else "verbal"] += 1
    return count


def filtered_cache(cache: Path, out: Path, sentence: float, verbal: float) -> dict[str, int]:
    """Write the precision cache as `filtered` leaves it (for `bench_precision.py --cache`)."""
    records = [json.loads(line) for line in cache.open(encoding="utf-8")]
    count = filtered(records, sentence, verbal)
    with out.open("w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    return count


def precision_rows(cache: Path, settings: list[tuple[float, float]]) -> list[str]:
    """The precision benchmark's figures (sampled precision, no-news pages, records per
    incident) with each (sentence, verbal) setting applied to its cached documents."""
    sys.path.insert(0, str(HERE.parent / "benchmarks"))
    import bench_precision as bench

    lines = ["| sentence | verbal | dropped | unjudged in sample | measure | tune | check | all |",
             "|---|---|---|---|---|---|---|---|"]  # fmt: skip
    wanted = ("precision, sampled", "per extraction page", "per real incident")
    for sentence, verbal in settings:
        records = [json.loads(line) for line in cache.open(encoding="utf-8")]
        count = filtered(records, sentence, verbal)
        docs = {}
        for r in records:
            set_name, _, item = (r.get("url") or "")[len(bench.URL_BASE) :].partition("/")
            docs[(set_name, item)] = r
        chosen = bench.sample(docs)
        verdicts = bench.read_judgments()
        table, _ = bench.figures(docs, chosen, verdicts, bench.read_pages())
        unjudged = sum(k not in verdicts for k in chosen)
        for row in table:
            cells = [c.strip() for c in row.strip("|").split("|")]
            if any(w in cells[0] for w in wanted):
                lines.append(f"| {sentence} | {verbal} | {count['material']} + {count['verbal']} "
                             f"| {unjudged} | {' | '.join(cells[:4])} |")  # fmt: skip
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, help="write the whole grid there too")
    parser.add_argument("--markdown", type=Path, help="write the tables there too")
    parser.add_argument("--no-judged", action="store_true", help="skip the judged events' table")
    parser.add_argument(
        "--cache", type=Path, default=HERE.parent / ".bench" / "precision_docs.jsonl"
    )
    parser.add_argument(
        "--filtered-cache",
        nargs=3,
        metavar=("OUT", "SENTENCE", "VERBAL"),
        help="only write the precision cache as that setting would filter it",
    )
    args = parser.parse_args(argv)
    if args.filtered_cache:
        out, sentence, verbal = args.filtered_cache
        print(filtered_cache(args.cache, Path(out), float(sentence), float(verbal)))
        return
    rows = labelled()
    readings, stale = coded([r["text"] for r in rows], None)
    scores = out_of_fold_scores()
    models = load_models()
    assert models is not None
    tuned = models.manifest.get("tuned", {}).get("thresholds", {})
    table = [
        measure(rows, readings, scores, tuned, sentence, verbal)
        for verbal in VERBAL_STEPS
        for sentence in SENTENCE_STEPS
    ]
    chosen = {
        "sentence": choose(table, "material", "sentence", float(tuned.get("sentence", 0.0))),
        "verbal": choose(table, "verbal", "verbal", 0.0),
    }
    lines = [
        "## The sentence gate's trade-off (issue 15, prec15)",
        "",
        "Command: `.venv/bin/python training/gate_on_sentences.py --markdown FILE`",
        "",
        f"Our labelled sentences: {len(rows)} ({stale} read by earlier rules), the models' "
        "out-of-fold scores, the rules' asserted events; type and doubt thresholds as the "
        f"manifest sets them ({tuned}). Real: an event of the sentence's gold type; false: any "
        "other asserted event; lost: real events the filter drops.",
        "",
        "| filter | threshold | real kept | false kept | real lost | precision |",
        "|---|---|---|---|---|---|",
    ]
    for group, key in (("material", "sentence"), ("verbal", "verbal")):
        other = "verbal" if key == "sentence" else "sentence"
        fixed = 0.0 if key == "sentence" else float(tuned.get("sentence", 0.0))
        for g in table:
            if g["at"][other] == fixed:
                f = g[group]
                lines.append(f"| {group} (P(event)) | {g['at'][key]} | {f['real']} | "
                             f"{f['false']} | {f['lost']} | {f['precision']} |")  # fmt: skip
    lines += ["", "What each of the manifest's filters does there (the others as set):", "",
              "| setting | material real / false / lost | verbal real / false / lost |",
              "|---|---|---|"]  # fmt: skip
    sentence_at = float(tuned.get("sentence", 0.0))
    for name, setting, at in (
        ("the manifest", tuned, sentence_at),
        ("no type thresholds", {**tuned, "types": {}}, sentence_at),
        ("no doubt thresholds", {**tuned, "doubt": {}}, sentence_at),
        ("no sentence threshold", tuned, 0.0),
        ("no filter", {}, 0.0),
    ):
        g = measure(rows, readings, scores, setting, at, 0.0)
        m, v = g["material"], g["verbal"]
        lines.append(f"| {name} | {m['real']} / {m['false']} / {m['lost']} | "
                     f"{v['real']} / {v['false']} / {v['lost']} |")  # fmt: skip
    lines += [
        "",
        f"Chosen on our sentences (each step drops at least {FALSE_PER_REAL} false event per "
        f"real one): {chosen}.",
        "",
    ]
    if not args.no_judged and args.cache.exists():
        lines += ["Guard: the judged asserted events of the precision benchmark's pages.", ""]
        lines += [*judged(args.cache), ""]
    if not args.no_judged and args.cache.exists():
        at = float(tuned.get("sentence", 0.0))
        settings = [(at, 0.0), (chosen["sentence"], 0.0), (at, chosen["verbal"])]
        lines += ["Guard: the precision benchmark on its cached documents, the events each "
                  "setting drops taken out (no rerun; events newly sampled are unjudged, "
                  "left out).", "", *precision_rows(args.cache, settings), ""]  # fmt: skip
    data = HERE.parent.parent / "shared" / "data"
    if (data / "events" / "plover.jsonl").exists():
        lines += ["Guard: the PLOVER records, the verbal filter added.", ""]
        lines += [*plover_records(data), ""]
    print("\n".join(lines))
    if args.json:
        args.json.write_text(json.dumps({"table": table, "chosen": chosen}, indent=1))
    if args.markdown:
        args.markdown.write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
