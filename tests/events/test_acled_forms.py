"""Forms in which ACLED-style notes tell a protest, a strike, an air strike or a hostage taking,
and look-alikes that are none. All sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Code


@pytest.mark.parametrize(
    "text",
    [
        "On 14 May 2023, traders in Kumasi shut their shops in protest against the market move.",
        "Shopkeepers in the old bazaar closed their shops on Monday to protest the new levy.",
        "On 27 May 2023, health workers in Lagos downed tools over unpaid allowances.",
        "Dock workers in the port laid down their tools on Friday over the sacking of a foreman.",
        "About 80 lorry drivers slowed traffic on the bypass. They denounced the new toll.",
        "About 20 relatives of detainees gathered by the courthouse steps to call for their release.",
        "Families of the missing assembled outside the ministry to demand an inquiry.",
    ],
)
def test_protest_forms_are_protests(code: Code, text: str) -> None:
    events = [e for e in code(text) if e.type == "PROTEST"]
    assert events, text
    assert events[0].acled_event_type == "Protests", text


@pytest.mark.parametrize(
    "text",
    [
        "He protested his innocence in court on Monday.",
        "She protested her ignorance of the scheme to the judges.",
        "Heavy snow blocked the highway near the pass on Tuesday.",
        "A landslide blocked the road between the two valleys.",
        "Heavy rain slowed traffic on the ring road on Monday.",
        "The shop was closed for the holiday on Monday.",
        "Relatives gathered at the house to mourn the grandmother.",
    ],
)
def test_look_alikes_are_no_protest(code: Code, text: str) -> None:
    assert not [e for e in code(text) if e.type == "PROTEST"], text


@pytest.mark.parametrize(
    "text",
    [
        "On 12 March 2023, enemy aircraft dropped bombs on the town of Kalino.",
        "Drones dropped explosives on army positions near the river on Sunday.",
        "A drone dropped munitions on a lorry near the border crossing.",
    ],
)
def test_munitions_dropped_are_air_strikes(code: Code, text: str) -> None:
    events = [e for e in code(text) if e.type == "ASSAULT"]
    assert events, text
    assert events[0].mode == "aerial"
    assert events[0].acled_event_type == "Explosions/Remote violence"


def test_a_held_hostage_is_an_abduction(code: Code) -> None:
    events = code("Residents held the mayor hostage in the town hall for two days.")
    assert [(e.type, e.mode) for e in events][:1] == [("ASSAULT", "abduct")]


def test_dropped_charges_are_no_strike(code: Code) -> None:
    assert not [
        e
        for e in code("Prosecutors dropped the charges against the driver.")
        if e.type == "ASSAULT"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "On 4 July 2023, soldiers dismantled two sheds belonging to a farming family near the wadi.",
        "Unknown individuals defaced a statue of the former governor in the main square.",
        "Vandals desecrated graves in the old cemetery on Saturday night.",
    ],
)
def test_structures_taken_down_or_defaced_are_property_destruction(code: Code, text: str) -> None:
    events = [e for e in code(text) if e.type == "ASSAULT"]
    assert events, text
    assert events[0].mode == "destroy", text


@pytest.mark.parametrize(
    "text",
    [
        "Hackers defaced the website of the port authority on Monday.",
        "The crew dismantled the stage after the concert.",
    ],
)
def test_other_takings_down_are_no_destruction(code: Code, text: str) -> None:
    assert not [e for e in code(text) if e.type == "ASSAULT" and e.mode == "destroy"], text


def test_a_strike_observed_is_a_labour_strike(code: Code) -> None:
    events = code("Bus workers in the capital observed a strike against the new road law.")
    assert [e.type for e in events] == ["PROTEST"]
    assert events[0].mode == "strike"


def test_there_was_a_protest_tells_one(code: Code) -> None:
    events = code("On Friday there was a protest outside the town hall against the new car park.")
    assert [e.type for e in events] == ["PROTEST"]


def test_what_an_act_is_called_is_still_no_protest(code: Code) -> None:
    events = code("The fire at the depot was a protest against the closure, the leaflet claimed.")
    assert not [e for e in events if e.type == "PROTEST"]


def test_control_handed_over_is_a_transfer_of_territory(code: Code) -> None:
    events = code("On Sunday the army handed over control of the river port to the militia.")
    assert [(e.type, e.acled_sub_event_type) for e in events][:1] == [
        ("RETREAT", "Non-violent transfer of territory")
    ]
