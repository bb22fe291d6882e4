"""Reading and scoring our own time-expression sets (`data/time_*.tsv`), shared by their tests.

Each set is a tab-separated file of sentence, expression, value (`-`: no time there), anchor
and optionally the site whose country decides day-first numeric dates; `#` lines are comments.
"""

from __future__ import annotations

import csv
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.annotate.times import TimeTagger, day_first_site


def read_cases(path: Path) -> list[dict[str, str]]:
    """The set's rows as dicts keyed by the header."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def value_right(case: dict[str, str], tagger: TimeTagger, doc: Doc) -> tuple[bool, str]:
    """Whether the tagger gives the case's expression its value (or, for `-`, no time
    overlapping it), given the sentence's parse `doc`, and what it found, for the failure
    message."""
    text = case["sentence"]
    day_first = day_first_site(case.get("site") or None)
    times = tagger.tag(text, case["anchor"], doc, day_first)
    found = [(t.text, t.value) for t in times]
    if case["value"] == "-":
        start = text.index(case["expression"])
        end = start + len(case["expression"])
        return not any(t.start < end and start < t.end for t in times), str(found)
    return (case["expression"], case["value"]) in found, str(found)


def wrong_cases(cases: list[dict[str, str]], tagger: TimeTagger, nlp: Language) -> list[str]:
    """One line per case the tagger gets wrong. The sentences are parsed in batches, as the
    pipeline's annotate stage parses (`nlp.pipe`: the same parses, a fifth of the time)."""
    wrong = []
    docs = nlp.pipe(case["sentence"] for case in cases)
    for case, doc in zip(cases, docs, strict=True):
        ok, found = value_right(case, tagger, doc)
        if not ok:
            wrong.append(
                f"{case['anchor']} {case['sentence']!r}: want "
                f"{case['expression']!r}={case['value']}, got {found}"
            )
    return wrong


def found_times(
    tagger: TimeTagger, nlp: Language, text: str, anchor: str
) -> list[tuple[str, str | None]]:
    """The (text, value) of every time expression the tagger finds in `text`."""
    return [(t.text, t.value) for t in tagger.tag(text, anchor, nlp(text))]
