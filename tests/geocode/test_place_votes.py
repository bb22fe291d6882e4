"""How a sentence's names vote for a country: the word after a name can say it is a division.
Made-up places and sentences, so that no real gazetteer is needed."""

from __future__ import annotations

from spacy.language import Language

from eventwire.geocode.gazetteer import ALTERNATE, DIVISION, Entry
from eventwire.geocode.place_votes import _Name, _vote
from eventwire.geocode.place_words import PlaceWords
from eventwire.geocode.sentence_places import SentencePlaces


def _entry(name: str, country: str, feature: str, population: int, kind: int) -> Entry:
    return Entry(
        0, None, name, 1.0, 2.0, country, None, name, None, None, feature, population, False, kind
    )


# a district of NPL, and two towns elsewhere that bear the name only as another of theirs
READINGS = (
    _entry("North Velka", "AUS", "city", 25000, ALTERNATE),
    _entry("Velkov", "POL", "city", 15000, ALTERNATE),
    _entry("Velka", "NPL", "admin2", 0, DIVISION),
)


def _votes_for(text: str) -> str | None:
    start = text.index("Velka")
    name = _Name("Velka", start, start + 5, True, False, READINGS)
    return _vote([name], (), (), text, words=PlaceWords.english())


def test_a_name_before_a_division_word_is_the_division() -> None:
    assert _votes_for("Farmers rallied at the market of Jhapa (Velka district).") == "NPL"
    assert _votes_for("Farmers rallied in Velka province on Monday.") == "NPL"


def test_a_name_before_another_word_keeps_every_reading() -> None:
    # the bigger town of another country is the likelier reading of the bare name
    assert _votes_for("Farmers rallied in Velka on Monday.") != "NPL"


class _Gazetteer:
    """A district the parser takes for a nationality word in the sentence below."""

    ENTRIES = {
        "kurmani": [
            _entry("North Kurmani", "AUS", "city", 25000, ALTERNATE),
            _entry("Kurmanov", "POL", "city", 15000, ALTERNATE),
            _entry("Kurmani", "NPL", "admin2", 0, DIVISION),
        ]
    }

    def lookup(self, name: str, *, limit: int = 60) -> list[Entry]:
        return list(self.ENTRIES.get(name.lower(), []))


def test_a_division_named_so_is_a_place_whatever_the_parser_tags(nlp: Language) -> None:
    """A name the parser tags as a nationality is still a division before "district"."""
    finder = SentencePlaces(_Gazetteer())  # type: ignore[arg-type]
    text = (
        "Party workers beat a reporter at a polling station of Jhapa municipality-4 "
        "(Kurmani district) on Sunday."
    )
    doc = nlp(text)
    assert [t.ent_type_ for t in doc if t.text == "Kurmani"] == ["NORP"]  # the case at hand
    sent = next(iter(doc.sents))
    place = finder.place(sent, clause=(sent.start_char, sent.end_char))
    assert place is not None and (place.country, place.feature) == ("NPL", "admin2")


# a hamlet the gazetteer knows only as another name of a middling town abroad
DOLNA = (_entry("Dolnaya", "JPN", "city", 50000, ALTERNATE),)


def _votes_with_town(text: str) -> str | None:
    """The country voted for a sentence naming "Dolna" and, later, "Velka"."""
    a, b = text.index("Dolna"), text.index("Velka")
    names = [
        _Name("Dolna", a, a + 5, True, False, DOLNA),
        _Name("Velka", b, b + 5, True, False, READINGS),
    ]
    return _vote(names, (), (), text, words=PlaceWords.english())


def test_every_division_bracketed_after_a_place_is_read_as_a_division() -> None:
    """ "X (Y, Z)": the last item of the list is the province too, not a town so named."""
    assert _votes_with_town("Farmers rallied in Dolna (Rivka, Velka) on Monday.") == "NPL"
    assert _votes_with_town("Farmers rallied in Dolna village (Rivka, Velka).") == "NPL"
    assert _votes_with_town("A boy was shot in Dolna east (Rivka West, Velka).") == "NPL"


def test_divisions_bracketed_after_a_bracketed_note_are_divisions() -> None:
    """ "X (coded to Y) (Z, W)": the second brackets still list the place's divisions."""
    text = "Farmers rallied in Dolna (coded to Kuvo) (Rivka wa Selo, Velka)."
    assert _votes_with_town(text) == "NPL"


def test_a_bracketed_list_after_a_common_noun_names_other_things() -> None:
    """ "unions (CGT, Velka)": organisations, so "Velka" keeps its town readings."""
    text = "Farmers rallied in Dolna at the call of two unions (Rivka, Velka)."
    assert _votes_with_town(text) == "JPN"


def test_a_piece_of_an_unknown_longer_name_is_a_weak_sign_of_a_small_town_abroad() -> None:
    """ "Dolna Rika": the gazetteer knows neither the hamlet nor its district's spelling, only a
    small "Dolna" abroad, which is no better sign than the province the sentence also names."""
    text = "Soldiers arrested a farmer in Dolna Rika village, Velka state, on Monday."
    a, b = text.index("Dolna"), text.index("Velka")
    hamlet = (_entry("Dolna", "JPN", "city", 3000, 0),)
    province = (_entry("Velka", "NPL", "admin1", 900000, ALTERNATE),)
    names = [
        _Name("Dolna", a, a + 5, True, True, hamlet, piece=True),
        _Name("Velka", b, b + 5, False, False, province),
    ]
    assert _vote(names, (), (), text, words=PlaceWords.english()) == "NPL"
    whole = [_Name("Dolna", a, a + 5, True, False, hamlet), names[1]]
    assert _vote(whole, (), (), text, words=PlaceWords.english()) == "JPN"


def test_a_piece_of_an_organisations_name_keeps_its_weight() -> None:
    """ "the Dolna Police Department": the town the department is named after, not a piece of a
    longer place name."""
    text = "Officers of the Dolna Police Department arrested a farmer, Velka state, on Monday."
    a, b = text.index("Dolna"), text.index("Velka")
    names = [
        _Name(
            "Dolna", a, a + 5, True, True, (_entry("Dolna", "JPN", "city", 3000, 0),), piece=True
        ),
        _Name(
            "Velka", b, b + 5, False, False, (_entry("Velka", "NPL", "admin1", 900000, ALTERNATE),)
        ),
    ]
    assert _vote(names, (), (), text, words=PlaceWords.english()) == "JPN"
