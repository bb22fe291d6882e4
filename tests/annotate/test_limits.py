"""Per-article limits after the parse: sentences, entities, and the length of one sentence."""

from __future__ import annotations

import dataclasses
import logging

import pytest

from eventwire.annotate.stage import AnnotateStage
from eventwire.errors import E_TOO_MANY_ENTITIES, E_TOO_MANY_SENTENCES
from eventwire.records import Article, Document, Parsed
from eventwire.settings import Settings


def _annotate(text: str, **limits: int) -> Parsed:
    stage = AnnotateStage(dataclasses.replace(Settings(), **limits))
    (out,) = stage.run([Article(id="a", input_name="a.txt", text=text, language="en")])
    assert isinstance(out, Parsed)
    return out


def test_an_article_is_cut_after_its_sentence_limit(caplog: pytest.LogCaptureFixture) -> None:
    text = " ".join(f"The council met on day {i}." for i in range(40))
    with caplog.at_level(logging.WARNING, logger="eventwire"):
        out = _annotate(text, max_sentences=10)
    assert len(list(out.doc.sents)) == 10
    assert out.document.text == out.doc.text and text.startswith(out.document.text)
    assert f"[{E_TOO_MANY_SENTENCES}]" in caplog.text


def test_an_article_is_cut_at_its_entity_limit(caplog: pytest.LogCaptureFixture) -> None:
    names = ", ".join(["Dana Whitlow", "Omar Castell", "Rita Fennick", "Piotr Halvard"] * 10)
    text = f"The victims were named as {names}. Police met on Monday."
    with caplog.at_level(logging.WARNING, logger="eventwire"):
        out = _annotate(text, max_entities=5)
    assert len(out.doc.ents) <= 5 and f"[{E_TOO_MANY_ENTITIES}]" in caplog.text
    assert isinstance(out.document, Document) and text.startswith(out.document.text)


def test_a_sentence_without_a_stop_is_split_at_the_token_limit() -> None:
    text = "Clashes broke out between " + " and ".join(["the police", "the army"] * 300) + "."
    out = _annotate(text)
    assert max(len(s) for s in out.doc.sents) <= Settings().max_sentence_tokens
