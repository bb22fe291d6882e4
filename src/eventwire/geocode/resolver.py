"""The geocode stage: place mentions of an article resolved to gazetteer entries, and event places.

Resolution reads the way a reader does. Each candidate entry starts from a prior (population and
feature importance: a country beats a town of the same name, a capital beats a province named like
it), then gains from what the article says: the countries of its other places, first-level
divisions it names, a containing place right after the name ("Long Beach, CA", "Hillah in Babil"),
and level cues ("Babil Province", "the city of X"). A name that matches nothing is dropped alone;
it never disturbs the others.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..records import Place
from .gazetteer import ABBREVIATION, ALTERNATE, PRIMARY, Entry, Gazetteer, ensure_gazetteer
from .toponyms import ADMIN_WORDS, CITY_WORDS, Mention, find_mentions

if TYPE_CHECKING:
    from spacy.tokens import Doc

Lookup = Callable[[str], list[Entry]]
_SPECIFICITY = {"landmark": 0, "city": 1, "admin2": 2, "admin1": 3, "country": 4}
_DATELINE_MARKS = ("—", "–", " - ", "(", ":", "--")


class Geocoder:
    """Finds and resolves the places of one article at a time; `setup()` once per worker."""

    def __init__(self, cache_dir: Path) -> None:
        self.cache_dir = Path(cache_dir)
        self._gazetteer: Gazetteer | None = None

    def setup(self) -> None:
        """Build the gazetteer index if it is missing (once, about a minute), then open it."""
        if self._gazetteer is None:
            self._gazetteer = Gazetteer(ensure_gazetteer(self.cache_dir))

    @classmethod
    def from_gazetteer(cls, gazetteer: Gazetteer) -> Geocoder:
        """A geocoder over an already opened index (tests build small ones)."""
        geocoder = cls(gazetteer.path.parent)
        geocoder._gazetteer = gazetteer
        return geocoder

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            raise RuntimeError("Geocoder.setup() must be called before geocode()")
        return self._gazetteer

    def geocode(self, doc: Doc) -> tuple[Place, ...]:
        """The resolved places of `doc`, sorted by start; offsets are into `doc.text`."""
        cache: dict[str, list[Entry]] = {}

        def lookup(name: str) -> list[Entry]:
            if name not in cache:
                cache[name] = self.gazetteer.lookup(name) if len(name) <= 80 else []
            return cache[name]

        def is_place_name(text: str, after_preposition: bool) -> bool:
            return _known_place(lookup(text), after_preposition)

        mentions = find_mentions(doc, is_place_name)
        candidates = [_candidates(m, lookup) for m in mentions]
        qualifiers = [_qualifier_entries(m, lookup) for m in mentions]

        # Pass 1: priors and local cues only; the result says what the article is about.
        first = [
            _best(m, c, q, {}, set())
            for m, c, q in zip(mentions, candidates, qualifiers, strict=True)
        ]
        votes: dict[str, float] = defaultdict(float)
        admin1s: set[tuple[str | None, str | None]] = set()
        for choice in first:
            if choice is None:
                continue
            entry, conf = choice
            if entry.country:
                weight = 1.0 if entry.feature in {"country", "admin1"} else 0.6
                votes[entry.country] += weight * conf
            if entry.feature == "admin1":
                admin1s.add((entry.country, entry.admin1))
        for q in qualifiers:
            for entry in q:
                if entry.feature == "admin1":
                    admin1s.add((entry.country, entry.admin1))

        # Pass 2: the same with the article's context.
        places: list[Place] = []
        for m, c, q in zip(mentions, candidates, qualifiers, strict=True):
            choice = _best(m, c, q, votes, admin1s)
            if choice is None:
                continue
            entry, conf = choice
            if m.metonymy:
                entry, conf = self._government(entry, c, conf)
            places.append(_place(m, entry, conf))
        return tuple(sorted(places, key=lambda p: (p.start, p.end)))

    def _government(self, entry: Entry, cands: list[Entry], conf: float) -> tuple[Entry, float]:
        """A capital acting as an agent ("Washington said") stands for its country."""
        capital = next((e for e in cands if e.capital and e.kind != ABBREVIATION), None)
        if capital is None or capital.country is None:
            return entry, conf
        country = self.gazetteer.country(capital.country)
        return (country, min(conf, 0.7)) if country is not None else (entry, conf)


def _known_place(entries: list[Entry], after_preposition: bool) -> bool:
    """Whether a capitalised name spaCy did not tag is a place worth taking."""
    for e in entries:
        if e.kind == ABBREVIATION:
            continue
        if e.feature == "country" or (e.feature == "admin1" and e.kind == PRIMARY):
            return True
        if e.feature == "admin2" and e.kind == PRIMARY and after_preposition:
            return True
        if e.feature == "city" and e.kind == PRIMARY:
            if e.population >= 100_000 or (after_preposition and e.population >= 5_000):
                return True
    return False


def _candidates(m: Mention, lookup: Lookup) -> list[Entry]:
    text = m.text.split(",")[0].strip() if "," in m.text else m.text
    found: dict[int, Entry] = {e.id: e for e in lookup(text)}
    words = text.split()
    if len(words) > 1 and words[-1].lower() in ADMIN_WORDS | CITY_WORDS:
        for e in lookup(" ".join(words[:-1])):
            found.setdefault(e.id, e)
    if len(words) > 2 and words[0].lower() in CITY_WORDS | ADMIN_WORDS and words[1].lower() == "of":
        for e in lookup(" ".join(words[2:])):
            found.setdefault(e.id, e)
    return [e for e in found.values() if e.kind != ABBREVIATION or m.after_comma]


def _qualifier_entries(m: Mention, lookup: Lookup) -> list[Entry]:
    """Admin1 or country entries for the containing place named with the mention, if any."""
    name = m.qualifier
    if name is None and "," in m.text:
        name = m.text.split(",", 1)[1].strip()
    if not name:
        return []
    return [e for e in lookup(name) if e.feature in {"country", "admin1"}]


def _prior(e: Entry, m: Mention) -> float:
    score = math.log10(max(e.population, 1))
    if e.feature == "country":
        score += 3.0 if e.country else 2.0
    elif e.feature == "admin1":
        score += 0.8 if e.kind == PRIMARY else 0.1
    elif e.feature == "admin2":
        score -= 0.5
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
        if e.feature == cue:
            score += 4.0
        elif cue == "admin1" and e.feature == "admin2":
            score += 2.0
        elif cue in {"admin1", "admin2"} and e.feature == "city":
            score -= 1.0
    return score


def _best(
    m: Mention,
    cands: list[Entry],
    qualifier: list[Entry],
    votes: Mapping[str, float],
    admin1s: set[tuple[str | None, str | None]],
) -> tuple[Entry, float] | None:
    """The best candidate and a confidence from its margin over the runner-up."""
    if not cands:
        return None
    total = sum(votes.values())
    scored: list[tuple[float, Entry]] = []
    for e in cands:
        score = _prior(e, m)
        if total and e.country:
            score += 3.5 * votes.get(e.country, 0.0) / total
        if e.feature in {"city", "admin2"} and (e.country, e.admin1) in admin1s:
            score += 2.5
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
