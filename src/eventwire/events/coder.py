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
from typing import TYPE_CHECKING, cast

from ..annotate.nlp import doc_ents, doc_sents, doc_text, span_text, span_tokens, token_words
from ..annotate.timeline import Timeline
from ..geocode.place_words import PlaceWords
from ..geocode.sentence_places import held_abroad
from ..lang import Lexicon
from ..records import (
    AcledEventType,
    AcledSubEventType,
    Actor,
    Document,
    Event,
    Evidence,
    Modality,
    Place,
    PloverMode,
    PloverType,
    TimeExpression,
)
from .acled import acled_type, note_label
from .actors import (
    DOMESTIC_SECTORS,
    ActorResolver,
    home_people,
    posted_envoys,
    unnamed_attackers,
)
from .arbitrate import (
    acled_decision,
    doubted,
    learned_types,
    rank_by_type,
    reported,
    retype_weak,
)
from .article_level import (
    assess,
    before_main,
    cared_apart,
    counts_over_period,
    fold_into_main,
    harmed_several,
    incident_day,
    mark_main,
    other_incidents,
    under_old_date,
)
from .candidates import CandidateFinder, charged_act, decided_measure, trigger_depth
from .casualties import Count, death_told, fatalities, grave_outcome, names_people, self_killing
from .clauses import grievance_tokens, takes_territory
from .consolidate import article_counts, merge_mentions, names_hurt
from .injuries import (
    added_hurt,
    harmed_victims,
    hit_in_limb,
    injuries,
    marked_other,
    ordinal_added,
    partitive_death,
    partitive_hurt,
    shot_victims,
    taken_to_hospital,
    whole_group_died,
)
from .learned import LearnedModels, load_models
from .locate import (
    adjacent,
    launch_places,
    marked_new,
    merge,
    next_sentence,
    stance_places,
    stance_places_of,
    stance_speaker,
    told_again,
)
from .misreadings import device_as_doer, lecture_given
from .modality import (
    capability,
    claimed,
    intended,
    modality_of,
    narrated_article,
    opinion,
    overshadowed,
    preceded,
    prospect,
    questioned,
    recalled,
    retold,
    stance,
    told_in_past,
)
from .not_news import not_the_news
from .ranking import outranked
from .roles import Candidate as _Candidate
from .standing import described, long_before, standing, stated_resolve
from .triggers import load_cameo_verbs
from .words import EventWords, Trigger, event_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..geocode.event_place import ArticlePlaces
    from ..geocode.resolver import Geocoder

COUNTED_TYPES = {"ASSAULT", "PROTEST", "COERCE"}
# Names whose words are no cue to how an event went: a date's month ("7 March") is no march, nor
# "May" a modal; the "Essakane Mine" no landmine.
NOT_CUES = {"DATE", "TIME", "FAC", "GPE", "LOC", "PERSON"}
# Events that may be a demonstration (a demand made by demonstrators is one).
DEMO_TYPES = {"PROTEST", "REQUEST", "ACCUSE", "REJECT"}
VIOLENT_DEMO: AcledSubEventType = "Violent demonstration"
# The ACLED families, most specific first: which event of a sentence is the "main" one.
ACLED_RANK = {
    "Battles": 0,
    "Explosions/Remote violence": 0,
    "Violence against civilians": 1,
    "Riots": 2,
    "Protests": 2,
    "Strategic developments": 4,
}


@lru_cache(maxsize=2)
def _cameo(lex: EventWords) -> tuple[dict[str, Trigger], dict[tuple[str, str], Trigger]]:
    """The derived CAMEO verb lexicon, loaded once per process."""
    return load_cameo_verbs(lex)


@lru_cache(maxsize=2)
def _resolver(lex: EventWords) -> ActorResolver:
    """The dictionaries, loaded once per process and shared by every coder."""
    return ActorResolver(lex)


class EventCoder(CandidateFinder):
    """Codes events from a parsed article; `setup()` loads the dictionaries once per worker."""

    def __init__(
        self,
        cache_dir: Path | None = None,
        *,
        geocoder: Geocoder | None = None,
        learned: bool = True,
        lexicon: Lexicon | None = None,
    ) -> None:
        """`geocoder`: the geocode stage's, which says where each event happened; without one,
        a geocoder over the gazetteer in `cache_dir` (default: the settings'); `learned`: let
        the trained models decide where they were measured to (`arbitrate.py`); `lexicon`: the
        language's words (default: English's)."""
        self.lexicon = lexicon
        self.cache_dir = cache_dir
        self.geocoder = geocoder
        self.use_learned = learned
        self.learned: LearnedModels | None = None
        self.resolver: ActorResolver | None = None
        self.cameo_verbs: dict[str, Trigger] = {}
        self.cameo_patterns: dict[tuple[str, str], Trigger] = {}

    def setup(self) -> None:
        """Load the event words, the actor dictionaries and the CAMEO verb lexicon (shared
        within the process)."""
        self.lex = event_words(self.lexicon)
        self.resolver = _resolver(self.lex)
        self.cameo_verbs, self.cameo_patterns = _cameo(self.lex)
        self.learned = load_models() if self.use_learned else None
        if self.geocoder is None:
            from ..geocode.resolver import Geocoder
            from ..settings import Settings

            self.geocoder = Geocoder(self.cache_dir or Settings().cache_dir)
        self.geocoder.setup()

    # --- public -------------------------------------------------------------------------------
    def code(self, doc: Doc, document: Document) -> tuple[Event, ...]:
        """Every event in the article, in text order, one record per reported event."""
        if self.resolver is None:
            self.setup()
        lex = self.lex
        timeline = Timeline(document.times, document.text, document.published)
        where = self._article_places(doc, document)
        assert self.resolver is not None
        # (a word of a group's name is no place: before the article's country is read)
        # (the whole text read at once: a parse may split a name over two sentences)
        where.hear_groups(doc[i].idx for i in self.resolver.group_names(doc[:]))
        context = self.context_country(doc, document, where)
        events: list[Event] = []
        fresh: set[str] = set()
        several: set[str] = set()
        retold: set[str] = set()
        retold_acts: set[str] = set()
        previous: Event | None = None
        previous_at = -1  # its index in `events`
        chain_end = -1  # end of the last sentence that belongs to `previous`
        found = [(sent, self._sentence_events(sent, context)) for sent in doc_sents(doc)]
        if self.learned is not None:
            found = list(
                zip((s for s, _ in found), reported(lex, self.learned, found), strict=True)
            )
        # (the context country is the one actors without a country word were given: no news;
        # a place name read as a target, "towards Cadiz", would vote for its own reading)
        named = {p.text.lower() for p in document.places}
        where.hear_actors(
            a.country
            for _, cands in found
            for cand in cands
            for a in (*cand.actors, *cand.recipients)
            if a.country and a.country != context and a.text.lower() not in named
        )
        where.hear_stances(stance_places_of(lex, doc))
        assault_at = -1  # the last asserted ASSAULT in `events`
        for sent, cands in found:
            follows = previous is not None and adjacent(doc, chain_end, sent.start_char)
            if not cands:
                host_at = previous_at
                if (
                    previous is not None
                    and previous.type != "ASSAULT"
                    and previous.modality != "asserted"
                    and assault_at >= 0
                ):
                    # "No arrests have been made. A second man was hurt.": an arrest not made
                    # counts no one; the count is of the shooting told before it
                    host_at = assault_at
                host = events[host_at] if host_at >= 0 else None
                if follows and host is not None and host.type in COUNTED_TYPES:
                    extra = _casualty_event(lex, host, sent)
                    if extra is not None and host is not previous:
                        # only the hurt: a death told past the arrest may be any death
                        # ("... may have meant to kill a porter")
                        extra = replace(extra, fatalities=None) if extra.injuries else None
                    if extra is not None:
                        merged = _added(lex, sent, host, extra, document.text)
                        events[host_at] = merged
                        if host is previous:
                            previous = merged
                    # a sentence that tells nothing new ("She was flown to a trauma centre.")
                    # keeps the paragraph on the same event: a count after it is still its own
                    chain_end = sent.end_char
                continue
            if (
                follows
                and previous is not None
                and previous.type in COUNTED_TYPES
                and not any(c.type in COUNTED_TYPES for c in cands)
            ):
                # "The woman was treated and released.": an event of another kind whose
                # sentence still counts the hurt of the one before
                extra = _casualty_event(lex, previous, sent)
                if extra is not None:
                    previous = _added(lex, sent, previous, extra, document.text)
                    events[previous_at] = previous
            built = [self._build(cand, sent, document, timeline, where) for cand in cands]
            for n, governor in outranked(lex, [(c.trigger, c.type, c.mode) for c in cands]).items():
                # an act told as the ground of another, or as what it alleges (plover42)
                cap = round(built[governor].confidence - 0.01, 2)
                if built[n].confidence > cap:
                    built[n] = replace(built[n], confidence=cap)
            for cand, event in zip(cands, built, strict=True):
                if (
                    previous is not None
                    and follows
                    and previous.type == event.type
                    and not event.actor
                    and not marked_new(lex, cand.trigger)
                    and (event.date_precision == "unknown" or event.date == previous.date)
                ):
                    merged = _added(lex, sent, previous, event, document.text)
                    events[previous_at] = merged
                    previous = merged
                    continue
                events.append(event)
                if event.type == "ASSAULT" and event.modality == "asserted":
                    assault_at = len(events) - 1
                if marked_new(lex, cand.trigger):
                    fresh.add(event.id)
                if cand.trigger.tag_ in {"NNS", "NNPS"}:
                    several.add(event.id)  # "attacks", "shootings": more than one incident
                    if told_again(lex, cand.trigger, plural=True):
                        retold_acts.add(event.id)  # "the shootings": told before, or a tally
                elif told_again(lex, cand.trigger):
                    retold.add(event.id)  # "the shooting": the incident told before
                previous, previous_at = event, len(events) - 1
            chain_end = sent.end_char
        events = _violent_demonstrations(events)
        if self.learned is not None and not events and self.learned.fallback_setting:
            # the rules read no event in the whole article: the models may (`learned_types`);
            # an article with one of the rules' is left as they read it
            events = self._learned_events(found, document, timeline, where, context)
        events = self._labelled_event(found, events, document, timeline, where, context)
        if self.learned is not None:
            events = rank_by_type(self.learned, events)
            events = doubted(self.learned, retype_weak(self.learned, events))
        events = _retold_by_narrator(lex, doc, events)
        events = assess(events, document.published, lex.lexicon, [t.value for t in document.times])
        counted = article_counts(lex, merge_mentions(events, fresh), COUNTED_TYPES)
        folded = incident_day(
            fold_into_main(
                before_main(
                    mark_main(counted, document.text, document.published), document.published
                ),
                fresh | several,
                _several_shot(lex, doc, counted),
                {e.id for e in counted if e.injuries and not names_hurt(lex, e.evidence.sentence)}
                if not _dead_by_own_hand(lex, doc, counted)
                else (),
            ),
            document.published,
            fresh | several,
            [(t.start, t.value) for t in document.times if t.value],
        )
        # once the incident's day is known, its other accounts of that day fold too; "the
        # shootings" after an incident that harmed several tells its acts again (inc55)
        again = retold_acts if harmed_several(folded) else set()
        folded = fold_into_main(
            folded,
            fresh | (several - again),
            settled=True,
            retold=retold | again,
            people_words=_people_words(doc),
            article_places=document.places,
        )
        told = _shot_and_lived(lex, doc, folded, other_incidents(folded, fresh | several))
        assert self.resolver is not None
        titled = self.resolver.headline_state(
            self.resolver.titled(self.resolver.surnamed(doc, told, context), context),
            document.text,
            context,
        )
        return unnamed_attackers(
            home_people(
                titled,
                context,
                self.resolver.unnamed_names,
                self.resolver.backed_by([a for e in titled for a in e.actor], context),
            ),
            lex.unnamed_actors["attackers"],
        )

    def _labelled_event(
        self,
        found: list[tuple[Span, list[_Candidate]]],
        events: list[Event],
        document: Document,
        timeline: Timeline,
        where: ArticlePlaces,
        context: str | None,
    ) -> list[Event]:
        """A conflict note that opens with a label naming its event's kind ("Movement of forces:
        On 3 May ...", `acled.note_label`) and in whose first sentence the rules read no event:
        one event of the label's kind, its actors and recipients the rules' role reading of the
        sentence's main verb. The label says an event is told, whatever the words. (acled18)"""
        if not found:
            return events
        sent = found[0][0]
        label = note_label(self.lex, span_text(sent))
        if label is None or label.plover is None:
            return events
        if any(
            e.evidence.start < sent.end_char and e.evidence.end > sent.start_char for e in events
        ):
            return events
        root = sent.root
        cand = _Candidate(trigger=root, type=cast(PloverType, label.plover), mode=None)
        if root.pos_ in {"VERB", "AUX"}:
            self._verb_roles(root, cand, context)
        return [self._build(cand, sent, document, timeline, where), *events]

    def _learned_events(
        self,
        found: list[tuple[Span, list[_Candidate]]],
        document: Document,
        timeline: Timeline,
        where: ArticlePlaces,
        context: str | None,
    ) -> list[Event]:
        """The events the models read in an article where the rules read none
        (`arbitrate.learned_types`): of the model's type, its actors and recipients the rules'
        role reading of the sentence's main verb, with no ACLED type (no ACLED figure moves),
        marked `learned`, its confidence the models' P(event) × P(type | event)."""
        assert self.learned is not None
        sents = [sent for sent, cands in found if not cands]
        kinds = learned_types(self.learned, [span_text(s) for s in sents])
        out: list[Event] = []
        for sent, reading in zip(sents, kinds, strict=True):
            if reading is None:
                continue
            kind, probability = reading
            root = sent.root
            if kind in self.lex.cue["verbal_types"] and device_as_doer(root, self.lex.lexicon):
                continue  # "a sensor warned residents": a device's doing, as for the rules (fix50e)
            if kind == "CONSULT" and lecture_given(self.lex, root):
                continue  # "gave talks at three universities": lectures, as for the rules (fix51p)
            cand = _Candidate(trigger=root, type=kind, mode=None)
            if root.pos_ in {"VERB", "AUX"}:
                self._verb_roles(root, cand, context)
            event = self._build(cand, sent, document, timeline, where)
            # (a conflict note's label names its kind: `_labelled_event`)
            labelled = note_label(self.lex, span_text(sent)) is not None
            out.append(
                replace(
                    event,
                    acled_event_type=event.acled_event_type if labelled else None,
                    acled_sub_event_type=event.acled_sub_event_type if labelled else None,
                    learned=True,
                    confidence=round(probability, 2),
                )
            )
        return out

    def _build(
        self,
        cand: _Candidate,
        sent: Span,
        document: Document,
        timeline: Timeline,
        where: ArticlePlaces,
    ) -> Event:
        lex = self.lex
        trig = cand.trigger
        clause_root = trig.head if trig.pos_ != "VERB" and trig.head.pos_ == "VERB" else trig
        clause = _span(clause_root)
        sentence = (sent.start_char, sent.end_char)
        when = timeline.when(
            _date_clause(trig, clause, timeline),
            sentence,
            narrative=cand.type in COUNTED_TYPES,
            aside=_years_of_other_events(lex.lexicon, trig, sent, timeline.times),
        )
        date, precision = when.value, when.precision
        # where it happened is the geocoder's answer
        demo = cand.type in DEMO_TYPES
        # what a demonstration is about is no part of where or how it went
        skip = grievance_tokens(lex, sent, trig) if demo else set()
        # where a stance on the event was taken, where an attack was launched from: not where
        # the event was, even as the article's place
        other = (
            stance_places(lex, trig)
            | stance_speaker(lex, trig)
            | launch_places(lex, trig, where.place_starts)
        )
        skip |= other
        aside = frozenset(sent.doc[i].idx for i in skip)
        located = where.event_place(
            clause,
            sent,
            [a.country for a in cand.actors if a.country],
            aside,
            frozenset(sent.doc[i].idx for i in other),
        )
        location = located.place
        settled = location if located.stated else None  # actors may be localised to it
        modality: Modality = "asserted" if cand.stated else modality_of(lex, trig)
        decision = decided_measure(lex, cand) if modality == "future" else None
        if decision is not None:
            # "the EU decided to freeze the assets": a measure decided is taken (prec52)
            modality = modality_of(lex, decision)
        if modality == "asserted" and (cand.doubted or stance(lex.lexicon, trig, cand.type)):
            # a crowd's gathering with no sign of a protest; "I reject ...": a stance
            modality = "uncertain"
        if modality == "asserted" and not cand.stated and retold(lex, trig, cand.type):
            # "testified about a meeting in March", "refused to give me ...": told again
            modality = "background"
        elif modality == "asserted" and not cand.stated and claimed(lex, trig, cand.type):
            # "she has refused to act," the critic said: a claim
            modality = "uncertain"
        modality = _told_how(lex, trig, cand.type, modality, cand.stated)
        if (
            modality == "asserted"
            and precision == "unknown"
            and not cand.stated
            and not timeline.tells_time(*sentence)
            and told_in_past(lex.lexicon, trig, cand.type)
            and under_old_date(
                document.published,
                ((t.start, t.value) for t in timeline.backwards_from(sentence[0])),
                sentence[0],
                document.text,
                lex.lexicon,
            )
        ):
            # undated, in the frame of a year told before it: history (prec23)
            modality = "background"
        if (
            modality == "asserted"
            and not cand.stated
            and long_before(lex.lexicon, trig, date, precision, document.published)
        ):
            modality = "background"  # told in the past perfect, dated weeks before (prec29)
        # a date's month ("7 March") is no march, nor "May" a modal
        kept = [t for t in span_tokens(sent) if t.i not in skip]
        lowers = token_words(sent.doc)[2]  # (each word's `lower_`, read once per parse)
        words = {lowers[t.i] for t in kept if t.ent_type_ not in NOT_CUES}
        context_text = " ".join(t.text for t in kept)
        if demo or cand.type == "COERCE":
            # how a demonstration went is often told in the next sentence of the paragraph
            following = next_sentence(sent)
            if following is not None:
                skip = grievance_tokens(lex, following, None) if demo else set()
                kept = [t for t in span_tokens(following) if t.i not in skip]
                words |= {lowers[t.i] for t in kept if t.ent_type_ not in NOT_CUES}
                context_text += " " + " ".join(t.text for t in kept)
        officials = self._fronted_officials(cand.actors, clause_root, settled)
        envoys = lex.cue["diplomat_heads"]
        assert self.resolver is not None
        posted = (
            posted_envoys(lex, sent)
            | self.resolver.stateless_bodies(officials)
            | self.resolver.backed_by(officials, settled.country)
            if settled is not None and any(a.country is None for a in officials)
            else frozenset()
        )
        actors, recips = _localised(officials, settled, envoys, posted), tuple(cand.recipients)
        acled, sub = acled_type(
            lex,
            cand.type,
            cand.mode,
            words,
            actors,
            recips,
            context_text,
            territory=takes_territory(lex, trig),
            where=location.country if location else None,
        )
        if self.learned is not None:
            acled, sub = acled_decision(self.learned, span_text(sent), (acled, sub))
        # a conflict note's opening label names its event's kind ("Defusal: On ...")
        label = note_label(lex, span_text(sent))
        if label is not None:
            acled, sub = label.acled_event_type, label.acled_sub_event_type
        dead: int | None = None
        hurt: int | None = None
        lower_bound = False
        if cand.type in {"ASSAULT", "PROTEST", "COERCE"}:
            dead_count = fatalities(lex, sent)
            dead, lower_bound = dead_count.value, dead_count.lower_bound
            hurt_count = injuries(lex, sent)
            hurt = hurt_count.value
            if dead is None and whole_group_died(lex, sent):
                # "Three people were shot, and all of them died": the people shot (gvc44)
                dead = shot_victims(lex, sent) or None
                hurt = 0 if dead else hurt
        confidence = 0.45 + (0.15 if cand.verbal else 0.05) + (0.15 if actors else 0.0)
        confidence += 0.1 if recips else 0.0
        if modality != "asserted":
            confidence -= 0.2
        confidence -= 0.03 * min(trigger_depth(trig), 5)
        if cand.type == "ASSAULT" and charged_act(lex, trig):
            # "was arrested and charged with shooting a clerk": the attack is told, but the
            # sentence's own act is the arrest or the charge (its most confident event) (gvc21)
            confidence -= 0.3
        if not actors:
            # the authorities of where a state's act ("was arrested in Iran") was done
            assert self.resolver is not None
            implied = self.resolver.implied_authorities(trig, document.places)
            actors = (implied,) if implied is not None else actors
        ident = hashlib.sha1(f"{document.id}|{sent.start_char}|{cand.type}".encode()).hexdigest()[
            :16
        ]
        return Event(
            id=ident,
            type=cast(PloverType, cand.type),
            # (the optional types named as strings: `X | None` built a typing Union per event)
            mode=cast("PloverMode | None", cand.mode),
            acled_event_type=cast("AcledEventType | None", acled),
            acled_sub_event_type=cast("AcledSubEventType | None", sub),
            actor=actors,
            recipient=recips,
            date=date,
            date_precision=precision,
            location=location,
            fatalities=dead,
            injuries=hurt,
            modality=modality,
            evidence=Evidence(sentence=span_text(sent), start=sent.start_char, end=sent.end_char),
            confidence=round(min(confidence, 0.95), 2),
            fatalities_lower_bound=lower_bound,
        )

    def _fronted_officials(
        self, actors: list[Actor], verb: Token, place: Place | None
    ) -> tuple[Actor, ...]:
        """ "In London, the prime minister condemned the attack": a state's agent told with no
        country word of its own (the article's country was given it) is of the country of the
        place fronted on its verb, where it acts, not of the article's. (qa32)"""
        if place is None or not place.country or self.resolver is None:
            return tuple(actors)
        fronted = any(
            t.idx == place.start
            for child in verb.lefts
            if child.dep_ == "prep"
            for t in child.subtree
        )
        if not fronted:
            return tuple(actors)
        out = []
        for actor in actors:
            if actor.sector in DOMESTIC_SECTORS and actor.country != place.country and actor.text:
                words = actor.text.lower().split()
                bare = self.resolver.resolve_words(words, actor.text)
                if bare is not None and bare.country is None:
                    own = self.resolver.resolve_words(words, actor.text, place.country)
                    actor = own if own is not None else actor
            out.append(actor)
        return tuple(out)

    def _article_places(self, doc: Doc, document: Document) -> ArticlePlaces:
        assert self.geocoder is not None
        return self.geocoder.article_places(doc, document)

    def context_country(
        self, doc: Doc, document: Document, where: ArticlePlaces | None = None
    ) -> str | None:
        """The article's main country: the geocoder's (the one its place names agree on), else
        the one most country names mentioned belong to."""
        if self.resolver is None:
            self.setup()
        found = (where or self._article_places(doc, document)).country()
        if found is not None:
            return found
        counts: Counter[str] = Counter()
        assert self.resolver is not None
        place_words = PlaceWords.from_lexicon(self.lex.lexicon)
        for ent in doc_ents(doc):
            if (
                ent.label_ in {"GPE", "NORP", "LOC"}
                and not self.resolver.born_or_made(ent)
                # ("an Eritrean refugee": a nationality held abroad tells no article's country)
                and not held_abroad(ent, place_words)
            ):
                entry = self.resolver.lookup(ent.text.lower())
                if entry is not None and entry.country:
                    counts[entry.country] += 1
        return counts.most_common(1)[0][0] if counts else None


def _told_how(
    lex: EventWords, trigger: Token, type_: str, modality: Modality, stated: bool
) -> Modality:
    """An asserted event's modality once the clause's frame is read: recalled from before the
    news ("had once accused", "the former minister, who had led the raid") is `background`;
    asked about in a yes/no question ("Would he agree?") `hypothetical`; where someone stands
    ("the senator opposes the bill") `uncertain`."""
    if modality in {"asserted", "future"} and questioned(lex.lexicon, trigger):
        # asked, not told nor promised ("Will the strikers march on the capital?")
        return "hypothetical"
    if modality != "asserted" or stated:
        return modality
    if recalled(lex.lexicon, trigger) or overshadowed(lex.lexicon, trigger):
        return "background"
    if preceded(lex.lexicon, trigger, type_):
        return "background"
    if opinion(lex.lexicon, trigger, type_) or stated_resolve(lex.lexicon, trigger):
        return "uncertain"  # "is committed to closing the camp": a stance (prec55)
    if capability(lex.lexicon, trigger):
        return "hypothetical"  # prec30
    # a forecast warned of, a habit (prec13); advice, a need, a routine, a past title (prec25)
    # a standing commitment, a course, a kind, a lasting state, a backing (prec29)
    return (
        prospect(lex.lexicon, trigger, type_)
        or not_the_news(lex, trigger, type_)
        or standing(lex.lexicon, trigger, type_)
        or described(lex.lexicon, trigger)
        or intended(lex, trigger)
        or modality
    )


def _retold_by_narrator(lex: EventWords, doc: Doc, events: Sequence[Event]) -> list[Event]:
    """The events, each undated asserted one of a verbal or cooperative type
    (`modality/verbal_types.txt`) made `background` when the writer narrates the article in the
    first person (`modality.narrated_article`): a memoir's or a column's retelling, told with no
    day of its own. The article is read only when it has such an event."""
    types = lex.cue["verbal_types"]

    def undated(e: Event) -> bool:
        return e.modality == "asserted" and e.type in types and e.date_precision == "unknown"

    if not any(undated(e) for e in events) or not narrated_article(lex, doc):
        return list(events)
    return [replace(e, modality="background") if undated(e) else e for e in events]


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


def _shot_and_lived(
    lex: EventWords, doc: Doc, events: tuple[Event, ...], elsewhere: Sequence[tuple[int, int]] = ()
) -> tuple[Event, ...]:
    """An article that tells no death anywhere ("A man was shot on Elm Street. He is at a
    clinic."): the people its main assault shot lived, and are its injured (as the Gun Violence
    Archive counts them). Where any death is told, or a wound that may yet kill ("shot in the
    head", "in critical condition"), "shot" alone stays no count; what the article tells of
    other incidents (`elsewhere`: spans of their sentences) is no death of this one."""
    main = next((e for e in events if e.main), None)
    if main is None or main.type != "ASSAULT" or main.fatalities:
        return events
    if main.injuries is not None:
        # "Four people were shot ... the two men had bullet wounds": a later
        # account of some of them is no count of all the people shot, who lived (gvc36)
        # (the lead's own sentence: a body that tells the lead again would count it twice)
        lead = next(
            (s for s in doc_sents(doc) if s.start_char <= main.evidence.start < s.end_char), None
        )
        least = shot_victims(lex, lead) if lead is not None else 0
        if main.injuries == 0 and not least and lead is not None:
            # "A man was stabbed at a party. The other guests were not hurt": a victim of any
            # verb of harm is no one the others' zero takes back (review49)
            least = harmed_victims(lex, lead)
        if main.injuries == 0 and not (least and _nobody_else(lex, doc, main)):
            return events  # "nobody was injured"
        # (a lead that tells people shot, and a later "no one else was hurt": the nobody is
        # others, and the one shot still counts, "A man was shot in the leg. No one else was
        # hurt": 1, gvc41)
        if least <= main.injuries:
            return events
    else:
        least = 0
    text = doc_text(doc)
    for start, end in elsewhere:
        text = text[:start] + " " * (end - start) + text[end:]
    if grave_outcome(lex, text):
        return events
    for sent in doc_sents(doc):
        if not sent.start_char <= main.evidence.start < sent.end_char and counts_over_period(
            lex.lexicon, sent.text, any(t.like_num for t in sent)
        ):
            # "The city has recorded 14 homicides this year": a tally, no death of this one
            text = text[: sent.start_char] + " " * len(sent.text) + text[sent.end_char :]
    if death_told(lex, doc, text):
        return events
    told = doc.char_span(main.evidence.start, main.evidence.end, alignment_mode="expand")
    # (with a figure told, the lead's count: not the body's retelling of it)
    shot = least or (_shot_over(lex, told) if told is not None else 0)
    if not shot and told is not None:
        shot = max(
            (
                taken_to_hospital(lex, s)
                for s in doc_sents(doc)
                if s.start >= told.start and s.end <= told.end
            ),
            default=0,
        )
    if not shot and told is not None:
        # "Three people were stabbed at a bus stop": a group hit by another verb of harm, in an
        # article that tells no death, lived too (gvc43)
        shot = harmed_victims(lex, told[0].sent)
    if not shot or shot <= (main.injuries or 0):
        return events
    return tuple(replace(e, injuries=shot) if e is main else e for e in events)


def _nobody_else(lex: EventWords, doc: Doc, event: Event) -> bool:
    """ "No one else was hurt", "nobody other than the driver": a word of no one with a word
    that makes it other people, in the event's sentences after its first."""
    told = doc.char_span(event.evidence.start, event.evidence.end, alignment_mode="expand")
    if told is None:
        return False
    lead_end = told[0].sent.end
    return any(
        token.i >= lead_end
        and (
            token.lower_ in lex.cue["else_words"]
            and (
                token.head.lower_ in lex.nobody
                or any(c.lower_ in lex.nobody for c in token.head.children)
                or _others_unhurt(token)
            )
            or _kin_unhurt(lex, token)
        )
        for token in told
    )


def _kin_unhurt(lex: EventWords, person: Token) -> bool:
    """ "His wife was not hurt", "her two children were not injured": people told by their tie
    to another (a possessive on a word of people) as the subject of a denied injury word are
    others beside the one shot, a zero of them and not of the victim (gvc44)."""
    verb = person.head
    return (
        person.dep_ in {"nsubj", "nsubjpass"}
        and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in person.children)
        and names_people(lex, person)
        and (verb.lemma_ in lex.injury_verbs or verb.lower_ in lex.cue["injury_adjectives"])
        and any(c.dep_ == "neg" for c in verb.children)
    )


def _others_unhurt(other: Token) -> bool:
    """ "The other guests were not hurt": a word of other people on the subject of a denied
    verb, a zero of others, not of the one shot before (gvc42)."""
    return (
        other.dep_ == "amod"
        and other.head.dep_ in {"nsubj", "nsubjpass"}
        and any(c.dep_ == "neg" for c in other.head.head.children)
    )


def _shot_over(lex: EventWords, told: Span) -> int:
    """The people shot over the sentences of an account: the sum of its sentences' ("A man was
    shot on Elm Street. Police said a woman was shot in the arm": 2), unless a group counted
    first is told again member by member ("Two people were shot. A man was shot in the leg and a
    woman was shot in the arm": 2, not 4). (gvc37)"""
    counts = [
        shot_victims(lex, s)
        for s in doc_sents(told.doc)
        if s.start >= told.start and s.end <= told.end
    ]
    if len(counts) > 1 and counts[0] >= 2 and sum(counts[1:]) <= counts[0]:
        return counts[0]
    return shot_victims(lex, told)


def _added(lex: EventWords, sent: Span, first: Event, later: Event, text: str) -> Event:
    """`later` (told in `sent`) folded into `first`, the event it continues (`locate.merge`).

    Where the sentence tells others hurt besides one person told before ("A man was shot on Elm
    Street. A woman was also shot": 2; "A clerk was shot dead. A customer was also struck": 1),
    their number is added to the living before; after a group ("Three people were shot. Two
    others were wounded") the sentence may be telling the group's own: the larger figure of the
    living. The figure counts the dead too where no injury word is told, as a count of the
    people shot does (`consolidate.shot_survivors` takes them off). A person brought in with
    "a" alone ("A cook was killed. Officers came upon a cook with bullet wounds") is as often
    the dead told again: no sum."""
    if (
        later.injuries
        and later.fatalities
        and names_hurt(lex, first.evidence.sentence)
        and not names_hurt(lex, later.evidence.sentence)
    ):
        # "A cook was killed and a porter wounded. The cook died at the scene and the porter was
        # taken to a clinic": the later figure counts the shot, the dead in it; told after an
        # injury word, the sum reads as the living, so must it
        later = replace(later, injuries=max(later.injuries - later.fatalities, 0))
    merged = merge(first, later, text)
    if (
        first.injuries
        and merged.fatalities
        and later.injuries is not None
        and not names_hurt(lex, first.evidence.sentence)
        and names_hurt(lex, merged.evidence.sentence)
        and not added_hurt(lex, sent)
    ):
        # "Two people were shot. The tailor died." (a count of the shot, the dead in it), then
        # "The nurse is expected to recover" (no one new): the sum now reads as the living; so
        # must the count. So too where the dead are first told beside the wounded ("Officers
        # found four gunshot victims. Three were wounded and a woman was killed": 3, gvc24)
        living = max(first.injuries - (merged.fatalities or 0), 0)
        merged = replace(merged, injuries=max(living, later.injuries))
    if later.fatalities:
        return _died_since(lex, sent, first, later, merged)
    others = added_hurt(lex, sent)
    if not others and first.fatalities and (first.injuries or 0) <= first.fatalities:
        # "A cook was shot dead. A porter who was with him was hit in the knee": someone new
        others = hit_in_limb(lex, sent)
    if not others:
        return merged
    before = first.injuries
    if before is None:
        start, end = first.evidence.start, first.evidence.end
        before = max(
            (
                shot_victims(lex, s)
                for s in doc_sents(sent.doc)
                if s.start_char >= start and s.end_char <= end
            ),
            default=0,
        )
    alive = _alive(lex, first, before)
    # ("A third man was also shot" after two: one more, gvc37)
    summed = alive <= 1 or ordinal_added(lex, sent)
    total = alive + others if summed else max(alive, others)
    if not names_hurt(lex, merged.evidence.sentence):
        total += merged.fatalities or 0
    return replace(merged, injuries=max(total, merged.injuries or 0))


def _died_since(lex: EventWords, sent: Span, first: Event, later: Event, merged: Event) -> Event:
    """A death told after a sum of the hurt ("A cook was shot. A busker was also shot. Both
    died."): the new dead are of the people summed, so they come off the living (the words of
    the sum, "also shot", would keep them in the figure otherwise)."""
    if later.injuries is None and first.fatalities and later.fatalities:
        if later.fatalities == 1 and not first.injuries and _other_dead(lex, sent, new=True):
            # "Two men were killed. A third victim later died at a hospital"; "A clerk was
            # shot dead. A second man died later": no one was told hurt whom the death could
            # be of, so one dead told apart is one more (a group of others told dead may be
            # the dead told again: no sum) (gvc39)
            return replace(merged, fatalities=first.fatalities + later.fatalities)
        if _killer_apart(lex, sent, first):
            # "Two boys died. Their father later died of a wound deemed self-inflicted"; "A man
            # shot his son and then killed himself. The son died at a clinic": the one who shot
            # and the ones shot are told dead apart (gvc26)
            return replace(merged, fatalities=first.fatalities + later.fatalities)
    if later.injuries is None and first.injuries and first.fatalities and later.fatalities:
        # "Three people were shot. The wife died before medics came; her husband and son
        # died later in a clinic.": dead named apart from the dead told before are more of the
        # people shot (gvc24)
        dead = first.fatalities + later.fatalities
        shot = _alive(lex, first, first.injuries) + first.fatalities
        if dead <= shot and (_dead_named_apart(lex, sent, first) or _other_dead(lex, sent)):
            living = shot - dead
            named = names_hurt(lex, merged.evidence.sentence)
            return replace(merged, fatalities=dead, injuries=living if named else shot)
    if later.injuries is None and first.injuries is None and not first.fatalities:
        return _dead_of_shot(lex, sent, first, merged)
    if (
        later.injuries is None
        and first.injuries is None
        and first.fatalities
        and later.fatalities
        and _dead_named_apart(lex, sent, first)
    ):
        # "The aunt died on the porch. The boy was driven to a clinic where he later died.":
        # no one was counted hurt, and the later dead are others than the dead told before
        return replace(merged, fatalities=first.fatalities + later.fatalities)
    if later.injuries is not None or not first.injuries:
        return merged
    if (
        not first.fatalities
        and names_hurt(lex, first.evidence.sentence)
        and partitive_death(lex, sent)
    ):
        # "Two cooks were wounded. One of them later died.": the dead were among
        # the hurt counted, who now are one fewer (gvc37)
        return replace(merged, injuries=max(first.injuries - (later.fatalities or 0), 0))
    start, end = first.evidence.start, first.evidence.end
    if not any(
        added_hurt(lex, s)
        for s in doc_sents(sent.doc)
        if s.start_char >= start and s.end_char <= end
    ):
        return merged
    dead = max((later.fatalities or 0) - (first.fatalities or 0), 0)
    living = max(_alive(lex, first, first.injuries) - dead, 0)
    if not names_hurt(lex, merged.evidence.sentence):
        living += merged.fatalities or 0
    return replace(merged, injuries=living)


def _killer_apart(lex: EventWords, sent: Span, first: Event) -> bool:
    """The dead `sent` tells and the dead told in `first`'s sentences are the one who shot and
    the people shot: a death by one's own hand told first now ("Their father died of a wound
    deemed self-inflicted" after "Two boys died"), or dead other than a killer whose own
    death was all that was told ("The son died at a clinic" after "A man shot his son and then
    killed himself"). The later dead must be named by a noun other than those told before ("he",
    "the victim", "the man" may be anyone told before)."""
    later = _dead_nouns(lex, sent)
    if not later:
        return False
    told = [
        s
        for s in doc_sents(sent.doc)
        if s.start_char >= first.evidence.start and s.end_char <= first.evidence.end
    ]
    named: set[str] = set()
    for s in told:
        named |= _dead_nouns(lex, s)
        named |= {t.lemma_.lower() for t in span_tokens(s) if t.dep_ in {"nsubj", "nsubjpass"}}
    if not later.isdisjoint(named):
        return False
    text = span_text(sent)
    if lex.own_hand_re.search(text) or lex.suicide_re.search(text):
        own = (lex.own_hand_re, lex.suicide_re)
        return not any(r.search(span_text(s)) for s in told for r in own)
    dead = [s for s in told if fatalities(lex, s).value]
    return bool(dead) and all(self_killing(lex, s) for s in dead)


def _dead_named_apart(lex: EventWords, sent: Span, first: Event) -> bool:
    """The dead `sent` tells include someone of another sex than every dead person told in
    `first`'s sentences ("The wife died before medics came." then "Her husband and son were
    flown to a clinic, where both died."): other people. A noun of no sex ("the tailor", "the
    victim") may be anyone told before ("A tailor was killed ... The man died on the spot"),
    so names no one apart (`annotate/male_words.txt`, `female_words.txt`)."""
    later = _dead_nouns(lex, sent)
    if not later:
        return False
    start, end = first.evidence.start, first.evidence.end
    earlier: set[str] = set()
    for told in doc_sents(sent.doc):
        if told.start_char >= start and told.end_char <= end:
            earlier |= _dead_nouns(lex, told)
    sexes = (lex.lexicon.words("annotate/male_words"), lex.lexicon.words("annotate/female_words"))
    before = {i for n in earlier for i, words in enumerate(sexes) if n in words}
    if not earlier or any(not any(n in words for words in sexes) for n in earlier):
        return False
    return any(i not in before for n in later for i, words in enumerate(sexes) if n in words)


def _other_dead(lex: EventWords, sent: Span, *, new: bool = False) -> bool:
    """The dead of the sentence's verbs of dying are told apart from those before ("One died on
    the porch. The other two were driven to a clinic and died later."; "two others died"): the
    subject of the dying verb, or of the verb it is joined to, is marked as other people.
    `new`: one person brought in with "a" and an ordinal ("a third victim", not "the other
    victim", "the second man")."""
    dying = lex.death_verbs | lex.dying_verbs
    for verb in span_tokens(sent):
        if verb.pos_ != "VERB" or not (
            verb.lemma_ in dying
            # "A second man was found dead nearby": a verb with the dead as its complement (gvc41)
            or (
                new
                and any(
                    c.dep_ in {"oprd", "acomp"} and c.lower_ in lex.death_adjectives
                    for c in verb.children
                )
            )
        ):
            continue
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subjects and verb.dep_ == "conj":
            subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if any(_ordinal_newcomer(lex, p) if new else marked_other(lex, p) for p in subjects):
            return True
    return False


def _ordinal_newcomer(lex: EventWords, person: Token) -> bool:
    """ "a third victim", "a second man": one brought in with "a" and an ordinal, past the people
    told before (not "the second man", "his second son", nor "another man", which may be a
    death of another day in a series)."""
    kids = list(person.children)
    return any(c.lower_ in lex.other_words and c.like_num for c in kids) and any(
        c.dep_ == "det" and "Ind" in c.morph.get("Definite", []) for c in kids
    )


def _dead_nouns(lex: EventWords, sent: Span) -> set[str]:
    """The nouns naming the dead of the sentence's verbs of dying or killing: their subjects, or
    the objects of a killing ("killed a clerk"); "her husband and son ... where both
    succumbed": the pronoun's clause hangs on the sentence's own subjects. An empty set where
    any is a victim noun or a pronoun."""
    dying = lex.death_verbs | lex.dying_verbs
    nouns: set[str] = set()
    for verb in span_tokens(sent):
        if (verb.lemma_ not in dying or verb.pos_ != "VERB") and not _told_dead(lex, verb):
            continue
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not subjects and verb.dep_ == "conj":
            # "Their mother was found nearby and died ...": the subject of the verb joined to
            subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if objects:
            subjects = objects  # "a gunman killed a clerk": the clerk died
        elif subjects and all(p.pos_ == "PRON" for p in subjects) and verb.dep_ == "relcl":
            root = sent.root
            subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
        people = [*subjects, *(c for p in subjects for c in p.children if c.dep_ == "conj")]
        for p in people:
            if p.pos_ not in {"NOUN", "PROPN"} or p.lemma_ in lex.cue["victim_nouns"]:
                return set()
            nouns.add(p.lemma_.lower())
    return nouns


def _told_dead(lex: EventWords, verb: Token) -> bool:
    """ "The woman was dead when medics arrived": a copula whose complement is an adjective of
    the dead tells a death as a verb of dying does (gvc25)."""
    return verb.pos_ == "AUX" and any(
        c.dep_ == "acomp" and c.lower_ in lex.death_adjectives for c in verb.children
    )


def _dead_of_shot(lex: EventWords, sent: Span, first: Event, merged: Event) -> Event:
    """A death told after a count of the people shot ("A cook and a porter were shot. The cook
    died."; "Three people were shot. A man died at the scene."): fewer dead than shot, the
    others lived. The figure is the count of the shot, the dead in it, as
    `consolidate.shot_survivors` reads a figure told with no injury word."""
    shot = _shot_told(lex, sent, first)
    dead = merged.fatalities or 0
    if not dead or shot <= dead:
        return merged
    if names_hurt(lex, merged.evidence.sentence):
        return replace(merged, injuries=shot - dead)
    return replace(merged, injuries=shot)


def _shot_told(lex: EventWords, sent: Span, event: Event) -> int:
    """The people the event's evidence (its sentences in `sent`'s document) says were shot."""
    start, end = event.evidence.start, event.evidence.end
    return max(
        (
            shot_victims(lex, s)
            for s in doc_sents(sent.doc)
            if s.start_char >= start and s.end_char <= end
        ),
        default=0,
    )


def _several_shot(lex: EventWords, doc: Doc, events: Sequence[Event]) -> set[str]:
    """Ids of the counted events whose own sentences tell two or more people shot ("a gunman
    shot a cook and a porter", "hitting the driver and a passenger"): a death told after them
    ("the cook died at a hospital", "the driver later died") is of one of those people, not
    of one victim hurt and then dead (`article_level.fold_into_main`, gvc24)."""
    return {e.id for e in events if e.type in COUNTED_TYPES and _shot_told(lex, doc[:], e) > 1}


def _people_words(doc: Doc) -> frozenset[str]:
    """The lower-cased words of the people the text names (the parser's person entities): a
    town read from one of them is a misreading (`article_level.fold_into_main`, inc45)."""
    return frozenset(
        word
        for ent in doc_ents(doc)
        if ent.label_ == "PERSON"
        for word in span_text(ent).lower().split()
    )


def _dead_by_own_hand(lex: EventWords, doc: Doc, events: Sequence[Event]) -> bool:
    """Every account of the dead tells a killing of oneself ("A man killed himself ... His son
    was fighting for his life after his father shot him"): the dead are not among the people
    shot, so none come off a count of the shot (gvc25)."""
    dead = [e for e in events if e.fatalities]
    return bool(dead) and all(
        any(
            self_killing(lex, s)
            for s in doc_sents(doc)
            if s.start_char >= e.evidence.start and s.end_char <= e.evidence.end
        )
        for e in dead
    )


def _alive(lex: EventWords, event: Event, hurt: int) -> int:
    """The living of an event's injured figure: a count of the people shot, with no injury word
    told, holds its dead."""
    if names_hurt(lex, event.evidence.sentence):
        return hurt
    return max(hurt - (event.fatalities or 0), 0)


def _casualty_event(lex: EventWords, previous: Event, sent: Span) -> Event | None:
    """A sentence with no event of its own that counts the dead or hurt of the one before (not
    a quotation no one is said to have said: "'Mama, I hurt him.'" is dialogue, not an
    account of the count; "'... he shot himself,' the sheriff said" is one)."""
    words = [t for t in span_tokens(sent) if not t.is_space]
    if words and words[0].is_quote and not any(t.lemma_ in lex.saying for t in words):
        return None
    dead = fatalities(lex, sent)
    hurt = injuries(lex, sent).value
    if dead.value is None and not previous.fatalities and whole_group_died(lex, sent):
        # "Three men were shot. All of them died." / "Neither survived.": the people shot died
        shot = _shot_told(lex, sent, previous)
        if shot:
            dead, hurt = Count(shot), 0
    if dead.value is None and hurt is None:
        # "A porter was also hit.": others hurt besides those told, with no injury word
        hurt = added_hurt(lex, sent, cared=False) or None
    if (
        hurt is None
        and dead.value is None
        and previous.fatalities
        and (previous.injuries or 0) <= previous.fatalities
    ):
        # "A cook was shot dead. A porter with him was hit in the knee.": someone new, alive
        hurt = hit_in_limb(lex, sent) or None
    if (
        hurt is None
        and dead.value is None
        and previous.injuries is None
        and not previous.fatalities
        and partitive_hurt(lex, sent, grave=True)
    ):
        # "Four people were shot. One is in critical condition.": the share at risk is alive,
        # and so are the others (a later death comes off, `consolidate.shot_survivors`)
        shot = _shot_told(lex, sent, previous)
        hurt = shot if shot > 1 else None
    if dead.value is None and hurt is None:
        return None
    if hurt is None and previous.injuries is None and not previous.fatalities and dead.value:
        # "A cook and a porter were shot. The cook died.": fewer dead than shot
        shot = _shot_told(lex, sent, previous)
        hurt = shot if shot > dead.value else None
        if hurt is not None and cared_apart(lex.lexicon, span_text(sent)):
            # "Three men were shot. Two died and the third is in critical condition": the
            # living are told apart, so the figure counts them alone (gvc42)
            hurt -= dead.value
    if (
        hurt
        and dead.value is None
        and previous.injuries is None
        and not previous.fatalities
        and partitive_hurt(lex, sent)
    ):
        # "Three people were shot. Two of them are in stable condition.": all three lived, as
        # far as told (a later death is taken off, `consolidate.shot_survivors`)
        hurt = max(hurt, _shot_told(lex, sent, previous))
    if hurt is None and previous.injuries is None and partitive_death(lex, sent):
        # "Two men were shot. One of them died.": the others of the people shot lived (the dead
        # are taken off them once the article is read, `consolidate.shot_survivors`)
        told = sent.doc.char_span(
            previous.evidence.start, previous.evidence.end, alignment_mode="expand"
        )
        hurt = (shot_victims(lex, told) or None) if told is not None else None
    evidence = Evidence(sentence=span_text(sent), start=sent.start_char, end=sent.end_char)
    return replace(
        previous,
        evidence=evidence,
        fatalities=dead.value,
        injuries=hurt,
        actor=(),
        recipient=(),
        fatalities_lower_bound=dead.lower_bound,
    )


def _localised(
    actors: tuple[Actor, ...],
    location: Place | None,
    envoys: frozenset[str] = frozenset(),
    posted: frozenset[str] = frozenset(),
) -> tuple[Actor, ...]:
    """Actors with no nationality of their own ("hundreds of people", "students", an unknown
    local group) are presumed to belong where the event happens (ACLED's "Protesters (Kenya)");
    an international body (NATO, the UN, the EU) belongs to no country wherever it acts, nor
    does a state's envoy told with no country ("the ambassador", "Ambassador Jane Doe"; `envoys`:
    the heads of `actors/diplomat_heads.txt`), who serves abroad (actors41); a titled name
    ("Ambassador Jane Doe") has no sector yet here (`ActorResolver.titled` gives it later), so
    an envoy's head with no sector counts too (review46), nor a person an apposition tells as an
    envoy ("Jane Doe, the ambassador to Kenya"; `posted`: their names, `posted_envoys`,
    actors42), nor an international group ("Amnesty International": `stateless_bodies`,
    actors45)."""
    if location is None or not location.country:
        return actors
    return tuple(
        replace(a, country=location.country)
        if a.country is None
        and a.sector != "IGO"
        and not (a.sector in {"GOV", None} and not envoys.isdisjoint(a.text.lower().split()))
        and a.text not in posted
        else a
        for a in actors
    )


def _date_clause(trigger: Token, clause: tuple[int, int], timeline: Timeline) -> tuple[int, int]:
    """Where the event's date is read. A noun trigger whose own phrase tells no date ("died of a
    stab wound on Sunday night") reads its nearest verb's clause: else the sentence's first
    date, perhaps another day's, would be taken. A phrase with its own date ("the shooting that
    took place Friday") keeps it."""
    if trigger.pos_ == "VERB" or timeline.tells_time(*clause):
        return clause
    node = trigger
    for _ in range(4):
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return _span(node)
    return clause


def _years_of_other_events(
    lexicon: Lexicon, trigger: Token, sent: Span, times: Sequence[TimeExpression]
) -> frozenset[int]:
    """The starts of the sentence's years told as a modifier of another event's noun after an
    anterior preposition (`modality/anterior_preps.txt`: "arrested him after the 2014 riots",
    "since the 2011 uprising"): the year dates that earlier event, which the clause's act only
    follows (at most a lower bound), so it is no date of the act. "arrested in 2014 after the
    riots" keeps its year, and "during the 2014 riots" tells the act's own time."""
    starts = {t.start for t in times if sent.start_char <= t.start < sent.end_char}
    if not starts:
        return frozenset()
    aside = set()
    for token in span_tokens(sent):
        if token.idx not in starts or not _year_of_a_noun(token, trigger):
            continue
        noun = token.head
        prep = noun.head
        if noun.dep_ != "pobj" or noun.head.i > noun.i:
            continue
        words = [prep.lower_]
        words += [c.lower_ for c in prep.children if c.dep_ in {"pcomp", "prep"} and c.i < noun.i]
        if " ".join(words) in lexicon.words("events/modality/anterior_preps"):
            aside.add(token.idx)
    return frozenset(aside)


def _year_of_a_noun(token: Token, trigger: Token) -> bool:
    """A bare year before the noun it modifies ("the 2014 riots"), the noun not the trigger's."""
    noun = token.head
    return (
        token.like_num
        and len(token.text) == _YEAR_DIGITS
        and token.dep_ in _NOUN_MODIFIERS
        and noun.i > token.i
        and noun.pos_ in {"NOUN", "PROPN"}
        and noun.i != trigger.i
    )


_YEAR_DIGITS = 4
_NOUN_MODIFIERS = frozenset({"nummod", "compound", "amod", "nmod"})


def _span(root: Token) -> tuple[int, int]:
    """The characters of `root`'s subtree."""
    return root.left_edge.idx, root.right_edge.idx + len(root.right_edge)
