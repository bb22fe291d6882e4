"""Relief sent or flown is AID (plover17): supplies, tents, rescue teams, field hospitals and
medics sent to a disaster, counted by the load ("three planeloads of tents"); other things sent
(investigators, goods to shops, a rescue mission: an operation) are no aid."""

from __future__ import annotations

import pytest

from .conftest import Code


def _best(code: Code, text: str) -> str | None:
    events = code(text)
    return max(events, key=lambda e: e.confidence).type if events else None


@pytest.mark.parametrize(
    "text",
    [
        "Brazil sends rescue teams to Peru after floods",
        "The navy sent three planeloads of blankets and tents to the flooded province.",
        "Norway flew medicines and a surgical team to the stricken port.",
        "The army sent field hospitals and 300 medics to the areas hit by the cyclone.",
    ],
)
def test_relief_sent_is_aid(code: Code, text: str) -> None:
    assert _best(code, text) == "AID"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry sent a team of investigators to the crash site.",
        "The company sent a shipment of phones to its stores.",
        "The president sent a rescue mission to free the hostages.",
    ],
)
def test_other_things_sent_are_no_aid(code: Code, text: str) -> None:
    assert _best(code, text) != "AID"
