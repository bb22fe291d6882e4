"""Exact and near-duplicate articles: a normalised-text hash and MinHash LSH over word shingles.

Reposts on content farms, syndicated wire copies and lightly edited updates share most of their
word 4-grams; MinHash estimates that overlap (Jaccard) from a fixed-size signature, and LSH finds
candidates without comparing every pair, so tomorrow's articles find today's copies cheaply.

Two texts are copies when the estimated Jaccard similarity of their shingle sets reaches
`threshold`, or when most of the shorter one's shingles are in the longer one (containment, derived
from the Jaccard estimate and the two set sizes: an update that adds paragraphs, a copy that drops
the last one). Short lines without sentence punctuation (site navigation, share buttons, taglines,
copyright lines) are left out of the shingles, so site chrome does not dilute the overlap.

Signing is a handful of numpy steps over the whole text, with no Python loop per word or shingle
(it has to keep up with ingest: thousands of articles per second per core). One 32-bit code per
word 4-gram (a 64-bit polynomial hash, folded) comes from prefix sums over the UTF-8 bytes of the
normalised text; datasketch's `affine32` MinHash scheme (its permutations, its MurmurHash3 pre-mix)
turns those codes into NUM_PERM minimum hashes, computed as one matrix, value for value what
`MinHash.update_batch` gives; datasketch's MinHashLSH keeps the bands, keyed by one integer per
band (`BandIndex`). Stored signatures end with SIGNATURE_FORMAT: one of an older format still finds
exact copies, and is replaced when its article comes through `check` again.

Which copy is the original: within a run, the copies of one text form a group whose *canonical*
copy is the one published earliest (by day; an unknown date counts as latest), then one that is
not a declared repost (a page naming its source link), then one at least a fifth longer (more
complete: an updated version, not the same text with a few lines of site chrome); otherwise the
copy seen first stays canonical. When a better copy arrives after the group's canonical copy was
already handed on, it becomes the canonical copy and every earlier member is re-pointed at it:
`Deduper.repointed` holds those changes, for the store to apply. Articles loaded from the store
(`load`) carry no date or length, so a stored original stays the original: it was there first.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from datasketch import MinHash, MinHashLSH

U32 = npt.NDArray[np.uint32]
U64 = npt.NDArray[np.uint64]

NUM_PERM = 128
HASH_DTYPE = np.uint32
SHINGLE_WORDS = 4
BANDS, ROWS = 32, 2
"""LSH banding over the first 64 minimum hashes: a pair with Jaccard 0.3 becomes a candidate
with probability 0.95 (what the containment rule needs), 0.5 with 0.9999; two articles on one
topic (0.02) with 0.013, an unrelated pair (0.001) with 0.00003. All NUM_PERM values then estimate
the similarity: with 64 alone its spread (0.06 at Jaccard 0.4) let distinct reports of one
incident pass as copies now and then."""
CONTAINMENT = 0.7
"""Share of the shorter text's shingles found in the longer one that makes it a copy..."""
MIN_JACCARD_FOR_CONTAINMENT = 0.2
"""...provided the two are not wildly different in length (a one-line brief is not a copy)."""
MORE_COMPLETE = 1.2
"""A copy this many times longer than the canonical copy (same day) is the more complete one."""
CHROME_LINE_WORDS = 8
SIGNATURE_FORMAT = 0x45570002
"""Last value of a stored signature: which shingle hashing and permutations made it. Signatures
of another format (the first: 128 minimum hashes of per-word CRC-32 shingles, then the shingle
count) are not comparable with these; `Deduper.load` keeps their exact text hash only."""
_WORD = re.compile(r"\w+")
_SENTENCE_END = (".", "!", "?")
_CLOSING = "\"'”’)"
PERMUTATION_SEED = 0x5EED
_MAX_HASH = 0xFFFFFFFF
_CHUNK = 4096
"""Shingles per step of the MinHash matrix (NUM_PERM x _CHUNK uint32), bounding its memory."""

SCHEME = "affine32"
"""datasketch's permutation scheme, fixed so stored signatures stay comparable across versions."""
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, scheme=SCHEME, seed=PERMUTATION_SEED).permutations
_A = np.ascontiguousarray(_PERMUTATIONS[0]).reshape(-1, 1)
_B = np.ascontiguousarray(_PERMUTATIONS[1]).reshape(-1, 1)
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35))
_BAND_MULT = np.array(
    [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93],
    dtype=np.uint64,
)
_POLY = 0x100000001B3
"""Base of the polynomial shingle hash (the FNV-64 prime): odd, so invertible modulo 2^64."""


def _power_table(base: int, n: int) -> U64:
    """base^0 .. base^(n-1) modulo 2^64."""
    table = np.full(n, base, dtype=np.uint64)
    table[0] = 1
    np.multiply.accumulate(table, out=table)
    return table


class _Powers:
    """Powers of _POLY and of its inverse modulo 2^64, grown to the longest text seen."""

    tables: tuple[U64, U64] = (np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.uint64))

    @classmethod
    def upto(cls, n: int) -> tuple[U64, U64]:
        tables = cls.tables  # replaced as a whole, so a concurrent reader sees a matching pair
        if n > len(tables[0]):
            size = max(n, 2 * len(tables[0]), 1 << 15)
            inverse = pow(_POLY, -1, 1 << 64)
            tables = cls.tables = (_power_table(_POLY, size), _power_table(inverse, size))
        return tables


@dataclass(frozen=True)
class Signature:
    """What the store keeps per article so later runs can find its duplicates.

    `hashvalues` is NUM_PERM uint32 minimum hashes, one uint32 with the shingle count, and
    SIGNATURE_FORMAT.
    """

    text_hash: str
    hashvalues: bytes

    @property
    def current(self) -> bool:
        """Written in this version's format (older stored ones are re-signed from their text)."""
        values = np.frombuffer(self.hashvalues, dtype=HASH_DTYPE)
        return len(values) == NUM_PERM + 2 and int(values[-1]) == SIGNATURE_FORMAT


def normalised_words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def text_hash(text: str) -> str:
    return hashlib.sha1(" ".join(normalised_words(text)).encode("utf-8")).hexdigest()


def _ends_sentence(line: str) -> bool:
    return line.rstrip().rstrip(_CLOSING).endswith(_SENTENCE_END)


def split_words(text: str) -> tuple[list[str], list[str]]:
    """All normalised words, and those of the content lines only.

    Content lines are all but short lines without sentence punctuation (site chrome), unless
    dropping those would drop half the words or more. Sentence ends are read from the end of the
    line (string methods): a regex search scans the whole line.
    """
    words: list[str] = []
    body: list[str] = []
    for line in text.casefold().splitlines():
        found = _WORD.findall(line)
        if found:
            words += found
            if len(found) >= CHROME_LINE_WORDS or _ends_sentence(line):
                body += found
    kept = 2 * len(body) > len(words) and len(body) < len(words)
    return words, (body if kept else words)  # the same list when nothing is left out


def shingle_hashes(text: str) -> U32:
    """One 32-bit hash per distinct word 4-gram of normalised text (words joined by one space).

    A 4-gram is a span of the text's UTF-8 bytes between two spaces (the text is padded with
    one at each end); its polynomial hash sum(byte_t * P^(t-start)) modulo 2^64 is a difference of
    prefix sums scaled by P^-start, so all of them take a few array operations. A text shorter
    than four words is one shingle.
    """
    if not text:
        return np.zeros(0, dtype=np.uint32)
    data = np.frombuffer(f" {text} ".encode(), dtype=np.uint8)
    power, inverse = _Powers.upto(len(data))
    terms = data.astype(np.uint64)
    terms *= power[: len(data)]
    prefix = np.add.accumulate(terms)
    spaces = (data == 32).nonzero()[0]
    k = min(SHINGLE_WORDS, len(spaces) - 1)
    first = spaces[:-k]
    h = (prefix[spaces[k:]] - prefix[first]) * inverse[first]
    h ^= h >> np.uint64(32)
    low = h.astype(np.uint32)
    low.sort()  # sort-based distinct values: much cheaper than np.unique on short arrays
    return low[np.concatenate(([True], low[1:] != low[:-1]))]


def _fmix32(values: U32) -> U32:
    """datasketch's pre-mix of `affine32` inputs (the MurmurHash3 finaliser)."""
    s1, m1, s2, m2 = _FMIX32
    values = values ^ (values >> s1)
    values *= m1
    values ^= values >> s2
    values *= m2
    values ^= values >> s1
    return values


def minhash_values(codes: U32) -> U32:
    """datasketch `affine32` MinHash of 32-bit codes: min over codes of a * fmix(code) + b."""
    if len(codes) <= _CHUNK:
        return _permuted_min(codes)
    out = np.full(NUM_PERM, _MAX_HASH, dtype=HASH_DTYPE)
    for i in range(0, len(codes), _CHUNK):
        np.minimum(out, _permuted_min(codes[i : i + _CHUNK]), out=out)
    return out


def _permuted_min(codes: U32) -> U32:
    if not len(codes):
        return np.full(NUM_PERM, _MAX_HASH, dtype=HASH_DTYPE)
    permuted = _A * _fmix32(codes)
    permuted += _B
    out: U32 = permuted.min(axis=1)
    return out


def signature_values(text: str) -> U32:
    """NUM_PERM minimum hashes, the shingle count and the format (see `Signature`)."""
    codes = shingle_hashes(text)
    out = np.empty(NUM_PERM + 2, dtype=HASH_DTYPE)
    out[:NUM_PERM] = minhash_values(codes)
    out[NUM_PERM] = min(len(codes), _MAX_HASH)
    out[NUM_PERM + 1] = SIGNATURE_FORMAT
    return out


def _signature(words: list[str], body: list[str]) -> Signature:
    joined = " ".join(words)
    exact = hashlib.sha1(joined.encode("utf-8")).hexdigest()
    values = signature_values(joined if body is words else " ".join(body))
    return Signature(exact, values.tobytes())


def sign(text: str) -> Signature:
    """The signature `Deduper.check` gives `text` (to re-sign articles stored in an older format)."""
    return _signature(*split_words(text))


class BandIndex(MinHashLSH):
    """datasketch's MinHashLSH hash tables, keyed by one integer per band of a signature.

    MinHashLSH's own insert and query slice and byte-swap each band of a MinHash object, twice per
    article, which cost more than signing; here the band keys come from one numpy step (two rows
    of 32 bits read as one 64-bit integer, longer bands mixed into one) and serve both the lookup
    and the insert.
    """

    def __init__(self, bands: int = BANDS, rows: int = ROWS) -> None:
        if rows > len(_BAND_MULT):
            raise ValueError(f"bands of at most {len(_BAND_MULT)} rows")
        super().__init__(num_perm=NUM_PERM, params=(bands, rows))
        self._buckets = [table.keys() for table in self.hashtables]
        """Live views of each table's band keys: most lookups miss, and a membership test on
        the view is much cheaper than a storage `get`."""

    def band_keys(self, values: U32) -> list[int]:
        rows = values[: self.b * self.r]
        if self.r == 2:
            keys: list[int] = rows.view(np.uint64).tolist()
            return keys
        bands = rows.reshape(self.b, self.r).astype(np.uint64)
        keys = (bands * _BAND_MULT[: self.r]).sum(axis=1).tolist()
        return keys

    def add(self, key: str, band_keys: list[int]) -> None:
        self.keys.insert(key, *band_keys)
        for band, table in zip(band_keys, self.hashtables, strict=True):
            table.insert(band, key)

    def query_and_add(self, key: str, band_keys: list[int]) -> set[str]:
        """The keys sharing a band with `band_keys` (candidates), then `key` added under them."""
        found: set[str] = set()
        self.keys.insert(key, *band_keys)
        for band, buckets, table in zip(band_keys, self._buckets, self.hashtables, strict=True):
            if band in buckets:
                found.update(table.get(band))
            table.insert(band, key)
        found.discard(key)
        return found


@dataclass(frozen=True)
class _Rank:
    day: str
    repost: bool
    words: int

    def better_than(self, other: _Rank) -> bool:
        """Whether a copy ranked `self` should displace the canonical copy ranked `other`."""
        if self.day != other.day:
            return self.day < other.day
        if self.repost != other.repost:
            return other.repost
        return self.words >= MORE_COMPLETE * other.words


class Deduper:
    """Finds the earlier copy of an article among everything it has been shown."""

    def __init__(self, threshold: float = 0.5, num_perm: int = NUM_PERM) -> None:
        if num_perm != NUM_PERM:
            raise ValueError(f"signatures have {NUM_PERM} permutations")
        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = BandIndex()
        self._exact: dict[str, str] = {}
        self._values: dict[str, U32] = {}
        self._root: dict[str, str] = {}
        self._rank: dict[str, _Rank] = {}
        self._members: dict[str, list[str]] = {}
        self.repointed: dict[str, str] = {}
        """Earlier articles whose `duplicate_of` changed to a better copy found later: id → new."""
        self.stale: list[str] = []
        """Loaded articles whose signature has an older format: found by exact text only, until
        `check` sees their text again (or the store re-signs them)."""

    def load(self, known: Iterable[tuple[str, str | None, Signature]]) -> None:
        """Seed with stored articles: (id, duplicate_of, signature)."""
        for doc_id, duplicate_of, sig in known:
            self._register(doc_id, duplicate_of, sig.text_hash)
            if sig.current:
                self._index(doc_id, np.frombuffer(sig.hashvalues, dtype=HASH_DTYPE))
            else:
                self.stale.append(doc_id)

    def check(
        self, doc_id: str, text: str, published: str | None = None, *, repost: bool = False
    ) -> tuple[str | None, Signature]:
        """The id of the original this text copies (or None), and this text's signature.

        `published` and `repost` (the page names another page as its source) decide which copy
        of a group is the canonical one; see the module docstring.
        """
        words, body = split_words(text)
        sig = _signature(words, body)
        exact = sig.text_hash
        values = np.frombuffer(sig.hashvalues, dtype=HASH_DTYPE)
        if doc_id in self._root:  # seen before; a stale stored signature is replaced
            if doc_id not in self._values:
                self._index(doc_id, values)
            root = self._root[doc_id]
            return (root if root != doc_id else None), sig
        candidates = self._lsh.query_and_add(doc_id, self._lsh.band_keys(values))
        self._values[doc_id] = values
        original = self._exact.get(exact)
        if original is None and words:
            original = self._nearest(values, candidates)
        rank = _Rank((published or "9999")[:10], repost, len(body))
        if original is not None:
            original = self._root.get(original, original)
            if original in self._rank and rank.better_than(self._rank[original]):
                self._promote(doc_id, original)
                original = None
        self._register(doc_id, original, exact)
        self._rank[doc_id] = rank
        return original, sig

    def copies_of(self, doc_id: str) -> tuple[str, ...]:
        """The articles seen so far that copy `doc_id` (empty for a copy or an unknown id)."""
        return tuple(self._members.get(doc_id, ()))

    def similarity(self, a: U32, b: U32) -> float | None:
        """The estimated Jaccard similarity of two signatures when they are copies, else None."""
        jaccard = float(np.count_nonzero(a[:NUM_PERM] == b[:NUM_PERM])) / NUM_PERM
        if jaccard >= self.threshold:
            return jaccard
        size_a, size_b = int(a[NUM_PERM]), int(b[NUM_PERM])
        if jaccard < MIN_JACCARD_FOR_CONTAINMENT or not size_a or not size_b:
            return None
        shared = jaccard * (size_a + size_b) / (1.0 + jaccard)
        containment = shared / min(size_a, size_b)
        return jaccard if containment >= CONTAINMENT else None

    def _nearest(self, values: U32, candidates: Iterable[str]) -> str | None:
        best: tuple[float, str] | None = None
        for candidate in candidates:
            score = self.similarity(values, self._values[candidate])
            if score is not None and (best is None or (score, candidate) > best):
                best = (score, candidate)
        return best[1] if best else None

    def _promote(self, doc_id: str, old_root: str) -> None:
        """Make `doc_id` the canonical copy of `old_root`'s group, re-pointing its members."""
        members = [old_root, *self._members.pop(old_root, [])]
        for member in members:
            self._root[member] = doc_id
            self.repointed[member] = doc_id
        self._members[doc_id] = members

    def _register(self, doc_id: str, duplicate_of: str | None, exact: str) -> None:
        if doc_id in self._root:
            return
        self._root[doc_id] = duplicate_of or doc_id
        if duplicate_of is not None:
            self._members.setdefault(duplicate_of, []).append(doc_id)
        self._exact.setdefault(exact, doc_id)

    def _index(self, doc_id: str, values: U32) -> None:
        if doc_id in self._values:
            return
        self._values[doc_id] = values
        self._lsh.add(doc_id, self._lsh.band_keys(values))
