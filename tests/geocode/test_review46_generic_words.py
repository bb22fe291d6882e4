"""A generic word opening a body's name is no place (review46): "Human" of "Human Rights
Watch" names a town of Ukraine in the gazetteer by an alternate name. Words written for these
tests."""

from __future__ import annotations

from eventwire.geocode.place_words import PlaceWords
from eventwire.geocode.sentence_places import _generic_piece
from eventwire.geocode.toponyms import not_a_name


def test_human_alone_names_no_place() -> None:
    vocab = PlaceWords.english()
    assert _generic_piece("human", vocab=vocab)
    assert not_a_name("Human", vocab=vocab)


def test_a_name_that_holds_human_is_still_a_name() -> None:
    vocab = PlaceWords.english()
    assert not _generic_piece("human rights", vocab=vocab)
    assert not not_a_name("Humansdorp", vocab=vocab)
