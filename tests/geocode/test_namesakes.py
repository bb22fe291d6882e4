"""Same-name places (issue 18): the namesake the rest of the text points to, the article's focus
country as a weak prior, and a clear signal beside the name overriding both. Texts written for
these tests; the full gazetteer of the settings' cache."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.geocode.resolver import Geocoder
from eventwire.records import Document, Place


def places(nlp: Language, geocoder: Geocoder, text: str) -> dict[str, Place]:
    return {p.text: p for p in geocoder.geocode(nlp(text))}


def countries(nlp: Language, geocoder: Geocoder, text: str) -> dict[str, str | None]:
    return {name: p.country for name, p in places(nlp, geocoder, text).items()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two namesakes read together settle in one country, the one the surer name is in
        ("Farmers blocked roads near Sevilla and Cordoba.", {"Sevilla": "ESP", "Cordoba": "ESP"}),
        ("Floods cut the road between Maracaibo and Valencia.", {"Valencia": "VEN"}),
        ("A strike that began in Karachi spread to Hyderabad.", {"Hyderabad": "PAK"}),
        ("Clashes in Beirut spread north to Tripoli.", {"Tripoli": "LBN"}),
        ("The ferry from Vancouver to Victoria was cancelled.", {"Victoria": "CAN"}),
        ("Storms hit Newcastle and Sunderland.", {"Newcastle": "GBR"}),
        ("Storms hit Newcastle and Maitland.", {"Newcastle": "AUS"}),
        ("Rallies in Cordoba and Rosario drew thousands.", {"Cordoba": "ARG"}),
    ],
)
def test_a_namesake_follows_the_other_places(
    nlp: Language, full_geocoder: Geocoder, text: str, expected: dict[str, str]
) -> None:
    found = countries(nlp, full_geocoder, text)
    assert {name: found.get(name) for name in expected} == expected


def test_the_focus_country_of_earlier_sentences_decides(
    nlp: Language, full_geocoder: Geocoder
) -> None:
    spanish = "Spanish unions called a strike. In Cartagena, dock workers walked out."
    colombian = "Unrest in Colombia continued. In Cartagena, riot police dispersed a march."
    assert countries(nlp, full_geocoder, spanish)["Cartagena"] == "ESP"
    assert countries(nlp, full_geocoder, colombian)["Cartagena"] == "COL"


def test_a_country_beside_the_town_overrides_the_focus(
    nlp: Language, full_geocoder: Geocoder
) -> None:
    text = "Spanish unions held talks. Later, dock workers rallied in Cartagena, Colombia."
    assert countries(nlp, full_geocoder, text)["Cartagena"] == "COL"
    text = "Pakistani officials met the envoy. Riots broke out in Hyderabad, Telangana."
    assert countries(nlp, full_geocoder, text)["Hyderabad"] == "IND"


def test_a_name_alone_keeps_its_best_known_sense(nlp: Language, full_geocoder: Geocoder) -> None:
    assert countries(nlp, full_geocoder, "Traders in Hyderabad closed their shops.") == {
        "Hyderabad": "IND"
    }


def test_town_word_after_the_name(nlp: Language, full_geocoder: Geocoder) -> None:
    """ "Amara city" is the town, not a province spelt alike; the far bigger town spelt
    otherwise beats a village of that very spelling."""
    for text in ("The army shelled villages near Amara city.", "Gunmen fired in Amara city."):
        found = places(nlp, full_geocoder, text)
        assert [(p.country, p.feature) for p in found.values()] == [("IRQ", "city")], text


def test_an_old_name_still_yields_to_the_town_of_that_name(
    nlp: Language, full_geocoder: Geocoder
) -> None:
    found = places(nlp, full_geocoder, "Police closed the cathedral in Salisbury, England.")
    assert found["Salisbury"].country == "GBR"


def test_a_particle_alone_is_no_place(nlp: Language, full_geocoder: Geocoder) -> None:
    """ "Al" of an unknown "Al Qasra" is a piece of a name, not a town of Norway."""
    found = places(nlp, full_geocoder, "Two men were hurt near the Al Qasra market, Amara city.")
    assert "Al" not in found
    assert [p.country for p in found.values()] == ["IRQ"]


def test_names_joined_by_a_particle_are_one(nlp: Language, full_geocoder: Geocoder) -> None:
    text = "Police in Bandar e Lengeh city (Hormozgan) arrested two smugglers."
    found = places(nlp, full_geocoder, text)
    assert "Bandar" not in found
    assert {p.country for p in found.values()} == {"IRN"}


def test_a_bracketed_name_after_a_place_is_its_division(
    nlp: Language, full_geocoder: Geocoder
) -> None:
    """ "Villa Nueva Tala (Cordoba)": Cordoba holds the place, so the province (Argentina's, the
    biggest so named), not the town."""
    text = "On 3 March, in Villa Nueva Tala (Cordoba), nurses protested against hospital cuts."
    p = places(nlp, full_geocoder, text)["Cordoba"]
    assert (p.country, p.feature) == ("ARG", "admin1")


def test_event_place_of_a_short_note(nlp: Language, full_geocoder: Geocoder) -> None:
    """The event's place, read from the sentence's names, agrees: the town of "Amara city"."""
    text = "On 2 May, gunmen killed a shopkeeper near the Al Jamia mosque, Amara city."
    doc = nlp(text)
    document = Document(id="n", text=text, places=full_geocoder.geocode(doc))
    where = full_geocoder.article_places(doc, document)
    sent = next(iter(doc.sents))
    located = where.event_place((sent.start_char, sent.end_char), sent)
    assert located.place is not None and located.place.country == "IRQ"
