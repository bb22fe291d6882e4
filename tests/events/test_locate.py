"""Where stances were taken (`locate.stance_places_of`): the place phrases fronted on a stance
verb whose object is an event, by sentence, read from the objects alone. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.events.coder import EventCoder
from eventwire.events.locate import stance_places, stance_places_of


def _every_token(coder: EventCoder, text: str, nlp: Language) -> dict[int, frozenset[int]]:
    """The reading token by token, sentence by sentence (what the objects-only reading gives)."""
    doc = nlp(text)
    out: dict[int, frozenset[int]] = {}
    for sent in doc.sents:
        found = {
            doc[i].idx
            for token in sent
            if token.dep_ == "dobj"
            for i in stance_places(coder.lex, token)
        }
        if found:
            out[sent.start_char] = frozenset(found)
    return out


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen raided a bank in Lyon. In Oslo, the envoy condemned the raid.",
        "In Vienna, the minister denounced the kidnapping. At a rally in Porto, the mayor "
        "condemned the shooting and the arson.",
        "Rebels shelled a market on Sunday. Nobody commented.",
    ],
)
def test_stance_places_are_those_of_the_objects(
    nlp: Language, coder: EventCoder, text: str
) -> None:
    doc = nlp(text)
    found = stance_places_of(coder.lex, doc)
    assert found == _every_token(coder, text, nlp)
    for start, offsets in found.items():
        sent = next(s for s in doc.sents if s.start_char == start)
        assert all(sent.start_char <= i < sent.end_char for i in offsets)


def test_a_fronted_place_on_a_stance_is_found(nlp: Language, coder: EventCoder) -> None:
    text = "Gunmen raided a bank in Lyon. In Oslo, the envoy condemned the raid."
    doc = nlp(text)
    found = stance_places_of(coder.lex, doc)
    assert list(found) == [text.index("In Oslo")]
    assert text.index("Oslo") in found[text.index("In Oslo")]
