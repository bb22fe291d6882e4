"""When, and which records are one event: helpers of the coder.

Dates are the time stage's answer (`annotate.timeline`), places the geocoder's
(`geocode.event_place`). A follow-up sentence with no actor of its own folds into the event before
(its place is the geocoder's call: `geocode.event_place.follow_up_place`).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.attrs import DEP

from ..annotate.nlp import doc_text, doc_tokens, token_sent, tokens_labelled
from ..geocode.event_place import follow_up_place
from ..records import Event, Evidence

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .words import EventWords


def merge(first: Event, later: Event, text: str) -> Event:
    """Fold a follow-up sentence into the event it continues (the larger casualty count wins)."""
    # a follow-up sentence usually restates or completes the count ("The two victims were ..."):
    # keep the larger figure rather than adding
    dead = first.fatalities
    if later.fatalities is not None:
        dead = max(later.fatalities, first.fatalities or 0)
    hurt = first.injuries
    if later.injuries is not None:
        hurt = max(later.injuries, first.injuries or 0)
    return replace(
        first,
        recipient=first.recipient or later.recipient,
        fatalities=dead,
        injuries=hurt,
        location=follow_up_place(first, later),
        fatalities_lower_bound=first.fatalities_lower_bound or later.fatalities_lower_bound,
        # the evidence spans every sentence that tells the event
        evidence=Evidence(
            sentence=text[first.evidence.start : later.evidence.end],
            start=first.evidence.start,
            end=later.evidence.end,
        ),
    )


def adjacent(doc: Doc, end: int, start: int) -> bool:
    """True when only spaces separate two sentences of one paragraph (no event in between)."""
    gap = doc_text(doc)[end:start]
    return not gap.strip() and "\n" not in gap


def marked_new(lex: EventWords, trigger: Token) -> bool:
    """ "another attack", "a second bombing", "Separately, a man was shot": the text says this is
    a different event; so does a phrase of the trigger's that names its incident so ("In a
    separate incident, a woman was shot", "was wounded in an unrelated shooting":
    `locate/incident_nouns.txt`). (inc44)"""
    new = lex.cue["new_event_words"]
    for child in trigger.children:
        if child.lower_ in new:
            return True
        if child.dep_ == "prep" and any(
            o.dep_ == "pobj"
            and o.lemma_.lower() in lex.cue["incident_nouns"]
            and any(m.lower_ in new for m in o.children)
            for o in child.children
        ):
            return True
    return False


RETELLING_TAGS = frozenset({"NN"})
"""A singular common noun: "the shooting" retells one event, "the shootings" may be several."""
PLURAL_TAGS = frozenset({"NNS"})
NAMING_DEPS = frozenset({"poss", "compound", "nummod", "npadvmod", "appos"})
"""Modifiers that name, count or date an event noun ("Sunday's shooting", "the Elm Street
shooting", "the 2012 attack"): a particular event, which may be another one."""
DATING_ENTS = frozenset({"DATE", "TIME"})


def told_again(lex: EventWords, trigger: Token, plural: bool = False) -> bool:
    """ "the shooting", "that attack": a singular event noun with a definite determiner
    (`locate/retelling_dets.txt`) and nothing that names, counts or dates it, or marks it new,
    points back to the event the article has already told. With `plural`, the same of a plural
    noun ("the shootings", "the killings"): the acts of one incident that harmed several, or a
    tally; which of the two, the article's main incident tells (`coder`, inc55)."""
    if trigger.tag_ not in (PLURAL_TAGS if plural else RETELLING_TAGS):
        return False
    children = list(trigger.children)
    if not any(c.dep_ == "det" and c.lower_ in lex.cue["retelling_dets"] for c in children):
        return False
    if any(c.dep_ in NAMING_DEPS or c.lower_ in lex.cue["new_event_words"] for c in children):
        return False
    return not any(t.ent_type_ in DATING_ENTS and not _an_age(lex, t) for t in trigger.subtree)


def _an_age(lex: EventWords, token: Token) -> bool:
    """`token` is of a date entity that is an age ("the shooting of a 15-year-old boy": the
    parser's DATE; `time/age_adjectives.txt`), which tells who, not when. (inc55)"""
    ages = lex.lexicon.words("time/age_adjectives")
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return ent is not None and any(t.lower_ in ages for t in ent)


def stance_places(lex: EventWords, trigger: Token) -> set[int]:
    """Indices of the tokens of a place phrase fronted on the verb of a stance whose object the
    event is ("In Geneva, the envoy condemned the kidnapping"): where the stance was taken, not
    where the event was (`locate/stance_verbs.txt`). (qa31)"""
    verb = trigger.head
    if trigger.dep_ != "dobj" or verb.lemma_.lower() not in lex.cue["stance_verbs"]:
        return set()
    return {
        t.i
        for child in verb.lefts
        if child.dep_ == "prep" and child.i < trigger.i
        for t in child.subtree
    }


def stance_speaker(lex: EventWords, trigger: Token) -> set[int]:
    """Indices of the tokens of the subject of a stance verb whose object the event is ("the
    Iranian foreign minister condemned the strike"): who took the stance, whose nationality
    word is no place of the event (`locate/stance_verbs.txt`). (qa33)"""
    verb = trigger.head
    if trigger.dep_ != "dobj" or verb.lemma_.lower() not in lex.cue["stance_verbs"]:
        return set()
    return {t.i for child in verb.children if child.dep_ == "nsubj" for t in child.subtree}


def stance_places_of(lex: EventWords, doc: Doc) -> dict[int, frozenset[int]]:
    """The character offsets of the words of every place phrase fronted on a stance verb whose
    object is an event (`stance_places`: "In Paris, the minister denounced the attack"), by
    the start of their sentence: where a stance was taken, which is not where an event another
    sentence tells happened ("Rebels shelled Goma. In Paris, the minister denounced the
    attack": the shelling is not in Paris, nor is Paris the article's place for it). (qa32)"""
    # (only the objects are asked, found in the parse's relation column: no Token made for
    # every word of the article, perf28)
    tokens = doc_tokens(doc)
    found: dict[int, set[int]] = {}
    for i in tokens_labelled(doc, DEP, ("dobj",)):
        token = tokens[i]
        places = stance_places(lex, token)
        if places:
            found.setdefault(token_sent(token).start_char, set()).update(
                tokens[j].idx for j in places
            )
    return {start: frozenset(offsets) for start, offsets in found.items()}


def launch_places(lex: EventWords, trigger: Token, place_starts: Collection[int]) -> set[int]:
    """Indices of the tokens of a phrase that tells where an attack was launched from ("fired
    rockets from Lebanon at the town of Metulla", `locate/launch_preps.txt`) when the trigger
    or its object also tells where it struck, by a named place (`place_starts`: the character
    offsets of the article's places) or a noun of a place ("at the town of ...",
    `clauses/place_nouns.txt`) after a preposition of `locate/target_preps.txt`: the place
    struck is the event's, not the launch point. With no place struck told ("fired rockets from Lebanon"),
    none: the launch point stays the event's place. (qa32)"""
    holders = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    preps = [c for h in holders for c in h.children if c.dep_ == "prep"]
    launch = [p for p in preps if p.lower_ in lex.cue["launch_preps"]]
    struck = [
        o
        for p in preps
        if p.lower_ in lex.cue["target_preps"]
        for o in p.children
        if o.dep_ == "pobj"
    ]
    if not launch or not any(
        o.lemma_.lower() in lex.place_nouns or any(t.idx in place_starts for t in o.subtree)
        for o in struck
    ):
        return set()
    return {t.i for p in launch for t in p.subtree}


def next_sentence(sent: Span) -> Span | None:
    """The sentence after `sent` when it is in the same paragraph."""
    doc = sent.doc
    if sent.end >= len(doc):
        return None
    following = doc[sent.end].sent
    if "\n" in doc_text(doc)[sent.end_char : following.start_char]:
        return None
    return following
