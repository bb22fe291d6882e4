"""A second-level division's bare name (kind DIVISION) counts where the text writes it as a
division (made-up places, so that no real gazetteer is needed)."""

from __future__ import annotations

from spacy.language import Language

from eventwire.events.gazetteer_places import GazetteerPlaces
from eventwire.events.locate import event_place
from eventwire.geocode.gazetteer import DIVISION, Entry
from eventwire.records import Place


def _entry(name: str, country: str, admin1: str, feature: str, pop: int, kind: int = 0) -> Entry:
    return Entry(0, None, name, 1.0, 2.0, country, None, admin1, None, None, feature, pop, False,
                 kind)  # fmt: skip


class _FakeGazetteer:
    """ "Kamboro": a town of SEN by its own name, and a province of BFA by its bare name."""

    ENTRIES = {
        "kamboro": [
            _entry("Kamboro", "SEN", "Fatick", "city", 5000),
            _entry("Province du Kamboro", "BFA", "Sahel", "admin2", 400000, DIVISION),
        ],
    }

    def lookup(self, name: str, *, limit: int = 60) -> list[Entry]:
        return list(self.ENTRIES.get(name.lower().strip(" ,"), []))


def _locate(nlp: Language, text: str) -> Place | None:
    doc = nlp(text)
    sent = next(iter(doc.sents))
    finder = GazetteerPlaces(_FakeGazetteer())  # type: ignore[arg-type]
    return event_place(finder, (), (sent.start_char, sent.end_char), sent)


def test_bracketed_bare_division_is_the_division(nlp: Language) -> None:
    place = _locate(nlp, "Gunmen shot a farmer dead in the village of Morvana (Korindi, Kamboro).")
    assert place is not None and place.country == "BFA"


def test_bare_division_before_a_division_word(nlp: Language) -> None:
    place = _locate(nlp, "Locals blocked the road in Korindi town (Kamboro district) on Monday.")
    assert place is not None and place.country == "BFA"


def test_bare_division_alone_is_the_town(nlp: Language) -> None:
    place = _locate(nlp, "Police dispersed protesters in Kamboro on Monday.")
    assert place is not None and place.country == "SEN"
