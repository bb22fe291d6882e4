"""When, and which records are one event: helpers of the coder.

Dates are the time stage's answer (`annotate.timeline`), places the geocoder's
(`geocode.event_place`). A follow-up sentence with no actor of its own folds into the event before
(its place is the geocoder's call: `geocode.event_place.follow_up_place`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..annotate.nlp import doc_text
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
    """ "another attack", "a second bombing": the text says this is a different event."""
    return any(c.lower_ in lex.cue["new_event_words"] for c in trigger.children)


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


def next_sentence(sent: Span) -> Span | None:
    """The sentence after `sent` when it is in the same paragraph."""
    doc = sent.doc
    if sent.end >= len(doc):
        return None
    following = doc[sent.end].sent
    if "\n" in doc_text(doc)[sent.end_char : following.start_char]:
        return None
    return following
