"""A blind newswire set: value accuracy on time expressions in 1990s wire-style sentences.

`data/time_newswire.tsv` holds sentences written for eventwire in the style of business and
politics wires (earnings periods, fiscal years, quarters, datelines, weekdays, decades, seasons,
clock times, holidays, sets, and numbers that are no time at all). The values were written from
the TIMEX3 guidelines against a creation time fixed per paragraph, before the tagger was run on
them; the gate is the accuracy the tagger reached, so a change that loses a form shows here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from eventwire.annotate.nlp import load_nlp
from eventwire.annotate.times import TimeTagger
from eventwire.settings import Settings

from .time_case_reader import read_cases, wrong_cases

CASES = Path(__file__).parent / "data" / "time_newswire.tsv"
TARGET = 0.98


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp(Settings().spacy_model)


def test_the_set_is_large() -> None:
    cases = read_cases(CASES)
    assert len(cases) >= 200
    assert len({c["sentence"] for c in cases}) >= 120


def test_value_accuracy(nlp: Language, capsys: pytest.CaptureFixture[str]) -> None:
    tagger = TimeTagger()
    cases = read_cases(CASES)
    wrong = wrong_cases(cases, tagger, nlp)
    accuracy = 1 - len(wrong) / len(cases)
    with capsys.disabled():
        print(f"\nnewswire time cases: {len(cases)}, value accuracy {accuracy:.3f}")
        print("\n".join(wrong))
    assert accuracy >= TARGET, "\n".join(wrong)
