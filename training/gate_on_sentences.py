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

    .venv/bin/python training/gate_on_sentences.py [--json FILE] [--no-judged]
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
    out: dict[str, Any] = {"sentence": sentence, "verbal": verbal}
    for name, (real, false, lost) in figures.items():
        out[name] = {"real": real, "false": false, "lost": lost,
                     "precision": round(real / max(1, real + false), 3)}  # fmt: skip
    return out


def choose(table: list[dict[str, Any]], group: str, key: str, start: float) -> float:
    """The highest step of `key` (the other threshold at its lowest) reached from `start` by
    steps that each drop at least `FALSE_PER_REAL` false events per real one."""
    other = "verbal" if key == "sentence" else "sentence"
    lowest = min(g[other] for g in table)
    line = sorted((g for g in table if g[other] == lowest), key=lambda g: g[key])
    at = next(i for i, g in enumerate(line) if g[key] >= start)
    while at + 1 < len(line):
        here, there = line[at][group], line[at + 1][group]
        cost, gain = there["lost"] - here["lost"], here["false"] - there["false"]
        if gain < FALSE_PER_REAL * max(cost, 1):
            break
        at += 1
    return float(line[at][key])


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
    lines = ["| part | types | judged (real) | filter | dropped real / not real at each step |",
             "|---|---|---|---|---|"]  # fmt: skip
    for side in ("tune", "check"):
        for material in (True, False):
            mine = [i for i, r in enumerate(rows) if r[0] == side and r[1] == material]
            n_real = sum(rows[i][2] for i in mine)
            for name, steps in JUDGED_STEPS.items():
                cells = []
                for step in steps:
                    drop = [i for i in mine if measures[name](i) < step]
                    real = sum(rows[i][2] for i in drop)
                    cells.append(f"<{step}: {real}/{len(drop) - real}")
                lines.append(f"| {side} | {'material' if material else 'verbal'} | "
                             f"{len(mine)} ({n_real}) | {name} | {', '.join(cells)} |")  # fmt: skip
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, help="write the table there too")
    parser.add_argument("--no-judged", action="store_true", help="skip the judged events' table")
    parser.add_argument(
        "--cache", type=Path, default=HERE.parent / ".bench" / "precision_docs.jsonl"
    )
    args = parser.parse_args(argv)
    rows = labelled()
    readings, stale = coded([r["text"] for r in rows], None)
    scores = out_of_fold_scores()
    models = load_models()
    assert models is not None
    tuned = models.manifest.get("tuned", {}).get("thresholds", {})
    print(f"{len(rows)} sentences ({stale} read by earlier rules); manifest {tuned}")
    table = []
    for verbal in VERBAL_STEPS:
        for sentence in SENTENCE_STEPS:
            got = measure(rows, readings, scores, tuned, sentence, verbal)
            table.append(got)
    print(f"{'sent':>5} {'verb':>5} | material real false lost prec | verbal real false lost prec")
    for g in table:
        m, v = g["material"], g["verbal"]
        print(f"{g['sentence']:5.2f} {g['verbal']:5.2f} | {m['real']:13d} {m['false']:5d} "
              f"{m['lost']:4d} {m['precision']:.3f} | {v['real']:11d} {v['false']:5d} "
              f"{v['lost']:4d} {v['precision']:.3f}")  # fmt: skip
    chosen = {
        "sentence": choose(table, "material", "sentence", float(tuned.get("sentence", 0.0))),
        "verbal": choose(table, "verbal", "verbal", 0.0),
    }
    print(f"chosen on our sentences (each step >= {FALSE_PER_REAL} false per real lost): {chosen}")
    if args.json:
        args.json.write_text(json.dumps({"table": table, "chosen": chosen}, indent=1))
    if not args.no_judged and args.cache.exists():
        print("\n".join(judged(args.cache)))


if __name__ == "__main__":
    main()
