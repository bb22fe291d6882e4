"""Why the type model reads the PLOVER records worse than our sentences (issue 15, train14).

For each PLOVER record of the TUNE part (the part the rules were written on; the check part is
scored as numbers only, never printed), with one or more event-model folders: what the rules
alone read (type, confidence, ACLED type), what the models say of the sentence the rules' event
was read from (P(event), the top PLOVER types) and of the whole record, and what the coder with
those models chose (the record's most confident event, as `bench_events.py` scores it). With two
folders, the records whose decision differs between them are marked.

    .venv/bin/python training/records_diagnosis.py [--models DIR ...] [--part tune|check]

Nothing is written: it prints (the development set's text stays out of the repository).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_events import _Annotator, _document, _Parser  # noqa: E402
from splits import part  # noqa: E402

from eventwire.annotate.nlp import load_nlp  # noqa: E402
from eventwire.events.coder import EventCoder  # noqa: E402
from eventwire.events.learned import MODELS_DIR, LearnedModels, load_models  # noqa: E402
from eventwire.settings import Settings  # noqa: E402

DATA = ROOT.parent / "shared" / "data"


def top(scores: dict[str, float], n: int = 3) -> str:
    """The `n` most probable types, with their probabilities."""
    best = sorted(scores, key=scores.__getitem__, reverse=True)[:n]
    return " ".join(f"{k}:{scores[k]:.2f}" for k in best)


def best_of(coder: EventCoder, doc: Any, document: Any) -> Any:
    """The record's most confident event (what the benchmark scores), or None."""
    return max(coder.code(doc, document), key=lambda e: e.confidence, default=None)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--models", type=Path, action="append", default=None)
    parser.add_argument("--parse-cache", type=Path, default=ROOT / ".bench" / "events-parse.spacy")
    parser.add_argument("--part", choices=("tune", "check"), default="tune")
    args = parser.parse_args(argv)
    folders: list[Path] = args.models or [MODELS_DIR]
    rows = [json.loads(line) for line in (args.data / "events" / "plover.jsonl").open()]
    rows = [r for r in rows if part("plover", r["id"]) == args.part]
    nlp = _Parser(load_nlp(Settings().spacy_model), args.parse_cache, [r["text"] for r in rows])
    ann = _Annotator()
    rules = EventCoder(learned=False)
    rules.setup()
    models: list[LearnedModels] = []
    coders: list[EventCoder] = []
    for folder in folders:
        loaded = load_models(folder)
        assert loaded is not None, folder
        coder = EventCoder(learned=True)
        coder.setup()
        coder.learned = loaded
        models.append(loaded)
        coders.append(coder)
    right = [0] * (len(folders) + 1)
    model_right = [[0, 0] for _ in folders]  # on the rules' sentence, on the whole record
    flips = 0
    for r in rows:
        doc = nlp(r["text"])
        document = _document(r["id"], r["text"], ann.times(r["text"], doc, None), ann.places(doc))
        gold = r["event_plover16"]
        ruled = best_of(rules, doc, document)
        right[0] += bool(ruled and ruled.type == gold)
        sentence = ruled.evidence.sentence if ruled else r["text"]
        chosen = [best_of(c, doc, document) for c in coders]
        types = [c.type if c else None for c in chosen]
        lines = []
        for i, m in enumerate(models):
            right[i + 1] += types[i] == gold
            on_sentence = m.plover_scores(sentence)
            on_record = m.plover_scores(r["text"])
            model_right[i][0] += max(on_sentence, key=on_sentence.__getitem__) == gold
            model_right[i][1] += max(on_record, key=on_record.__getitem__) == gold
            lines.append(
                f"  [{i}] chose {types[i]} ({chosen[i].modality if chosen[i] else '-'})"
                f"  P(event) {m.event_probability(sentence):.2f}  P(gold) {on_sentence.get(gold, 0):.2f}"
                f"  sentence {top(on_sentence)}  record {top(on_record)}"
            )
        flip = len(set(types)) > 1
        flips += flip
        if args.part == "tune":
            marks = "".join("+" if t == gold else "-" for t in types)
            print(
                f"{'FLIP ' if flip else ''}{r['id']} gold {gold} rules "
                f"{ruled.type if ruled else None} conf {ruled.confidence if ruled else 0:.2f} "
                f"acled {ruled.acled_event_type if ruled else None} [{marks}]"
            )
            print(f"  text: {r['text']}")
            if sentence != r["text"]:
                print(f"  rules' sentence: {sentence}")
            print("\n".join(lines))
    n = len(rows)
    print(f"{args.part}: {n} records; rules alone right {right[0]}")
    for i, folder in enumerate(folders):
        print(
            f"[{i}] {folder}: coder right {right[i + 1]} ({right[i + 1] / n:.3f}); model's top type "
            f"right on the rules' sentence {model_right[i][0]}, on the whole record {model_right[i][1]}"
        )
    print(f"decisions differing between folders: {flips}")


if __name__ == "__main__":
    main(sys.argv[1:])
