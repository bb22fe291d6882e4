"""A part of the day after a future told by a contracted auxiliary ("they'll", "won't") reads as
after "will": the day told ahead (the next day for a morning), not a habit with no day; a present
with no auxiliary stays a habit (review47). Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.annotate.nlp import load_nlp
from eventwire.annotate.times import TimeTagger
from eventwire.settings import Settings

ANCHOR = "2021-03-10"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp(Settings().spacy_model)


@pytest.fixture(scope="module")
def tagger() -> TimeTagger:
    return TimeTagger()


def _found(tagger: TimeTagger, nlp: Language, text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in tagger.tag(text, ANCHOR, nlp(text))]


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
    assert [v for _, v in _found(tagger, nlp, text)] == [value], text


@pytest.mark.parametrize(
    "text",
    [
        "The clinic opens in the morning.",
        "Shops don't open in the morning.",
        "O'Neill's bakery opens in the morning.",
    ],
)
def test_a_present_habit_tells_no_day(tagger: TimeTagger, nlp: Language, text: str) -> None:
    assert _found(tagger, nlp, text) == [], text
