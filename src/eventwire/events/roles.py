"""Who did what to whom: the actor and recipient phrases of a trigger, from the dependency parse.

Actors are the clause's subject, a passive's agent ("by" phrase), or for an event noun its possessor,
a nationality adjective, a "by" phrase or the subject of the light verb that governs it ("militias
launched a campaign of attacks"). Recipients are objects, passive subjects and "against"/"on"/"at"
phrases. Each phrase is resolved with `ActorResolver`; a phrase the dictionaries do not know is kept
with its text as name (so the record still says who), unless it is a weapon, an act or a date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..records import Actor
from .actors import PRONOUNS, ActorResolver, noun_phrase
from .triggers import SUPPORT_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

SPEAKER_PRONOUNS = {"it", "they", "he", "she", "we"}
REPORTING = {
    "say",
    "tell",
    "announce",
    "state",
    "claim",
    "declare",
    "add",
    "insist",
    "warn",
    "report",
    "confirm",
    "deny",
    "vow",
    "pledge",
    "promise",
    "threaten",
    "indicate",
}
SUBJECT_DEPS = {"nsubj", "csubj"}

RECIPIENT_PREPS = {"against", "on", "at", "upon", "with", "into", "toward", "towards"}

NON_ACTOR_ENTS = {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}

NOT_ACTORS = {
    "bomb",
    "device",
    "mine",
    "landmine",
    "explosion",
    "blast",
    "rocket",
    "missile",
    "shell",
    "ied",
    "grenade",
    "attack",
    "incident",
    "fire",
    "bullet",
    "shot",
    "clash",
    "violence",
    "protest",
    "demonstration",
    "rally",
    "strike",
    "action",
    "way",
    "case",
    "time",
    "part",
    "drone",
    "gunfire",
    "bombing",
    "shelling",
    "shooting",
    "airstrike",
    "raid",
    "campaign",
    "decision",
    "plan",
    "kind",
    "area",
    "side",
    "issue",
    "matter",
    "situation",
    "thing",
    "lot",
    "number",
    "reason",
    "result",
    "process",
}

ATTRIBUTING = {"attribute", "blame", "claim"}


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


def _conjuncts(token: Token) -> list[Token]:
    out = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in {"NOUN", "PROPN", "PRON", "ADJ", "NUM"}:
            out.extend(_conjuncts(child))
    return out


def _quantified(token: Token) -> Token:
    """ "hundreds of farmers", "dozens of people": the counted people, not the number."""
    if token.pos_ == "NUM" or token.ent_type_ == "CARDINAL" or token.lower_ in QUANTITY_HEADS:
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                objs = _pobj(prep)
                if objs:
                    return objs[0]
    return token


QUANTITY_HEADS = {
    "hundreds",
    "thousands",
    "dozens",
    "scores",
    "tens",
    "millions",
    "group",
    "groups",
    "number",
    "crowd",
    "members",
    "some",
    "many",
    "several",
    "most",
    "all",
}


def _pobj(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ == "pobj"]


class RoleFinder:
    """Finds and resolves the actors and recipients of triggers (a base of `EventCoder`)."""

    resolver: ActorResolver | None = None

    def _resolve(self, tokens: list[Token], context: str | None) -> list[Actor]:
        assert self.resolver is not None
        out: list[Actor] = []
        for t in tokens:
            for c in _conjuncts(t):
                c = _quantified(c)
                if c.lower_ in PRONOUNS or c.ent_type_ in NON_ACTOR_ENTS:
                    continue
                span = noun_phrase(c)
                actor = self.resolver.resolve_span(span, context)
                if (
                    actor is None
                    and c.pos_ in {"NOUN", "PROPN"}
                    and c.lemma_.lower() not in NOT_ACTORS
                ):
                    text = span.text[4:] if span.text.lower().startswith("the ") else span.text
                    actor = Actor(text=text, name=text, country=None, sector=None)
                if actor is not None and actor not in out:
                    out.append(actor)
        return out

    def _subject_of(self, verb: Token) -> list[Token]:
        """The verb's subject, inherited through xcomp/conj/relcl/acl when it has none of its own."""
        node = verb
        for _ in range(4):
            subj = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
            if subj:
                if subj[0].lower_ in {"who", "which", "that"} and node.dep_ == "relcl":
                    return [node.head]
                if subj[0].lower_ in SPEAKER_PRONOUNS and node.dep_ == "ccomp":
                    # "Israel said it would ...": the pronoun is the speaker
                    speaker = [c for c in node.head.children if c.dep_ == "nsubj"]
                    if (
                        speaker
                        and node.head.lemma_ in REPORTING
                        and speaker[0].lower_ not in PRONOUNS
                    ):
                        return speaker
                return subj
            agent = [g for c in node.children if c.dep_ == "agent" for g in _pobj(c)]
            if agent:
                return agent
            if node.dep_ in {"acl"} and node.tag_ in {"VBG"}:
                return [node.head]
            if node.dep_ == "acl":
                poss = [c for c in node.head.children if c.dep_ == "poss"]
                if poss:
                    return poss
            if node.dep_ in {"xcomp", "conj", "advcl", "pcomp"} and node.head is not node:
                node = node.head
                continue
            break
        return []

    def _verb_roles(self, verb: Token, cand: Candidate, context: str | None) -> None:
        actors = [g for c in verb.children if c.dep_ == "agent" for g in _pobj(c)]
        if not actors:
            actors = [t for t in self._subject_of(verb) if t.dep_ != "nsubjpass"]
        recips = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass", "dative"}]
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in RECIPIENT_PREPS | {"for"}:
                if child.lower_ == "for" and cand.type != "REQUEST":
                    continue
                recips.extend(_pobj(child))
        if (
            not any(c.dep_ == "nsubjpass" for c in verb.children)
            and verb.tag_ == "VBN"
            and verb.dep_ in {"acl", "amod"}
        ):
            recips.append(verb.head)
        if cand.type == "REQUEST":
            for child in verb.children:
                if child.dep_ in {"advcl", "ccomp", "xcomp"}:
                    recips.extend(c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"})
        cand.actors = self._resolve(actors, context)
        cand.recipients = [r for r in self._resolve(recips, context) if r not in cand.actors]

    def _noun_roles(self, noun: Token, cand: Candidate, context: str | None) -> None:
        actors: list[Token] = []
        recips: list[Token] = []
        for child in noun.children:
            if child.dep_ == "poss" or (
                child.dep_ in {"amod", "compound"} and child.ent_type_ in {"NORP", "GPE", "ORG"}
            ):
                actors.append(child)
            elif child.dep_ == "prep" and child.lower_ == "by":
                actors.extend(_pobj(child))
            elif child.dep_ == "prep" and child.lower_ in RECIPIENT_PREPS | {"of", "to"}:
                recips.extend(_pobj(child))
            elif child.dep_ == "acl":
                for prep in child.children:
                    if prep.dep_ in {"prep", "agent"} and prep.lower_ in {"to", "by"}:
                        actors.extend(_pobj(prep))
        if not actors:
            node = noun
            for _ in range(4):
                if node.dep_ == "conj":
                    node = node.head
                    continue
                if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ == "of":
                    node = node.head.head
                    for child in node.children:
                        if child.dep_ == "prep" and child.lower_ in RECIPIENT_PREPS and not recips:
                            recips.extend(_pobj(child))
                    continue
                if node.dep_ in {"dobj", "attr", "nsubjpass"} and node.head.pos_ == "VERB":
                    head = node.head
                    if head.lemma_ in ATTRIBUTING:
                        actors = [
                            g
                            for c in head.children
                            if c.dep_ == "prep" and c.lower_ in {"to", "on"}
                            for g in _pobj(c)
                        ]
                    elif head.lemma_ in SUPPORT_VERBS:
                        actors = self._subject_of(head)
                break
        cand.actors = self._resolve(actors, context)
        cand.recipients = [r for r in self._resolve(recips, context) if r not in cand.actors]

    # --- building records ---------------------------------------------------------------------
