"""Event words read in a sense that reports no event: general patterns of the language.

An event word is read in another sense when

- its patient is a thing no one can assault, arrest, hold captive and free, or be bound to by an
  offer (`lang/en/events/thing_themes.txt`, and names of products, works and percentages):
  "beats the rival graphics chip", "a statement released by the sheriff", "offers free repairs";
- it only qualifies a noun as an adjective ("life-threatening injuries", "a threatening tone");
- a violent word comes with a score ("beat the visitors 3-1"): a contest, not an attack.

These hold for any article; the trained classifiers (issue 15) decide the rest.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..lang import Lexicon, load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

# The types whose patient must be a person, a group, a place or property (or, for an offer,
# a party): what each type means in PLOVER. (Seizing goods, drugs or papers is coercion.)
PATIENT_TYPES = frozenset({"ASSAULT", "RETREAT", "AGREE", "AID", "SANCTION"})
THING_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "PERCENT"})
SCORE = re.compile(r"^\d{1,3}[-–]\d{1,3}$")


@lru_cache(maxsize=4)
def _things(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.words("events/thing_themes"))


def misread(trigger: Token, type_: str, lexicon: Lexicon | None = None) -> bool:
    """True when `trigger`, proposed as an event of `type_`, reads in a sense that is none."""
    lexicon = lexicon or load_lexicon("en")
    if _qualifier(trigger):
        return True
    if type_ in PATIENT_TYPES and any(_thing(p, lexicon) for p in patients(trigger)):
        return True
    return type_ == "ASSAULT" and _scored(trigger)


def patients(trigger: Token) -> list[Token]:
    """Who or what the event is done to: the object, the passive subject, the noun a participle
    describes ("a statement released by ..."), the "of" phrase of an event noun."""
    found = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    if trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        found.append(trigger.head)
    if trigger.pos_ == "NOUN":
        for prep in trigger.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                found.extend(c for c in prep.children if c.dep_ == "pobj")
    return found


def _thing(noun: Token, lexicon: Lexicon) -> bool:
    if noun.ent_type_ in THING_LABELS:
        return True
    if noun.ent_type_ in {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}:
        return False
    return noun.lemma_.lower() in _things(lexicon) or noun.lower_ in _things(lexicon)


def _qualifier(trigger: Token) -> bool:
    """The word only qualifies a noun: an adjective ("life-threatening injuries")."""
    if trigger.dep_ not in {"amod", "compound"} or trigger.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    hyphened = trigger.i > 0 and trigger.nbor(-1).text == "-"
    return hyphened or trigger.tag_ in {"JJ", "VBG"}


def _scored(trigger: Token) -> bool:
    """A score in the clause: "beat the visitors 3-1", "won 112-107" (a range that counts
    something, "10-15 cadres", is no score)."""
    clause = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    words = list(clause.subtree)
    if any(SCORE.match(t.text) and _standalone(t) for t in words):
        return True
    return any(
        a.like_num and b.text in {"-", "–"} and c.like_num and _standalone(c)
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )


def _standalone(number: Token) -> bool:
    """The number counts nothing: it is not a noun's quantity ("10-15 cadres")."""
    return number.dep_ not in {"nummod", "quantmod", "compound"}
