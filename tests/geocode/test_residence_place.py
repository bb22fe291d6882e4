"""A person's home is not where the event is (prec41): "the killing of Dana Pell, 34, of
Denver, Colorado", "the death of Maria Lopez, of Phoenix": a place after "of", set off by a
comma after a person's name, is where the person lives; an event its sentence places nowhere else
takes the article's dateline. A place told by "in" stays the event's. All texts written for these
tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.geocode.resolver import Geocoder
from eventwire.records import Document, Place


def _place_of(nlp: Language, geocoder: Geocoder, text: str, sentence_start: str) -> Place | None:
    """The place of the event told by the sentence that opens with `sentence_start`."""
    doc = nlp(text)
    document = Document(id="d", text=text, places=geocoder.geocode(doc))
    where = geocoder.article_places(doc, document)
    sent = next(s for s in doc.sents if s.text.startswith(sentence_start))
    return where.event_place((sent.start_char, sent.end_char), sent).place


@pytest.mark.parametrize(
    ("text", "sentence_start", "town"),
    [
        (
            "TOLEDO, Ohio - A man was shot dead outside a bar on Friday night.\n\n"
            "A teenager has been charged in the killing of Dana Pell, 34, of Denver, Colorado.\n",
            "A teenager has been charged",
            "TOLEDO",
        ),
        (
            "SEATTLE - A woman was shot on a bus late on Saturday.\n\n"
            "A 19-year-old is charged over the fatal shooting of Maria Lopez, of Phoenix, Arizona.\n",
            "A 19-year-old is charged",
            "SEATTLE",
        ),
    ],
)
def test_a_victims_home_is_not_the_place(
    nlp: Language, full_geocoder: Geocoder, text: str, sentence_start: str, town: str
) -> None:
    place = _place_of(nlp, full_geocoder, text, sentence_start)
    assert place is not None and place.text == town, place


@pytest.mark.parametrize(
    ("text", "sentence_start", "town"),
    [
        (
            "TOLEDO, Ohio - Police are looking for a gunman.\n\n"
            "The gunman shot Dana Pell, 34, in Denver, Colorado, on Friday.\n",
            "The gunman shot",
            "Denver",
        ),
        (
            "SEATTLE - Police are looking for a gunman.\n\n"
            "The gunman shot Maria Lopez outside a bar in Phoenix, Arizona.\n",
            "The gunman shot",
            "Phoenix",
        ),
    ],
)
def test_a_place_told_by_in_stays_the_place(
    nlp: Language, full_geocoder: Geocoder, text: str, sentence_start: str, town: str
) -> None:
    place = _place_of(nlp, full_geocoder, text, sentence_start)
    assert place is not None and place.text == town, place
