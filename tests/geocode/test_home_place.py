"""An event that no name places gets the article's home country, marked as inferred, with a low
confidence; a name of the text always beats it. All sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language

from eventwire.geocode.event_place import (
    HOME_CONFIDENCE,
    EventLocation,
    division_country,
    follow_up_place,
    home_country_place,
)
from eventwire.geocode.place_words import PlaceWords
from eventwire.geocode.resolver import Geocoder
from eventwire.records import Document, Event, Evidence, Place


def _locate(nlp: Language, geocoder: Geocoder, text: str, sentence: int = 0) -> EventLocation:
    doc = nlp(text)
    document = Document(id="d", text=text, places=geocoder.geocode(doc))
    where = geocoder.article_places(doc, document)
    sent = list(doc.sents)[sentence]
    return where.event_place((sent.start_char, sent.end_char), sent)


def test_a_sentence_without_names_gets_the_home_country_inferred(
    nlp: Language, full_geocoder: Geocoder
) -> None:
    """ "Nigerian students" tells who acted, not where; a later sentence with no name of its
    own, in an article with no other name, gets the article's country as the best guess of
    where, and says it is one."""
    text = "Nigerian students gathered at the gates. They marched on Tuesday over fees."
    located = _locate(nlp, full_geocoder, text, sentence=1)
    place = located.place
    assert place is not None and not located.stated
    assert (place.country, place.feature, place.inferred) == ("NGA", "country", True)
    assert place.confidence == HOME_CONFIDENCE
    assert (place.text, place.start, place.end) == ("", 0, 0)
    assert place.name and place.lat is not None
    # the sentence that names the nationality gives its country, as named there
    own = _locate(nlp, full_geocoder, text).place
    assert own is not None and own.country == "NGA" and not own.inferred


def test_a_named_place_is_never_inferred(nlp: Language, full_geocoder: Geocoder) -> None:
    text = "A car bomb went off near a market in Mosul. Nigerian students later marched."
    first = _locate(nlp, full_geocoder, text).place
    assert first is not None and first.country == "IRQ" and not first.inferred
    # the next sentence names no place: the article's town stands in, as the text names it
    later = _locate(nlp, full_geocoder, text, sentence=1).place
    assert later is not None and not later.inferred and later.text


def test_no_place_at_all_gives_none(nlp: Language, full_geocoder: Geocoder) -> None:
    located = _locate(nlp, full_geocoder, "Workers walked off the job on Monday.")
    assert located.place is None and not located.stated


def test_no_place_but_one_actor_country_gives_that_country_inferred(
    nlp: Language, full_geocoder: Geocoder
) -> None:
    """A text with no place at all whose actors all belong to one country: that country is the
    best guess, inferred; actors of two countries give none."""
    text = "Workers walked off the job on Monday."
    doc = nlp(text)
    where = full_geocoder.article_places(doc, Document(id="d", text=text, places=()))
    sent = next(iter(doc.sents))
    clause = (sent.start_char, sent.end_char)
    located = where.event_place(clause, sent, ["NGA", "NGA"])
    place = located.place
    assert place is not None and not located.stated
    assert (place.country, place.feature, place.inferred) == ("NGA", "country", True)
    assert where.event_place(clause, sent, ["NGA", "GHA"]).place is None


def test_a_country_the_gazetteer_lacks_is_still_given_by_its_code() -> None:
    place = home_country_place(None, "NGA")
    assert place is not None and (place.name, place.lat, place.inferred) == ("NGA", None, True)
    assert home_country_place(None, None) is None


def _event(start: int, location: Place | None) -> Event:
    return Event(
        id=f"e{start}",
        type="ASSAULT",
        mode=None,
        acled_event_type=None,
        acled_sub_event_type=None,
        actor=(),
        recipient=(),
        date=None,
        date_precision="unknown",
        location=location,
        fatalities=None,
        injuries=None,
        modality="asserted",
        evidence=Evidence("A sentence of the text.", start, start + 23),
        confidence=0.6,
    )


def test_a_follow_up_town_beats_an_inferred_country() -> None:
    """The inferred place sits at offset 0, inside the first sentence: it is still not told
    there, so the town the next sentence names wins."""
    home = home_country_place(None, "NGA")
    town = Place("Kano", 30, 34, "Kano", 1, 12.0, 8.5, "NGA", "Kano", "city", 0.9)
    assert follow_up_place(_event(0, home), _event(25, town)) == town
    # and the other way round: a town told first is kept over a later inferred country
    told = replace(town, start=5, end=9)
    assert follow_up_place(_event(0, told), _event(25, home)) == told


def test_a_festival_tells_when_not_where(nlp: Language, full_geocoder: Geocoder) -> None:
    """Gazetteers hold villages named like festivals ("Eid"); in an event's sentence the name
    tells when."""
    located = _locate(nlp, full_geocoder, "Gunmen fired on worshippers leaving Eid prayers.")
    assert located.place is None
    text = "Gunmen fired on worshippers leaving Eid prayers in Dhaka."
    place = _locate(nlp, full_geocoder, text).place
    assert place is not None and place.country == "BGD"


def test_a_division_word_of_one_country_hints_at_it(nlp: Language, full_geocoder: Geocoder) -> None:
    """ "Natogyi township": a town the gazetteer lacks, named with a division word only Myanmar
    uses in English reports, gives Myanmar as the inferred country (acled14)."""
    located = _locate(nlp, full_geocoder, "Two soldiers were killed in Natogyi township.")
    place = located.place
    assert place is not None and not located.stated
    assert (place.country, place.inferred) == ("MMR", True)


def test_division_words_of_several_countries_or_capitalised_give_no_hint() -> None:
    """ "Fenwick Township" is a US town's name; two countries' division words settle nothing;
    "oblast" is used by several countries and is no hint (acled14)."""
    vocab = PlaceWords.english()
    assert division_country("Two men were shot in Natogyi township.", vocab) == "MMR"
    assert division_country("Two men were shot in Fenwick Township.", vocab) is None
    assert division_country("Shells hit Dera woreda and Natogyi township.", vocab) is None
    assert division_country("Shells hit Kolyvanka oblast.", vocab) is None
