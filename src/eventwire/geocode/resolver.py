"""The geocode stage: place mentions of an article resolved to gazetteer entries, and event places
(`Geocoder.article_places`, answered by `event_place`).

Resolution reads the way a reader does. Each candidate entry starts from a prior (population and
feature importance: a country beats a town of the same name, a capital beats a province named like
it), then gains from what the article says: the countries of its other places, first-level
divisions it names, a containing place right after the name ("Long Beach, CA", "Hillah in Babil"),
level cues ("Babil Province", "the city of X", "Camden and Charlton counties"), and other names
that can be read as its neighbours (nearby.py). A name once qualified ("NEWARK, N.J.") keeps that
sense through the article. A name that matches nothing is dropped alone; it never disturbs the
others.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..annotate.nlp import doc_text
from ..lang import Lexicon, load_lexicon
from ..records import Document, Focus, Place
from .build import ensure_gazetteer
from .event_place import ArticlePlaces, named_places
from .focus import LEAD_CHARS, LEAD_WEIGHT, article_focus
from .gazetteer import (
    ABBREVIATION,
    ALTERNATE,
    DEMONYM,
    PRIMARY,
    Entry,
    Gazetteer,
    normalise,
)
from .nearby import beside, co_located
from .place_words import PlaceWords
from .sentence_places import SentencePlaces, held_abroad
from .toponyms import (
    Mention,
    NameCues,
    find_mentions,
    not_a_name,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

Lookup = Callable[[str], list[Entry]]
_SPECIFICITY = {"city": 1.0, "admin2": 2.0, "admin1": 3.0, "landmark": 3.5, "country": 4.0}
"""Event places prefer the most specific: the landmarks indexed are seas and regions, so they
come after first-level divisions."""
_DATELINE_MARKS = ("—", "–", " - ", "(", ":", "--")
_DATELINE_CLOSE = re.compile(r"[ \t]*(?:\(|—|–|--|-\s|:\s|,)")
"""What closes a dateline's town right after it: the agency, a dash, a colon, or its state."""
_PASSES = 2
"""Context passes after the first: the second sees the first's choices, the third the second's."""
_MAX_POINTS = 60
"""Resolved towns kept as the article's neighbourhood, most confident first (bounds the time)."""


class Geocoder:
    """Finds and resolves the places of one article at a time; `setup()` once per worker."""

    def __init__(
        self, cache_dir: Path, *, demonyms: bool = True, lexicon: Lexicon | None = None
    ) -> None:
        """`demonyms`: take nationality words ("Iraqi", "Europeans") as mentions of their country
        (with a lower confidence), as LGL, GeoWebNews and TR-News annotate them. `lexicon`: the
        language's word lists (default English): the words that make a name a person's, a
        company's or a place's."""
        self.cache_dir = Path(cache_dir)
        self.demonyms = demonyms
        self.lexicon = lexicon if lexicon is not None else load_lexicon("en")
        self.cues = NameCues.from_lexicon(self.lexicon)
        self.words = PlaceWords.from_lexicon(self.lexicon)
        self._gazetteer: Gazetteer | None = None
        self._sentence_places: SentencePlaces | None = None
        self._division_shares: dict[tuple[str, str], float] = {}

    def setup(self) -> None:
        """Build the gazetteer index if it is missing (once, about a minute), then open it."""
        if self._gazetteer is None:
            self._gazetteer = Gazetteer(ensure_gazetteer(self.cache_dir, lexicon=self.lexicon))

    @classmethod
    def from_gazetteer(
        cls, gazetteer: Gazetteer, *, demonyms: bool = True, lexicon: Lexicon | None = None
    ) -> Geocoder:
        """A geocoder over an already opened index (tests build small ones)."""
        geocoder = cls(gazetteer.path.parent, demonyms=demonyms, lexicon=lexicon)
        geocoder._gazetteer = gazetteer
        return geocoder

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            raise RuntimeError("Geocoder.setup() must be called before geocode()")
        return self._gazetteer

    def article_places(self, doc: Doc, document: Document) -> ArticlePlaces:
        """Where the events of a geocoded article happened: ask the answer once per event
        (`ArticlePlaces.event_place`). `document.places` are this geocoder's places of `doc`."""
        if self._sentence_places is None:
            self._sentence_places = SentencePlaces(self.gazetteer, self.words)
        return ArticlePlaces(self._sentence_places, doc, document)

    def focus(self, doc: Doc, places: Sequence[Place]) -> tuple[Focus, ...]:
        """The countries and divisions the article is about, ranked, read from the places it
        names as places (not the "US" of "US troops" nor the "Iraqi" of "Iraqi police")."""
        named = named_places(doc, places, self.words)
        if named:
            return article_focus(named)
        # no place named as one: the nationality words, but not those held abroad ("an
        # Eritrean refugee" is no story about Eritrea)
        return article_focus(tuple(p for p in places if not _abroad_word(doc, p, self.words)))

    def _division_share(self, country: str, admin1: str) -> float:
        """The share of its country's people a first-level division holds (0 when unknown):
        England holds most of the United Kingdom's, Missouri a small part of the United
        States'."""
        key = (country, admin1)
        if key not in self._division_shares:
            nation = self.gazetteer.country(country)
            held = max(
                (e.population for e in self.gazetteer.lookup(admin1)
                 if e.feature == "admin1" and e.country == country and e.name == admin1),
                default=0,
            )  # fmt: skip
            total = nation.population if nation is not None else 0
            self._division_shares[key] = min(1.0, held / total) if total else 0.0
        return self._division_shares[key]

    def geocode(self, doc: Doc) -> tuple[Place, ...]:
        """The resolved places of `doc`, sorted by start; offsets are into `doc.text`."""
        cache: dict[str, list[Entry]] = {}

        def lookup(name: str) -> list[Entry]:
            if name not in cache:
                cache[name] = self.gazetteer.lookup(name) if len(name) <= 80 else []
            return cache[name]

        def is_place_name(text: str, after_preposition: bool) -> bool:
            county = _says_county(text, self.words)  # "Tarrant County": says so
            return _known_place(lookup(text), after_preposition or county)

        def is_demonym(text: str) -> bool:
            return any(e.kind == DEMONYM for e in lookup(text))

        def well_known(text: str) -> str | None:
            return _well_known(lookup(text))

        def is_container(text: str) -> bool:
            return any(e.feature in {"country", "admin1"} for e in lookup(text))

        mentions = find_mentions(
            doc,
            is_place_name,
            is_demonym if self.demonyms else None,
            well_known=well_known,
            is_container=is_container,
            cues=self.cues,
            vocab=self.words,
        )
        mentions = _join_compounds(mentions, doc_text(doc), lookup)
        mentions = _join_particles(mentions, doc_text(doc), lookup, self.words)
        mentions = [_shrink(m, lookup, self.words, self.cues.venues) for m in mentions]
        mentions = _mark_datelines(mentions, doc_text(doc))
        candidates = [_candidates(m, lookup, self.words) for m in mentions]
        seats = [_seats(m, lookup) for m in mentions]
        qualifiers = [_qualifier_entries(m, lookup) for m in mentions]
        keys = [normalise(m.text) for m in mentions]

        # Pass 1: priors and local cues only. Later passes add what the rest of the article
        # says (its countries, divisions and nearby places), each from the previous pass.
        near = co_located(keys, candidates)
        spans = [(m.start, m.end) for m in mentions]
        for key, by_id in beside(spans, keys, candidates, doc_text(doc)).items():
            slot = near.setdefault(key, {})
            for pid, km in by_id.items():
                slot.setdefault(pid, km)
        choices = [
            _best(m, c, q, None, near.get(key), self.words, seat)
            for m, c, q, key, seat in zip(
                mentions, candidates, qualifiers, keys, seats, strict=True
            )
        ]
        mentions = _lists_not_qualifiers(mentions, choices, candidates)
        previous = choices
        for _ in range(_PASSES):
            previous = choices
            context = _Context.of(keys, choices, qualifiers)
            memo: dict[tuple[object, ...], tuple[Entry, float] | None] = {}
            new_choices: list[tuple[Entry, float] | None] = []
            for m, c, q, key, seat in zip(
                mentions, candidates, qualifiers, keys, seats, strict=True
            ):
                memo_key = (key, m.level_cue, m.qualifier, m.after_comma, m.metonymy, m.dateline)
                if memo_key not in memo:
                    view = context.without(key)
                    view.division_share = self._division_share
                    memo[memo_key] = _best(m, c, q, view, near.get(key), self.words, seat)
                new_choices.append(memo[memo_key])
            choices = new_choices

        choices = _settle(mentions, previous, choices)
        choices = _one_sense(mentions, keys, candidates, qualifiers, choices)
        choices = [
            _unknown_town(m, c, q, choice)
            for m, c, q, choice in zip(mentions, candidates, qualifiers, choices, strict=True)
        ]
        places: list[Place] = []
        for m, c, choice in zip(mentions, candidates, choices, strict=True):
            if choice is None:
                continue
            entry, conf = choice
            if m.metonymy and _speaking_town(m, entry):
                continue
            if m.metonymy:
                entry, conf = self._government(entry, c, conf)
            if m.demonym:
                conf = min(conf, 0.6)
            places.append(_place(m, entry, conf))
        return tuple(sorted(places, key=lambda p: (p.start, p.end)))

    @staticmethod
    def _government(entry: Entry, cands: list[Entry], conf: float) -> tuple[Entry, float]:
        """A capital acting as an agent ("Washington said") is its government, which sits in the
        capital city: the city, not the state or province of the same name, is the place."""
        if entry.capital:
            return entry, conf
        capital = next((e for e in cands if e.capital and e.kind < ABBREVIATION), None)
        return (capital, min(conf, 0.8)) if capital is not None else (entry, conf)


def _mark_datelines(mentions: list[Mention], text: str) -> list[Mention]:
    """Mentions in capitals opening the text or a line and closed by a dateline mark ("WASHINGTON
    (AP) --", "LONDON —"): datelines, which name the town a report was filed from."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        opens = not text[: m.start].strip() or text[m.start - 1] == "\n"
        if not opens or not m.text.isupper() or sum(c.isalpha() for c in m.text) < 3:
            continue
        if _DATELINE_CLOSE.match(text, m.end):
            out[i] = dataclasses.replace(m, dateline=True)
    return out


def _settle(
    mentions: Sequence[Mention],
    previous: Sequence[tuple[Entry, float] | None],
    choices: Sequence[tuple[Entry, float] | None],
) -> list[tuple[Entry, float] | None]:
    """Names the context passes cannot settle follow the article's focus country.

    Two ambiguous names can each follow the other's last reading ("Sevilla and Cordoba": each
    pass reads one in Spain and the other in Colombia, then the other way round). A name whose
    country changed in the last pass takes, of its last two readings, the one in the country
    where the names the passes did settle lie, weighted as the article's focus weighs them
    (confidence, more in the lead); with no settled names, where the last readings lie."""
    unsettled = [
        i
        for i, (a, b) in enumerate(zip(previous, choices, strict=True))
        if a is not None and b is not None and a[0].country != b[0].country
    ]
    if not unsettled:
        return list(choices)
    weights: dict[str, float] = defaultdict(float)
    settled = set(range(len(choices))) - set(unsettled)
    for i in settled if any(choices[i] is not None for i in settled) else range(len(choices)):
        choice = choices[i]
        if choice is None or not choice[0].country:
            continue
        lead = LEAD_WEIGHT if mentions[i].start < LEAD_CHARS else 1.0
        weights[choice[0].country] += choice[1] * lead
    out = list(choices)
    for i in unsettled:
        last, before = choices[i], previous[i]
        assert last is not None and before is not None
        if weights.get(before[0].country or "", 0.0) > weights.get(last[0].country or "", 0.0):
            out[i] = before
    return out


def _lists_not_qualifiers(
    mentions: list[Mention],
    choices: Sequence[tuple[Entry, float] | None],
    candidates: Sequence[list[Entry]],
) -> list[Mention]:
    """ "Fort Myers, Denver, and Boston" is a list: a name after "Place, " qualifies it
    only if it can contain the place first read there ("Alexandria, La.")."""
    out = list(mentions)
    for i in range(1, len(mentions)):
        m, prev = mentions[i], choices[i - 1]
        if not m.after_comma or prev is None or prev[0].feature not in {"city", "admin2"}:
            continue
        if not any(_contains(e, prev[0]) for e in candidates[i]):
            out[i] = dataclasses.replace(m, after_comma=False)
    return out


def _one_sense(
    mentions: Sequence[Mention],
    keys: Sequence[str],
    candidates: Sequence[list[Entry]],
    qualifiers: Sequence[list[Entry]],
    choices: list[tuple[Entry, float] | None],
) -> list[tuple[Entry, float] | None]:
    """One sense per article: where the name once comes with its state or country ("NEWARK,
    N.J."), its bare repetitions ("flew from Newark") mean the same place."""
    sure: dict[str, tuple[Entry, float]] = {}
    for key, qual, choice in zip(keys, qualifiers, choices, strict=True):
        if choice is not None and any(_contains(q, choice[0]) for q in qual):
            sure.setdefault(key, choice)
    if not sure:
        return choices
    out = list(choices)
    for i, (m, key, cands) in enumerate(zip(mentions, keys, candidates, strict=True)):
        known = sure.get(key)
        if known is not None and not qualifiers[i] and not m.level_cue:
            if any(e.id == known[0].id for e in cands):
                out[i] = known
    return out


UNKNOWN_TOWN_POPULATION = 100_000
"""A name whose readings are all towns smaller than this, qualified by a first-level division
none of them lies in, is a town the gazetteer lacks ("Pflugerville, Vermont" where only the
Texan Pflugerville is indexed). A bigger one is more likely an item of a list ("Berlin, Bavaria and
Hesse")."""


def _unknown_town(
    m: Mention,
    cands: Sequence[Entry],
    qualifier: Sequence[Entry],
    choice: tuple[Entry, float] | None,
) -> tuple[Entry, float] | None:
    """A town qualified by a state or province that holds none of its namesakes is somewhere in
    that division: the division is the best point known, not a namesake elsewhere. (Not for a
    country after the comma: "Tyler, Jordan and Lebanon" is more often a list.)"""
    qualifier = [q for q in qualifier if q.feature == "admin1"]
    if (
        choice is None
        or not qualifier
        or m.demonym
        or m.level_cue in {"admin1", "admin2", "border"}
    ):
        return choice
    if any(e.feature not in {"city", "admin2"} or e.population >= UNKNOWN_TOWN_POPULATION
           for e in cands):  # fmt: skip
        return choice
    if any(_contains(q, e) for q in qualifier for e in cands):
        return choice
    holder = min(qualifier, key=lambda q: (q.kind, -q.population))
    return holder, min(choice[1], 0.5)


def _contains(q: Entry, e: Entry) -> bool:
    """Whether the qualifier entry (a division or a country) contains the entry."""
    if q.feature == "admin1":
        return q.country == e.country and q.admin1 == e.admin1 and q.id != e.id
    return q.feature == "country" and q.country == e.country and q.id != e.id


def _speaking_town(m: Mention, e: Entry) -> bool:
    """A one-word town that speaks ("Brent told reporters") is a person: governments speak
    for capitals and countries, and rarely for a town."""
    if m.text.isupper():  # a dateline ("LEBANON (AP) — A pathologist testified")
        return False
    return " " not in m.text and e.feature == "city" and not e.capital and e.population < 1e6


WELL_KNOWN_POPULATION = 1_000_000
"""A city this big is taken for a place whatever spaCy's label, unless the text says otherwise."""


def _well_known(entries: list[Entry]) -> str | None:
    """'country' for a country or a major region (by its own or another name, not a demonym or
    an abbreviation), 'known' for a first-level division by its own name or a city of a million,
    else None."""
    found: str | None = None
    for e in entries:
        if e.kind >= ABBREVIATION:
            continue
        if e.feature == "country" or (e.feature == "landmark" and e.kind == PRIMARY):
            return "country"
        if e.kind == PRIMARY and (
            e.feature == "admin1" or (e.feature == "city" and e.population >= WELL_KNOWN_POPULATION)
        ):
            found = "known"
    return found


def _known_place(entries: list[Entry], after_preposition: bool) -> bool:
    """Whether a capitalised name spaCy did not tag is a place worth taking."""
    for e in entries:
        if e.kind >= ABBREVIATION:
            continue
        if e.feature in {"country", "landmark"} or (e.feature == "admin1" and e.kind == PRIMARY):
            return True
        if e.feature == "admin2" and e.kind == PRIMARY and after_preposition:
            return True
        if e.feature == "city" and e.kind == PRIMARY:
            if e.population >= 100_000 or (after_preposition and e.population >= 5_000):
                return True
    return False


_COMPOUND = re.compile(r"\s+(?:and|&)\s+((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,2})")


_OF_NAME = re.compile(r"((?:[A-Z][\w'’.-]*\s+){1,4})of\s+(?:the\s+)?$")
"""Capitalised words and "of (the)" right before a name: a longer name may open there."""


def _official_name(m: Mention, text: str, lookup: Lookup) -> Mention:
    """A country or division whose official name spaCy cut to its last words ("Democratic
    Republic of the *Congo*", "Islamic Republic of *Mauritania*"): the whole name, which can be
    another country than the short one."""
    if m.demonym:
        return m
    window = text[max(0, m.start - 80) : m.start]
    match = _OF_NAME.search(window)
    if match is None:
        return m
    offset = m.start - len(window)
    starts = [offset + match.start(1) + w.start() for w in re.finditer(r"\S+", match.group(1))]
    for start in starts:  # the longest name first
        name = text[start : m.end]
        if any(e.feature in {"country", "admin1"} and e.kind < ABBREVIATION
               for e in lookup(name)):  # fmt: skip
            return dataclasses.replace(m, start=start, text=name)
    return m


def _join_compounds(mentions: list[Mention], text: str, lookup: Lookup) -> list[Mention]:
    """A country or division named "X and Y" ("Trinidad and Tobago", "Newfoundland and
    Labrador") that spaCy split in two: one mention, not X alone; and one whose official name
    spaCy cut short (`_official_name`)."""
    out: list[Mention] = []
    skip_until = -1
    for m in mentions:
        if m.start < skip_until:
            continue
        m = _official_name(m, text, lookup)
        if out and out[-1].end > m.start:
            out.pop()  # "Republic" of "Republic of Korea" taken on its own
        match = None if m.demonym else _COMPOUND.match(text, m.end)
        if match is not None:
            words = match.group(1).split()
            for size in range(len(words), 0, -1):
                end = match.start(1) + len(" ".join(words[:size]))
                name = text[m.start : end]
                if any(e.feature in {"country", "admin1"} and e.kind < ABBREVIATION
                       for e in lookup(name)):  # fmt: skip
                    m = dataclasses.replace(m, end=end, text=name)
                    skip_until = end
                    break
        out.append(m)
    return out


_PARTICLE_TAIL = re.compile(r"[ -]([a-z]{1,3})[ -]([A-Z][\w'’]*(?: [A-Z][\w'’]*)?)")
"""A particle and the capitalised words after it: where a name may go on ("Deir ez Zor")."""


def _join_particles(
    mentions: list[Mention], text: str, lookup: Lookup, place_words: PlaceWords
) -> list[Mention]:
    """A name that goes on past a particle ("Bandar e Lengeh", "Deir ez Zor") which the parser
    cut there: the whole name where the gazetteer knows it (the piece alone is another place,
    or none), with the level cue of a town word after it ("Bandar e Lengeh city")."""
    out: list[Mention] = []
    skip_until = -1
    for m in mentions:
        if m.start < skip_until:
            continue
        tail = None if m.demonym else _PARTICLE_TAIL.match(text, m.end)
        if tail is not None and tail.group(1) in place_words.place_particles:
            words = tail.group(2).split(" ")
            for size in range(len(words), 0, -1):
                end = tail.start(2) + len(" ".join(words[:size]))
                after = text[end:].split(None, 1)
                cue = m.level_cue
                if after and after[0].lower() in place_words.city_words:
                    cue = "city"
                joined = dataclasses.replace(m, end=end, text=text[m.start : end], level_cue=cue)
                if lookup(joined.text):
                    m = joined
                    skip_until = end
                    break
        out.append(m)
    return out


def _shrink(
    m: Mention, lookup: Lookup, place_words: PlaceWords, venues: frozenset[str] = frozenset()
) -> Mention:
    """A place entity the gazetteer does not know, cut to the known place that opens it
    ("Fresno County Jail" -> "Fresno County")."""
    words = m.text.split(" ")
    if m.demonym or len(words) < 2 or len(words) > 6 or _candidates(m, lookup, place_words):
        return m
    for size in range(len(words) - 1, 0, -1):
        head = " ".join(words[:size])
        if words[size].lower().strip(".,") in place_words.name_goes_on | venues:
            continue
        if words[0].lower() in place_words.place_particles and size == 1:
            continue  # "Al" of "Al Qasra": a piece of the name, not Ål in Norway
        if (
            head[:1].isupper()
            and not not_a_name(head, vocab=place_words)
            and _known_place(lookup(head), True)
        ):
            return dataclasses.replace(m, end=m.start + len(head), text=head)
    return m


def _candidates(m: Mention, lookup: Lookup, place_words: PlaceWords) -> list[Entry]:
    text = m.text.split(",")[0].strip() if "," in m.text else m.text
    if normalise(text) in place_words.bare_directions:
        return []  # "the South", "West": a direction or a region, never a division of that name
    found: dict[int, Entry] = {e.id: e for e in lookup(text)}
    words = text.split()
    divisions = place_words.admin_words | place_words.city_words
    if len(words) > 1 and words[-1].lower() in divisions:
        for e in lookup(" ".join(words[:-1])):
            found.setdefault(e.id, e)
    if (
        len(words) > 2
        and words[0].lower() in divisions
        and words[1].lower() in place_words.key.genitive_preps
    ):
        for e in lookup(" ".join(words[2:])):
            found.setdefault(e.id, e)
    if m.level_cue == "admin2" and words and words[-1].lower() not in place_words.county_words:
        for suffix in (" County", " Parish"):  # "Tarrant, Dallas and Collin counties"
            for e in lookup(text + suffix):
                found.setdefault(e.id, e)
    if m.demonym:
        return [e for e in found.values() if e.kind == DEMONYM]
    if _world_region(text, found.values(), place_words):
        # "the Middle East" is the region, never the hamlet of Maryland so named: the region's
        # landmark (or continent), a province of the name ("Sahel"), else no place at all
        return [e for e in found.values() if _region_reading(e)]
    short = len(normalise(text)) <= 3
    return [
        e
        for e in found.values()
        if (e.kind == PRIMARY or e.feature == "country")
        or (e.kind == ALTERNATE and not short)  # "Man" is no name of Amman
        or (e.kind == ABBREVIATION and m.after_comma)
    ]


def _world_region(text: str, entries: Iterable[Entry], words: PlaceWords) -> bool:
    """The name is a world region's: listed (`world_regions`), or the primary name of a
    landmark that lies in no one country ("Horn of Africa")."""
    return normalise(text) in words.world_regions or any(
        e.feature == "landmark" and e.country is None and e.kind == PRIMARY for e in entries
    )


def _region_reading(e: Entry) -> bool:
    """What a world region's name may stand for: a place of no one country (the region, a
    continent), or a first-level division of that very name ("Sahel", a province)."""
    return e.country is None or (e.feature == "admin1" and e.kind == PRIMARY)


SEAT_BONUS = 0.2
"""What a town that gives its name to its own division ("Cadiz" in the province of Cadiz) gains
over its population (log10) where no other name of the text tells its country: a province's
seat so named is the place its bare name is known for, beside a namesake town abroad of about
its size (as if half again as big). (acled16)"""


def _seats(m: Mention, lookup: Lookup) -> frozenset[str | None]:
    """The countries where the name is both a town and a division of the same province (first-
    or second-level, by any of its names: "Provincia de Cadiz"), or a town whose own district
    bears its name ("City of Saint Louis"): the town is that division's seat. The whole country
    gains, not the seat alone: the bonus weighs namesakes abroad, and leaves the order of a
    country's own towns to the context. (acled16)"""
    if m.demonym or m.level_cue:
        return frozenset()
    text = m.text.split(",")[0].strip() if "," in m.text else m.text
    entries = lookup(text)
    towns = {(e.country, e.admin1) for e in entries if e.feature == "city" and e.kind == PRIMARY}
    divisions = {
        (e.country, e.admin1) for e in entries if e.feature in {"admin1", "admin2"} and e.admin1
    }
    seats = {country for country, _ in towns & divisions}
    # a town whose own district bears its name ("City of Saint Louis"): a seat as well
    seats |= {
        e.country
        for e in entries
        if e.feature == "city"
        and e.kind == PRIMARY
        and e.admin2
        and set(normalise(e.name).split()) <= set(normalise(e.admin2).split())
    }
    return frozenset(seats)


def _qualifier_entries(m: Mention, lookup: Lookup) -> list[Entry]:
    """Admin1 or country entries for the containing place named with the mention, if any."""
    name = m.qualifier
    if name is None and "," in m.text:
        name = m.text.split(",", 1)[1].strip()
    if not name:
        return []
    return [e for e in lookup(name) if e.feature in {"country", "admin1"}]


def _prior(e: Entry, m: Mention, words: PlaceWords) -> float:
    score = math.log10(max(e.population, 1))
    if e.feature == "country":
        score += 3.0 if e.country else 2.0
    elif e.feature == "admin1":
        score += 0.8 if e.kind == PRIMARY else 0.1
    elif e.feature == "admin2":
        # A bare name means the town more often than the district named after it, whose
        # population (summed from its towns) is a rough guess.
        score -= 0.5 if m.level_cue or _says_county(e.name, words) else 1.2
    elif e.feature == "landmark":  # a sea or a region: better known than most towns
        score += 7.5
    else:
        score += 0.5 + (1.5 if e.capital else 0.0)
        if e.kind == ALTERNATE:
            score -= 0.7
    if m.after_comma:  # "Alexandria, La.": the second name is a state or a country
        score += 3.0 if e.feature in {"admin1", "country"} else 0.0
    elif e.kind == ABBREVIATION:
        score -= 1.0
    cue = m.level_cue
    if cue is not None:
        if e.feature == cue or (cue == "border" and e.feature in {"admin1", "country"}):
            score += 4.0
        elif cue == "admin1" and e.feature == "admin2":
            score += 2.0
        elif cue in {"admin1", "admin2", "border"} and e.feature in {"city", "admin2"}:
            score -= 1.0
        elif cue in {"city", "town"} and e.feature in {"admin1", "admin2"}:
            score -= 1.0
        elif cue == "town" and e.feature == "city":
            score += 1.0
    return score


@dataclass(slots=True)
class _View:
    """The article's context as seen from one mention: everything but that name's own choices."""

    countries: dict[str, float]
    admin1s: dict[tuple[str | None, str | None], float]
    points: list[tuple[float, float]]
    country_points: list[tuple[float, float]] = field(default_factory=list)
    division_share: Callable[[str, str], float] | None = None
    """The share of its country's people a division holds: a division as big as its country
    ("England") says no more about a town than the country does."""

    def nearest_km(self, lat: float, lon: float, *, countries: bool = False) -> float:
        """Distance to the nearest other resolved town, or country point with `countries`
        (equirectangular, fine at these scales)."""
        best = math.inf
        coslat = math.cos(math.radians(lat))
        for plat, plon in self.country_points if countries else self.points:
            dlon = abs(lon - plon)
            dlon = min(dlon, 360.0 - dlon)
            d = (lat - plat) ** 2 + (dlon * coslat) ** 2
            best = min(best, d)
        return 111.2 * math.sqrt(best) if best < math.inf else best


@dataclass(slots=True)
class _Context:
    """What each distinct place name of an article contributes: its country, its first-level
    division and, for towns and counties, its point."""

    by_key: dict[str, tuple[dict[str, float], dict[tuple[str | None, str | None], float]]] = field(
        default_factory=dict
    )
    points: list[tuple[str, float, float, float]] = field(default_factory=list)
    country_points: list[tuple[str, float, float]] = field(default_factory=list)

    @classmethod
    def of(
        cls,
        keys: Sequence[str],
        choices: Sequence[tuple[Entry, float] | None],
        qualifiers: Sequence[list[Entry]],
    ) -> _Context:
        ctx = cls()
        seen_points: dict[tuple[str, int], float] = {}
        for key, choice, qual in zip(keys, choices, qualifiers, strict=True):
            countries, admin1s = ctx.by_key.setdefault(key, ({}, {}))
            for q in qual:  # "Hillah in Babil": the division counts as named
                if q.feature == "admin1":
                    admin1s[(q.country, q.admin1)] = 1.0
            if choice is None:
                continue
            entry, conf = choice
            if entry.country:
                weight = conf * (1.0 if entry.feature in {"country", "admin1"} else 0.6)
                countries[entry.country] = max(countries.get(entry.country, 0.0), weight)
            # a national capital read as the seat of government ("talks in Washington") puts
            # no province of its own in the article
            if entry.feature != "country" and entry.admin1 and not entry.capital:
                weight = conf * (1.0 if entry.feature == "admin1" else 0.5)
                slot = (entry.country, entry.admin1)
                admin1s[slot] = max(admin1s.get(slot, 0.0), weight)
            if entry.feature == "country" and conf >= 0.55:
                ctx.country_points.append((key, entry.lat, entry.lon))
            if entry.feature in {"city", "admin2"}:
                seen_points[(key, entry.id)] = max(seen_points.get((key, entry.id), 0.0), conf)
        by_id: dict[int, tuple[float, float]] = {}
        for choice in choices:
            if choice is not None:
                by_id[choice[0].id] = (choice[0].lat, choice[0].lon)
        ranked = sorted(seen_points.items(), key=lambda kv: -kv[1])[:_MAX_POINTS]
        ctx.points = [(key, *by_id[pid], conf) for (key, pid), conf in ranked]
        return ctx

    def without(self, key: str) -> _View:
        countries: dict[str, float] = defaultdict(float)
        admin1s: dict[tuple[str | None, str | None], float] = defaultdict(float)
        for other, (c, a) in self.by_key.items():
            if other == key:
                continue
            for code, w in c.items():
                countries[code] += w
            for slot, w in a.items():
                admin1s[slot] += w
        points = [(lat, lon) for k, lat, lon, conf in self.points if k != key and conf >= 0.55]
        near = [(lat, lon) for k, lat, lon in self.country_points if k != key]
        return _View(countries, admin1s, points, near)


FAR_BIGGER = 20
"""A town whose name is spelt another way ("Amara" for Al-Amarah) and that is this many times
bigger than the biggest town of that very spelling is what the name means, not a village so
called (an old or other name, "Salisbury" for Harare, still yields)."""

BIG_CITY = 500_000
"""A city this big is what its bare name means in its country: a division the article names
does not make the name a small namesake of it ("Atlanta" in a story that also names
Texas); a qualifier or neighbouring towns still can."""


def _best(
    m: Mention,
    cands: list[Entry],
    qualifier: list[Entry],
    view: _View | None,
    near: dict[int, float] | None = None,
    words: PlaceWords | None = None,
    seats: frozenset[str | None] = frozenset(),
) -> tuple[Entry, float] | None:
    """The best candidate and a confidence from its margin over the runner-up (`words`: the
    language's place words, English by default; `seats`: the countries where the name is a town
    and its own division, `_seats`)."""
    if not cands:
        return None
    vocab = words if words is not None else PlaceWords.english()
    total = sum(view.countries.values()) if view is not None else 0.0
    scored: list[tuple[float, Entry]] = []
    # the biggest town of that very name: another's old or foreign name rarely beats it, unless
    # that other town is far bigger ("Amara" for Al-Amarah beside a village called Amara)
    named = max(
        (e.population for e in cands if e.kind == PRIMARY and e.feature == "city"), default=-1
    )
    big_towns = {(e.country, e.admin1): e.population for e in cands if e.feature == "city"}
    big_city: dict[str | None, int] = {}
    for e in cands:
        if e.feature == "city" and e.kind == PRIMARY and e.population >= BIG_CITY:
            big_city[e.country] = max(big_city.get(e.country, 0), e.population)
    # a bare dateline names a town, and the wires leave the state or country out only for
    # well-known cities (not where the name is also a country's: "LEBANON (AP)" is either)
    dateline = (
        m.dateline
        and not qualifier
        and not any(e.feature in {"country", "landmark"} for e in cands)
    )
    for e in cands:
        score = _prior(e, m, vocab)
        if dateline:
            score += _dateline_bonus(m, e)
        if e.country in seats and view is not None and not total:
            # (only where no other name of the text says which country: "Paris" in a story
            # from Missouri's towns stays theirs)
            score += SEAT_BONUS
        if e.kind == ALTERNATE and e.feature == "city" and not _short_form(m.text, e):
            unlike = _unlike(m.text, e.name, vocab.likeness_stopwords)
            # (a far bigger town whose name this only spells otherwise is what it means)
            if named >= 0 and (unlike or e.population < FAR_BIGGER * max(named, 1)):
                score -= 1.5  # a town of that very name beats another's old or foreign name
            if e.population < 1_000_000 and unlike:
                score -= 2.0  # "Navarro" for Northampton: a local or old name, seldom meant
        if (
            e.feature == "admin1"
            and m.level_cue not in {"admin1", "border"}  # "Cordoba province" is the province
            and 4 * big_towns.get((e.country, e.admin1), 0) >= e.population
        ):
            score -= 1.0  # "New York", "Lagos": the city more than the division named after it
        if view is not None:
            if total and e.country:
                share = view.countries.get(e.country, 0.0) / total
                score += 3.5 * share
                if not share and view.country_points and e.feature != "country":
                    # beside a country the article names ("Gaza" in a story about Israel)
                    score += 1.5 if view.nearest_km(e.lat, e.lon, countries=True) < 250 else 0.0
            elif total:  # a sea or a continent lies in no one country: neutral
                score += 3.5 * 0.5
            a1 = view.admin1s.get((e.country, e.admin1), 0.0) if e.admin1 else 0.0
            overshadowed = big_city.get(e.country, 0) >= 10 * max(e.population, 1)
            if e.feature in {"city", "admin2"} and a1 and not overshadowed:
                # The article's main division counts fully; one only a passing or guessed name
                # puts there (a namesake read without context) counts as much less as its
                # weight is below the main one's.
                main = max(w for (c, _), w in view.admin1s.items() if c == e.country)
                bonus = min(2.5, 1.0 + 1.5 * a1) * math.sqrt(a1 / main)
                if view.division_share is not None and e.country and e.admin1:
                    # as much as the division is a part of its country: "England" holds nearly
                    # all the United Kingdom and says little more than the country does
                    bonus *= 1.0 - view.division_share(e.country, e.admin1)
                score += bonus
            elif e.feature == "admin1" and a1:
                score += min(2.0, 1.5 * a1)
        # Near the towns the article resolved, or near a town another of its names can mean
        # ("Edmonton" and "Enfield" in north London): the better of the two, never both.
        close = 0.0
        if view is not None and e.feature in {"city", "admin2"} and view.points:
            d = view.nearest_km(e.lat, e.lon)
            close = 2.0 if d < 40 else 1.5 if d < 120 else 0.75 if d < 300 else 0.0
        if near and e.id in near:
            close = max(close, 1.5 if near[e.id] < 25 else 1.0)
        score += close
        for q in qualifier:
            if q.feature == "admin1" and q.country == e.country and q.admin1 == e.admin1:
                score += 6.0
                break
            if q.feature == "country" and q.country == e.country and q.id != e.id:
                score += 4.0
                break
        scored.append((score, e))
    scored.sort(key=lambda se: -se[0])
    best_score, best = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else best_score - 3.0
    confidence = 1.0 / (1.0 + math.exp(-(best_score - runner_up)))
    if m.from_gazetteer:
        confidence *= 0.8
    return best, round(min(max(confidence, 0.05), 0.99), 3)


DATELINE_CITY_BONUS = 3.0
"""A capital or a city of a million named bare in a dateline: what the wire means, whatever
namesakes the rest of the article makes likelier ("PARIS (AP)" in a story that names Texas)."""
DATELINE_DIVISION_PENALTY = 2.0
"""A state or a district named like a town, read in a dateline: datelines name towns."""


def _dateline_bonus(m: Mention, e: Entry) -> float:
    """What a bare dateline adds to a reading: a town, best the well-known city of the name."""
    if e.feature in {"admin1", "admin2"}:
        return -DATELINE_DIVISION_PENALTY
    well_known = e.capital or e.population >= WELL_KNOWN_POPULATION
    if e.feature == "city" and well_known and (e.kind == PRIMARY or _short_form(m.text, e)):
        return DATELINE_CITY_BONUS
    return 0.0


def _says_county(name: str, words: PlaceWords) -> bool:
    return name.rsplit(" ", 1)[-1].lower() in words.county_words


@functools.lru_cache(maxsize=1 << 16)
def _unlike(text: str, name: str, stopwords: frozenset[str]) -> bool:
    """Whether a name looks nothing like the entry's own (not a spelling or a transliteration:
    "Basrah" for Basra is alike, "Laguna" for Lake Elsinore is not)."""
    a, b = (" ".join(w for w in normalise(x).split() if w not in stopwords) for x in (text, name))
    return difflib.SequenceMatcher(None, a, b).ratio() < 0.5


def _short_form(text: str, e: Entry) -> bool:
    """Whether the name is the entry's own name shortened ("New York" for New York City)."""
    return normalise(e.name).startswith(normalise(text))


def _place(m: Mention, e: Entry, confidence: float) -> Place:
    return Place(
        text=m.text, start=m.start, end=m.end, name=e.name, geonameid=e.geonameid, lat=e.lat,
        lon=e.lon, country=e.country, admin1=e.admin1, feature=e.feature,  # type: ignore[arg-type]
        confidence=confidence,
    )  # fmt: skip


def place_for_span(
    places: Sequence[Place],
    start: int,
    end: int,
    sentence_start: int,
    sentence_end: int,
    text: str,
) -> Place | None:
    """The place of an event whose clause is text[start:end] inside the given sentence.

    A reader locates an event at the place named in its own clause; failing that, at a place
    named elsewhere in the sentence; failing that, at the dateline ("BAGHDAD (Reuters) — ...").
    Within a span the most specific place wins (city over admin1 over country), then the first.
    Returns None when none of the three names a place.
    """
    for lo, hi in ((start, end), (sentence_start, sentence_end)):
        inside = [p for p in places if p.start >= lo and p.end <= hi]
        if inside:
            return min(inside, key=lambda p: (_SPECIFICITY.get(p.feature, 5), p.start))
    return _dateline_place(places, text)


def _dateline_place(places: Sequence[Place], text: str) -> Place | None:
    """A place opening the text and closed by a dateline mark within the first line."""
    for p in places:
        if text[: p.start].strip():
            return None  # places are sorted: the first one decides
        line_end = text.find("\n", p.end)
        rest = text[p.end : line_end if line_end >= 0 else p.end + 60][:60]
        return p if any(mark in rest for mark in _DATELINE_MARKS) or rest.startswith(",") else None
    return None


def _abroad_word(doc: Doc, place: Place, vocab: PlaceWords) -> bool:
    """The place is a country word qualifying people abroad (`held_abroad`)."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and held_abroad(span, vocab)
