"""Where and when, and which records are one event: helpers of the coder.

Places (`event_place`): the clause's and the sentence's names read together with the gazetteer,
else the article's dateline or main town (`article_place`). Dates: the time
stage's expressions plus explicit calendar dates it missed; a sentence without a date inherits the
last date of its paragraph. A follow-up sentence with no actor of its own folds into the event before.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..annotate.nlp import doc_text
from ..records import DatePrecision, Document, Event, Evidence, Place, TimeExpression
from .dates import absolute_dates, precision_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .gazetteer_places import GazetteerPlaces

GUESSED = 0.4  # the confidence of a place that is only a gazetteer guess (gazetteer_places)


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
        location=_follow_up_place(first, later),
        fatalities_lower_bound=first.fatalities_lower_bound or later.fatalities_lower_bound,
        # the evidence spans every sentence that tells the event
        evidence=Evidence(
            sentence=text[first.evidence.start : later.evidence.end],
            start=first.evidence.start,
            end=later.evidence.end,
        ),
    )


def _told_in(event: Event) -> bool:
    """The event's place is named in its own evidence (not the article's place as a fallback)."""
    place = event.location
    return place is not None and event.evidence.start <= place.start < event.evidence.end


def _follow_up_place(first: Event, later: Event) -> Place | None:
    """A place the follow-up names beats a country the first sentence only implied, or the
    article's place the first sentence fell back on."""
    if later.location is None or not _told_in(later):
        return first.location or later.location
    if first.location is None or first.location.feature == "country" or not _told_in(first):
        return later.location
    return first.location


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
        if (
            span is not None
            and len(span)
            and all(t.ent_type_ == "NORP" for t in span)
            and (p.feature == "country" or p.text.lower() != p.name.lower())
        ):
            # ("Aleppo" tagged as a nationality is still the town)
            continue
        if span is not None and len(span) and p.feature == "country" and _modifier(span):
            continue
        if span is not None and len(span) and p.feature != "country" and _glued(span):
            continue
        kept.append(p)
    return tuple(kept)


def _glued(span: Span) -> bool:
    """A piece of a hyphenated name ("Croix" of "Croix-des-Bouquets"), which the geocoder may
    read as a town of its own; "Hong Kong - Wan Chai", spaced, holds two names."""
    doc = span.doc
    end, start = span.end, span.start
    after = end + 1 < len(doc) and doc[end].text == "-"
    after = after and not span[-1].whitespace_ and not doc[end].whitespace_
    before = start >= 2 and doc[start - 1].text == "-"
    before = before and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_
    return after or before


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


def event_place(
    finder: GazetteerPlaces | None,
    places: Sequence[Place],
    clause: tuple[int, int],
    sent: Span,
    countries: Sequence[str] = (),
    people: Iterable[str] = (),
    fallback: Place | None = None,
) -> Place | None:
    """The event's place: the names of its clause, else its sentence, read together (a town is
    the one in the country its neighbours and its "(Province)" agree on), else `fallback` (the
    article's dateline or main place, `article_place`).

    `places`: the article's named places (`named_places`); `countries`: the actors' countries;
    `people`: names the article uses for people, never places.
    """
    sentence = (sent.start_char, sent.end_char)
    geo = place_in(places, clause) or place_in(places, sentence)
    if finder is None:
        return geo or fallback
    inside = [p for p in places if sentence[0] <= p.start < sentence[1]]
    context = [p for p in places if p not in inside]
    whole = finder.whole(sent.doc, places)
    article = whole[0] if whole else None
    found = finder.place(
        sent, countries, people, places=inside, clause=clause, context=context, article=article
    )
    if found is not None and not (
        geo is not None and geo.feature != "country" and found.feature == "country"
    ):
        geo = found
    if geo is None:
        if whole is not None and (fallback is None or fallback.country != whole[0]):
            # the article's place is missing or disagrees with what its names agree on ("Nord"
            # of Haiti read from "Nord-Kivu"): the best place of the country they agree on,
            # as loosely tied to the event as the article's place
            best = whole[1]
            return replace(best, confidence=min(best.confidence, 0.3)) if best else None
        return fallback
    if (
        fallback is not None
        and not sentence[0] <= fallback.start < sentence[1]
        and _yields(geo, fallback, places)
    ):
        return fallback
    return geo


def _yields(place: Place, fallback: Place, places: Sequence[Place]) -> bool:
    """The article's own town is better than the sentence's place when that place is only a
    gazetteer guess from another country than the article's ("Grand" of "Grand Mesa" read as a
    French town), or a province or country that holds the article's town ("Kentucky State Police
    says ..." in an article on a shooting in White Plains, Kentucky)."""
    if place.feature in {"country", "admin1"} and fallback.feature not in {"country", "admin1"}:
        return place.country == fallback.country and (
            place.feature == "country" or place.admin1 == fallback.admin1
        )
    if fallback.feature == "country":
        # an article that names only countries ("the invasion of Ukraine") gives no place
        # better than the town the sentence names
        return False
    # a name the geocoder also took for a place is no mere guess
    guessed = place.confidence <= GUESSED and not any(
        (p.start, p.end) == (place.start, place.end) for p in places
    )
    return guessed and place.country != fallback.country


def article_place(document: Document, places: Sequence[Place] = ()) -> Place | None:
    """Where the article is, for an event whose sentences name no place: its dateline, else the
    most named town of its most named country (a local report names its town in the lead and
    tells the shooting with street names), else that country; with a lower confidence, since the
    text does not tie the event to it."""
    dateline = dateline_place(document)
    if dateline is not None:
        return dateline
    # a nationality word ("Russian forces") is the geocoder's mention of a country, not a place
    named = [
        p
        for p in (places or document.places)
        if p.country and (p.feature != "country" or p.text.lower() == p.name.lower())
    ]
    if not named:
        return None
    countries = Counter(p.country for p in named)
    country = countries.most_common(1)[0][0]
    own = [p for p in named if p.country == country]
    for level in (("city", "admin2", "landmark"), ("admin1",), ("country",)):
        at = [p for p in own if p.feature in level]
        if at:
            counts = Counter(p.geonameid or p.name for p in at)
            best = max(at, key=lambda p: (counts[p.geonameid or p.name], -p.start))
            return replace(best, confidence=min(best.confidence, 0.3))
    return None
