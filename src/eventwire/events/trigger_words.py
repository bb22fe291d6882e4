"""The words the event trigger can read an event from, gathered once per set of event words
and CAMEO rows (perf27): split out of `candidates.py`, which asks them of every word."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .words import EventWords, Trigger

_TRIGGER_POS = frozenset({"VERB", "NOUN", "PROPN"})
"""The parts of speech of the words `_trigger` reads an event from, besides the tail of a
split "shoot-out" and "sit" (of "sit-in")."""


class TriggerWords:
    """The words `_trigger` can read an event from, gathered once from the rows that name one
    (the lexicons, the CAMEO verbs and pairs, the cue lists the trigger asks): a word outside
    them reads no row, so the trigger skips the questions about it (perf27)."""

    def __init__(
        self,
        lex: EventWords,
        cameo_verbs: dict[str, Trigger],
        cameo_patterns: dict[tuple[str, str], Trigger],
    ) -> None:
        self.lex, self.cameo_verbs, self.cameo_patterns = lex, cameo_verbs, cameo_patterns
        cue = lex.cue
        self.easing = lex.lexicon.mapping("events/triggers/easing_nouns", "noun", "verb")
        self.halting = lex.lexicon.mapping("events/triggers/halting_nouns", "noun", "verb")
        self.continuing = lex.lexicon.words("events/standing/continuing_verbs")
        # the lemmas of a verb a row names: alone, with a word of its clause (phrasal and CAMEO
        # pairs, all keyed by the verb's lemma), or by a cue list that makes the event itself
        self.verbs = frozenset(
            {verb for verb, _ in lex.phrasal}
            | {verb for verb, _ in cameo_patterns}
            | cameo_verbs.keys()
            | lex.verbs.keys()
            | lex.giving
            | cue["bidding_verbs"]
            | cue["permitting_verbs"]
            | cue["joint_act_verbs"]
            | cue["deadline_verbs"]
            | cue["arriving_verbs"]
            | cue["opening_verbs"]
        )
        # the lemmas (as fixed) of a noun or name that may report an event: an event noun, a
        # headline's verb taken for a noun, a wound, an armed operation, an easing noun
        self.nouns = frozenset(
            lex.nouns.keys()
            | lex.verbs.keys()
            | lex.wounds
            | cue["armed_op_nouns"]
            | self.easing.keys()
            | self.halting.keys()
        )
        # the lemmas of a verb a phrasal row names that may be a headline's verb taken for a
        # noun, read by the row its object names ("Government scraps fuel tax": heads47)
        self.row_verbs = lex.phrasal_lemmas - lex.nouns.keys()
        # a noun's own forms that may report one: the tail of "shoot-out", a protest tagged
        # as a name
        self.noun_forms = cue["shoot_out_tail"] | lex.mistagged_protest
        # the verbs with a phrasal row whose word makes the event one of an armed group alone
        # (`_armed_only`)
        armed = cue["armed_only_words"]
        self.armed_only_verbs = frozenset(verb for verb, word in lex.phrasal if word in armed)

    def noun_may_report(self, lex: EventWords, lemma: str, lower: str) -> bool:
        """A noun or name (its `lemma_` and `lower_`) may report an event: the questions
        `_trigger` asks of one all start from its lemma (as fixed) or its form."""
        raw = lemma.lower()
        fixed = lex.lemma_fixes.get(lower, raw)
        return (
            fixed in self.nouns
            or lower in self.noun_forms
            or raw in lex.cue["demand_nouns"]  # (`_demand_noun` reads the lemma as tagged)
            or fixed in lex.key.sit_in_heads
            or fixed in lex.key.patrol_nouns
        )

    def row_object(
        self,
        lex: EventWords,
        verb: str,
        i: int,
        words: tuple[Sequence[str], Sequence[str], Sequence[str]],
    ) -> Trigger | None:
        """The row of `triggers/phrasal.tsv` that the few nouns, names, adjectives, numbers and
        determiners right after the word at `i` name with the verb's lemma `verb` ("scraps fuel
        tax": scrap + tax; "trade fire near the border": trade + fire), the last such word's
        (the phrase's head); None when none does. A word of the phrase counts whatever its tag
        among those, a verb's too: the parser may tag a noun of a headline's object as a verb
        ("scraps curfew", "scraps fuel tax"). `words`: the parse's lemmas, parts of speech and
        lower-cased words (`token_words`). The caller asks `row_verbs` first (heads47)."""
        lemmas, poses, lowers = words
        phrasal = lex.phrasal
        found: Trigger | None = None
        for k in range(i + 1, min(len(lemmas), i + 1 + _ROW_OBJECT_REACH)):
            if poses[k] not in _ROW_OBJECT_POS:
                break
            found = phrasal.get((verb, lemmas[k])) or phrasal.get((verb, lowers[k])) or found
        return found


_ROW_OBJECT_REACH = 4
"""How many words after a headline's verb taken for a noun its object's row word may stand."""

_ROW_OBJECT_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "DET", "VERB"})
"""The parts of speech of a headline object's words (a noun of it may be tagged as a verb:
"scraps fuel tax")."""
