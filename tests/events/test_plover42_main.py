"""The sentence's reported event among several it tells (plover42, `events/ranking.py`).

An act told as the ground of another ("resigned after guards were filmed beating an inmate",
"stepped down over the air strike that killed nine") ranks below the act it frames; an act told
as what an accusation alleges ("accused the militia to have executed prisoners", "..., a rights
group alleged") ranks below the accusation. Both ways: without the framing, the told act is
the sentence's own.
"""

from __future__ import annotations

import pytest

from .conftest import Code


def _top(code: Code, text: str) -> str:
    events = code(text)
    assert events, text
    return max(events, key=lambda e: e.confidence).type


GROUND = [
    (
        "The city's police commissioner resigned on Tuesday after guards were caught on camera"
        " beating an inmate.",
        "RETREAT",
    ),
    (
        "The defence minister stepped down over the air strike that killed nine civilians.",
        "RETREAT",
    ),
    ("The mayor resigned over the raid in which police shot two teenagers.", "RETREAT"),
    # a demand's act, after "for", is no act of the sentence
    ("Hundreds march in the capital for the release of jailed journalists", "PROTEST"),
    ("Crowds rallied outside the courthouse for the release of the detained students.", "PROTEST"),
]
GROUND_NOT = [
    # no ground marker: the beating is the sentence's news
    ("Guards were caught on camera beating an inmate in the city's central prison.", "ASSAULT"),
    ("Prison guards beat an inmate on Tuesday as the warden watched.", "ASSAULT"),
    ("The junta released the jailed journalists on Monday.", "RETREAT"),
]

TOLD = [
    ("Guards beat the inmates during the night, the detainees' lawyers alleged.", "ACCUSE"),
    ("A human rights group accused the militia to have executed the prisoners.", "ACCUSE"),
]
TOLD_NOT = [
    # the clause after the comma has an object of its own: no report of the arrest
    (
        "The police detained three journalists in the capital, they had denounced the new press"
        " law in an article.",
        "COERCE",
    ),
    (
        "Soldiers arrested two students in the north, they had criticised the governor in a"
        " speech.",
        "COERCE",
    ),
]


@pytest.mark.parametrize(("text", "kind"), GROUND + GROUND_NOT + TOLD + TOLD_NOT)
def test_reported_event_is_top(code: Code, text: str, kind: str) -> None:
    assert _top(code, text) == kind


def test_framed_event_is_kept(code: Code) -> None:
    """The framed act is kept as an event of its own, only ranked lower."""
    events = code(GROUND[0][0])
    assert {e.type for e in events} >= {"RETREAT", "ASSAULT"}


FOLLOW_UP = [
    # an inquiry after an act frames nothing: the act is the news
    ("Detectives are investigating after a shopkeeper was shot in his store on Sunday.", "ASSAULT"),
    ("Officers were investigating after a shopkeeper was shot dead on Friday.", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "kind"), FOLLOW_UP)
def test_inquiry_frames_nothing(code: Code, text: str, kind: str) -> None:
    assert _top(code, text) == kind
