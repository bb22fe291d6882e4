"""When, and which records are one event: helpers of the coder.

Dates are the time stage's answer (`annotate.timeline`), places the geocoder's
(`geocode.event_place`). A follow-up sentence with no actor of its own folds into the event before
(its place is the geocoder's call: `geocode.event_place.follow_up_place`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..annotate.nlp import doc_text
from ..annotate.times import headline_line
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


_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*(?=\S)")
"""A blank line and the white space around it, before the next paragraph's first word."""


def one_paragraph(event: Event, text: str) -> Event:
    """The event with its evidence in one paragraph. A follow-up of the next paragraph
    ("Nine more people were wounded.") folds into the event it continues (`adjacent`: spaCy
    leaves the blank line in the sentence before) and completes its count, but the evidence an
    analyst reads runs over no paragraph break: it is the first paragraph's sentences, or
    under a headline the lede's, which tells the event in full (qa30). The coder's rules read
    the whole span before (what a follow-up counted); this is the record's last step."""
    start, end = event.evidence.start, event.evidence.end
    found = _PARAGRAPH_BREAK.search(text, start, end)
    if found is None:
        return event
    if headline_line(text, start):
        start = found.end()
        found = _PARAGRAPH_BREAK.search(text, start, end)
    cut = end if found is None else found.end()
    return replace(event, evidence=Evidence(sentence=text[start:cut], start=start, end=cut))


def adjacent(doc: Doc, end: int, start: int) -> bool:
    """True when only spaces separate two sentences of one paragraph (no event in between).
    (The blank line after a paragraph is in its last sentence: the first sentence of the next
    paragraph counts as adjacent too, and its count completes the event; `one_paragraph`.)"""
    gap = doc_text(doc)[end:start]
    return not gap.strip() and "\n" not in gap


def marked_new(lex: EventWords, trigger: Token) -> bool:
    """ "another attack", "a second bombing": the text says this is a different event."""
    return any(c.lower_ in lex.cue["new_event_words"] for c in trigger.children)


def next_sentence(sent: Span) -> Span | None:
    """The sentence after `sent` when it is in the same paragraph."""
    doc = sent.doc
    if sent.end >= len(doc):
        return None
    following = doc[sent.end].sent
    if "\n" in doc_text(doc)[sent.end_char : following.start_char]:
        return None
    return following
