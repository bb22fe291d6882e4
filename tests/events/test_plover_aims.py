"""PLOVER readings of our own sentences (plover14): a demand made inside a protest's clause is
what the protest is for (PROTEST, not REQUEST); what a refusal governs is the refusal's content
(REJECT); relief given in words of its own is AID, and a quake-hit place no attack."""

from __future__ import annotations

import pytest

from .conftest import Code


def _best(code: Code, text: str) -> str | None:
    events = code(text)
    return max(events, key=lambda e: e.confidence).type if events else None


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # a demand told in the protest's clause is its aim
        (
            "About 300 dock workers picketed the port gates on Monday, demanding a pay rise.",
            "PROTEST",
        ),
        ("Retired teachers staged a sit-in at the town hall demanding their pensions.", "PROTEST"),
        ("Farmers held a rally outside the ministry calling for lower fuel prices.", "PROTEST"),
        ("Students marched to the rectorate on Tuesday demanding cheaper housing.", "PROTEST"),
        # a demand with a subject of its own is a request
        ("The bishops called for calm after the vote on Sunday.", "REQUEST"),
        ("The opposition demanded the release of the detained mayor.", "REQUEST"),
    ],
)
def test_protest_aims(code: Code, text: str, plover: str) -> None:
    assert _best(code, text) == plover


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # what a refusal governs is its content, not an event of its own
        ("The junta refused to release the jailed opposition leader.", "REJECT"),
        ("The rebels refused to disarm until their fighters were paid.", "REJECT"),
        # a meeting refused in so many words, through its noun or a permission
        ("Ankara said it would not take part in the peace summit in Geneva.", "REJECT"),
        ("The authorities would not let the foreign reporters visit the camp.", "REJECT"),
        # relief given, counted or in words of its own
        ("Canada gave 15 million dollars in emergency aid to the storm victims.", "AID"),
        ("India handed over 200,000 vaccine doses to Nepal on Monday.", "AID"),
    ],
)
def test_refusals_and_relief(code: Code, text: str, plover: str) -> None:
    assert _best(code, text) == plover


def test_a_quake_hit_place_is_no_attack(code: Code) -> None:
    events = code("Aid agencies flew blankets into the quake-hit province on Sunday.")
    assert all(e.type != "ASSAULT" for e in events)


def test_a_resignation_handed_in_is_no_aid(code: Code) -> None:
    text = "The health minister handed in his resignation after the theft of drug stocks."
    assert _best(code, text) == "RETREAT"


def test_protesters_named_by_their_protest_riot(code: Code) -> None:
    """ "residents protesting the power cuts set fire to the office": violence by people the
    sentence names by their protest is a riot (PROTEST), as by "demonstrators"."""
    text = "Residents protesting the power cuts set fire to the utility office on Monday."
    assert _best(code, text) == "PROTEST"
