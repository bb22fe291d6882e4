"""The parts of a clause the background readings look at: its verb, its auxiliaries, the first
of joined verbs, and whether it tells any date (`not_news`, `history_forms`, `standing`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..annotate.nlp import dated_heads, token_auxiliaries

if TYPE_CHECKING:
    from spacy.tokens import Token


def clause_verb(trigger: Token) -> Token | None:
    """The verb whose clause tells the trigger: itself, or the verb a noun is the subject or the
    object of."""
    if trigger.pos_ in {"VERB", "AUX"}:
        return trigger
    if trigger.dep_ in {"dobj", "nsubj", "nsubjpass"} and trigger.head.pos_ in {"VERB", "AUX"}:
        return trigger.head
    return None


def first_conjunct(verb: Token) -> Token:
    """ "joined the rebels at 17 and fought ...": the first of joined verbs, which carries
    the adjuncts they share."""
    node = verb
    while node.dep_ == "conj" and node.head.i != node.i and node.head.pos_ in {"VERB", "AUX"}:
        node = node.head
    return node


def clause_auxiliaries(verb: Token) -> set[str]:
    """The lower-cased words of the verb's `aux` and `auxpass` children (`token_auxiliaries`)."""
    return set(token_auxiliaries(verb.doc).get(verb.i, ()))


def undated(node: Token) -> bool:
    """No day, month, year or time is told in the clause (no DATE or TIME entity token in
    its subtree, read from the parse's table: `dated_heads`)."""
    return node.i not in dated_heads(node.doc)
