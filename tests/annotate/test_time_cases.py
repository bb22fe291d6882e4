"""The time stage's regression gate: value accuracy on our own set of time expressions.

`data/time_cases.tsv` holds sentences written for eventwire (none taken from a dataset), each
with an expression the tagger must return and its TIMEX3 value, or "-" for words that must give
no time expression (a house number, an age, a count). Each sentence is tagged as the pipeline
tags it: with its spaCy parse, its publication date and its site.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from eventwire.annotate.times import TimeTagger

from .time_case_reader import read_cases, wrong_cases

CASES = Path(__file__).parent / "data" / "time_cases.tsv"
TARGET = 0.90


def test_the_set_is_large_and_our_own() -> None:
    cases = read_cases(CASES)
    assert len(cases) >= 150
    assert all(c["sentence"] and c["expression"] and c["value"] for c in cases)


def test_value_accuracy(
    nlp: Language, tagger: TimeTagger, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = read_cases(CASES)
    wrong = wrong_cases(cases, tagger, nlp)
    accuracy = 1 - len(wrong) / len(cases)
    with capsys.disabled():
        print(f"\ntime cases: {len(cases)}, value accuracy {accuracy:.3f}")
    with capsys.disabled():
        print("\n".join(wrong))
    assert accuracy >= TARGET, "\n".join(wrong)


@pytest.mark.parametrize(
    "text",
    [
        "Shelling resumed Saturday night.",
        "Curfew lifted Tuesday morning.",
        "Blast at 3:15 p.m. Monday.",
    ],
)
def test_short_texts_are_tagged_like_long_ones(
    nlp: Language, tagger: TimeTagger, text: str
) -> None:
    """A one-line alert gets the same values as the same words inside a long article."""
    filler = " The ministry gave no further details and a spokesman declined to comment." * 3
    alone = {(t.text, t.value) for t in tagger.tag(text, "2021-03-10", nlp(text))}
    long_text = text + filler
    inside = {(t.text, t.value) for t in tagger.tag(long_text, "2021-03-10", nlp(long_text))}
    assert alone and alone <= inside
