"""How the hand-written rules alone read our own labelled sentences (issue 15).

The rules were written looking at the development sets' tune part; our sentences
(`training/en/sentences/*.jsonl` and the PLOVER and non-event files of `pending/`) were written
by us, so they are evidence where the rules were not tuned. For each PLOVER type this prints the
rules' recall (the most confident event the rules code has the gold type), what they give
instead, how often they find no event, and, on the non-event sentences, how many get an asserted
event (the precision side: a trigger that fires in another sense shows there).

The rules' output is cached per sentence in `.bench/rules_on_sentences.json` with a digest of the
rules (source and word files); `--stale-ok REGEX` reuses the cached output of sentences that do
not match REGEX after a rules change, so a word-list edit is measured in seconds on the sentences
it can touch (the figures printed then say so).

`--published DAY` reads each sentence as an article, its time expressions tagged by the time
stage as in the pipeline: "in 2019", "three years ago" then date the event, and what is told more
than about a year before its day is background. Our sentences carry no day of publication: a
sentence's day is the latest calendar day or month (told with its year, not after DAY) that any
sentence of its group tells ("On 4 February 2023, soldiers clashed ..." dates its group's
news), else DAY (they were written in December 2026: `--published 2026-12-01`).

    .venv/bin/python training/rules_on_sentences.py [--type AGREE] [--show 20] [--stale-ok REGEX]

The figures are also a gate: `training/en/rules_floor.json` records the floor each may not fall
below (`--record-floor` writes it from a full, fresh run), and the slow test
`tests/training/test_rules_floor.py` fails CI when a rules change lowers one.
"""

from __future__ import annotations

import argparse
import calendar
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))
from tune import RulesOnly, rules_digest  # noqa: E402

CACHE = ROOT / ".bench" / "rules_on_sentences.json"
FLOOR = ROOT / "training" / "en" / "rules_floor.json"
RECALL_SLACK = 0.02
"""How far a type's recall may fall under its recorded figure before the gate fails: a type with
few sentences moves by a sentence or two when a general reading improves others."""
PENDING = ("w9_*.jsonl", "w10_*.jsonl", "w13_*.jsonl")
NONE = "-"


def labelled() -> list[dict[str, Any]]:
    """Our labelled sentences: every file of `sentences/` and the w9, w10 and w13 files of
    `pending/`."""
    base = ROOT / "training" / "en"
    paths = sorted((base / "sentences").glob("*.jsonl"))
    for pattern in PENDING:
        paths += sorted((base / "pending").glob(pattern))
    rows: list[dict[str, Any]] = []
    for path in paths:
        for line in path.open(encoding="utf-8"):
            if line.strip():
                rows.append(json.loads(line))
    return rows


def group_days(rows: list[dict[str, Any]], published: str) -> dict[str, str]:
    """Each text's day of publication (`--published`): the latest day or month its group tells
    with a year, not after `published`, else `published`."""
    from eventwire.annotate.times import TimeTagger
    from eventwire.settings import Settings

    tagger = TimeTagger(lexicon=Settings().lexicon())
    latest: dict[str, str] = {}
    for r in rows:
        for t in tagger.tag(r["text"], published):
            found = re.fullmatch(r"(\d{4})-(\d\d)(?:-(\d\d))?", t.value or "")
            if found is None or found.group(1) not in t.text:
                continue
            year, month, day = found.groups()
            last = calendar.monthrange(int(year), int(month))[1]
            told = f"{year}-{month}-{day or last:0>2}"
            if told <= published and told > latest.get(r["group"], ""):
                latest[r["group"]] = told
    return {r["text"]: latest.get(r["group"], published) for r in rows}


def coded(
    texts: list[str],
    stale_ok: str | None,
    days: dict[str, str] | None = None,
    cache_path: Path = CACHE,
) -> tuple[dict[str, Any], int]:
    """The rules' reading of each text (its events' type, modality, confidence), from the cache
    where it was written by the same rules (or, with `stale_ok`, by earlier rules for texts that
    do not match it); returns the readings and how many came from earlier rules. With `days`
    (text to day of publication), each text is read as an article of its day."""
    if days is not None:
        keyed = {f"{days[t]}|{t}": t for t in texts}
        found, stale = coded(list(keyed), stale_ok, cache_path=cache_path)
        return {keyed[k]: v for k, v in found.items() if k in keyed}, stale
    key = rules_digest()
    path = cache_path
    cache: dict[str, Any] = {}
    stored_key = None
    if path.exists():
        stored = json.loads(path.read_text(encoding="utf-8"))
        stored_key, cache = stored["key"], stored["coded"]
    if stored_key != key:
        match = re.compile(stale_ok, re.IGNORECASE) if stale_ok else None
        keep = {t: c for t, c in cache.items() if match and not match.search(t)}
        cache = {t: c for t, c in keep.items() if not c.get("stale") or match}
        for c in cache.values():
            c["stale"] = True
    elif not stale_ok:
        # a cache written by a `stale_ok` run under these rules still holds earlier rules'
        # readings: without `stale_ok` they are read again
        cache = {t: c for t, c in cache.items() if not c.get("stale")}
    todo = sorted({t for t in texts if t not in cache})
    if todo:
        print(f"the rules read {len(todo)} sentences", file=sys.stderr)
        dated = {t: t.split("|", 1)[0] for t in todo if "|" in t}
        out = RulesOnly(dated or None).code([(t, t.split("|", 1)[-1]) for t in todo])
        for t in todo:
            cache[t] = {"events": [list(e[:4]) for e in out[t]["events"]]}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"key": key, "coded": cache}), encoding="utf-8")
    return cache, sum(bool(cache[t].get("stale")) for t in set(texts))


def best(reading: dict[str, Any], asserted_only: bool) -> str:
    """The type of the most confident event (asserted ones only, if asked)."""
    events = [e for e in reading["events"] if not asserted_only or e[2] == "asserted"]
    if not events:
        return NONE
    return str(max(events, key=lambda e: e[3])[0])


def gate_figures(rows: list[dict[str, Any]], readings: dict[str, Any]) -> dict[str, Any]:
    """The gate's figures: right type among event sentences, per-type recall, and the share of
    non-event sentences that get an asserted event."""
    events = [r for r in rows if r.get("event") and r.get("plover")]
    others = [r for r in rows if not r.get("event")]
    by_type: dict[str, Counter[str]] = defaultdict(Counter)
    for r in events:
        by_type[r["plover"]][best(readings[r["text"]], False)] += 1
    fired = sum(best(readings[r["text"]], True) != NONE for r in others)
    return {
        "events": len(events),
        "right": sum(c[t] for t, c in by_type.items()) / max(1, len(events)),
        "recall": {t: c[t] / sum(c.values()) for t, c in sorted(by_type.items())},
        "non_events": len(others),
        "non_events_fired": fired / max(1, len(others)),
    }


def below_floor(found: dict[str, Any], floor: dict[str, Any]) -> list[str]:
    """What fell: the right-type share under its floor, a type's recall more than
    `RECALL_SLACK` under its recorded figure, or more non-events with an asserted event."""
    fallen = []
    if found["right"] < floor["right"]:
        fallen.append(f"right type {found['right']:.4f} < floor {floor['right']:.4f}")
    if found["non_events_fired"] > floor["non_events_fired"]:
        fallen.append(
            f"non-events with an asserted event {found['non_events_fired']:.4f}"
            f" > ceiling {floor['non_events_fired']:.4f}"
        )
    for kind, recorded in floor["recall"].items():
        now = found["recall"].get(kind, 0.0)
        if now < recorded - RECALL_SLACK:
            fallen.append(f"{kind} recall {now:.3f} < {recorded:.3f} - {RECALL_SLACK}")
    return fallen


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--type", help="list the misread sentences of this gold type")
    parser.add_argument("--negatives", action="store_true", help="list non-events with an event")
    parser.add_argument("--show", type=int, default=30, help="how many sentences to list")
    parser.add_argument("--stale-ok", help="reuse earlier rules' output for texts not matching")
    parser.add_argument("--json", type=Path, help="write the figures there too")
    parser.add_argument("--published", help="read each sentence as an article of that day")
    parser.add_argument(
        "--record-floor",
        action="store_true",
        help=f"write the figures as the gate's floor ({FLOOR}), with the --published day",
    )
    args = parser.parse_args(argv)

    rows = labelled()
    days = group_days(rows, args.published) if args.published else None
    readings, stale = coded([r["text"] for r in rows], args.stale_ok, days)
    if args.record_floor:
        if stale:
            parser.error("--record-floor needs a fresh run (no --stale-ok readings)")
        floor = {"published": args.published, **gate_figures(rows, readings)}
        FLOOR.write_text(json.dumps(floor, indent=1) + "\n", encoding="utf-8")
        print(f"floor written to {FLOOR}")
    events = [r for r in rows if r.get("event") and r.get("plover")]
    others = [r for r in rows if not r.get("event")]

    by_type: dict[str, Counter[str]] = defaultdict(Counter)
    for r in events:
        by_type[r["plover"]][best(readings[r["text"]], False)] += 1
    right = sum(c[t] for t, c in by_type.items())
    print(f"{len(rows)} sentences ({stale} read by earlier rules); {len(events)} events: "
          f"rules' most confident event has the gold type {right} "
          f"({right / len(events):.3f}), no event {sum(c[NONE] for c in by_type.values())}")  # fmt: skip
    print(f"{'type':10} {'n':>5} {'recall':>7} {'none':>5}  given instead")
    for t, c in sorted(by_type.items()):
        n = sum(c.values())
        instead = ", ".join(f"{k} {v}" for k, v in c.most_common() if k not in {t, NONE})
        print(f"{t:10} {n:5d} {c[t] / n:7.3f} {c[NONE]:5d}  {instead}")

    fired: Counter[str] = Counter()
    by_pattern: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in others:
        kind = best(readings[r["text"]], True)
        by_pattern[r.get("pattern", "?")][1] += 1
        if kind != NONE:
            fired[kind] += 1
            by_pattern[r.get("pattern", "?")][0] += 1
    total = sum(fired.values())
    print(f"non-events: {len(others)}, with an asserted event {total} "
          f"({total / max(1, len(others)):.3f}): "
          + ", ".join(f"{k} {v}" for k, v in fired.most_common()))  # fmt: skip
    print("  by pattern: " + ", ".join(
        f"{p} {a}/{n}" for p, (a, n) in sorted(by_pattern.items(), key=lambda x: -x[1][0]) if a
    ))  # fmt: skip

    if args.type:
        misread = [r for r in events if r["plover"] == args.type
                   and best(readings[r["text"]], False) != args.type]  # fmt: skip
        for r in misread[: args.show]:
            print(f"  [{best(readings[r['text']], False)}] {r['id']}: {r['text']}")
    if args.negatives:
        wrong = [r for r in others if best(readings[r["text"]], True) != NONE]
        for r in wrong[: args.show]:
            print(f"  [{best(readings[r['text']], True)}] {r['id']}: {r['text']}")
    if args.json:
        figures = {"events": len(events), "right": right, "non_events": len(others),
                   "non_events_fired": total,
                   "by_type": {t: dict(c) for t, c in sorted(by_type.items())}}  # fmt: skip
        args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
