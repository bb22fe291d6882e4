"""Story clustering: articles about the same developing story share a `story_id`.

Near-duplicate detection only catches copies. Two outlets writing their own report of the same
shooting share few word 5-grams but many *salient terms*: the names of people and places, the
numbers (ages, counts, addresses) and the rarer content words. Each article becomes a weighted term
vector (capitalised name-like tokens and numbers weigh more than ordinary words; every term is
weighted by its inverse document frequency among the articles seen so far), and joins the story
whose centroid it is most similar to (cosine), if that similarity reaches a threshold and the story
is active within a time window around the article's publication date; otherwise it starts a story
of its own, named after its first article. The index only grows, so it is incremental, and it is
deterministic: the same articles in the same order always give the same stories (ties go to the
smaller story id).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from ..lang import Lexicon, load_lexicon


@cache
def story_stopwords(lexicon: Lexicon | None = None) -> frozenset[str]:
    """Function words and newsroom words that say nothing about which story an article tells
    (the lexicon's `dedupe/story_stopwords`; English when None)."""
    return (lexicon or load_lexicon("en")).words("dedupe/story_stopwords")


NAME_WEIGHT = 2.5
NUMBER_WEIGHT = 1.5
WORD_WEIGHT = 1.0
VECTOR_TERMS = 60
"""Terms kept per article (the heaviest by class weight times frequency): keeps vectors compact."""
QUERY_TERMS = 12
"""Heaviest terms of a new article used to find candidate stories in the inverted index."""

MAX_CANDIDATES = 25
"""Stories compared in full with a new article: those sharing most of its query terms."""
CENTROID_TERMS = 120
"""Terms kept in a story's centroid: bounds the cost of comparing an article with a story."""
COMMON_FRACTION = 0.2
"""A term in more than this share of the articles seen is not used to look up candidate stories."""

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|\d[\d,.]*\d|\d")
_GAP_TAIL = re.compile(r"[^A-Za-z]*")
"""Read on the reversed gap between two tokens: the part after its last ASCII letter."""
_BREAKS = frozenset('.!?:\n"“”')


def salient_terms(
    text: str, limit: int = VECTOR_TERMS, stopwords: frozenset[str] | None = None
) -> dict[str, float]:
    """The article's term weights before IDF: class weight times sublinear term frequency.

    A capitalised token that does not open a sentence is taken for (part of) a name; a number
    keeps its digits only (so "1,200" and "1200" agree); other words need 4 letters or more.
    """
    if stopwords is None:
        stopwords = story_stopwords()
    counts: Counter[str] = Counter()
    weight: dict[str, float] = {}
    read = _readings(stopwords)
    end = 0
    for match in _TOKEN.finditer(text):
        token = match.group()
        start, opened_at = match.start(), end
        end = match.end()
        reading = read.get(token)
        if reading is None:
            reading = read[token] = _reading(token, stopwords)
        key, cls = reading
        if not key:
            continue
        if cls < 0:
            # a capitalised word: a name unless it opens the text or a sentence: the gap before
            # it (after any stray ASCII letter that formed no token, "a", "x-") holds a break.
            # Tokens are found in one scan and each gap read once, so the cost is linear in
            # the text whatever its script (a pattern matching gap and token together restarted
            # its gap at every character of a long run of non-Latin letters: quadratic time)
            gap = text[opened_at:start]
            tail = _GAP_TAIL.match(gap[::-1])
            gap = gap[len(gap) - tail.end() :] if tail else gap
            if opened_at and _BREAKS.isdisjoint(gap):
                cls = NAME_WEIGHT
            elif len(key) >= 4:
                cls = WORD_WEIGHT
            else:
                continue
        counts[key] += 1
        weight[key] = max(weight.get(key, 0.0), cls)
    scored = {k: weight[k] * (1.0 + math.log(c)) for k, c in counts.items()}
    top = sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    return dict(top)


READINGS_KEPT = 100_000
"""Distinct tokens whose `_reading` is kept (per list of stop words)."""
_readings_of: dict[int, tuple[frozenset[str], dict[str, tuple[str, float]]]] = {}


def _readings(stopwords: frozenset[str]) -> dict[str, tuple[str, float]]:
    """The kept `_reading`s for these stop words: most tokens of an article are words read in
    an earlier one, and their key and class do not change."""
    kept = _readings_of.get(id(stopwords))
    if kept is None or kept[0] is not stopwords:
        kept = _readings_of[id(stopwords)] = (stopwords, {})
    if len(kept[1]) >= READINGS_KEPT:
        kept[1].clear()
    return kept[1]


def _reading(token: str, stopwords: frozenset[str]) -> tuple[str, float]:
    """A token's key and class weight for `salient_terms`: ("", 0) when it does not count, a
    negative class when it is capitalised (a name or not, told by what comes before it)."""
    if token[0].isdigit():
        key = "#" + token.replace(",", "").replace(".", "")
        # single digits: counts and days of the month, too common
        return ("", 0.0) if len(key) < 3 else (key, NUMBER_WEIGHT)
    key = token.casefold().replace("’", "'")
    if key.endswith("'s"):
        key = key[:-2]
    if key in stopwords or len(key) < 3:
        return "", 0.0
    if token[0].isupper():
        return key, -1.0
    return (key, WORD_WEIGHT) if len(key) >= 4 else ("", 0.0)


@dataclass
class _Story:
    story_id: str
    centroid: dict[str, float] = field(default_factory=dict)
    size: int = 0
    first: date | None = None
    last: date | None = None


class StoryIndex:
    """Assigns story ids incrementally; `load` seeds it with stored articles."""

    def __init__(
        self, threshold: float = 0.3, window_days: int = 10, lexicon: Lexicon | None = None
    ) -> None:
        self._lexicon = lexicon
        self.threshold = threshold
        self.window_days = window_days
        self._stories: dict[str, _Story] = {}
        self._story_of: dict[str, str] = {}
        self._postings: dict[str, set[str]] = defaultdict(set)
        self._df: Counter[str] = Counter()
        self._docs = 0
        self._idf_memo: dict[str, float] = {}

    @property
    def stopwords(self) -> frozenset[str]:
        """The words left out of the terms (the lexicon's, read on first use)."""
        return story_stopwords(self._lexicon)

    def __len__(self) -> int:
        return len(self._story_of)

    def story_of(self, doc_id: str) -> str | None:
        return self._story_of.get(doc_id)

    def load(self, known: Iterable[tuple[str, str | None, dict[str, float], str | None]]) -> None:
        """Seed with stored articles: (id, published, salient terms, story_id), oldest first.

        The store keeps each article's `salient_terms`, so seeding never re-reads texts. Articles
        whose stored story id is None are clustered as if new.
        """
        for doc_id, published, terms, story_id in known:
            self.add_terms(doc_id, terms, published, story_id=story_id)

    def add(
        self,
        doc_id: str,
        text: str,
        published: str | None = None,
        *,
        duplicate_of: str | None = None,
        story_id: str | None = None,
    ) -> str:
        """The story of this article, which is added to the index (idempotent per id).

        A copy (`duplicate_of`) joins its original's story; a known `story_id` is kept as given.
        """
        return self.add_terms(
            doc_id,
            salient_terms(text, stopwords=self.stopwords),
            published,
            duplicate_of=duplicate_of,
            story_id=story_id,
        )

    def add_terms(
        self,
        doc_id: str,
        terms: dict[str, float],
        published: str | None = None,
        *,
        duplicate_of: str | None = None,
        story_id: str | None = None,
    ) -> str:
        """As `add`, for an article whose `salient_terms` are already known."""
        if doc_id in self._story_of:
            return self._story_of[doc_id]
        day = _day(published)
        self._docs += 1
        self._df.update(terms.keys())
        self._idf_memo.clear()
        if story_id is None and duplicate_of is not None:
            story_id = self._story_of.get(duplicate_of)
        if story_id is None:
            best = self._best_story(terms, day)
            story_id = best if best is not None else doc_id
        self._join(doc_id, story_id, terms, day)
        return story_id

    def similarity(self, a: str, b: str) -> float:
        """Cosine similarity of two texts under the index's current term weights (for tests)."""
        terms_a = salient_terms(a, stopwords=self.stopwords)
        terms_b = salient_terms(b, stopwords=self.stopwords)
        return _cosine(self._weigh(terms_a), self._weigh(terms_b))

    def _idf(self, term: str) -> float:
        value = self._idf_memo.get(term)
        if value is None:
            value = math.log((self._docs + 1) / (self._df.get(term, 0) + 1)) + 1.0
            self._idf_memo[term] = value
        return value

    def _weigh(self, terms: dict[str, float]) -> dict[str, float]:
        """`w * self._idf(t)` for every term, the memo read inline: a new article weighs up to
        `MAX_CANDIDATES` stories' centroids of `CENTROID_TERMS` terms each, and a method call
        per term cost more than the product."""
        memo, df, docs = self._idf_memo, self._df, self._docs
        weighed: dict[str, float] = {}
        for t, w in terms.items():
            value = memo.get(t)
            if value is None:
                value = memo[t] = math.log((docs + 1) / (df.get(t, 0) + 1)) + 1.0
            weighed[t] = w * value
        return weighed

    def _best_story(self, terms: dict[str, float], day: date | None) -> str | None:
        vector = self._weigh(terms)
        common = max(2.0, COMMON_FRACTION * self._docs)
        useful = [t for t in vector if self._df.get(t, 0) <= common]
        query = sorted(useful, key=lambda t: (-vector[t], t))[:QUERY_TERMS]
        hits: Counter[str] = Counter()
        for term in query:
            hits.update(self._postings.get(term, ()))
        candidates = sorted(hits, key=lambda sid: (-hits[sid], sid))[:MAX_CANDIDATES]
        best: tuple[float, str] | None = None
        for sid in sorted(candidates):
            story = self._stories[sid]
            if not self._in_window(story, day):
                continue
            score = _cosine(vector, self._weigh(story.centroid))
            if score >= self.threshold and (best is None or score > best[0]):
                best = (score, sid)
        return best[1] if best else None

    def _in_window(self, story: _Story, day: date | None) -> bool:
        if day is None or story.first is None or story.last is None:
            return True
        return (story.first - day).days <= self.window_days and (
            day - story.last
        ).days <= self.window_days

    def _join(self, doc_id: str, story_id: str, terms: dict[str, float], day: date | None) -> None:
        story = self._stories.get(story_id)
        if story is None:
            story = self._stories[story_id] = _Story(story_id)
        norm = math.sqrt(sum(w * w for w in terms.values())) or 1.0
        for term, w in terms.items():
            story.centroid[term] = story.centroid.get(term, 0.0) + w / norm
        if len(story.centroid) > CENTROID_TERMS:
            kept = sorted(story.centroid.items(), key=lambda kv: (-kv[1], kv[0]))[:CENTROID_TERMS]
            for term in story.centroid.keys() - dict(kept).keys():
                self._postings[term].discard(story_id)
            story.centroid = dict(kept)
        for term in story.centroid:
            self._postings[term].add(story_id)
        story.size += 1
        if day is not None:
            story.first = day if story.first is None else min(story.first, day)
            story.last = day if story.last is None else max(story.last, day)
        self._story_of[doc_id] = story_id


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(b) < len(a):
        a, b = b, a
    dot = sum(w * b.get(t, 0.0) for t, w in a.items())
    if not dot:
        return 0.0
    na = math.sqrt(sum(w * w for w in a.values()))
    nb = math.sqrt(sum(w * w for w in b.values()))
    return dot / (na * nb)


def _day(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None
