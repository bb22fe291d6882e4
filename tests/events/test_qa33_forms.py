"""Places read inside actor names, and a list's second group (issue 15, qa33).

A word inside a name the actor dictionary knows as a group's ("Liberation" of "the Army for the
Liberation of Rwanda", "Boko" of "Boko Haram") is no place, for the event or the article; a
country named as a place ("fighting in Rwanda", "in Goma") still is.

A list of groups after a people noun ("members of A and B") whose first name runs on past the
parser's phrase keeps its second group as a party of its own. All sentences written for these
tests."""

from __future__ import annotations

import pytest

from .conftest import HEADLINE, Code


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("Members of the Army for the Liberation of Rwanda attacked a village.", "FRA"),
        ("Boko Haram attacked a village on Sunday.", "CIV"),
        ("Gunmen loyal to Boko Haram burned a school overnight.", "CIV"),
    ],
)
def test_a_word_of_a_group_name_is_no_place(geocoded: Code, sentence: str, wrong: str) -> None:
    events = geocoded(HEADLINE + sentence)
    assert events, sentence
    for e in events:
        assert e.location is None or e.location.country != wrong, (sentence, e.location)
        assert all(a.country != wrong for a in (*e.actor, *e.recipient)), sentence


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Fighting in Rwanda killed ten people.", "RWA"),
        ("Boko Haram fighters attacked a village in Borno.", "NGA"),
        ("Police arrested members of the Army for the Liberation of Rwanda in Goma.", "COD"),
    ],
)
def test_a_place_beside_a_group_name_is_still_one(
    geocoded: Code, sentence: str, country: str
) -> None:
    events = geocoded(HEADLINE + sentence)
    assert events, sentence
    assert all(e.location is not None and e.location.country == country for e in events), sentence


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Soldiers killed members of the Army for the Liberation of Rwanda and the Lord's "
            "Resistance Army.",
            ["Army For The Liberation Of Rwanda", "Lord's Resistance Army"],
        ),
        (
            "Troops captured commanders of the Army for the Liberation of Rwanda and the Allied "
            "Democratic Forces.",
            ["Army For The Liberation Of Rwanda", "Allied Democratic Forces"],
        ),
    ],
)
def test_the_second_group_of_a_list_is_kept(code: Code, sentence: str, names: list[str]) -> None:
    events = code(HEADLINE + sentence)
    assert any([r.name for r in e.recipient] == names for e in events), sentence


def test_one_long_name_is_still_one_party(code: Code) -> None:
    sentence = "Troops captured commanders of the Army for the Liberation of Rwanda."
    events = code(HEADLINE + sentence)
    assert any(
        [r.name for r in e.recipient] == ["Army For The Liberation Of Rwanda"] for e in events
    ), sentence


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("In Ankara, the Iranian foreign minister condemned the strike.", "IRN"),
        ("In Rome, the Spanish prime minister denounced the bombing.", "ESP"),
    ],
)
def test_the_speakers_nationality_is_no_place_of_the_attack_condemned(
    geocoded: Code, sentence: str, speaker: str
) -> None:
    attacks = [e for e in geocoded(HEADLINE + sentence) if e.type == "ASSAULT"]
    assert all(e.location is None or e.location.country != speaker for e in attacks), sentence
    assert all(a.country != speaker for e in attacks for a in e.actor), sentence


def test_a_nationality_word_still_tells_the_participant(geocoded: Code) -> None:
    sentence = "Iranian forces shelled the border villages."
    events = [e for e in geocoded(HEADLINE + sentence) if e.type == "ASSAULT"]
    assert events and all(e.location is not None for e in events)
    assert all(e.location.country == "IRN" for e in events if e.location is not None)
