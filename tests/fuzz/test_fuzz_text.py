"""Property tests on each stage's text functions: any text, no exception, bounded time.

The texts mix the characters that broke earlier versions (quote marks of every style, dashes,
apostrophes, combining marks, non-Latin scripts, line breaks) with news words. Each function
must return (or raise InputError) within a time proportional to the text's length; the bound
is generous (machines are noisy), but quadratic work on the longer examples exceeds it.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.annotate.nlp import load_nlp
from eventwire.annotate.quotes import find_quote_spans
from eventwire.annotate.timeline import explicit_dates
from eventwire.dedupe.minhash import sign
from eventwire.dedupe.story_clusters import salient_terms
from eventwire.errors import E_STAGE_FAILED, InputError
from eventwire.extract.html import extract_article, published_date, warm_up
from eventwire.extract.limits import bound_markup, cut_text
from eventwire.readers.mime import sniff_utf16
from eventwire.records import Document, Dropped, RawPage
from eventwire.repair.language import detect_language
from eventwire.repair.text import repair_text
from eventwire.settings import Settings

WORDS = (
    "police killed said the and of protest Baghdad Marlow council 12 1,200 on Monday "
    "army rebels in a three people were wounded mayor told reporters dana@example.org "
    "полиция الشرطة 警方 killed…killed"
).split()
MARKS = "\"'“”‘’„«»—–-‐.,;:!?()[]<>&@#\n\t\u00a0\u0301\u200b\u200f"
PIECES = st.sampled_from(WORDS) | st.sampled_from(list(MARKS)) | st.text(max_size=3)
TEXTS = st.lists(PIECES, max_size=400).map(" ".join) | st.text(max_size=1500)
SLOW_US_PER_CHAR = 400.0
"""Microseconds per character a text function may take here (plus a fixed allowance): some
hundred times what they take on news; a quadratic step on a 3,000-character text takes more."""


def _timed(function: Callable[[str], object], text: str) -> None:
    started = time.perf_counter()
    try:
        function(text)
    except InputError:
        pass
    elapsed = time.perf_counter() - started
    assert elapsed < 1.0 + len(text) * SLOW_US_PER_CHAR * 1e-6, (function, len(text), elapsed)


def _html(text: str) -> object:
    page = f"<html><head><title>T</title></head><body><p>{text}</p></body></html>"
    return extract_article(RawPage("fuzz.html", page.encode(), "html"))


TEXT_FUNCTIONS: tuple[Callable[[str], object], ...] = (
    salient_terms,
    sign,
    find_quote_spans,
    repair_text,
    detect_language,
    explicit_dates,
    published_date,
    lambda t: bound_markup(t, Settings(), "fuzz"),
    lambda t: cut_text(t, 500, "fuzz"),
    lambda t: sniff_utf16(t.encode("utf-16-le")),
    _html,
)


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    """What libraries build on first use (stoplists, time-zone tables) is not per-text cost."""
    warm_up()
    for function in TEXT_FUNCTIONS:
        function("The council met on Monday.")


@given(TEXTS)
def test_text_functions_take_any_text(text: str) -> None:
    for function in TEXT_FUNCTIONS:
        _timed(function, text)


@given(st.sampled_from(WORDS + list(MARKS)), st.integers(min_value=500, max_value=3000))
def test_text_functions_on_one_piece_repeated(piece: str, repeat: int) -> None:
    """Runs of one token or mark: where backtracking patterns and pairwise loops show."""
    text = (piece + " ") * (repeat // (len(piece) + 1) + 1) if len(piece) > 1 else piece * repeat
    for function in TEXT_FUNCTIONS:
        _timed(function, text)


@given(st.lists(PIECES | st.text(min_size=150, max_size=600), max_size=12).map(" ".join))
def test_the_tokenizer_keeps_every_character(text: str) -> None:
    """Long runs without spaces are tokenized in pieces: the parse's text is still the text."""
    tokenizer = load_nlp(Settings().spacy_model).tokenizer
    started = time.perf_counter()
    assert tokenizer(text).text == text
    assert time.perf_counter() - started < 1.0 + len(text) * SLOW_US_PER_CHAR * 1e-6


@settings(max_examples=25)
@given(st.lists(PIECES, min_size=3, max_size=300).map(" ".join))
def test_the_nlp_stages_take_any_text(pipeline: object, text: str) -> None:
    """annotate, geocode, events: a Document, or a drop with an input's error code, never a
    stage failure (EW900)."""
    page = RawPage("fuzz.txt", text.encode(), "text", published="2020-09-27")
    for item in pipeline.run_pages([page]):  # type: ignore[attr-defined]
        if isinstance(item, Dropped):
            assert item.code != E_STAGE_FAILED, item.message()
        else:
            assert isinstance(item, Document)
            assert dataclasses.asdict(item)  # serialisable record, whole
