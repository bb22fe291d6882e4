"""The single words a rule names by their role in the language (`lang/<code>/key_words.tsv`).

A rule of any stage that asks "is this preposition *of*?" or "is this verb *shoot*?" names the
role, not the word (`key.genitive_preps`), so the English word lives in the language's data and
another language gives its own. The roles are checked when the table is read: a role missing
from a language's table, or a row no rule reads, is an error naming the file.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache

from ..errors import E_LEXICON, InputError
from . import Lexicon

TABLE = "key_words"


@dataclass(frozen=True, slots=True)
class KeyWords:
    """The words of each role, as sets (one word for most roles in English)."""

    genitive_preps: frozenset[str]
    goal_preps: frozenset[str]
    infinitive_markers: frozenset[str]
    locative_preps: frozenset[str]
    purpose_preps: frozenset[str]
    source_preps: frozenset[str]
    point_preps: frozenset[str]
    comitative_preps: frozenset[str]
    agentive_preps: frozenset[str]
    surface_preps: frozenset[str]
    between_preps: frozenset[str]
    opposing_preps: frozenset[str]
    since_words: frozenset[str]
    before_words: frozenset[str]
    after_words: frozenset[str]
    when_words: frozenset[str]
    perfect_auxiliaries: frozenset[str]
    copulas: frozenset[str]
    support_verbs: frozenset[str]
    perfect_be_forms: frozenset[str]
    disjunctions: frozenset[str]
    no_determiners: frozenset[str]
    both_words: frozenset[str]
    additive_adverbs: frozenset[str]
    off_particles: frozenset[str]
    down_particles: frozenset[str]
    away_particles: frozenset[str]
    her_forms: frozenset[str]
    another_words: frozenset[str]
    own_words: frozenset[str]
    question_complementizers: frozenset[str]
    shoot_lemmas: frozenset[str]
    shot_forms: frozenset[str]
    gunning_verbs: frozenset[str]
    dead_words: frozenset[str]
    death_nouns: frozenset[str]
    injury_nouns: frozenset[str]
    alive_words: frozenset[str]
    dies_forms: frozenset[str]
    passing_verbs: frozenset[str]
    going_verbs: frozenset[str]
    committing_verbs: frozenset[str]
    suicide_nouns: frozenset[str]
    inflicting_verbs: frozenset[str]
    surviving_verbs: frozenset[str]
    life_nouns: frozenset[str]
    claiming_verbs: frozenset[str]
    occupying_verbs: frozenset[str]
    blocking_verbs: frozenset[str]
    strike_words: frozenset[str]
    air_words: frozenset[str]
    firing_verbs: frozenset[str]
    sit_in_heads: frozenset[str]
    patrol_nouns: frozenset[str]
    march_words: frozenset[str]
    operation_nouns: frozenset[str]
    evacuating_verbs: frozenset[str]
    territory_nouns: frozenset[str]
    control_nouns: frozenset[str]
    holding_verbs: frozenset[str]
    conference_nouns: frozenset[str]
    involving_verbs: frozenset[str]
    taking_verbs: frozenset[str]
    place_nouns: frozenset[str]
    calling_verbs: frozenset[str]
    discharge_words: frozenset[str]
    accident_nouns: frozenset[str]
    rally_nouns: frozenset[str]
    campaign_nouns: frozenset[str]
    expecting_verbs: frozenset[str]
    clash_forms: frozenset[str]
    established_forms: frozenset[str]
    tear_words: frozenset[str]
    ethnic_words: frozenset[str]
    talk_nouns: frozenset[str]
    killing_verbs: frozenset[str]
    going_forms: frozenset[str]
    as_words: frozenset[str]
    topic_preps: frozenset[str]
    and_words: frozenset[str]
    definite_articles: frozenset[str]
    leading_articles: frozenset[str]
    articles: frozenset[str]
    indefinite_articles: frozenset[str]

    @classmethod
    def read(cls, lexicon: Lexicon) -> KeyWords:
        """The roles of `lexicon`'s table, each row's words split on spaces."""
        given = {row["role"]: frozenset(row["words"].split()) for row in lexicon.table(TABLE)}
        wanted = {f.name for f in fields(cls)}
        if given.keys() != wanted:
            missing = sorted(wanted - given.keys())
            unknown = sorted(given.keys() - wanted)
            raise InputError(
                str(lexicon.root / f"{TABLE}.tsv"),
                E_LEXICON,
                f"key-word roles missing: {missing}; rows no rule reads: {unknown}",
            )
        return cls(**given)


@cache
def key_words(lexicon: Lexicon) -> KeyWords:
    """The key words of `lexicon`, read once per lexicon and process."""
    return KeyWords.read(lexicon)
