"""A headline's "-s" verb the tagger takes for a plural noun, with the next word (its object)
taken for the verb: "Council rejects calls for a recount" is the council's REJECT, not a REQUEST
by "rejects"; what is rejected is its content, no event of its own (plover33)."""

from __future__ import annotations

import pytest

from .conftest import Code, most_confident


@pytest.mark.parametrize(
    "text",
    [
        "Council rejects calls for a recount",
        "Opposition rejects calls for a boycott",
    ],
)
def test_a_headline_verb_read_as_a_noun_keeps_its_object(code: Code, text: str) -> None:
    events = code(text)
    assert [e.type for e in events] == ["REJECT"]
    assert events[0].modality == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        # an event noun as the subject: its verb stays the verb
        "Rebel attacks kill 12 in capital",
        # not a headline line (closing punctuation): read as parsed
        "Separatist rebel attacks kill 12 people in the capital.",
    ],
)
def test_an_event_noun_subject_keeps_its_verb(code: Code, text: str) -> None:
    event = most_confident(code, text)
    assert event is not None and event.type == "ASSAULT"
