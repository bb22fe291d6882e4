"""An article's focus (countries and divisions, ranked) and an event's place where it happened."""

from __future__ import annotations

import pytest
from spacy.language import Language

import eventwire
from eventwire.geocode.focus import article_focus
from eventwire.geocode.resolver import Geocoder
from eventwire.records import Document, FeatureLevel, Place


def _place(
    text: str, start: int, country: str, admin1: str | None, feature: FeatureLevel = "city"
) -> Place:
    return Place(
        text, start, start + len(text), text, None, 0.0, 0.0, country, admin1, feature, 0.9
    )


def test_focus_ranks_countries_and_names_the_division_their_places_agree_on() -> None:
    places = (
        _place("Dayton", 0, "USA", "Ohio"),
        _place("Ohio", 8, "USA", "Ohio", "admin1"),
        _place("Toledo", 400, "USA", "Ohio"),
        _place("Mexico", 500, "MEX", None, "country"),
    )
    focus = article_focus(places)
    assert [(f.country, f.admin1) for f in focus] == [("USA", "Ohio"), ("MEX", None)]
    assert focus[0].score > focus[1].score
    assert article_focus(()) == ()


def test_focus_leaves_out_countries_that_only_act(nlp: Language, full_geocoder: Geocoder) -> None:
    text = "US troops and Iraqi police patrolled the streets of Mosul and Tikrit on Sunday."
    doc = nlp(text)
    focus = full_geocoder.focus(doc, full_geocoder.geocode(doc))
    assert focus and focus[0].country == "IRQ"


def test_the_event_is_where_it_happened(nlp: Language, full_geocoder: Geocoder) -> None:
    text = (
        "US strikes hit targets in eastern Syria on Friday after drone attacks on American "
        "bases in Iraq, officials said."
    )
    doc = nlp(text)
    document = Document(id="d", text=text, places=full_geocoder.geocode(doc))
    where = full_geocoder.article_places(doc, document)
    sent = next(iter(doc.sents))
    verb = next(t for t in doc if t.text == "hit")
    clause = (verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge))
    located = where.event_place(clause, sent)
    assert located.place is not None and located.place.country == "SYR"


def test_a_short_text_is_geocoded_end_to_end() -> None:
    record = eventwire.process_text("Quake hits Japan.", published="2024-05-01")
    assert {p["country"] for p in record["places"]} == {"JPN"}


@pytest.mark.parametrize(
    "text",
    [
        "Border guards turned back a group of Afghan migrants at dawn.",
        "Two Canadian tourists went missing during a hike on Thursday.",
        "The court heard the appeal of a Somali asylum seeker this week.",
    ],
)  # fmt: skip
def test_a_nationality_held_abroad_is_no_focus(
    nlp: Language, full_geocoder: Geocoder, text: str
) -> None:
    """People told by a nationality they hold away from home ("Afghan migrants") say who they
    are, not what country the story is about."""
    doc = nlp(text)
    assert full_geocoder.focus(doc, full_geocoder.geocode(doc)) == ()


def test_a_nationality_of_those_who_act_stays_a_focus(
    nlp: Language, full_geocoder: Geocoder
) -> None:
    doc = nlp("Afghan soldiers opened fire on a convoy at dawn.")
    focus = full_geocoder.focus(doc, full_geocoder.geocode(doc))
    assert focus and focus[0].country == "AFG"
