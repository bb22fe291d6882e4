"""The offline gazetteer, read side: the index of normalised names the build wrote into SQLite.

The index (built once by `build.py` from packaged GeoNames data into the user's cache) holds every
entry (country, first- and second-level division, town, landmark) and every name it goes by, each
name normalised (`normalise`) and marked with its kind. Lookups go through that index, so the
opened gazetteer costs a few MB of memory whatever the size of the file.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from ..lang import load_lexicon

GAZETTEER_VERSION = 12
GAZETTEER_FILE = f"gazetteer-v{GAZETTEER_VERSION}.sqlite"
"""A test index's file name; `gazetteer_file` names the cached full index."""


def gazetteer_file(fingerprint: str) -> str:
    """The cached index's file name: its version and the fingerprint of the words it was built
    with (`DivisionWords.fingerprint` and `NameForms.digest`), so that other words make another
    index."""
    digest = hashlib.sha256(f"{fingerprint}/{name_forms().digest}".encode()).hexdigest()[:12]
    return f"gazetteer-v{GAZETTEER_VERSION}-{digest}.sqlite"


# Name kinds in the index: the entry's own name, another name of it, an abbreviation ("CA"), a
# demonym or nationality adjective ("Iraqi", "Europeans"), a second-level division's bare or ISO
# name ("Soum" of "Province du Soum"; `admin2`), which alone more often means some town.
PRIMARY, ALTERNATE, ABBREVIATION, DEMONYM, DIVISION = 0, 1, 2, 3, 4

_APOSTROPHES = re.compile(r"['’‘`ʼʻ]")
_SEPARATORS = re.compile(r"[\s\-‐‑–—_.,/()]+")


@dataclass(frozen=True)
class NameForms:
    """The words the index keys write in one form (`name_canonical_words.tsv`), the articles
    looked past (`name_articles.txt`) and dropped (`name_leading_articles.txt`).

    The index is one for every language (GeoNames' names are keyed once, at the build), so its
    keys read the shipped English lexicon's lists, at the build and at every lookup alike."""

    canonical: dict[str, str]
    articles: frozenset[str]
    leading: frozenset[str]
    digest: str
    """A digest of the three lists: an index keyed with other words is another file."""


@cache
def name_forms() -> NameForms:
    """The index keys' words, read once a process."""
    lexicon = load_lexicon("en")
    canonical = lexicon.mapping("geocode/name_canonical_words", "word", "key")
    articles = lexicon.entries("geocode/name_articles")
    leading = lexicon.entries("geocode/name_leading_articles")
    digest = hashlib.sha256(
        "\n".join([*map("\t".join, canonical.items()), "", *articles, "", *leading]).encode()
    ).hexdigest()[:12]
    return NameForms(canonical, frozenset(articles), frozenset(leading), digest)


@lru_cache(maxsize=1 << 16)
def normalise(name: str) -> str:
    """The index key of a name: casefolded, without diacritics, punctuation or a leading "the".
    (Memoised: an article asks for the same few names many times.)"""
    forms = name_forms()
    text = name
    if not text.isascii():
        # (an ASCII name, most, has no decomposition nor combining mark: perf35)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHES.sub("", text.casefold())
    words = [forms.canonical.get(w, w) for w in _SEPARATORS.split(text) if w]
    if len(words) > 1 and words[0] in forms.leading:
        words = words[1:]
    return " ".join(words)


def name_keys(name: str) -> tuple[str, ...]:
    """The key of a name, plus its variant without an Arabic article ("Al Basrah" -> "basrah")."""
    key = normalise(name)
    if not key:
        return ()
    words = key.split(" ")
    keys = [key]
    if len(words) > 1 and words[0] in name_forms().articles:
        keys.append(" ".join(words[1:]))
    return tuple(keys)


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer entry, as the resolver sees it."""

    id: int
    geonameid: int | None
    name: str
    lat: float
    lon: float
    country: str | None
    """ISO 3166-1 alpha-3, None for continents."""
    cc2: str | None
    admin1: str | None
    admin1_code: str | None
    admin2: str | None
    feature: str
    population: int
    capital: bool
    kind: int = PRIMARY
    """How the looked-up name matched: PRIMARY, ALTERNATE, ABBREVIATION or DEMONYM."""


COLUMNS = (
    "id, geonameid, name, lat, lon, country, cc2, admin1, admin1_code, admin2, feature, "
    "population, capital"
)

LOOKUPS_KEPT = 1 << 15  # names whose answers a gazetteer keeps (a few MB)

COLUMN_INDEX = {c.strip(): i for i, c in enumerate(COLUMNS.split(","))}


class Gazetteer:
    """Read-only access to a built index; one per worker (SQLite connections are per thread)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        self._con.execute("PRAGMA cache_size = -16000")  # 16 MB page cache at most
        self._countries: dict[str, Entry] | None = None
        self._looked_up: dict[tuple[str, int], tuple[Entry, ...]] = {}
        self._keyed: dict[str, _KeyRows] = {}

    def close(self) -> None:
        self._con.close()

    def lookup(self, name: str, *, limit: int = 60) -> list[Entry]:
        """Entries any of whose names normalises like `name`, most populous first (answers are
        kept, up to `LOOKUPS_KEPT` names, since the index is read-only)."""
        asked = (name, limit)
        answer = self._looked_up.get(asked)
        if answer is None:
            if len(self._looked_up) >= LOOKUPS_KEPT:
                self._looked_up.clear()
            answer = self._looked_up[asked] = tuple(self._lookup(name, limit))
        return list(answer)

    def _lookup(self, name: str, limit: int) -> list[Entry]:
        found: dict[int, Entry] = {}
        for i, key in enumerate(name_keys(name)):
            for entry in self._query(key, limit):
                if i and entry.kind == PRIMARY:  # matched only without its article
                    entry = dataclasses.replace(entry, kind=ALTERNATE)
                if entry.id not in found or found[entry.id].kind > entry.kind:
                    found[entry.id] = entry
        return sorted(found.values(), key=lambda e: (-e.population, e.kind))

    def _query(self, key: str, limit: int) -> list[Entry]:
        """The key's first `limit` entries, most populous first. The geocode stage and the
        events stage ask for the same names with different limits (60, 30, 3): each key's rows
        are read once, at `KEY_ROWS` at least, and a smaller limit takes their head (SQLite's
        sort keeps ties in scan order, so a LIMIT's rows are the head of a larger LIMIT's);
        an Entry is built only when some answer reaches its row."""
        keyed = self._keyed.get(key)
        if keyed is None or (limit > keyed.asked and len(keyed.rows) == keyed.asked):
            if len(self._keyed) >= LOOKUPS_KEPT:
                self._keyed.clear()
            asked = max(limit, KEY_ROWS)
            keyed = self._keyed[key] = _KeyRows(asked, self._rows(key, asked))
        return keyed.head(limit)

    def _rows(self, key: str, limit: int) -> list[tuple[Any, ...]]:
        # most keys asked for name nothing (people, organisations): a probe of the names
        # index answers those at half the cost of the join and sort
        if self._con.execute(_HAS_KEY, (key,)).fetchone() is None:
            return []
        return self._con.execute(_BY_KEY, (key, limit)).fetchall()

    def by_geonameid(self, geonameid: int) -> Entry | None:
        row = self._con.execute(
            f"SELECT {COLUMNS}, 0 FROM places WHERE geonameid = ? ORDER BY population DESC",
            (geonameid,),
        ).fetchone()
        return _entry(row) if row else None

    def country(self, alpha3: str) -> Entry | None:
        """The country's own entry. All of them are read at the first call, in one scan: the
        places table has no index by feature, and a scan per call cost ~20 ms."""
        if self._countries is None:
            rows = self._con.execute(
                f"SELECT {COLUMNS}, 0 FROM places WHERE feature = 'country' ORDER BY rowid"
            ).fetchall()
            countries: dict[str, Entry] = {}
            for row in rows:
                countries.setdefault(row[COLUMN_INDEX["country"]], _entry(row))
            self._countries = countries
        return self._countries.get(alpha3)


_BY_KEY = (
    f"SELECT {', '.join(f'p.{c.strip()}' for c in COLUMNS.split(','))}, n.kind "
    "FROM names n JOIN places p ON p.id = n.place_id "
    "WHERE n.key = ? ORDER BY p.population DESC LIMIT ?"
)
_HAS_KEY = "SELECT 1 FROM names WHERE key = ? LIMIT 1"

KEY_ROWS = 60
"""Rows read for a key at the first lookup of it: the largest limit any caller asks for."""


class _KeyRows:
    """One key's rows as SQL ordered them (`asked` at most), and the Entries built so far."""

    __slots__ = ("asked", "entries", "rows")

    def __init__(self, asked: int, rows: list[tuple[Any, ...]]) -> None:
        self.asked = asked
        self.rows = rows
        self.entries: list[Entry] = []

    def head(self, limit: int) -> list[Entry]:
        """The first `limit` entries, building those not built yet."""
        entries = self.entries
        for row in self.rows[len(entries) : limit]:
            entries.append(_entry(row))
        return entries[:limit]


def _entry(row: tuple[Any, ...]) -> Entry:
    return Entry(
        id=row[0], geonameid=row[1], name=row[2], lat=row[3], lon=row[4], country=row[5],
        cc2=row[6], admin1=row[7], admin1_code=row[8], admin2=row[9], feature=row[10],
        population=row[11], capital=bool(row[12]), kind=row[13],
    )  # fmt: skip
