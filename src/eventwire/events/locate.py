"""Where and when, and which records are one event: helpers of the coder.

Places: the most specific place of the clause, else the sentence, else the dateline. Dates: the time
stage's expressions plus explicit calendar dates it missed; a sentence without a date inherits the
last date of its paragraph. A follow-up sentence with no actor of its own folds into the event before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..annotate.nlp import doc_text
from ..records import DatePrecision, Document, Event, Evidence, Place, TimeExpression
from .dates import absolute_dates, precision_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


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
        # a town told in the follow-up beats a country the first sentence only implied
        location=(
            later.location
            if later.location is not None
            and (first.location is None or first.location.feature == "country")
            else first.location
        ),
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


# Dependencies of a country name that make it a participant rather than a location.
COUNTRY_AS_ACTOR = {"nsubj", "nsubjpass", "dobj", "dative", "appos", "poss"}


def named_places(doc: Doc, places: Sequence[Place]) -> tuple[Place, ...]:
    """The places named as places: a nationality word ("Russian forces", "Iraqi police") is the
    geocoder's mention of a country, but it tells who acted, not where; so does a country name
    that modifies a noun ("US soldiers", "the US embassy", "US-led coalition")."""
    kept = []
    for p in places:
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is not None and len(span) and all(t.ent_type_ == "NORP" for t in span):
            continue
        if span is not None and len(span) and p.feature == "country" and _modifier(span):
            continue
        kept.append(p)
    return tuple(kept)


def _modifier(span: Span) -> bool:
    """The span acts or only qualifies a noun outside it ("US" in "US troops", "US-led")."""
    root = span.root
    if root.dep_ in COUNTRY_AS_ACTOR:
        # "the United States would close the embassy": the country acts, it is not a place
        return True
    if root.dep_ in {"compound", "amod", "nmod", "poss"} and not (
        span.start <= root.head.i < span.end
    ):
        return root.head.pos_ in {"NOUN", "PROPN"} and root.head.i > root.i
    after = span.end
    return after + 1 < len(span.doc) and span.doc[after].text == "-"


def place_in(places: Sequence[Place], span: tuple[int, int]) -> Place | None:
    """The most specific place in the span: a town whose province is also named there ("Rustaq
    district, Takhar") wins, then the most confident town or district, then a country."""
    inside = [p for p in places if p.start >= span[0] and p.end <= span[1]]
    if not inside:
        return None
    provinces = {p.admin1 for p in inside if p.feature == "admin1" and p.admin1}
    local = [p for p in inside if p.feature != "country"]
    confirmed = [p for p in local if p.feature != "admin1" and p.admin1 in provinces]
    if confirmed:
        return max(confirmed, key=lambda p: p.confidence)
    if local:
        return max(local, key=lambda p: (p.feature != "admin1", p.confidence))
    return inside[0]


def dateline_place(document: Document) -> Place | None:
    """The first place of the first sentence when the text opens with an all-caps dateline."""
    head = document.text.lstrip()[:40]
    word = head.split(" ", 1)[0].strip(",—-:(")
    if len(word) < 3 or not word.isupper() or not document.places:
        return None
    first = min(document.places, key=lambda p: p.start)
    return first if first.start < 60 else None
