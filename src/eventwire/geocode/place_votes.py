"""How a sentence's names vote for a country: a helper of `sentence_places`.

Each name gives each country it may be in its best reading's weight (a cue, a province reading,
a bracketed division, population), shared among its countries; a town and the division named
after it agreeing on one country add more; the actors' countries, the article's other places and
the country the whole text agrees on add a little.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..records import Place
from .gazetteer import name_keys, normalise
from .place_words import PlaceWords

if TYPE_CHECKING:
    from .gazetteer import Entry

# How much less a name deep inside another phrase of the clause counts (divides its weight).
REMOTE_FACTOR = 2.0
# How much a reading's population (log10) adds to its weight: the known city is the likelier.
POPULATION = 0.05
# How much the geocoder's own reading of a name adds (it read the whole text).
GEO_WEIGHT = 0.5
# How much the whole text's country adds to one sentence's vote.
ARTICLE_WEIGHT = 1.0
# A place smaller than this matched only through another of its names is a weak reading.
WEAK_POPULATION = 100_000
# How much a weak reading of a famous name's counts (a village of another country that bears
# "Kaluga" as another of its names is scant evidence of that country beside the city).
WEAK_FACTOR = 0.3


@dataclass(frozen=True, slots=True)
class _Name:
    """A capitalised name of the sentence and the gazetteer entries it may be."""

    text: str
    start: int
    end: int
    cued: bool
    person: bool
    entries: tuple[Entry, ...]
    geo: Place | None = None
    """The geocoder's reading of the name, when it took it for a place."""
    piece: bool = False
    """Only part of a longer capitalised name ("Tal" of "Tal Tamer")."""


def _weight(name: _Name, entry: Entry, holder: bool = False) -> float:
    """How strongly one reading of a name speaks for its country: a cue ("in X") and a
    province or country reading count more (more still for a name that holds the one before it,
    the "(Merida)" of "Merida (Merida)"); a bigger place a little more."""
    cue = 1.0 if name.cued or name.geo is not None else 0.3
    level = 1.3 if entry.feature in {"country", "admin1"} else 1.0
    if holder:
        level *= 1.5 if entry.feature in {"admin1", "admin2"} else 0.7
    # a piece of a longer name read as another name of some town ("Francisco" as Amancio) is
    # a weak sign
    other = 0.5 if entry.kind != 0 and name.person else 1.0
    return cue * level * other + POPULATION * math.log10(entry.population + 10)


def weak(name: _Name, entry: Entry) -> bool:
    """A small town that bears the name only as another of its names or spellings ("Inata" as
    Inada, Japan; "Cordoba" as Los Cordobas, Colombia): gazetteers hold many such names, so
    the match is weak evidence of its country."""
    if entry.kind == 0 or entry.feature in {"country", "admin1"}:
        return False
    if entry.population >= WEAK_POPULATION:
        return False
    return not set(name_keys(name.text)) & set(name_keys(entry.name))


def weak_piece(entry: Entry) -> bool:
    """A small town read from a piece of a longer place name the gazetteer does not know whole
    (`_piece_of_place`): the longer name is the place, and the town a mere namesake."""
    return entry.feature not in {"country", "admin1"} and entry.population < WEAK_POPULATION


# The rest of a longer capitalised name after a piece of it, and the word after that.
_NAME_REST = re.compile(r"(?:[ -]+[A-Z][\w'-]*)+\s+(\w+)")


def _piece_of_place(name: _Name, text: str, words: PlaceWords) -> bool:
    """The name opens a longer capitalised name that a division word calls a place ("Pang" of
    "Pang Sit village"): the gazetteer does not know the longer name, and the piece alone is
    another place. (A piece of an organisation's name, "Naples Police Department", is not.)"""
    if not name.piece:
        return False
    rest = _NAME_REST.match(text, name.end)
    return rest is not None and rest.group(1).lower() in words.division_nouns


def _namesakes(name: _Name) -> set[int]:
    """Which of the name's entries (by `id`) are small namesakes of a bigger place of another
    country: places that bear the name only as another of its names (`weak`) beside a big place
    of that very name ("Paris", "El Alto"), or small towns beside a country so named ("Korea").
    Scant evidence of their countries. (Decided for all entries at once: a name can have
    hundreds.)"""
    named_countries = {e.country for e in name.entries if e.feature == "country"}
    big_places = {
        e.country
        for e in name.entries
        if e.kind == 0 and e.population >= WEAK_POPULATION and e.feature != "country"
    }
    found: set[int] = set()
    for entry in name.entries:
        if entry.feature in {"country", "admin1"}:
            continue
        others_named = bool(named_countries - {entry.country})
        if (entry.population < WEAK_POPULATION and others_named) or (
            big_places - {entry.country} and weak(name, entry)
        ):
            found.add(id(entry))
    return found


def _locative(name: _Name, text: str, words: PlaceWords) -> bool:
    """The name follows a word that says where ("in", "at", "near") or a bracket or comma."""
    before = text[max(0, name.start - 12) : name.start].rstrip()
    if before[-1:] in {"(", ",", "["}:
        return True
    before_words = [w.lower() for w in text[max(0, name.start - 30) : name.start].split()]
    if len(before_words) >= 2 and before_words[-1] in words.locative_directions:
        before_words.pop()  # "in eastern Syria": a part of the country is still in it
    return bool(before_words) and before_words[-1] in words.country_locatives


def _in_brackets(name: _Name, text: str, words: PlaceWords) -> bool:
    """The name stands in the brackets right after a name: "San Fernando (Buenos Aires)", or
    further on in the list of divisions so bracketed after a place ("Dolna (Varnok, Kamboro)",
    "Dolna village (Varnok, Kamboro)"): how reports code a place's divisions, so each is a
    division where it can be one. (A list after any other word names other things: "unions
    (CGT, Sud)".)"""
    before = text[max(0, name.start - BRACKET_REACH) : name.start]
    at = before.rfind("(")
    if at < 0 or ")" in before[at:]:
        return False
    listed = before[at + 1 :]
    head = before[:at].split()
    # after a name, or after a bracketed note on it ("Dolna (coded to Varnok) (Kamboro, Sud)")
    if not head or not (head[-1][-1:].isalpha() or head[-1].endswith(")")):
        return False
    if not listed.strip():
        return True
    if not all(c.isalpha() or c in BRACKET_LIST for c in listed):
        return False
    if not listed.rstrip().endswith(","):
        return False  # "(Varnok West)": a piece of a longer name, not an item of the list
    last = head[-1].lower()
    # after a name, or the word that closes one ("Dolna village", "Dolna east")
    return (
        head[-1][:1].isupper() or last in words.division_nouns or last in words.locative_directions
    )


# How far back a bracketed list of divisions is looked for, and what may stand in it between the
# bracket and a name: other names and their separators.
BRACKET_REACH = 60
BRACKET_LIST = frozenset(" ,-'.")


def _names_division(name: _Name, text: str, words: PlaceWords) -> bool:
    """The word after the name says it is a division ("Bara district", "Kirkuk province")."""
    after = re.match(r"\s+(\w+)", text[name.end : name.end + 20])
    return after is not None and after.group(1).lower() in words.admin_words


def _names_town(name: _Name, text: str, words: PlaceWords) -> bool:
    """The word after the name says it is a town ("Amara city"), and no "of" follows ("the
    Texas city of Austin" names another)."""
    after = re.match(r"\s+(\w+)(\s+of\b)?", text[name.end : name.end + 20])
    return after is not None and after.group(1).lower() in words.city_words and not after.group(2)


def _holds(name: _Name, text: str) -> bool:
    """The name is bracketed or comma-listed right after a name: "X (Y)", "X, Y"."""
    before = text[max(0, name.start - 3) : name.start].rstrip()
    return before[-1:] in {"(", ","} and before[-2:-1].isalpha()


_Told = tuple[_Name, set[int], dict[str, float], tuple[str, float] | None]
"""What one name says in a vote, whatever else is voting (`_told`): the name itself, its
namesakes, its best weight per country (before it is shared among them) and the geocoder's
reading's vote, if any."""

VoteMemo = dict[int, _Told]
"""Names' `_Told`, kept by the caller for one text (by the name's `id`, the name kept with it)."""


def _vote(
    names: Sequence[_Name],
    countries: Iterable[str],
    context: Iterable[str],
    text: str = "",
    article: str | None = None,
    remote: frozenset[int] = frozenset(),
    *,
    words: PlaceWords,
    memo: VoteMemo | None = None,
) -> str | None:
    """The country most of the sentence's names can be in: each name gives each of its countries
    its best reading's weight (an ambiguous name helps all its countries alike, so the names that
    settle it decide), then the actors' countries and the article's other places add a little.
    Names starting at `remote` offsets lie deep inside another phrase of the event's clause
    ("after attacks on bases in *Iraq*"): they count half. `memo`: what each name says, kept
    by the caller for this `text` and `words` (the events of a sentence vote with the same
    names again: perf35)."""
    votes: dict[str, float] = defaultdict(float)
    told = [_told(n, text, words, memo) for n in names]
    local = {
        e.country
        for n, namesakes, _, _ in told
        for e in n.entries
        if e.feature != "country" and id(e) not in namesakes
    }
    local |= {n.geo.country for n in names if n.geo is not None and n.geo.feature != "country"}
    for n, _, best, geo in told:
        # an ambiguous name ("San Juan", "Santa Rosa") helps each of its countries less than a
        # name found in one country only; a country named as such ("the war in Ukraine") is often
        # a topic, so it counts fully only where a town or province of it is also named
        spread = math.sqrt(len(best)) * (REMOTE_FACTOR if n.start in remote else 1.0)
        for c, weight in best.items():
            votes[c] += weight / spread
        if geo is not None:
            votes[geo[0]] += geo[1]
    for c in list(votes):
        if c not in local:
            votes[c] *= 0.4
    for c, bonus in _nesting(names).items():
        votes[c] += bonus
    for c in set(countries):
        if c in votes:
            votes[c] += 0.5
    seen: dict[str, int] = defaultdict(int)
    for c in context:
        seen[c] += 1
    for c, k in seen.items():
        if c in votes:
            votes[c] += min(0.3 * k, 0.9)
    if article in votes:
        votes[article] += ARTICLE_WEIGHT
    votes.pop("", None)
    return max(votes, key=lambda c: votes[c]) if votes else None


def _told(n: _Name, text: str, words: PlaceWords, memo: VoteMemo | None) -> _Told:
    """What the name says in any vote on `text`: its namesakes, its best reading's weight per
    country, and the geocoder's reading's vote (kept in `memo`)."""
    if memo is not None:
        kept = memo.get(id(n))
        if kept is not None and kept[0] is n:
            return kept
    namesakes = _namesakes(n)
    best: dict[str, float] = {}
    holder = bool(text) and _holds(n, text)
    # "the invasion of Ukraine", "refugees from Ukraine": a country not named as where
    topic = bool(text) and not _locative(n, text, words)
    entries = n.entries
    bracketed = bool(text) and _in_brackets(n, text, words)
    piece = bool(text) and _piece_of_place(n, text, words)
    if (bracketed or _names_division(n, text, words)) and any(
        e.feature in {"admin1", "admin2"} for e in entries
    ):
        # "San Fernando (Buenos Aires)", "Bara district": a division, not a town so named
        entries = tuple(e for e in entries if e.feature in {"admin1", "admin2"})
    elif _names_town(n, text, words) and any(e.feature == "city" for e in entries):
        # "Amara city": the town, not a province so named
        entries = tuple(e for e in entries if e.feature == "city")
    for e in entries:
        c = e.country or ""
        weight = _weight(n, e, holder) * (0.5 if topic and e.feature == "country" else 1.0)
        if id(e) in namesakes or (piece and weak_piece(e)):
            weight *= WEAK_FACTOR
        best[c] = max(best.get(c, 0.0), weight)
    geo: tuple[str, float] | None = None
    if n.geo is not None and n.geo.country and not (topic and n.geo.feature == "country"):
        # the geocoder read the whole article: its choice is not one of many
        # (less when it read the name as another's spelling: "Mambasa" as Mombasa)
        other = normalise(n.geo.name) != normalise(n.text)
        geo = (n.geo.country, GEO_WEIGHT * n.geo.confidence * (0.5 if other else 1.0))
    found = (n, namesakes, best, geo)
    if memo is not None:
        memo[id(n)] = found
    return found


def _nesting(names: Sequence[_Name]) -> dict[str, float]:
    """Countries where a name lies in a division named after it ("San Francisco (Cordoba)",
    "Andarab district, Baghlan"): a town and its province agreeing on one country outweigh
    each name's readings alone; a pair of primary names counts a little more, and each pair
    that agrees ("Karak city (Karak, KPK)") adds. A town read through another of its names
    (`weak`) pairs with nothing: "Cordoba (Cordoba)" is Argentina's city in its province, not
    Los Cordobas in Colombia's Cordoba."""
    bonus: dict[str, float] = defaultdict(float)
    # Pairs are looked up by position (the names starting within 80 characters after `a`), and
    # taken in list order as before, so an article's cost stays proportional to its names.
    by_start = sorted(range(len(names)), key=lambda k: names[k].start)
    starts = [names[k].start for k in by_start]
    for i, a in enumerate(names):
        near = by_start[bisect_right(starts, a.end) : bisect_right(starts, a.end + 80)]
        for b in (names[j] for j in sorted(near) if j > i):
            pair: dict[str, float] = {}
            for ea in a.entries:
                if ea.feature == "country" or not ea.country or weak(a, ea):
                    continue
                for eb in b.entries:
                    if eb.country != ea.country or not _inside(ea, eb):
                        continue
                    score = 1.0 + 0.3 * (ea.kind == 0 and eb.kind == 0)
                    pair[ea.country] = max(pair.get(ea.country, 0.0), score)
            for c, score in pair.items():
                bonus[c] += score
    return bonus


def _inside(ea: Entry, eb: Entry) -> bool:
    """Entry `ea` lies in division `eb` (its province, or its district by name)."""
    if eb.feature == "admin1":
        return ea.feature != "admin1" and bool(ea.admin1) and ea.admin1 == eb.admin1
    if eb.feature == "admin2" and ea.admin2 and ea.feature in {"city", "landmark"}:
        words = set(normalise(ea.admin2).split())
        return set(normalise(eb.name).split()) <= words
    return False
