"""The rules against the model on the sealed blind set (issue 15).

`make train` lets the PLOVER model decide after a rule type where it beats the rules on our own
labelled sentences (`tune.py --arbitration-evidence sentences`), but the rules are no longer
unseen there: their misreadings of those sentences are read to write rules
(`rules_on_sentences.py`). `training/en/blind/` holds sentences that neither was made from, and
that nobody reads the misreadings of (its README). On them this prints, per gold PLOVER type and
overall:

- `rules`: the rules alone (`tune.RulesOnly`, as `tune.py` reads our sentences), the type of the
  most confident event right;
- `ranked`: the model's ranking after every rule type (`arbitrate.rank_by_type`: the shipped
  PLOVER model's top type put first among the rules' readings of the sentence; `tune.ranked_type`
  with every type in the table), right;
- `pipeline`: the shipped coder (rules with the shipped models, filters and arbitration table),
  its most confident event's type right;
- `model`: the shipped PLOVER model's top type alone (no rules), right;

and, on the non-event sentences, how many get an asserted event from the rules and from the
shipped coder. Only these totals are read (the set is a referee, not a tune set): `--show` does
not exist on purpose.

    PYTHONPATH=src .venv/bin/python training/blind_contest.py [--json out.json]

The rules' and the shipped coder's readings are cached in `.bench/blind_rules.json` and
`.bench/blind_pipeline-<manifest digest>.json` (keyed by the texts and the rules' digest, as
`tune.py` caches; the shipped coder's file named by the models' manifest).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))
from tune import (  # noqa: E402
    BLIND,
    OOF_FILE,
    SENTENCE_RULES_CACHE,
    ArbitrationRow,
    RulesOnly,
    _constant,
    coded_by_rules,
    ranked_type,
    sentence_rows,
)

from eventwire.events.arbitrate import top_type  # noqa: E402
from eventwire.events.learned import MANIFEST, MODELS_DIR, load_models  # noqa: E402

RULES_CACHE = ROOT / ".bench" / "blind_rules.json"
PIPELINE_CACHE = ROOT / ".bench" / "blind_pipeline.json"
BLIND_KEY = "blind:"
NONE = "-"
ALL_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip


def blind_sentences(folder: Path = BLIND) -> list[dict[str, Any]]:
    """Every row of the blind set's files."""
    rows: list[dict[str, Any]] = []
    for path in sorted(folder.glob("*.jsonl")):
        rows.extend(json.loads(line) for line in path.open(encoding="utf-8") if line.strip())
    return rows


class ShippedCoder(RulesOnly):
    """`RulesOnly`'s reading with the shipped models on (`EventCoder(learned=True)`): the
    pipeline's events of a text."""

    def __init__(self) -> None:
        super().__init__()
        from eventwire.events.coder import EventCoder

        self.coder = EventCoder(learned=True)
        self.coder.setup()


def shipped_coded(items: list[tuple[str, str]], cache: Path | None) -> dict[str, dict[str, Any]]:
    """`tune.coded_by_rules` with the shipped coder; its cache is keyed by the texts and the
    rules (as `tune.py` keys it) and named by a digest of the shipped models' manifest (their
    data, settings and tables), so a retrained model is read afresh."""
    if cache is not None:
        manifest = hashlib.sha256((MODELS_DIR / MANIFEST).read_bytes()).hexdigest()[:12]
        cache = cache.with_name(f"{cache.stem}-{manifest}{cache.suffix}")
    return coded_by_rules(items, cache, ShippedCoder)


def blind_rows(
    cache: Path | None = RULES_CACHE,
) -> tuple[list[ArbitrationRow], list[str], dict[str, dict[str, Any]]]:
    """The blind set's event sentences as `tune.py`'s arbitration rows (the rules' events of
    each beside the shipped PLOVER model's top type), their story groups, and the rules'
    readings of every sentence (events and non-events) by id."""
    sentences = blind_sentences()
    items = [(f"{BLIND_KEY}{r['id']}", r["text"]) for r in sentences]
    coded = coded_by_rules(items, cache)
    models = load_models()
    if models is None:
        raise SystemExit("no shipped models")
    rows: list[ArbitrationRow] = []
    groups: list[str] = []
    for r in sentences:
        if r["event"]:
            top = top_type(models.plover_scores(r["text"]))
            rows.append(
                (list(coded[f"{BLIND_KEY}{r['id']}"]["events"]), _constant(top), r["plover"])
            )
            groups.append(r["group"])
    return rows, groups, coded


def most_confident(events: list[Any], asserted_only: bool = False) -> str:
    chosen = [e for e in events if not asserted_only or e[2] == "asserted"]
    return str(max(chosen, key=lambda e: e[3])[0]) if chosen else NONE


def contest(rules_cache: Path | None, pipeline_cache: Path | None) -> dict[str, Any]:
    """Per gold type: n, rules right, model-ranked right, pipeline right, model alone right;
    and the non-events given an asserted event."""
    sentences = blind_sentences()
    rows, _, coded = blind_rows(rules_cache)
    shipped = shipped_coded(
        [(f"{BLIND_KEY}{r['id']}", r["text"]) for r in sentences], pipeline_cache
    )
    events = [r for r in sentences if r["event"]]
    table: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r, row in zip(events, rows, strict=True):
        gold = r["plover"]
        for name in (gold, "all"):
            t = table[name]
            t["n"] += 1
            t["rules"] += ranked_type(row, set()) == gold
            t["ranked"] += ranked_type(row, ALL_TYPES) == gold
            t["pipeline"] += most_confident(shipped[f"{BLIND_KEY}{r['id']}"]["events"]) == gold
            t["model"] += row[1]("") == gold
    # per rule type (the arbitration table's key): the sentences whose rules' most confident
    # event is of that type, rules right and model-ranked right after that type alone
    after: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in rows:
        kind = ranked_type(row, set())
        if kind is not None:
            a = after[kind]
            a["n"] += 1
            a["rules"] += kind == row[2]
            a["ranked"] += ranked_type(row, {kind}) == row[2]
    non = [r for r in sentences if not r["event"]]
    keys = [f"{BLIND_KEY}{r['id']}" for r in non]
    return {
        "by_gold": {k: dict(v) for k, v in table.items()},
        "by_rule_type": {k: dict(v) for k, v in after.items()},
        "non_events": {
            "n": len(non),
            "rules_asserted": sum(most_confident(coded[k]["events"], True) != NONE for k in keys),
            "pipeline_asserted": sum(
                most_confident(shipped[k]["events"], True) != NONE for k in keys
            ),
        },
    }


def shares(rows: list[ArbitrationRow]) -> dict[str, tuple[float, float, float, int]]:
    """Per gold type and `all`: the share right of the rules alone, of the model-ranked reading
    after every rule type and of the model alone, and n."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for row in rows:
        for name in (row[2], "all"):
            c = counts[name]
            c[0] += ranked_type(row, set()) == row[2]
            c[1] += ranked_type(row, ALL_TYPES) == row[2]
            c[2] += row[1]("") == row[2]
            c[3] += 1
    return {k: (c[0] / c[3], c[1] / c[3], c[2] / c[3], c[3]) for k, c in counts.items()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", type=Path, help="write the figures there")
    parser.add_argument(
        "--beside-sentences",
        action="store_true",
        help="print the same shares on our own sentences, the model out of fold (what "
        "`tune.py --arbitration-evidence sentences` reads: .bench/plover_oof.json)",
    )
    parser.add_argument("--no-cache", action="store_true", help="read every sentence afresh")
    args = parser.parse_args(argv)
    found = contest(
        None if args.no_cache else RULES_CACHE, None if args.no_cache else PIPELINE_CACHE
    )
    print("by gold type: right of n (rules alone / model-ranked after every rule type / "
          "shipped pipeline / model alone)")  # fmt: skip
    print(f"{'type':10} {'rules':>6} {'ranked':>7} {'pipeline':>9} {'model':>6} {'n':>4}")
    by_gold = found["by_gold"]
    for kind in sorted(k for k in by_gold if k != "all") + ["all"]:
        t = by_gold[kind]
        print(
            f"{kind:10} {t['rules']:>6} {t['ranked']:>7} {t['pipeline']:>9} {t['model']:>6} "
            f"{t['n']:>4}"
        )
    print("\nby the rules' type (the arbitration table's key): model-ranked after it alone")
    print(f"{'type':10} {'rules':>6} {'ranked':>7} {'n':>4}")
    for kind, t in sorted(found["by_rule_type"].items()):
        print(f"{kind:10} {t['rules']:>6} {t['ranked']:>7} {t['n']:>4}")
    ne = found["non_events"]
    print(
        f"\nnon-events given an asserted event: rules {ne['rules_asserted']}, "
        f"shipped pipeline {ne['pipeline_asserted']} of {ne['n']}"
    )
    if args.beside_sentences:
        stored = sentence_rows(OOF_FILE, SENTENCE_RULES_CACHE)
        if stored is None:
            raise SystemExit(f"no out-of-fold scores of the sentences now held ({OOF_FILE})")
        ours = shares(stored[0])
        blind = shares(blind_rows()[0])
        print(
            "\nshare right, our sentences (model out of fold) | blind set: rules / ranked / model"
        )
        for kind in sorted(k for k in blind if k != "all") + ["all"]:
            a, b = ours.get(kind, (0.0, 0.0, 0.0, 0)), blind[kind]
            print(
                f"{kind:10} {a[0]:.3f} {a[1]:.3f} {a[2]:.3f} {a[3]:>5} | "
                f"{b[0]:.3f} {b[1]:.3f} {b[2]:.3f} {b[3]:>4}"
            )
        found["beside_sentences"] = {"ours": ours, "blind": blind}
    if args.json:
        args.json.write_text(json.dumps(found, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main()
