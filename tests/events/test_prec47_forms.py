"""Issue 15 precision, prec47: false events left on our own non-event sentences. Each form has
sentences where the false event is gone and sentences of the same shape where the real event is
kept. All sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Code, asserted_below_headline

# A vessel or an appliance that bursts, named with its source or what it holds, is a mishap; a
# bare "tank" that fires or shells stays a weapon.


@pytest.mark.parametrize(
    "text",
    [
        "A propane tank exploded behind the bakery on the high street.",
        "A fuel tank blew up at the bus depot, injuring two mechanics.",
        "The water heater exploded in a ground-floor flat on Friday.",
        "An oxygen cylinder burst in the hospital's supply room.",
    ],
)
def test_vessel_burst_not_assault(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "ASSAULT"), text


@pytest.mark.parametrize(
    "text",
    [
        "A tank fired on the farmhouses at the edge of the town.",
        "A tank shelled the clinic on Friday night.",
        "A fuel tank bomb exploded outside the barracks, killing four soldiers.",
    ],
)
def test_weapon_tank_still_assault(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "ASSAULT"), text


# "Attribute X to <a cause of a mishap>": a cause found, no accusation, and the blast so put down
# to a cause is a mishap; put down to a party, it stays an accusation of an attack.


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Firefighters attributed the explosion to a corroded valve.", "ACCUSE"),
        ("Firefighters attributed the explosion to a corroded valve.", "ASSAULT"),
        ("The inspectors attributed the blaze to an electrical fault.", "ACCUSE"),
        ("The derailment was attributed to a brake failure.", "ACCUSE"),
        ("Engineers blamed a cracked pipe for the blast at the plant.", "ASSAULT"),
    ],
)
def test_attributed_to_cause_not_asserted(code: Code, text: str, kind: str) -> None:
    assert not asserted_below_headline(code, text, kind), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The governor attributed the ambush to the insurgents.", "ACCUSE"),
        ("Police attributed the shootings to a rival gang.", "ACCUSE"),
        ("The army blamed the rebels for the blast at the market.", "ACCUSE"),
    ],
)
def test_attributed_to_party_still_asserted(code: Code, text: str, kind: str) -> None:
    assert asserted_below_headline(code, text, kind), text


# A "striker" of a text of sport is a player: no riot of strikers.


@pytest.mark.parametrize(
    "text",
    [
        "The striker punched the air after scoring the equaliser.",
        "The striker hit the post twice before he scored in the second half.",
    ],
)
def test_sport_striker_no_protest(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "PROTEST"), text


@pytest.mark.parametrize(
    "text",
    [
        "Strikers attacked a bus carrying replacement workers to the mine.",
        "A striker stoned the police post outside the smelter.",
    ],
)
def test_strikers_riot_still_protest(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "PROTEST"), text
