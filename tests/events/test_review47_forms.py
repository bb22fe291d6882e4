"""review47: a headline's verb taken for a noun and read by its object's phrasal row reads the row
whatever the parser tags the object's noun among a phrase's words, a verb's too ("Cabinet scraps
curfew": "curfew" tagged as a verb); the sentence's first pass (`row_object`) and the headline's
reading ask the same question. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Code

BODY = "\nOfficials said on Monday that calm had returned."
"""A second line under the headline under test, so the first line reads as a headline."""


def _headline_types(code: Code, headline: str) -> set[str]:
    return {
        e.type
        for e in code(headline + BODY)
        if e.modality == "asserted" and e.evidence.start == 0 and e.evidence.end > 0
    }


@pytest.mark.parametrize(
    "headline",
    [
        "Cabinet scraps curfew",
        "Governor scraps curfew",
        "Regime scraps levy",
    ],
)
def test_a_row_object_tagged_as_a_verb_still_reads_the_row(code: Code, headline: str) -> None:
    assert "CONCEDE" in _headline_types(code, headline), headline


@pytest.mark.parametrize(
    "headline",
    [
        "Dealers scrap old cars",
        "Firm scraps plans",
        "Pupils trade stickers",
    ],
)
def test_a_row_verb_with_no_row_object_stays_no_event(code: Code, headline: str) -> None:
    assert not _headline_types(code, headline), headline
