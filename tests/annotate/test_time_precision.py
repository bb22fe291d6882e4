"""A set of time expressions whose precision is the hard part: the grain a value is told at.

`data/time_precision.tsv` holds sentences written for eventwire (none taken from a dataset)
with quarters and halves named by their months, seasons, decades and centuries, ISO weeks, the
year-ago period, and lengths beside points ("the past decade", "the 12 months to April"). The
values were written from the TIMEX3 guidelines (a value at the granularity its words name)
before the tagger was run on them; the gate is the accuracy the tagger reached.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from eventwire.annotate.nlp import load_nlp
from eventwire.annotate.times import TimeTagger
from eventwire.settings import Settings

from .time_case_reader import read_cases, wrong_cases

CASES = Path(__file__).parent / "data" / "time_precision.tsv"
TARGET = 1.0


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp(Settings().spacy_model)


def test_the_set_is_large() -> None:
    cases = read_cases(CASES)
    assert len(cases) >= 50
    assert len({c["sentence"] for c in cases}) >= 40


def test_value_accuracy(nlp: Language, capsys: pytest.CaptureFixture[str]) -> None:
    cases = read_cases(CASES)
    wrong = wrong_cases(cases, TimeTagger(), nlp)
    accuracy = 1 - len(wrong) / len(cases)
    with capsys.disabled():
        print(f"\nprecision time cases: {len(cases)}, value accuracy {accuracy:.3f}")
        print("\n".join(wrong))
    assert accuracy >= TARGET, "\n".join(wrong)
