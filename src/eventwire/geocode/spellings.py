"""How a first-level division may be written, for matching a user's name against stored ones."""

from __future__ import annotations

from ..lang import Lexicon, load_lexicon
from .admin1 import ascii_label
from .division_words import DivisionWords


def admin1_spellings(name: str, lexicon: Lexicon | None = None) -> list[str]:
    """The lower-case spellings a first-level division is stored under: as given, and as the
    gazetteer writes division names (plain ASCII, no generic word: "Ma'rib Governorate" and
    "Marib" are one division), so a filter finds events whatever the user's spelling. The
    generic words are the lexicon's (English by default), as the gazetteer build read them."""
    words = DivisionWords.from_lexicon(lexicon if lexicon is not None else load_lexicon("en"))
    return sorted({name.strip().lower(), ascii_label(name.strip(), words).lower()})
