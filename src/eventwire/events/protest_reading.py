"""A PROTEST candidate needs a protest reading: the word in its protest sense, told as a claim.

Most PROTEST words have other senses that news uses more: a campaign rally, "march" the month or
a walk, a crowd gathered at a crime scene, a road or a bill "blocked", a boy "struck" by a bullet,
someone who ran next door "to call" the police. A candidate is a protest when

- its trigger is a word whose only news sense is a protest (`lang/en/events/protest/core.txt`:
  "protest", "demonstration", "picket", "boycott", "sit-in", ...), or
- it is told with a grievance or a target: an "against"/"over"/"about" phrase, "in protest", "in
  solidarity with", a purpose clause that makes a claim ("to demand", "to call for", "to express
  their anger"), a side ("an anti-war rally"), placards or slogans; or
- a crowd, not the state, blocks a way ("farmers blocked the highway"); or
- a march or a rally is done by a counted crowd, by civil society, for a cause or to a seat of
  power ("dozens of students marched", "nurses rallied", "a march for peace", "marched to the
  legislature"), or a crowd gathers at a seat of power ("gathered outside parliament"); or
- the next sentence of its paragraph tells its crowd's claim ("They called for ..."); or
- its crowd is of protest-typical participants (`protest/participants.txt`: protesters,
  activists, strikers, workers, a union), or its sentence names them.

A PROTEST noun that only names a kind of thing (`protest/kinds.txt`: "a protest voice"), names
what something was ("the attack was a protest"), or says in what spirit another act was done
("resigned in protest"), and a candidate's own rally ("his rallies", "a campaign rally") are
none. Everything else reads in another sense and is no event, unless a crowd of civil society
did it ("a group of residents gathered in the square", `crowd_gathered`): that is kept, told as
happened, its protest reading doubted (`uncertain`). The words are data; these are general
patterns of the language, written looking at the tune part of the development pages.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..lang import Lexicon
from ..lang.key_words import KeyWords, key_words
from . import sectors
from .acled_words import CIVILIAN_SECTORS
from .locate import next_sentence

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .roles import Candidate
    from .words import EventWords

# Named things a grievance phrase's object cannot be: "over the years", "about 200 people".
NOT_GRIEVANCE_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "ORDINAL", "PERCENT"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "EVENT"})
PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl", "relcl"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Demonstrators are not the state: an army that "took to the streets" is deployed, and its
# agencies closing or blocking something "to" an end are not a protest (`candidates.py`); the
# sectors are `sectors.STATE_SECTORS` (lawmakers and parties do march: `sectors.py`).
STATE_SECTORS = sectors.STATE_SECTORS


@lru_cache(maxsize=4)
def _words(lexicon: Lexicon, name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.words(f"events/protest/{name}"))


def other_sense(lex: EventWords, cand: Candidate) -> bool:
    """True when the PROTEST word plainly tells no protest: a kind of thing ("a protest vote"),
    a candidate's own rally, a declaration of oneself ("protested his innocence"), what
    something is called ("the attack was a protest"), the spirit in which one person acted
    ("resigned in protest")."""
    lexicon = lex.lexicon
    trigger = cand.trigger
    if trigger.dep_ == "compound" and trigger.head.lemma_.lower() in _words(lexicon, "kinds"):
        return True  # "a protest voice", "a protest vote": a kind of thing, no event
    if _own_rally(lexicon, trigger):
        return True  # "his rallies", "a Trump rally", "a campaign rally"
    if trigger.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _words(lexicon, "avowals")
        for c in trigger.children
    ):
        return True  # "he protested his innocence": a declaration, no demonstration
    # "resigned in protest": the act done in protest is the event; "the attack was a
    # spontaneous protest": what something is called
    # ("there was a protest outside the town hall" tells one: "there" is no subject)
    return _in_claim(lexicon, trigger.head) or (
        trigger.dep_ == "attr" and not any(c.dep_ == "expl" for c in trigger.head.children)
    )


def crowd_gathered(lex: EventWords, cand: Candidate) -> bool:
    """A crowd of civil society, not the state, did what the PROTEST word tells ("a group of
    residents gathered on the main street", "pensioners held a procession"; not "shares
    rallied"), though nothing in the text says it was a protest: the event is told as happened,
    its protest reading doubted."""
    if any(a.sector in STATE_SECTORS for a in cand.actors):
        return False
    if any(a.sector in CIVILIAN_SECTORS for a in cand.actors):
        return True
    anchor = cand.trigger
    if anchor.pos_ in {"NOUN", "PROPN"} and anchor.dep_ in {"dobj", "nsubjpass"}:
        anchor = anchor.head  # "families held a vigil"
    # a people, a named group or a group's members ("Ukrainians gathered", "members held a
    # march"), where "shares rallied" has no country
    adherents = _words(lex.lexicon, "adherents")
    people = any(a.country for a in cand.actors) or any(
        c.ent_type_ in {"NORP", "ORG"} or c.lemma_.lower() in adherents
        for c in anchor.children
        if c.dep_ == "nsubj"
    )
    return people and anchor.pos_ == "VERB" and crowd_subject(lex, anchor)


def protest_reading(lex: EventWords, cand: Candidate) -> bool:
    """True when the PROTEST candidate reads as a protest."""
    lexicon = lex.lexicon
    trigger = cand.trigger
    if other_sense(lex, cand):
        return False
    if _word(trigger) & _words(lexicon, "core"):
        return True
    if cand.mode == "strike" and trigger.pos_ in {"NOUN", "PROPN"}:
        return True  # a strike the coder read as labour's ("held its weekly climate strike")
    if _idiom(lex, trigger) and not _state(lexicon, cand, trigger):
        return True  # "nurses took to the streets", "dockers went on strike" (not an army)
    if (
        cand.mode == "obstruct"
        and any(
            t.lemma_.lower() in _words(lexicon, "blocked_ways")
            for c in trigger.children
            if c.dep_ == "dobj"
            for t in c.subtree  # "blocked km 34 of the highway"
        )
        and cand.actors
        and (crowd_subject(lex, trigger) or any(a.sector in CIVILIAN_SECTORS for a in cand.actors))
        and not _state(lexicon, cand, trigger)
    ):
        return True  # "farmers blocked the highway" (not "heavy snow blocked the highway")
    if sit_in(lex, trigger) and not _state(lexicon, cand, trigger):
        return True  # "students occupied the rector's office" (prec51)
    anchors = [trigger]
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ in {"dobj", "nsubj", "nsubjpass"}:
        anchors.append(trigger.head)  # "held a rally ... to demand", "a march took place against"
    if trigger.dep_ == "pobj" and trigger.head.lower_ in lex.key.purpose_preps:
        anchors.append(trigger.head.head)  # "gathered for a march through the town"
    if any(_claimed(lex, a) for a in anchors):
        return True
    if (
        trigger.dep_ == "acl"
        and trigger.head.dep_ == "nsubj"
        and claiming_purpose(lex, trigger.head.head)
    ):
        return True  # "workers gathered at the gate demanded ...", the parse's reduced relative
    if trigger.lemma_.lower() in _words(lexicon, "crowd_verbs") and any(
        _counted_crowd(lex, a)
        or _cause(lex.key, a)
        or _to_seat_of_power(lexicon, a)
        or _civil_crowd(lex, cand, a)
        for a in anchors
    ):
        # "dozens of students marched", "a march for peace", "marched to parliament", "nurses
        # rallied", "a rally organised by the farmers' union"
        return True
    if (
        trigger.lemma_.lower() in lexicon.words("events/gathering_verbs")
        and _to_seat_of_power(lexicon, trigger)
        and not _state(lexicon, cand, trigger)
    ):
        return True  # "people gathered in front of parliament"
    if any(_participants(lexicon, a) for a in anchors):
        return True
    if _claimed_next(lex, trigger):
        return True  # "People marched through the town. They called for ..."
    # placards or slogans, or protesters or a union named in the sentence ("a heckler shouted
    # at protesters at the rally", "a union leader said at a rally")
    crowd = _words(lexicon, "participants")
    signs = lex.protest_signs
    return any(_word(t) & signs or _word(t) & crowd for t in trigger.sent)


def _counted_crowd(lex: EventWords, verb: Token) -> bool:
    """The subject is a crowd told by its number: "dozens of students", "some 300 people"."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        if subject.like_num or subject.lower_ in lex.number_nouns:
            return True
        if any(c.dep_ == "nummod" for c in subject.children):
            return True
    return False


def _civil_crowd(lex: EventWords, cand: Candidate, verb: Token) -> bool:
    """The marchers are a crowd of civil society: the subject or agent is an organised body
    (`protest/collectives.txt`), or several people or an organisation whose actors are of a
    civilian sector (workers, students, farmers, a union, a party); none of the state, not one
    person or a thing ("nurses rallied", "members of the union held a march", "a rally organised
    by the farmers' union"; not "stocks rallied", "the team rallied", "the senator held a
    rally")."""
    if not cand.actors or any(a.sector in STATE_SECTORS for a in cand.actors):
        return False
    civil = any(a.sector in CIVILIAN_SECTORS for a in cand.actors)
    campaign = _words(lex.lexicon, "campaign_words")
    collectives = _words(lex.lexicon, "collectives")
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}] + [
        g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
    ]
    for subject in subjects:
        if subject.ent_type_ == "PERSON" or any(t.lower_ in campaign for t in subject.subtree):
            continue
        if subject.lemma_.lower() in collectives or any(
            g.lemma_.lower() in collectives for g in of_objects(lex.key, subject)
        ):
            # "the women's league held a march", "feminist groups", "members of the federation"
            return True
        if not civil:
            continue
        if subject.tag_ in {"NNS", "NNPS"} or subject.ent_type_ in {"ORG", "NORP"}:
            return True
        if any(g.tag_ in {"NNS", "NNPS"} for g in of_objects(lex.key, subject)):
            return True  # "a group of mothers", "members of the union"
    return False


def of_objects(key: KeyWords, noun: Token) -> list[Token]:
    """The objects of a noun's "of" phrases: what a quantity or group counts ("a number of
    residents", "700 kg of medicine", "a mission of observers")."""
    return [
        g
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ in key.genitive_preps
        for g in p.children
        if g.dep_ == "pobj"
    ]


def _cause(key: KeyWords, node: Token) -> bool:
    """A "for" phrase that names a cause, not a person or a time: "a march for peace"."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in key.purpose_preps
        and any(
            g.dep_ == "pobj" and g.ent_type_ not in {"PERSON", *NOT_GRIEVANCE_LABELS}
            for g in c.children
        )
        for c in node.children
    )


def _to_seat_of_power(lexicon: Lexicon, node: Token) -> bool:
    """A march or rally to, through or outside a seat of power (`protest/targets.txt`): "marched
    to the Municipal Palace", "rallied outside parliament"."""
    seats = _words(lexicon, "targets")
    return any(
        t.lemma_.lower() in seats
        for c in node.children
        if c.dep_ == "prep"
        for t in c.subtree
        if t.dep_ in {"pobj", "compound", "conj"}
    )


def _own_rally(lexicon: Lexicon, noun: Token) -> bool:
    """A candidate's rally: "his rallies", "a Trump rally", "a campaign rally"."""
    if (
        noun.pos_ not in {"NOUN", "PROPN"}
        or noun.lemma_.lower() not in key_words(lexicon).rally_nouns
    ):
        return False
    campaign = _words(lexicon, "campaign_words")
    return any(
        c.dep_ == "poss" or (c.dep_ == "compound" and (_named_person(c) or c.lower_ in campaign))
        for c in noun.children
    )


def _named_person(token: Token) -> bool:
    """A name of a person or a party: a proper noun the parser did not take for a place or a
    date ("a Smith rally")."""
    return token.ent_type_ == "PERSON" or (
        token.pos_ == "PROPN" and token.ent_type_ not in PLACE_LABELS
    )


def crowd_subject(lex: EventWords, verb: Token) -> bool:
    """The verb's subject is a crowd: plural, counted, or of protest-typical participants
    ("farmers blocked the highway to demand", "300 residents closed the road to protest"), not
    one person or a thing ("he used his speech to call for", "it had to press"); or an organised
    body (`protest/collectives.txt`: "a group of women sat outside the town hall to demand")."""
    crowd = _words(lex.lexicon, "participants") | _words(lex.lexicon, "collectives")
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # "displayed ... and held"
    subjects = [c for v in verbs for c in v.children if c.dep_ == "nsubj"]
    if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN", "NUM"}:
        subjects.append(verb.head)  # "hundreds of residents gathering outside the ministry"
    for subject in subjects:
        if subject.tag_ in {"NNS", "NNPS"} or subject.like_num or _word(subject) & crowd:
            return True  # "farmers", "300", "the union", "a group of ..."
        if subject.ent_type_ in {"ORG", "NORP"}:
            return True  # a named group ("Extinction Rebellion blocked the bridge to demand")
        if any(c.dep_ in {"nummod", "compound"} and c.like_num for c in subject.children):
            return True
        if any(g.tag_ in {"NNS", "NNPS"} for g in of_objects(lex.key, subject)):
            return True  # "a number of residents", "a crowd of students"
    return False


def _state(lexicon: Lexicon, cand: Candidate, verb: Token) -> bool:
    """The actor is the state: an actor of a state sector, or a subject told with a word of its
    forces ("the People's Liberation Army", "riot police")."""
    if any(a.sector in STATE_SECTORS for a in cand.actors):
        return True
    forces = _words(lexicon, "state_crowds")
    return any(t.lower_ in forces for s in verb.children if s.dep_ == "nsubj" for t in s.subtree)


def _idiom(lex: EventWords, verb: Token) -> bool:
    """The verb with its preposition's object is a phrase of protest (`triggers/phrasal.tsv`):
    "took to the streets", "went on strike"."""
    lemma = verb.lemma_.lower()
    return any(
        lex.phrasal.get((lemma, obj.lemma_.lower()), ("",))[0] == "PROTEST"
        for prep in verb.children
        if prep.dep_ == "prep"
        for obj in prep.children
        if obj.dep_ == "pobj"
    )


def _word(token: Token) -> set[str]:
    return {token.lower_, token.lemma_.lower()}


def _claimed(lex: EventWords, node: Token) -> bool:
    """A grievance, a target, a side or a claiming purpose hangs on `node`."""
    lexicon = lex.lexicon
    for child in node.children:
        if child.dep_ == "prep":
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if child.lower_ in lex.grievance_preps and any(
                g.ent_type_ not in NOT_GRIEVANCE_LABELS and not g.like_num for g in objects
            ):
                return True  # "rallied against the tax", "a march over fuel prices"
            if any(_in_claim(lexicon, t) for t in child.subtree):
                return True  # "in protest", "(at the gates) in solidarity with the strikers"
        if child.dep_ in PURPOSE_DEPS | {"prep"} and any(
            _purpose(t) and claiming_purpose(lex, t) and _within(t, node) for t in child.subtree
        ):
            # "gathered to demand", "rallied in a plaza to demand" (the purpose hung on the
            # place), "marched on Women's Day demanding action"
            return True
        if (
            child.dep_ == "conj"
            and child.pos_ == "VERB"
            and claiming_purpose(lex, child)
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)
        ):
            return True  # "gathered in the square and demanded the mayor's resignation"
        if child.dep_ in {"amod", "compound", "nmod"} and any(
            t.lower_ in _words(lexicon, "stances") or _word(t) & _words(lexicon, "core")
            for t in child.subtree
        ):
            return True  # "an anti-war rally", "a protest march"
    return False


def _purpose(token: Token) -> bool:
    """A purpose clause or participle: "to demand", "demanding" (also one the parser hung on a
    preposition: "in the square of the town demanding"), or a verb coordinated with one ("to
    mourn the dead and condemn the attack")."""
    if token.dep_ == "conj" and token.pos_ == "VERB":
        token = token.head
    return token.dep_ in PURPOSE_DEPS or (token.dep_ in {"amod", "pcomp"} and token.tag_ == "VBG")


def _claimed_next(lex: EventWords, trigger: Token) -> bool:
    """The next sentence of the paragraph tells the crowd's claim: a claiming verb whose subject
    is a plural pronoun or protest-typical participants ("They called for the release of ...",
    "The marchers demanded ...")."""
    following = next_sentence(trigger.sent)
    if following is None:
        return False
    crowd = _words(lex.lexicon, "participants") | _words(lex.lexicon, "crowd_pronouns")
    return any(
        claiming_purpose(lex, verb)
        and any(s.dep_ == "nsubj" and (_word(s) & crowd or s.tag_ == "NNS") for s in verb.children)
        for verb in following
        if verb.pos_ == "VERB"
    )


def _within(purpose: Token, node: Token) -> bool:
    """The purpose belongs to `node`'s clause: no finite verb or reported clause stands between
    them ("gathered ... to denounce", not "gathered where the mayor said he would denounce")."""
    step = purpose.head
    while step.i != node.i:
        if step.tag_ in FINITE_TAGS or step.dep_ in {"ccomp", "csubj"} or step.head.i == step.i:
            return False
        step = step.head
    return True


def _in_claim(lexicon: Lexicon, prep: Token) -> bool:
    """ "in protest", "in solidarity with", "in support of": a claim (not "took part in a
    protest", "in their protest", "in protests": a determiner or a plural makes it the event
    itself)."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in key_words(lexicon).locative_preps
        and any(
            g.dep_ == "pobj"
            and g.lemma_.lower() in _words(lexicon, "grievance_phrases")
            and g.tag_ == "NN"
            and not any(c.dep_ in {"det", "poss"} for c in g.children)
            for g in prep.children
        )
    )


def claiming_purpose(lex: EventWords, verb: Token) -> bool:
    """A purpose that makes a claim: "to demand", "demanding", "to call for", "to express their
    anger" (not "to call police", "to show their support")."""
    lemma = verb.lemma_.lower()
    if lemma in lex.protest_purpose:
        return True
    if lemma not in _words(lex.lexicon, "weak_purposes"):
        return False
    claims = _words(lex.lexicon, "claim_objects")
    links = _words(lex.lexicon, "claim_links")
    return any(
        (c.dep_ in {"prep", "prt"} and c.lower_ in links)
        or (c.dep_ == "dobj" and c.lemma_.lower() in claims)
        # "to show support for the strikers" (not "to show their support")
        or (c.dep_ == "dobj" and any(g.dep_ == "prep" and g.lower_ in links for g in c.children))
        # "to call for the mayor to resign": "for" marks the demanded clause
        or any(g.dep_ == "mark" and g.lower_ in links for g in c.children)
        for c in verb.children
    )


def _participants(lexicon: Lexicon, node: Token) -> bool:
    """The crowd is of protesters, activists, strikers, workers: the subject of a verb (or the
    noun a relative clause describes), an event noun's "of" phrase or modifiers."""
    crowd = _words(lexicon, "participants")
    heads = [c for c in node.children if c.dep_ in {"nsubj", "agent"}]
    if node.dep_ == "relcl":
        heads.append(node.head)  # "activists who marched"
    if node.pos_ in {"NOUN", "PROPN"}:
        heads += [c for c in node.children if c.dep_ in {"compound", "amod", "poss"}]
        heads += [
            g
            for p in node.children
            if p.dep_ == "prep" and p.lower_ in key_words(lexicon).genitive_preps
            for g in p.children
            if g.dep_ == "pobj"
        ]
    # "hundreds of workers", "members of the union": the crowd is told in the "of" phrase
    heads += [
        g
        for h in list(heads)
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in key_words(lexicon).genitive_preps
        for g in p.children
        if g.dep_ == "pobj"
    ]
    people = [h for head in heads for h in (head, *head.conjuncts)]
    return any(
        _word(t) & crowd
        for h in people
        for t in (h, *(c for c in h.children if c.dep_ in {"compound", "amod"}))
    )


def sit_in(lex: EventWords, verb: Token) -> bool:
    """ "Students occupied the rector's office", "farmers occupy the ministry's lobby": people
    of civil society (`protest/sit_in_occupiers.txt`, `participants.txt`) taking over a room or a
    building of an institution (`protest/sit_in_places.txt`) hold a sit-in, a protest; rebels
    who occupy a town, or soldiers a palace, seize it (prec51)."""
    if verb.lemma_.lower() not in lex.key.occupying_verbs:
        return False
    places = _words(lex.lexicon, "sit_in_places")
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in places for c in verb.children):
        return False
    occupiers = _words(lex.lexicon, "sit_in_occupiers") | _words(lex.lexicon, "participants")
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects += [g for c in subjects for g in of_objects(lex.key, c)]  # "dozens of nurses"
    return any(c.lower_ in occupiers or c.lemma_.lower() in occupiers for c in subjects)
