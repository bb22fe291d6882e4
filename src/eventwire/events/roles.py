"""Who did what to whom: the actor and recipient phrases of a trigger, from the dependency parse.

Actors are the clause's subject, a passive's agent ("by" phrase), or for an event noun its possessor,
a nationality adjective, a "by" phrase or the subject of the light verb that governs it ("militias
launched a campaign of attacks"). Recipients are objects, passive subjects and "against"/"on"/"at"
phrases. Each phrase is resolved with `ActorResolver`; a phrase the dictionaries do not know is kept
with its text as name (so the record still says who), unless it is a weapon, an act or a date.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from ..annotate.nlp import children, doc_tokens, span_text, token_sent, token_words
from ..lang.key_words import KeyWords
from ..records import Actor
from .actors import (
    CROWD_SECTORS,
    DOMESTIC_SECTORS,
    ActorResolver,
    headline_lead,
    headline_pair,
    noun_phrase,
    past_dateline,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .words import EventWords

SUBJECT_DEPS = {"nsubj", "csubj"}


PARTY_ENTS = {"GPE", "ORG", "NORP"}
"""Named entities a "to"/"from" phrase names a party by (plover26: `_verb_parties`); the
parser also tags some country names PERSON, so a proper noun that is no person counts too."""
NON_ACTOR_ENTS = {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}


@dataclass
class Candidate:
    """An event under construction (mutable while sentences are merged)."""

    trigger: Token
    type: str
    mode: str | None
    actors: list[Actor] = field(default_factory=list)
    recipients: list[Actor] = field(default_factory=list)
    verbal: bool = True
    # a promise or threat: future content stated by its actor ("said it would blockade the port")
    stated: bool = False
    # told as happened, its reading doubted (a crowd's gathering with no sign it was a protest)
    doubted: bool = False
    # a withdrawal of what is no armed force (envoys, observers, relief), a RETREAT word made
    # SANCTION by what it withdraws ("the observers were pulled out"): judged by the models as a
    # withdrawal (`arbitrate.py`)
    envoys: bool = False
    # the subject of a headline's verb taken for a noun ("Rioters torch police station"), which
    # the parse hangs elsewhere (plover43)
    headline_subject: Token | None = None


def _conjuncts(token: Token) -> list[Token]:
    """The token and its conjuncts, depth first in text order (a loop: "A and B and C ..."
    parses as a chain as deep as the list is long)."""
    out: list[Token] = []
    lead = headline_lead(token)
    stack = [token] if lead is None else [token, lead]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(
            reversed(
                [
                    c
                    for c in children(tok)
                    if (c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN", "PRON", "ADJ", "NUM"})
                    or headline_pair(tok, c)
                ]
            )
        )
    return out


def _of_parties(
    key: KeyWords, head: Token, span: Span, is_party: Callable[[Token], bool]
) -> list[Token]:
    """The named parties a plural people noun's "of" phrase lists inside its noun phrase ("leaders
    of France, Germany and Italy": France, Germany, Italy; "envoys of the government and the
    rebels", a state's body and a group: each its side, qa34); none for one party or for a list
    that is not all parties ("ministers of trade and finance"). `is_party`: a conjunct that no
    country's name tag makes one is a party where the actor tables know it (a group, a force)."""
    # "Leaders of ...", a plural opening the sentence, the tagger may take for a name's
    if head.tag_ != "NNS" and not (head.tag_ == "NNPS" and head.is_sent_start):
        return []
    for prep in children(head):
        if (
            prep.dep_ == "prep"
            and prep.lower_ in key.genitive_preps
            and span.start <= prep.i < span.end
        ):
            objs = [o for o in children(prep) if o.dep_ == "pobj"]
            if not objs:
                return []
            names = _conjuncts(objs[0])
            if len(names) > 1 and all(n.ent_type_ in {"GPE", "NORP"} or is_party(n) for n in names):
                return names
    return []


def _owned_act(lex: EventWords, noun: Token) -> Token | None:
    """The noun of owning up to the act `noun` names, the object of its verb: "responsibility"
    of "claimed responsibility for the attack", "credit" of "took credit for the raid" (the
    "for" phrase on the noun or on the verb; `roles/owned_act_nouns.txt`). None for any other."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    owners = [prep.head] if prep.head.dep_ == "dobj" else list(children(prep.head))
    return next(
        (
            o
            for o in owners
            if o.dep_ == "dobj" and o.lemma_.lower() in lex.cue["owned_act_nouns"] and o != noun
        ),
        None,
    )


def _claimed_by_subject(lex: EventWords, verb: Token, owned: bool = False) -> bool:
    """A verb of owning up to an act (`modality/claim_verbs.txt`: "claimed", "admitted"; with a
    noun of owning up, `owned`, also `roles/owning_verbs.txt`: "took responsibility") that is
    not denied: neither negated ("did not claim") nor with a subject that denies it ("no group
    claimed")."""
    lemma = verb.lemma_.lower()
    if lemma not in lex.lexicon.words("events/modality/claim_verbs") and not (
        owned and lemma in lex.cue["owning_verbs"]
    ):
        return False
    negators = lex.cue["negators"]
    return not any(
        c.dep_ == "neg"
        or c.lower_ in negators
        or (
            c.dep_ in {"nsubj", "nsubjpass"}
            and (
                c.lower_ in lex.cue["negative_subjects"]
                or any(g.dep_ in {"det", "preconj"} and g.lower_ in negators for g in children(c))
            )
        )
        for c in children(verb)
    )


def _launched(lex: EventWords, weapon: Token, prep: Token) -> bool:
    """ "fired rockets from Lebanon": where a fired weapon (`roles/fired_weapons.txt`) was
    launched from (`locate/launch_preps.txt`) is no party the act went to. (qa32)"""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in lex.cue["launch_preps"]
        and lemma_of(lex, weapon) in lex.fired_weapons
    )


def _quantified(lex: EventWords, token: Token) -> Token:
    """ "hundreds of farmers", "dozens of people": the counted people, not the number."""
    if token.pos_ == "NUM" or token.ent_type_ == "CARDINAL" or token.lower_ in lex.quantity_heads:
        for prep in children(token):
            if prep.dep_ == "prep" and prep.lower_ in lex.key.genitive_preps:
                objs = _pobj(prep)
                if objs:
                    return objs[0]
    return token


def _pobj(prep: Token) -> list[Token]:
    return [c for c in children(prep) if c.dep_ == "pobj"]


# Verbs that take no object: a reduced relative ("people protested in X") is a misparse, and the
# noun it hangs on is who protested.
INTRANSITIVE_TYPES = {"PROTEST"}
# A noun that ends a date or place phrase is no actor of the verb that follows it.
_PLACE_ENTS = {"GPE", "LOC", "FAC", "DATE", "TIME"}


def lemma_of(lex: EventWords, token: Token) -> str:
    """The token's lemma, lower-cased and mended where the tagger errs."""
    return lex.lemma_fixes.get(token.lower_, token.lemma_.lower())


def _listed(lex: EventWords, words: frozenset[str], token: Token) -> bool:
    """The token's lemma is one of `words`, a plural opening the sentence read too: the tagger
    takes it for a name and leaves it whole ("Warplanes bombed", "Rockets hit")."""
    lower = token.lower_
    return lemma_of(lex, token) in words or (
        bool(token.is_sent_start) and lower.endswith("s") and lower[:-1] in words
    )


MAX_LISTED_PLACES = 8
"""Conjuncts climbed to the first place of a list (`_place_after_preposition`)."""


def _place_after_preposition(lex: EventWords, token: Token) -> bool:
    """A place name governed by a preposition of place (`roles/locative_preps.txt`), itself or
    the first of the list it ends ("in Anbar, Diyala and Karbala which ...")."""
    if token.ent_type_ not in {"GPE", "LOC", "FAC"}:
        return False
    first = token
    for _ in range(MAX_LISTED_PLACES):
        if first.dep_ != "conj":
            break
        first = first.head
    return (
        first.dep_ == "pobj"
        and first.head.dep_ == "prep"
        and first.head.lower_ in lex.cue["locative_preps"]
    )


def _equipment(lex: EventWords, token: Token) -> bool:
    """A weapon, a vehicle or a unit of equipment (`roles/equipment.txt`); a noun of a person
    or a machine ("bombers", `roles/equipment_or_people.txt`) only in a list with one."""
    if _listed(lex, lex.equipment, token):
        return True
    return lemma_of(lex, token) in lex.cue["equipment_or_people"] and any(
        _listed(lex, lex.equipment, c) for c in token.conjuncts
    )


def is_pronoun(lex: EventWords, token: Token) -> bool:
    """A pronoun, but not "US" written in capitals."""
    return token.lower_ in lex.pronouns and not (token.text.isupper() and len(token.text) > 1)


def _passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in children(verb))


def _agents(key: KeyWords, verb: Token) -> list[Token]:
    """The "by" agents of a passive verb, shared by conjoined verbs ("beaten and arrested by the
    police"), else a "by" phrase hanging on a noun of its clause ("died in an ambush
    on the ring road by two masked men")."""
    nodes = [verb]
    nodes += [c for c in children(verb) if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        nodes.append(verb.head)
    for node in nodes:
        if node is not verb and any(c.dep_ in SUBJECT_DEPS for c in children(node)):
            continue
        found = [g for c in children(node) if c.dep_ == "agent" for g in _pobj(c)]
        if found:
            return found
    if not _passive(verb):
        return []
    # (the subtree's words lie between its edges: a clause without an agentive preposition,
    # most of them, is not walked token by token)
    lowers = token_words(verb.doc)[2]
    if key.agentive_preps.isdisjoint(lowers[verb.left_edge.i : verb.right_edge.i + 1]):
        return []
    for tok in verb.subtree:
        if (
            tok.dep_ in {"prep", "agent"}
            and tok.lower_ in key.agentive_preps
            and _within_clause(tok, verb)
        ):
            objs = [o for o in _pobj(tok) if o.pos_ in {"NOUN", "PROPN"}]
            if objs:
                return objs
    return []


def _within_clause(token: Token, verb: Token) -> bool:
    """`token` hangs on `verb` through nouns and prepositions only (no clause in between)."""
    node = token.head
    for _ in range(8):
        if node.i == verb.i:
            return True
        if (node.pos_ in {"VERB", "AUX"} and node.dep_ != "pobj") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _left_subject(lex: EventWords, verb: Token) -> list[Token]:
    """The noun phrase just before a finite verb the parser gave no subject ("On 8 March, in
    Cumana, women and activists protested"): its head noun and the nouns it is coordinated with;
    a noun ending an "of"/"from" phrase stands for the phrase's head ("neighbours of different
    colonias protested")."""
    # a root participle with no auxiliary is a past tense the tagger misread
    bare_root = verb.dep_ == "ROOT" and not any(
        c.dep_ in {"aux", "auxpass"} for c in children(verb)
    )
    finite = verb.tag_ in {"VBD", "VBZ", "VBP"} or (verb.tag_ == "VBN" and bare_root)
    if not finite or any(c.lower_ in lex.key.infinitive_markers for c in children(verb)):
        return []
    j = verb.i - 1
    # (the sentence's start read once, the words before from the parse's kept Tokens: perf29)
    first = token_sent(verb).start
    tokens = doc_tokens(verb.doc)
    while j >= first and tokens[j].pos_ in {"ADV", "AUX", "PART"}:
        j -= 1
    if j < first:
        return []
    tok = _phrase_head(lex, tokens[j])
    if (
        tok.pos_ not in {"NOUN", "PROPN"}
        or tok.ent_type_ in _PLACE_ENTS | NON_ACTOR_ENTS
        or tok.head.i == verb.i
        or tok.dep_ in {"dobj", "compound", "poss"}
        or (
            tok.dep_ == "pobj"
            and tok.head.head.pos_ in {"VERB", "AUX"}
            and tok.head.lower_ not in lex.key.between_preps  # "between 30 and 40 nurses marched"
        )
    ):
        return []
    out = [tok]
    node = tok
    while node.dep_ == "conj" and node.head.pos_ in {"NOUN", "PROPN"}:
        node = node.head
        if node.ent_type_ in _PLACE_ENTS:
            break
        out.insert(0, node)
    if (
        node.dep_ == "pobj"
        and node.head.lower_ in lex.key.genitive_preps
        and node.head.head.lower_ in lex.quantity_heads
    ):
        out.insert(0, node.head.head)
    return out


def _phrase_head(lex: EventWords, token: Token) -> Token:
    """Up from a noun that ends a prepositional phrase to the noun the phrase modifies."""
    node = token
    for _ in range(5):
        prep = node.head
        if (
            node.dep_ == "pobj"
            and prep.lower_ in lex.cue["phrase_head_preps"]
            and prep.head.pos_ in {"NOUN", "PROPN"}
            and prep.head.i < node.i
        ):
            node = prep.head
            continue
        break
    return node


def _weapon_user(lex: EventWords, token: Token) -> Token:
    """ "shells fired by the army hit the village": the one who fired, not the shell."""
    if lemma_of(lex, token) not in lex.fired_weapons:
        return token
    for acl in children(token):
        if acl.dep_ == "acl":
            for agent in children(acl):
                if agent.dep_ == "agent" and _pobj(agent):
                    return _pobj(agent)[0]
    return token


def _act_sides(lex: EventWords, token: Token) -> list[Token]:
    """ "fighting between the army and the rebels killed ten people": a subject that is an act
    (a gerund, or a noun of `roles/not_actors.txt`) with a phrase of its two sides
    (`roles/side_preps.txt`) is done by them, both (qa34); none for any other subject ("an IED
    by the militants": the weapon tells the kind of attack)."""
    if token.pos_ != "VERB" and lemma_of(lex, token) not in lex.not_actors:
        return []
    return [
        g
        for c in children(token)
        if c.dep_ == "prep" and c.lower_ in lex.cue["side_preps"]
        for g in _pobj(c)
    ]


def _sides(key: KeyWords, trigger: Token) -> list[Token]:
    """ "fighting broke out / took place between the army and the rebels": both sides act."""
    if trigger.dep_ != "nsubj":
        return []
    return [
        g
        for c in children(trigger.head)
        if c.dep_ == "prep" and c.lower_ in key.between_preps
        for g in _pobj(c)
    ]


def _noun_misread(verb: Token) -> list[Token]:
    """ "a rebel marksman shot and wounded a farmer", with "shot" read as a noun: the verb
    coordinated with it acts through the noun's modifiers ("Houthi sniper")."""
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ != "NOUN" or head.i > verb.i:
        return []
    mods = [
        c
        for c in children(head)
        if c.i < head.i and c.dep_ in {"compound", "amod"} and c.pos_ in {"NOUN", "PROPN"}
    ]
    return mods


def _counted(lex: EventWords, tokens: list[Token], type_: str) -> list[Actor]:
    """ "around 1,000 demonstrated": a bare number that protests is that many protesters."""
    if type_ != "PROTEST":
        return []
    for tok in tokens:
        counted = tok.pos_ == "NUM" or tok.ent_type_ == "CARDINAL" or tok.lower_ in lex.number_nouns
        if counted and not any(c.dep_ == "prep" for c in children(tok)):
            text = tok.doc[tok.left_edge.i : tok.i + 1].text
            return [Actor(text=text, name="Protesters", country=None, sector="CVL")]
    return []


def _acl_subject(lex: EventWords, verb: Token, intransitive: bool) -> list[Token]:
    """A finite verb the parser hung on a noun as a reduced relative ("marchers, most of
    them students, rallied"; "people protested in X"): the noun is its subject when the verb
    is in the past tense, has an object of its own or takes none. Climbs "of"/"at"/"from"
    phrases to the phrase's head ("tens of doctors at the hospital protested"). A verb hung on
    the dateline's town with a subject of its own is no reduced relative ("ISLAMABAD, April 2 -
    The interior minister blamed ...": the minister acts; actors46)."""
    if verb.dep_ != "acl" or _passive(verb):
        return []
    if past_dateline(verb.doc[verb.head.i : verb.head.i + 1]) is None and any(
        c.dep_ == "nsubj" for c in children(verb)
    ):
        return []
    verbs = [verb, *(c for c in children(verb) if c.dep_ == "conj" and c.pos_ == "VERB")]
    has_object = any(c.dep_ == "dobj" for v in verbs for c in children(v))
    # "militants abducted, interrogated and released a priest": a series of finite verbs
    series = verb.i + 1 < len(verb.doc) and verb.nbor().lower_ in lex.cue["series_links"]
    if not (
        verb.tag_ == "VBD"
        or has_object
        or (intransitive and verb.tag_ == "VBN")
        or (series and verb.head.dep_ == "nsubj" and verb.i == verb.head.i + 1)
    ):
        return []
    node = verb.head
    if node.pos_ not in {"NOUN", "PROPN"} or node.ent_type_ in _PLACE_ENTS:
        if not (node.dep_ == "pobj" and node.head.lower_ in lex.cue["acl_subject_preps"]):
            return []
    for _ in range(3):
        prep = node.head
        if (
            node.dep_ == "pobj"
            and prep.lower_ in lex.cue["acl_subject_preps"]
            and prep.head.pos_ in {"NOUN", "PROPN"}
        ):
            node = prep.head
            continue
        break
    if node.ent_type_ in _PLACE_ENTS:
        return []
    return [node]


def _named_party(token: Token) -> bool:
    """A state or body by name ("to Pakistan", "from the IMF"), not "from villagers"."""
    return token.ent_type_ in PARTY_ENTS or token.pos_ == "PROPN"


def _verb_parties(lex: EventWords, act: Token) -> list[Token]:
    """ "approved a loan to Pakistan", "recalled its envoy from Kampala": the state or body the
    verb's "to" or "from" phrase names, where the parse hung it on the verb, not on the object
    (a person or a place's people, "took cattle from villagers", is left as it was)."""
    if act.dep_ != "dobj":
        return []
    return [
        o
        for p in children(act.head)
        if p.dep_ == "prep"
        and p.i > act.i
        and p.lower_ in lex.cue["act_object_preps"]
        and not _launched(lex, act, p)
        for o in _pobj(p)
        if _named_party(o)
    ]


def _act_doers(lex: EventWords, act: Token) -> list[Token]:
    """Who did the act a noun names: its "by" phrase ("the arrest by police"), or the agent of
    a participle on it ("the sanctions imposed by Washington")."""
    doers = [
        o
        for p in children(act)
        if p.dep_ == "prep" and p.lower_ in lex.cue["actor_preps"]
        for o in _pobj(p)
    ]
    for acl in children(act):
        if acl.dep_ == "acl" and acl.tag_ == "VBN":
            doers.extend(o for g in children(acl) if g.dep_ == "agent" for o in _pobj(g))
    return doers


class RoleFinder:
    """Finds and resolves the actors and recipients of triggers (a base of `EventCoder`)."""

    resolver: ActorResolver | None = None
    lex: EventWords

    def _resolve(
        self, tokens: list[Token], context: str | None, acting: bool = False
    ) -> list[Actor]:
        """The actors the phrases headed by `tokens` name. The doers of an event (`acting`)
        exclude a weapon, a vehicle or a unit of equipment (`roles/equipment.txt`) that names
        no country of its own ("bombers", "ten rocket launchers"): the force that used it is
        the actor, and the text does not say which (`unnamed_actors.tsv`, forces, where no
        other doer is named); the country that would be read for it is the article's, not the
        weapon's ("Russian jets" stay Russia's)."""
        lex = self.lex
        assert self.resolver is not None
        out: list[Actor] = []
        unnamed: list[Actor] = []
        named: set[int] = set()  # the tokens of a name read whole ("... of Iraq and the Levant")
        for t in tokens:
            todo = _conjuncts(t)
            while todo:
                c = _quantified(lex, todo.pop(0))
                if is_pronoun(lex, c) or c.ent_type_ in NON_ACTOR_ENTS or c.i in named:
                    continue
                span = past_dateline(noun_phrase(lex, c))
                if span is None:
                    # "SOUTHWEST ASIA –": where the report was filed (geo32); but the phrase
                    # the parse hung on it as an apposition after the dash ("LIMA, Oct 2 - The
                    # foreign minister recalled ...") is who acts (actors46)
                    todo += [a for a in children(c) if a.dep_ == "appos" and a.i > c.i]
                    continue
                end = self.resolver.name_end(span)
                if end > span.end:
                    named.update(range(span.end, end))
                    # "members of the Army for the Liberation of Rwanda and the Lord's
                    # Resistance Army": the next party of the list, hung on a word inside
                    # the name, is an actor of its own (qa33)
                    todo += [
                        m
                        for j in range(span.start, end)
                        for k in children(doc_tokens(span.doc)[j])
                        if k.dep_ == "conj" and k.i >= end
                        for m in _conjuncts(k)
                        if m not in todo
                    ]
                    span = span.doc[span.start : end]
                if acting and _equipment(lex, c):
                    own = self.resolver.resolve_phrase(span, None)
                    if own is None or (own.country is None and own.sector in {None, "MIL"}):
                        # a state's weapon told bare ("An Israeli military spokesman said
                        # aircraft struck ...") is its forces', as a state's agent is (actors46)
                        said = self._speaker_country(c) or self._speaker_country(
                            c, owned=False, state=True
                        )
                        if said is not None:
                            # "Ankara said its jets struck ...": the speaker's forces (qa32)
                            own = Actor(text=span_text(span), name="", country=said, sector=None)
                            out.append(self._armed_forces(own))
                            continue
                        name = lex.unnamed_actors["forces"]
                        unnamed = unnamed or [
                            Actor(text=span_text(span), name=name, country=None, sector="MIL")
                        ]
                        continue
                parties = _of_parties(lex.key, c, span, self._named_party)
                if parties:
                    # "the leaders of France, Germany and Italy": one actor per party (plover23)
                    for party in self._parties(c, span, parties, context):
                        if party not in out:
                            out.append(party)
                    continue
                actor = self.resolver.resolve_phrase(span, context)
                if (
                    actor is None
                    and c.pos_ in {"NOUN", "PROPN"}
                    and c.lemma_.lower() not in lex.not_actors
                ):
                    text = span_text(span)  # (no Token made per word, perf32)
                    text = text[4:] if text.lower().startswith("the ") else text
                    actor = Actor(text=text, name=text, country=None, sector=None)
                if actor is not None and actor.country is None:
                    actor = self._affiliated(c, actor, context)
                if (
                    actor is not None
                    and actor.country is None
                    and actor.sector not in CROWD_SECTORS
                ):
                    # "guards at the Turkish consulate": the body's (actors43); not people
                    # told where they stand ("protesters at the US embassy", review48)
                    body = self.resolver.body_country(span)
                    actor = replace(actor, country=body) if body else actor
                if actor is not None and actor.country is None:
                    actor = self._described(c, actor)
                if actor is not None:
                    actor = self._speakers_own(c, span, actor)
                if actor is not None and actor not in out:
                    out.append(actor)
        return out or unnamed

    def _parties(
        self, head: Token, span: Span, parties: list[Token], context: str | None
    ) -> list[Actor]:
        """The actors of a people noun whose "of" phrase lists named parties ("the foreign
        ministers of Egypt, Jordan and Iraq"): the first party's phrase as it reads ("foreign
        ministers of Egypt"), each other named party the same people of its own country."""
        assert self.resolver is not None
        doc = head.doc
        first = self.resolver.resolve_phrase(doc[span.start : parties[0].i + 1], context)
        if first is None:
            return []
        out = [first]
        people = doc[span.start : head.i + 1].text
        for party in parties[1:]:
            own = self.resolver.resolve_phrase(doc[party.left_edge.i : party.i + 1], context)
            if own is None or (own.country is None and own.sector is None):
                continue
            text = f"{people} of {doc[party.left_edge.i : party.i + 1].text}"
            # a group's or a force's people are of its sector ("envoys of the rebels"), a
            # country's of the people noun's ("ministers of Jordan")
            sector = own.sector or first.sector
            out.append(Actor(text=text, name=own.name, country=own.country, sector=sector))
        return out

    def _named_party(self, token: Token) -> bool:
        """A side of a list the actor tables know by its words alone: a group or a force
        ("Hamas", "the army", "the rebels"), of a country or a sector; no country is read
        from the article for it."""
        assert self.resolver is not None
        actor = self.resolver.resolve_phrase(token.doc[token.left_edge.i : token.i + 1], None)
        return actor is not None and (actor.country is not None or actor.sector is not None)

    def _affiliated(self, token: Token, actor: Actor, context: str | None) -> Actor:
        """ "workers affiliated with the Serbian union", "fighters loyal to Haftar": an actor
        with no country of its own takes that of the body it belongs to."""
        lex = self.lex
        assert self.resolver is not None
        for acl in children(token):
            if acl.dep_ not in {"acl", "amod"} or acl.lower_ not in lex.affiliation:
                continue
            for prep in children(acl):
                for obj in _pobj(prep) if prep.dep_ == "prep" else []:
                    body = self.resolver.resolve_span(noun_phrase(lex, obj), context)
                    if body is not None and body.country:
                        return replace(actor, country=body.country)
        return actor

    def _described(self, token: Token, actor: Actor) -> Actor:
        """ "Juan Perez, a Colombian army commander, ...": a name the dictionaries do not know
        takes the country (and sector) of the phrase set beside it; not a kin's or a
        companion's ("Juan Perez, the son of a Colombian army commander": `close_people`,
        review46)."""
        assert self.resolver is not None
        close = self.lex.cue["close_people"]
        for appos in children(token):
            if appos.dep_ != "appos" or appos.i < token.i or appos.lower_ in close:
                continue
            described = self.resolver.resolve_phrase(noun_phrase(self.lex, appos), None)
            if described is not None and described.country:
                return replace(
                    actor, country=described.country, sector=actor.sector or described.sector
                )
        return actor

    def _speakers_own(self, token: Token, span: Span, actor: Actor) -> Actor:
        """ "The Russian defence ministry said its forces repelled an attack": the subject of a
        reported clause owned by a pronoun ("its forces", "their troops") is the speaker's own,
        of the speaker's country where the phrase names no country of its own. So is a state's
        agent told bare ("An Israeli military spokesman said *troops* fired ..."), the
        speaker's country's, not the article's (qa32)."""
        assert self.resolver is not None
        country = self._speaker_country(token)
        if country is None and actor.sector in DOMESTIC_SECTORS:
            bare = self._speaker_country(token, owned=False)
            own = self.resolver.resolve_phrase(span, None) if bare is not None else None
            if bare is not None and own is not None and own.country is None:
                name = f"{self.resolver.adjective(bare)} {own.name.lower()}"
                return replace(actor, country=bare, name=name)
            return actor
        if country is None:
            return actor
        own = self.resolver.resolve_phrase(span, None)
        if own is not None and own.country:
            return actor
        return replace(actor, country=country)

    def _speaker_country(self, token: Token, owned: bool = True, state: bool = False) -> str | None:
        """The country of the speaker whose own the subject of a reported clause is ("The
        Russian defence ministry said *its* forces ...", "Moscow said *its* jets ..."; any
        subject where not `owned`), else None; where `state`, only a speaker of a state's sector
        (`DOMESTIC_SECTORS`: "an Israeli military spokesman", not "an Israeli rights group")."""
        lex = self.lex
        assert self.resolver is not None
        if owned and not any(
            p.dep_ == "poss" and p.lower_ in lex.speaker_possessives for p in children(token)
        ):
            return None
        clause = token.head
        if (
            token.dep_ != "nsubj"
            or clause.dep_ != "ccomp"
            or clause.head.lemma_ not in lex.reporting
        ):
            return None
        speaker = [s for s in children(clause.head) if s.dep_ == "nsubj" and not is_pronoun(lex, s)]
        if not speaker:
            return None
        said = self.resolver.resolve_phrase(noun_phrase(lex, speaker[0]), None)
        if said is None or (state and said.sector not in DOMESTIC_SECTORS):
            return None
        return said.country or None

    def _subject_of(self, verb: Token) -> list[Token]:
        """The verb's subject, inherited through xcomp/conj/relcl/acl when it has none of its own."""
        lex = self.lex
        node = verb
        for _ in range(4):
            subj = [c for c in children(node) if c.dep_ in SUBJECT_DEPS]
            if (
                subj
                and node.dep_ == "ROOT"
                and subj[0].dep_ == "nsubj"
                and subj[0].lower_ in lex.cue["single_person_pronouns"]
            ):
                told = self._told_before(subj[0])
                if told is not None:
                    return [told]
            if subj:
                if subj[0].lower_ in lex.cue["relative_pronouns"] and node.dep_ == "relcl":
                    if _place_after_preposition(lex, node.head):
                        return []  # "attacks in Karbala which targeted ...": where, not who
                    return [node.head]
                if subj[0].lower_ in lex.speaker_pronouns and node.dep_ == "ccomp":
                    # "Israel said it would ...": the pronoun is the speaker
                    speaker = [c for c in children(node.head) if c.dep_ == "nsubj"]
                    if (
                        speaker
                        and node.head.lemma_ in lex.reporting
                        and speaker[0].lower_ not in lex.pronouns
                    ):
                        return speaker
                return subj
            agent = [g for c in children(node) if c.dep_ == "agent" for g in _pobj(c)]
            if agent:
                return agent
            if node.dep_ in {"acl"} and node.tag_ in {"VBG"}:
                return [node.head]
            if node.dep_ == "acl":
                poss = [c for c in children(node.head) if c.dep_ == "poss"]
                if poss:
                    return poss
            if (
                node.dep_ == "advcl"
                and node.tag_ in {"VBG", "VBN"}
                and lemma_of(lex, node.head) in lex.cue["judging_verbs"]
            ):
                # "X condemns the attack ..., targeting a hospital": the act judged, not X's
                return []
            if node.dep_ in {"xcomp", "conj", "advcl", "pcomp", "acomp"} and node.head is not node:
                node = node.head
                continue
            break
        return []

    def _told_before(self, pronoun: Token) -> Token | None:
        """The person "he" or "she" opening a sentence's main clause is: the subject of the
        sentence before, where that is one person, named ("Jane Doe spoke. She accused ...") or
        told by an office ("Poland's prime minister spoke. She ..."; `actors/office_heads`,
        `diplomat_heads`), the one a reader takes it for (actors45). None where the sentence
        before tells no such subject."""
        lex = self.lex
        sent = pronoun.sent
        if sent.start == 0 or any(
            t.pos_ in {"NOUN", "PROPN", "PRON"} for t in pronoun.doc[sent.start : pronoun.i]
        ):
            return None
        before = pronoun.doc[sent.start - 1].sent.root
        subject = [c for c in children(before) if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subject or subject[0].tag_ not in {"NN", "NNP"}:
            return None
        head = subject[0]
        person = head.ent_type_ == "PERSON" or head.lower_ in (
            lex.cue["office_heads"] | lex.cue["diplomat_heads"]
        )
        return head if person else None

    def _verb_actors(self, verb: Token, type_: str) -> tuple[list[Token], bool]:
        """The tokens that act for a verb trigger, and whether the parse hung the verb on its
        actor as a reduced relative (then that noun is no recipient)."""
        lex = self.lex
        actors = _agents(lex.key, verb)
        if not actors and verb.lower_ in lex.stative_participles:
            # "Israel is opposed to", "Vietnam is committed to": a state, not a passive
            actors = [c for c in children(verb) if c.dep_ == "nsubjpass"]
        misparsed = _acl_subject(lex, verb, type_ in INTRANSITIVE_TYPES) if not actors else []
        if not actors:
            actors = misparsed or [t for t in self._subject_of(verb) if t.dep_ != "nsubjpass"]
        actors = [_weapon_user(lex, t) for t in actors]
        actors = [s for t in actors for s in (_act_sides(lex, t) or [t])]
        if (
            not misparsed
            and not _passive(verb)
            and verb.dep_ in {"ROOT", "conj", "acl", "advcl"}
            and all(_quantified(lex, t).ent_type_ in NON_ACTOR_ENTS for t in actors)
        ):
            actors = _left_subject(lex, verb) or actors
        if not actors:
            actors = _sides(lex.key, verb) or _noun_misread(verb)
        if not actors and verb.dep_ in {"amod", "compound"} and verb.head.dep_ == "dobj":
            # "nurses held a sit-in protest"
            actors = self._subject_of(verb.head.head)
        return actors, bool(misparsed)

    def _verb_roles(self, verb: Token, cand: Candidate, context: str | None) -> None:
        lex = self.lex
        actors, misparsed = self._verb_actors(verb, cand.type)
        recips = [
            c
            for c in children(verb)
            if c.dep_ in {"dobj", "nsubjpass", "dative"} and c not in actors
        ]
        # "for" names a recipient of a request only ("asked the UN for aid")
        preps = lex.recipient_preps | lex.key.purpose_preps
        for child in children(verb):
            if child.dep_ == "prep" and child.lower_ in preps:
                if child.lower_ in lex.key.purpose_preps and cand.type != "REQUEST":
                    continue
                recips.extend(_pobj(child))
        if (
            not any(c.dep_ == "nsubjpass" for c in children(verb))
            and verb.tag_ == "VBN"
            and verb.dep_ in {"acl", "amod"}
            and not misparsed
        ):
            recips.append(verb.head)
        given = lex.lexicon.words("events/roles/given_acts")
        if lemma_of(lex, verb) in lex.lexicon.words("events/roles/addressing_verbs"):
            given = given | lex.lexicon.words("events/roles/told_acts")
        acts = [r for r in recips if r.dep_ == "dobj" and r.lemma_.lower() in given]
        if acts:
            # "extended a warm welcome to the new coach": the one welcomed, not the welcome
            # (`roles/given_acts.txt`, fix50e); "issued an appeal to donors", "gave a warning to
            # residents": the one addressed, on the verb or the noun (`told_acts.txt`, prec55)
            recips = [r for r in recips if r not in acts]
            recips += [
                o
                for c in (*children(verb), *(g for a in acts for g in children(a)))
                if c.dep_ in {"prep", "dative"} and c.lower_ in lex.key.goal_preps
                for o in _pobj(c)
                if o not in recips
            ]
        # "stabbed him with a knife", "fired tear gas at marchers": what it was done with is no party
        recips = self._act_objects(
            [r for r in recips if lemma_of(lex, r) not in lex.instrument_nouns]
        )
        if cand.type == "REQUEST":
            for child in children(verb):
                if child.dep_ in {"advcl", "ccomp", "xcomp"}:
                    recips.extend(c for c in children(child) if c.dep_ in {"nsubj", "nsubjpass"})
        cand.actors = self._resolve(actors, context, acting=True) or _counted(
            lex, actors, cand.type
        )
        if (
            cand.type == "ASSAULT"
            and actors
            and all(
                lemma_of(lex, t) in lex.not_actors or _listed(lex, lex.equipment, t) for t in actors
            )
        ):
            # "Iraqi air strikes targeted ...": the weapon's country is the actor
            cand.actors = [self._armed_forces(a) for a in cand.actors]
        cand.recipients = [r for r in self._resolve(recips, context) if r not in cand.actors]

    def _act_objects(self, recips: list[Token]) -> list[Token]:
        """ "imposed sanctions on Venezuela", "resumed talks with Israel": an object that names
        the act, no party (the dictionaries know no actor in it), gives way to the party its
        own recipient phrase names, else to the one who did it ("protested the arrest of its
        citizens by Greek police", "denounced the sanctions imposed by Washington")."""
        lex = self.lex
        assert self.resolver is not None
        out: list[Token] = []
        for r in recips:
            parties = (
                [
                    o
                    for p in children(r)
                    if p.dep_ == "prep" and p.lower_ in lex.recipient_preps
                    for o in _pobj(p)
                ]
                or [
                    o
                    for p in children(r)
                    if p.dep_ == "prep"
                    and p.lower_ in lex.cue["act_object_preps"]
                    and not _launched(lex, r, p)
                    for o in _pobj(p)
                    if _named_party(o)
                ]
                or _verb_parties(lex, r)
                or _act_doers(lex, r)
            )
            phrase = noun_phrase(lex, r)
            own = _verb_parties(lex, r)
            if own and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in children(r)):
                # "recalled its envoy from Kampala": the actor's own envoy goes from the party
                out.extend(p for p in own if p not in out)
            elif (
                r.dep_ == "dobj"
                and parties
                # the head and its modifiers alone: "the expulsion of traders" names an act
                and self.resolver.resolve_span(phrase.doc[phrase.start : r.i + 1], None) is None
            ):
                out.extend(p for p in parties if p not in out)
            elif r not in out and not any(
                _launched(lex, r, p)
                for p in (*children(r), *(children(r.head) if r.dep_ == "dobj" else ()))
            ):
                # "fired rockets from Lebanon": the weapon and where it came from are no party
                out.append(r)
        return out

    def _noun_roles(self, noun: Token, cand: Candidate, context: str | None) -> None:
        lex = self.lex
        actors: list[Token] = []
        recips: list[Token] = []
        for child in children(noun):
            if (child.dep_ == "poss" and child.ent_type_ not in NON_ACTOR_ENTS) or (
                child.dep_ in {"amod", "compound"} and child.ent_type_ in {"NORP", "GPE", "ORG"}
            ):
                actors.append(child)
            elif child.dep_ == "prep" and child.lower_ in lex.cue["actor_preps"]:
                # "clashes between X and Y": both sides act
                actors.extend(_pobj(child))
            elif (
                child.dep_ == "prep"
                and child.lower_ in lex.recipient_preps | lex.cue["noun_recipient_preps"]
            ):
                recips.extend(_pobj(child))
            elif child.dep_ == "acl":
                for prep in children(child):
                    if prep.dep_ in {"prep", "agent"} and prep.lower_ in lex.cue["acl_actor_preps"]:
                        actors.extend(_pobj(prep))
        if not actors:
            actors = _sides(lex.key, noun)
        if not actors:
            node = noun
            owned = False
            for _ in range(4):
                if node.dep_ == "conj":
                    node = node.head
                    continue
                if (
                    node.dep_ == "pobj"
                    and node.head.dep_ == "prep"
                    and node.head.lower_ in lex.key.genitive_preps
                ):
                    node = node.head.head
                    for child in children(node):
                        if (
                            child.dep_ == "prep"
                            and child.lower_ in lex.recipient_preps
                            and not recips
                        ):
                            recips.extend(_pobj(child))
                    continue
                owner = None if owned else _owned_act(lex, node)
                if owner is not None:
                    node = owner  # "claimed responsibility for the attack"
                    owned = True
                    continue
                if node.dep_ in {"dobj", "attr", "nsubjpass"} and node.head.pos_ == "VERB":
                    head = node.head
                    if (
                        node.i != noun.i
                        and (
                            lemma_of(lex, head),
                            node.lemma_.lower(),
                        )
                        in lex.light_pairs
                    ):
                        # "issued a condemnation of the shooting", "voiced his criticism of the
                        # raid": the light verb's subject condemns the act, it did not do it
                        # (fix51p)
                        break
                    if node.dep_ == "dobj" and _claimed_by_subject(lex, head, owned):
                        # "the group claimed the bombing": who owns up to the act did it
                        actors = [t for t in self._subject_of(head) if t.dep_ != "nsubjpass"]
                    elif lemma_of(lex, head) in lex.attributing:
                        actors = [
                            g
                            for c in children(head)
                            if c.dep_ == "prep" and c.lower_ in lex.cue["attribution_preps"]
                            for g in _pobj(c)
                        ]
                    elif (
                        lemma_of(lex, head)
                        in lex.support_verbs | lex.light_verbs | lex.cue["declaring_verbs"]
                    ):
                        actors = self._subject_of(head) or _left_subject(lex, head)
                elif (
                    node.dep_ == "pobj"
                    and node.head.lower_ in lex.cue["deal_preps"]
                    and node.head.head.pos_ == "VERB"
                ):
                    # "Turkey will allow ... as part of a deal": the deal is the verb's subject's
                    actors = [t for t in self._subject_of(node.head.head) if t.dep_ != "nsubjpass"]
                break
        cand.actors = self._resolve(actors, context, acting=True)
        if cand.type == "ASSAULT":
            cand.actors = [self._armed_forces(a) for a in cand.actors]
        cand.recipients = [r for r in self._resolve(recips, context) if r not in cand.actors]

    def _armed_forces(self, actor: Actor) -> Actor:
        """ "Iraqi air strikes", "Russian shelling": a country that attacks does so by its forces."""
        if actor.sector is not None or actor.country is None or self.resolver is None:
            return actor
        name = f"{self.resolver.adjective(actor.country)} military forces"
        return replace(actor, sector="MIL", name=name)

    # --- building records ---------------------------------------------------------------------
