"""How a first-level division may be written, for matching a user's name against stored ones."""

from __future__ import annotations

from .admin1 import ascii_label


def admin1_spellings(name: str) -> list[str]:
    """The lower-case spellings a first-level division is stored under: as given, and as the
    gazetteer writes division names (plain ASCII, no generic word: "Ma'rib Governorate" and
    "Marib" are one division), so a filter finds events whatever the user's spelling."""
    return sorted({name.strip().lower(), ascii_label(name.strip()).lower()})
