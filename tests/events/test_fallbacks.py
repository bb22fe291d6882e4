"""Round-2 rules: actors take the event's country, and ACLED's mob / clash / demonstration
distinctions (the place rules of that round are tested with the geocoder)."""

from __future__ import annotations

from spacy.language import Language

from eventwire.events.acled import acled_type
from eventwire.events.coder import EventCoder
from eventwire.events.words import event_words
from eventwire.records import Actor, Place

from .conftest import Code, make_document


def test_actor_takes_the_event_country(nlp: Language) -> None:
    text = "Hundreds of nurses marched in Tallinn on Friday to demand higher pay."
    start = text.index("Tallinn")
    tallinn = Place("Tallinn", start, start + 7, "Tallinn", None, None, None, "EST", "Harjumaa",
                    "city", 0.9)  # fmt: skip
    coder = EventCoder()
    coder.setup()
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
        event_words(), "ASSAULT", None, {"beat", "thief"}, villagers, (), "villagers beat a thief"
    ) == (
        "Riots",
        "Mob violence",
    )
    gunmen = (Actor("armed individuals", "Individuals", None, "CVL"),)
    police = (Actor("police officers", "Officers", None, "COP"),)
    assert acled_type(event_words(), "ASSAULT", None, {"shot", "at"}, gunmen, police, "") == (
        "Battles",
        "Armed clash",
    )
    words = {"clash", "between", "two", "groups", "of", "villagers", "injured"}
    assert acled_type(event_words(), "ASSAULT", None, words, (), (), "")[1] == "Mob violence"
