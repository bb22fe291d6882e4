"""Exact and near-duplicate articles: a normalised-text hash and MinHash LSH over word shingles.

Reposts on content farms, syndicated wire copies and lightly edited updates share most of their
word 5-grams; MinHash estimates that overlap (Jaccard) from a fixed-size signature, and LSH finds
candidates without comparing every pair, so tomorrow's articles find today's copies cheaply.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SCHEME = "affine32"
"""datasketch's permutation scheme, fixed so stored signatures stay comparable."""
HASH_DTYPE = np.uint32
SHINGLE_WORDS = 5
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Signature:
    """What the store keeps per article so later runs can find its duplicates."""

    text_hash: str
    hashvalues: bytes


def normalised_words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def text_hash(text: str) -> str:
    return hashlib.sha1(" ".join(normalised_words(text)).encode("utf-8")).hexdigest()


def minhash_of(words: list[str], num_perm: int = NUM_PERM) -> MinHash:
    mh = MinHash(num_perm=num_perm, scheme=SCHEME)
    if len(words) < SHINGLE_WORDS:
        shingles = [" ".join(words).encode("utf-8")] if words else []
    else:
        shingles = [
            " ".join(words[i : i + SHINGLE_WORDS]).encode("utf-8")
            for i in range(len(words) - SHINGLE_WORDS + 1)
        ]
    if shingles:
        mh.update_batch(shingles)
    return mh


class Deduper:
    """Finds the earlier copy of an article among everything it has been shown."""

    def __init__(self, threshold: float = 0.7, num_perm: int = NUM_PERM) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._exact: dict[str, str] = {}
        self._minhashes: dict[str, MinHash] = {}
        self._root: dict[str, str] = {}

    def load(self, known: Iterable[tuple[str, str | None, Signature]]) -> None:
        """Seed with stored articles: (id, duplicate_of, signature)."""
        for doc_id, duplicate_of, sig in known:
            values = np.frombuffer(sig.hashvalues, dtype=HASH_DTYPE)
            mh = MinHash(num_perm=self.num_perm, hashvalues=values, scheme=SCHEME)
            self._remember(doc_id, duplicate_of, sig.text_hash, mh)

    def check(self, doc_id: str, text: str) -> tuple[str | None, Signature]:
        """The id of the original this text copies (or None), and this text's signature."""
        words = normalised_words(text)
        exact = hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()
        mh = minhash_of(words, self.num_perm)
        sig = Signature(exact, mh.hashvalues.astype(HASH_DTYPE).tobytes())
        if doc_id in self._minhashes:
            return self._root.get(doc_id) if self._root.get(doc_id) != doc_id else None, sig
        original = self._exact.get(exact)
        if original is None and words:
            best: tuple[float, str] | None = None
            for candidate in self._lsh.query(mh):
                score = mh.jaccard(self._minhashes[candidate])
                if score >= self.threshold and (best is None or (score, candidate) > best):
                    best = (score, candidate)
            original = best[1] if best else None
        if original is not None:
            original = self._root.get(original, original)
        self._remember(doc_id, original, exact, mh)
        return original, sig

    def _remember(self, doc_id: str, duplicate_of: str | None, exact: str, mh: MinHash) -> None:
        if doc_id in self._minhashes:
            return
        self._minhashes[doc_id] = mh
        self._root[doc_id] = duplicate_of or doc_id
        self._exact.setdefault(exact, doc_id)
        self._lsh.insert(doc_id, mh)
