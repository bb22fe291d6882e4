"""A name run that takes in a word of a group's name is no place candidate (qa35): "An Ansar" of
"An Ansar Dine commander" (a town of Russia) is set aside as "Ansar" alone is; a name outside
the group's words stays one. All names written for these tests."""

from __future__ import annotations

from eventwire.geocode.place_votes import _Name
from eventwire.geocode.sentence_places import _clear_of


def _name(text: str, start: int) -> _Name:
    return _Name(text, start, start + len(text), False, False, ())


def test_a_name_run_over_a_group_word_is_set_aside() -> None:
    # "An Ansar Dine commander ...": the group's words start at 3 and 9
    names = [_name("An Ansar", 0), _name("Velka", 40)]
    assert [n.text for n in _clear_of(names, frozenset({3, 9}))] == ["Velka"]


def test_a_name_that_starts_on_a_group_word_is_set_aside() -> None:
    names = [_name("Tawhid", 2), _name("Dolna", 30)]
    assert [n.text for n in _clear_of(names, frozenset({2, 9}))] == ["Dolna"]


def test_names_next_to_a_group_s_words_stay() -> None:
    # "In Dolna, ..." before the group's words, "Velka" after them
    names = [_name("Dolna", 3), _name("Velka", 30)]
    assert [n.text for n in _clear_of(names, frozenset({10, 16}))] == ["Dolna", "Velka"]
    assert _clear_of(names, frozenset()) == names
