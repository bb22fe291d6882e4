"""Chains of actors and lists of names: a document, never a RecursionError or nothing at all."""

from __future__ import annotations

import dataclasses

import pytest

from eventwire.errors import E_STAGE_FAILED
from eventwire.pipeline.runner import Pipeline
from eventwire.records import Document, Dropped, RawPage
from eventwire.settings import Settings

ACTORS = ("the police", "the army", "the rebels", "the militia", "local residents", "protesters")
NAMES = (
    "Dana Whitlow",
    "Omar Castell",
    "Rita Fennick",
    "Piotr Halvard",
    "June Ashby",
    "Karim Morrow",
)


@pytest.mark.slow
@pytest.mark.parametrize("sentence_tokens", [Settings().max_sentence_tokens, 20_000])
def test_chains_and_lists_give_documents(sentence_tokens: int) -> None:
    """With the default sentence cap and with none: the walks along conjunct chains are loops,
    so a chain thousands deep is read like any other sentence."""
    settings = dataclasses.replace(Settings(), max_sentence_tokens=sentence_tokens)
    pipeline = Pipeline(settings, published="2020-09-27")
    chain = "Clashes broke out between " + " and ".join(ACTORS[i % 6] for i in range(2000)) + "."
    names = "Gunmen killed " + ", ".join(NAMES[i % 6] for i in range(1000)) + " on Sunday."
    pages = [RawPage(f"t{i}.txt", text.encode(), "text") for i, text in enumerate([chain, names])]
    out = list(pipeline.run_pages(pages))
    assert len(out) == 2
    for item in out:
        assert not (isinstance(item, Dropped) and item.code == E_STAGE_FAILED), item
        assert isinstance(item, Document)
