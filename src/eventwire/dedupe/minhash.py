"""Exact and near-duplicate articles: a normalised-text hash and MinHash LSH over word shingles.

Reposts on content farms, syndicated wire copies and lightly edited updates share most of their
word 4-grams; MinHash estimates that overlap (Jaccard) from a fixed-size signature, and LSH finds
candidates without comparing every pair, so tomorrow's articles find today's copies cheaply.

Two texts are copies when the estimated Jaccard similarity of their shingle sets reaches
`threshold`, or when most of the shorter one's shingles are in the longer one (containment, derived
from the Jaccard estimate and the two set sizes: an update that adds paragraphs, a copy that drops
the last one). Short lines without sentence punctuation (site navigation, share buttons, taglines,
copyright lines) are left out of the shingles, so site chrome does not dilute the overlap.

Shingles are hashed with numpy (one 32-bit code per word 4-gram, from per-word CRC-32 codes mixed by
position), then datasketch does the rest: its MinHash applies 128 affine permutations to those codes
(`update_batch`, vectorised) and its MinHashLSH finds candidates by banding (42 bands of 3 rows).

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

import functools
import hashlib
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
HASH_DTYPE = np.uint32
SHINGLE_WORDS = 4
BANDS, ROWS = 42, 3
"""LSH banding: a pair with Jaccard 0.4 becomes a candidate with probability 0.94, 0.5 with 0.996,
an unrelated pair (0.02) with 0.0003."""
CONTAINMENT = 0.7
"""Share of the shorter text's shingles found in the longer one that makes it a copy..."""
MIN_JACCARD_FOR_CONTAINMENT = 0.2
"""...provided the two are not wildly different in length (a one-line brief is not a copy)."""
MORE_COMPLETE = 1.2
"""A copy this many times longer than the canonical copy (same day) is the more complete one."""
CHROME_LINE_WORDS = 8
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s*$")
_MASK32 = np.uint64(0xFFFFFFFF)
_SEED = 0x5EED


SCHEME = "affine32"
"""datasketch's permutation scheme, fixed so stored signatures stay comparable across versions."""
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, scheme=SCHEME, seed=_SEED).permutations


def _identity(code: int) -> int:
    """Shingles arrive as 32-bit codes already: datasketch's hashing step has nothing to do."""
    return code


_POSITION = np.array(
    [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93],
    dtype=np.uint64,
)[:SHINGLE_WORDS]


@dataclass(frozen=True)
class Signature:
    """What the store keeps per article so later runs can find its duplicates.

    `hashvalues` is NUM_PERM uint32 minimum hashes followed by one uint32: the shingle count.
    """

    text_hash: str
    hashvalues: bytes


def normalised_words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def text_hash(text: str) -> str:
    return hashlib.sha1(" ".join(normalised_words(text)).encode("utf-8")).hexdigest()


def split_words(text: str) -> tuple[list[str], list[str]]:
    """All normalised words, and those of the content lines only.

    Content lines are all but short lines without sentence punctuation (site chrome), unless
    dropping those would drop half the words or more.
    """
    words: list[str] = []
    body: list[str] = []
    for line in text.casefold().splitlines():
        found = _WORD.findall(line)
        words.extend(found)
        if len(found) >= CHROME_LINE_WORDS or _SENTENCE_END.search(line):
            body.extend(found)
    return words, (body if 2 * len(body) > len(words) else words)


@functools.lru_cache(maxsize=1 << 17)
def _word_code(word: str) -> int:
    """A stable 32-bit code of a word (Python's own hash is salted per process)."""
    return zlib.crc32(word.encode("utf-8"))


def shingle_hashes(words: list[str]) -> npt.NDArray[np.uint32]:
    """One 32-bit hash per distinct word 4-gram; a text shorter than that is one shingle."""
    if not words:
        return np.zeros(0, dtype=np.uint32)
    codes = np.array(list(map(_word_code, words)), dtype=np.uint64)
    k = min(SHINGLE_WORDS, len(words))
    n = len(words) - k + 1
    h = np.zeros(n, dtype=np.uint64)
    for j in range(k):
        h += codes[j : j + n] * _POSITION[j]  # wraps modulo 2^64
    h ^= h >> np.uint64(29)
    h *= np.uint64(0xBF58476D1CE4E5B9)
    h ^= h >> np.uint64(32)
    low: npt.NDArray[np.uint32] = (h & _MASK32).astype(np.uint32)
    low.sort()  # sort-based distinct values: much cheaper than np.unique on short arrays
    return low[np.concatenate(([True], low[1:] != low[:-1]))]


def _minhash(values: npt.NDArray[np.uint32] | None = None) -> MinHash:
    return MinHash(
        num_perm=NUM_PERM,
        scheme=SCHEME,
        hashfunc=_identity,
        permutations=_PERMUTATIONS,
        hashvalues=values,
    )


def signature_values(words: list[str]) -> npt.NDArray[np.uint32]:
    """NUM_PERM minimum hashes plus the shingle count (see `Signature`)."""
    return _sign(words)[0]


def _sign(words: list[str]) -> tuple[npt.NDArray[np.uint32], MinHash]:
    shingles = shingle_hashes(words)
    mh = _minhash()
    mh.update_batch(shingles.tolist())
    out = np.empty(NUM_PERM + 1, dtype=HASH_DTYPE)
    out[:NUM_PERM] = mh.hashvalues
    out[NUM_PERM] = min(len(shingles), np.iinfo(HASH_DTYPE).max)
    return out, mh


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
        self._lsh = MinHashLSH(num_perm=NUM_PERM, params=(BANDS, ROWS))
        self._exact: dict[str, str] = {}
        self._values: dict[str, npt.NDArray[np.uint32]] = {}
        self._root: dict[str, str] = {}
        self._rank: dict[str, _Rank] = {}
        self._members: dict[str, list[str]] = {}
        self.repointed: dict[str, str] = {}
        """Earlier articles whose `duplicate_of` changed to a better copy found later: id → new."""

    def load(self, known: Iterable[tuple[str, str | None, Signature]]) -> None:
        """Seed with stored articles: (id, duplicate_of, signature)."""
        for doc_id, duplicate_of, sig in known:
            values = np.frombuffer(sig.hashvalues, dtype=HASH_DTYPE)
            if len(values) != NUM_PERM + 1:
                continue  # a signature of an older format: the exact hash still works
            self._remember(doc_id, duplicate_of, sig.text_hash, values)

    def check(
        self, doc_id: str, text: str, published: str | None = None, *, repost: bool = False
    ) -> tuple[str | None, Signature]:
        """The id of the original this text copies (or None), and this text's signature.

        `published` and `repost` (the page names another page as its source) decide which copy
        of a group is the canonical one; see the module docstring.
        """
        words, body = split_words(text)
        exact = hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()
        values, mh = _sign(body)
        sig = Signature(exact, values.tobytes())
        if doc_id in self._values:
            root = self._root.get(doc_id)
            return (root if root != doc_id else None), sig
        original = self._exact.get(exact)
        if original is None and words:
            original = self._nearest(values, mh)
        rank = _Rank((published or "9999")[:10], repost, len(body))
        if original is not None:
            original = self._root.get(original, original)
            if original in self._rank and rank.better_than(self._rank[original]):
                self._promote(doc_id, original)
                original = None
        self._remember(doc_id, original, exact, values, mh)
        self._rank[doc_id] = rank
        return original, sig

    def copies_of(self, doc_id: str) -> tuple[str, ...]:
        """The articles seen so far that copy `doc_id` (empty for a copy or an unknown id)."""
        return tuple(self._members.get(doc_id, ()))

    def similarity(self, a: npt.NDArray[np.uint32], b: npt.NDArray[np.uint32]) -> float | None:
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

    def _nearest(self, values: npt.NDArray[np.uint32], mh: MinHash) -> str | None:
        candidates = self._lsh.query(mh)
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

    def _remember(
        self,
        doc_id: str,
        duplicate_of: str | None,
        exact: str,
        values: npt.NDArray[np.uint32],
        mh: MinHash | None = None,
    ) -> None:
        if doc_id in self._values:
            return
        self._values[doc_id] = values
        self._root[doc_id] = duplicate_of or doc_id
        if duplicate_of is not None:
            self._members.setdefault(duplicate_of, []).append(doc_id)
        self._exact.setdefault(exact, doc_id)
        self._lsh.insert(doc_id, mh or _minhash(values[:NUM_PERM]), check_duplication=False)
