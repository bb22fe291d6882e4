"""A part of the day after a future told by a contracted auxiliary ("they'll", "won't") reads as
after "will": the day told ahead (the next day for a morning), not a habit with no day; a present
with no auxiliary stays a habit (review47). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.annotate.times import TimeTagger

from .time_case_reader import found_times

ANCHOR = "2021-03-10"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("We'll fly home in the morning, the minister said.", "2021-03-11TMO"),
        ("The ferry won't sail until the morning.", "2021-03-11TMO"),
        ("They'll resume talks in the evening.", "2021-03-10TEV"),
        ("The mayor said she’ll speak to residents in the afternoon.", "2021-03-10TAF"),
    ],
)
def test_a_contracted_future_tells_the_day_ahead(
    tagger: TimeTagger, nlp: Language, text: str, value: str
) -> None:
    assert [v for _, v in found_times(tagger, nlp, text, ANCHOR)] == [value], text


@pytest.mark.parametrize(
    "text",
    [
        "The clinic opens in the morning.",
        "Shops don't open in the morning.",
        "O'Neill's bakery opens in the morning.",
    ],
)
def test_a_present_habit_tells_no_day(tagger: TimeTagger, nlp: Language, text: str) -> None:
    assert found_times(tagger, nlp, text, ANCHOR) == [], text
