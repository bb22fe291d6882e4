"""The events stage: every political or conflict event an annotated article reports.

Rule- and lexicon-based over the dependency parse. A trigger (verb, phrasal verb or event noun from
`triggers.py`) gives the PLOVER type and mode; the clause's structure gives the actors (subject,
passive agent, "by" phrase) and recipients (object, passive subject, "against"/"on"/"at" phrases);
`acled.py` maps the event to ACLED's types; date, place, casualties and modality come from the
trigger's clause. Events of one type in one sentence are one record, and a follow-up sentence that
adds no new actor ("Two soldiers were killed.") folds into the event before it.
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
from .casualties import fatalities, injuries
from .clauses import (
    background,
    carried_out,
    charge,
    dominates,
    grievance_tokens,
    protest_purpose,
    takes_territory,
)
from .consolidate import article_counts, merge_mentions
from .dates import event_date
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
from .roles import RoleFinder
from .triggers import (
    LABOUR_WORDS,
    LEMMA_FIXES,
    MISTAGGED_PROTEST,
    NOUNS,
    PHRASAL,
    SAYING,
    SUPPORT_VERBS,
    VERBS,
    WEAK_VERBS,
    Trigger,
    load_cameo_verbs,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

WEAPON_OBJECTS = {
    "missile",
    "rocket",
    "shot",
    "bullet",
    "shell",
    "mortar",
    "round",
    "gun",
    "weapon",
    "grenade",
    "gas",
    "cannon",
    "fire",
    "projectile",
    "drone",
}
TOPIC_TAKING = {"PROTEST"}
# Verbal events whose complement ("warned it would close the embassy", "called for troops to
# leave") is what they are about.
CONTENT_TAKING = {"THREATEN", "REQUEST"}
# Governors that say the text does not report the event ("declined to comment on the talks").
NON_REPORTING = {"decline", "refuse"}
MENTAL = {"fear", "worry", "hope", "think", "believe", "doubt", "suspect", "wonder", "imagine"}
WEAPON_NOUNS = {
    "bomb",
    "ied",
    "explosive",
    "device",
    "mine",
    "landmine",
    "rocket",
    "missile",
    "grenade",
    "shell",
    "mortar",
    "drone",
}
# Head nouns that are weapons, acts or things, never the actor or recipient of an event.
VERBAL_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}
# "provide", "deliver", "supply" are AID only when what is given is aid.
GIVING = {"provide", "deliver", "supply", "grant", "send"}
AID_OBJECTS = {
    "aid",
    "assistance",
    "help",
    "weapon",
    "arm",
    "ammunition",
    "money",
    "fund",
    "food",
    "supply",
    "support",
    "equipment",
    "loan",
    "grant",
    "vaccine",
    "medicine",
    "shelter",
    "asylum",
    "troop",
    "relief",
    "credit",
    "training",
    "fuel",
}
COUNTED_TYPES = {"ASSAULT", "PROTEST", "COERCE"}
# Names whose words are no cue to how an event went: a date's month ("7 March") is no march, nor
# "May" a modal; the "Essakane Mine" no landmine.
NOT_CUES = {"DATE", "TIME", "FAC", "GPE", "LOC", "PERSON"}
# Events that may be a demonstration (a demand made by demonstrators is one).
DEMO_TYPES = {"PROTEST", "REQUEST", "ACCUSE", "REJECT"}
NOT_EVENT_HEADS = {"police", "policeman", "gear", "squad", "unit", "leader", "organizer",
                   "organiser", "control", "shield", "vehicle"}  # fmt: skip
# Trigger types a purpose clause ("closed the school to denounce") turns into a demonstration.
PURPOSE_OVERRIDES = {"PROTEST", "SANCTION", "CONSULT", "RETREAT", "REJECT", "MOBILIZE"}
# Demonstrators are not the state: its agencies closing or blocking something "to" an end are not.
STATE_SECTORS = {"GOV", "MIL", "COP", "SPY", "JUD"}
COMMENT_WORDS = {"comment", "elaborate", "confirm", "discuss", "say", "speak"}
# PLOVER: future cooperation is a promise (AGREE); future force or pressure, stated, is a threat.
PROMISED = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
THREATENED = {
    "ASSAULT": "violence",
    "SANCTION": None,
    "COERCE": "arrest",
    "PROTEST": "restrict",
    "MOBILIZE": "violence",
}
# Words that state an intention ("said it would", "is ready to", "announced it will").
STATING = SAYING | {"announce", "declare", "insist", "swear", "willing", "ready", "prepared"}
# Deontic auxiliaries: "X said Y must leave" is a demand.
DEONTIC = {"must", "should"}
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


class EventCoder(RoleFinder):
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
        chain_end = -1  # end of the last sentence that belongs to `previous`
        for sent in doc.sents:
            cands = self._sentence_events(sent, context)
            follows = previous is not None and adjacent(doc, chain_end, sent.start_char)
            if not cands:
                if follows and previous is not None and previous.type in COUNTED_TYPES:
                    extra = _casualty_event(previous, sent)
                    if extra is not None:
                        merged = merge(previous, extra, document.text)
                        events[events.index(previous)] = merged
                        previous = merged
                        chain_end = sent.end_char
                continue
            for cand in cands:
                event = self._build(
                    cand, sent, document, times, places, dateline, people, qualifiers
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
                    events[events.index(previous)] = merged
                    previous = merged
                    continue
                events.append(event)
                if marked_new(cand.trigger):
                    fresh.add(event.id)
                previous = event
            chain_end = sent.end_char
        events = _violent_demonstrations(events)
        return article_counts(merge_mentions(events, fresh), COUNTED_TYPES)

    # --- triggers and actors ------------------------------------------------------------------
    def _sentence_events(self, sent: Span, context: str | None) -> list[_Candidate]:
        by_type: dict[str, _Candidate] = {}
        for token in sent:
            cand = self._trigger(token, context)
            if cand is None:
                continue
            if cand.type in by_type:
                kept = by_type[cand.type]
                # a verb tells the event better than a noun, unless it sits deeper in the
                # sentence ("staged a protest ... while protesting against")
                if not kept.verbal and cand.verbal and _depth(cand.trigger) <= _depth(kept.trigger):
                    cand.actors = cand.actors or kept.actors
                    cand.recipients = cand.recipients or kept.recipients
                    by_type[cand.type] = cand
                else:
                    kept.actors = kept.actors or cand.actors
                    kept.recipients = kept.recipients or cand.recipients
                    if kept.mode is None or (kept.mode == "seize" and cand.mode == "arrest"):
                        # "raided the village and arrested 30 people": the arrest says more
                        kept.mode = cand.mode
                continue
            by_type[cand.type] = cand
        cands = sorted(by_type.values(), key=lambda c: c.trigger.i)
        for c in cands:
            _as_intent(c, by_type)
        protests = [c.trigger for c in cands if c.type in TOPIC_TAKING]
        arrests = [c.trigger for c in cands if c.type == "COERCE" and c.mode == "arrest"]
        # what is threatened or demanded is the content of that event, not an event of its own;
        # only a conditional or future content ("would close the embassy if") is kept, labelled
        speech = [c.trigger for c in cands if c.type in CONTENT_TAKING and c.verbal]
        return [
            c
            for c in cands
            if not (
                c.type in {"ASSAULT", "COERCE"} and any(dominates(p, c.trigger) for p in protests)
            )
            and not (
                # content follows its verb ("called for troops to leave"); what comes before
                # is a misparse ("workers gathered ..., call for higher wages")
                any(dominates(t, c.trigger) and t.i < c.trigger.i for t in speech)
                and modality_of(c.trigger) == "asserted"
            )
            and not _feared(c.trigger)
            and not background(c.trigger)
            and not (c.type == "ASSAULT" and any(charge(a, c.trigger) for a in arrests))
        ]

    def _trigger(self, token: Token, context: str | None) -> _Candidate | None:
        lemma = LEMMA_FIXES.get(token.lower_, token.lemma_.lower())
        if token.pos_ == "VERB" and lemma in SAYING and _deontic(token):
            cand = _Candidate(token, "REQUEST", None)
            self._verb_roles(token, cand, context)
            return cand if cand.actors else None
        if token.pos_ == "VERB" and lemma not in SAYING:
            trig = None
            for child in token.children:
                if child.dep_ in {"prt", "prep", "dobj", "oprd", "advmod", "acomp"}:
                    trig = (
                        PHRASAL.get((lemma, child.lower_))
                        or PHRASAL.get((lemma, child.lemma_.lower()))
                        or trig
                    )
                if child.dep_ == "prep" and child.lower_ == "on":
                    # "set 29 houses on fire"
                    for obj in child.children:
                        trig = PHRASAL.get((lemma, obj.lower_)) or trig
                if child.dep_ in {"advcl", "ccomp"}:
                    for mark in child.children:
                        if mark.dep_ == "mark" and (lemma, mark.lower_) in PHRASAL:
                            trig = PHRASAL[(lemma, mark.lower_)]
            derived = False
            if trig is None and lemma not in VERBS and lemma not in SUPPORT_VERBS:
                for child in token.children:
                    if (
                        child.dep_ == "dobj"
                        and (lemma, child.lemma_.lower()) in self.cameo_patterns
                    ):
                        trig = self.cameo_patterns[(lemma, child.lemma_.lower())]
                        derived = True
            if trig is None and lemma not in VERBS and lemma not in SUPPORT_VERBS:
                trig = self.cameo_verbs.get(lemma)
                derived = trig is not None
            trig = trig or VERBS.get(lemma)
            overridable = trig is None or trig[0] in PURPOSE_OVERRIDES or lemma == "occupy"
            if overridable and protest_purpose(token):
                cand = _Candidate(token, "PROTEST", "obstruct" if lemma == "block" else "demo")
                self._verb_roles(token, cand, context)
                if not any(a.sector in STATE_SECTORS for a in cand.actors):
                    return cand
            if trig is None:
                return None
            if any(c.dep_ == "xcomp" and c.lemma_ in COMMENT_WORDS for c in token.children):
                return None
            type_, mode = trig
            if type_ in VERBAL_TYPES and token.dep_ in {"acl", "amod"} and token.tag_ == "VBN":
                return None
            if type_ in VERBAL_TYPES and _questioned(token):
                return None
            if lemma == "strike" and self._labour(token):
                type_, mode = "PROTEST", "strike"
            if (
                lemma == "fire"
                and not any(
                    c.lemma_ in WEAPON_OBJECTS for c in token.children if c.dep_ in {"dobj", "prt"}
                )
                and not any(c.lower_ in {"at", "on"} for c in token.children)
            ):
                return None
            cand = _Candidate(token, type_, mode)
            self._verb_roles(token, cand, context)
            if lemma in WEAK_VERBS and not (cand.actors or _anchored(token, cand)):
                return None
            if derived and not _anchored(token, cand):
                return None
            if derived and (
                token.dep_ in {"relcl", "acl", "amod", "advcl"} or modality_of(token) != "asserted"
            ):
                return None
            if (
                type_ == "AID"
                and lemma in GIVING
                and not any(
                    c.lemma_.lower() in AID_OBJECTS for c in token.children if c.dep_ == "dobj"
                )
            ):
                return None
            if (
                lemma in {"kill", "injure", "wound", "die"}
                and not cand.actors
                and token.dep_ in {"advcl", "xcomp", "acl", "relcl"}
            ):
                head = token.head
                if head.lemma_ in VERBS or head.lemma_ in NOUNS:
                    return None
            return cand
        if token.lower_ in {"out", "outs"} and token.i >= 2 and token.nbor(-1).text == "-":
            if token.nbor(-2).lower_ == "shoot":
                # "a shoot-out between unknown shooters", split by the tokenizer
                cand = _Candidate(token, "ASSAULT", "firearms", verbal=False)
                self._noun_roles(token, cand, context)
                return cand
        if lemma in {"operation", "confrontation"} and token.pos_ == "NOUN" and _armed_op(token):
            cand = _Candidate(token, "ASSAULT", None, verbal=False)
            self._noun_roles(token, cand, context)
            return cand
        if lemma == "sit" and token.i + 2 < len(token.doc) and token.nbor(2).lower_ == "in":
            if token.nbor(1).text == "-":
                cand = _Candidate(token, "PROTEST", "demo", verbal=False)
                self._noun_roles(token, cand, context)
                return cand
        if lemma == "patrol" and token.pos_ == "NOUN" and carried_out(token):
            # "a US military patrol took place", "carried out patrols": forces on the move
            cand = _Candidate(token, "MOBILIZE", None, verbal=False)
            self._noun_roles(token, cand, context)
            return cand
        if token.pos_ in {"NOUN", "PROPN"} and token.lower_ in MISTAGGED_PROTEST:
            cand = _Candidate(token, "PROTEST", "demo", verbal=False)
            self._noun_roles(token, cand, context)
            return cand
        if token.pos_ in {"NOUN", "PROPN"} and lemma in NOUNS:
            if lemma in {"talk"} and token.tag_ != "NNS":
                return None
            if lemma == "march" and token.ent_type_ == "DATE":
                return None
            if token.dep_ == "compound" and token.head.lemma_.lower() in NOT_EVENT_HEADS:
                # "riot police", "protest leaders": a kind of people, not an event
                return None
            type_, mode = NOUNS[lemma]
            if type_ in VERBAL_TYPES and (_not_reported(token) or _questioned(token.head)):
                return None
            if lemma == "strike" and self._labour(token):
                type_, mode = "PROTEST", "strike"
            if lemma in {"strike", "raid"} and any(
                c.lower_ in {"air", "drone", "aerial"} for c in token.children
            ):
                type_, mode = "ASSAULT", "aerial"
            cand = _Candidate(token, type_, mode, verbal=False)
            self._noun_roles(token, cand, context)
            return cand
        return None

    @staticmethod
    def _labour(token: Token) -> bool:
        near = {c.lower_ for c in token.children} | {token.head.lower_, token.head.lemma_}
        subj = [c for c in token.children if c.dep_ == "nsubj"]
        if token.dep_ == "dobj" and token.head.lemma_ in SUPPORT_VERBS:
            # "the union will stage a strike"
            subj += [c for c in token.head.children if c.dep_ == "nsubj"]
        near |= {t.lower_ for s in subj for t in s.subtree}
        return bool(near & LABOUR_WORDS)

    def _build(
        self,
        cand: _Candidate,
        sent: Span,
        document: Document,
        times: Sequence[TimeExpression],
        places: Sequence[Place],
        dateline: Place | None,
        people: frozenset[str] = frozenset(),
        qualifiers: Sequence[Place] = (),
    ) -> Event:
        trig = cand.trigger
        clause_root = trig.head if trig.pos_ != "VERB" and trig.head.pos_ == "VERB" else trig
        clause = (
            clause_root.left_edge.idx,
            clause_root.right_edge.idx + len(clause_root.right_edge),
        )
        sentence = (sent.start_char, sent.end_char)
        date, precision = event_date(
            times, clause, sentence, document.published, text=document.text
        )
        if precision == "unknown":
            date, precision = carried_date(
                times, document.text, sent.start_char, article=cand.type in COUNTED_TYPES
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
        confidence -= 0.03 * min(_depth(trig), 5)
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
    demonstration and assaulted a journalist") is a violent demonstration (ACLED)."""
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


def _feared(trigger: Token) -> bool:
    """ "he feared the militia would attack him": an event someone fears, hopes or believes
    will happen is their state of mind, not a reported event."""
    node = trigger
    for _ in range(3):
        if node.dep_ == "ccomp" and node.head.lemma_ in MENTAL:
            return modality_of(trigger) != "asserted"
        if node.dep_ not in {"xcomp", "conj", "aux"} or node.head.i == node.i:
            return False
        node = node.head
    return False


def _armed_op(noun: Token) -> bool:
    """ "operations against NRF fighters", "an armed confrontation with officers": a fight."""
    if noun.lemma_ == "operation":
        return any(c.dep_ == "prep" and c.lower_ == "against" for c in noun.children)
    return any(c.lower_ in {"armed", "violent"} for c in noun.children) or any(
        c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in noun.children
    )


def _questioned(verb: Token) -> bool:
    """ "it was unclear whether the White House had approved": asked about, not reported."""
    return any(c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children)


def _not_reported(noun: Token) -> bool:
    """ "declined to comment on the talks": a noun under a refused comment is no event."""
    node = noun
    for _ in range(5):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_ in COMMENT_WORDS and node.head.lemma_ in NON_REPORTING:
            return True
    return False


def _deontic(verb: Token) -> bool:
    """ "X said Y must leave": the reported clause carries "must"/"should"."""
    return any(
        c.dep_ == "ccomp" and any(a.dep_ == "aux" and a.lower_ in DEONTIC for a in c.children)
        for c in verb.children
    )


def _stated(trigger: Token) -> bool:
    """The trigger is future content its actor states ("announced it will", "is ready to help")."""
    node = trigger.head if trigger.pos_ != "VERB" and trigger.dep_ == "nsubj" else trigger
    if trigger.pos_ == "VERB" and any(
        c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in trigger.children
    ):
        return True
    for _ in range(3):
        if node.dep_ not in {"ccomp", "xcomp", "conj"} or node.head is node:
            return False
        if node.head.lemma_.lower() in STATING or node.head.lower_ in STATING:
            return True
        node = node.head
    return False


def _as_intent(cand: _Candidate, by_type: dict[str, _Candidate]) -> None:
    """Recode a stated future action as the promise or threat PLOVER counts it as."""
    if cand.type in PROMISED:
        new, mode = "AGREE", None
    elif cand.type in THREATENED:
        new, mode = "THREATEN", THREATENED[cand.type]
    else:
        return
    trig = cand.trigger
    # "would stage a strike": the light verb carries the tense
    anchor = trig.head if not cand.verbal and trig.dep_ in {"dobj", "nsubj"} else trig
    if new in by_type or anchor.pos_ != "VERB":
        return
    if modality_of(anchor) != "future" or not _stated(anchor):
        return
    cand.type, cand.mode, cand.stated = new, mode, True
    by_type[new] = cand


def _depth(token: Token) -> int:
    """How deep the trigger sits below its sentence's root (main-clause events rank first)."""
    depth = 0
    while token.head.i != token.i and depth < 10:
        token = token.head
        depth += 1
    return depth


def _anchored(verb: Token, cand: _Candidate) -> bool:
    """A weak verb ("hit", "target", "plant") is an event only with a known actor or a weapon."""
    if any(a.country or a.sector for a in cand.actors + cand.recipients):
        return True
    return any(
        c.lemma_.lower() in WEAPON_NOUNS
        for c in verb.children
        if c.dep_ in {"nsubjpass", "dobj", "nsubj"}
    )
