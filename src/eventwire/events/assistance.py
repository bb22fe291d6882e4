"""Assistance told in a sentence: which acts of giving, sending, opening or freeing are PLOVER
AID, and which are not (issue 15).

Split out of `candidates.py`, which asks these questions of a trigger: relief or money given to
a state or its people, military hardware handed to a state's forces, a convoy carrying relief
that arrives, personnel sent "to help", a relief place opened, people rescued or freed by a
state, a debt forgiven, two parties acting jointly, a crossing reopened to trade (plover35,
plover41 and earlier readings). Words are data under `lang/en/events/candidates/`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .clauses import infinitive
from .protest_reading import of_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords

# Named entities that name a state (a taker of aid given as money)
STATE_ENTS = frozenset({"GPE"})


def rescued(
    lex: EventWords,
    verb: Token,
    lemma: str,
    state: Callable[[Token], bool] | None = None,
    people_only: bool = False,
) -> bool:
    """ "police freed 30 trafficking victims", "troops evacuated 80 civilians": forces that free
    people held by others or move them out of danger rescue them (PLOVER AID); a side freeing
    its own prisoners, or troops evacuating a base, retreat. A state that evacuates people
    ("India evacuated its nationals") rescues them too, and the subject of "helped evacuate" is
    the helper's; with `people_only` (a verb of another reading: "rescued", "liberated") only
    people freed count, not a town (plover41)."""
    cue = lex.rescues
    if lemma not in cue.get("verb", frozenset()):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "xcomp":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "helped evacuate"
    if not any(
        t.lower_ in cue.get("by", frozenset()) for s in subjects for t in s.subtree
    ) and not (
        lemma in lex.key.evacuating_verbs and any((state or state_ent)(s) for s in subjects)
    ):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or any(o.lemma_.lower() in cue.get("not", frozenset()) for o in objects):
        return False
    if lemma in lex.key.evacuating_verbs or people_only:
        people = cue.get("people", frozenset())
        return any(
            w.lemma_.lower() in people or w.lower_ in people
            for o in objects
            for w in [o, *of_objects(lex.key, o)]
        )
    return True


def left_harmed(lex: EventWords, verb: Token, lemma: str) -> bool:
    """ "left two suspects dead", "leaving four people wounded": "leave" tells the harm an
    event did (its object in a state of harm), not a departure."""
    states = lex.cue["left_states"]
    if lemma not in states:
        return False
    near = [*verb.children]
    near += [g for c in verb.children if c.dep_ == "dobj" for g in c.children]
    return any(w.lemma_.lower() in states or w.lower_ in states for w in near)


def state_ent(token: Token) -> bool:
    """The token is inside a named place or country (`STATE_ENTS`)."""
    return token.ent_type_ in STATE_ENTS


def gives_aid(lex: EventWords, verb: Token, state: Callable[[Token], bool] = state_ent) -> bool:
    """ "sent aid", "sent vaccine doses", "delivered 40 tonnes of food": what is given (the
    object, its compound, or the noun its quantity counts) is aid; `state` tells a word that
    names a state (`_money_to_state`)."""
    for first in verb.children:
        # (the subject of a passive is what is given: "asylum was granted to the pilot", plover55)
        if first.dep_ != "dobj" and not (first.dep_ == "nsubjpass" and verb.tag_ == "VBN"):
            continue
        # "flew in field kitchens and 200 tonnes of food": each thing of a list given (plover48)
        for obj in (first, *first.conjuncts):
            words = [obj, *of_objects(lex.key, obj)]
            if obj.lemma_.lower() not in lex.cue["operation_heads"]:  # not "a rescue mission"
                words += [c for c in obj.children if c.dep_ == "compound"]
            if any(w.lemma_.lower() in lex.aid_objects for w in words):
                return True
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for prep in [*verb.children, *(p for o in objects for p in o.children)]:
        # "gave 20 million dollars in emergency aid" (the preposition under the verb or, as
        # parsed in "provided 40 million euros in budget support", under its object)
        if prep.dep_ == "prep" and prep.lower_ in lex.key.locative_preps:
            if any(g.lemma_.lower() in lex.aid_objects for g in prep.children if g.dep_ == "pobj"):
                return True
    if _money_to_state(lex, verb, state) or _money_for_help(lex, verb):
        return True
    if hardware_given(lex, verb, state) or any(carries_relief(lex, o) for o in objects):
        return True  # "delivered tanks to Ukraine", "sent a ship carrying medicine" (plover41)
    return relief_given(lex, verb)


CURRENCY_TAG = "$"
"""The tagger's tag of a currency symbol ("$3 billion", "€40 million")."""


def _money(lex: EventWords, word: Token) -> bool:
    """Money: a word of `money_words.txt` ("dollars", "a tranche"), or a sum counted with a
    currency symbol ("$3 billion": the symbol hangs on the number, plover48)."""
    return word.lemma_.lower() in lex.cue["money_words"] or any(
        c.tag_ == CURRENCY_TAG for c in word.children
    )


def money_given(lex: EventWords, verb: Token) -> bool:
    """The verb's object is money (`money_words.txt`), or counts it: "released 1.5 billion euros",
    not "released seven aid workers" (plover41)."""
    return any(
        _money(lex, w)
        for o in verb.children
        if o.dep_ == "dobj"
        for w in (o, *of_objects(lex.key, o))
    )


def _two_parties(verb: Token) -> bool:
    """The verb's subject names two sides or more: "Japan and Vietnam", "the two navies",
    "engineers from the two armies" (a conjunct or a number in it) (plover41)."""
    return any(
        t.dep_ == "conj" or t.like_num
        for s in verb.children
        if s.dep_ == "nsubj"
        for t in s.subtree
    )


def joint_parties_act(lex: EventWords, verb: Token, kind: str) -> bool:
    """Two sides (`_two_parties`) that act together ("patrolled the waters together", "cleared
    mines together") or hold a military drill (`joint_drill_nouns.txt`: "the two navies conducted
    an exercise") cooperate (plover41)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    together = lex.cue["joint_words"]
    drills = lex.cue["joint_drill_nouns"]
    # ("together" may hang on the object or on a preposition after it)
    heads = [verb, *objects, *(c for c in verb.children if c.dep_ == "prep")]
    joint = any(c.dep_ == "advmod" and c.lower_ in together for w in heads for c in w.children)
    drill = kind == "MOBILIZE" and any(o.lemma_.lower() in drills for o in objects)
    return (joint or drill) and _two_parties(verb)


def opened_to_trade(lex: EventWords, verb: Token) -> bool:
    """ "reopened the crossing to trade traffic", "reopened the border bridge to cargo trucks":
    a way opened for trade (`opened_trade_words.txt`), its purpose or what it lets through
    (plover41)."""
    trade = lex.cue["opened_trade_words"]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for word in (verb, *objects):
        for c in word.children:
            if c.dep_ == "advcl" and c.lemma_.lower() in trade:
                return True
            if c.dep_ == "prep" and c.lower_ in (lex.key.goal_preps | lex.key.purpose_preps):
                for g in c.children:
                    if g.dep_ == "pobj" and any(
                        w.lemma_.lower() in trade for w in (g, *g.children) if w.dep_ != "det"
                    ):
                        return True
    return False


def debt_forgiven(lex: EventWords, verb: Token) -> bool:
    """ "agreed to cancel 400 million dollars of the debt": the agreed act (an infinitive)
    forgives a debt (`debt_words.txt`) by an AID row of its verb and object (plover41)."""
    debts = lex.cue["debt_words"]
    for act in verb.children:
        if act.dep_ != "xcomp" or not infinitive(lex.key, act):
            continue
        objects = [c for c in act.children if c.dep_ == "dobj"]
        for word in [*objects, *(g for o in objects for g in of_objects(lex.key, o))]:
            row = lex.phrasal.get((act.lemma_.lower(), word.lemma_.lower()))
            if word.lemma_.lower() in debts and row is not None and row[0] == "AID":
                return True
    return False


def _taker_named(lex: EventWords, noun: Token, state: Callable[[Token], bool]) -> bool:
    """The noun (or its modifiers) names a state or its forces (`aid_takers.txt`): "Ukraine",
    "Ukraine's army", "the coast guard", "the government forces" (plover41)."""
    words = [noun, *(c for c in noun.children if c.dep_ in {"compound", "poss", "amod"})]
    takers = lex.cue["aid_takers"]
    return any(state(w) or w.lemma_.lower() in takers for w in words)


def hardware_given(lex: EventWords, verb: Token, state: Callable[[Token], bool]) -> bool:
    """ "delivered a batch of tanks to Ukraine", "handed patrol boats to the coast guard",
    "supplied the government forces with drones": military equipment (`military_hardware.txt`)
    a state or its forces take is military aid (PLOVER AID); the giver's own ("handed over their
    rifles") or equipment given to no named taker is none (plover41)."""
    hardware = lex.cue["military_hardware"]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [x for o in objects for x in o.conjuncts]
    if any(c.dep_ == "poss" for o in objects for c in o.children):
        return False
    goods = [*objects, *(g for o in objects for g in of_objects(lex.key, o))]
    goods += [c for g in goods for c in g.children if c.dep_ == "compound"]
    if any(g.lemma_.lower() in hardware for g in goods):
        preps = [
            p
            for p in [*verb.children, *(c for o in objects for c in o.children)]
            if p.dep_ in {"prep", "dative"} and p.lower_ in lex.key.goal_preps
        ]
        takers = [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"]
        takers += [g for p in preps for g in p.children if g.dep_ == "pobj"]
        if any(_taker_named(lex, t, state) for t in takers):
            return True
    # "provided the army with goggles and vehicles": the taker as object, the goods after "with"
    if not any(_taker_named(lex, o, state) for o in objects):
        return False
    furnished = [
        g
        for p in [*verb.children, *(c for o in objects for c in o.children)]
        if p.dep_ == "prep" and p.lower_ in lex.cue["furnishing_preps"]
        for g in p.children
        if g.dep_ == "pobj"
    ]
    furnished += [x for g in furnished for x in g.conjuncts]
    return any(
        g.lemma_.lower() in hardware or g.lemma_.lower() in lex.aid_objects for g in furnished
    )


def carries_relief(lex: EventWords, noun: Token) -> bool:
    """ "a convoy of trucks carrying flour", "a ship loaded with medicine": the noun (or what
    its "of" counts) carries relief (`carrying_verbs.txt`, `relief_objects.txt`) (plover41), or
    is a lot of relief ("a shipment of wheat": `consignment_nouns.txt`, plover55)."""
    relief = lex.cue["relief_objects"]
    if noun.lemma_.lower() in lex.cue["consignment_nouns"]:
        # "a shipment of 500 tonnes of rice", "an aid consignment": the lot's own goods (plover55)
        goods = [*of_objects(lex.key, noun), *(c for c in noun.children if c.dep_ == "compound")]
        goods += [g for x in goods for g in (*x.conjuncts, *of_objects(lex.key, x))]
        if any(g.lemma_.lower() in relief for g in goods):
            return True
    for word in (noun, *of_objects(lex.key, noun)):
        for acl in word.children:
            if (
                acl.dep_ not in {"acl", "relcl"}
                or acl.lemma_.lower() not in lex.cue["carrying_verbs"]
            ):
                continue
            goods = [g for g in acl.children if g.dep_ == "dobj"]
            goods += [
                g for p in acl.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"
            ]
            goods += [x for g in goods for x in (*g.conjuncts, *of_objects(lex.key, g))]
            if any(g.lemma_.lower() in relief for g in goods):
                return True
    return False


def sent_to_help(lex: EventWords, verb: Token) -> bool:
    """ "deployed 2,000 soldiers to help flood victims", "arrived to help the hospitals": a purpose
    of help (`aid_purposes.txt`) whose clause names the helped (`helped_people.txt`) (plover41)."""
    helped = lex.cue["helped_people"]
    return any(
        c.dep_ in {"advcl", "xcomp"}
        and c.lemma_.lower() in lex.cue["aid_purposes"]
        and infinitive(lex.key, c)
        and any(t.lemma_.lower() in helped or t.lower_ in helped for t in c.subtree)
        for c in verb.children
    )


def relief_place_opened(lex: EventWords, verb: Token, lemma: str) -> bool:
    """ "opened a field hospital", "set up a treatment centre", "opened the hall as an emergency
    shelter": a place of relief (`relief_places.txt`) opened is aid (plover41)."""
    if lemma not in lex.cue["opening_verbs"]:
        return False  # (asked of every verb: the lemma first)
    places = [c for c in verb.children if c.dep_ == "dobj"]
    places += [g for o in places for p in o.children if p.dep_ == "prep" for g in p.children]
    places += [g for p in verb.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    return any(
        f"{m.lemma_.lower()} {w.lemma_.lower()}" in lex.cue["relief_places"]
        for w in places
        for m in w.children
        if m.dep_ in {"compound", "amod"}
    )  # "handed over food": the particle read as a preposition


def _money_for_help(lex: EventWords, verb: Token) -> bool:
    """ "granted an envelope of 50 million euros to support the displaced", "gave 20 million
    dollars to help flood victims": money given (the object, or the noun its quantity counts)
    with a purpose of help (`aid_purposes.txt`) is aid, whoever takes it (plover28)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not any(_money(lex, w) for o in objects for w in (o, *of_objects(lex.key, o))):
        return False
    return any(
        c.dep_ in {"advcl", "xcomp"}
        and c.lemma_.lower() in lex.cue["aid_purposes"]
        and infinitive(lex.key, c)
        for c in verb.children
    )


def _money_to_state(
    lex: EventWords, verb: Token, state: Callable[[Token], bool] = state_ent
) -> bool:
    """ "gave Fiji 10 million dollars", "granted 20 million euros to Malawi": money
    (`money_words.txt`) a state takes, named by a place (or, by `state`, a name the actor
    dictionary reads as a country or its government), is aid (not a payment to a firm)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if _state_furnished(lex, verb, objects, state):
        return True
    if not any(_money(lex, o) for o in objects):
        return False
    datives = [c for c in verb.children if c.dep_ == "dative"]  # "gave Fiji", "gave ... to Fiji"
    takers = [c for c in datives if c.pos_ != "ADP"]
    takers += [g for c in datives if c.pos_ == "ADP" for g in c.children if g.dep_ == "pobj"]
    # "disbursed a tranche to Egypt": the goal parsed as a preposition of the verb (plover41)
    takers += [
        g
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in lex.key.goal_preps
        for g in p.children
        if g.dep_ == "pobj"
    ]
    if any(state(t) or t.lemma_.lower() in lex.cue["relief_takers"] for t in takers):
        return True  # (a relief body's name: "to the World Food Programme", plover55)
    # "deposited two billion dollars in Pakistan's central bank", "... in the central bank of
    # Egypt": money put in a state's own bank (plover41)
    banks = [
        g
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in lex.key.locative_preps
        for g in p.children
        if g.dep_ == "pobj" and g.lemma_.lower() in lex.cue["state_banks"]
    ]
    owners = [c for b in banks for c in b.children if c.dep_ == "poss"]
    owners += [g for b in banks for g in of_objects(lex.key, b)]
    return any(state(o) for o in owners)


def _state_furnished(
    lex: EventWords,
    verb: Token,
    objects: list[Token],
    state: Callable[[Token], bool] = state_ent,
) -> bool:
    """ "provided Jordan with 50 million euros", "supplied Haiti with 10 million dollars": a
    state named as the object, furnished with money (`furnishing_preps.txt`), takes it as aid
    (plover34)."""
    if not any(state(o) for o in objects):
        return False
    preps = lex.cue["furnishing_preps"]
    return any(
        g.dep_ == "pobj" and _money(lex, g)
        for p in [*verb.children, *(c for o in objects for c in o.children)]
        if p.dep_ == "prep" and p.lower_ in preps
        for g in p.children
    )


def relief_given(lex: EventWords, verb: Token) -> bool:
    """ "handed over two tonnes of vaccines", "cut the food supplies": what the verb moves is relief,
    the object or the noun its quantity counts."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    # "handed over food": the parser may take the particle for a preposition
    objects += [
        g
        for p in verb.children
        if p.dep_ in {"prep", "prt"}
        for g in p.children
        if g.dep_ == "pobj"
    ]
    objects += [g for c in objects for g in of_objects(lex.key, c)]
    return any(c.lemma_.lower() in lex.cue["relief_objects"] for c in objects)
