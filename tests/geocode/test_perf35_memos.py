"""perf35: what the events stage's place look-ups keep per document answers as before.

`_sub_runs` gives a run's pieces in the order the reading needs them (longest first, leftmost
first), `normalise` reads an ASCII name as it reads any other, and a vote read with the memo of
what each name says is the vote read without it. Made-up names, no real gazetteer."""

from __future__ import annotations

import unicodedata

from spacy.language import Language

from eventwire.geocode.gazetteer import ALTERNATE, PRIMARY, Entry, normalise
from eventwire.geocode.place_votes import VoteMemo, _Name, _vote
from eventwire.geocode.place_words import PlaceWords
from eventwire.geocode.sentence_places import _sub_runs
from eventwire.records import Place


def test_pieces_come_longest_first_then_leftmost() -> None:
    for i, j in [(3, 4), (3, 5), (0, 3), (2, 6), (1, 7), (0, 9)]:
        pieces = list(_sub_runs(i, j))
        assert pieces == sorted(pieces, key=lambda r: (-(r[1] - r[0]), r[0]))
        assert len(set(pieces)) == len(pieces)


def _slow_normalise(name: str) -> str:
    """`normalise` with every name decomposed, as it was read before the ASCII shortcut."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return normalise(text)  # an ASCII text now: read as before


def test_an_ascii_name_is_normalised_as_any_other() -> None:
    for name in ["Port Velka", "the Velka Hills", "Sankt-Velka", "O'Velka", "Velka, Dorn"]:
        assert normalise(name) == _slow_normalise(name)
    # a decomposed mark is still dropped, and a precomposed one
    assert normalise("Ve\u0301lka") == normalise("V\u00e9lka") == "velka"


def _entry(name: str, country: str, feature: str, population: int, kind: int) -> Entry:
    return Entry(
        0, None, name, 1.0, 2.0, country, None, name, None, None, feature, population, False, kind
    )


def test_a_vote_with_the_memo_is_the_vote_without() -> None:
    text = "Guards fired on a crowd in Velka (Dorn province) and near Marsk on Monday."
    velka = _Name(
        "Velka",
        text.index("Velka"),
        text.index("Velka") + 5,
        True,
        False,
        (
            _entry("Velka", "NPL", "city", 20000, PRIMARY),
            _entry("Velkov", "POL", "city", 15000, ALTERNATE),
        ),
    )
    dorn = _Name(
        "Dorn",
        text.index("Dorn"),
        text.index("Dorn") + 4,
        True,
        False,
        (_entry("Dorn", "NPL", "admin1", 900000, PRIMARY),),
    )
    place = Place(
        text="Marsk", start=text.index("Marsk"), end=text.index("Marsk") + 5, name="Marsk",
        geonameid=7, lat=1.0, lon=2.0, country="POL", admin1=None, feature="city",
        confidence=0.5,
    )  # fmt: skip
    marsk = _Name("Marsk", place.start, place.end, True, False, (), geo=place)
    words = PlaceWords.english()
    memo: VoteMemo = {}
    for names, countries in [([velka, dorn, marsk], ()), ([marsk], ("NPL",)), ([velka], ())]:
        plain = _vote(names, countries, (), text, words=words)
        assert _vote(names, countries, (), text, words=words, memo=memo) == plain
        assert _vote(names, countries, (), text, words=words, memo=memo) == plain  # kept
    assert {id(velka), id(dorn), id(marsk)} == set(memo)
    # another name at the same place is read anew, not taken for the one kept
    other = _Name("Velka", velka.start, velka.end, True, False, (velka.entries[1],))
    assert _vote([other], (), (), text, words=words, memo=memo) == "POL"


class _OneTown:
    """A gazetteer that knows one town, "Velka", and its district "Dorn"."""

    def lookup(self, name: str, *, limit: int = 60) -> list[Entry]:
        known = {
            "velka": _entry("Velka", "NPL", "city", 20000, PRIMARY),
            "dorn": _entry("Dorn", "NPL", "admin1", 900000, PRIMARY),
        }
        found = known.get(name.lower())
        return [found] if found else []


def test_a_reading_with_actors_is_kept_per_actors_and_read_as_before(nlp: Language) -> None:
    from eventwire.geocode.sentence_places import SentencePlaces

    doc = nlp("Velka Dorn said police in Velka detained protesters on Monday.")
    sent = next(iter(doc.sents))
    finder = SentencePlaces(_OneTown())  # type: ignore[arg-type]
    fresh = SentencePlaces(_OneTown())  # type: ignore[arg-type]
    for actors in [(), ("Velka Dorn",), ("Dorn",), ("Velka Dorn",), ()]:
        kept = finder.names(sent, actors)
        assert kept == fresh._read_names(sent, {a.lower() for a in actors}, set())
    # an actor's name is no place ("Velka" of "Velka Dorn"), the town after "in" still is one
    assert [n.start for n in finder.names(sent, ("Velka Dorn",))] == [doc.text.rindex("Velka")]
    assert len(finder.names(sent)) == 2
    # the same actors again: the same names (objects), not read anew
    first = finder.names(sent, ("Velka Dorn",))
    assert all(a is b for a, b in zip(first, finder.names(sent, ["Velka Dorn"]), strict=True))
