"""What an act is done with is no party to it (`roles/instrument_nouns.txt`): a knife, a baton,
tear gas or stones are never an event's recipient, while the people the act is done to stay
("stabbed his neighbour with a kitchen knife": the neighbour; "clashed with soldiers": the
soldiers). All sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Code


@pytest.mark.parametrize(
    ("text", "party", "instrument"),
    [
        (
            "A man stabbed his neighbour with a kitchen knife in Leeds on Sunday.",
            "neighbour",
            "knife",
        ),
        (
            "Riot police beat the marchers with batons in the capital on Monday.",
            "marchers",
            "batons",
        ),
        ("Police fired tear gas at students outside the university on Friday.", "students", "gas"),
        (
            "Youths pelted the soldiers with stones at the checkpoint on Friday.",
            "soldiers",
            "stones",
        ),
        ("The attacker hit a guard with a hammer during the robbery.", "guard", "hammer"),
        (
            "Gunmen attacked the villagers with machetes and rifles on Tuesday.",
            "villagers",
            "machetes",
        ),
    ],
)
def test_an_instrument_is_no_recipient(code: Code, text: str, party: str, instrument: str) -> None:
    events = [e for e in code(text) if e.recipient]
    assert events, text
    recipients = [a.text for e in events for a in e.recipient]
    assert any(party in r for r in recipients), recipients
    assert not any(instrument in r for r in recipients), recipients


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Rebels clashed with soldiers near the border on Monday.", "soldiers"),
        ("The minister met with union leaders in the capital on Tuesday.", "union leaders"),
        ("Protesters scuffled with police outside parliament on Sunday.", "police"),
    ],
)
def test_a_party_after_with_stays(code: Code, text: str, party: str) -> None:
    recipients = [a.text for e in code(text) for a in e.recipient]
    assert any(party in r for r in recipients), recipients
