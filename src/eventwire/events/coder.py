"""The events stage: every political or conflict event an annotated article reports.

Rule- and lexicon-based over the dependency parse. A trigger (verb, phrasal verb or event noun from
`triggers.py`, chosen in `candidates.py`) gives the PLOVER type and mode; the clause's structure
gives the actors (subject, passive agent, "by" phrase) and recipients (object, passive subject,
"against"/"on"/"at" phrases); `acled.py` maps the event to ACLED's types; date, place, casualties
and modality come from the trigger's clause. Events of one type in one sentence are one record,
and a follow-up sentence that adds no new actor ("Two soldiers were killed.") folds into the event
before it.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..annotate.nlp import doc_text
from ..records import (
    Actor,
    Document,
    Event,
    Evidence,
    Modality,
    Place,
    TimeExpression,
)
from .acled import acled_type
from .actors import ActorResolver
from .candidates import CandidateFinder, trigger_depth
from .casualties import fatalities, injuries
from .clauses import grievance_tokens, takes_territory
from .consolidate import article_counts, merge_mentions
from .dates import Timeline, event_date
from .gazetteer_places import GazetteerPlaces
from .locate import (
    adjacent,
    article_place,
    carried_date,
    event_place,
    marked_new,
    merge,
    named_places,
    place_in,
    with_fallback_dates,
)
from .modality import modality_of
from .roles import Candidate as _Candidate
from .triggers import Trigger, load_cameo_verbs

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

COUNTED_TYPES = {"ASSAULT", "PROTEST", "COERCE"}
# Names whose words are no cue to how an event went: a date's month ("7 March") is no march, nor
# "May" a modal; the "Essakane Mine" no landmine.
NOT_CUES = {"DATE", "TIME", "FAC", "GPE", "LOC", "PERSON"}
# Events that may be a demonstration (a demand made by demonstrators is one).
DEMO_TYPES = {"PROTEST", "REQUEST", "ACCUSE", "REJECT"}
VIOLENT_DEMO = "Violent demonstration"
# The ACLED families, most specific first: which event of a sentence is the "main" one.
ACLED_RANK = {
    "Battles": 0,
    "Explosions/Remote violence": 0,
    "Violence against civilians": 1,
    "Riots": 2,
    "Protests": 2,
    "Strategic developments": 4,
}


@lru_cache(maxsize=1)
def _cameo() -> tuple[dict[str, Trigger], dict[tuple[str, str], Trigger]]:
    """The derived CAMEO verb lexicon, loaded once per process."""
    return load_cameo_verbs()


@lru_cache(maxsize=2)
def _gazetteer_places(path: Path) -> GazetteerPlaces | None:
    """The gazetteer index the geocoder built, opened read-only once per process; None when it
    has not been built (the coder never builds it: that is the geocode stage's setup)."""
    from ..geocode.gazetteer import Gazetteer

    return GazetteerPlaces(Gazetteer(path)) if path.exists() else None


@lru_cache(maxsize=1)
def _resolver() -> ActorResolver:
    """The dictionaries, loaded once per process and shared by every coder."""
    return ActorResolver()


class EventCoder(CandidateFinder):
    """Codes events from a parsed article; `setup()` loads the dictionaries once per worker."""

    def __init__(self, cache_dir: Path | None = None) -> None:
        """`cache_dir`: where the geocoder keeps its gazetteer index (default: the settings')."""
        self.cache_dir = cache_dir
        self.places: GazetteerPlaces | None = None
        self.resolver: ActorResolver | None = None
        self.cameo_verbs: dict[str, Trigger] = {}
        self.cameo_patterns: dict[tuple[str, str], Trigger] = {}

    def setup(self) -> None:
        """Load the actor dictionaries and the CAMEO verb lexicon (shared within the process)."""
        self.resolver = _resolver()
        self.cameo_verbs, self.cameo_patterns = _cameo()
        if self.cache_dir is None:
            from ..settings import Settings

            self.cache_dir = Settings().cache_dir
        from ..geocode.gazetteer import GAZETTEER_FILE

        self.places = _gazetteer_places(Path(self.cache_dir) / GAZETTEER_FILE)

    # --- public -------------------------------------------------------------------------------
    def code(self, doc: Doc, document: Document) -> tuple[Event, ...]:
        """Every event in the article, in text order, one record per reported event."""
        if self.resolver is None:
            self.setup()
        times = with_fallback_dates(document.times, document.text)
        timeline = Timeline(times)
        context = self.context_country(doc, document)
        places = named_places(doc, document.places)
        dateline = article_place(document, places)
        # country names that act or qualify ("US troops"): where the event is only as a last resort
        qualifiers = tuple(
            p
            for p in document.places
            if p.feature == "country"
            and p not in places
            and document.text[p.end : p.end + 1] != "-"
        )
        people = person_names(doc)
        events: list[Event] = []
        fresh: set[str] = set()
        previous: Event | None = None
        previous_at = -1  # its index in `events`
        chain_end = -1  # end of the last sentence that belongs to `previous`
        for sent in doc.sents:
            cands = self._sentence_events(sent, context)
            follows = previous is not None and adjacent(doc, chain_end, sent.start_char)
            if not cands:
                if follows and previous is not None and previous.type in COUNTED_TYPES:
                    extra = _casualty_event(previous, sent)
                    if extra is not None:
                        merged = merge(previous, extra, document.text)
                        events[previous_at] = merged
                        previous = merged
                        chain_end = sent.end_char
                continue
            for cand in cands:
                event = self._build(
                    cand, sent, document, timeline, places, dateline, people, qualifiers
                )
                if (
                    previous is not None
                    and follows
                    and previous.type == event.type
                    and not event.actor
                    and not marked_new(cand.trigger)
                    and (event.date_precision == "unknown" or event.date == previous.date)
                ):
                    merged = merge(previous, event, document.text)
                    events[previous_at] = merged
                    previous = merged
                    continue
                events.append(event)
                if marked_new(cand.trigger):
                    fresh.add(event.id)
                previous, previous_at = event, len(events) - 1
            chain_end = sent.end_char
        events = _violent_demonstrations(events)
        return article_counts(merge_mentions(events, fresh), COUNTED_TYPES)

    def _build(
        self,
        cand: _Candidate,
        sent: Span,
        document: Document,
        timeline: Timeline,
        places: Sequence[Place],
        dateline: Place | None,
        people: frozenset[str] = frozenset(),
        qualifiers: Sequence[Place] = (),
    ) -> Event:
        trig = cand.trigger
        clause_root = trig.head if trig.pos_ != "VERB" and trig.head.pos_ == "VERB" else trig
        clause = _span(clause_root)
        sentence = (sent.start_char, sent.end_char)
        times = timeline.near(*sentence)
        date, precision = event_date(
            times,
            _date_clause(trig, clause, times),
            sentence,
            document.published,
            text=document.text,
        )
        if precision == "unknown":
            date, precision = carried_date(
                timeline.times,
                document.text,
                sent.start_char,
                article=cand.type in COUNTED_TYPES,
                timeline=timeline,
            ) or (
                date,
                precision,
            )
        # clause, else sentence, names read together with the gazetteer, else the article's place
        location = event_place(
            self.places,
            places,
            clause,
            sent,
            [a.country for a in cand.actors if a.country],
            people,
            fallback=dateline,
        )
        settled = location  # a place the text gives as one: actors may be localised to it
        if location is None:
            named = {p.country for p in qualifiers if sentence[0] <= p.start < sentence[1]}
            if len(named) == 1:
                location = place_in(qualifiers, sentence)
        modality: Modality = "asserted" if cand.stated else modality_of(trig)
        # a date's month ("7 March") is no march, nor "May" a modal
        # what a demonstration is about is no part of how it went
        demo = cand.type in DEMO_TYPES
        skip = grievance_tokens(sent, trig) if demo else set()
        kept = [t for t in sent if t.i not in skip]
        words = {t.lower_ for t in kept if t.ent_type_ not in NOT_CUES}
        context_text = " ".join(t.text for t in kept)
        if demo or cand.type == "COERCE":
            # how a demonstration went is often told in the next sentence of the paragraph
            following = _next_sentence(sent)
            if following is not None:
                skip = grievance_tokens(following, None) if demo else set()
                kept = [t for t in following if t.i not in skip]
                words |= {t.lower_ for t in kept if t.ent_type_ not in NOT_CUES}
                context_text += " " + " ".join(t.text for t in kept)
        actors, recips = _localised(tuple(cand.actors), settled), tuple(cand.recipients)
        acled, sub = acled_type(
            cand.type,
            cand.mode,
            words,
            actors,
            recips,
            context_text,
            territory=takes_territory(trig),
            where=location.country if location else None,
        )
        dead: int | None = None
        hurt: int | None = None
        lower_bound = False
        if cand.type in {"ASSAULT", "PROTEST", "COERCE"}:
            dead_count = fatalities(sent)
            dead, lower_bound = dead_count.value, dead_count.lower_bound
            hurt_count = injuries(sent)
            hurt = hurt_count.value
        confidence = 0.45 + (0.15 if cand.verbal else 0.05) + (0.15 if actors else 0.0)
        confidence += 0.1 if recips else 0.0
        if modality != "asserted":
            confidence -= 0.2
        confidence -= 0.03 * min(trigger_depth(trig), 5)
        ident = hashlib.sha1(f"{document.id}|{sent.start_char}|{cand.type}".encode()).hexdigest()[
            :16
        ]
        return Event(
            id=ident,
            type=cand.type,
            mode=cand.mode,
            acled_event_type=acled,
            acled_sub_event_type=sub,
            actor=actors,
            recipient=recips,
            date=date,
            date_precision=precision,
            location=location,
            fatalities=dead,
            injuries=hurt,
            modality=modality,
            evidence=Evidence(sentence=sent.text, start=sent.start_char, end=sent.end_char),
            confidence=round(min(confidence, 0.95), 2),
            fatalities_lower_bound=lower_bound,
        )

    def context_country(self, doc: Doc, document: Document) -> str | None:
        """The article's main country: the one its names agree on, read together with the
        gazetteer (a province in brackets settles an ambiguous town), else most places, else
        most country names mentioned."""
        if self.places is not None:
            agreed = self.places.country(doc, named_places(doc, document.places))
            if agreed is not None:
                return agreed
        counts = Counter(p.country for p in document.places if p.country)
        if counts:
            return counts.most_common(1)[0][0]
        assert self.resolver is not None
        for ent in doc.ents:
            if ent.label_ in {"GPE", "NORP", "LOC"}:
                entry = self.resolver.lookup(ent.text.lower())
                if entry is not None and entry.country:
                    counts[entry.country] += 1
        return counts.most_common(1)[0][0] if counts else None


def main_event(events: Sequence[Event]) -> Event | None:
    """The main event of a short report (an ACLED note): the first sentence with an ACLED-typed
    asserted event, and in it the most violent family (battle/explosion > civilians > riot >
    protest > strategic)."""
    typed = [e for e in events if e.acled_event_type]
    if not typed:
        return None
    first = min(e.evidence.start for e in typed)
    same = [e for e in typed if e.evidence.start == first]
    demos = [e for e in same if e.type == "PROTEST" or e.acled_sub_event_type == VIOLENT_DEMO]
    demos = demos or [e for e in same if e.acled_event_type in {"Protests", "Riots"}]
    if demos:
        # a demonstration sentence that mentions violence is about the demonstration; the
        # violence is its grievance or is coded in the sub-event type
        same = demos
    return min(same, key=lambda e: (ACLED_RANK.get(e.acled_event_type or "", 9), -e.confidence))


def _violent_demonstrations(events: list[Event]) -> list[Event]:
    """A demonstration whose sentence tells how its own crowd beat, stoned or burned ("staged a
    rally and beat a reporter") is a violent demonstration (ACLED)."""
    rioting = {
        (e.evidence.start, a.text)
        for e in events
        if e.type == "ASSAULT" and e.acled_event_type == "Riots" and e.mode is not None
        for a in e.actor
    }
    return [
        replace(e, acled_event_type="Riots", acled_sub_event_type=VIOLENT_DEMO)
        if e.type == "PROTEST"
        and e.acled_event_type == "Protests"
        and any((e.evidence.start, a.text) in rioting for a in e.actor)
        else e
        for e in events
    ]


def person_names(doc: Doc) -> frozenset[str]:
    """Names the article uses for people ("Mike Pompeo", and "Pompeo" alone): never a place
    elsewhere in it, even where the parser did not see the person."""
    names: set[str] = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            names.add(ent.text.lower())
            if len(ent) > 1:
                names.add(ent[-1].lower_)
    return frozenset(names)


def _next_sentence(sent: Span) -> Span | None:
    """The sentence after `sent` when it is in the same paragraph."""
    doc = sent.doc
    if sent.end >= len(doc):
        return None
    following = doc[sent.end].sent
    if "\n" in doc_text(doc)[sent.end_char : following.start_char]:
        return None
    return following


def _casualty_event(previous: Event, sent: Span) -> Event | None:
    """A sentence with no event of its own that counts the dead or hurt of the one before."""
    dead = fatalities(sent)
    hurt = injuries(sent).value
    if dead.value is None and hurt is None:
        return None
    evidence = Evidence(sentence=sent.text, start=sent.start_char, end=sent.end_char)
    return replace(
        previous,
        evidence=evidence,
        fatalities=dead.value,
        injuries=hurt,
        actor=(),
        recipient=(),
        fatalities_lower_bound=dead.lower_bound,
    )


def _localised(actors: tuple[Actor, ...], location: Place | None) -> tuple[Actor, ...]:
    """Actors with no nationality of their own ("hundreds of people", "students", an unknown
    local group) are presumed to belong where the event happens (ACLED's "Protesters (Kenya)")."""
    if location is None or not location.country:
        return actors
    return tuple(replace(a, country=location.country) if a.country is None else a for a in actors)


def _date_clause(
    trigger: Token, clause: tuple[int, int], times: Sequence[TimeExpression]
) -> tuple[int, int]:
    """Where the event's date is read. A noun trigger whose own phrase tells no date ("died of a
    gunshot wound last Saturday") reads its nearest verb's clause: else the sentence's first
    date, perhaps another day's, would be taken. A phrase with its own date ("the shooting that
    took place Friday") keeps it."""
    if trigger.pos_ == "VERB" or any(clause[0] <= t.start < clause[1] for t in times):
        return clause
    node = trigger
    for _ in range(4):
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return _span(node)
    return clause


def _span(root: Token) -> tuple[int, int]:
    """The characters of `root`'s subtree."""
    return root.left_edge.idx, root.right_edge.idx + len(root.right_edge)
