"""PLOVER readings of forces readied and of cooperation between states (plover16): reservists
called up on a named day stay MOBILIZE (a day is no particle: not "call on"), manoeuvres begun
are MOBILIZE and joint ones COOPERATE, a wanted person handed over is an extradition
(COOPERATE) while freed prisoners stay a RETREAT, and a besieged place is no attack."""

from __future__ import annotations

import pytest

from .conftest import Code


def _best(code: Code, text: str) -> str | None:
    events = code(text)
    return max(events, key=lambda e: e.confidence).type if events else None


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The defence ministry called up 5,000 reservists on Friday.", "MOBILIZE"),
        ("The ministry called on the rebels on Friday to surrender.", "REQUEST"),
        ("The air force began large manoeuvres over the northern plains.", "MOBILIZE"),
        (
            "Chilean and Peruvian marines began their biggest joint naval drills off Arica.",
            "COOPERATE",
        ),
        ("Police in the two states began sharing fingerprint data on Monday.", "COOPERATE"),
        ("Spain handed over the suspected smuggling boss to Italian police.", "COOPERATE"),
        ("The rebels handed over twelve captured soldiers to the Red Cross.", "RETREAT"),
    ],
)
def test_forces_and_handovers(code: Code, text: str, plover: str) -> None:
    assert _best(code, text) == plover


def test_a_besieged_place_is_no_attack(code: Code) -> None:
    assert _best(code, "A column of aid lorries entered the besieged port on Sunday.") != "ASSAULT"
    assert _best(code, "Militiamen besieged the port for a month.") == "ASSAULT"
