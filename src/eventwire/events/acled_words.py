"""The sectors ACLED's rules group actors by, and the cue test every rule makes.

The cue words and phrases of ACLED's event types (the weapon: air, shelling, explosives,
grenades; who is hit: armed targets, civilians; how a crowd acts: riot, mob, intervention; the
strategic developments) are the language's lists under `lang/<code>/events/acled/`, read into
`EventWords`, so that the rule modules (`acled_violence.py`, `acled_demos.py`,
`acled_strategic.py`) hold decisions only and a word list is tuned in one place.
"""

from __future__ import annotations

from collections.abc import Iterable

from .sectors import ACLED_STATE_SECTORS

ARMED_SECTORS = {"MIL", "REB", "COP", "SPY", "UAF", "CRM"}

CIVILIAN_SECTORS = {"CVL", "LAB", "EDU", "AGR", "REL", "BUS", "MED", "JRN", "PTY", "REF", "NGO"}
NON_STATE_SECTORS = {"REB", "UAF", "CRM", "INS"}
STATE_SECTORS = ACLED_STATE_SECTORS  # (the state's, lawmakers with them: `sectors.py`)


def any_of(words: set[str], vocab: Iterable[str]) -> bool:
    """Whether the sentence uses any word of a cue list (the test every rule makes)."""
    return not words.isdisjoint(vocab)
