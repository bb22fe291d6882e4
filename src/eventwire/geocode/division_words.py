"""The generic words of division names that the gazetteer build strips, from a language's lexicon.

Division names come with their generic words ("Babil Governorate", "Province du Soum", "Sichuan
Sheng"); the build indexes their bare names too and labels divisions without them. The words are
the lexicon's `geocode/division_*`, `geocode/district_*` and `geocode/chinese_division_*` lists
(see their headers); the index the build writes depends on them, so its file name carries their
`fingerprint`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache

from ..lang import Lexicon

LISTS = (
    "division_words", "division_heads", "division_tail_qualifiers", "division_tails",
    "division_not_names", "division_vague", "directions", "district_linked_heads",
    "district_head_links", "district_heads", "district_tails", "district_vague",
    "chinese_division_qualifiers", "chinese_division_tails",
)  # fmt: skip
"""The lexicon's `geocode/` lists the build reads."""


def _either(words: tuple[str, ...]) -> str:
    """Words and phrases (as normalised keys write them) as one alternation, in list order."""
    return "|".join(re.escape(w) for w in words)


def _spaced(words: tuple[str, ...]) -> str:
    """Words and phrases as one alternation, a space matching any run of white space."""
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in words)


@dataclass(frozen=True)
class DivisionWords:
    """What the build strips from division names, compiled once per lexicon."""

    admin1_generic: re.Pattern[str]
    """A first-level division's generic words anywhere in its normalised name."""
    admin1_head: re.Pattern[str]
    """Generic words before a first-level division's name, as the packages spell it."""
    admin1_tail: re.Pattern[str]
    """Generic words after it ("Tibet Autonomous Region")."""
    admin1_not_names: frozenset[str]
    admin1_vague: frozenset[str]
    directions: frozenset[str]
    admin2_head: re.Pattern[str]
    """Generic words before a second-level division's normalised name ("province du ")."""
    admin2_tail: re.Pattern[str]
    """Generic words after it (" county borough")."""
    admin2_vague: frozenset[str]
    chinese_tail: re.Pattern[str]
    """The generic words of a Chinese first-level division's name ("Guizhou Sheng")."""
    fingerprint: str
    """A digest of the lists: indexes built from other words are other files."""

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> DivisionWords:
        return _division_words(lexicon)


@cache
def _division_words(lexicon: Lexicon) -> DivisionWords:
    def entries(name: str) -> tuple[str, ...]:
        return lexicon.entries(f"geocode/{name}")

    digest = hashlib.sha256()
    for name in LISTS:
        digest.update("\n".join([name, *entries(name), ""]).encode("utf-8"))
    linked = (
        rf"(?:{_either(entries('district_linked_heads'))})"
        rf"(?: (?:{_either(entries('district_head_links'))}))?"
    )
    return DivisionWords(
        admin1_generic=re.compile(rf"\b({_either(entries('division_words'))})\b"),
        admin1_head=re.compile(
            rf"^(?:{'|'.join(entries('division_heads'))})\s*(?=\S)", re.IGNORECASE
        ),
        admin1_tail=re.compile(
            rf"(?<=\S)\s+(?:(?:{_spaced(entries('division_tail_qualifiers'))})\s+)?"
            rf"(?:{_spaced(entries('division_tails'))})$",
            re.IGNORECASE,
        ),
        admin1_not_names=frozenset(entries("division_not_names")),
        admin1_vague=frozenset(entries("division_vague")),
        directions=frozenset(entries("directions")),
        admin2_head=re.compile(rf"^(?:{linked}|{_either(entries('district_heads'))}) "),
        admin2_tail=re.compile(rf" (?:{_either(entries('district_tails'))})$"),
        admin2_vague=frozenset(entries("district_vague")),
        chinese_tail=re.compile(
            rf"\s+(?:(?:{_spaced(entries('chinese_division_qualifiers'))})\s+)?"
            rf"(?:{_spaced(entries('chinese_division_tails'))})$",
            re.IGNORECASE,
        ),
        fingerprint=digest.hexdigest()[:12],
    )
