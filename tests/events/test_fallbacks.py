"""Round-2 rules: gazetteer places for unplaced events, nationality words are not places, actors
take the event's country, and ACLED's mob / clash / demonstration distinctions."""

from __future__ import annotations

from spacy.language import Language

from eventwire.events.acled import acled_type
from eventwire.events.coder import EventCoder
from eventwire.events.gazetteer_places import GazetteerPlaces
from eventwire.events.locate import named_places
from eventwire.geocode.gazetteer import Entry
from eventwire.records import Actor, Place

from .conftest import Code, make_document


def _entry(name: str, country: str, admin1: str, feature: str, population: int) -> Entry:
    return Entry(
        0, None, name, 0.0, 0.0, country, None, admin1, None, None, feature, population, False
    )


class _FakeGazetteer:
    """A made-up gazetteer: two towns called Varnok in two countries, one province."""

    ENTRIES = {
        "varnok": [
            _entry("Varnok", "BGR", "Plovdiv", "city", 40000),
            _entry("Varnok", "MDA", "Orhei", "city", 900),
        ],
        "orhei": [_entry("Orhei", "MDA", "Orhei", "admin1", 120000)],
    }

    def lookup(self, name: str, *, limit: int = 60) -> list[Entry]:
        return list(self.ENTRIES.get(name.lower(), []))


def test_gazetteer_place_confirmed_by_province(nlp: Language) -> None:
    finder = GazetteerPlaces(_FakeGazetteer())  # type: ignore[arg-type]
    doc = nlp("Farmers blocked the main road in Varnok (Orhei) on Monday.")
    place = finder.place(next(iter(doc.sents)))
    assert place is not None
    assert (place.country, place.admin1, place.feature) == ("MDA", "Orhei", "city")
    # alone, the better-known town wins
    doc = nlp("Farmers blocked the main road in Varnok on Monday.")
    place = finder.place(next(iter(doc.sents)))
    assert place is not None and place.country == "BGR"


def test_nationality_word_is_not_the_place(nlp: Language) -> None:
    text = "Canadian troops fired on a convoy."
    doc = nlp(text)
    demonym = Place("Canadian", 0, 8, "Canada", None, None, None, "CAN", None, "country", 0.6)
    assert named_places(doc, (demonym,)) == ()


def test_actor_takes_the_event_country(nlp: Language) -> None:
    text = "Hundreds of nurses marched in Tallinn on Friday to demand higher pay."
    start = text.index("Tallinn")
    tallinn = Place("Tallinn", start, start + 7, "Tallinn", None, None, None, "EST", "Harjumaa",
                    "city", 0.9)  # fmt: skip
    coder = EventCoder()
    coder.setup()
    coder.places = None  # no gazetteer: only the given places
    events = coder.code(nlp(text), make_document(text, places=(tallinn,)))
    protest = next(e for e in events if e.type == "PROTEST")
    assert protest.actor and protest.actor[0].country == "EST"


def test_month_is_not_a_march(code: Code) -> None:
    events = code("On 7 March 2021, soldiers clashed with rebels near the border.")
    assault = next(e for e in events if e.type == "ASSAULT")
    assert assault.acled_event_type == "Battles"


def test_mob_and_armed_individuals() -> None:
    villagers = (Actor("a group of villagers", "Villagers", None, "CVL"),)
    assert acled_type(
        "ASSAULT", None, {"beat", "thief"}, villagers, (), "villagers beat a thief"
    ) == (
        "Riots",
        "Mob violence",
    )
    gunmen = (Actor("armed individuals", "Individuals", None, "CVL"),)
    police = (Actor("police officers", "Officers", None, "COP"),)
    assert acled_type("ASSAULT", None, {"shot", "at"}, gunmen, police, "") == (
        "Battles",
        "Armed clash",
    )
    words = {"clash", "between", "two", "groups", "of", "villagers", "injured"}
    assert acled_type("ASSAULT", None, words, (), (), "")[1] == "Mob violence"
