"""The learned fallback (`arbitrate.fallback`, issue 15) measured on our own labelled sentences.

A sentence the rules read no event in (their cached reading, `rules_on_sentences.coded`, each read
as an article of its day) gets the models' event where P(event) and the top PLOVER type clear a
setting's floors. Every sentence is scored out of fold as `gate_on_sentences.out_of_fold_scores`
does (grouped folds: no sentence is scored by a model that saw its story). For each setting:
events gained of the gold type (`right`), gained on an event sentence with another type
(`wrong_type`), and non-event sentences that get one (`false`). The setting itself is chosen on
the development sets' tune part by `tune.py --fallback-only`; this is the out-of-sample check.

    .venv/bin/python training/fallback_on_sentences.py [--published DAY] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from gate_on_sentences import out_of_fold_scores  # noqa: E402
from rules_on_sentences import coded, group_days, labelled  # noqa: E402

from eventwire.events.arbitrate import fallback  # noqa: E402

EVENT_STEPS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
TYPE_STEPS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
BAD_PER_RIGHT = 0.1
"""A candidate setting may add at most this many wrong events (of another type, or on a
non-event sentence) per right one: our non-events are few beside a news page's sentences."""


def choose(table: list[dict[str, Any]]) -> dict[str, Any]:
    """The row with the most right events among those within `BAD_PER_RIGHT` (the higher
    floors among equals)."""
    within = [r for r in table if r["wrong_type"] + r["false"] <= BAD_PER_RIGHT * r["right"]]
    return max(within, key=lambda r: (r["right"], r["event_at_least"], r["type_at_least"]))


def measure(
    rows: list[dict[str, Any]],
    readings: dict[str, Any],
    scores: dict[str, tuple[float, dict[str, float]]],
    setting: dict[str, float],
) -> dict[str, int]:
    """What `setting` adds on the sentences the rules read no event in."""
    out = {"right": 0, "wrong_type": 0, "false": 0, "missed_events": 0}
    for r in rows:
        if readings[r["text"]]["events"]:
            continue
        p_event, of_type = scores[r["text"]]
        kind = fallback(p_event, of_type, setting)
        if r.get("event"):
            out["missed_events"] += 1
        if kind is None:
            continue
        if not r.get("event"):
            out["false"] += 1
        elif kind == r.get("plover"):
            out["right"] += 1
        else:
            out["wrong_type"] += 1
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--published", default="2026-12-01", help="each sentence's article day")
    parser.add_argument("--stale-ok", help="reuse earlier rules' output for texts not matching")
    parser.add_argument("--json", type=Path, help="write the figures there too")
    args = parser.parse_args(argv)
    rows = labelled()
    readings, stale = coded(
        [r["text"] for r in rows], args.stale_ok, group_days(rows, args.published)
    )
    scores = out_of_fold_scores()
    silent = [r for r in rows if not readings[r["text"]]["events"]]
    print(
        f"{len(rows)} sentences ({stale} read by earlier rules); the rules read no event in "
        f"{len(silent)}: {sum(bool(r.get('event')) for r in silent)} event sentences, "
        f"{sum(not r.get('event') for r in silent)} non-events"
    )
    table = []
    print(f"{'P(event)':>8} {'P(type)':>7} {'right':>6} {'wrong':>6} {'false':>6}")
    for e in EVENT_STEPS:
        for t in TYPE_STEPS:
            got = measure(rows, readings, scores, {"event_at_least": e, "type_at_least": t})
            table.append({"event_at_least": e, "type_at_least": t, **got})
            print(f"{e:8} {t:7} {got['right']:6d} {got['wrong_type']:6d} {got['false']:6d}")
    chosen = choose(table)
    print(f"candidate setting (at most {BAD_PER_RIGHT} wrong per right): {chosen}")
    if args.json:
        args.json.write_text(
            json.dumps({"chosen": chosen, "table": table}, indent=1) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
