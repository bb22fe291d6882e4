"""The countries of a text's actors, as the event coder read them, are a small vote for where an
ambiguous bare name lies (`ArticlePlaces.hear_actors`): they settle a town named in several
countries, and never beat the name's own country words. All sentences written for these tests
(acled15)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.geocode.resolver import Geocoder
from eventwire.records import Document


def _country(nlp: Language, geocoder: Geocoder, text: str, hints: tuple[str, ...]) -> str | None:
    doc = nlp(text)
    document = Document(id="d", text=text, places=geocoder.geocode(doc))
    where = geocoder.article_places(doc, document)
    where.hear_actors(hints)
    sent = next(iter(doc.sents))
    place = where.event_place((sent.start_char, sent.end_char), sent).place
    return place.country if place is not None else None


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("Nurses gathered in Cadiz on Friday to demand better pay.", "ESP"),
        ("Nurses gathered in Cadiz on Friday to demand better pay.", "PHL"),
        ("Students marched in central Lancaster against the fee rise.", "GBR"),
        ("Students marched in central Lancaster against the fee rise.", "USA"),
        ("Hundreds of people protested in Cartagena against the war.", "ESP"),
        ("Hundreds of people protested in Cartagena against the war.", "COL"),
    ],
)
def test_an_actor_country_settles_a_bare_town_named_in_several(
    nlp: Language, full_geocoder: Geocoder, text: str, hint: str
) -> None:
    assert _country(nlp, full_geocoder, text, (hint,)) == hint


def test_an_actor_country_never_beats_the_names_own_state(
    nlp: Language, full_geocoder: Geocoder
) -> None:
    """ "Cadiz, Ohio" says where it is; Spanish actors elsewhere in the text do not move it."""
    text = "Nurses gathered in Cadiz, Ohio, on Friday to demand better pay."
    assert _country(nlp, full_geocoder, text, ("ESP",)) == "USA"


def test_a_country_without_such_a_town_gets_nothing(nlp: Language, full_geocoder: Geocoder) -> None:
    """The hint chooses among the name's namesakes; it invents no place: Cadiz has none in
    France, so French actors leave the name's own reading."""
    text = "Nurses gathered in Cadiz on Friday to demand better pay."
    assert _country(nlp, full_geocoder, text, ("FRA",)) == _country(nlp, full_geocoder, text, ())
