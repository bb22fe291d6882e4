"""The committed corpus of pathological inputs (tests/fixtures/hostile/corpus.py), end to end.

Every input goes through the reader and every stage: it must end as documents or labelled drops
(never a stage failure, EW900), within 10 s, at a cost per character within a bound of a normal
article's of the same length, and growing no faster than linearly with its length. The benchmark
(benchmarks/bench_hostile.py) runs the same corpus at larger sizes and reports the figures.
"""

from __future__ import annotations

import time
from types import ModuleType
from typing import Any

import pytest

from eventwire.errors import E_STAGE_FAILED
from eventwire.readers.files import read_jsonl
from eventwire.records import Document, Dropped, RawPage

from .conftest import load_corpus

SMALL, LARGE = 2_000, 8_000
MAX_SECONDS = 10.0
MAX_RATIO_TO_NORMAL = 10.0
"""µs per character against a normal article's; the benchmark holds the corpus to 5x at larger
sizes, with more repetitions than a test can afford on a shared machine."""
MAX_GROWTH = 10.0
"""Time at LARGE over time at SMALL (4x the characters): linear work gives about 4, quadratic 16."""

NAMES = [builder(10).name for builder in load_corpus().BUILDERS]


def _pages(item: Any) -> list[RawPage | Dropped]:
    if item.kind == "jsonl":
        return list(read_jsonl(item.data.splitlines(), item.name, max_bytes=10**7))
    return [RawPage(item.name, item.data, item.kind, published="2020-09-27")]


def _run(pipeline: Any, item: Any) -> tuple[float, list[Document | Dropped]]:
    pages = _pages(item)
    started = time.perf_counter()
    out = list(pipeline.run_pages(pages))
    return time.perf_counter() - started, out


@pytest.fixture(scope="module")
def normal_us_per_char(pipeline: Any, corpus: ModuleType) -> float:
    text = corpus.article("en", LARGE)
    item = corpus.Hostile("normal", "text", text.encode())
    _run(pipeline, item)  # warm
    return min(_run(pipeline, item)[0] for _ in range(2)) / LARGE * 1e6


def _cost_problem(
    small_s: float, large_s: float, chars: int, normal_us_per_char: float
) -> str | None:
    if large_s >= MAX_SECONDS:
        return f"{large_s:.1f} s"
    ratio = large_s / chars * 1e6 / normal_us_per_char
    if ratio > MAX_RATIO_TO_NORMAL:
        return f"{ratio:.1f}x a normal article's cost per character"
    if large_s > 1.0 and large_s / max(small_s, 1e-3) > MAX_GROWTH:
        # below a second, fixed costs dominate and the growth says nothing
        return f"{small_s:.2f} s at {SMALL:,} characters, {large_s:.2f} s at {LARGE:,}"
    return None


@pytest.mark.parametrize("name", NAMES)
def test_pathological_input(
    name: str, pipeline: Any, corpus: ModuleType, normal_us_per_char: float
) -> None:
    builder = next(b for b in corpus.BUILDERS if b(10).name == name)
    small, large = builder(SMALL), builder(LARGE)
    small_s, _ = _run(pipeline, small)
    large_s, out = _run(pipeline, large)
    for item in out:
        assert isinstance(item, (Document, Dropped))
        if isinstance(item, Dropped):
            assert item.code != E_STAGE_FAILED, item.message()
    assert out, "every input ends as a document or a labelled drop"
    chars = max(len(large.data.decode("utf-8", "replace")), 1)
    if _cost_problem(small_s, large_s, chars, normal_us_per_char):
        # a shared machine has pauses: the best of two runs decides
        small_s = min(small_s, _run(pipeline, small)[0])
        large_s = min(large_s, _run(pipeline, large)[0])
    problem = _cost_problem(small_s, large_s, chars, normal_us_per_char)
    assert problem is None, problem
