"""When, and which records are one event: helpers of the coder.

Dates: the time stage's expressions plus explicit calendar dates it missed; a sentence without a
date inherits the last date of its paragraph. A follow-up sentence with no actor of its own folds
into the event before (its place is the geocoder's call: `geocode.event_place.follow_up_place`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..annotate.nlp import doc_text
from ..geocode.event_place import follow_up_place
from ..records import DatePrecision, Event, Evidence, TimeExpression
from .dates import absolute_dates, precision_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def with_fallback_dates(times: Sequence[TimeExpression], text: str) -> Sequence[TimeExpression]:
    """The time stage's expressions plus explicit calendar dates it did not cover."""
    extra = [
        t
        for t in absolute_dates(text)
        if not any(t.start < o.end and o.start < t.end for o in times)
    ]
    return tuple(times) + tuple(extra) if extra else times


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


def carried_date(
    times: Sequence[TimeExpression], text: str, before: int, article: bool = False
) -> tuple[str, DatePrecision] | None:
    """The last dated expression earlier in the same paragraph: the narrative's current date.

    With `article`, failing that, the nearest earlier day or week anywhere before (a local report
    dates its incident in the lead, "Saturday night", and tells it in later paragraphs).
    """
    para_start = text.rfind("\n", 0, before) + 1
    for t in sorted(times, key=lambda t: -t.start):
        if t.end > before or t.type not in {"DATE", "TIME"} or not t.value:
            continue
        value = t.value.split("T", 1)[0]
        precision = precision_of(value)
        if t.start >= para_start and precision != "unknown":
            return value, precision
        if article and t.start < para_start and precision in {"day", "week"}:
            return value, precision
    return None


def adjacent(doc: Doc, end: int, start: int) -> bool:
    """True when only spaces separate two sentences of one paragraph (no event in between)."""
    gap = doc_text(doc)[end:start]
    return not gap.strip() and "\n" not in gap


def marked_new(trigger: Token) -> bool:
    """ "another attack", "a second bombing": the text says this is a different event."""
    return any(
        c.lower_ in {"another", "second", "third", "new", "separate"} for c in trigger.children
    )
