"""Numbers that count people, and those that are ages, dates or gallery captions."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.annotate.amounts import counts_people, date_part, is_age, word_value


def _token(nlp: Language, text: str, word: str):  # type: ignore[no-untyped-def]
    return next(t for t in nlp(text) if t.text == word)


def test_ages_are_no_counts(nlp: Language) -> None:
    assert is_age(_token(nlp, "Family of a 17 y.o boy spoke to reporters.", "17"))
    assert is_age(_token(nlp, "A 34-year-old man was hurt.", "34"))
    assert is_age(_token(nlp, "She shot her daughters, ages 6 and 9, at the cabin.", "9"))
    assert not counts_people(_token(nlp, "A 34-year-old man was hurt.", "34"))
    # a headline's "Boy, 4, dies", the noun tagged as an interjection
    assert is_age(_token(nlp, "#UPDATE: Boy, 4, dies after gun goes off at a cabin", "4"))


def test_dates_and_captions_are_no_counts(nlp: Language) -> None:
    assert date_part(_token(nlp, "It happened on Sunday, Dec. 4, 2016, at noon.", "4"))
    assert not counts_people(_token(nlp, "Image 2 / 6 Back to gallery", "6"))
    assert not counts_people(_token(nlp, "Image 3 of 7 A boy was shot", "7"))
    assert counts_people(_token(nlp, "Police said 12 people were hurt.", "12"))


@pytest.mark.parametrize(
    ("text", "value"),
    [("a dozen", 12), ("a hundred", 100), ("a", 1), ("a pair", 2)],
)
def test_an_article_counts_only_alone(text: str, value: int) -> None:
    """ "A dozen people were hurt" is 12, not one and a dozen."""
    assert word_value(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("half a dozen", 6), ("half a million", 500000), ("half", None), ("one and a half", None)],
)
def test_a_fraction_takes_a_share_of_its_scale(text: str, value: int | None) -> None:
    """ "Half a dozen people were hurt" is 6 (gvc16); "half" alone is no count."""
    assert word_value(text) == value
