"""Anchors of weekdays, months and last/this/next: value accuracy on wire-style sentences.

`data/time_anchors.tsv` holds sentences written for eventwire in the register of 1990s wire copy
and feature stories, each with a weekday, a month without a year or a last/this/next expression
whose direction a reader can tell (the tense and aspect of the governing verb, a verb of saying
and its complement, a dateline's day, a past clause naming a month after the creation month).
The values were written from the codebook's conventions before the tagger ran on them; the gate
is the accuracy the tagger reached, so a change that loses a form shows here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from eventwire.annotate.nlp import load_nlp
from eventwire.annotate.times import TimeTagger
from eventwire.settings import Settings

from .time_case_reader import read_cases, wrong_cases

CASES = Path(__file__).parent / "data" / "time_anchors.tsv"
TARGET = 0.97


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp(Settings().spacy_model)


def test_the_set_is_large() -> None:
    cases = read_cases(CASES)
    assert len(cases) >= 150
    assert len({c["sentence"] for c in cases}) >= 120
    assert all(c["sentence"] and c["expression"] and c["value"] for c in cases)


def test_value_accuracy(nlp: Language, capsys: pytest.CaptureFixture[str]) -> None:
    tagger = TimeTagger()
    cases = read_cases(CASES)
    wrong = wrong_cases(cases, tagger, nlp)
    accuracy = 1 - len(wrong) / len(cases)
    with capsys.disabled():
        print(f"\nanchor time cases: {len(cases)}, value accuracy {accuracy:.3f}")
        print("\n".join(wrong))
    assert accuracy >= TARGET, "\n".join(wrong)
