"""The dateline is where the reporter is (qa30, issue 15): in a report filed from one country
whose names agree on another, a sentence that names no place of its own, only a country word
of the dateline's that qualifies people ("U.S. soldiers", "from the U.S.") or a name the
gazetteer only guesses at, is placed where the article's names are, not in the reporter's
city. A report whose names agree with its dateline keeps it. All texts written for these
tests (the town names made up)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.geocode.resolver import Geocoder
from eventwire.records import Document, Place


def _place_of(nlp: Language, geocoder: Geocoder, text: str, sentence_start: str) -> Place | None:
    """The place of the event told by the sentence that opens with `sentence_start`, its
    clause the whole sentence."""
    doc = nlp(text)
    document = Document(id="d", text=text, places=geocoder.geocode(doc))
    where = geocoder.article_places(doc, document)
    sent = next(s for s in doc.sents if s.text.startswith(sentence_start))
    return where.event_place((sent.start_char, sent.end_char), sent).place


ABROAD_IRAQ = (
    "WASHINGTON - Rockets struck a base north of Baghdad on Monday, Iraqi officials said.\n\n"
    "The base near Tikrit houses troops of several countries.\n\n"
    "Nine people, including both U.S. and Iraqi soldiers, were wounded in the barrage.\n\n"
    "According to U.S. officials, the rockets were fired by militants from a truck at Camp "
    "Varnok.\n\n"
    "Police in Mosul and Baghdad were put on alert after the attack.\n"
)

ABROAD_SYRIA = (
    "WASHINGTON - A drone strike hit a convoy near Aleppo on Friday, officials said.\n\n"
    "Residents of Aleppo and Homs reported more explosions overnight.\n\n"
    "Two contractors, one of them from the U.S., were hurt when the convoy was hit.\n"
)


@pytest.mark.parametrize(
    ("text", "sentence_start", "country"),
    [
        (ABROAD_IRAQ, "Nine people, including both U.S.", "IRQ"),
        (ABROAD_IRAQ, "According to U.S. officials", "IRQ"),
        (ABROAD_SYRIA, "Two contractors, one of them from the U.S.", "SYR"),
    ],
)
def test_the_reporters_dateline_is_not_the_place_of_an_event_abroad(
    nlp: Language, full_geocoder: Geocoder, text: str, sentence_start: str, country: str
) -> None:
    place = _place_of(nlp, full_geocoder, text, sentence_start)
    assert place is not None and place.country == country, place
    assert place.text != "WASHINGTON"


def test_a_report_about_home_keeps_its_dateline(nlp: Language, full_geocoder: Geocoder) -> None:
    text = (
        "WASHINGTON - Senators met with the Pentagon's chiefs on Tuesday.\n\n"
        "Lawmakers from Ohio and Texas asked about the budget.\n\n"
        "Two U.S. senators walked out of the hearing.\n"
    )
    place = _place_of(nlp, full_geocoder, text, "Two U.S. senators")
    assert place is not None and place.country == "USA", place
