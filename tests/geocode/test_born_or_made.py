"""A name before a hyphen and an origin word ("a Lebanese-born activist", "French-made rifles")
is where a person was born or a thing made: no place of the event nor of the article (actors42).

All sentences written for these tests."""

from __future__ import annotations

import pytest

from eventwire.geocode.event_place import _born_or_made
from eventwire.geocode.place_words import PlaceWords


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("A Lebanese-born activist was detained.", "Lebanese", True),
        ("Rebels fired French-made rifles at the convoy.", "French", True),
        ("Troops used US-supplied shells.", "US", True),
        ("A Paris-based group condemned the arrests.", "Paris", False),
        ("French troops fired on the convoy.", "French", False),
        ("The Iran-backed militia attacked the base.", "Iran", False),
    ],
)  # fmt: skip
def test_a_name_before_born_or_made_is_an_origin(text: str, name: str, expected: bool) -> None:
    end = text.index(name) + len(name)
    assert _born_or_made(text, end, PlaceWords.english()) is expected
