"""Fatalities and injuries of an event, from the words that report them in its sentence.

"Two US soldiers, one British and several Iraqi security forces were killed" counts 2 + 1 and is a
lower bound (several is not a number); "no one was hurt" is zero injuries, negated.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .amounts import number_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

DEATH_VERBS = {
    "kill",
    "die",
    "perish",
    "slay",
    "massacre",
    "execute",
    "behead",
    "murder",
    "assassinate",
    "lynch",
    "drown",
    "burn",
}
DEATH_ADJ = {"dead", "killed"}
DEATH_NOUNS = {"death", "fatality", "casualty_dead", "body", "corpse", "toll"}
INJURY_VERBS = {"injure", "wound", "hurt", "maim"}
SHOOTING = {"shoot", "gun", "stab"}
# Nouns that say the event killed someone without a count ("a fatal shooting"): at least one.
DEADLY_WORDS = {"fatal", "deadly", "fatally", "homicide", "murder", "manslaughter"}
INJURY_NOUNS = {"injury", "injured", "wounded"}
VAGUE = {
    "several",
    "many",
    "some",
    "dozens",
    "scores",
    "hundreds",
    "thousands",
    "numerous",
    "few",
    "multiple",
    "tens",
}
LOWER_BOUND_WORDS = {"least", "more", "over", "than", "nearly"}
NOBODY = {"no", "nobody", "none", "neither"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "himself", "herself"}
GROUP_PRONOUNS = {"they", "them", "both"}


@dataclass(frozen=True, slots=True)
class Count:
    """A casualty count; `lower_bound` when a vague quantity ("several") was part of it."""

    value: int | None
    lower_bound: bool = False
    negated: bool = False


def _conjuncts(token: Token) -> list[Token]:
    out = [token]
    for child in token.children:
        if child.dep_ == "conj":
            out.extend(_conjuncts(child))
    return out


def _count_nominal(token: Token) -> tuple[int, bool, bool]:
    """(count, lower_bound, found) for one victim noun phrase and everything attached to it."""
    if token.lower_ in NOBODY or any(c.lower_ in NOBODY for c in token.children if c.dep_ == "det"):
        return 0, False, True
    total = 0
    bound = False
    numbers = 0
    for t in token.subtree:
        if t.lower_ in LOWER_BOUND_WORDS:
            bound = True
        if t.dep_ in {"compound", "quantmod"} and t.like_num:
            continue
        value = None if _is_age(t) else number_of(t)
        if value is not None and t.dep_ in {
            "nummod",
            "nsubj",
            "nsubjpass",
            "dobj",
            "appos",
            "conj",
        }:
            total += int(value)
            numbers += 1
        elif t.lower_ in VAGUE:
            bound = True
    if numbers:
        return total, bound, True
    if any(_is_age(t) for t in token.subtree) and not bound:
        return 1, False, True  # "a 19-year-old"
    if bound:
        return 0, True, True
    if (
        token.lower_ in PERSON_PRONOUNS
        or token.tag_ in {"NN", "NNP"}
        or token.ent_type_ == "PERSON"
    ):
        return 1, False, True
    if token.tag_ in {"NNS", "NNPS"} or token.lower_ in GROUP_PRONOUNS:
        return 0, True, True
    return 0, False, False


def _is_age(token: Token) -> bool:
    """ "a 17-year-old", "Nicole, 41,": a person's age, not a count of people."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and (nxt.lower_.startswith("year") or nxt.text == "-"):
        return True
    if token.head.lemma_ in {"year", "old", "age", "month"}:
        return True
    # an appositive number after a name
    return token.dep_ == "appos" and token.head.pos_ in {"PROPN", "NOUN"}


def _deadly(verb: Token) -> bool:
    """ "shot dead", "shot to death", "fatally shot", "shot and killed"."""
    if verb.lemma_ == "gun":
        return True  # "gunned down"
    for c in verb.children:
        if c.lower_ in {"dead", "fatally"}:
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children):
            return True
    return False


def _victims(verb: Token) -> list[Token]:
    """The people a casualty verb is about: passive subjects, objects, or intransitive subjects."""
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ in {"nsubjpass", "dobj"} or (
            child.dep_ == "nsubj" and verb.lemma_ in {"die", "perish", "drown"}
        ):
            found.append(child)
    if not found and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        # "was shot and killed": the victims are the first verb's
        return _victims(verb.head)
    if (
        not found
        and verb.dep_ in {"acl", "amod", "relcl"}
        and verb.head.pos_ in {"NOUN", "PROPN", "NUM"}
    ):
        found.extend(_conjuncts(verb.head))
    return found


def _count_for(sent: Span, verbs: set[str], adjs: set[str]) -> Count:
    total = 0
    bound = False
    found = False
    negated = False
    for token in sent:
        hit = (token.lemma_ in verbs and token.pos_ in {"VERB", "AUX"}) or (
            token.lower_ in adjs and token.pos_ in {"ADJ", "VERB"}
        )
        if token.lemma_ in SHOOTING and token.pos_ == "VERB":
            # "shot dead", "shot to death" kill
            killed = _deadly(token)
            # "was shot" alone says nothing of the outcome (the victim may have died): not counted
            hit = killed and verbs is DEATH_VERBS
        if token.lower_ == "dead" and token.head.lemma_ in SHOOTING:
            continue  # "shot dead" is counted with the shooting
        if not hit:
            continue
        if any(c.dep_ == "neg" for c in token.children):
            negated = True
        victims = _victims(token)
        if not victims and token.dep_ in {"oprd", "acomp", "xcomp"} and token.head.pos_ == "VERB":
            # "was found dead", "was pronounced dead": the subject of the governing verb
            victims = _victims(token.head) or [
                c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}
            ]
        if not victims and token.lower_ in adjs:
            # "3 dead", "leaving five dead": the number is a sibling or the subject
            victims = [c for c in token.children if c.dep_ in {"nsubj", "npadvmod"}] or (
                [token.head] if token.head.like_num else []
            )
        for victim in victims:
            value, lb, ok = _count_nominal(victim)
            if victim.lower_ in NOBODY or any(c.lower_ in NOBODY for c in victim.children):
                negated = True
            if ok:
                total += value
                bound = bound or lb
                found = True
    if found:
        return Count(total, bound, negated and total == 0)
    if negated:
        return Count(0, False, True)
    return Count(None)


def fatalities(sent: Span) -> Count:
    """People killed in the events of this sentence."""
    count = _count_for(sent, DEATH_VERBS, DEATH_ADJ)
    if count.value is None:
        for token in sent:
            if token.lemma_ in {"death", "fatality", "body"} and token.pos_ == "NOUN":
                v = next((number_of(c) for c in token.children if c.dep_ == "nummod"), None)
                if v is not None:
                    return Count(int(v))
                # "the death of a farmer", "the bodies of three men"
                for prep in token.children:
                    if prep.dep_ == "prep" and prep.lower_ == "of":
                        for victim in prep.children:
                            if victim.dep_ == "pobj":
                                value, bound, ok = _count_nominal(victim)
                                if ok:
                                    return Count(value, bound)
        if any(t.lower_ in DEADLY_WORDS for t in sent):
            # "a fatal shooting", "charged with homicide": someone died, we do not know how many
            return Count(1, lower_bound=True)
    return count


def injuries(sent: Span) -> Count:
    """People injured in the events of this sentence ("no one was hurt" gives 0, negated)."""
    count = _count_for(sent, INJURY_VERBS, {"injured", "wounded"})
    if count.value is None:
        for token in sent:
            if token.lemma_ in {"injury"} and any(c.lower_ in NOBODY for c in token.children):
                return Count(0, False, True)
    return count
