"""The per-parse memo of a token reading (`events/memo.py`): kept within one parse and one set
of words, never answering for another."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.tokens import Token

from eventwire.events.memo import per_token


def _counting() -> tuple[list[tuple[int, int]], Any]:
    asked: list[tuple[int, int]] = []

    @per_token
    def reading(words: object, token: Token) -> str:
        """The token's text with the words' id: which parse and words answered."""
        asked.append((id(token.doc), token.i))
        return f"{token.text}/{id(words)}"

    return asked, reading


def test_one_parse_is_read_once_per_token() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Farmers blocked the road near the mill.")
    words = object()
    asked, reading = _counting()
    first = [reading(words, t) for t in doc]
    again = [reading(words, t) for t in doc]
    assert first == again
    assert len(asked) == len(doc)  # the second pass read nothing anew


def test_another_parse_is_read_anew() -> None:
    nlp = spacy.blank("en")
    one, other = nlp("Farmers blocked the road."), nlp("Nurses left the ward.")
    words = object()
    asked, reading = _counting()
    assert reading(words, one[0]) == f"Farmers/{id(words)}"
    # the same index of another parse is not the first parse's answer
    assert reading(words, other[0]) == f"Nurses/{id(words)}"
    # and back to the first: read again, not mixed with the second's
    assert reading(words, one[0]) == f"Farmers/{id(words)}"
    assert len(asked) == 3


def test_other_words_are_read_anew() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Farmers blocked the road.")
    these, those = object(), object()
    asked, reading = _counting()
    assert reading(these, doc[0]) == f"Farmers/{id(these)}"
    assert reading(those, doc[0]) == f"Farmers/{id(those)}"
    assert len(asked) == 2


def test_a_memoised_reading_keeps_its_name_and_doc() -> None:
    _, reading = _counting()
    assert reading.__name__ == "reading"
    assert reading.__doc__ is not None and "which parse" in reading.__doc__
