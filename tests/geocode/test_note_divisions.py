"""Conflict notes name a village the gazetteer may lack with its divisions after it ("Dolna
village, Varnok subdivision (Kamboro, Nord)", "in Dolna, Kamboro"): those divisions say where
the event is. All sentences written for these tests (acled18)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.geocode.resolver import Geocoder
from eventwire.records import Document, Place


def _place(
    nlp: Language, geocoder: Geocoder, text: str, hints: tuple[str, ...] = ()
) -> Place | None:
    doc = nlp(text)
    document = Document(id="d", text=text, places=geocoder.geocode(doc))
    where = geocoder.article_places(doc, document)
    where.hear_actors(hints)
    sent = next(iter(doc.sents))
    return where.event_place((sent.start_char, sent.end_char), sent).place


NOTE = (
    "On 3 March 2022, soldiers killed a separatist commander in Kwanso village, Mbiame "
    "subdivision (Bui, Nord-Ouest)."
)


@pytest.mark.parametrize("hint", ["CMR", "HTI"])
def test_the_actors_country_settles_a_bracketed_division_named_in_two(
    nlp: Language, full_geocoder: Geocoder, hint: str
) -> None:
    """ "Nord-Ouest" is a region of Haiti by its own name and of Cameroon by another of its
    names; in the brackets of a note it is a division whatever the parser tagged it, so its
    Cameroonian reading counts fully and the actors' country decides."""
    place = _place(nlp, full_geocoder, NOTE, (hint,))
    assert place is not None and place.country == hint


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May 2022, in Chapultepec, Guerrero, gunmen shot at farmers. Casualties unknown.",
        "On 3 May 2022, in Xicotlan, Guerrero, gunmen shot at farmers. Casualties unknown.",
    ],
)
def test_a_state_listed_after_its_town_holds_it(
    nlp: Language, full_geocoder: Geocoder, text: str
) -> None:
    """ "in X, Guerrero": the parser takes the state for a person's name, but listed after a
    town it is the town's division; a town of that name in another state is a namesake."""
    place = _place(nlp, full_geocoder, text)
    assert place is not None and (place.country, place.admin1) == ("MEX", "Guerrero")


def test_the_province_further_on_in_the_brackets_holds_an_ambiguous_town(
    nlp: Language, full_geocoder: Geocoder
) -> None:
    """Two towns called Selat, neither in the province the brackets name: the province."""
    assert len(full_geocoder.gazetteer.lookup("Selat")) > 1
    text = (
        "On 6 June 2026, students rallied in Selat subdistrict (Murung Raya, Central "
        "Kalimantan) over school fees."
    )
    place = _place(nlp, full_geocoder, text)
    assert place is not None and place.admin1 == "Central Kalimantan"


def test_a_town_known_once_keeps_its_province_against_a_far_bracketed_one(
    nlp: Language, full_geocoder: Geocoder
) -> None:
    """The gazetteer's one Shwegu lies in Kachin: a note's slip of region further on in the
    brackets does not move it."""
    assert len(full_geocoder.gazetteer.lookup("Shwegu")) == 1
    text = (
        "On 2 June 2026, soldiers detained two teachers in Shwegu town (Bhamo district, "
        "Sagaing region) over a post online."
    )
    place = _place(nlp, full_geocoder, text)
    assert place is not None and (place.text, place.admin1) == ("Shwegu", "Kachin")
