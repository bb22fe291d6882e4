"""The role finder's own reading of the parse: subtrees read from the per-parse children."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventwire.events.roles import _subtree


def _parse(heads: list[int]) -> Doc:
    vocab = Vocab()
    return Doc(vocab, words=["w"] * len(heads), heads=heads, deps=["dep"] * len(heads))


@pytest.mark.parametrize(
    "heads",
    [
        [1, 1, 3, 1, 3],  # projective
        [2, 4, 2, 2, 2, 3, 1],  # non-projective: the arc 1 -> 4 crosses 3 -> 2
        [0, 0, 3, 3, 3],  # two roots
        [0],
    ],
)
def test_subtree_is_spacys_in_its_order(heads: list[int]) -> None:
    doc = _parse(heads)
    for token in doc:
        assert [t.i for t in _subtree(token)] == [t.i for t in token.subtree]
