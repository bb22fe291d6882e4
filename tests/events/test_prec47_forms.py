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
        "The striker punched the crossbar in frustration after missing a penalty.",
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


# A verb of blocking whose every subject is a thing or a force of nature: no protest.


@pytest.mark.parametrize(
    "text",
    [
        "Fallen trees blocked access to the hamlet for two days.",
        "Boulders blocked the road to the valley after the storm.",
        "Fallen poles blocked the street outside the bakery.",
    ],
)
def test_thing_blocking_no_protest(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "PROTEST"), text


@pytest.mark.parametrize(
    "text",
    [
        "Villagers blocked access to the quarry for two days.",
        "Fishermen blocked the harbour entrance with their boats.",
    ],
)
def test_people_blocking_still_protest(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "PROTEST"), text


# An owner closing its own outlet is a business's decision; an authority closing it censors.


@pytest.mark.parametrize(
    "text",
    [
        "The publisher closed the weekly newspaper last month.",
        "Its owners shut the channel after years of losses.",
    ],
)
def test_owner_closing_outlet_no_coerce(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "COERCE"), text


@pytest.mark.parametrize(
    "text",
    [
        "Authorities closed the newspaper after it criticised the governor.",
        "The regime shut the broadcaster over its coverage of the unrest.",
    ],
)
def test_authority_closing_outlet_still_coerce(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "COERCE"), text


# A weapon fired in a trial ("test-fired", split at its hyphen by the parser) is no attack.


@pytest.mark.parametrize(
    "text",
    [
        "The army test-fired a new missile on Tuesday.",
        "The air force test-fired an air-to-air missile over the desert.",
        "The regiment trial-fired its new howitzers at the range.",
    ],
)
def test_weapon_trial_no_assault(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "ASSAULT"), text


@pytest.mark.parametrize(
    "text",
    [
        "The army fired a missile at the rebel base on Tuesday.",
        "Militants fired rockets at the airport overnight.",
    ],
)
def test_weapon_fired_still_assault(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "ASSAULT"), text


# An event noun told as accidental is a mishap; told as no accident, it stays an attack.


@pytest.mark.parametrize(
    "text",
    [
        "The explosion at the workshop was accidental, the fire brigade said.",
        "An accidental blast destroyed the garden shed.",
    ],
)
def test_accidental_blast_no_assault(code: Code, text: str) -> None:
    assert not asserted_below_headline(code, text, "ASSAULT"), text


@pytest.mark.parametrize(
    "text",
    [
        "Police said the explosion at the depot was not accidental.",
        "A bomb blast destroyed the garden of the mayor's house.",
        # a shooting told as accidental is still gun violence
        "The shooting at the farmhouse was accidental, the sheriff said.",
        "A boy was wounded in an accidental shooting at his uncle's home.",
    ],
)
def test_deliberate_blast_still_assault(code: Code, text: str) -> None:
    assert asserted_below_headline(code, text, "ASSAULT"), text
