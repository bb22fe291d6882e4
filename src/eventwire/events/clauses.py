"""Clause-level cues the ACLED typing needs beyond the trigger word.

Questions the words of a sentence alone answer badly: is the event a taking of control over a
place (ACLED's territorial battles and transfers)? is an otherwise plain action ("blocked the road",
"gathered") done to demand or denounce something, and so a demonstration? and which words of a
demonstration's sentence tell its grievance ("to denounce the attacks they suffered", "against the
killing of an inmate") rather than how it went, so that a peaceful protest against violence is not
coded a riot? And which mentions report no event at all (a condition, a habit, history used as
a time reference, the charge an arrest is made for)?
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .triggers import PROTEST_PURPOSE, PROTEST_SIGNS, SUPPORT_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

PLACE_ENTS = {"GPE", "LOC", "FAC"}
PLACE_NOUNS = {"territory", "village", "town", "city", "area", "district", "base", "position",
               "hill", "region", "locality", "province", "county", "neighbourhood", "neighborhood",
               "settlement", "camp", "airport", "port", "front", "site", "frontline", "island",
               "bridge", "road", "highway"}  # fmt: skip
# Verbs that mean taking a place when their object is one ("recaptured the town").
TAKING = {"recapture", "retake", "overrun", "regain", "liberate", "take", "establish", "gain",
          "seize", "assume"}  # fmt: skip
# Heads of what a demonstration is about: its purpose, its target, what it remembers.
GRIEVANCE_VERBS = (PROTEST_PURPOSE - {"claim"}) | {"accuse", "allege", "complain", "follow", "remember",
                                     "mourn"}  # fmt: skip
GRIEVANCE_PREPS = {"against", "over", "about", "following"}
TIME_UNITS = {"year", "month", "week", "day", "decade"}
GRIEVANCE_NOUNS = {"anniversary", "memory", "death", "killing", "murder", "arrest", "attack",
                   "attacks", "violence", "assault", "assaults", "riot"}  # fmt: skip


def _place(token: Token) -> bool:
    """A place name or noun; under "control over" any proper name but an organisation's (the
    tagger takes small places for persons: "control over Serednie")."""
    if token.ent_type_ in PLACE_ENTS or token.lemma_.lower() in PLACE_NOUNS:
        return True
    return token.pos_ == "PROPN" and token.ent_type_ not in {"ORG", "NORP"}


def _pobjs(token: Token) -> list[Token]:
    out: list[Token] = []
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in {"of", "over"}:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    out.extend([obj, *[c for c in obj.children if c.dep_ == "conj"]])
    return out


def takes_territory(trigger: Token) -> bool:
    """ "took control of Nishtun", "established control over Serednie", "regains all M23
    territory", "recaptured the town": the event is a change of who holds a place."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in TAKING:
        return False
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    for obj in objects:
        lemma = obj.lemma_.lower()
        if lemma == "territory":
            return True
        if lemma == "control":
            # the place hangs on "control" or, misattached, on the verb
            return any(_place(t) for t in _pobjs(obj) + _pobjs(trigger))
    if trigger.lemma_.lower() in {"recapture", "retake", "overrun", "liberate"}:
        return any(_place(o) for o in objects)
    return False


def protest_purpose(verb: Token) -> bool:
    """ "blocked the highway to demand", "gathered in the square to denounce", "held a press
    conference with banners": a public action done to make a claim is a demonstration."""
    for child in verb.children:
        if child.dep_ in {"advcl", "xcomp"} and child.lemma_.lower() in PROTEST_PURPOSE:
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
                return True
    if verb.lemma_.lower() == "hold" and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "conference" for c in verb.children
    ):
        return any(t.lower_ in PROTEST_SIGNS for t in verb.sent)
    return False


def grievance_tokens(sent: Span, trigger: Token | None) -> set[int]:
    """Indices of the tokens of `sent` that tell what a demonstration is about (its purpose
    clause, its "against"/"over" phrase, what it commemorates, past-participle descriptions such
    as "crops damaged by the rain"), never
    the trigger itself or a clause it depends on."""
    ancestors = {t.i for t in trigger.ancestors} if trigger is not None else set()
    skip: set[int] = set()
    for token in sent:
        if trigger is not None and (token.i == trigger.i or token.i in ancestors):
            continue
        lemma = token.lemma_.lower()
        head = (
            (token.pos_ == "VERB" and lemma in GRIEVANCE_VERBS)
            or (token.dep_ == "prep" and token.lower_ in GRIEVANCE_PREPS)
            or (token.dep_ == "acl" and token.tag_ == "VBN")
            or (token.pos_ == "NOUN" and lemma in GRIEVANCE_NOUNS and token.dep_ != "nsubj")
        )
        if head:
            skip.update(t.i for t in token.subtree)
    return skip


def dominates(head: Token, token: Token) -> bool:
    """`token` lies in `head`'s subtree: it is what the protest or accusation is about."""
    if head.i == token.i:
        return False
    node = token
    for _ in range(12):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.i == head.i:
            return True
    return False


def background(trig: Token) -> bool:
    """Mentions that report no event (future and hypothetical events are kept, labelled): an
    event in a condition ("even if the United States left"), a habit ("continues to launch small
    attacks"), a participation ("was involved in a fight"), history as a time reference
    ("seventeen years after the invasion"), or an ongoing state in a relative clause ("a
    coalition that has been fighting IS since 2014")."""
    if _in_condition(trig) or _habitual(trig):
        return True
    head = trig.head
    if trig.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_ == "involve":
        return True
    if (
        trig.dep_ == "pobj"
        and head.lower_ in {"after", "since", "before"}
        and (
            head.head.ent_type_ == "DATE"
            or any(
                c.dep_ == "npadvmod" and (c.ent_type_ == "DATE" or c.lemma_ in TIME_UNITS)
                for c in [*head.children, *head.head.children]
            )
        )
    ):
        return True
    return (
        trig.dep_ == "relcl"
        and trig.tag_ == "VBG"
        and any(c.lower_ == "been" for c in trig.children if c.dep_ == "aux")
    )


def charge(arrest: Token, trigger: Token) -> bool:
    """ "arrested six locals in relation to the explosion", "arrested the man who killed ...":
    an attack named under an arrest, as a noun or in a description of the arrested, is what they
    are held for, not a second event."""
    if not dominates(arrest, trigger):
        return False
    if trigger.pos_ != "VERB":
        return True
    node = trigger
    while node.i != arrest.i and node.head.i != node.i:
        if node.dep_ in {"relcl", "acl"}:
            return True
        node = node.head
    return False


def carried_out(noun: Token) -> bool:
    """The noun is what happened: subject of "take place", object of a light verb."""
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_ == "take":
        return any(c.lower_ == "place" for c in head.children)
    return noun.dep_ == "dobj" and head.lemma_ in SUPPORT_VERBS


def _habitual(trig: Token) -> bool:
    """ "The group continues to launch small attacks": bare plural events under a verb in the
    simple present tell what happens habitually, not an event."""
    if trig.tag_ != "NNS" or any(c.dep_ in {"det", "nummod", "poss"} for c in trig.children):
        return False
    node = trig.head
    for _ in range(3):
        if node.tag_ in {"VBZ", "VBP"}:
            return node.lemma_ not in {"be", "have"}
        if node.dep_ not in {"xcomp", "dobj"} or node.head.i == node.i:
            return False
        node = node.head
    return False


def _in_condition(trig: Token) -> bool:
    """The trigger lies in an "if"/"unless" clause: the condition of another event."""
    node = trig
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in node.children):
            return True
        if node.dep_ not in {"conj", "xcomp", "dobj", "pobj", "prep", "nsubj", "nsubjpass"}:
            return False
        node = node.head
    return False
