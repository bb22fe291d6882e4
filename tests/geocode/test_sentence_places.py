"""A second-level division's bare name (kind DIVISION) counts where the text writes it as a
division (made-up places, so that no real gazetteer is needed)."""

from __future__ import annotations

from spacy.language import Language

from eventwire.geocode.event_place import event_place, named_places
from eventwire.geocode.gazetteer import DIVISION, Entry
from eventwire.geocode.place_words import PlaceWords
from eventwire.geocode.sentence_places import SentencePlaces, _may_be_place
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
    finder = SentencePlaces(_FakeGazetteer())  # type: ignore[arg-type]
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


class _TwoVarnoks:
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
    finder = SentencePlaces(_TwoVarnoks())  # type: ignore[arg-type]
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


def test_titles_and_modifiers_are_not_places(nlp: Language) -> None:
    doc = nlp("Secretary of State Jane Roe met Iran-backed groups in Springfield.")
    sent = next(iter(doc.sents))
    vocab = PlaceWords.english()
    assert not _may_be_place(doc[0:1], sent.start, vocab=vocab)  # a title
    assert not _may_be_place(doc[6:7], sent.start, vocab=vocab)  # "Iran" of "Iran-backed"
    assert _may_be_place(doc[10:11], sent.start, vocab=vocab)  # "Springfield"


class _TownsNamedLikeWords(_FakeGazetteer):
    """A town named "Federal" (a generic word), looked up with or without its article."""

    ENTRIES = {
        key: [_entry("Federal", "ARG", "Entre Rios", "city", 15000)]
        for key in ("federal", "the federal")
    }


def test_a_generic_word_opening_an_office_is_no_place(nlp: Language) -> None:
    """ "The Federal Minister": "Federal" describes the office; the gazetteer's town so named is
    no candidate. The same word as a whole name after "in" still is."""
    finder = SentencePlaces(_TownsNamedLikeWords())  # type: ignore[arg-type]
    office = next(iter(nlp("The Federal Minister met the strikers on Monday.").sents))
    assert finder.names(office) == []
    town = next(iter(nlp("Strikers marched in Federal on Monday.").sents))
    assert [n.text for n in finder.names(town)] == ["Federal"]


def test_divisions_bracketed_after_a_bracketed_note_are_divisions(nlp: Language) -> None:
    """ "Morvana (coded to Dolvi) (Korindi wa Belo, Kamboro)": the second brackets still list
    the place's divisions, an Arabic "wa" inside a district's name."""
    place = _locate(
        nlp, "Gunmen shot a farmer dead in Morvana (coded to Dolvi) (Korindi wa Belo, Kamboro)."
    )
    assert place is not None and place.country == "BFA"


def test_whole_kept_per_document_and_places(nlp: Language) -> None:
    """`whole` keeps each sentence's names for the document and the places asked with: another
    document, or other places in a sentence, are read afresh (perf20)."""
    finder = SentencePlaces(_TwoVarnoks())  # type: ignore[arg-type]
    doc = nlp("Farmers met in the square. They blocked the main road in Varnok (Orhei) on Monday.")
    found = finder.whole(doc)
    assert found is not None and found[0] == "MDA"
    other = nlp("Farmers met in the square. They blocked the main road in Varnok on Monday.")
    found = finder.whole(other)
    assert found is not None and found[0] == "BGR"
    # a geocoder's place in the second sentence: the same answer as a fresh finder's
    start = other.text.index("Varnok")
    place = Place(text="Varnok", start=start, end=start + 6, name="Varnok", geonameid=None,
                  lat=None, lon=None, country="MDA",
                  admin1="Orhei", feature="city", confidence=0.5)  # fmt: skip
    fresh = SentencePlaces(_TwoVarnoks())  # type: ignore[arg-type]
    assert finder.whole(other, [place]) == fresh.whole(other, [place])
    assert finder.whole(other) == fresh.whole(other)
