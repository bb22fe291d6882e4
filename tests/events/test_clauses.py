"""Clause cues: which mentions report no event (statistics, dispatches) and which gunfire words
are tied to a gun."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventwire.annotate.nlp import children, doc_tokens

from .conftest import Code


def test_statistic_is_no_event(code: Code) -> None:
    text = "About thirty anglers drown annually when their boats capsize."
    assert not [e for e in code(text) if e.type == "ASSAULT"]


def test_dispatch_is_no_request(code: Code) -> None:
    text = "Officers were called to the farmhouse on Dolna Road on Monday night."
    assert not [e for e in code(text) if e.type == "REQUEST"]


def test_gone_off_weapon_is_assault(code: Code) -> None:
    events = code("The shotgun went off while the man was climbing the fence.")
    assert any(e.type == "ASSAULT" and e.modality == "asserted" for e in events)


def test_city_tally_is_no_event(code: Code) -> None:
    text = "The weekend left five people dead and 20 others hurt in 16 shootings across the city."
    assert not [e for e in code(text) if e.type == "ASSAULT"]


def test_two_shootings_are_events(code: Code) -> None:
    text = "Gunmen shot two men in two shootings on Friday."
    assert [e for e in code(text) if e.type == "ASSAULT"]


def test_called_for_a_report_is_a_dispatch(code: Code) -> None:
    events = code("Officers were called for a report of a man shot.")
    assert not [e for e in events if e.type == "REQUEST"]
    assert [e for e in events if e.type == "ASSAULT"]


def _parse(heads: list[int]) -> Doc:
    vocab = Vocab()
    return Doc(vocab, words=["w"] * len(heads), heads=heads, deps=["dep"] * len(heads))


def test_children_are_the_parse_children_in_order() -> None:
    # a projective tree and a non-projective one (the arc 1 -> 4 crosses 3 -> 2)
    for heads in ([1, 1, 3, 1, 3], [2, 4, 2, 2, 2, 3, 1]):
        doc = _parse(heads)
        for token in doc:
            assert [c.i for c in children(token)] == [c.i for c in token.children]


def test_children_are_the_kept_tokens() -> None:
    doc = _parse([1, 1, 1])
    assert children(doc[1]) == (doc_tokens(doc)[0], doc_tokens(doc)[2])
    assert children(doc[1])[0] is doc_tokens(doc)[0]
    assert children(doc[0]) == ()


def test_children_of_other_parses_are_their_own() -> None:
    first, second = _parse([1, 1]), _parse([0, 0, 1])
    assert [c.i for c in children(first[1])] == [0]
    assert [c.i for c in children(second[0])] == [1]
    assert [c.i for c in children(second[1])] == [2]
