"""The attribute ruler's table matcher finds what spaCy's Matcher finds, and sets the same."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from eventwire.annotate.attribute_rules import match_by_table, table_matcher
from eventwire.annotate.nlp import load_nlp
from eventwire.settings import Settings

TEXTS = [
    "Two men weren't hurt when the gunman fired at the crowd near the old mill on Friday.",
    "Nothin' happened, y' know: the police said so in a statement , and  that was that.",
    "Officers arrested a 19-year-old woman who had stabbed her neighbour twice.",
    "She didn't say whether protesters would march again to the capital's main square.",
    "",
    "   ",
    "Rebels can't hold the town; the army's drones struck it at dawn, killing 4.",
]


@pytest.fixture(scope="module")
def model() -> Language:
    """The model as spaCy loads it, its ruler with spaCy's Matcher."""
    return spacy.load(Settings().spacy_model)


def _before_ruler(nlp: Language, text: str) -> Doc:
    doc = nlp.make_doc(text)
    for name, pipe in nlp.pipeline:
        if name == "attribute_ruler":
            break
        doc = pipe(doc)
    return doc


def _annotations(doc: Doc) -> list[tuple[str, str, str, str, str]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.dep_) for t in doc]


def test_the_model_ruler_is_read_by_table(model: Language) -> None:
    assert table_matcher(model.get_pipe("attribute_ruler")) is not None


@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_as_the_matcher(model: Language, text: str) -> None:
    ruler = model.get_pipe("attribute_ruler")
    table = table_matcher(ruler)
    assert table is not None
    doc = _before_ruler(model, text)
    expected = sorted(ruler.matcher(doc, allow_missing=True, as_spans=False))
    assert sorted(table(doc)) == expected
    assert sorted(table(doc)) == expected  # asked again: the kept answers give the same


def test_same_parse_as_spacy(model: Language) -> None:
    ours = load_nlp(Settings().spacy_model)
    assert ours.get_pipe("attribute_ruler").match is not AttributeRuler.match
    for text in TEXTS:
        theirs = _before_ruler(model, text)
        model.get_pipe("attribute_ruler")(theirs)
        mine = _before_ruler(model, text)
        match_by_table_ruler(model)(mine)
        assert _annotations(mine) == _annotations(theirs)


def match_by_table_ruler(model: Language) -> AttributeRuler:
    """A copy of the model's ruler, matching by table."""
    ruler = AttributeRuler(model.vocab)
    ruler.add_patterns(model.get_pipe("attribute_ruler").patterns)
    assert match_by_table(ruler)
    return ruler


def test_two_token_patterns_and_sets(model: Language) -> None:
    ruler = AttributeRuler(model.vocab)
    ruler.add([[{"LOWER": "old"}, {"LOWER": {"IN": ["mill", "town"]}}]], {"TAG": "NNP"}, index=1)
    ruler.add([[{"LOWER": {"NOT_IN": ["the"]}, "IS_SPACE": False}]], {"POS": "X"})
    ruler.add([[{"LOWER": {"REGEX": "^n'?t$"}}]], {"POS": "PART"})
    doc = _before_ruler(model, "The old mill wasn't the old town.")
    table = table_matcher(ruler)
    assert table is not None
    assert sorted(table(doc)) == sorted(ruler.matcher(doc, allow_missing=True, as_spans=False))
    assert match_by_table(ruler)
    ruler(doc)
    assert [t.tag_ for t in doc][2] == "NNP" and [t.pos_ for t in doc][4] == "PART"


def test_other_patterns_keep_the_matcher(model: Language) -> None:
    ruler = AttributeRuler(model.vocab)
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    assert table_matcher(ruler) is None
    assert not match_by_table(ruler)
    ruler = AttributeRuler(model.vocab)
    ruler.add([[{"LENGTH": 3}]], {"POS": "X"})
    assert not match_by_table(ruler)
    assert "match" not in vars(ruler)


def test_a_pattern_added_later_is_matched(model: Language) -> None:
    ruler = match_by_table_ruler(model)
    ruler.add([[{"LOWER": "mill"}]], {"TAG": "NNP", "POS": "PROPN"})
    doc = _before_ruler(model, "They met at the old mill.")
    ruler(doc)
    assert (doc[5].tag_, doc[5].pos_) == ("NNP", "PROPN")
