"""Reading and scoring our own time-expression sets (`data/time_*.tsv`), shared by their tests.

Each set is a tab-separated file of sentence, expression, value (`-`: no time there), anchor
and optionally the site whose country decides day-first numeric dates; `#` lines are comments.
"""

from __future__ import annotations

import csv
from pathlib import Path

from spacy.language import Language

from eventwire.annotate.times import TimeTagger, day_first_site


def read_cases(path: Path) -> list[dict[str, str]]:
    """The set's rows as dicts keyed by the header."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def value_right(case: dict[str, str], tagger: TimeTagger, nlp: Language) -> tuple[bool, str]:
    """Whether the tagger gives the case's expression its value (or, for `-`, no time
    overlapping it), and what it found, for the failure message."""
    text = case["sentence"]
    day_first = day_first_site(case.get("site") or None)
    times = tagger.tag(text, case["anchor"], nlp(text), day_first)
    found = [(t.text, t.value) for t in times]
    if case["value"] == "-":
        start = text.index(case["expression"])
        end = start + len(case["expression"])
        return not any(t.start < end and start < t.end for t in times), str(found)
    return (case["expression"], case["value"]) in found, str(found)


def wrong_cases(cases: list[dict[str, str]], tagger: TimeTagger, nlp: Language) -> list[str]:
    """One line per case the tagger gets wrong."""
    wrong = []
    for case in cases:
        ok, found = value_right(case, tagger, nlp)
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
