"""The event stage's geocode part alone, CPU timed: record, then replay, its `ArticlePlaces` calls.

The events stage asks each article's `ArticlePlaces` (made by `Geocoder.article_places`) for the
article's country and each event's place; on a loaded machine that part's gain drowns in the
whole stage's noise. `--record` runs the events stage on saved parses (`scripts/same-output.py
--save-parsed`) and keeps every call with its answer; `--replay` makes each article's
`ArticlePlaces` again and asks the same, timing only that (each parse's tables read first,
untimed), and counts answers that differ from the recorded ones. Record once (on main), replay
from each worktree, alternating:

    .venv/bin/python scripts/place-replay.py --parsed .bench/parsed.pkl --record /tmp/calls.pkl
    .venv/bin/python scripts/place-replay.py --parsed .bench/parsed.pkl --replay /tmp/calls.pkl
"""

from __future__ import annotations

import argparse
import pickle
import time
from pathlib import Path
from typing import Any


def record(parsed: Path, out: Path) -> None:
    from eventwire.geocode import event_place
    from eventwire.pipeline.runner import Pipeline
    from eventwire.settings import Settings

    log: list[list[tuple[Any, ...]]] = []
    cls: Any = event_place.ArticlePlaces
    init, actors, stances, groups = cls.__init__, cls.hear_actors, cls.hear_stances, cls.hear_groups
    country, event = cls.country, cls.event_place

    def _init(self: Any, *args: Any) -> None:
        log.append([])
        init(self, *args)

    def _actors(self: Any, countries: Any) -> None:
        log[-1].append(("hear_actors", tuple(countries)))
        actors(self, log[-1][-1][1])

    def _stances(self: Any, found: Any) -> None:
        log[-1].append(("hear_stances", dict(found)))
        stances(self, found)

    def _groups(self: Any, offsets: Any) -> None:
        log[-1].append(("hear_groups", tuple(offsets)))
        groups(self, log[-1][-1][1])

    def _country(self: Any) -> Any:
        answer = country(self)
        log[-1].append(("country", (), answer))
        return answer

    def _event(self: Any, clause: Any, sent: Any, *rest: Any) -> Any:
        answer = event(self, clause, sent, *rest)
        log[-1].append(("event_place", (clause, (sent.start, sent.end), *rest), answer))
        return answer

    cls.__init__, cls.hear_actors, cls.hear_stances = _init, _actors, _stances
    cls.hear_groups, cls.country, cls.event_place = _groups, _country, _event
    pipeline = Pipeline(Settings())
    pipeline.setup()
    with parsed.open("rb") as fh:
        items = pickle.load(fh)
    list(pipeline.stages[-1].run(items))
    with out.open("wb") as saved:
        pickle.dump(log, saved)
    print(f"{len(log)} articles, {sum(map(len, log))} calls")


def replay(parsed: Path, calls: Path) -> None:
    from eventwire.annotate import nlp
    from eventwire.geocode.sentence_places import _caps
    from eventwire.pipeline.runner import Pipeline
    from eventwire.settings import Settings

    pipeline = Pipeline(Settings())
    pipeline.setup()
    events = pipeline.stages[-1]
    events.setup()
    geocoder = events.coder.geocoder  # type: ignore[attr-defined]
    with parsed.open("rb") as fh:
        items = [i for i in pickle.load(fh) if hasattr(i, "doc")]
    with calls.open("rb") as fh:
        log = pickle.load(fh)
    times = {"init": 0.0, "country": 0.0, "event_place": 0.0}
    differ = 0
    for item, asked in zip(items, log, strict=False):
        doc = item.doc
        nlp.doc_tokens(doc), nlp.token_words(doc), nlp.token_heads(doc), nlp.doc_ents(doc)
        nlp.doc_sents(doc), nlp.dated_heads(doc), _caps(doc)
        started = time.process_time()
        where = geocoder.article_places(doc, item.document)
        times["init"] += time.process_time() - started
        for name, args, *answer in asked:
            if name not in times:
                getattr(where, name)(args)
                continue
            if name == "event_place":
                clause, (start, end), *rest = args
                args = (clause, doc[start:end], *rest)
            started = time.process_time()
            found = getattr(where, name)(*args)
            times[name] += time.process_time() - started
            differ += found != answer[0]
    print(
        f"geocode part {sum(times.values()):.3f} CPU s: "
        + ", ".join(f"{k} {v:.3f}" for k, v in times.items())
        + f"; {differ} answers differ from the recorded ones"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--parsed", type=Path, required=True)
    parser.add_argument("--record", type=Path)
    parser.add_argument("--replay", type=Path)
    args = parser.parse_args()
    if args.record:
        record(args.parsed, args.record)
    if args.replay:
        replay(args.parsed, args.replay)


if __name__ == "__main__":
    main()
