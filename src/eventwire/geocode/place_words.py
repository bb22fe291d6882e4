"""The geocoder's words about places, from a language's lexicon (its `geocode/` lists).

The rule code of the geocoder (toponyms, resolver, sentence places, place votes) holds no words:
it is given one `PlaceWords`, built once per worker from the lexicon (`Geocoder` builds it), and
reads the lists by name. Each list's file header says what it is for and how it is compared.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..lang import Lexicon, load_lexicon


@dataclass(frozen=True)
class PlaceWords:
    """The lists, as sets."""

    country_locatives: frozenset[str]
    """Words right before a country's name that make it where ("in Syria")."""
    locative_directions: frozenset[str]
    """Direction words between such a word and the name ("in eastern Syria")."""
    bare_directions: frozenset[str]
    """Direction words that are no division's name alone ("the South")."""
    likeness_stopwords: frozenset[str]
    """Articles left out when comparing a name with an entry's ("al Basrah", "Basra")."""

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> PlaceWords:
        return _place_words(lexicon)

    @classmethod
    def english(cls) -> PlaceWords:
        """The shipped English lists (the default of the geocoder's parts)."""
        return _place_words(load_lexicon("en"))


@cache
def _place_words(lexicon: Lexicon) -> PlaceWords:
    def words(name: str) -> frozenset[str]:
        return lexicon.words(f"geocode/{name}")

    return PlaceWords(
        country_locatives=words("country_locatives"),
        locative_directions=words("locative_directions"),
        bare_directions=words("bare_directions"),
        likeness_stopwords=words("likeness_stopwords"),
    )
