"""ACLED event type and sub-event type of a coded event.

ACLED types depend on the weapon (explosions vs. direct violence), on who is hit (armed group:
battle; unarmed people: violence against civilians) and, for demonstrations, on whether they were
violent or met with intervention. The PLOVER type and mode give the family; words in the event's
sentence and the recipient's sector settle the rest. Events with no ACLED counterpart get None.

This module only dispatches on the family; the rules live in one module per job: cue words
(`acled_words.py`), who the sides are (`acled_actors.py`), demonstrations (`acled_demos.py`), the
violent-event family (`acled_violence.py`) and coercion and strategic developments
(`acled_strategic.py`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from ..records import Actor
from .acled_demos import is_demonstrating, protest_type
from .acled_strategic import coerce_type, strategic_type
from .acled_violence import assault_type, territory_type

if TYPE_CHECKING:
    from .words import EventWords


def acled_type(
    lex: EventWords,
    plover: str,
    mode: str | None,
    words: set[str],
    actors: tuple[Actor, ...],
    recipients: tuple[Actor, ...],
    text: str = "",
    territory: bool = False,
    where: str | None = None,
) -> tuple[str | None, str | None]:
    """(ACLED event type, sub-event type) for an event; `words` are the lower-cased sentence words
    and `text` the sentence (for phrases such as "dispersed the protesters"); `territory`: the
    event is a taking of control over a place, `where` the country it happens in."""
    text = text.lower()
    if plover in {"REQUEST", "ACCUSE", "REJECT"} and is_demonstrating(lex, actors, words):
        # "protesters demanded justice": a demand made by demonstrating
        plover = "PROTEST"
    if plover == "PROTEST":
        return protest_type(lex, mode, words, text)
    if plover == "ASSAULT":
        if territory:
            return territory_type(lex, text, actors, where)
        return assault_type(lex, mode, words, actors, recipients, text)
    if plover == "COERCE":
        return coerce_type(lex, mode, words, actors, text)
    return strategic_type(lex, plover, mode, words, actors, recipients)


# A note's opening label and its colon ("Movement of forces: On 3 May ..."), as the sentence
# text or its tokens joined by spaces give it.
_LABEL = re.compile(r"\s*([A-Z][\w /-]{2,40}?)\s*:\s")
STRATEGIC = "Strategic developments"


class NoteLabel(NamedTuple):
    """What a conflict note's opening label says of its event (`events/acled/note_labels.tsv`)."""

    acled_event_type: str
    acled_sub_event_type: str
    plover: str | None
    """The PLOVER type of the event the label alone gives (None: PLOVER has none)."""


def _letters(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalpha())


def note_label(lex: EventWords, sentence: str) -> NoteLabel | None:
    """What the label a conflict note opens with names ("Defusal: On 3 May ...": a strategic
    development, disrupted weapons use), for every event of its first sentence; None where the
    sentence opens with no such label. (acled18)"""
    found = _LABEL.match(sentence)
    if found is None:
        return None
    labels = {_letters(row["label"]): row for row in lex.lexicon.table("events/acled/note_labels")}
    row = labels.get(_letters(found.group(1)))
    if row is None:
        return None
    return NoteLabel(STRATEGIC, row["sub_event_type"], row["plover"] or None)
