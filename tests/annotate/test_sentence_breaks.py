"""Sentence starts the parser misses on extracted pages (prec16): a stop with no space after
it, a headline or caption line with no stop run into the lede."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.annotate.nlp import load_nlp
from eventwire.settings import Settings


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp(Settings().spacy_model)


def _sents(nlp: Language, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Deputies said the driver sped away.Officers found the van on Monday near the quarry.",
            ["Deputies said the driver sped away.", "Officers found the van on Monday near the quarry."],
        ),
        (
            "Boy, 9, hurt in crash on Birch Row\nA boy was hurt when a van struck his bike late Friday.",
            ["Boy, 9, hurt in crash on Birch Row", "A boy was hurt when a van struck his bike late Friday."],
        ),
        (
            "Photo: a staff photographer\nThe council met the mayor on Monday to discuss the budget.",
            ["Photo: a staff photographer", "The council met the mayor on Monday to discuss the budget."],
        ),
    ],
)  # fmt: skip
def test_a_missed_break_ends_a_sentence(nlp: Language, text: str, sentences: list[str]) -> None:
    assert _sents(nlp, text) == sentences


@pytest.mark.parametrize(
    "text",
    [
        # a line hard-wrapped inside a sentence goes on in lower case
        "The mayor said the budget would help farmers, who had\nlong asked for a new road.",
        # an abbreviation's stop is no sentence's end
        "The delegation flew to the U.S.Embassy talks on Monday with the trade minister.",
        # a line that ends on a comma goes on
        "The mayor thanked the volunteers,\nMembers of the council and the firefighters.",
    ],
)
def test_no_break_inside_a_sentence(nlp: Language, text: str) -> None:
    assert len(_sents(nlp, text)) == 1
