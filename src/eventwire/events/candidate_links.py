"""How the event candidates of one sentence bear on each other.

The coder reads each trigger on its own (`candidates.py`); some readings need the sentence's
other candidates: a protest met by force (the force's act is the repression, or a riot where the
crowd was violent), arrests of the crowd, a protest's aims told as demands, a meeting told with
the agreement it reached, a joint operation, a forced entry told with an arrest. Each takes the
sentence's candidates by type and changes or drops some of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..annotate.nlp import token_words
from ..lang.key_words import KeyWords
from .clauses import dominates
from .modality import modality_of
from .protest_reading import (
    STATE_SECTORS,
    claiming_purpose,
    of_objects,
)
from .roles import Candidate as _Candidate

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .words import EventWords

RIOT_MODES = {"destroy", "primitive", "seize"}
"""A crowd's acts that make its riot: burning, stones, looting (`protest_met`)."""


def protest_met(lex: EventWords, by_type: dict[str, _Candidate]) -> list[int]:
    """Force the state uses on a protest or its crowd, and violence its demonstrators do, tell
    the protest: PLOVER's gold standard codes a crowd the police break up with
    tear gas as PROTEST, and a riot is PROTEST (mode riot), not ASSAULT. The force's
    candidate becomes the protest (or merges into the one the sentence already has). Bans,
    curfews and sexual violence stay their own events, as does force told before or after a
    protest ("arrested 40 people ahead of a planned rally"). Returns the protests so told: the
    state's force on them reads a march or a gathering as a protest ("fired on a march"), and so
    does a crowd's riot."""
    crowd = lex.cue["demonstrators"]
    forces = lex.state_crowds
    told: list[int] = []
    for kind, modes in (
        ("ASSAULT", {None, "firearms", "beat", "crowd-control"}),
        ("COERCE", {None}),
    ):
        force = by_type.get(kind)
        if force is None or force.mode == "sexual":
            continue
        if force.trigger.pos_ != "VERB" and force.headline_subject is None:
            continue
        verb = force.trigger
        protest = by_type.get("PROTEST")
        # (a headline's verb taken for a noun: its subject the phrase before it, plover43)
        subjects = _subjects(verb) if force.headline_subject is None else [force.headline_subject]
        # "three were killed when police fired on a crowd": the force told in the clause of the
        # harm the candidate kept (plover17)
        verbs = [verb] + [
            c
            for c in verb.children
            if c.dep_ == "advcl" and c.pos_ == "VERB" and any(g.dep_ == "nsubj" for g in c.children)
        ]
        # "demonstrators stoned a police post", "students protesting a death attacked a post"
        # a crowd's looting is its riot too ("rioters burned cars and looted shops", plover29)
        rioting = (kind == "ASSAULT" or force.mode == "seize") and any(
            (s.lower_ in crowd and not _player(lex, s, crowd))
            or (force.mode in RIOT_MODES and _rioting_crowd(lex, s))
            or (
                protest is not None
                and protest.trigger.dep_ in {"acl", "relcl"}
                and protest.trigger.head.i == s.i
            )
            for s in subjects
        )
        state = any(a.sector in STATE_SECTORS for a in force.actors) or any(
            t.lower_ in forces
            for v in verbs
            for s in v.children
            if s.dep_ == "nsubj"
            for t in s.subtree
        )
        acted_on = [c for v in verbs for c in v.children if c.dep_ in {"dobj", "nsubjpass"}] + [
            g
            for v in verbs
            for p in v.children
            if p.dep_ == "prep"
            for g in p.children
            if g.dep_ == "pobj"
        ]
        # "fired rubber bullets at close range at protesters": the parser hangs the second
        # phrase on the first's object (plover29)
        acted_on += [
            g
            for h in list(acted_on)
            for p in h.children
            if p.dep_ == "prep" and p.lower_ in lex.cue["fired_at_preps"]
            for g in p.children
            if g.dep_ == "pobj"
        ]
        # "dispersed the students and detained several": the arrest merged into the dispersal's
        # candidate; the verb's own mode tells the force
        own = lex.verbs.get(verb.lemma_.lower(), ("", force.mode))[1]
        on_crowd = (
            state
            and (own if kind == "COERCE" else force.mode) in modes
            and (
                (protest is not None and _on_scene(lex, verb, protest.trigger))
                or any(
                    h.lower_ in crowd
                    or {o.lower_ for o in of_objects(lex.key, h)} & crowd
                    or _claiming_crowd(lex, h)
                    for h in acted_on
                )
            )
        )
        # "students stoned a police post and burned a motorcycle during a protest": stones and
        # fire by others than the state at the protest's scene are its riot (plover17)
        rioting = rioting or (
            kind == "ASSAULT"
            and not state
            and force.mode in {"destroy", "primitive"}
            and protest is not None
            and _on_scene(lex, verb, protest.trigger)
            and _at_protest(lex.key, verb, protest.trigger, subjects)
        )
        if not (rioting or on_crowd):
            continue
        del by_type[kind]
        if protest is None:
            force.type, force.mode = "PROTEST", "riot" if rioting else None
            by_type["PROTEST"] = force
            protest = force
        elif rioting:
            protest.mode = "riot"
            # the rioters are the protest's people ("rioters clashed with forces during a
            # demonstration", plover29)
            protest.actors = protest.actors or force.actors
        if on_crowd or rioting:
            # a crowd's riot is read as its protest, with no protest word ("villagers angry
            # over the evictions burned the office", plover29)
            told.append(protest.trigger.i)
        if on_crowd:
            _arrests_of_crowd(by_type, verb)
    return told


def _rioting_crowd(lex: EventWords, subject: Token) -> bool:
    """A crowd that riots when it burns, stones or loots: one named so ("supporters", "students":
    `riot_crowds.txt`) or told by its anger at a grievance ("residents angry over the cuts"),
    also as the parser hangs it ("motorcyclists angry after ... have thrown": the adjective as
    subject, or as the head the violence is coordinated with) (plover29)."""
    if subject.lower_ in lex.cue["riot_crowds"]:
        return True  # "youths burned tyres": a crowd that riots (`riot_crowds.txt`)
    angry = lex.cue["angry_crowd_words"]
    near = [subject, subject.head, *subject.children]
    return any(t.lower_ in angry for t in near)


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, or those of the verb it is coordinated with ("protesters set fire to
    the office and threw stones": the stones are the protesters' too, plover29)."""
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects or verb.dep_ != "conj":
            return subjects
        verb = verb.head
    return []


def _arrests_of_crowd(by_type: dict[str, _Candidate], force: Token) -> None:
    """ "police dispersed the students and detained several of them": arrests told in one
    coordination with the force that broke up a protest are part of that protest's policing (our
    labels: PROTEST, ACLED protest with intervention), not an event of their own; arrests told
    alone stay COERCE arrest."""
    arrest = by_type.get("COERCE")
    if arrest is None or arrest.mode != "arrest" or arrest.trigger.pos_ != "VERB":
        return
    verb = arrest.trigger
    if (verb.dep_ == "conj" and verb.head.i == force.i) or (
        force.dep_ == "conj" and force.head.i == verb.i
    ):
        del by_type["COERCE"]


def _at_protest(key: KeyWords, verb: Token, protest: Token, subjects: list[Token]) -> bool:
    """The act is told at the protest or for it: "during a protest", "to protest against",
    "protesting drivers" (not "drawing protests": what followed)."""
    acts = {verb.i, *(c.i for c in verb.conjuncts)}  # "stoned a post and burned ... during"
    if protest.dep_ == "pobj" and protest.head.dep_ == "prep" and protest.head.head.i in acts:
        return True
    if protest.pos_ == "VERB" and protest.head.i in acts:
        return any(c.dep_ == "aux" and c.lower_ in key.infinitive_markers for c in protest.children)
    return protest.dep_ == "amod" and any(protest.head.i == s.i for s in subjects)


def _claiming_crowd(lex: EventWords, noun: Token) -> bool:
    """A crowd told by its claim: "a crowd demanding the release of ...", "villagers gathered to
    demand water" (a participle that makes a claim, or whose purpose does; not a relative clause
    of what they did before: "inmates who had protested")."""
    for clause in noun.children:
        if clause.dep_ != "acl" or clause.pos_ != "VERB":
            continue
        if claiming_purpose(lex, clause) or any(
            c.dep_ in {"advcl", "xcomp"} and claiming_purpose(lex, c) for c in clause.children
        ):
            return True
    return False


def protest_aims(lex: EventWords, cands: list[_Candidate]) -> list[_Candidate]:
    """ "nurses rallied outside the ministry demanding permanent contracts", "held a march
    calling for early elections": a demand told without a subject of its own in a protest's
    clause is what the protest is for, not a request of its own (PLOVER: the demonstration is
    the event). A gathering read as doubted is a protest once it makes a demand."""
    protests = [c for c in cands if c.type == "PROTEST"]
    if not protests:
        return cands
    aims = [
        c
        for c in cands
        if c.type == "REQUEST"
        and c.verbal
        and not any(
            s.dep_ in {"nsubj", "nsubjpass"} and s.lower_ not in lex.cue["relative_pronouns"]
            for s in c.trigger.children
        )
        and any(_aim_of(p, c.trigger) for p in protests)
    ]
    if not aims:
        return cands
    for p in protests:
        if any(_aim_of(p, a.trigger) for a in aims):
            p.doubted = False
    return [c for c in cands if c not in aims]


def _aim_of(protest: _Candidate, demand: Token) -> bool:
    """The demand lies in the protest's clause: under its word or the verb that tells it ("staged
    a sit-in ..., demanding"), or beside that verb under one head ("nurses protested ...,
    demanding", the parser hanging both on the subject)."""
    verb = protest.trigger
    for _ in range(4):
        if verb.pos_ == "VERB" or verb.dep_ not in {"compound", "dobj", "pobj", "prep"}:
            break
        verb = verb.head
    if dominates(protest.trigger, demand) or dominates(verb, demand):
        return True
    return (
        verb.dep_ in {"acl", "advcl", "relcl"}
        and demand.dep_ in {"acl", "advcl"}
        and demand.head.i == verb.head.i
    )


def meeting_agreed(lex: EventWords, by_type: dict[str, _Candidate]) -> None:
    """ "The two presidents met in Geneva and agreed to reopen the border": a meeting told with
    the agreement it reached, in verbs of one coordination, is one event, the agreement (PLOVER
    AGREE; the agreement wins only when told as reached: "met to discuss a deal" stays the
    meeting, plover28)."""
    met, agreed = by_type.get("CONSULT"), by_type.get("AGREE")
    if met is None or agreed is None or not (met.verbal and agreed.verbal):
        return
    one, other = met.trigger, agreed.trigger
    if not (
        (other.dep_ == "conj" and other.head == one) or (one.dep_ == "conj" and one.head == other)
    ):
        return
    if modality_of(lex, agreed.trigger) != "asserted":
        return
    agreed.actors = agreed.actors or met.actors
    del by_type["CONSULT"]


def joint_operation(lex: EventWords, by_type: dict[str, _Candidate]) -> None:
    """Exercises, drills or patrols held jointly are COOPERATE: PLOVER codes joint military
    operations COOPERATE and single-country exercises MOBILIZE ("the two navies held joint
    exercises", "patrolled the waters together")."""
    drill = by_type.get("MOBILIZE")
    if drill is None or "COOPERATE" in by_type:
        return
    joint = lex.cue["joint_words"]
    trig = drill.trigger
    nodes = [trig, *(c for c in trig.children if c.dep_ in {"dobj", "nsubjpass"})]
    if trig.dep_ in {"dobj", "pobj"}:
        nodes.append(trig.head)
    near = [c for n in nodes for c in n.children]
    # "their largest joint military drills": the modifier may hang on another modifier
    near += [g for c in near if c.dep_ in {"amod", "compound"} for g in c.children]
    if not any(c.lower_ in joint for c in near):
        return
    del by_type["MOBILIZE"]
    drill.type, drill.mode = "COOPERATE", None
    by_type["COOPERATE"] = drill


def _on_scene(lex: EventWords, verb: Token, protest: Token) -> bool:
    """The protest lies in the force's clause and is not put before or after it, nor planned
    ("broke up a rally", "detained dozens at a protest"; not "ahead of a planned rally")."""
    if not dominates(verb, protest):
        return False
    off = lex.cue["not_scene_preps"]
    if any(c.lower_ in off for c in protest.children):
        return False
    node = protest
    while node.i != verb.i and node.head.i != node.i:
        node = node.head
        if node.lower_ in off:
            return False
    return True


def entry_to_arrest(lex: EventWords, sent: Span, by_type: dict[str, _Candidate]) -> bool:
    """ "police stormed the party's headquarters and detained 30 of its members": a forced entry
    (`entering_verbs.txt`) told with an arrest and no harm is the arrest's way (COERCE), no
    attack; any other word of violence in the sentence ("stormed the building and killed three
    gunmen") keeps the attack."""
    attack, arrest = by_type.get("ASSAULT"), by_type.get("COERCE")
    if attack is None or arrest is None or arrest.mode != "arrest" or attack.mode is not None:
        return False
    if attack.trigger.lemma_.lower() not in lex.cue["entering_verbs"]:
        return False
    for token in sent:
        lemma = token.lemma_.lower()
        if token.i != attack.trigger.i and "ASSAULT" in (
            lex.verbs.get(lemma, ("",))[0],
            lex.nouns.get(lemma, ("",))[0],
        ):
            return False
    return True


def _player(lex: EventWords, subject: Token, crowd: frozenset[str]) -> bool:
    """A "striker" of a text of sport is a player, no worker on strike: a word of a match
    (`sport_words.txt`, `protest/player_cues.txt`) other than the crowd's own words in the text
    ("the striker punched the air after scoring the winner"). (prec47)"""
    lexicon = lex.lexicon
    if subject.lower_ not in lexicon.words("events/sport_words"):
        return False
    cues = lexicon.words("events/sport_words") | lexicon.words("events/protest/player_cues")
    return not (set(token_words(subject.doc)[2]) - crowd).isdisjoint(cues)
