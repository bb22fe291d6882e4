"""Illness and fire told as what harms (prec20, issue 15 precision): a heart attack or a cardiac
arrest, a disease or the heat that kills, a drug that kills germs, a fire or an explosion by
mishap. Our own sentences; beside them, attacks told in the same words must stay asserted."""

from __future__ import annotations

import pytest

from .conftest import Code

HEADLINE = "Regional news\n\n"
"""A first line, so the sentence under test is not read as a headline."""


def _asserted(code: Code, text: str, plover: str) -> list[object]:
    return [e for e in code(HEADLINE + text) if e.type == plover and e.modality == "asserted"]


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # an illness named with an event noun
        ("The goalkeeper died of a heart attack at his home on Sunday.", "ASSAULT"),
        ("A runner suffered a cardiac arrest near the finish line and was revived.", "COERCE"),
        ("She was treated in hospital after an asthma attack on the train.", "ASSAULT"),
        ("The senator was admitted to hospital with a chest infection on Friday.", "SUPPORT"),
        # a disease or the weather as what kills or strikes
        ("Cholera has killed more than 90 people in the valley since June.", "ASSAULT"),
        ("The flu kills hundreds of pensioners in the region every winter.", "ASSAULT"),
        ("The heat has killed at least a dozen farm workers this month.", "ASSAULT"),
        ("Heat stroke can strike young athletes during long summer sessions.", "ASSAULT"),
        # a drug and what it kills
        ("The new compound kills bacteria that resist older antibiotics.", "ASSAULT"),
        ("The treatment attacks tumour cells while sparing healthy tissue.", "ASSAULT"),
        # a fire or an explosion by mishap
        ("A fire in a textile workshop killed eleven people on Tuesday night.", "ASSAULT"),
        ("The blaze destroyed forty houses in the hillside settlement.", "ASSAULT"),
        ("The explosion, caused by a boiler fault, wrecked the laundry's basement.", "ASSAULT"),
    ],
)
def test_illness_and_mishap_give_no_asserted_event(code: Code, text: str, plover: str) -> None:
    assert not _asserted(code, text, plover), text


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Militants attacked the village at dawn, killing nine people.", "ASSAULT"),
        ("An arson attack destroyed the party's offices on Tuesday night.", "ASSAULT"),
        ("A fire set by arsonists killed three people in the refugee hostel.", "ASSAULT"),
        ("A bomb blast killed seven people at a bus station in the capital.", "ASSAULT"),
        ("Police arrested two men accused of the attack on the pharmacy.", "COERCE"),
        ("Security guards of the mining company shot a man dead at the gate.", "ASSAULT"),
    ],
)
def test_attacks_told_in_the_same_words_stay_asserted(code: Code, text: str, plover: str) -> None:
    assert _asserted(code, text, plover), text


@pytest.mark.parametrize(
    "text",
    [
        "Mortar fire hit a school in the border town on Monday, killing two pupils.",
        "Heavy fire from the hills wounded four soldiers at the checkpoint overnight.",
    ],
)
def test_the_fire_of_weapons_stays_an_attack(code: Code, text: str) -> None:
    assert _asserted(code, text, "ASSAULT"), text
