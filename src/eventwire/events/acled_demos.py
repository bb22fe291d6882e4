"""Demonstrations: peaceful, met with intervention or force, or violent (a riot).

ACLED tells a protest from a riot by what the crowd did (attacked, burned, threw things; burning a
flag is symbolic) and a peaceful protest from one with intervention by what the police did. The
violent-crowd test also serves the assault and coercion rules, where demonstrators turn violent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Actor
from .acled_actors import is_crowd
from .acled_words import any_of

if TYPE_CHECKING:
    from .words import EventWords


def protest_type(
    lex: EventWords, mode: str | None, words: set[str], text: str
) -> tuple[str | None, str | None]:
    """ACLED type of a demonstration; `text` is the lower-cased sentence."""
    if lex.excessive_re.search(text):
        return "Protests", "Excessive force against protesters"
    if mode == "riot" or is_violent_crowd(lex, words, text):
        if (
            mode == "riot"
            and any_of(words, lex.rioter_names)
            and not any_of(words, lex.protest_words)
        ):
            # rioters outside any demonstration are a mob (ACLED's codebook, plover29)
            return "Riots", "Mob violence"
        return "Riots", "Violent demonstration"
    if any_of(words, lex.intervention) or lex.intervened_re.search(text):
        return "Protests", "Protest with intervention"
    if lex.propaganda_re.search(text) and not any_of(words, lex.protest_words):
        # a group's flyers or banners put out with no crowd: ACLED's non-violent activity
        return "Strategic developments", "Other"
    return "Protests", "Peaceful protest"


def is_demonstrating(lex: EventWords, actors: tuple[Actor, ...], words: set[str]) -> bool:
    """The actors are demonstrators, or the sentence says they act "in (a) protest", or a crowd
    makes the demand in a sentence that tells of its protest or gathering ("residents gathered
    outside the office, demanding water")."""
    named = any(any_of(set(a.text.lower().split()), lex.cue["demonstrator_words"]) for a in actors)
    if named or (
        any_of(words, lex.key.locative_preps) and any_of(words, lex.cue["in_protest_words"])
    ):
        return True
    return any(is_crowd(lex, a) for a in actors) and any_of(words, lex.protest_words)


def is_violent_crowd(lex: EventWords, words: set[str], text: str) -> bool:
    """Demonstrators who attacked, burned or threw things: a riot, not a protest. Burning a flag
    or an effigy is symbolic, not violent."""
    if lex.symbolic_re.search(text):
        words = words - lex.burning
        text = lex.symbolic_re.sub(" ", text)
    return (
        any_of(words, lex.riot - lex.cue["riot_words_not_alone"])
        or bool(lex.violent_re.search(text))
        or (any_of(words, lex.key.clash_forms) and any_of(words, lex.cue["police_words"]))
    )
