"""Demonstrations: peaceful, met with intervention or force, or violent (a riot).

ACLED tells a protest from a riot by what the crowd did (attacked, burned, threw things; burning a
flag is symbolic) and a peaceful protest from one with intervention by what the police did. The
violent-crowd test also serves the assault and coercion rules, where demonstrators turn violent.
"""

from __future__ import annotations

from ..records import Actor
from .acled_words import (
    BURNING,
    EXCESSIVE,
    INTERVENED,
    INTERVENTION,
    RIOT,
    SYMBOLIC,
    VIOLENT,
    any_of,
)


def protest_type(mode: str | None, words: set[str], text: str) -> tuple[str | None, str | None]:
    """ACLED type of a demonstration; `text` is the lower-cased sentence."""
    if EXCESSIVE.search(text):
        return "Protests", "Excessive force against protesters"
    if mode == "riot" or is_violent_crowd(words, text):
        return "Riots", "Violent demonstration"
    if any_of(words, INTERVENTION) or INTERVENED.search(text):
        return "Protests", "Protest with intervention"
    return "Protests", "Peaceful protest"


def is_demonstrating(actors: tuple[Actor, ...], words: set[str]) -> bool:
    """The actors are demonstrators, or the sentence says they act "in (a) protest"."""
    named = any(
        any_of(set(a.text.lower().split()), {"protesters", "protestors", "demonstrators"})
        for a in actors
    )
    return named or ("in" in words and any_of(words, {"protest", "demonstration", "sit-in"}))


def is_violent_crowd(words: set[str], text: str) -> bool:
    """Demonstrators who attacked, burned or threw things: a riot, not a protest. Burning a flag
    or an effigy is symbolic, not violent."""
    if SYMBOLIC.search(text):
        words = words - BURNING
        text = SYMBOLIC.sub(" ", text)
    return (
        any_of(words, RIOT - {"set", "clashed"})
        or bool(VIOLENT.search(text))
        or ("clashed" in words and any_of(words, {"police", "policemen", "officers", "security"}))
    )
